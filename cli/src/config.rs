//! The configuration of a command: the AWS environment variables and the shared config files,
//! with the global options over them. [`GlobalOptions`] gives the same to a command of one's own
//! (`aws s3 cp` beside the operations of `aws s3api`).

use std::sync::Arc;
use std::time::Duration;

use aws_operation::Config;
use aws_operation::env::Env;
use aws_operation::error::ConfigError;

use crate::args::{self, Globals};
use crate::debug::DebugLog;

/// The global options of a command line that are not about one operation: `--endpoint-url`,
/// `--region`, `--profile`, `--cli-connect-timeout`, `--cli-read-timeout`, `--debug` and
/// `--output json`, as [`run`](crate::run) takes them, for commands of one's own to build the
/// same configuration from.
///
/// ```no_run
/// # async fn demo() -> Result<(), aws_operation::error::ConfigError> {
/// use aws_operation::env::Env;
/// use aws_operation_cli::GlobalOptions;
///
/// let args: Vec<String> = std::env::args().skip(1).collect();
/// let (options, rest) = GlobalOptions::take(&args);
/// assert!(options.problems().is_empty());
/// let config = options.config(&Env::real())?;
/// // ... calls with `config`, then, after each:
/// eprint!("{}", options.take_debug_log());
/// # let _ = (config, rest); Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct GlobalOptions {
    globals: Globals,
    problems: Vec<String>,
    log: Option<DebugLog>,
}

impl GlobalOptions {
    /// Takes the options out of `args` (without the program name), wherever they are, and
    /// returns them with the other arguments, in order. An operation's own options
    /// (`--cli-input-json`, the paging ones) stay in the rest.
    pub fn take(args: &[String]) -> (Self, Vec<String>) {
        let (globals, rest, problems) = args::take_common(args);
        let log = globals.debug.then(DebugLog::untyped);
        (Self { globals, problems, log }, rest)
    }

    /// What was wrong with the options (`` `--region` expects a value ``), to report as usage
    /// errors ([`Exit::InvalidParameters`](crate::Exit::InvalidParameters)).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Whether `--debug` was given.
    pub fn debug(&self) -> bool {
        self.log.is_some()
    }

    /// The configuration from `env` (the AWS variables, the shared config files) with the
    /// options over it, and `--debug`'s interceptor on every request and response.
    pub fn config(&self, env: &Env) -> Result<Config, ConfigError> {
        build(env, &self.globals, self.log.as_ref())
    }

    /// What `--debug` logged since the last call, secrets redacted: every request and
    /// response of the configuration's clients, bodies as received (many operations share the
    /// log, so no schema says which members are sensitive). Empty without `--debug`.
    pub fn take_debug_log(&self) -> String {
        self.log.as_ref().map(DebugLog::take).unwrap_or_default()
    }

    /// Adds a line of the command's own to the debug log, when there is one.
    pub fn debug_line(&self, line: &str) {
        if let Some(log) = &self.log {
            log.line(line);
        }
    }
}

/// The code of an MFA device, asked on the terminal as the AWS CLI does, for a role whose profile
/// sets `mfa_serial`.
fn ask_for_mfa_code(prompt: &aws_operation::credentials::MfaPrompt<'_>) -> Result<String, String> {
    use std::io::{BufRead, Write};
    let mut stderr = std::io::stderr().lock();
    let _ = write!(stderr, "Enter MFA code for {}: ", prompt.serial);
    let _ = stderr.flush();
    let mut code = String::new();
    match std::io::stdin().lock().read_line(&mut code) {
        Ok(0) => Err("standard input is closed".to_owned()),
        Ok(_) => Ok(code.trim().to_owned()),
        Err(e) => Err(format!("standard input could not be read: {e}")),
    }
}

/// The configuration from the environment and the shared config files, with the global options
/// over it.
pub(crate) fn build(env: &Env, g: &Globals, log: Option<&DebugLog>) -> Result<Config, ConfigError> {
    let mut builder = Config::from_env()
        .env(env.clone())
        .app_name("aws-operation-cli")
        .sso(Arc::new(aws_operation_sso::SsoCredentialsClient::new()))
        .sts(Arc::new(aws_operation_sts::StsCredentialsClient::new()))
        .mfa_token(ask_for_mfa_code);
    if let Some(profile) = &g.profile {
        builder = builder.profile(profile);
    }
    if let Some(region) = &g.region {
        builder = builder.region(region);
    }
    if let Some(url) = &g.endpoint_url {
        builder = builder.endpoint_url(url);
    }
    match g.connect_timeout {
        // The AWS CLI's zero means no limit; a year is as good.
        Some(t) if t.is_zero() => builder = builder.connect_timeout(Duration::from_secs(365 * 86_400)),
        Some(t) => builder = builder.connect_timeout(t),
        None => {}
    }
    // The AWS CLI's read timeout bounds each wait for data and, here, each attempt; zero means
    // no limit on either.
    if let Some(t) = g.read_timeout {
        builder = builder.read_timeout(t);
        if !t.is_zero() {
            builder = builder.attempt_timeout(t);
        }
    }
    if let Some(log) = log {
        builder = builder.interceptor(log.clone());
    }
    builder.build()
}
