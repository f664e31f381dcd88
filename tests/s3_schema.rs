//! The hand-written S3 slice (`services/s3`) against botocore's model, with the checker of
//! tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! `http` trait (greedy `{Key+}` labels and literal query parts included), input, output, errors,
//! paginator, `staticContextParams`, the input members' `contextParam` and
//! `httpChecksum.requestChecksumRequired` (as `http_checksum_required`); every structure and enum
//! they reach with its members or values; every member's name, target, required flag,
//! sensitivity, streaming, timestamp format, HTTP binding (label, query, header, prefix headers,
//! payload, status code), restXml names (`locationName` as `xml_name`, a payload's root element,
//! flattening, list items' names, namespaces) and the constraints of its target; every error's
//! status and fault. Each difference is listed; the test fails if there is any.
//!
//! The slice is 22 of the model's 116 operations, so only those are expected; every structure and
//! enum they reach in the model must be reached from the Rust operations too. Then the model's
//! endpoint tests (botocore's `endpoint-tests-1.json`) whose `operationInputs` name an operation
//! of the slice (GetObject, CreateBucket, ListBuckets: 205 cases) run through the client, with
//! the input read from the case's `operationParams`: the `contextParam`s and
//! `staticContextParams` bound as the model says give the URL, or the error, the case expects.
//!
//! Not compared, and why (`every_key_of_the_slice_is_compared_or_left_out` keeps this list
//! honest: a key of the slice's part of the model that is neither compared nor listed here fails
//! it):
//! - `documentation` and `documentationUrl`: the doc strings are the first sentence, by hand;
//! - `httpChecksum` but its `requestChecksumRequired`: `requestAlgorithmMember` (PutObject,
//!   DeleteObjects, UploadPart, PutBucketTagging, PutObjectTagging: the `ChecksumAlgorithm`
//!   member that picks the request's checksum), `requestValidationModeMember` and
//!   `responseAlgorithms` (GetObject: `ChecksumMode` asks for the checksums the response is then
//!   checked against) have no key, so the members are there but nothing computes or checks a
//!   checksum of theirs;
//! - `box`: botocore's nullable primitives, which are `Option` in Rust as every optional member;
//! - the paginators' `more_results` (`IsTruncated` of ListObjectsV2 and ListParts), which the
//!   paginator has no key for (it stops on an absent or empty token), and ListObjectsV2's second
//!   result key, `CommonPrefixes`, which is a member of each page rather than paged items;
//! - the metadata's `signatureVersion` (`s3`: SigV4 as S3 wants it, without double encoding or
//!   path normalization and with `x-amz-content-sha256`), `checksumFormat`, `globalEndpoint`,
//!   `protocols`, `auth` (SigV4 only, as every slice signs), `serviceAbbreviation`,
//!   `serviceFullName` and `uid`: no key says them;
//! - the signing scope of the 30 endpoints (of 205 cases; 62 expect an error, 113 a SigV4
//!   scope, which is compared) whose only schemes are SigV4a or S3 Express's `sigv4-s3express`:
//!   their URL is compared, how the runtime signs for them is not the slice's.
//!
//! Nor is what botocore does for S3 outside the model: GetBucketLocation's unwrapped
//! `<LocationConstraint>` body (`s3UnwrappedXmlOutput` in Smithy), the bucket leaving the path
//! when the endpoint rules put it in the host or the endpoint's path, a `200 OK` with an
//! `<Error>` body, errors of HEAD requests without a body, the URL decoding of keys listed with
//! `EncodingType=url`, the URL encoding of `x-amz-copy-source` and the SSE-C key's MD5.

#[path = "support/model_check.rs"]
mod model_check;

use std::collections::BTreeSet;

use aws_operation::schema::{ShapeKind, TypeSchema};
use aws_operation::{Config, Credentials, Shape};
use aws_operation_s3::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::Value;

/// 1.4 MB; each test parses it once.
const MODEL: &str = include_str!("fixtures/s3/service-2.json");
const PAGINATORS: &str = include_str!("fixtures/s3/paginators-1.json");

/// The operations of the slice.
const OPERATIONS: [&str; 22] = [
    "CreateBucket",
    "HeadBucket",
    "ListBuckets",
    "DeleteBucket",
    "PutObject",
    "GetObject",
    "HeadObject",
    "DeleteObject",
    "DeleteObjects",
    "ListObjectsV2",
    "ListMultipartUploads",
    "CopyObject",
    "CreateMultipartUpload",
    "UploadPart",
    "CompleteMultipartUpload",
    "AbortMultipartUpload",
    "ListParts",
    "GetBucketLocation",
    "PutBucketTagging",
    "GetBucketTagging",
    "GetObjectTagging",
    "PutObjectTagging",
];

