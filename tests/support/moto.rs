//! moto's server (`moto_server`, the `moto[server]` package) on 127.0.0.1, for tests that want a
//! real service rather than a script: [`Moto::start`] finds the binary, starts it on a free port,
//! waits until it answers and stops it when the guard is dropped, panics included. Include it
//! next to `support` with `#[path = "support/moto.rs"] mod moto;`.
//!
//! The binary is `$MOTO_SERVER`, else the pinned moto that `.ci/moto-venv.sh` installs under
//! `target/moto-venv` on first use. If neither can be had the test fails and says why: a test
//! that needs moto never passes without it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long the server may take to answer after it starts.
const STARTUP: Duration = Duration::from_secs(20);
/// How long one raw request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// The environment variable naming the `moto_server` binary.
pub const MOTO_SERVER_VAR: &str = "MOTO_SERVER";

/// A running `moto_server`; dropping it kills the process.
pub struct Moto {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    port: u16,
    log: PathBuf,
}

/// The `moto_server` to run, or why there is none.
pub fn binary() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os(MOTO_SERVER_VAR) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!("{MOTO_SERVER_VAR}={} does not exist: unset it to let the tests install moto", path.display()))
        };
    }
    // Once per test binary, so that tests starting together do not build the venv twice.
    static INSTALLED: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    INSTALLED.get_or_init(install).clone()
}

/// The pinned moto's server, from `.ci/moto-venv.sh`, which makes the venv under `target/` on
/// first use (it needs `python3 -m venv` and PyPI).
fn install() -> Result<PathBuf, String> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/moto-venv.sh");
    let output = Command::new("bash")
        .arg(&script)
        .output()
        .map_err(|e| format!("{} could not be run: {e}", script.display()))?;
    if !output.status.success() {
        return Err(format!(
            "moto could not be installed by {}: {}",
            script.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().unwrap().port()
}

impl Moto {
    /// Starts moto and waits until it answers; panics (failing the test) if it cannot.
    pub fn start() -> Moto {
        Self::start_with_env(&[])
    }

    /// [`Moto::start`], with variables added to moto's environment (its settings, such as
    /// `INITIAL_NO_AUTH_ACTION_COUNT`).
    pub fn start_with_env(env: &[(&str, &str)]) -> Moto {
        let binary = binary().unwrap_or_else(|why| panic!("{why}"));
        // A port picked here may be taken before moto binds it; try a few.
        let mut last = String::new();
        for _ in 0..3 {
            match Self::try_start(&binary, env) {
                Ok(moto) => return moto,
                Err(why) => last = why,
            }
        }
        panic!("moto_server ({}) did not start: {last}", binary.display());
    }

    fn try_start(binary: &PathBuf, env: &[(&str, &str)]) -> Result<Moto, String> {
        let port = free_port();
        let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("moto-{port}.log"));
        let log_file = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let child = Command::new(binary)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("spawn: {e}"))?;
        // From here the guard owns the process: an early return kills it.
        let mut moto = Moto { child, url: format!("http://127.0.0.1:{port}"), port, log };
        let deadline = Instant::now() + STARTUP;
        loop {
            if let Some(status) = moto.child.try_wait().map_err(|e| e.to_string())? {
                return Err(format!("it exited with {status}: {}", moto.log_text()));
            }
            if let Ok((200, _)) = moto.request("GET", "/moto-api/", &[], b"") {
                return Ok(moto);
            }
            if Instant::now() >= deadline {
                return Err(format!("no answer on port {port} within {STARTUP:?}: {}", moto.log_text()));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What the server logged so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// One raw HTTP/1.1 request; returns the status and the body. moto closes every connection
    /// after its answer, so the body is what arrives until then.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<(u16, String), String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream.set_read_timeout(Some(REQUEST_TIMEOUT)).map_err(|e| e.to_string())?;
        stream.set_write_timeout(Some(REQUEST_TIMEOUT)).map_err(|e| e.to_string())?;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1:{}\r\nconnection: close\r\ncontent-length: {}\r\n",
            self.port,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).map_err(|e| e.to_string())?;
        stream.write_all(body).map_err(|e| e.to_string())?;
        let _ = stream.shutdown(Shutdown::Write);
        let mut response = Vec::new();
        stream.read_to_end(&mut response).map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&response).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| format!("not an HTTP response: {text:?}"))?;
        let status =
            head.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| format!("no status line in {head:?}"))?;
        Ok((status, body.to_owned()))
    }

    /// `POST /moto-api/config`: moto's own configuration, e.g. `{"lambda": {"use_docker": false}}`.
    pub fn configure(&self, config: &serde_json::Value) {
        let body = config.to_string();
        let (status, answer) = self
            .request("POST", "/moto-api/config", &[("content-type", "application/json")], body.as_bytes())
            .unwrap_or_else(|e| panic!("POST /moto-api/config: {e}"));
        assert_eq!(status, 201, "POST /moto-api/config {body}: {answer}");
        let applied: serde_json::Value = serde_json::from_str(&answer).expect("moto answers its configuration");
        for (service, settings) in config.as_object().expect("a configuration is an object") {
            assert_eq!(&applied[service], settings, "moto took the configuration of {service}: {answer}");
        }
    }

    /// Lambda without Docker: functions are not run; `Invoke` answers with the request's payload.
    pub fn lambda_without_docker(&self) {
        self.configure(&serde_json::json!({"lambda": {"use_docker": false}}));
    }

    /// Creates an IAM role with IAM's query API (moto checks that a function's role exists) and
    /// returns its ARN. moto routes by the credential scope of the `Authorization` header and
    /// checks no signature, so the header only names the service.
    pub fn create_role(&self, name: &str) -> String {
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
        let body = format!(
            "Action=CreateRole&Version=2010-05-08&RoleName={name}&AssumeRolePolicyDocument={}",
            percent_encode(policy)
        );
        let authorization = "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/iam/aws4_request, \
                             SignedHeaders=host, Signature=0";
        let (status, answer) = self
            .request(
                "POST",
                "/",
                &[("content-type", "application/x-www-form-urlencoded"), ("authorization", authorization)],
                body.as_bytes(),
            )
            .unwrap_or_else(|e| panic!("IAM CreateRole: {e}"));
        assert_eq!(status, 200, "IAM CreateRole: {answer}");
        let arn = answer
            .split_once("<Arn>")
            .and_then(|(_, rest)| rest.split_once("</Arn>"))
            .map(|(arn, _)| arn.to_owned())
            .unwrap_or_else(|| panic!("no <Arn> in IAM's answer: {answer}"));
        assert!(arn.ends_with(&format!(":role/{name}")), "{arn}");
        arn
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}
