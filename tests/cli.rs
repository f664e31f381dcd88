//! The `partnercentral-channel` command (aws-operation-cli), run as a library with captured
//! stdout and stderr and a fixed environment, against the local endpoint (which checks
//! signatures) or the scripted server (which records what arrives): each exit code, input from
//! JSON and flags, pagination, skeletons and the debug log. One test runs the example binary.

mod support;

use std::time::{Duration, Instant};

use aws_operation::Credentials;
use aws_operation::env::Env;
use aws_operation_local_endpoint::{LocalEndpoint, Running};
use aws_operation_partnercentral_channel::errors::ConflictException;
use aws_operation_partnercentral_channel::handshakes::{
    CreateChannelHandshake, CreateChannelHandshakeDetail, CreateChannelHandshakeError, CreateChannelHandshakeOutput,
};
use aws_operation_partnercentral_channel::{PartnerCentralChannel, operations};
use serde_json::{Value, json};
use support::{Reply, Server};

const ACCESS_KEY: &str = "AKIDCLITEST";
const SECRET: &str = "cli-test-secret-key";
const TOKEN: &str = "cli-test-session-token";
const PMA: &str = "pma-0123456789abc";

/// What one command did.
#[derive(Debug)]
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Outcome {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }
}

async fn cli(args: &[&str], env: &[(&str, &str)]) -> Outcome {
    let args = args.iter().map(|a| (*a).to_owned()).collect();
    let env = Env::from_pairs(env.iter().copied());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(args, &operations(), env, &mut stdout, &mut stderr).await;
    Outcome { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

/// Credentials, region and endpoint from the environment, as a user's shell would have them.
/// One attempt per call: retries are not what these tests are about.
fn env(url: &str) -> Vec<(&str, &str)> {
    vec![
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", url),
        ("AWS_MAX_ATTEMPTS", "1"),
        // Off EC2 nothing answers; without credentials, the chain would wait for it.
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ]
}

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY, SECRET, Some(TOKEN.to_owned()), None)
}

fn detail(catalog: &str) -> CreateChannelHandshakeOutput {
    CreateChannelHandshakeOutput {
        channel_handshake_detail: Some(CreateChannelHandshakeDetail {
            id: Some("ch-0123456789abc".into()),
            arn: Some(format!(
                "arn:aws:partnercentral:us-east-1:111122223333:catalog/{catalog}/channel-handshake/ch-0123456789abc"
            )),
        }),
    }
}

/// A local endpoint that creates handshakes, or refuses them with a conflict for catalog `Taken`.
async fn endpoint() -> Running {
    LocalEndpoint::<PartnerCentralChannel>::new(credentials())
        .handle(|input: CreateChannelHandshake| async move {
            if input.catalog == "Taken" {
                return Err(CreateChannelHandshakeError::ConflictException(ConflictException {
                    message: "a handshake for pma-0123456789abc is already pending".into(),
                    resource_id: PMA.into(),
                    resource_type: "ChannelHandshake".into(),
                }));
            }
            Ok(detail(&input.catalog))
        })
        .start()
        .await
        .unwrap()
}

const CREATE: &[&str] = &[
    "create-channel-handshake",
    "--handshake-type",
    "START_SERVICE_PERIOD",
    "--catalog",
    "Sandbox",
    "--associated-resource-identifier",
    PMA,
];

#[tokio::test]
async fn a_call_prints_the_output_with_wire_names_and_exits_0() {
    let endpoint = endpoint().await;
    let out = cli(CREATE, &env(&endpoint.url())).await;
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{out:?}");
    assert_eq!(
        out.json(),
        json!({"channelHandshakeDetail": {
            "id": "ch-0123456789abc",
            "arn": "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/channel-handshake/ch-0123456789abc",
        }})
    );
    // Printed as the AWS CLI prints: four spaces, members in declaration order.
    assert!(out.stdout.starts_with("{\n    \"channelHandshakeDetail\": {\n        \"id\": "), "{}", out.stdout);
    assert_eq!(endpoint.requests(), 1);
}

