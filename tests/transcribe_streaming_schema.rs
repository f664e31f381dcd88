//! The hand-written Transcribe Streaming slice (`services/transcribe-streaming`) against the
//! service's Smithy model (smithy-rs' `transcribe-streaming.json`), with the checker of
//! tests/support/smithy_check.rs: the service's traits and its rule set, and the rule set's
//! endpoint tests through the client; `StartStreamTranscription` with its `http` trait, input
//! headers, event stream payloads, output headers and errors; every structure, union and enum it
//! reaches with its members or values, each member's name, required flag, sensitivity, HTTP or
//! event binding and the constraints of its target; every error's status and fault.
//! Documentation and Smithy's `default` values are not compared.

#[path = "support/model_check.rs"]
mod model_check;
#[path = "support/smithy_check.rs"]
mod smithy_check;

use aws_operation::error::ConfigError;
use aws_operation::schema::ShapeKind;
use aws_operation::{Config, Credentials};
use aws_operation_transcribe_streaming::*;
use model_check::Op;
use serde_json::Value;
use smithy_check::Check;

const MODEL: &str = include_str!("fixtures/transcribe-streaming/transcribe-streaming.json");
const ENDPOINT_TESTS: &str = include_str!("fixtures/transcribe-streaming/endpoint-tests-1.json");
const RULES: &str = include_str!("../services/transcribe-streaming/endpoint-rule-set-1.json");
const NAMESPACE: &str = "com.amazonaws.transcribestreaming";

/// The operations of the slice.
const OPERATIONS: [&str; 1] = ["StartStreamTranscription"];

/// Shapes the slice names apart from the model (Rust, model, why).
const RENAMED: [(&str, &str, &str); 1] =
    [("TranscriptResult", "Result", "a glob import of the crate would shadow std's `Result`")];

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL, NAMESPACE);
    check.service::<TranscribeStreaming>(RULES);
    check.finish();
}

#[test]
fn the_endpoint_tests_are_the_models() {
    let check = Check::new(MODEL, NAMESPACE);
    let tests: Value = serde_json::from_str(ENDPOINT_TESTS).unwrap();
    assert_eq!(&tests, &check.service_traits()["smithy.rules#endpointTests"]);
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_transcribe_streaming::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL, NAMESPACE).renamed(&RENAMED);
    check.operations(&ops, &OPERATIONS);
    let seen = check.finish();
    let count = |kind| seen.values().filter(|s| s.kind == kind).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    // 1 operation; 24 named shapes: 15 structures (the input, the output, 5 errors, 8 others),
    // 2 unions (both event streams) and 7 enums.
    assert_eq!(
        (ops.len(), seen.len(), count(ShapeKind::Structure), errors, count(ShapeKind::Union), count(ShapeKind::Enum)),
        (1, 24, 15, 5, 2, 7)
    );
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let errors = model_check::error_traits![
        BadRequestException,
        ConflictException,
        InternalFailureException,
        LimitExceededException,
        ServiceUnavailableException,
    ];
    let mut check = Check::new(MODEL, NAMESPACE);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

/// The config an SDK builds from an endpoint test case's parameters, all of them built-ins.
fn config_for(params: &Value) -> Result<Config, String> {
    let mut config = Config::builder();
    for (name, value) in params.as_object().into_iter().flatten() {
        let flag = || value.as_bool().ok_or(format!("{name} is not a boolean"));
        let text = || value.as_str().ok_or(format!("{name} is not a string"));
        config = match name.as_str() {
            "Region" => config.region(text()?),
            "UseFIPS" => config.use_fips(flag()?),
            "UseDualStack" => config.use_dual_stack(flag()?),
            "Endpoint" => config.endpoint_url(text()?),
            other => return Err(format!("parameter {other} is not mapped")),
        };
    }
    config.credentials(Credentials::new("AKIDTEST", "secret", None, None)).build().map_err(|e| e.to_string())
}

/// The cases whose expectation the partitions of 2022 gave, and today's do not: `aws-iso` did
/// not support dual-stack then (the rule set's error), and does now, with `api.aws.ic.gov` as
/// its dual-stack suffix (the runtime's `partitions.json`). The rule set is the same; these
/// cases are checked against the URL the current partitions give.
const PARTITION_CHANGED: [(&str, &str); 2] = [
    (
        "For region us-iso-east-1 with FIPS enabled and DualStack enabled",
        "https://transcribestreaming-fips.us-iso-east-1.api.aws.ic.gov",
    ),
    (
        "For region us-iso-east-1 with FIPS disabled and DualStack enabled",
        "https://transcribestreaming.us-iso-east-1.api.aws.ic.gov",
    ),
];