fn paginators() -> Value {
    serde_json::from_str(PAGINATORS).unwrap()
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<S3>(Endpoints::Rules);
    check.finish();
    // The rule set resolves the regional endpoints of calls that name no bucket.
    for (region, url) in [
        ("us-east-1", "https://s3.us-east-1.amazonaws.com"),
        ("eu-west-3", "https://s3.eu-west-3.amazonaws.com"),
        ("cn-north-1", "https://s3.cn-north-1.amazonaws.com.cn"),
        ("us-gov-west-1", "https://s3.us-gov-west-1.amazonaws.com"),
    ] {
        let client = S3::new(&config(region)).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), url, "{region}");
    }
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_s3::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(paginators());
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 22 operations; 73 structures (22 inputs, 20 outputs: DeleteBucket and PutBucketTagging
    // have none; 11 errors and 20 others) and 27 enums with 132 values.
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let enums: Vec<_> = seen.values().filter(|s| s.kind == ShapeKind::Enum).collect();
    let values: usize = enums.iter().map(|e| e.values.len()).sum();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, enums.len(), values, errors), (22, 100, 73, 27, 132, 11));
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let errors = model_check::error_traits![
        BucketAlreadyExists,
        BucketAlreadyOwnedByYou,
        EncryptionTypeMismatch,
        InvalidObjectState,
        InvalidRequest,
        InvalidWriteOffset,
        NoSuchBucket,
        NoSuchKey,
        NoSuchUpload,
        ObjectNotInActiveTierError,
        TooManyParts,
    ];
    // Every error of the slice's operations is listed above, once.
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

#[test]
fn bodies_stream_and_metadata_is_a_prefixed_map() {
    // The checker compares these member by member; this says what they come to for a caller.
    let member = |ty: TypeSchema, name: &str| match ty {
        TypeSchema::Shape(s) => *s.member(name).unwrap_or_else(|| panic!("{} has no {name}", s.name)),
        other => panic!("{other:?} is not a shape"),
    };
    for (shape, name) in [
        (PutObject::type_schema(), "Body"),
        (UploadPart::type_schema(), "Body"),
        (GetObjectOutput::type_schema(), "Body"),
    ] {
        let body = member(shape, name);
        assert!(body.streaming && body.binding == aws_operation::schema::Binding::Payload, "{body:?}");
    }
    let metadata = member(PutObject::type_schema(), "Metadata");
    assert_eq!(metadata.binding, aws_operation::schema::Binding::PrefixHeaders("x-amz-meta-"));
    let key = member(GetObject::type_schema(), "Key");
    assert_eq!(key.binding, aws_operation::schema::Binding::Label);
    assert_eq!(<GetObject as aws_operation::operation::Operation>::HTTP.uri, "/{Bucket}/{Key+}");
}

/// The keys of a model's operations, shapes, members and metadata that the checker compares,
/// whether or not the slice's part of S3's model has them.
const COMPARED_OPERATION_KEYS: [&str; 11] = [
    "name",
    "http",
    "input",
    "output",
    "errors",
    "authtype",
    "auth",
    "httpChecksumRequired",
    "httpChecksum.requestChecksumRequired",
    "staticContextParams",
    "operationContextParams",
];
const COMPARED_SHAPE_KEYS: [&str; 22] = [
    "type",
    "members",
    "required",
    "payload",
    "union",
    "exception",
    "error",
    "fault",
    "retryable",
    "enum",
    "min",
    "max",
    "pattern",
    "sensitive",
    "timestampFormat",
    "member",
    "key",
    "value",
    "flattened",
    "streaming",
    "locationName",
    "xmlNamespace",
];
const COMPARED_MEMBER_KEYS: [&str; 10] = [
    "shape",
    "location",
    "locationName",
    "contextParam",
    "idempotencyToken",
    "streaming",
    "xmlNamespace",
    "xmlAttribute",
    "flattened",
    "queryName",
];
const COMPARED_METADATA_KEYS: [&str; 7] =
    ["apiVersion", "endpointPrefix", "protocol", "serviceId", "signingName", "targetPrefix", "awsQueryCompatible"];

/// The keys left out, as the module documentation explains.
const LEFT_OUT: [&str; 15] = [
    "documentation",
    "documentationUrl",
    "httpChecksum.requestAlgorithmMember",
    "httpChecksum.requestValidationModeMember",
    "httpChecksum.responseAlgorithms",
    "box",
    "signatureVersion",
    "checksumFormat",
    "globalEndpoint",
    "protocols",
    "auth",
    "serviceAbbreviation",
    "serviceFullName",
    "uid",
    "more_results",
];

