//! A load driver for the Partner Central Channel stand-in: callers share one client (clones of
//! it), each makes its calls one after another, and the process's file descriptors, its TCP
//! connections to the endpoint and its memory are sampled before, after a warm-up, at the end
//! and once the client is dropped. `tests/load.rs` runs it with small numbers, `examples/load.rs`
//! with the full ones; both include this file with `#[path]`.
//!
//! Linux only: the samples come from `/proc/self/fd`, `/proc/net/tcp` and `/proc/self/status`.

use std::collections::HashSet;
use std::error::Error;
use std::fmt;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use aws_operation::{Config, Credentials};
use aws_operation_local_endpoint::Running;
use aws_operation_local_endpoint::partnercentral_channel::Simulator;
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::program_management_accounts::Program;
use aws_operation_partnercentral_channel::relationships::{AssociationType, Sector};

/// The catalog everything is made in.
pub const CATALOG: &str = "AWS";
/// How many relationships a read run reads, in turn.
const SEEDED: usize = 8;
/// How many error messages a report keeps; the count covers them all.
const KEPT_ERRORS: usize = 5;
/// How long dropping the client may take to close its connections.
const CLOSE_WAIT: Duration = Duration::from_secs(5);
/// Connections the client's pool may hold per caller. One per caller, if a caller's next
/// request always found its last connection idle; but a request that finds none idle opens one
/// and races it against the pool, and when a pooled one comes back first the new one is kept
/// too (hyper-util's legacy client, hyperium/hyper#4134). Such connections open only while the
/// pool is no bigger than the callers, so it stays under two per caller; what the check catches
/// is a pool that grows with the number of calls.
pub const CONNECTIONS_PER_CALLER: usize = 2;

type BoxError = Box<dyn Error + Send + Sync>;

/// What every call does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `GetRelationship` of a seeded relationship: no state changes.
    Read,
    /// `CreateRelationship` with minimal input (and a generated client token): each call adds a
    /// relationship, and the token's replay, to the stand-in's state.
    Create,
}

impl Kind {
    /// The operation's name.
    pub fn operation(self) -> &'static str {
        match self {
            Kind::Read => "GetRelationship",
            Kind::Create => "CreateRelationship",
        }
    }
}

/// How many callers make how many calls of which kind.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// Concurrent callers, each a task with a clone of the one client.
    pub callers: usize,
    /// Calls per caller, warm-up included.
    pub calls: usize,
    /// What each call does.
    pub kind: Kind,
}

impl Plan {
    /// The first calls of each caller that count as warm-up: a tenth, at most 1,000. Memory is
    /// compared from the end of the warm-up, when pools, buffers and allocator arenas have
    /// their working size.
    pub fn warmup(&self) -> usize {
        (self.calls / 10).clamp(1, 1000).min(self.calls)
    }

    /// Calls in all.
    pub fn total(&self) -> usize {
        self.callers * self.calls
    }
}

/// Where the calls go: the client, the endpoint's port and, when it runs in this process, the
/// stand-in and its endpoint.
pub struct Target {
    client: PartnerCentralChannel,
    port: u16,
    local: Option<(Simulator, Running)>,
}

impl Target {
    /// A stand-in started in this process on 127.0.0.1, and a client of it.
    pub async fn local() -> Result<Self, BoxError> {
        let credentials = Credentials::new("AKIDLOAD", "load-secret", None, None);
        let simulator = Simulator::new();
        let endpoint = simulator.endpoint(credentials.clone()).start().await?;
        let config = Config::builder()
            .region("us-east-1")
            .credentials(credentials)
            .endpoint_url(endpoint.url())
            .max_attempts(1)
            .build()?;
        let client = PartnerCentralChannel::new(&config)?;
        let port = port_of(&endpoint.url())?;
        Ok(Self { client, port, local: Some((simulator, endpoint)) })
    }

