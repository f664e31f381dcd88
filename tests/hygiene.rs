//! Secrets and input hygiene: what the runtime and the command print never shows a secret, and
//! what they send cannot be bent by the values they are given.
//!
//! - `Debug` and `Display` of credentials, configs, clients, signed requests, errors of every
//!   kind and sensitive shapes never show the secret key, the session token, the signature or a
//!   sensitive member's value;
//! - the command's `--debug` log and its error messages, and everything the runtime's
//!   dependencies log (`log` records and `tracing` events, captured here at every level), never
//!   show them either, while `Authorization` keeps its scope and `X-Amz-Security-Token` its name;
//! - a header value with CR or LF (an application name, a session token) fails the call before
//!   anything is sent;
//! - plain `http` endpoints are accepted only on loopback, unless explicitly allowed.

mod support;

use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use aws_operation::env::Env;
use aws_operation::error::ConfigError;
use aws_operation::http::{HttpRequest, redacted};
use aws_operation::shape::{self, Mode};
use aws_operation::sign::{self, Scheme, SigningParams, SigningSettings};
use aws_operation::{Config, Credentials, DateTime, Error, UnknownMember, aws_operation, aws_service, aws_shape};
use aws_operation_local_endpoint::LocalEndpoint;
use aws_operation_partnercentral_channel::channel_contracts::{
    Address, ChannelContractDetail, ChannelContractDetails, ChannelContractPayload, ChannelContractStatus,
    ChannelContractType, CreateChannelContract, CreateChannelContractDetail, CreateChannelContractOutput,
    GetChannelContract, GetChannelContractOutput, ManagedServicesAttestationDetails, ManagedServicesAttestationPayload,
    ManagedServicesSupportedService,
};
use aws_operation_partnercentral_channel::{PartnerCentralChannel, operations};
use serde_json::{Value, json};
use support::{Reply, Server};

const ACCESS_KEY: &str = "AKIDHYGIENE";
const SECRET: &str = "hygiene-secret-access-key-8d1f";
const TOKEN: &str = "hygiene-session-token-77c0";

/// The sensitive values the shapes below carry; none may be printed.
const SENSITIVE: &[&str] = &[
    "Acme Hidden Holdings",
    "Quietville",
    "Lowland Province",
    "90210-7",
    "7 Hidden Lane",
    "Suite Secret",
    "Jane Hidden",
    "jane.hidden@example.com",
    "hunter2-password",
    "pin-4321-detail",
    "union-secret-5150",
    "variant-secret-6060",
];

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY, SECRET, Some(TOKEN.to_owned()), None)
}

/// Fails if `text` shows a secret, the session token, one of `signatures` or a sensitive value.
#[track_caller]
fn assert_clean(what: &str, text: &str, signatures: &[String]) {
    for secret in [SECRET, TOKEN].iter().copied().chain(SENSITIVE.iter().copied()) {
        assert!(!text.contains(secret), "{what} shows `{secret}`:\n{text}");
    }
    for signature in signatures {
        assert!(!text.contains(signature.as_str()), "{what} shows the signature {signature}:\n{text}");
    }
    // Whatever follows `Signature=` is redacted, wherever it is printed.
    for (i, _) in text.match_indices("Signature=") {
        let rest = &text[i + "Signature=".len()..];
        assert!(rest.starts_with("** redacted **"), "{what} shows a signature:\n{text}");
    }
}

/// `Debug`, alternate `Debug` and `Display` (with every source) of an error.
fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = format!("{e:?}\n{e:#?}\n{e}");
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(&format!("\n{s}\n{s:?}"));
        source = s.source();
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Everything the dependencies log: `log` records and `tracing` events at every level
// ---------------------------------------------------------------------------------------------

fn captured() -> &'static Mutex<String> {
    static CAPTURED: OnceLock<Mutex<String>> = OnceLock::new();
    CAPTURED.get_or_init(Mutex::default)
}

fn capture(line: String) {
    if let Ok(mut all) = captured().lock() {
        all.push_str(&line);
        all.push('\n');
    }
}

struct Logger;

impl log::Log for Logger {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        capture(format!("log {} {}: {}", record.level(), record.target(), record.args()));
    }
    fn flush(&self) {}
}