#[tokio::test]
async fn invalid_parameters_are_all_listed_exit_252_and_nothing_is_sent() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let out = cli(
        &[
            "create-channel-handshake",
            "--handshake-type",
            "START_NOW",
            "--catalog",
            "not a catalog",
            "--payload",
            "{not json",
            "--tags",
            "[{\"key\": \"team\"}]",
            "--bogus",
            "x",
        ],
        &env(&server.url),
    )
    .await;
    assert_eq!(out.code, 252, "{out:?}");
    assert_eq!(out.stdout, "");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines[..2], ["", "Parameter validation failed:"], "{}", out.stderr);
    for expected in [
        "unknown option `--bogus`",
        "`--payload`: invalid JSON",
        "`handshakeType` `START_NOW` is not one of `START_SERVICE_PERIOD`",
        "`catalog` must match the pattern `^[a-zA-Z]*$`",
        "`associatedResourceIdentifier` is required",
        "`tags[0].value` is required",
    ] {
        assert!(lines.iter().any(|l| l.contains(expected)), "missing {expected:?} in\n{}", out.stderr);
    }
    // The bad `--payload` is reported once, not again as a missing or wrong member.
    assert_eq!(lines.iter().filter(|l| l.contains("payload")).count(), 1, "{}", out.stderr);
    assert_eq!(server.requests().len(), 0);

    // Problems in `--cli-input-json` too: unknown members, wrong types.
    let input = r#"{"catalog": 7, "handshakeType": "START_SERVICE_PERIOD", "associatedResourceIdentifier": "pma-0123456789abc", "colour": "red"}"#;
    let out = cli(&["create-channel-handshake", "--cli-input-json", input], &env(&server.url)).await;
    assert_eq!(out.code, 252, "{out:?}");
    assert!(out.stderr.contains("`colour` is not a member of this shape"), "{}", out.stderr);
    assert!(out.stderr.contains("`catalog` expected string"), "{}", out.stderr);

    // An input that cannot be read is one problem, not one per member it would have held.
    let out =
        cli(&["create-channel-handshake", "--cli-input-json", "file:///surely/not/here.json"], &env(&server.url)).await;
    assert_eq!(out.code, 252, "{out:?}");
    let lines: Vec<&str> = out.stderr.lines().skip(2).collect();
    assert_eq!(lines.len(), 1, "{}", out.stderr);
    assert!(lines[0].starts_with("`--cli-input-json`: cannot read `/surely/not/here.json`"), "{}", out.stderr);
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn unknown_operations_and_options_exit_252() {
    let out = cli(&["create-channel-handshakes"], &[]).await;
    assert_eq!(out.code, 252);
    assert!(out.stderr.contains("`create-channel-handshakes` is not an operation of partnercentral-channel"));
    assert!(out.stderr.contains("  create-channel-handshake\n"), "{}", out.stderr);
    let out = cli(&[], &[]).await;
    assert_eq!(out.code, 252);
    // Paging options belong to list operations.
    let out = cli(&["get-relationship", "--max-items", "3", "--catalog", "AWS"], &[]).await;
    assert_eq!(out.code, 252);
    assert!(out.stderr.contains("unknown option `--max-items`"), "{}", out.stderr);
}

#[tokio::test]
async fn missing_credentials_or_region_exit_253_and_nothing_is_sent() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let no_credentials: Vec<_> = env(&server.url).into_iter().filter(|(k, _)| !k.contains("KEY")).collect();
    let out = cli(CREATE, &no_credentials).await;
    assert_eq!(out.code, 253, "{out:?}");
    assert!(out.stderr.contains("credentials"), "{}", out.stderr);

    let no_region: Vec<_> = env(&server.url).into_iter().filter(|(k, _)| *k != "AWS_REGION").collect();
    let out = cli(CREATE, &no_region).await;
    assert_eq!(out.code, 253, "{out:?}");
    assert!(out.stderr.contains("no region"), "{}", out.stderr);
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_service_error_exits_254_with_the_aws_cli_message() {
    let endpoint = endpoint().await;
    let mut args = CREATE.to_vec();
    args[4] = "Taken";
    let out = cli(&args, &env(&endpoint.url())).await;
    assert_eq!(out.code, 254, "{out:?}");
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "\nAn error occurred (ConflictException) when calling the CreateChannelHandshake operation: \
         a handshake for pma-0123456789abc is already pending\n"
    );
}