    /// A client of the endpoint at `url` (`http://127.0.0.1:PORT`), with credentials and region
    /// from the environment as the SDKs read them.
    #[cfg_attr(test, expect(dead_code, reason = "tests/load.rs runs the stand-in in its own process"))]
    pub fn remote(url: &str) -> Result<Self, BoxError> {
        let port = port_of(url)?;
        let config = Config::from_env().endpoint_url(url).max_attempts(1).build()?;
        Ok(Self { client: PartnerCentralChannel::new(&config)?, port, local: None })
    }

    /// The client the callers clone.
    pub fn client(&self) -> &PartnerCentralChannel {
        &self.client
    }

    /// Whether the endpoint runs in this process, whose samples then count both ends of each
    /// connection.
    pub fn in_process(&self) -> bool {
        self.local.is_some()
    }

    /// File descriptors one connection takes in this process: both ends when the endpoint runs
    /// here.
    fn fds_per_connection(&self) -> usize {
        if self.in_process() { 2 } else { 1 }
    }

    /// Drops the client, waits (at most [`CLOSE_WAIT`]) until its connections are closed at
    /// both ends and the descriptors are back to those of `start`, samples, and stops the
    /// endpoint.
    pub async fn close(self, start: &Sample) -> Result<Sample, BoxError> {
        let Self { client, port, local } = self;
        drop(client);
        let deadline = Instant::now() + CLOSE_WAIT;
        let mut closed = Sample::take(port)?;
        while !closed.closed_since(start) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
            closed = Sample::take(port)?;
        }
        if let Some((_, endpoint)) = local {
            endpoint.shutdown().await;
        }
        Ok(closed)
    }
}

fn port_of(url: &str) -> Result<u16, BoxError> {
    let authority = url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or_default();
    let port = authority.rsplit_once(':').map(|(_, port)| port).ok_or(format!("`{url}` names no port"))?;
    Ok(port.parse().map_err(|_| format!("`{url}` names no port"))?)
}

/// What the process holds at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Open file descriptors (entries of `/proc/self/fd`).
    pub fds: usize,
    /// Of those, TCP sockets on the endpoint's port: the listener when it is here, and either end
    /// of a connection to it.
    pub sockets: usize,
    /// Connections from this process to the endpoint that are ESTABLISHED (client side).
    pub established: usize,
    /// Connections to or from the endpoint's port in TIME_WAIT, machine-wide: closed in the last
    /// minute or so, so a pool that keeps its connections leaves none.
    pub time_wait: usize,
    /// Resident memory, KiB (`VmRSS`).
    pub rss_kib: u64,
    /// Peak resident memory so far, KiB (`VmHWM`).
    pub peak_kib: u64,
}

/// One line of `/proc/net/tcp`.
struct Socket {
    local_port: u16,
    remote_port: u16,
    state: u8,
    inode: u64,
}

const ESTABLISHED: u8 = 0x01;
const TIME_WAIT: u8 = 0x06;

impl Sample {
    /// Whether every connection and descriptor opened since `start` is closed.
    fn closed_since(&self, start: &Sample) -> bool {
        self.established == 0 && self.sockets <= start.sockets && self.fds <= start.fds
    }

    /// Samples the process, for the endpoint on `port`.
    pub fn take(port: u16) -> Result<Self, BoxError> {
        let mut fds = 0;
        let mut inodes = HashSet::new();
        for entry in std::fs::read_dir("/proc/self/fd")? {
            // The directory's own descriptor is gone by the time its link is read.
            let Ok(target) = std::fs::read_link(entry?.path()) else { continue };
            fds += 1;
            let target = target.to_string_lossy();
            if let Some(inode) = target.strip_prefix("socket:[").and_then(|rest| rest.strip_suffix(']')) {
                inodes.insert(inode.parse::<u64>()?);
            }
        }
        let (mut sockets, mut established, mut time_wait) = (0, 0, 0);
        for socket in tcp_sockets()? {
            let ours = inodes.contains(&socket.inode);
            let on_port = socket.local_port == port || socket.remote_port == port;
            if ours && on_port {
                sockets += 1;
            }
            if ours && socket.remote_port == port && socket.state == ESTABLISHED {
                established += 1;
            }
            if on_port && socket.state == TIME_WAIT {
                time_wait += 1;
            }
        }
        let status = std::fs::read_to_string("/proc/self/status")?;
        Ok(Self {
            fds,
            sockets,
            established,
            time_wait,
            rss_kib: status_kib(&status, "VmRSS:")?,
            peak_kib: status_kib(&status, "VmHWM:")?,
        })
    }
}