/// A `tracing` subscriber that keeps every field of every span and event.
struct Tracer;

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl tracing::Subscriber for Tracer {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Fields(format!("span {}:", span.metadata().target()));
        span.record(&mut fields);
        capture(fields.0);
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut fields = Fields("span record:".to_owned());
        values.record(&mut fields);
        capture(fields.0);
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Fields(format!("event {} {}:", event.metadata().level(), event.metadata().target()));
        event.record(&mut fields);
        capture(fields.0);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// Installs the logger and the subscriber, once for the whole test binary.
fn capture_logs() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        static LOGGER: Logger = Logger;
        let _ = log::set_logger(&LOGGER);
        log::set_max_level(log::LevelFilter::Trace);
        let _ = tracing::subscriber::set_global_default(Tracer);
    });
}

// ---------------------------------------------------------------------------------------------
// Credentials, config, client
// ---------------------------------------------------------------------------------------------

#[test]
fn credentials_show_their_key_id_only() {
    let credentials = credentials();
    for text in [format!("{credentials:?}"), format!("{credentials:#?}")] {
        assert_clean("Credentials", &text, &[]);
        assert!(text.contains(ACCESS_KEY), "{text}");
    }
}

/// A credentials file of its own under the temp dir, removed on drop.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> Self {
        let path = std::env::temp_dir().join(format!("aws-operation-hygiene-{name}-{}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        Self(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn configs_builders_and_clients_hide_the_credentials() {
    let builder = Config::builder().region("us-east-1").credentials(credentials()).endpoint_url("https://x.example");
    assert_clean("ConfigBuilder", &format!("{builder:?}"), &[]);
    let config = builder.build().unwrap();
    let client = PartnerCentralChannel::new(&config).unwrap();
    for text in [format!("{config:?}"), format!("{config:#?}"), format!("{client:?}")] {
        assert_clean("Config", &text, &[]);
    }

    // From the environment and the shared files, secrets in both.
    let file = TempFile::new(
        "credentials",
        &format!(
            "[default]\naws_access_key_id = {ACCESS_KEY}\naws_secret_access_key = {SECRET}\naws_session_token = {TOKEN}\n"
        ),
    );
    let env = Env::from_pairs([
        ("AWS_SHARED_CREDENTIALS_FILE", file.0.display().to_string()),
        ("AWS_CONFIG_FILE", "/nonexistent/aws-operation-hygiene".to_owned()),
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY.to_owned()),
        ("AWS_SECRET_ACCESS_KEY", SECRET.to_owned()),
        ("AWS_SESSION_TOKEN", TOKEN.to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
    ]);
    assert_clean("Env", &format!("{env:?}"), &[]);
    let builder = Config::from_env().env(env);
    assert_clean("ConfigBuilder from_env", &format!("{builder:?}"), &[]);
    let config = builder.build().unwrap();
    let client = PartnerCentralChannel::new(&config).unwrap();
    for text in [format!("{config:?}"), format!("{config:#?}"), format!("{client:?}")] {
        assert_clean("Config from_env", &text, &[]);
    }
}

// ---------------------------------------------------------------------------------------------
// Signed requests, and what signing logs
// ---------------------------------------------------------------------------------------------

fn signed_request(url: &str) -> (HttpRequest, String) {
    let mut request = HttpRequest::new("POST", url);
    request.set_header("content-type", "application/x-amz-json-1.0");
    request.set_header("x-amz-target", "PartnerCentralChannel.GetChannelContract");
    request.body = r#"{"catalog":"AWS","identifier":"cc-0123456789abc"}"#.into();
    let credentials = credentials();
    let params = SigningParams {
        credentials: &credentials,
        scheme: Scheme::SigV4 { region: "us-east-1" },
        signing_name: "partnercentral-channel",
        time: SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600),
        settings: SigningSettings::default(),
    };
    assert_clean("SigningParams", &format!("{params:?}"), &[]);
    sign::sign(&mut request, &params).unwrap();
    let authorization = request.header("authorization").unwrap().to_owned();
    let signature = authorization.split_once("Signature=").unwrap().1.to_owned();
    assert_eq!(signature.len(), 64, "{authorization}");
    assert_eq!(request.header("x-amz-security-token"), Some(TOKEN));
    (request, signature)
}

#[test]
fn signed_requests_hide_the_signature_and_the_token() {
    let (request, signature) = signed_request("https://partnercentral-channel.global.api.aws/");
    let signatures = [signature];
    for text in [format!("{request:?}"), format!("{request:#?}"), redacted(&request.headers)] {
        assert_clean("a signed request", &text, &signatures);
        assert!(
            text.contains("Credential=AKIDHYGIENE/20260101/us-east-1/partnercentral-channel/aws4_request"),
            "{text}"
        );
        assert!(text.contains("x-amz-security-token"), "the header is named: {text}");
    }
}

