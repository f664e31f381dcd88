//! The AWS CLI's command for one service (`aws partnercentral-channel ...`), as a library: a
//! binary passes its arguments, the service's operations, the environment and its output
//! streams to [`run`] and exits with the code it returns. Everything about the operations
//! (names, flags, types, skeletons, pagination) comes from their schemas.
//!
//! ```no_run
//! # async fn demo() {
//! use aws_operation::env::Env;
//! use aws_operation_partnercentral_channel::operations;
//!
//! let args = std::env::args().skip(1).collect();
//! let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut std::io::stdout(), &mut std::io::stderr()).await;
//! std::process::exit(code);
//! # }
//! ```
//!
//! [`run_as`] gives the command its name where the AWS CLI's is not the service's signing name
//! (`aws cloudwatch` signs for `monitoring`).
//!
//! Modules: `args` splits the command line, `input` builds the input JSON (`--cli-input-json`,
//! member flags, skeletons), `paginate` merges pages, `output` prints JSON, `debug` logs the
//! HTTP exchange, `help` describes operations, `config` builds the configuration from the
//! environment and the global options ([`GlobalOptions`], for commands of one's own), and
//! [`Exit`] holds the exit codes.

mod args;
mod config;
mod debug;
mod exit;
mod help;
mod input;
mod names;
mod output;
mod paginate;

use std::io::Write;

use aws_operation::Client;
use aws_operation::dynamic::{DynError, DynOperation};
use aws_operation::env::Env;
use aws_operation::error::chain;
use aws_operation::operation::Service;
use aws_operation::schema::{OperationSchema, TypeSchema};
use serde_json::Value;

pub use config::GlobalOptions;
pub use exit::Exit;
pub use names::kebab;

use crate::args::{Parsed, Skeleton};
use crate::debug::DebugLog;
use crate::input::{Problem, Scope};

/// Runs one command: `args` without the program name (`create-channel-handshake --catalog AWS
/// ...`), `ops` the service's operations, `env` where the AWS variables and the shared config
/// files are found. The output JSON goes to `stdout`, errors and `--debug` to `stderr`; the
/// return value is the exit code ([`Exit`]).
pub async fn run<S: Service>(
    args: Vec<String>,
    ops: &[DynOperation<S>],
    env: Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    run_as(S::SIGNING_NAME, args, ops, env, stdout, stderr).await
}

/// [`run`], with the command named `name` in its usage and errors instead of the service's
/// signing name: for a service the AWS CLI names otherwise (`aws cloudwatch`, which signs for
/// `monitoring`).
pub async fn run_as<S: Service>(
    name: &str,
    args: Vec<String>,
    ops: &[DynOperation<S>],
    env: Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let mut command = Command { name, ops, env, stdout, stderr };
    let exit = command.run(&args).await;
    let _ = command.stdout.flush();
    let _ = command.stderr.flush();
    exit.code()
}

struct Command<'a, S> {
    /// The command's name in its usage and errors.
    name: &'a str,
    ops: &'a [DynOperation<S>],
    env: Env,
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
}