/// The IPv4 TCP sockets of the network namespace: `sl local_address rem_address st ... inode`,
/// addresses as `0100007F:1F90` (hexadecimal port after the colon).
fn tcp_sockets() -> Result<Vec<Socket>, BoxError> {
    let table = std::fs::read_to_string("/proc/net/tcp")?;
    let port = |address: &str| -> Result<u16, BoxError> {
        let hex = address.rsplit_once(':').map(|(_, port)| port).ok_or("no port in /proc/net/tcp")?;
        Ok(u16::from_str_radix(hex, 16)?)
    };
    table
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [_, local, remote, state, _, _, _, _, _, inode, ..] = fields[..] else {
                return Err(format!("unexpected line in /proc/net/tcp: `{line}`").into());
            };
            Ok(Socket {
                local_port: port(local)?,
                remote_port: port(remote)?,
                state: u8::from_str_radix(state, 16)?,
                inode: inode.parse()?,
            })
        })
        .collect()
}

fn status_kib(status: &str, key: &str) -> Result<u64, BoxError> {
    let line = status.lines().find_map(|line| line.strip_prefix(key)).ok_or(format!("no `{key}` in status"))?;
    Ok(line.trim().trim_end_matches("kB").trim().parse()?)
}

/// Latencies in microseconds, within 1/64 (1.6 %) of what they were: 64 buckets per power of
/// two. Fixed size and shared, so recording allocates nothing while memory is being watched.
struct Histogram {
    counts: Box<[AtomicU64]>,
    max: AtomicU64,
}

const SUB_BITS: u32 = 6;
const SUB: u64 = 1 << SUB_BITS;

impl Histogram {
    fn new() -> Self {
        let buckets = SUB as usize * (64 - SUB_BITS as usize + 1);
        Self { counts: (0..buckets).map(|_| AtomicU64::new(0)).collect(), max: AtomicU64::new(0) }
    }

    fn index(value: u64) -> usize {
        if value < SUB {
            return value as usize;
        }
        let shift = 63 - value.leading_zeros() - SUB_BITS;
        ((u64::from(shift) + 1) * SUB + ((value >> shift) - SUB)) as usize
    }

    fn lower_bound(index: usize) -> u64 {
        let index = index as u64;
        if index < SUB { index } else { (SUB + index % SUB) << (index / SUB - 1) }
    }

    fn record(&self, latency: Duration) {
        let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.counts[Self::index(micros)].fetch_add(1, Ordering::Relaxed);
        self.max.fetch_max(micros, Ordering::Relaxed);
    }

    /// The latency `q` (0 < q <= 1) of the calls are at or below, to the bucket's precision.
    fn quantile(&self, q: f64) -> Duration {
        let counts: Vec<u64> = self.counts.iter().map(|c| c.load(Ordering::Relaxed)).collect();
        let total: u64 = counts.iter().sum();
        let rank = ((q * total as f64).ceil() as u64).max(1);
        let mut seen = 0;
        for (index, count) in counts.iter().enumerate() {
            seen += count;
            if seen >= rank {
                return Duration::from_micros(Self::lower_bound(index));
            }
        }
        self.max()
    }

    fn max(&self) -> Duration {
        Duration::from_micros(self.max.load(Ordering::Relaxed))
    }
}

/// What the callers share.
struct Shared {
    client: PartnerCentralChannel,
    kind: Kind,
    pma: String,
    seeded: Vec<String>,
    latencies: Histogram,
    errors: AtomicUsize,
    kept: Mutex<Vec<String>>,
}

