//! What the two S3 throughput clients (bench/s3-ours, bench/s3-peer) share, so that they differ
//! only in the library they call: the subcommands, the keys, the timing and the output line.
//!
//! - `get ENDPOINT SIZE`: one GetObject of `bench/SIZE` (the stand-in serves SIZE bytes), its
//!   body read to the end and dropped;
//! - `put ENDPOINT FILE`: one PutObject of FILE, streamed from the file;
//! - `upload ENDPOINT FILE`: FILE with the library's transfer helper (parts of 8 MiB, 8 at once);
//! - `download ENDPOINT SIZE DIR`: `bench/SIZE` to a file in DIR with the transfer helper (ranges
//!   of 8 MiB, 8 at once); the file is left for the caller to remove;
//! - `small ENDPOINT N C`: N PutObjects of 1 KiB, then N GetObjects of them, C in flight.
//!
//! Each prints one line: `op=get bytes=.. wall_s=.. mib_s=.. op_cpu_s=..` (the operation's own
//! time, from its first request to its last byte, and the CPU spent meanwhile), or for `small`
//! `op=small N=.. C=.. put_rps=.. get_rps=.. put_p50_us=.. get_p50_us=..`. Bucket `bench`,
//! path style. Exits with 2 on bad arguments and 1 on a failed call.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BUCKET: &str = "bench";
pub const PART_SIZE: u64 = 8 * 1024 * 1024;
pub const CONCURRENCY: usize = 8;
pub const SMALL: &[u8] = &[b'x'; 1024];

pub enum Command {
    Get { size: u64 },
    Put { file: PathBuf },
    Upload { file: PathBuf },
    Download { size: u64, dir: PathBuf },
    Small { n: usize, c: usize },
}

/// `(endpoint, command)` from argv.
pub fn args() -> (String, Command) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |s: &String| s.parse::<u64>().unwrap_or_else(|_| usage());
    let command = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["get", _, _] => Command::Get { size: number(&args[2]) },
        ["put", _, file] => Command::Put { file: file.into() },
        ["upload", _, file] => Command::Upload { file: file.into() },
        ["download", _, _, dir] => Command::Download { size: number(&args[2]), dir: dir.into() },
        ["small", _, _, _] => {
            let (n, c) = (number(&args[2]) as usize, number(&args[3]) as usize);
            if n == 0 || c == 0 {
                usage()
            }
            Command::Small { n, c }
        }
        _ => usage(),
    };
    (args[1].clone(), command)
}

/// The key of an object of `size` bytes on the stand-in.
pub fn object_key(size: u64) -> String {
    format!("bench/{size}")
}

/// The key the `n`th small object goes to (the stand-in serves 1 KiB for it).
pub fn small_key(n: usize) -> String {
    format!("small/1024-{n}")
}

/// Where `download` writes.
pub fn download_path(dir: &std::path::Path) -> PathBuf {
    dir.join(format!("s3-download-{}", std::process::id()))
}

/// The process's CPU time so far, user and system, all threads (`/proc/self/stat`, in ticks of
/// 10 ms); 0 where there is no such file.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Runs `transfer` (which gives the bytes it moved), timed, and prints its line, with the CPU
/// the process spent meanwhile (`op_cpu_s`, without its start and its client's making).
pub async fn timed<F>(op: &str, expected: u64, transfer: F)
where
    F: Future<Output = Result<u64, String>>,
{
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let bytes = transfer.await.unwrap_or_else(|e| fail(&e));
    let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    if bytes != expected {
        fail(&format!("{op} moved {bytes} bytes, not {expected}"));
    }
    let mib_s = bytes as f64 / wall / (1024.0 * 1024.0);
    println!("op={op} bytes={bytes} wall_s={wall:.4} mib_s={mib_s:.1} op_cpu_s={cpu:.2}");
}

/// `n` calls of `call(i)`, `c` in flight: the wall time and the median latency.
async fn round<F, Fut>(n: usize, c: usize, call: F) -> (Duration, u64)
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    let call = Arc::new(call);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..c.min(n))
        .map(|_| {
            let (call, next) = (Arc::clone(&call), Arc::clone(&next));
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(n / c + 1);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let sent = Instant::now();
                    call(i).await?;
                    latencies.push(u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX));
                }
                Ok::<_, String>(latencies)
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(n);
    for worker in workers {
        match worker.await {
            Ok(Ok(mine)) => latencies.extend(mine),
            Ok(Err(e)) => fail(&e),
            Err(e) => fail(&e.to_string()),
        }
    }
    let wall = start.elapsed();
    latencies.sort_unstable();
    (wall, latencies[latencies.len() / 2])
}

/// `small`: `n` puts of [`SMALL`], then `n` gets of them, `c` in flight; prints its line.
pub async fn small<P, PutFut, G, GetFut>(n: usize, c: usize, put: P, get: G)
where
    P: Fn(usize) -> PutFut + Send + Sync + 'static,
    PutFut: Future<Output = Result<(), String>> + Send,
    G: Fn(usize) -> GetFut + Send + Sync + 'static,
    GetFut: Future<Output = Result<usize, String>> + Send,
{
    let (put_wall, put_p50) = round(n, c, put).await;
    let get = Arc::new(get);
    let (get_wall, get_p50) = round(n, c, move |i| {
        let get = Arc::clone(&get);
        async move {
            match get(i).await? {
                1024 => Ok(()),
                other => Err(format!("GetObject gave {other} bytes, not 1024")),
            }
        }
    })
    .await;
    println!(
        "op=small N={n} C={c} put_rps={:.0} get_rps={:.0} put_p50_us={put_p50} get_p50_us={get_p50}",
        n as f64 / put_wall.as_secs_f64(),
        n as f64 / get_wall.as_secs_f64()
    );
}

fn usage() -> ! {
    eprintln!(
        "usage: get ENDPOINT SIZE | put ENDPOINT FILE | upload ENDPOINT FILE | download ENDPOINT SIZE DIR | small ENDPOINT N C"
    );
    std::process::exit(2)
}

pub fn fail(error: &str) -> ! {
    eprintln!("failed: {error}");
    std::process::exit(1)
}