impl<S: Service> Command<'_, S> {
    async fn run(&mut self, args: &[String]) -> Exit {
        let parsed = args::parse(args);
        let name = self.name;
        let schemas: Vec<&'static OperationSchema> = self.ops.iter().map(DynOperation::schema).collect();
        let wanted = match parsed.operation.as_deref() {
            Some("help") => return self.out(&help::usage(name, &schemas)),
            None if parsed.globals.help => return self.out(&help::usage(name, &schemas)),
            None => {
                let usage = help::usage(name, &schemas);
                return self.fail(Exit::InvalidParameters, &format!("{usage}\nthe operation is missing"));
            }
            Some(wanted) => wanted.to_owned(),
        };
        let Some(op) = self.ops.iter().find(|op| names::kebab(op.name()) == wanted) else {
            let usage = help::usage(name, &schemas);
            return self.fail(Exit::InvalidParameters, &format!("{usage}\n`{wanted}` is not an operation of {name}"));
        };
        let schema = op.schema();
        if parsed.globals.help {
            return self.out(&help::operation(name, schema));
        }
        let input_ty = (schema.input)();
        let TypeSchema::Shape(shape) = input_ty else {
            return self.fail(Exit::Other, &format!("the input of {} is not a structure", schema.name));
        };
        let mut problems: Vec<Problem> =
            parsed.problems.iter().map(|m| Problem::new(Scope::Command, m.clone())).collect();
        let mut parsed = parsed;
        let outfile = match payload_member(schema) {
            Some(_) if parsed.globals.skeleton.is_some() => None,
            Some(member) => {
                let outfile = outfile(&mut parsed);
                if outfile.is_none() {
                    problems.push(Problem::new(
                        Scope::Command,
                        format!("the outfile argument is missing: the file that `{}` is written to", member.name),
                    ));
                }
                outfile
            }
            None => None,
        };
        problems.extend(
            parsed.positionals.iter().map(|a| Problem::new(Scope::Command, format!("unexpected argument `{a}`"))),
        );
        let (input, input_problems) = input::build(shape, &parsed.globals, &parsed.flags);
        problems.extend(input_problems);
        let paging = paging(&parsed, schema, &mut problems);
        if let Some(skeleton) = parsed.globals.skeleton {
            if !problems.is_empty() {
                return self.invalid(problems.into_iter().map(|p| p.message));
            }
            let (ty, names) = match skeleton {
                Skeleton::Input => (input_ty, false),
                Skeleton::Output => ((schema.output)(), true),
            };
            return self.out(&output::pretty(&input::skeleton(&ty, names), Some(&ty)));
        }
        if !problems.is_empty() {
            // The input's own problems too, except those that follow from the command line's.
            let violations = op.check(&input).err().map(|v| v.0).unwrap_or_default();
            let more: Vec<String> = violations
                .iter()
                .filter(|v| !problems.iter().any(|p| p.covers(&v.path)))
                .map(ToString::to_string)
                .collect();
            return self.invalid(problems.into_iter().map(|p| p.message).chain(more));
        }
        self.call(op, input, &parsed, paging, outfile).await
    }

    async fn call(
        &mut self,
        op: &DynOperation<S>,
        input: Value,
        parsed: &Parsed,
        paging: paginate::Paging,
        outfile: Option<String>,
    ) -> Exit {
        let schema = op.schema();
        let g = &parsed.globals;
        let log = g.debug.then(|| DebugLog::new(schema));
        let config = match config::build(&self.env, g, log.as_ref()) {
            Ok(config) => config,
            Err(e) => return self.fail(Exit::InvalidConfig, &chain(&e)),
        };
        let client = match Client::<S>::new(&config) {
            Ok(client) => client,
            Err(e) => return self.fail(Exit::InvalidConfig, &chain(&e)),
        };
        let paginator = schema.paginator.clone().filter(|p| {
            let Value::Object(map) = &input else { return false };
            // Setting the token or the page size member by hand asks for that one page, as
            // the AWS CLI takes it.
            !g.no_paginate
                && p.input_tokens.iter().all(|t| !map.contains_key(*t))
                && p.page_size.is_none_or(|m| !map.contains_key(m))
        });
        if let Some(log) = &log {
            log.line(&format!("operation: {} ({})", schema.name, names::kebab(schema.name)));
            match (client.endpoint_url(), client.signing_scope()) {
                (Ok(url), Ok((service, region))) => {
                    log.line(&format!("endpoint: {url}, signed for {service} in {region}"))
                }
                (Err(e), _) | (_, Err(e)) => log.line(&format!("endpoint: {}", chain(&e))),
            }
            log.line(&format!("paginate: {}", paginator.is_some()));
        }
        let stderr = &mut *self.stderr;
        let mut after_call = |request_id: Option<&str>| {
            if let Some(log) = &log {
                if let Some(id) = request_id {
                    log.line(&format!("request id: {id}"));
                }
                let _ = stderr.write_all(log.take().as_bytes());
            }
        };
        let result = match (&paginator, input) {
            (_, input) if outfile.is_some() => {
                let path = std::path::Path::new(outfile.as_deref().unwrap_or_default());
                let called = op.call_to_file(&client, &input, path).await;
                after_call(called.as_ref().ok().and_then(|(_, id)| id.as_deref()));
                called.map(|(value, _)| value)
            }
            (Some(p), Value::Object(map)) => paginate::all_pages(op, &client, map, p, &paging, &mut after_call).await,
            (_, mut input) => {
                if let (Some(size), Some(member), Value::Object(map)) =
                    (paging.page_size, schema.paginator.as_ref().and_then(|p| p.page_size), &mut input)
                {
                    map.entry(member).or_insert(Value::from(size));
                }
                let called = op.call(&client, &input).await;
                after_call(called.as_ref().ok().and_then(|(_, id)| id.as_deref()));
                called.map(|(value, _)| value)
            }
        };
        self.finish(schema, result)
    }

    /// Prints the output, or the error as the AWS CLI would, and says how the command ended.
    fn finish(&mut self, schema: &OperationSchema, result: Result<Value, DynError>) -> Exit {
        match result {
            // The AWS CLI prints nothing for an empty response.
            Ok(Value::Object(map)) if map.is_empty() => Exit::Success,
            Ok(mut value) => {
                let ty = (schema.output)();
                output::timestamps_as_iso8601(&mut value, &ty);
                self.out(&output::pretty(&value, Some(&ty)))
            }
            Err(DynError::InvalidInput(violations)) => self.invalid(violations.iter().map(ToString::to_string)),
            Err(DynError::Config(message)) => self.fail(Exit::InvalidConfig, &message),
            Err(DynError::Service(meta)) => {
                let message = meta.shown_message().unwrap_or("Unknown");
                let line =
                    format!("An error occurred ({}) when calling the {} operation: {message}", meta.code, schema.name);
                self.fail(Exit::ServiceError, &line)
            }
            Err(other) => self.fail(Exit::Other, &other.to_string()),
        }
    }

    fn out(&mut self, text: &str) -> Exit {
        match self.stdout.write_all(text.as_bytes()) {
            Ok(()) => Exit::Success,
            Err(e) => self.fail(Exit::Other, &format!("cannot write the output: {e}")),
        }
    }

    /// An error, after a blank line as the AWS CLI writes them.
    fn fail(&mut self, exit: Exit, message: &str) -> Exit {
        let _ = write!(self.stderr, "\n{message}\n");
        exit
    }

    fn invalid(&mut self, problems: impl Iterator<Item = String>) -> Exit {
        let mut text = String::from("Parameter validation failed:");
        for problem in problems {
            text.push('\n');
            text.push_str(&problem);
        }
        self.fail(Exit::InvalidParameters, &text)
    }
}

