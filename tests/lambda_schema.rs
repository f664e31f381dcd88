//! The hand-written Lambda slice (`services/lambda`) against botocore's model, with the checker
//! of tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! `http` trait, input, output, errors and paginator; every structure and enum they reach with
//! its members or values; every member's name, target, required flag, idempotency token,
//! sensitivity, HTTP binding (label, query, header, prefix headers, payload, status code,
//! `jsonName`) and the constraints of its target, list elements and map keys and values
//! included; every error's status and fault. Documentation is not compared. Each difference is
//! listed; the test fails if there is any.
//!
//! The slice is nine of the model's operations, so only those are expected; every structure and
//! enum they reach in the model must be reached from the Rust operations too.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation::schema::ShapeKind;
use aws_operation_lambda::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::{Value, json};

const MODEL: &str = include_str!("fixtures/lambda/service-2.json");

/// The operations of the slice.
const OPERATIONS: [&str; 9] = [
    "CreateFunction",
    "GetFunction",
    "ListFunctions",
    "UpdateFunctionConfiguration",
    "DeleteFunction",
    "Invoke",
    "TagResource",
    "ListTags",
    "UntagResource",
];

/// Botocore 1.44.8's `paginators-1.json` for Lambda, cut to the slice's one paginated operation.
fn paginators() -> Value {
    json!({"pagination": {"ListFunctions": {
        "input_token": "Marker",
        "output_token": "NextMarker",
        "limit_key": "MaxItems",
        "result_key": "Functions",
    }}})
}

/// Model patterns the slice leaves out, with the reason; the test checks the reason still holds
/// (the pattern does not compile with the `regex` crate).
const DROPPED_PATTERNS: [(&str, &str); 1] =
    [("S3Bucket", "`(?<!\\.)` is a look-behind, which the regex crate does not support")];

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<Lambda>(Endpoints::Rules);
    check.finish();
    // The rule set resolves the regional endpoints.
    for (region, url) in [
        ("us-east-1", "https://lambda.us-east-1.amazonaws.com"),
        ("eu-west-3", "https://lambda.eu-west-3.amazonaws.com"),
        ("cn-north-1", "https://lambda.cn-north-1.amazonaws.com.cn"),
    ] {
        let config = aws_operation::Config::builder()
            .region(region)
            .credentials(aws_operation::Credentials::new("AKIDTEST", "secret", None, None))
            .build()
            .unwrap();
        let client = Lambda::new(&config).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), url, "{region}");
    }
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_lambda::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(paginators()).dropped_patterns(&DROPPED_PATTERNS);
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 9 operations; 98 structures (9 inputs, 5 outputs, 51 errors, 33 others) and 21 enums.
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, errors), (9, 119, 98, 51));
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let errors = model_check::error_traits![
        CodeArtifactUserDeletedException,
        CodeArtifactUserFailedException,
        CodeArtifactUserPendingException,
        CodeSigningConfigNotFoundException,
        CodeStorageExceededException,
        CodeVerificationFailedException,
        DurableExecutionAlreadyStartedException,
        EC2AccessDeniedException,
        EC2ThrottledException,
        EC2UnexpectedException,
        EFSIOException,
        EFSMountConnectivityException,
        EFSMountFailureException,
        EFSMountTimeoutException,
        ENILimitReachedException,
        ENINotReadyException,
        FunctionVersionsPerCapacityProviderLimitExceededException,
        InvalidCodeSignatureException,
        InvalidParameterValueException,
        InvalidRequestContentException,
        InvalidRuntimeException,
        InvalidSecurityGroupIDException,
        InvalidSubnetIDException,
        InvalidZipFileException,
        KMSAccessDeniedException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        ModeNotSupportedException,
        NoPublishedVersionException,
        PreconditionFailedException,
        RecursiveInvocationException,
        RequestTooLargeException,
        ResourceConflictException,
        ResourceNotFoundException,
        ResourceNotReadyException,
        RuntimeAliasDeletedException,
        RuntimeVersionDeletedException,
        S3FilesMountConnectivityException,
        S3FilesMountFailureException,
        S3FilesMountTimeoutException,
        SerializedRequestEntityTooLargeException,
        ServiceException,
        ServiceQuotaExceededException,
        SnapStartException,
        SnapStartNotReadyException,
        SnapStartRegenerationFailureException,
        SnapStartTimeoutException,
        SubnetIPAddressLimitReachedException,
        TooManyRequestsException,
        UnsupportedMediaTypeException,
    ];
    // Every error of the slice's operations is listed above, once.
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

#[test]
fn dropped_patterns_are_the_ones_the_regex_crate_cannot_compile() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    for (shape, why) in DROPPED_PATTERNS {
        let pattern = model["shapes"][shape]["pattern"].as_str().unwrap();
        assert!(regex::Regex::new(&format!("^{pattern}$")).is_err(), "{shape}: {pattern} compiles after all ({why})");
    }
}
