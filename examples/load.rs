//! Load against the Partner Central Channel stand-in: concurrent callers sharing one client,
//! with a summary of throughput, latency, file descriptors, connections and memory. It exits
//! non-zero if a call failed, if the client's pool outgrew two connections per caller (see
//! `CONNECTIONS_PER_CALLER` in the driver) or closed connections during the run, if anything
//! stayed open once the client was dropped, or if memory grew after the warm-up of a read run.
//!
//! ```sh
//! cargo run --release --example load -- 64 10000 read     # the defaults
//! cargo run --release --example load -- 64 10000 create
//! ```
//!
//! Linux only (it reads `/proc`). The driver is `tests/support/load.rs`, which `tests/load.rs`
//! runs with small numbers.

use std::process::ExitCode;

use aws_operation_partnercentral_channel::relationships::GetRelationshipError;

#[path = "../tests/support/load.rs"]
mod load;

use load::{CATALOG, Kind, Plan, Target};

/// Resident memory a read run may gain after its warm-up: room for allocator noise, not for a
/// leak of two bytes a call over the 576,000 calls after the default warm-up.
const READ_GROWTH_KIB: u64 = 1024;

fn usage() -> &'static str {
    "\
Calls the Partner Central Channel stand-in from concurrent callers sharing one client.

Usage: cargo run --release --example load -- [CALLERS] [CALLS] [read|create] [--endpoint URL]

Arguments:
  CALLERS              Concurrent callers [default: 64]
  CALLS                Calls per caller, the first tenth (at most 1,000) as warm-up [default: 10000]
  read|create          GetRelationship of seeded relationships, or CreateRelationship [default: read]

Options:
  --endpoint <URL>     A stand-in already serving (`cargo run --example local-endpoint`), with
                       credentials and region from the environment; else one in this process
  -h, --help           Print this help
"
}

struct Args {
    plan: Plan,
    endpoint: Option<String>,
}

/// `Ok(None)` when help was asked for.
fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut plan = Plan { callers: 64, calls: 10_000, kind: Kind::Read };
    let mut endpoint = None;
    let mut positional = 0;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let count = |what: &str| match arg.parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!("{what} must be a positive number, got `{arg}`")),
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--endpoint" => endpoint = Some(args.next().ok_or("`--endpoint` needs a URL")?),
            _ if arg.starts_with("--endpoint=") => endpoint = Some(arg["--endpoint=".len()..].to_owned()),
            _ if arg.starts_with('-') => return Err(format!("unknown option `{arg}`")),
            _ => {
                match positional {
                    0 => plan.callers = count("CALLERS")?,
                    1 => plan.calls = count("CALLS")?,
                    2 => {
                        plan.kind = match arg.as_str() {
                            "read" => Kind::Read,
                            "create" => Kind::Create,
                            _ => return Err(format!("the kind is `read` or `create`, got `{arg}`")),
                        }
                    }
                    _ => return Err(format!("unexpected argument `{arg}`")),
                }
                positional += 1;
            }
        }
    }
    Ok(Some(Args { plan, endpoint }))
}

/// The stand-in numbers relationships 1, 2, 3, ... as it creates them (`rs-000000000000a`
/// is the tenth), so it holds exactly `n` when the `n`-th exists and the next does not.
fn relationship_id(mut n: usize) -> String {
    let mut digits = [b'0'; 13];
    for digit in digits.iter_mut().rev() {
        *digit = b"0123456789abcdefghijklmnopqrstuvwxyz"[n % 36];
        n /= 36;
    }
    format!("rs-{}", String::from_utf8_lossy(&digits))
}

/// Whether the stand-in holds exactly `n` relationships under `pma`, asked with two reads.
async fn holds_exactly(target: &Target, pma: &str, n: usize) -> Result<bool, String> {
    let get = |id: String| {
        target.client().get_relationship().catalog(CATALOG).program_management_account_identifier(pma).identifier(id)
    };
    let last = get(relationship_id(n)).send().await.is_ok();
    let next = match get(relationship_id(n + 1)).send().await {
        Ok(_) => true,
        Err(e) if matches!(e.service_error(), Some(GetRelationshipError::ResourceNotFoundException(_))) => false,
        Err(e) => return Err(e.to_string()),
    };
    Ok(last && !next)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("error: {problem}\n\n{}", usage());
            return ExitCode::from(2);
        }
    };
    let target = match &args.endpoint {
        Some(url) => Target::remote(url),
        None => Target::local().await,
    };
    let target = match target {
        Ok(target) => target,
        Err(e) => {
            eprintln!("error: cannot set up: {e}");
            return ExitCode::FAILURE;
        }
    };
    let report = match load::run(&target, args.plan).await {
        Ok(report) => report,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut problems = Vec::new();
    let mut state = None;
    if report.plan.kind == Kind::Create && target.in_process() {
        // The stand-in is this run's alone, so its relationships are the run's creates.
        let total = report.plan.total();
        match holds_exactly(&target, &report.pma, total).await {
            Ok(true) => state = Some(format!("state      {total} relationships, one per call")),
            Ok(false) => problems.push(format!("the stand-in does not hold exactly {total} relationships")),
            Err(e) => problems.push(format!("cannot count the stand-in's relationships: {e}")),
        }
    }
    let closed = match target.close(&report.start).await {
        Ok(closed) => closed,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", report.display(&closed));
    if let Some(state) = state {
        println!("{state}");
    }
    problems.extend(report.problems(&closed, Some(READ_GROWTH_KIB)));
    if problems.is_empty() {
        return ExitCode::SUCCESS;
    }
    for problem in problems {
        eprintln!("problem: {problem}");
    }
    ExitCode::FAILURE
}