#[test]
fn signing_logs_and_traces_hide_the_signature_and_the_token() {
    capture_logs();
    // Plain requests, and others (a query, an escaped path) that go through aws-sigv4, which
    // traces what it signs.
    let signatures: Vec<String> = ["https://x.example/", "https://x.example/?b=2&a=1", "https://x.example/a%20b/./c"]
        .into_iter()
        .map(|url| signed_request(url).1)
        .collect();
    let log = captured().lock().unwrap().clone();
    assert!(log.contains("aws_sigv4"), "the capture sees aws-sigv4's traces, so it would see a leak:\n{log}");
    assert_clean("what signing logs and traces", &log, &signatures);
}

// ---------------------------------------------------------------------------------------------
// Sensitive shapes
// ---------------------------------------------------------------------------------------------

fn address() -> Address {
    Address {
        city: "Quietville".into(),
        state_or_region: "Lowland Province".into(),
        postal_code: "90210-7".into(),
        country_code: "US".into(),
        address_line: "7 Hidden Lane".into(),
        address_line2: Some("Suite Secret".into()),
    }
}

fn attestation() -> ManagedServicesAttestationPayload {
    ManagedServicesAttestationPayload {
        legal_entity_name: "Acme Hidden Holdings".into(),
        relationship_identifier: "rs-0123456789abc".into(),
        program_management_account_identifier: "pma-0123456789abc".into(),
        member_account_ids: Some(vec!["111122223333".into()]),
        end_date: DateTime::from_secs(1_798_675_200),
        supported_services: vec![ManagedServicesSupportedService::Monitoring],
        legal_entity_address: address(),
        signatory_name: "Jane Hidden".into(),
        signatory_email: "jane.hidden@example.com".into(),
    }
}

fn create_contract() -> CreateChannelContract {
    CreateChannelContract {
        contract_type: ChannelContractType::ManagedServicesAttestation,
        catalog: "AWS".into(),
        payload: ChannelContractPayload::ManagedServicesAttestationPayload(attestation()),
        client_token: Some("token-1".into()),
        tags: None,
    }
}

fn contract_output() -> GetChannelContractOutput {
    let a = attestation();
    GetChannelContractOutput {
        channel_contract_detail: Some(ChannelContractDetail {
            id: "cc-0123456789abc".into(),
            arn: "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-contract/cc-0123456789abc".into(),
            catalog: "AWS".into(),
            contract_type: ChannelContractType::ManagedServicesAttestation,
            status: ChannelContractStatus::Accepted,
            created_at: DateTime::from_secs(1_767_225_600),
            updated_at: DateTime::from_secs(1_767_225_600),
            responded_at: None,
            cancellation_reason: None,
            details: ChannelContractDetails::ManagedServicesAttestationDetails(ManagedServicesAttestationDetails {
                legal_entity_name: a.legal_entity_name,
                relationship_identifier: a.relationship_identifier,
                program_management_account_identifier: a.program_management_account_identifier,
                member_account_ids: a.member_account_ids,
                end_date: a.end_date,
                supported_services: a.supported_services,
                signatory_name: a.signatory_name,
                signatory_email: a.signatory_email,
                legal_entity_address: Some(a.legal_entity_address),
            }),
        }),
    }
}

#[test]
fn sensitive_shapes_and_members_are_redacted_in_debug() {
    let texts = [
        format!("{:?}", address()),
        format!("{:#?}", address()),
        format!("{:?}", attestation()),
        format!("{:?}", create_contract()),
        format!("{:#?}", create_contract()),
        format!("{:?}", contract_output()),
        format!("{:#?}", contract_output()),
    ];
    for text in &texts {
        assert_clean("a sensitive shape", text, &[]);
        assert!(text.contains("*** Sensitive Data Redacted ***"), "{text}");
    }
    // What is not sensitive stays visible.
    assert!(texts[2].contains("rs-0123456789abc") && texts[2].contains("111122223333"), "{}", texts[2]);
}

// ---------------------------------------------------------------------------------------------
// Errors of every kind
// ---------------------------------------------------------------------------------------------

/// A service whose error and output carry sensitive members, reached through its endpoint URL.
#[aws_service(
    id = "Hygiene",
    protocol = "awsJson1_0",
    target_prefix = "Hygiene",
    signing_name = "hygiene",
    api_version = "2024-01-01",
    endpoint_rules = "services/partnercentral-channel/endpoint-rule-set-1.json"
)]
pub struct Hygiene;

/// An error whose message and detail are sensitive.
#[aws_shape(error)]
pub struct SecretException {
    /// The message: sensitive.
    #[aws(sensitive)]
    pub message: String,
    /// A sensitive detail.
    #[aws(sensitive)]
    pub detail: Option<String>,
    /// Not sensitive.
    pub reason: Option<String>,
}

