//! Credentials from an external command, a profile's `credential_process`.
//!
//! As the AWS SDKs' specification says, the command line is handed to the shell (`sh -c` on Unix,
//! `cmd.exe /C` on Windows), with no standard input and the process's environment. It must exit
//! with status 0 and print on standard output
//! `{"Version": 1, "AccessKeyId": "...", "SecretAccessKey": "...", "SessionToken": "...", "Expiration": "<RFC 3339>"}`,
//! where the session token and the expiry are optional; credentials without an expiry are kept until
//! the process ends. A command that runs longer than its timeout is stopped.
//!
//! Errors name the profile, never the command line (it may carry a secret) and never what the
//! command printed on standard output; its error output is quoted, shortened, with any secret found
//! in its standard output blanked.

use std::fmt;
use std::process::Stdio;
use std::time::Duration;

use thiserror::Error;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// How much of the command's error output an error quotes.
const MAX_STDERR_CHARS: usize = 1000;

/// Runs a profile's `credential_process` command for credentials, each time it is asked.
///
/// Wrap it in [`CachedCredentials`](super::CachedCredentials) to run it only when the
/// credentials it gave are about to expire; the default chain does.
/// `Debug` does not print the command line.
#[derive(Clone, PartialEq, Eq)]
pub struct CredentialProcess {
    profile: String,
    command: String,
    timeout: Duration,
}

/// Why a `credential_process` command gave no credentials.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum ProcessError {
    /// The shell could not be started.
    #[error("the command could not be started: {reason}")]
    Spawn {
        /// Why.
        reason: String,
    },
    /// The command ran longer than its timeout and was stopped.
    #[error("the command did not finish within {0:?} and was stopped")]
    Timeout(Duration),
    /// The command exited with a status other than 0.
    #[error("the command exited with {}{}", describe_status(*code), describe_stderr(stderr))]
    Failed {
        /// The exit code; `None` when a signal ended the command.
        code: Option<i32>,
        /// The start of its error output, trimmed, with secrets blanked.
        stderr: String,
    },
    /// The command's standard output is not credentials in the expected format.
    #[error("the command's output is not valid credentials: {reason}")]
    Output {
        /// What is wrong, naming fields but never their values.
        reason: String,
    },
}

fn describe_status(code: Option<i32>) -> String {
    match code {
        Some(code) => format!("status {code}"),
        None => "no status (ended by a signal)".to_owned(),
    }
}

fn describe_stderr(stderr: &str) -> String {
    if stderr.is_empty() { String::new() } else { format!("; its error output: {stderr}") }
}

impl CredentialProcess {
    /// The default limit on how long the command may run: 60 s.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

    /// The command line `command` of profile `profile` (the name is only used in errors).
    pub fn new(profile: impl Into<String>, command: impl Into<String>) -> Self {
        Self { profile: profile.into(), command: command.into(), timeout: Self::DEFAULT_TIMEOUT }
    }

    /// How long the command may run before it is stopped. Default: [`Self::DEFAULT_TIMEOUT`].
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The profile the command comes from.
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// Runs the command once and reads its output.
    pub async fn run(&self) -> Result<Credentials, CredentialsError> {
        self.run_command().await.map_err(|source| CredentialsError::Process { profile: self.profile.clone(), source })
    }

    async fn run_command(&self) -> Result<Credentials, ProcessError> {
        let mut command = if cfg!(windows) {
            let mut c = tokio::process::Command::new("cmd.exe");
            c.arg("/C");
            c
        } else {
            let mut c = tokio::process::Command::new("sh");
            c.arg("-c");
            c
        };
        command.arg(&self.command).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        // On timeout the future below is dropped, and with it the child, which is then killed.
        command.kill_on_drop(true);
        let child = command.spawn().map_err(|e| ProcessError::Spawn { reason: e.to_string() })?;
        let output = match tokio::time::timeout(self.timeout, child.wait_with_output()).await {
            Err(_) => return Err(ProcessError::Timeout(self.timeout)),
            Ok(Err(e)) => return Err(ProcessError::Spawn { reason: e.to_string() }),
            Ok(Ok(output)) => output,
        };
        let parsed = parse_output(&output.stdout);
        if !output.status.success() {
            let secrets = parsed.as_ref().map(secrets_of).unwrap_or_default();
            return Err(ProcessError::Failed {
                code: output.status.code(),
                stderr: clean_stderr(&output.stderr, &secrets),
            });
        }
        parsed.map_err(|reason| ProcessError::Output { reason })
    }
}

impl fmt::Debug for CredentialProcess {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialProcess")
            .field("profile", &self.profile)
            .field("command", &"** redacted **")
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl ProvideCredentials for CredentialProcess {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.run())
    }
}

/// The credentials in the command's standard output.
fn parse_output(stdout: &[u8]) -> Result<Credentials, String> {
    let map = super::json::object(stdout)?;
    match map.get("Version") {
        Some(v) if v.as_u64() == Some(1) => {}
        Some(_) => return Err("`Version` is not 1, the only version supported".to_owned()),
        None => return Err("`Version` is missing".to_owned()),
    }
    super::json::credentials(&map, "SessionToken")
}

fn secrets_of(credentials: &Credentials) -> Vec<String> {
    std::iter::once(credentials.secret_access_key()).chain(credentials.session_token()).map(str::to_owned).collect()
}

/// The start of the error output, trimmed, with `secrets` blanked.
fn clean_stderr(stderr: &[u8], secrets: &[String]) -> String {
    let mut text = String::from_utf8_lossy(stderr).trim().to_owned();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        text = text.replace(secret.as_str(), "** redacted **");
    }
    match text.char_indices().nth(MAX_STDERR_CHARS) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_format() {
        let ok = br#"{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S", "SessionToken": "T"}"#;
        let c = parse_output(ok).unwrap();
        assert_eq!((c.access_key_id(), c.session_token(), c.expiry()), ("A", Some("T"), None));
        let cases: &[(&[u8], &str)] = &[
            (br#"{"AccessKeyId": "A", "SecretAccessKey": "S"}"#, "`Version` is missing"),
            (br#"{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "S"}"#, "`Version` is not 1"),
            (br#"{"Version": "1", "AccessKeyId": "A", "SecretAccessKey": "S"}"#, "`Version` is not 1"),
            (br#"{"Version": 1, "AccessKeyId": "A"}"#, "`SecretAccessKey` is missing"),
            (b"", "not JSON"),
        ];
        for (out, want) in cases {
            let got = parse_output(out).unwrap_err();
            assert!(got.contains(want), "{}: {got}", String::from_utf8_lossy(out));
        }
    }

    #[test]
    fn stderr_is_trimmed_shortened_and_blanked() {
        assert_eq!(
            clean_stderr(b"  oops: S3CR3T and T0K3N\n", &["S3CR3T".into(), "T0K3N".into()]),
            "oops: ** redacted ** and ** redacted **"
        );
        let long = "é".repeat(MAX_STDERR_CHARS + 5);
        assert_eq!(clean_stderr(long.as_bytes(), &[]).chars().count(), MAX_STDERR_CHARS + 3);
        assert_eq!(clean_stderr(b"\xff", &[]), "\u{fffd}");
    }

    #[test]
    fn debug_hides_the_command() {
        let p = CredentialProcess::new("dev", "vault --token SECRET");
        assert!(!format!("{p:?}").contains("SECRET"));
    }
}