/// The member of the operation's output that is its whole body as raw bytes (a blob or a
/// stream), which the command writes to the outfile argument, as `aws lambda invoke ... out`
/// and `aws s3api get-object ... out` do.
fn payload_member(schema: &OperationSchema) -> Option<&'static aws_operation::schema::MemberSchema> {
    let TypeSchema::Shape(shape) = (schema.output)() else { return None };
    shape
        .members
        .iter()
        .find(|m| m.binding == aws_operation::schema::Binding::Payload && matches!((m.target)(), TypeSchema::Blob))
}

/// The outfile: the argument after the options. A member flag takes every argument up to the
/// next option, so an outfile right after one (`--function-name f out.json`) is its last value
/// when it has more than one.
fn outfile(parsed: &mut Parsed) -> Option<String> {
    if let Some(last) = parsed.positionals.pop() {
        return Some(last);
    }
    let flag = parsed.flags.last_mut().filter(|f| f.values.len() > 1)?;
    flag.values.pop()
}

/// The paging options, checked against the operation.
fn paging(parsed: &Parsed, schema: &OperationSchema, problems: &mut Vec<Problem>) -> paginate::Paging {
    let g = &parsed.globals;
    let mut paging = paginate::Paging { max_items: g.max_items, page_size: g.page_size, ..Default::default() };
    let problem = |message: String| Problem::new(Scope::Command, message);
    let Some(paginator) = &schema.paginator else {
        problems.extend(parsed.paging.iter().map(|o| problem(format!("unknown option `--{o}`"))));
        return paging;
    };
    if g.page_size.is_some() && paginator.page_size.is_none() {
        problems.push(problem(format!("{} has no page size", schema.name)));
    }
    if let Some(token) = &g.starting_token {
        match paginate::decode(token, paginator) {
            Ok(start) => paging.start = start,
            Err(message) => problems.push(problem(message)),
        }
    }
    paging
}
