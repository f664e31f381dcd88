//! Serves a stateful, in-memory stand-in for the Partner Central Channel API (or, with
//! `--service lambda`, for the Lambda slice) on 127.0.0.1, for offline tests of your own code
//! with any SDK: it prints the URL and the settings to give a client, then serves until Ctrl-C.
//! State lives in memory and ends with the process.
//!
//! ```sh
//! cargo run --example local-endpoint -- --port 0 --account-id 444455556666
//! cargo run --example local-endpoint -- --service lambda --region eu-west-1
//! ```

use std::process::ExitCode;

use aws_operation::Credentials;
use aws_operation_local_endpoint::lambda;
use aws_operation_local_endpoint::partnercentral_channel::{DEFAULT_ACCOUNT_ID, Simulator};

/// The port unless `--port` says otherwise: fixed, so a client's settings last across runs.
const DEFAULT_PORT: u16 = 4599;
const DEFAULT_ACCESS_KEY_ID: &str = "AKIDLOCAL";
const DEFAULT_SECRET_ACCESS_KEY: &str = "local-secret";
const LAMBDA_ACCOUNT_ID: &str = lambda::DEFAULT_ACCOUNT_ID;
const LAMBDA_REGION: &str = lambda::DEFAULT_REGION;

fn usage() -> String {
    format!(
        "\
Serves a stand-in for the Partner Central Channel API, or Lambda, on 127.0.0.1 until Ctrl-C.

Usage: cargo run --example local-endpoint -- [OPTIONS]

Options:
  --service <SERVICE>             `partnercentral-channel` or `lambda` [default: partnercentral-channel]
  --port <PORT>                   Port on 127.0.0.1; 0 picks a free one [default: {DEFAULT_PORT}]
  --access-key-id <ID>            Access key id requests must be signed with [default: {DEFAULT_ACCESS_KEY_ID}]
  --secret-access-key <SECRET>    Secret access key requests must be signed with [default: {DEFAULT_SECRET_ACCESS_KEY}]
  --account-id <ACCOUNT>          12-digit account the stand-in acts as, in every ARN
                                  [default: {DEFAULT_ACCOUNT_ID}; {LAMBDA_ACCOUNT_ID} for lambda]
  --region <REGION>               Region of the Lambda stand-in, in every ARN [default: {LAMBDA_REGION}]
  -h, --help                      Print this help
"
    )
}

/// The settings from the command line.
struct Args {
    lambda: bool,
    port: u16,
    access_key_id: String,
    secret_access_key: String,
    /// The service's default unless given.
    account_id: Option<String>,
    region: Option<String>,
}

/// `Ok(None)` when help was asked for.
fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args {
        lambda: false,
        port: DEFAULT_PORT,
        access_key_id: DEFAULT_ACCESS_KEY_ID.into(),
        secret_access_key: DEFAULT_SECRET_ACCESS_KEY.into(),
        account_id: None,
        region: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(None);
        }
        // Both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value.to_owned())),
            _ => (arg, None),
        };
        let mut value = || inline.clone().or_else(|| args.next()).ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--port" => {
                let port = value()?;
                parsed.port = port.parse().map_err(|_| format!("`--port` must be a port number, got `{port}`"))?;
            }
            "--access-key-id" => parsed.access_key_id = value()?,
            "--secret-access-key" => parsed.secret_access_key = value()?,
            "--account-id" => parsed.account_id = Some(value()?),
            "--region" => parsed.region = Some(value()?),
            "--service" => {
                parsed.lambda = match value()?.as_str() {
                    "partnercentral-channel" => false,
                    "lambda" => true,
                    other => {
                        return Err(format!("`--service` must be `partnercentral-channel` or `lambda`, got `{other}`"));
                    }
                }
            }
            _ => return Err(format!("unknown argument `{flag}`")),
        }
    }
    for (flag, value) in
        [("--access-key-id", &parsed.access_key_id), ("--secret-access-key", &parsed.secret_access_key)]
    {
        if value.is_empty() {
            return Err(format!("`{flag}` must not be empty"));
        }
    }
    if parsed.region.is_some() && !parsed.lambda {
        return Err("`--region` is for `--service lambda`; Partner Central Channel is in us-east-1".into());
    }
    Ok(Some(parsed))
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
    let credentials = Credentials::new(&args.access_key_id, &args.secret_access_key, None, None);
    // What is served, whose, where, and the variable that points a client at it.
    let (service, variable, region) = if args.lambda {
        ("Lambda", "AWS_ENDPOINT_URL_LAMBDA", args.region.unwrap_or_else(|| LAMBDA_REGION.into()))
    } else {
        ("Partner Central Channel", "AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", "us-east-1".into())
    };
    let default_account = if args.lambda { LAMBDA_ACCOUNT_ID } else { DEFAULT_ACCOUNT_ID };
    let account_id = args.account_id.unwrap_or_else(|| default_account.into());
    // The two stand-ins serve different services, but once started both are a `Running`.
    let started = if args.lambda {
        match lambda::Simulator::builder().account_id(&account_id).region(&region).build() {
            Ok(simulator) => simulator.endpoint(credentials).start_on(args.port).await,
            Err(problem) => {
                eprintln!("error: {problem}");
                return ExitCode::from(2);
            }
        }
    } else {
        match Simulator::builder().account_id(&account_id).build() {
            Ok(simulator) => simulator.endpoint(credentials).start_on(args.port).await,
            Err(problem) => {
                eprintln!("error: {problem}");
                return ExitCode::from(2);
            }
        }
    };
    let endpoint = match started {
        Ok(endpoint) => endpoint,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e} (`--port 0` picks a free port)", args.port);
            return ExitCode::FAILURE;
        }
    };
    let url = endpoint.url();
    println!("{service} stand-in for account {account_id} at {url}");
    println!();
    println!("Point a client at it (any region signs; the stand-in's is {region}):");
    println!();
    println!("  export {variable}={url}");
    println!("  export AWS_ACCESS_KEY_ID={}", args.access_key_id);
    println!("  export AWS_SECRET_ACCESS_KEY={}", args.secret_access_key);
    println!("  export AWS_REGION={region}");
    println!("  unset AWS_SESSION_TOKEN AWS_PROFILE");
    println!();
    println!("State is kept in memory until this stops. Ctrl-C to stop.");
    match endpoint.serve_until_ctrl_c().await {
        Ok(()) => {
            println!("stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot wait for Ctrl-C: {e}");
            ExitCode::FAILURE
        }
    }
}