/// An output with sensitive members.
#[aws_shape]
pub struct Revealed {
    /// Sensitive.
    #[aws(sensitive)]
    pub pin: Option<i32>,
    /// Sensitive.
    #[aws(sensitive)]
    pub note: Option<String>,
}

/// An operation with sensitive input.
#[aws_operation(service = Hygiene, operation = "Reveal", output = Revealed, errors = [SecretException])]
pub struct Reveal {
    /// Sensitive, at most 8 characters of no spaces.
    #[aws(sensitive, length(max = 8), pattern = "^[^ ]*$")]
    pub password: String,
}

fn hygiene_client(url: &str) -> Hygiene {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(url)
        .max_attempts(1)
        .build()
        .unwrap();
    Hygiene::new(&config).unwrap()
}

#[tokio::test]
async fn invalid_input_errors_name_the_member_not_its_value() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = hygiene_client(&server.url);
    let error = client.send(Reveal { password: "hunter2-password and more".into() }).await.unwrap_err();
    assert!(matches!(error, Error::InvalidInput(_)), "{error:?}");
    let text = error_text(&error);
    assert_clean("an invalid input error", &text, &[]);
    assert!(text.contains("`password` length must be at most 8") && text.contains("`password` must match"), "{text}");

    let mut contract = create_contract();
    let ChannelContractPayload::ManagedServicesAttestationPayload(p) = &mut contract.payload else { unreachable!() };
    p.legal_entity_name = "Acme Hidden Holdings\u{1}".into();
    p.legal_entity_address.postal_code = "90210-7 and far too long".into();
    let partner = PartnerCentralChannel::new(
        &Config::builder().region("us-east-1").credentials(credentials()).endpoint_url(&server.url).build().unwrap(),
    )
    .unwrap();
    let error = partner.send(contract).await.unwrap_err();
    assert_clean("an invalid input error", &error_text(&error), &[]);
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[test]

fn input_read_from_json_reports_sensitive_members_without_their_values() {
    // Values of the wrong type in sensitive members (a sensitive structure's, and sensitive
    // members'): the problem is reported with the member's path, the value is not.
    let input = json!({
        "contractType": "MANAGED_SERVICES_ATTESTATION",
        "catalog": "AWS",
        "payload": {"managedServicesAttestationPayload": {
            "legalEntityName": ["Acme Hidden Holdings"],
            "relationshipIdentifier": "rs-0123456789abc",
            "programManagementAccountIdentifier": "pma-0123456789abc",
            "endDate": "2026-12-31T00:00:00Z",
            "supportedServices": ["MONITORING"],
            "legalEntityAddress": {
                "city": "Quietville", "stateOrRegion": "Lowland Province", "postalCode": 902107,
                "countryCode": "US", "addressLine": "7 Hidden Lane", "addressLine2": false,
            },
            "signatoryName": {"first": "Jane Hidden"},
            "signatoryEmail": 4321,
        }},
    });
    let problems = shape::read_input::<CreateChannelContract>(&input).unwrap_err();
    let text = format!("{problems}\n{problems:?}");
    assert_clean("input problems", &text, &[]);
    for number in ["902107", "4321"] {
        assert!(!text.contains(number), "a sensitive number is shown: {text}");
    }
    assert!(text.contains("legalEntityAddress.postalCode"), "{text}");
}

/// A sensitive union, as Bedrock's `ImageSource`: the macro writes its `Debug`.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum SecretSource {
    /// At most 8 characters.
    #[aws(length(max = 8))]
    Text(String),
    /// From 1 to 9.
    #[aws(range(min = 1, max = 9))]
    Pin(i32),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// A union with one sensitive member.