#[tokio::test]
async fn connection_refused_exits_255() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let out = cli(CREATE, &env(&url)).await;
    assert_eq!(out.code, 255, "{out:?}");
    assert!(out.stderr.contains("could not connect"), "{}", out.stderr);
}

/// The input CREATE gives, as sent.
fn sent_without_token(server: &Server) -> Value {
    let mut body = server.requests().last().unwrap().json();
    let token = body.as_object_mut().unwrap().remove("clientToken");
    assert!(token.is_some_and(|t| t.as_str().is_some_and(|t| t.len() == 36)), "the token is filled");
    body
}

#[tokio::test]
async fn cli_input_json_inline_or_from_a_file_and_flags_over_it() {
    let server =
        Server::start(vec![Reply::json(200, r#"{"channelHandshakeDetail": {"id": "ch-0123456789abc"}}"#)]).await;
    let input = json!({
        "handshakeType": "START_SERVICE_PERIOD",
        "catalog": "Sandbox",
        "associatedResourceIdentifier": PMA,
        "tags": [{"key": "team", "value": "ops"}],
    });
    let out = cli(&["create-channel-handshake", "--cli-input-json", &input.to_string()], &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.json(), json!({"channelHandshakeDetail": {"id": "ch-0123456789abc"}}));
    assert_eq!(sent_without_token(&server), input);

    let path = std::env::temp_dir().join(format!("aws-operation-cli-input-{}.json", std::process::id()));
    std::fs::write(&path, input.to_string()).unwrap();
    let file = format!("file://{}", path.display());
    let out = cli(&["create-channel-handshake", "--cli-input-json", &file], &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(sent_without_token(&server), input);

    // Flags replace whole top-level members; the rest comes from the JSON.
    let payload = json!({"revokeServicePeriodPayload": {"programManagementAccountIdentifier": PMA}});
    let args = [
        "create-channel-handshake",
        "--cli-input-json",
        &file,
        "--catalog",
        "AWS",
        "--handshake-type=REVOKE_SERVICE_PERIOD",
        "--payload",
        &payload.to_string(),
        "--tags",
        r#"{"key": "a", "value": "1"}"#,
        r#"{"key": "b", "value": "2"}"#,
    ];
    let out = cli(&args, &env(&server.url)).await;
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        sent_without_token(&server),
        json!({
            "handshakeType": "REVOKE_SERVICE_PERIOD",
            "catalog": "AWS",
            "associatedResourceIdentifier": PMA,
            "payload": payload,
            "tags": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}],
        })
    );
    assert_eq!(server.requests().len(), 3);
}

fn page(ids: &[&str], next: Option<&str>) -> Reply {
    let items: Vec<_> = ids.iter().map(|id| json!({"id": id, "catalog": "AWS"})).collect();
    let mut body = json!({ "items": items });
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Reply::json(200, &body.to_string())
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("ch-{i:013}")).collect()
}

async fn three_pages() -> Server {
    let ids = ids(5);
    Server::start(vec![
        page(&[&ids[0], &ids[1]], Some("t1")),
        page(&[&ids[2], &ids[3]], Some("t2")),
        page(&[&ids[4]], None),
    ])
    .await
}

const LIST: &[&str] = &[
    "list-channel-handshakes",
    "--handshake-type",
    "START_SERVICE_PERIOD",
    "--catalog",
    "AWS",
    "--participant-type",
    "SENDER",
];