impl Shared {
    async fn call(&self, caller: usize, n: usize) -> Result<(), String> {
        match self.kind {
            Kind::Read => {
                let id = &self.seeded[(caller + n) % self.seeded.len()];
                let out = self
                    .client
                    .get_relationship()
                    .catalog(CATALOG)
                    .program_management_account_identifier(&self.pma)
                    .identifier(id)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                match out.relationship_detail.as_ref().and_then(|d| d.id.as_deref()) {
                    Some(got) if got == id => Ok(()),
                    got => Err(format!("GetRelationship of `{id}` answered `{got:?}`")),
                }
            }
            Kind::Create => {
                let out = self
                    .client
                    .create_relationship()
                    .catalog(CATALOG)
                    .association_type(AssociationType::EndCustomer)
                    .program_management_account_identifier(&self.pma)
                    .display_name(format!("load caller {caller}"))
                    .sector(Sector::Commercial)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                match out.relationship_detail.as_ref().and_then(|d| d.id.as_deref()) {
                    Some(_) => Ok(()),
                    None => Err("CreateRelationship answered no id".into()),
                }
            }
        }
    }

    /// Calls `from..to` of `caller`, one after another.
    async fn calls(&self, caller: usize, from: usize, to: usize) {
        for n in from..to {
            let started = Instant::now();
            let result = self.call(caller, n).await;
            self.latencies.record(started.elapsed());
            if let Err(message) = result
                && self.errors.fetch_add(1, Ordering::Relaxed) < KEPT_ERRORS
            {
                self.kept.lock().unwrap_or_else(PoisonError::into_inner).push(message);
            }
        }
    }
}

/// Calls `from..to` of every caller at once; how long that took.
async fn phase(shared: &Arc<Shared>, callers: usize, from: usize, to: usize) -> Result<Duration, BoxError> {
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for caller in 0..callers {
        let shared = Arc::clone(shared);
        tasks.spawn(async move { shared.calls(caller, from, to).await });
    }
    while let Some(joined) = tasks.join_next().await {
        joined?;
    }
    Ok(started.elapsed())
}

/// Makes a program management account the run's relationships belong to and, for reads, the
/// relationships read: the run's own, so a long-lived endpoint can serve many runs.
async fn seed(target: &Target, kind: Kind) -> Result<(String, Vec<String>), BoxError> {
    // The stand-in allows one program management account per account and program.
    let account = if target.in_process() {
        "222233334444".to_owned()
    } else {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
        format!("{:012}", nanos % 1_000_000_000_000)
    };
    let created = target
        .client
        .create_program_management_account()
        .catalog(CATALOG)
        .program(Program::SolutionProvider)
        .display_name("load")
        .account_id(&account)
        .send()
        .await?;
    let pma = created.program_management_account_detail.as_ref().and_then(|d| d.id.clone()).ok_or("no pma id")?;
    let mut seeded = Vec::new();
    if kind == Kind::Read {
        for n in 0..SEEDED {
            let created = target
                .client
                .create_relationship()
                .catalog(CATALOG)
                .association_type(AssociationType::EndCustomer)
                .program_management_account_identifier(&pma)
                .display_name(format!("load seed {n}"))
                .sector(Sector::Commercial)
                .send()
                .await?;
            seeded.push(created.relationship_detail.as_ref().and_then(|d| d.id.clone()).ok_or("no relationship id")?);
        }
    }
    Ok((pma, seeded))
}

/// Seeds, then runs `plan` against `target`: the warm-up calls of every caller, a sample, the
/// rest, a sample. Fails only if seeding or sampling does; failed calls are counted.
pub async fn run(target: &Target, plan: Plan) -> Result<Report, BoxError> {
    // Before the first call, so that the seeding's connection counts as the run's.
    let start = Sample::take(target.port)?;
    let (pma, seeded) = seed(target, plan.kind).await?;
    let shared = Arc::new(Shared {
        client: target.client.clone(),
        kind: plan.kind,
        pma: pma.clone(),
        seeded,
        latencies: Histogram::new(),
        errors: AtomicUsize::new(0),
        kept: Mutex::new(Vec::with_capacity(KEPT_ERRORS)),
    });
    let warmup = plan.warmup();
    let warming = phase(&shared, plan.callers, 0, warmup).await?;
    let warm = Sample::take(target.port)?;
    let rest = phase(&shared, plan.callers, warmup, plan.calls).await?;
    let end = Sample::take(target.port)?;
    let kept = shared.kept.lock().unwrap_or_else(PoisonError::into_inner).clone();
    Ok(Report {
        plan,
        in_process: target.in_process(),
        fds_per_connection: target.fds_per_connection(),
        pma,
        elapsed: warming + rest,
        errors: shared.errors.load(Ordering::Relaxed),
        kept,
        seeded: shared.seeded.len(),
        p50: shared.latencies.quantile(0.50),
        p99: shared.latencies.quantile(0.99),
        max: shared.latencies.max(),
        start,
        warm,
        end,
    })
}