#[aws_shape(union)]
#[derive(Clone, PartialEq)]
pub enum Hint {
    /// Not sensitive.
    Public(String),
    /// Sensitive, of no spaces.
    #[aws(sensitive, pattern = "^[^ ]*$")]
    Secret(String),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// An operation whose input holds the unions above, neither member marked sensitive.
#[aws_operation(service = Hygiene, operation = "Conceal", output = Revealed)]
pub struct Conceal {
    /// A sensitive union.
    pub source: Option<SecretSource>,
    /// A union with a sensitive member.
    pub hint: Option<Hint>,
}

#[test]
fn sensitive_unions_and_union_members_are_redacted_in_debug() {
    let secret = SecretSource::Text("union-secret-5150".into());
    let hint = Hint::Secret("variant-secret-6060".into());
    let texts = [
        format!("{secret:?}"),
        format!("{secret:#?}"),
        format!("{:?}", SecretSource::Pin(86753)),
        format!("{hint:?}"),
        format!("{hint:#?}"),
        format!("{:?}", Conceal { source: Some(secret.clone()), hint: Some(hint.clone()) }),
    ];
    for text in &texts {
        assert_clean("a sensitive union", text, &[]);
        assert!(!text.contains("86753"), "{text}");
        assert!(text.contains("*** Sensitive Data Redacted ***"), "{text}");
    }
    assert_eq!(texts[0], "SecretSource(*** Sensitive Data Redacted ***)");
    assert_eq!(texts[3], "Secret(*** Sensitive Data Redacted ***)");
    // What is not sensitive stays visible, as `derive(Debug)` would show it.
    assert_eq!(format!("{:?}", Hint::Public("visible".into())), "Public(\"visible\")");
}

#[tokio::test]
async fn union_members_breaking_their_constraints_are_reported_without_their_values() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = hygiene_client(&server.url);
    for (input, expected) in [
        (
            Conceal { source: Some(SecretSource::Text("union-secret-5150".into())), hint: None },
            "`source.text` length must be at most 8, got 17",
        ),
        (
            Conceal { source: Some(SecretSource::Pin(86753)), hint: None },
            "`source.pin` must be between 1 and 9, got *** Sensitive Data Redacted ***",
        ),
        (
            Conceal { source: None, hint: Some(Hint::Secret("variant-secret-6060 and more".into())) },
            "`hint.secret` must match the pattern `^[^ ]*$`",
        ),
    ] {
        let error = client.send(input).await.unwrap_err();
        let Error::InvalidInput(problems) = &error else { panic!("{error:?}") };
        assert_eq!(problems.iter().map(ToString::to_string).collect::<Vec<_>>(), [expected]);
        let text = error_text(&error);
        assert_clean("an invalid input error", &text, &[]);
        assert!(!text.contains("86753"), "{text}");
    }
    // Valid members of both unions go.
    let valid = Conceal { source: Some(SecretSource::Pin(7)), hint: Some(Hint::Public("in plain sight".into())) };
    if let Err(e) = client.send(valid).await {
        panic!("{e:?}");
    }
    assert_eq!(server.requests().len(), 1, "only the valid input was sent");
}

#[test]
fn unions_read_from_json_report_sensitive_values_without_them() {
    for (input, path) in [
        (json!({"source": {"text": ["union-secret-5150"]}}), "source.text"),
        (json!({"source": {"pin": 86753.5}}), "source.pin"),
        (json!({"hint": {"secret": 86753}}), "hint.secret"),
    ] {
        let problems = shape::read_input::<Conceal>(&input).unwrap_err();
        let text = format!("{problems}\n{problems:?}");
        assert_clean("input problems", &text, &[]);
        assert!(!text.contains("86753"), "{text}");
        assert!(problems.iter().any(|p| p.path == path), "{text}");
    }
    // Outside sensitive values, what was found is told.
    let problems = shape::read_input::<Conceal>(&json!({"hint": {"public": 86753}})).unwrap_err();
    assert!(format!("{problems}").contains("86753"), "{problems}");
}

#[tokio::test]

async fn service_errors_hide_sensitive_members_and_messages() {
    let body = json!({
        "__type": "SecretException",
        "message": "hunter2-password was wrong",
        "detail": "pin-4321-detail",
        "reason": "WRONG_PASSWORD",
    });
    let server = Server::start(vec![Reply::json(400, &body.to_string())]).await;
    let error = hygiene_client(&server.url).send(Reveal { password: "ok".into() }).await.unwrap_err();
    let Some(SecretException { message, .. }) = error.service_error().and_then(|e| match e {
        RevealError::SecretException(e) => Some(e),
        _ => None,
    }) else {
        panic!("{error:?}")
    };
    assert_eq!(message, "hunter2-password was wrong", "the program can still read it");
    let text = error_text(&error);
    assert!(text.contains("SecretException") && text.contains("WRONG_PASSWORD"), "{text}");
    assert_clean("a service error", &text, &[]);
}

#[tokio::test]

