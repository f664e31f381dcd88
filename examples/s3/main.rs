//! `aws s3api` and `aws s3`, mirrored for the operations of the S3 slice:
//! `cargo run --example s3 -- help`.
//!
//! The operations are the command of `cli/` (`aws_operation_cli::run`). `get-object` writes the
//! object to its trailing outfile argument as it arrives
//! (`cargo run --example s3 -- get-object --bucket b --key k out.bin`) and prints the rest;
//! `put-object --body` and `upload-part --body` take the bytes as a blob flag does: `fileb://PATH`
//! for a file's, read whole before sending. `list-buckets`, `list-objects-v2` and `list-parts`
//! merge every page of their first result key (`Buckets`, `Contents`, `Parts`).
//! `--metadata '{"team":"finance"}'` sets `x-amz-meta-team`.
//!
//! The high-level commands are `aws s3`'s, over the typed slice and its transfer helper:
//! `cp SRC DST` (a file, or a folder with `--recursive`, up or down), `ls [s3://bucket[/prefix]]`,
//! `rm s3://bucket/key` (`--recursive` for a prefix), `mb s3://bucket` and `rb s3://bucket`
//! (`--force` empties it first). They take the global options the operations take, through
//! [`GlobalOptions`], print a line for what they did as the AWS CLI does
//! (`upload: ./a.txt to s3://b/a.txt`), draw a progress bar on stderr when it is a terminal, and
//! exit with the codes of [`Exit`].
//!
//! Modules: `line` reads a high-level command line and `location` its paths and S3 URIs;
//! `console` prints what happened, `failure` says how a call failed and with which exit code, and
//! `progress` draws the bar; `cp`, `ls`, `rm` and `bucket` (`mb`, `rb`) are the commands.

mod bucket;
mod console;
mod cp;
mod failure;
mod line;
mod location;
mod ls;
mod progress;
mod rm;

use std::io::{IsTerminal as _, Write as _};

use aws_operation::env::Env;
use aws_operation_cli::{Exit, GlobalOptions};
use aws_operation_s3::{S3, operations};

use crate::console::Console;
use crate::failure::Failure;
use crate::progress::Progress;

// Several threads: the parts of a transfer are checksummed and signed as they are sent.
#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (options, rest) = GlobalOptions::take(&args);
    let name = line::command_name(&rest);
    let code = match name {
        Some(name) if line::is_command(name) => high_level(&options, &rest).await.code(),
        _ => {
            let help = name == Some("help") || (name.is_none() && rest.iter().any(|a| a == "--help"));
            let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
            let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
            if help && code == Exit::Success.code() {
                let _ = stdout.write_all(line::help().as_bytes()).and_then(|()| stdout.flush());
            }
            code
        }
    };
    std::process::exit(code);
}

/// Runs a high-level command: `rest` is the command line without its global options.
async fn high_level(options: &GlobalOptions, rest: &[String]) -> Exit {
    let line = line::parse(rest);
    // Not locked: the progress bar draws on stderr from the threads that move the bytes.
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    if line.help {
        let _ = stdout.write_all(line.help_text().as_bytes());
        return Exit::Success;
    }
    let show_progress = line.command == "cp" && !line.quiet && !line.no_progress && stderr.is_terminal();
    let progress = if show_progress { Progress::bar() } else { Progress::none() };
    let mut console = Console::new(&mut stdout, &mut stderr, options, progress);
    let problems: Vec<String> = options.problems().iter().chain(&line.problems).cloned().collect();
    if !problems.is_empty() {
        return console.usage(&line, &problems);
    }
    let client = match options.config(&Env::real()).and_then(|config| S3::new(&config)) {
        Ok(client) => client,
        Err(e) => return console.fatal(&Failure::new(Exit::InvalidConfig, aws_operation::error::chain(&e))),
    };
    options.debug_line(&format!("command: {}", rest.join(" ")));
    match line.command {
        "cp" => cp::run(&line, &client, &mut console).await,
        "ls" => ls::run(&line, &client, &mut console).await,
        "rm" => rm::run(&line, &client, &mut console).await,
        "mb" => bucket::make(&line, &client, &mut console).await,
        "rb" => bucket::remove(&line, &client, &mut console).await,
        other => unreachable!("`{other}` is a high-level command"),
    }
    console.finish()
}