/// What a run did and saw.
#[derive(Debug, Clone)]
pub struct Report {
    /// The plan it ran.
    pub plan: Plan,
    /// Whether the endpoint ran in this process.
    pub in_process: bool,
    fds_per_connection: usize,
    /// The program management account its relationships belong to.
    pub pma: String,
    /// Relationships made under it before the calls: those a read run reads.
    pub seeded: usize,
    /// Wall time of the calls, warm-up included.
    pub elapsed: Duration,
    /// Calls that failed, for any reason (retries are off: every failed attempt counts).
    pub errors: usize,
    /// The first few errors' messages.
    pub kept: Vec<String>,
    /// Median latency of a call.
    pub p50: Duration,
    /// 99th percentile latency of a call.
    pub p99: Duration,
    /// Slowest call.
    pub max: Duration,
    /// Before the first call.
    pub start: Sample,
    /// After the warm-up.
    pub warm: Sample,
    /// After the last call, the client still held.
    pub end: Sample,
}

impl Report {
    /// Calls per second, warm-up included.
    pub fn rate(&self) -> f64 {
        self.plan.total() as f64 / self.elapsed.as_secs_f64()
    }

    /// Resident memory gained after the warm-up, KiB (negative if it shrank).
    pub fn growth_kib(&self) -> i64 {
        self.end.rss_kib as i64 - self.warm.rss_kib as i64
    }

    /// What went wrong, given the sample taken once the client was dropped ([`Target::close`])
    /// and, for reads, how much resident memory may be gained after the warm-up: any failed
    /// call; more than [`CONNECTIONS_PER_CALLER`] connections per caller, or descriptors
    /// beyond theirs; connections closed during the run, more than one per caller; anything
    /// left open once the client is gone.
    pub fn problems(&self, closed: &Sample, read_growth_kib: Option<u64>) -> Vec<String> {
        let mut problems = Vec::new();
        let callers = self.plan.callers;
        let pool = CONNECTIONS_PER_CALLER * callers;
        let pool_fds = self.fds_per_connection * pool;
        if self.errors > 0 {
            problems.push(format!("{} of {} calls failed, first: {:?}", self.errors, self.plan.total(), self.kept));
        }
        if self.end.established > pool {
            problems.push(format!("{} connections for {callers} callers (limit {pool})", self.end.established));
        }
        // A connection closed during the run waits in TIME_WAIT for a minute: a pool that
        // closed and reopened connections per call would leave thousands. Those at the start
        // are an earlier run's, on an endpoint that serves many.
        let closed_during = self.end.time_wait.saturating_sub(self.start.time_wait);
        if closed_during > callers {
            problems.push(format!("{closed_during} connections closed during the run, {callers} callers"));
        }
        if self.end.sockets > self.start.sockets + pool_fds {
            problems.push(format!(
                "{} sockets on the endpoint's port at the end, {} at the start (limit {pool_fds} more)",
                self.end.sockets, self.start.sockets
            ));
        }
        if self.end.fds > self.start.fds + pool_fds {
            problems.push(format!(
                "{} file descriptors at the end, {} at the start (limit {pool_fds} more)",
                self.end.fds, self.start.fds
            ));
        }
        if !closed.closed_since(&self.start) {
            problems.push(format!(
                "with the client dropped: {} connections, {} sockets on the port ({} at the start), \
                 {} file descriptors ({} at the start)",
                closed.established, closed.sockets, self.start.sockets, closed.fds, self.start.fds
            ));
        }
        if let Some(limit) = read_growth_kib
            && self.plan.kind == Kind::Read
            && self.growth_kib() > limit as i64
        {
            problems.push(format!(
                "resident memory grew by {} KiB after the warm-up (limit {limit} KiB)",
                self.growth_kib()
            ));
        }
        problems
    }