async fn unreadable_responses_do_not_echo_sensitive_members() {
    let server = Server::start(vec![Reply::json(200, r#"{"pin": "pin-4321-detail", "note": 42}"#)]).await;
    let error = hygiene_client(&server.url).send(Reveal { password: "ok".into() }).await.unwrap_err();
    assert!(matches!(error, Error::Response { .. }), "{error:?}");
    assert_clean("a response error", &error_text(&error), &[]);
}

#[tokio::test]
async fn outputs_with_sensitive_members_are_redacted() {
    let server = Server::start(vec![Reply::json(200, r#"{"pin": 4321, "note": "pin-4321-detail"}"#)]).await;
    let out = hygiene_client(&server.url).send(Reveal { password: "ok".into() }).await.unwrap();
    assert_eq!((out.pin, out.note.as_deref()), (Some(4321), Some("pin-4321-detail")));
    let text = format!("{out:?}");
    assert_clean("an output", &text, &[]);
    assert!(!text.contains("4321"), "{text}");
}

#[tokio::test]
async fn the_spans_and_events_of_calls_hide_secrets_and_sensitive_members() {
    capture_logs();
    let body =
        json!({"__type": "SecretException", "message": "hunter2-password was wrong", "detail": "pin-4321-detail"});
    let server = Server::start(vec![
        Reply::json(200, r#"{"pin": 4321, "note": "pin-4321-detail"}"#),
        Reply::json(400, &body.to_string()),
    ])
    .await;
    let client = hygiene_client(&server.url);
    client.send(Reveal { password: "hunter2-".into() }).await.unwrap();
    client.send(Reveal { password: "hunter2-".into() }).await.unwrap_err();
    client.send(Reveal { password: "hunter2-password and more".into() }).await.unwrap_err();
    let log = captured().lock().unwrap().clone();
    assert!(log.contains("otel.name=Hygiene.Reveal"), "the capture sees the calls' spans:\n{log}");
    assert!(log.contains("aws.retry_reason=\"not retryable\""), "and the attempts':\n{log}");
    assert_clean("the spans and events of calls", &log, &[]);
    assert!(!log.contains("hunter2-"), "the password reached a span or event:\n{log}");
}

#[tokio::test]
async fn config_and_transport_errors_hide_the_credentials() {
    // Credentials half set in the environment: the error names the variables, not the values.
    let env = Env::from_pairs([
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
        ("AWS_REGION", "us-east-1"),
        ("AWS_CONFIG_FILE", "/nonexistent/aws-operation-hygiene"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-operation-hygiene"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:9"),
        ("AWS_MAX_ATTEMPTS", "1"),
    ]);
    let client = Hygiene::new(&Config::from_env().env(env).build().unwrap()).unwrap();
    let error = client.send(Reveal { password: "ok".into() }).await.unwrap_err();
    assert!(matches!(error, Error::Config(ConfigError::Credentials(_))), "{error:?}");
    assert_clean("a credentials error", &error_text(&error), &[]);

    // Nothing listens on 127.0.0.1:9 (discard): a transport error.
    let error = hygiene_client("http://127.0.0.1:9").send(Reveal { password: "ok".into() }).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_clean("a transport error", &error_text(&error), &[]);
    let error = hygiene_client("http://192.0.2.1").send(Reveal { password: "ok".into() }).await.unwrap_err();
    assert_clean("an endpoint error", &error_text(&error), &[]);
}

// ---------------------------------------------------------------------------------------------
// The command: --debug, error messages
// ---------------------------------------------------------------------------------------------

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn cli(args: &[&str], url: &str) -> Outcome {
    let env = Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", url),
        ("AWS_MAX_ATTEMPTS", "1"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_CONFIG_FILE", "/nonexistent/aws-operation-hygiene"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-operation-hygiene"),
    ]);
    let args = args.iter().map(|a| (*a).to_owned()).collect();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(args, &operations(), env, &mut stdout, &mut stderr).await;
    Outcome { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

fn payload_json() -> String {
    json!({"managedServicesAttestationPayload": shape::to_json(&attestation()).parse::<Value>().unwrap()}).to_string()
}

fn signature_of(request: &support::Recorded) -> String {
    let authorization = request.header("authorization").expect("signed");
    authorization.split_once("Signature=").expect("a signature").1.to_owned()
}

#[tokio::test]
async fn the_debug_log_hides_secrets_signatures_and_sensitive_members() {
    capture_logs();
    let contract = shape::to_json(&contract_output());
    let validation = json!({
        "__type": "ValidationException", "message": "no", "reason": "REQUEST_VALIDATION_FAILED",
        "fieldList": [{"name": "payload", "code": "x", "message": "y"}],
    });
    let server = Server::start(vec![
        Reply::json(200, r#"{"channelContractDetail": {"id": "cc-0123456789abc"}}"#),
        Reply::json(200, &contract),
        Reply::json(400, &validation.to_string()).header("x-amzn-errortype", "ValidationException"),
    ])
    .await;
    let payload = payload_json();
    let create = [
        "create-channel-contract",
        "--contract-type",
        "MANAGED_SERVICES_ATTESTATION",
        "--catalog",
        "AWS",
        "--payload",
        &payload,
        "--debug",
    ];
    let get = ["get-channel-contract", "--catalog", "AWS", "--identifier", "cc-0123456789abc", "--debug"];
    let mut stderr = String::new();
    for (args, code) in [(&create[..], 0), (&get[..], 0), (&get[..], 254)] {
        let out = cli(args, &server.url).await;
        assert_eq!(out.code, code, "{}", out.stderr);
        stderr.push_str(&out.stderr);
        if args[0] == "get-channel-contract" && code == 0 {
            // The output itself is the user's data: printed in full.
            assert!(out.stdout.contains("Acme Hidden Holdings"), "{}", out.stdout);
        }
    }
    let signatures: Vec<String> = server.requests().iter().map(signature_of).collect();
    assert_eq!(signatures.len(), 3);
    assert_clean("the debug log", &stderr, &signatures);
    for expected in [
        "Credential=AKIDHYGIENE/",
        "Signature=** redacted **",
        "x-amz-security-token: ** redacted **",
        "\"legalEntityName\":\"** redacted **\"",
        "\"legalEntityAddress\":\"** redacted **\"",
        "[debug] response: 400",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in\n{stderr}");
    }
    assert_clean("what the dependencies log", &captured().lock().unwrap(), &signatures);
}

#[tokio::test]
async fn the_debug_log_against_the_local_endpoint_hides_secrets() {
    let endpoint = LocalEndpoint::<PartnerCentralChannel>::new(credentials())
        .handle(|_: CreateChannelContract| async {
            Ok(CreateChannelContractOutput {
                channel_contract_detail: Some(CreateChannelContractDetail {
                    id: Some("cc-0123456789abc".into()),
                    arn: None,
                }),
            })
        })
        .handle(|_: GetChannelContract| async { Ok(contract_output()) })
        .start()
        .await
        .unwrap();
    let payload = payload_json();
    let url = endpoint.url();
    let mut stderr = String::new();
    for args in [
        &[
            "create-channel-contract",
            "--contract-type",
            "MANAGED_SERVICES_ATTESTATION",
            "--catalog",
            "AWS",
            "--payload",
            &payload,
            "--debug",
        ][..],
        &["get-channel-contract", "--catalog", "AWS", "--identifier", "cc-0123456789abc", "--debug"],
    ] {
        let out = cli(args, &url).await;
        assert_eq!(out.code, 0, "the endpoint checked the signature: {}", out.stderr);
        stderr.push_str(&out.stderr);
    }
    assert_eq!(endpoint.requests(), 2);
    assert_clean("the debug log", &stderr, &[]);
    assert!(stderr.contains("Signature=** redacted **") && stderr.contains("[debug] response: 200"), "{stderr}");
}

#[tokio::test]
async fn invalid_sensitive_parameters_are_reported_without_their_values() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let mut attestation: Value = shape::to_json(&attestation()).parse().unwrap();
    attestation["legalEntityName"] = json!("Acme Hidden Holdings\u{7}");
    attestation["signatoryEmail"] = json!("jane.hidden@example.com is not an address");
    attestation["legalEntityAddress"]["postalCode"] = json!("90210-7 and more than ten");
    let payload = json!({"managedServicesAttestationPayload": attestation}).to_string();
    let args = [
        "create-channel-contract",
        "--contract-type",
        "MANAGED_SERVICES_ATTESTATION",
        "--catalog",
        "AWS",
        "--payload",
        &payload,
        "--debug",
    ];
    let out = cli(&args, &server.url).await;
    assert_eq!(out.code, 252, "{}", out.stderr);
    assert!(out.stderr.contains("legalEntityName"), "{}", out.stderr);
    assert_clean("parameter validation", &format!("{}{}", out.stdout, out.stderr), &[]);
    assert!(server.requests().is_empty());
}

// ---------------------------------------------------------------------------------------------
// CR and LF in header values
// ---------------------------------------------------------------------------------------------

#[tokio::test]

async fn header_values_with_cr_or_lf_fail_the_call_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let base = || Config::builder().region("us-east-1").endpoint_url(&server.url).max_attempts(2);
    let cases: Vec<(&str, Config)> = vec![
        ("an application name", base().credentials(credentials()).app_name("app\r\nx-injected: yes").build().unwrap()),
        (
            "a session token",
            base()
                .credentials(Credentials::new(ACCESS_KEY, SECRET, Some(format!("{TOKEN}\r\nx-injected: yes")), None))
                .build()
                .unwrap(),
        ),
        (
            "an access key id",
            base().credentials(Credentials::new("AKID\nx-injected: yes", SECRET, None, None)).build().unwrap(),
        ),
        ("a bare LF", base().credentials(credentials()).app_name("app\nx-injected: yes").build().unwrap()),
        ("a bare CR", base().credentials(credentials()).app_name("app\rx-injected: yes").build().unwrap()),
    ];
    let mut not_rejected = Vec::new();
    for (what, config) in cases {
        let error = Hygiene::new(&config).unwrap().send(Reveal { password: "ok".into() }).await.unwrap_err();
        if !matches!(error, Error::Config(_) | Error::InvalidInput(_)) {
            not_rejected.push(format!("{what}: {error:?}"));
        }
        assert_clean(what, &error_text(&error), &[]);
    }
    assert!(server.requests().is_empty(), "a request was sent: {:?}", server.requests());
    // Rejected as what it is (bad configuration), not taken for a network failure and retried.
    assert!(not_rejected.is_empty(), "line breaks not rejected before sending:\n{}", not_rejected.join("\n"));
}

#[test]
fn a_request_refuses_header_values_with_cr_or_lf() {
    for value in ["a\r\nb", "a\nb", "a\rb"] {
        let mut request = HttpRequest::new("POST", "https://x.example/");
        request.set_header("user-agent", value);
        let credentials = credentials();
        let params = SigningParams {
            credentials: &credentials,
            scheme: Scheme::SigV4 { region: "us-east-1" },
            signing_name: "x",
            time: SystemTime::UNIX_EPOCH,
            settings: SigningSettings::default(),
        };
        // `user-agent` is not signed; the request still cannot be signed, so it is never sent.
        let result = sign::sign(&mut request, &params);
        assert!(result.is_err(), "{value:?} was signed: {request:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// https
// ---------------------------------------------------------------------------------------------

fn endpoint_check(url: &str, allow_http: bool) -> Result<String, ConfigError> {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(url)
        .allow_http(allow_http)
        .build()
        .unwrap();
    Hygiene::new(&config).unwrap().client().endpoint_url()
}

#[test]
fn plain_http_is_for_loopback_unless_allowed() {
    for url in
        ["https://x.example", "http://127.0.0.1:8080", "http://127.8.9.10/", "http://localhost:1", "http://[::1]:1"]
    {
        assert!(endpoint_check(url, false).is_ok(), "{url}");
    }
    for url in [
        "http://x.example",
        "HTTP://X.EXAMPLE",
        "http://10.0.0.1:8080",
        "http://192.168.1.1",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://[2001:db8::1]",
        "http://0.0.0.0:8080",
    ] {
        let error = endpoint_check(url, false).unwrap_err();
        assert!(matches!(error, ConfigError::InsecureEndpoint(_)), "{url}: {error:?}");
        assert!(error.to_string().contains("allow_http"), "{error}");
        assert!(endpoint_check(url, true).is_ok(), "{url} allowed");
    }
}

#[tokio::test]
async fn plain_http_to_another_host_sends_nothing() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let addr: std::net::SocketAddr = server.url.trim_start_matches("http://").parse().unwrap();
    let config = |allow: bool| {
        Config::builder()
            .region("us-east-1")
            .credentials(credentials())
            .endpoint_url("http://service.example")
            .connect_to(addr)
            .allow_http(allow)
            .build()
            .unwrap()
    };
    let error = Hygiene::new(&config(false)).unwrap().send(Reveal { password: "ok".into() }).await.unwrap_err();
    assert!(matches!(error, Error::Config(ConfigError::InsecureEndpoint(_))), "{error:?}");
    assert!(server.requests().is_empty());
    Hygiene::new(&config(true)).unwrap().send(Reveal { password: "ok".into() }).await.unwrap();
    assert_eq!(server.requests().len(), 1, "allowed explicitly");

    // The command says so, and exits 253.
    let arn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc";
    let out = cli(&["list-tags-for-resource", "--resource-arn", arn], "http://service.example").await;
    assert_eq!((out.code, out.stdout.as_str()), (253, ""), "{}", out.stderr);
    assert!(out.stderr.contains("plain http") && out.stderr.contains("allow_http"), "{}", out.stderr);
}

#[test]

fn decoding_reads_leniently_but_keeps_sensitive_values_out_of_problems() {
    // A response whose sensitive member has the wrong type gives a problem without the value.
    let problems = shape::from_json::<Revealed>(br#"{"pin": "pin-4321-detail"}"#, Mode::Lenient).unwrap_err();
    assert_clean("response problems", &format!("{problems}\n{problems:?}"), &[]);
}
