//! The measurement loop every benchmark client shares, so that they differ only in the library
//! they call: `ENDPOINT N C` from argv, N calls with C in flight on a current-thread tokio
//! runtime, then one line `N=<n> C=<c> wall_s=<s> rps=<r> p50_us=<u> p99_us=<u>`.
//!
//! Included with `#[path]` by `examples/bench_client.rs` and by the crates of `bench/`.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Reads `ENDPOINT N C`, makes the client with `make(endpoint)` and sends `N` calls of `call`,
/// `C` at a time; every call must return `Ok`. Exits with 2 on bad arguments and 1 on a failed
/// call.
pub fn main<Client, Make, MakeFut, Call, CallFut>(make: Make, call: Call)
where
    Client: Clone + Send + 'static,
    Make: FnOnce(String) -> MakeFut,
    MakeFut: Future<Output = Result<Client, String>>,
    Call: Fn(Client) -> CallFut + Copy + Send + 'static,
    CallFut: Future<Output = Result<(), String>> + Send,
{
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (endpoint, n, c) = match args.as_slice() {
        [endpoint, n, c] => match (n.parse::<usize>(), c.parse::<usize>()) {
            (Ok(n), Ok(c)) if n > 0 && c > 0 => (endpoint.clone(), n, c),
            _ => usage(),
        },
        _ => usage(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(async move {
        let client = make(endpoint).await.unwrap_or_else(|e| fail(&e));
        let next = Arc::new(AtomicUsize::new(0));
        let start = Instant::now();
        let workers: Vec<_> = (0..c.min(n))
            .map(|_| {
                let (client, next) = (client.clone(), Arc::clone(&next));
                tokio::spawn(async move {
                    let mut latencies = Vec::with_capacity(n / c + 1);
                    while next.fetch_add(1, Ordering::Relaxed) < n {
                        let sent = Instant::now();
                        call(client.clone()).await?;
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
        let wall = start.elapsed().as_secs_f64();
        latencies.sort_unstable();
        let percentile = |p: usize| latencies[(latencies.len() * p / 100).min(latencies.len() - 1)];
        println!(
            "N={n} C={c} wall_s={wall:.3} rps={:.0} p50_us={} p99_us={}",
            n as f64 / wall,
            percentile(50),
            percentile(99)
        );
    });
}

fn usage() -> ! {
    eprintln!("usage: ENDPOINT N C   (N calls, C in flight; credentials and region from the environment)");
    std::process::exit(2)
}

fn fail(error: &str) -> ! {
    eprintln!("call failed: {error}");
    std::process::exit(1)
}