    /// The summary, with the sample taken once the client was dropped.
    pub fn display<'a>(&'a self, closed: &'a Sample) -> impl fmt::Display + 'a {
        Summary { report: self, closed }
    }
}

struct Summary<'a> {
    report: &'a Report,
    closed: &'a Sample,
}

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.report;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let after_warmup = r.plan.callers * (r.plan.calls - r.plan.warmup());
        writeln!(
            f,
            "{} callers x {} {} calls ({} warm-up each) under {} with {} relationships, one client, \
             retries off, endpoint {}",
            r.plan.callers,
            r.plan.calls,
            r.plan.kind.operation(),
            r.plan.warmup(),
            r.pma,
            r.seeded,
            if r.in_process { "in this process" } else { "in another process" },
        )?;
        writeln!(
            f,
            "calls      {} in {:.1} s: {:.0} calls/s, {} errors",
            r.plan.total(),
            r.elapsed.as_secs_f64(),
            r.rate(),
            r.errors
        )?;
        writeln!(f, "latency    p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms", ms(r.p50), ms(r.p99), ms(r.max))?;
        let growth = r.growth_kib();
        write!(f, "memory     {growth:+} KiB after the warm-up")?;
        if r.plan.kind == Kind::Create && after_warmup > 0 {
            write!(f, ", {:.0} bytes per relationship created", growth as f64 * 1024.0 / after_warmup as f64)?;
        }
        writeln!(f)?;
        writeln!(f, "{:<30}{:>10}{:>10}{:>10}{:>10}", "", "start", "warm", "end", "closed")?;
        let samples = [&r.start, &r.warm, &r.end, self.closed];
        type Row = (&'static str, fn(&Sample) -> u64);
        let rows: [Row; 6] = [
            ("file descriptors", |s| s.fds as u64),
            ("sockets on the endpoint port", |s| s.sockets as u64),
            ("connections (client side)", |s| s.established as u64),
            ("TIME_WAIT on the port", |s| s.time_wait as u64),
            ("RSS KiB", |s| s.rss_kib),
            ("peak RSS KiB", |s| s.peak_kib),
        ];
        for (name, value) in rows {
            write!(f, "{name:<30}")?;
            for sample in samples {
                write!(f, "{:>10}", value(sample))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_within_a_sixty_fourth() {
        for value in [0, 1, 63, 64, 127, 128, 129, 1000, 4095, 1 << 20, (1 << 40) + 12345, u64::MAX] {
            let lower = Histogram::lower_bound(Histogram::index(value));
            assert!(lower <= value && value - lower <= value / SUB, "{value} -> {lower}");
        }
        assert_eq!(Histogram::index(u64::MAX), Histogram::new().counts.len() - 1);
    }

    #[test]
    fn quantiles_count_from_the_bottom() {
        let h = Histogram::new();
        for ms in 1..=100 {
            h.record(Duration::from_millis(ms));
        }
        let near = |d: Duration, ms: u64| d.as_micros().abs_diff(u128::from(ms) * 1000) <= u128::from(ms) * 1000 / 64;
        assert!(near(h.quantile(0.5), 50) && near(h.quantile(0.99), 99), "{:?}", (h.quantile(0.5), h.quantile(0.99)));
        assert_eq!(h.max(), Duration::from_millis(100));
    }

    #[test]
    fn ports_come_from_urls() {
        assert_eq!(port_of("http://127.0.0.1:4599").unwrap(), 4599);
        assert_eq!(port_of("http://127.0.0.1:4599/").unwrap(), 4599);
        assert!(port_of("http://localhost/").is_err());
    }
}