#[test]
fn every_key_of_the_slice_is_compared_or_left_out() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let mut unexplained = BTreeSet::new();
    let mut note = |key: String, compared: &[&str]| {
        if !compared.contains(&key.as_str()) && !LEFT_OUT.contains(&key.as_str()) {
            unexplained.insert(key);
        }
    };
    for (key, _) in model["metadata"].as_object().unwrap() {
        note(key.clone(), &COMPARED_METADATA_KEYS);
    }
    let mut shapes = BTreeSet::new();
    for op in OPERATIONS {
        let spec = &model["operations"][op];
        for (key, value) in spec.as_object().unwrap() {
            match (key.as_str(), value) {
                ("httpChecksum", Value::Object(checksum)) => {
                    checksum.keys().for_each(|k| note(format!("httpChecksum.{k}"), &COMPARED_OPERATION_KEYS))
                }
                _ => note(key.clone(), &COMPARED_OPERATION_KEYS),
            }
        }
        let errors = spec["errors"].as_array().into_iter().flatten();
        let refs = [&spec["input"], &spec["output"]].into_iter().chain(errors);
        for shape in refs.filter_map(|r| r["shape"].as_str()) {
            collect(&model, shape, &mut shapes);
        }
    }
    for name in &shapes {
        let shape = model["shapes"][name].as_object().unwrap();
        for (key, value) in shape {
            note(key.clone(), &COMPARED_SHAPE_KEYS);
            if key == "members" {
                for member in value.as_object().unwrap().values() {
                    member.as_object().unwrap().keys().for_each(|k| note(k.clone(), &COMPARED_MEMBER_KEYS));
                }
            }
        }
    }
    for op in OPERATIONS {
        if let Some(pages) = paginators()["pagination"][op].as_object() {
            pages.keys().for_each(|k| {
                note(k.clone(), &["input_token", "output_token", "result_key", "limit_key"]);
            });
        }
    }
    assert!(unexplained.is_empty(), "keys neither compared nor left out: {unexplained:?}");
}

/// Every shape `name` reaches, itself included.
fn collect(model: &Value, name: &str, out: &mut BTreeSet<String>) {
    if !out.insert(name.to_owned()) {
        return;
    }
    let shape = &model["shapes"][name];
    let members = shape["members"].as_object().into_iter().flat_map(|m| m.values());
    let nested = [&shape["member"], &shape["key"], &shape["value"]].into_iter();
    for target in members.chain(nested).filter_map(|r| r["shape"].as_str()) {
        collect(model, target, out);
    }
}

fn config(region: &str) -> Config {
    Config::builder().region(region).credentials(Credentials::new("AKIDTEST", "secret", None, None)).build().unwrap()
}

/// The config an SDK builds from an endpoint test case's built-ins.
fn config_for(built_ins: &Value) -> Result<Config, String> {
    let mut config = Config::builder().allow_http(true);
    for (name, value) in built_ins.as_object().into_iter().flatten() {
        let flag = || value.as_bool().ok_or(format!("{name} is not a boolean"));
        let text = || value.as_str().ok_or(format!("{name} is not a string"));
        config = match name.as_str() {
            "AWS::Region" => config.region(text()?),
            "AWS::UseFIPS" => config.use_fips(flag()?),
            "AWS::UseDualStack" => config.use_dual_stack(flag()?),
            "SDK::Endpoint" => config.endpoint_url(text()?),
            "AWS::S3::ForcePathStyle" => config.s3_force_path_style(flag()?),
            "AWS::S3::Accelerate" => config.s3_accelerate(flag()?),
            "AWS::S3::UseArnRegion" => config.s3_use_arn_region(flag()?),
            "AWS::S3::DisableMultiRegionAccessPoints" => config.s3_disable_multi_region_access_points(flag()?),
            "AWS::S3::UseGlobalEndpoint" => config.s3_use_global_endpoint(flag()?),
            other => return Err(format!("built-in {other} is not mapped")),
        };
    }
    config.credentials(Credentials::new("AKIDTEST", "secret", None, None)).build().map_err(|e| e.to_string())
}

async fn route<O: aws_operation::operation::Operation<Service = S3>>(
    config: Config,
    params: &Value,
) -> Result<aws_operation::client::ResolvedRoute, String> {
    let input: O = aws_operation::shape::read_input(params).map_err(|e| format!("input: {e}"))?;
    let client = aws_operation::Client::<S3>::new(&config).map_err(|e| e.to_string())?;
    client.endpoint_for(&input).await.map_err(|e| match e {
        aws_operation::error::ConfigError::Endpoint(e) => e.to_string(),
        other => format!("not an endpoint error: {other}"),
    })
}

