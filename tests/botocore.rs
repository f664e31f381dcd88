//! A second opinion from botocore: the same CreateChannelHandshake, every member set, built by
//! botocore (tests/botocore/compare.py) and by this crate at the same instant with the same
//! credentials, must mean the same body, carry the same headers, go to the same URL and be signed
//! identically.
//!
//! It runs botocore 1.44.8 under `$BOTOCORE_PYTHON`; when that is unset it makes (or reuses) a
//! venv with `.ci/botocore-venv.sh`, which needs `python3 -m venv` and PyPI. If botocore still
//! cannot be had, the test fails and says how to install it, unless
//! `AWS_OPERATION_SKIP_BOTOCORE=1` is set. See tests/botocore/README.md.

mod support;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_operation::config::FixedClock;
use aws_operation::http::HttpRequest;
use aws_operation::sign::{Scheme, SigningParams, SigningSettings};
use aws_operation::{Config, Credentials, DateTime};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, HandshakeType, ServicePeriodType, StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;
use serde_json::Value;
use support::{Reply, Server};

const BOTOCORE_VERSION: &str = "1.44.8";
const SKIP_VAR: &str = "AWS_OPERATION_SKIP_BOTOCORE";
const PYTHON_VAR: &str = "BOTOCORE_PYTHON";
/// compare.py's exit statuses for "botocore is not importable" and "another version is".
const NOT_IMPORTABLE: i32 = 3;
const WRONG_VERSION: i32 = 4;

/// 2026-01-02T03:04:05Z, the instant compare.py freezes botocore's clock at.
fn signing_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_323_045)
}

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None)
}

/// The input of compare.py's `PARAMS`, member for member.
fn input() -> CreateChannelHandshake {
    CreateChannelHandshake {
        handshake_type: HandshakeType::StartServicePeriod,
        catalog: "Sandbox".into(),
        associated_resource_identifier: "pma-0123456789abc".into(),
        payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
            program_management_account_identifier:
                "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/program-management-account/pma-0123456789abc"
                    .into(),
            note: Some("Q3 \"managed\" services \u{2013} \u{c9}quipe Nord".into()),
            service_period_type: ServicePeriodType::FixedCommitmentPeriod,
            minimum_notice_days: Some("30".into()),
            end_date: Some(DateTime::parse_date_time("2026-12-31T23:59:59Z").unwrap()),
        })),
        client_token: Some("c0ffee00-0000-4000-8000-000000000001".into()),
        tags: Some(vec![Tag::new("team", "channel ops"), Tag::new("\u{c9}quipe", "")]),
    }
}

/// The python of the pinned venv, made by `.ci/botocore-venv.sh` if needed.
fn venv_python() -> Result<String, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/botocore-venv.sh");
    let output = Command::new("bash")
        .arg(&script)
        .output()
        .map_err(|e| format!("{} could not be run: {e}", script.display()))?;
    if !output.status.success() {
        return Err(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// What compare.py printed, or `None` if botocore is unavailable and skipping was asked for.
fn botocore_request() -> Option<Value> {
    let python = match std::env::var(PYTHON_VAR) {
        Ok(python) => python,
        Err(_) => match venv_python() {
            Ok(python) => python,
            Err(reason) => return unavailable(&reason),
        },
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/botocore/compare.py");
    let output = match Command::new(&python).arg(&script).output() {
        Ok(output) => output,
        Err(e) => return unavailable(&format!("`{python}` could not be run: {e}")),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => Some(serde_json::from_slice(&output.stdout).expect("compare.py prints one JSON object")),
        Some(NOT_IMPORTABLE | WRONG_VERSION) => unavailable(stderr.trim()),
        _ => panic!("{} {} failed ({}):\n{stderr}", python, script.display(), output.status),
    }
}

fn unavailable(reason: &str) -> Option<Value> {
    if std::env::var(SKIP_VAR).is_ok_and(|v| v == "1") {
        eprintln!("skipped: botocore {BOTOCORE_VERSION} is not available ({reason}) and {SKIP_VAR}=1");
        return None;
    }
    panic!(
        "this test compares against botocore {BOTOCORE_VERSION}, which is not available: {reason}\n\
         install it into a venv and point {PYTHON_VAR} at its python:\n    \
         {PYTHON_VAR}=\"$(.ci/botocore-venv.sh)\" cargo test --test botocore\n\
         or skip the comparison with {SKIP_VAR}=1"
    );
}

#[tokio::test]
// With `sigv4a` the client prefers SigV4a, as the service's rules list it first; botocore does
// that only with awscrt, and SigV4a signatures are randomized, so there is nothing to compare.
#[cfg_attr(feature = "sigv4a", ignore = "the client signs with SigV4a when the `sigv4a` feature is on")]
async fn create_channel_handshake_matches_botocore() {
    let Some(botocore) = botocore_request() else { return };
    let boto_header = |name: &str| botocore["headers"][name].as_str().unwrap_or_else(|| panic!("{name}")).to_owned();

    // What the client puts on the wire, caught by a scripted server at the same instant.
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(&server.url)
        .clock(Arc::new(FixedClock(signing_time())))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap().send(input()).await.unwrap();
    let [sent] = server.requests().try_into().unwrap();

    assert_eq!(botocore["method"], sent.method.as_str());
    // By meaning: the bytes differ (botocore's `json.dumps` puts spaces after `,` and `:` and
    // writes non-ASCII as \u escapes), which JSON does not care about.
    assert_eq!(sent.json(), botocore["body"]);
    for name in ["content-type", "x-amz-target", "x-amz-date"] {
        assert_eq!(sent.header(name), Some(boto_header(name).as_str()), "{name}");
    }

    // Where a default client sends it, and the scope it signs for.
    let default_config = Config::builder().region("us-east-1").credentials(credentials()).build().unwrap();
    let default_client = PartnerCentralChannel::new(&default_config).unwrap();
    let url = format!("{}/", default_client.client().endpoint_url().unwrap());
    assert_eq!(botocore["url"], url.as_str());
    let (signing_name, region) = default_client.client().signing_scope().unwrap();
    assert_eq!((signing_name.as_str(), region.as_str()), ("partnercentral-channel", "us-east-1"));

    // The signature, over the header set botocore signed and botocore's body bytes: the payload
    // hash covers the exact bytes, and the serializers agree on meaning only (checked above).
    let authorization = boto_header("authorization");
    assert!(authorization.contains(" SignedHeaders=content-type;host;x-amz-date;x-amz-target, "), "{authorization}");
    let mut request = HttpRequest::new("POST", url);
    for name in ["content-type", "x-amz-target"] {
        request.set_header(name, sent.header(name).unwrap());
    }
    request.body = botocore["body_text"].as_str().unwrap().to_owned().into();
    let credentials = credentials();
    let params = SigningParams {
        credentials: &credentials,
        scheme: Scheme::SigV4 { region: &region },
        signing_name: &signing_name,
        time: signing_time(),
        settings: SigningSettings::default(),
    };
    aws_operation::sign::sign(&mut request, &params).unwrap();
    let names: Vec<_> = request.headers.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["content-type", "x-amz-target", "host", "x-amz-date", "authorization"]);
    assert_eq!(request.header("host"), Some("partnercentral-channel.global.api.aws"));
    assert_eq!(request.header("authorization"), Some(authorization.as_str()));
}