/// The model's endpoint tests of the rule set, each through a client built from the case's
/// parameters: the URL a `StartStreamTranscription` goes to, signed for `transcribe` in the
/// configured region (no case names headers or auth schemes), or the rule set's error verbatim;
/// the cases of [`PARTITION_CHANGED`] against today's URL.
#[tokio::test]
async fn endpoint_tests_resolve_through_the_client() {
    let tests: Value = serde_json::from_str(ENDPOINT_TESTS).unwrap();
    let input = StartStreamTranscription::builder()
        .media_sample_rate_hertz(16_000)
        .media_encoding(MediaEncoding::Pcm)
        .audio_stream(aws_operation::event_stream::EventStreamSender::default())
        .build()
        .unwrap();
    let (mut resolved, mut refused, mut changed, mut failed) = (0, 0, 0, Vec::new());
    for case in tests["testCases"].as_array().unwrap() {
        let params = case.get("params").cloned().unwrap_or_else(|| serde_json::json!({}));
        let got = match config_for(&params) {
            Err(e) => Err(e),
            Ok(config) => match TranscribeStreaming::new(&config) {
                Err(e) => Err(e.to_string()),
                Ok(client) => client.client().endpoint_for(&input).await.map_err(|e| match e {
                    ConfigError::Endpoint(e) => e.to_string(),
                    other => format!("not an endpoint error: {other}"),
                }),
            },
        };
        let documentation = case["documentation"].as_str().unwrap_or_default();
        let today = PARTITION_CHANGED.iter().find(|(doc, _)| *doc == documentation).map(|(_, url)| *url);
        let expect = &case["expect"];
        let url = today.or(expect["endpoint"]["url"].as_str());
        let error = expect["error"].as_str().filter(|_| today.is_none());
        let region = params["Region"].as_str();
        let outcome = match (got, error) {
            (Err(e), Some(message)) if e == message => {
                refused += 1;
                Ok(())
            }
            (Ok(route), None) => {
                let scope = (route.signing_name.as_str(), route.signing_region.as_str());
                if Some(route.url.as_str()) != url || !route.headers.is_empty() {
                    Err(format!("resolved {} with headers {:?}", route.url, route.headers))
                } else if region.is_none_or(|region| scope != ("transcribe", region)) {
                    Err(format!("signed for {scope:?}"))
                } else {
                    if today.is_some() {
                        changed += 1;
                    }
                    resolved += 1;
                    Ok(())
                }
            }
            (Ok(route), Some(_)) => Err(format!("resolved {}", route.url)),
            (Err(e), _) => Err(format!("error `{e}`")),
        };
        if let Err(why) = outcome {
            failed.push(format!("{documentation}: {why}, expected {expect}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    // 67 cases: 65 endpoints (2 of them the cases the partitions changed, errors in the model),
    // 2 errors (FIPS or dual-stack with a custom endpoint); none without a region, which the
    // rule set requires.
    assert_eq!((resolved, changed, refused), (65, 2, 2));
}

/// Called by name with JSON (the command's input), the audio stream is a list of events, and
/// the input is read strictly and validated as the model says, before anything is sent.
#[test]
fn by_name_the_audio_stream_is_a_list_of_events() {
    let [op] = operations().try_into().unwrap_or_else(|_| panic!("one operation"));
    let input = serde_json::json!({
        "MediaSampleRateHertz": 16000,
        "MediaEncoding": "pcm",
        "LanguageCode": "en-US",
        "AudioStream": [{"AudioEvent": {"AudioChunk": "AAECAw=="}}, {"AudioEvent": {}}],
    });
    assert_eq!(op.check(&input).map_err(|v| v.to_string()), Ok(()));
    let bad = serde_json::json!({
        "MediaSampleRateHertz": 4000,
        "MediaEncoding": "pcm",
        "SessionId": "not-a-uuid",
        "AudioStream": [{"AudioEvent": {"AudioChunk": "AAECAw=="}}],
    });
    let problems = op.check(&bad).unwrap_err().to_string();
    for member in ["MediaSampleRateHertz", "SessionId"] {
        assert!(problems.contains(member), "{member} in {problems}");
    }
    let without_audio = serde_json::json!({"MediaSampleRateHertz": 16000, "MediaEncoding": "pcm"});
    let problems = op.check(&without_audio).unwrap_err().to_string();
    assert!(problems.contains("AudioStream"), "{problems}");
}