fn listed(out: &Outcome) -> Vec<String> {
    let items = out.json()["items"].as_array().cloned().unwrap_or_default();
    items.iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn list_operations_page_through_and_merge_items() {
    let server = three_pages().await;
    let mut args = LIST.to_vec();
    args.extend(["--page-size", "2"]);
    let out = cli(&args, &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(listed(&out), ids(5));
    assert!(out.json().get("nextToken").is_none(), "{}", out.stdout);
    let sent: Vec<Value> = server.requests().iter().map(support::Recorded::json).collect();
    assert_eq!(sent.len(), 3);
    for (request, token) in sent.iter().zip([None, Some("t1"), Some("t2")]) {
        assert_eq!(request["nextToken"].as_str(), token);
        assert_eq!(request["maxResults"], json!(2));
        assert_eq!(request["participantType"], json!("SENDER"));
    }
}

#[tokio::test]
async fn no_paginate_prints_the_first_page_with_its_token() {
    let server = three_pages().await;
    let mut args = LIST.to_vec();
    args.push("--no-paginate");
    let out = cli(&args, &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(listed(&out), ids(2));
    assert_eq!(out.json()["nextToken"], json!("t1"));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn max_items_stops_early_and_starting_token_resumes_mid_page() {
    let server = three_pages().await;
    let mut args = LIST.to_vec();
    args.extend(["--max-items", "3"]);
    let out = cli(&args, &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(listed(&out), ids(3));
    let resume = out.json()["NextToken"].as_str().unwrap().to_owned();
    assert_eq!(server.requests().len(), 2);

    // The page it stopped in is asked for again, and its first item skipped.
    let ids = ids(5);
    let server = Server::start(vec![page(&[&ids[2], &ids[3]], Some("t2")), page(&[&ids[4]], None)]).await;
    let mut args = LIST.to_vec();
    args.extend(["--starting-token", &resume]);
    let out = cli(&args, &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(listed(&out), ids[3..]);
    let tokens: Vec<Value> = server.requests().iter().map(|r| r.json()["nextToken"].clone()).collect();
    assert_eq!(tokens, [json!("t1"), json!("t2")]);
}

#[tokio::test]
async fn generate_cli_skeleton_prints_the_input_and_sends_nothing() {
    let out = cli(&["create-channel-handshake", "--generate-cli-skeleton"], &[]).await;
    assert_eq!(out.code, 0, "{out:?}");
    let skeleton = out.json();
    assert_eq!(skeleton["catalog"], json!(""));
    assert_eq!(skeleton["handshakeType"], json!("START_SERVICE_PERIOD"));
    assert_eq!(skeleton["tags"], json!([{"key": "", "value": ""}]));
    assert_eq!(skeleton["payload"]["startServicePeriodPayload"]["endDate"], json!("1970-01-01T00:00:00Z"));
    let keys: Vec<&str> =
        out.stdout.lines().filter(|l| l.starts_with("    \"")).map(|l| l[5..].split('"').next().unwrap()).collect();
    assert_eq!(keys, ["handshakeType", "catalog", "associatedResourceIdentifier", "payload", "clientToken", "tags"]);

    let out = cli(&["list-channel-handshakes", "--generate-cli-skeleton", "output"], &[]).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.json()["items"][0]["senderDisplayName"], json!("senderDisplayName"));
}

#[tokio::test]
async fn help_lists_operations_and_members() {
    let out = cli(&["help"], &[]).await;
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stdout.lines().filter(|l| l.starts_with("  ") && !l.starts_with("   ") && !l.contains("--")).count(),
        21
    );
    let out = cli(&["list-channel-handshakes", "help"], &[]).await;
    assert_eq!(out.code, 0);
    for expected in
        ["--handshake-type <enum HandshakeType>", "--max-results <integer>", "range 1..100", "--no-paginate"]
    {
        assert!(out.stdout.contains(expected), "missing {expected:?} in\n{}", out.stdout);
    }
}

#[tokio::test]
async fn debug_shows_the_exchange_with_secrets_redacted() {
    let endpoint = endpoint().await;
    let mut args = CREATE.to_vec();
    args.push("--debug");
    let out = cli(&args, &env(&endpoint.url())).await;
    assert_eq!(out.code, 0, "{out:?}");
    let log = &out.stderr;
    for expected in [
        "[debug] request: POST http://127.0.0.1:",
        "x-amz-target: PartnerCentralChannel.CreateChannelHandshake\n",
        &format!("Credential={ACCESS_KEY}/"),
        "Signature=** redacted **",
        "x-amz-security-token: ** redacted **",
        "\"catalog\":\"Sandbox\"",
        "[debug] response: 200",
        "x-amzn-requestid: local-",
        "[debug] request id: local-",
    ] {
        assert!(log.contains(expected), "missing {expected:?} in\n{log}");
    }
    assert!(!log.contains(SECRET) && !log.contains(TOKEN), "{log}");
    assert_eq!(log.matches("Signature=").count(), log.matches("Signature=** redacted **").count(), "{log}");
}

#[tokio::test]
async fn debug_hides_sensitive_members() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let payload = json!({"managedServicesAttestationPayload": {
        "legalEntityName": "Acme Holdings",
        "relationshipIdentifier": "rs-0123456789abc",
        "programManagementAccountIdentifier": PMA,
        "memberAccountIds": ["111122223333"],
        "endDate": "2026-12-31T00:00:00Z",
        "supportedServices": ["MONITORING"],
        "legalEntityAddress": {
            "city": "Springfield", "stateOrRegion": "IL", "postalCode": "62701", "countryCode": "US",
            "addressLine": "1 Main St",
        },
        "signatoryName": "Jane Doe",
        "signatoryEmail": "jane@example.com",
    }});
    let args = [
        "create-channel-contract",
        "--contract-type",
        "MANAGED_SERVICES_ATTESTATION",
        "--catalog",
        "AWS",
        "--payload",
        &payload.to_string(),
        "--debug",
    ];
    let out = cli(&args, &env(&server.url)).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(server.requests()[0].json()["payload"], payload, "sent as given");
    let log = &out.stderr;
    assert!(log.contains("\"legalEntityName\":\"** redacted **\""), "{log}");
    assert!(log.contains("\"legalEntityAddress\":\"** redacted **\""), "{log}");
    for secret in ["Acme Holdings", "Springfield", "Jane Doe", "jane@example.com"] {
        assert!(!log.contains(secret), "{secret} in\n{log}");
    }
    assert!(log.contains("\"memberAccountIds\":[\"111122223333\"]"), "{log}");
}

/// The example binary, built as `cargo build --example` builds it next to this test.
#[tokio::test(flavor = "multi_thread")]
async fn the_example_binary_makes_one_call() {
    let profile = if cfg!(debug_assertions) { vec![] } else { vec!["--release"] };
    let started = Instant::now();
    let mut build = std::process::Command::new(env!("CARGO"));
    build
        .args(["build", "-q", "--example", "partnercentral-channel"])
        .args(profile)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    // What cargo sets for this test is not the user's environment: build scripts that watch
    // such variables (ring's watches CARGO_MANIFEST_DIR) would run again and rebuild half the tree.
    for (name, _) in std::env::vars() {
        let set_by_cargo =
            ["CARGO_MANIFEST_", "CARGO_PKG_", "CARGO_CRATE_NAME", "CARGO_PRIMARY_PACKAGE", "CARGO_TARGET_TMPDIR"];
        if set_by_cargo.iter().any(|prefix| name.starts_with(prefix)) {
            build.env_remove(name);
        }
    }
    let build = build.status().unwrap();
    assert!(build.success());
    eprintln!("cargo build --example: {:?}", started.elapsed());
    let deps = std::env::current_exe().unwrap();
    let binary = deps.parent().unwrap().parent().unwrap().join("examples").join("partnercentral-channel");
    let endpoint = endpoint().await;
    let url = endpoint.url();
    let (out, elapsed) = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let mut command = std::process::Command::new(binary);
        command.args(CREATE).env_clear().env("HOME", "/nonexistent");
        for (k, v) in env(&url) {
            command.env(k, v);
        }
        let out = command.output().unwrap();
        (out, started.elapsed())
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("\"id\": \"ch-0123456789abc\""), "{stdout}");
    eprintln!("one call through the example binary: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(10));
}