#[tokio::test]
async fn endpoint_tests_of_the_slice_resolve_through_the_client() {
    let tests: Value = serde_json::from_str(include_str!("fixtures/s3/endpoint-tests-1.json")).unwrap();
    let (mut passed, mut scoped, mut failed) = (0, 0, Vec::new());
    for case in tests["testCases"].as_array().unwrap() {
        for input in case["operationInputs"].as_array().into_iter().flatten() {
            let name = input["operationName"].as_str().unwrap_or_default();
            let params = input.get("operationParams").cloned().unwrap_or_else(|| serde_json::json!({}));
            let got = match config_for(&input["builtInParams"]) {
                Err(e) => Err(e),
                Ok(config) => match name {
                    "CreateBucket" => route::<CreateBucket>(config, &params).await,
                    "GetObject" => route::<GetObject>(config, &params).await,
                    "ListBuckets" => route::<ListBuckets>(config, &params).await,
                    _ => continue,
                },
            };
            let expect = &case["expect"];
            let outcome = match (got, expect["error"].as_str()) {
                (Err(e), Some(message)) if e == message => Ok(false),
                (Ok(route), None) => check_route(&route, &expect["endpoint"], &input["builtInParams"]),
                (Ok(route), Some(_)) => Err(format!("resolved {}", route.url)),
                (Err(e), _) => Err(format!("error `{e}`")),
            };
            match outcome {
                Ok(signed) => {
                    passed += 1;
                    scoped += usize::from(signed);
                }
                Err(why) => failed.push(format!("{name}: {}: {why}, expected {expect}", case["documentation"])),
            }
        }
    }
    println!("S3 endpoint tests of the slice: {passed} passed ({scoped} with a SigV4 scope), {} failed", failed.len());
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert_eq!(passed, 205, "the cases of GetObject, CreateBucket and ListBuckets");
}

/// The URL against a case's endpoint (no case of the slice's operations adds headers), and the
/// signing name and region of its first SigV4 scheme, which is what this client signs with when
/// it lists no SigV4a scheme or the `sigv4a` feature is off (S3 Express's `sigv4-s3express`,
/// session auth, the runtime does not have). Whether the signing scope was compared.
fn check_route(
    route: &aws_operation::client::ResolvedRoute,
    endpoint: &Value,
    built_ins: &Value,
) -> Result<bool, String> {
    let url = endpoint["url"].as_str().unwrap_or_default();
    let headers = endpoint.get("headers").and_then(Value::as_object).map_or(0, |h| h.len());
    if route.url != url || route.headers.len() != headers {
        return Err(format!("resolved {} with headers {:?}", route.url, route.headers));
    }
    let schemes = endpoint["properties"]["authSchemes"].as_array().cloned().unwrap_or_default();
    if cfg!(feature = "sigv4a") && schemes.iter().any(|s| s["name"] == "sigv4a") {
        return Ok(false);
    }
    let Some(scheme) = schemes.iter().find(|s| s["name"] == "sigv4") else { return Ok(false) };
    let region = scheme["signingRegion"].as_str().or(built_ins["AWS::Region"].as_str()).unwrap_or_default();
    let expected = (scheme["signingName"].as_str().unwrap_or("s3"), region);
    if (route.signing_name.as_str(), route.signing_region.as_str()) != expected {
        return Err(format!("signed for {}/{}, expected {expected:?}", route.signing_name, route.signing_region));
    }
    Ok(true)
}

/// S3's rule set declares `Key`, `Prefix` and `CopySource` but no rule reads them: calls that
/// differ only in those share one resolved route, and the rules are evaluated once for them,
/// not once per key.
#[tokio::test]
async fn routes_are_shared_by_calls_that_differ_only_in_what_the_rules_ignore() {
    let rules = aws_operation::endpoint::RuleSet::from_json(include_str!("../services/s3/endpoint-rule-set-1.json"));
    let significant = rules.expect("S3's rules").significant_parameters();
    for ignored in ["Key", "Prefix", "CopySource", "DeleteObjectKeys"] {
        assert!(!significant.contains(ignored), "{ignored}");
    }
    for read in ["Bucket", "Region", "UseFIPS", "UseDualStack", "ForcePathStyle", "Accelerate", "UseArnRegion"] {
        assert!(significant.contains(read), "{read}");
    }
    let client = S3::new(&config("us-east-1")).unwrap();
    let presign = |bucket: &str, key: &str| {
        client
            .client()
            .presign(GetObject::builder().bucket(bucket).key(key).build().unwrap(), std::time::Duration::from_secs(60))
    };
    for key in ["a", "b/c", "d e"] {
        let url = presign("shared", key).await.unwrap().url;
        assert!(url.starts_with("https://shared.s3.us-east-1.amazonaws.com/"), "{url}");
    }
    assert_eq!(client.client().cached_routes(), 1);
    presign("other", "a").await.unwrap();
    assert_eq!(client.client().cached_routes(), 2);
}
