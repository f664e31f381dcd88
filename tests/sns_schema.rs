//! The hand-written SNS slice (`services/sns`) against botocore's model, with the checker of
//! tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! input, output, errors and paginator; every structure it reaches with its members; every
//! member's name, target, required flag, sensitivity, awsQuery names (`xmlName`, flattening,
//! the names of map entries' keys and values) and the constraints of its target; every error's
//! status, fault and awsQuery code (`query_code`, the model's `error.code`). Documentation is
//! not compared. Each difference is listed; the test fails if there is any.
//!
//! The slice is eight of the model's operations, so only those are expected; every structure
//! they reach in the model must be reached from the Rust operations too.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation::schema::ShapeKind;
use aws_operation_sns::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::{Value, json};

const MODEL: &str = include_str!("fixtures/sns/service-2.json");

/// The operations of the slice.
const OPERATIONS: [&str; 8] = [
    "CreateTopic",
    "ListTopics",
    "SetTopicAttributes",
    "DeleteTopic",
    "Publish",
    "PublishBatch",
    "Subscribe",
    "ListSubscriptionsByTopic",
];

/// Botocore 1.44.8's `paginators-1.json` for SNS, cut to the slice's two paginated operations.
fn paginators() -> Value {
    json!({"pagination": {
        "ListSubscriptionsByTopic": {
            "input_token": "NextToken",
            "output_token": "NextToken",
            "result_key": "Subscriptions",
        },
        "ListTopics": {
            "input_token": "NextToken",
            "output_token": "NextToken",
            "result_key": "Topics",
        },
    }})
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<Sns>(Endpoints::Rules);
    check.finish();
    // The rule set resolves the regional endpoints.
    for (region, url) in [
        ("us-east-1", "https://sns.us-east-1.amazonaws.com"),
        ("eu-west-3", "https://sns.eu-west-3.amazonaws.com"),
        ("cn-north-1", "https://sns.cn-north-1.amazonaws.com.cn"),
        ("us-gov-west-1", "https://sns.us-gov-west-1.amazonaws.com"),
    ] {
        let config = aws_operation::Config::builder()
            .region(region)
            .credentials(aws_operation::Credentials::new("AKIDTEST", "secret", None, None))
            .build()
            .unwrap();
        let client = Sns::new(&config).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), url, "{region}");
    }
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_sns::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(paginators());
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 8 operations; 50 structures (8 inputs, 6 outputs, 29 errors, 7 others) and no enums:
    // SNS's model names no enum, its attribute names and protocols are plain strings.
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let enums = seen.values().filter(|s| s.kind == ShapeKind::Enum).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, enums, errors), (8, 50, 50, 0, 29));
}

#[test]
fn errors_carry_the_status_fault_and_awsquery_code_of_the_model() {
    let errors = model_check::error_traits![
        AuthorizationErrorException,
        BatchEntryIdsNotDistinctException,
        BatchRequestTooLongException,
        ConcurrentAccessException,
        EmptyBatchRequestException,
        EndpointDisabledException,
        FilterPolicyLimitExceededException,
        InternalErrorException,
        InvalidBatchEntryIdException,
        InvalidParameterException,
        InvalidParameterValueException,
        InvalidSecurityException,
        InvalidStateException,
        KMSAccessDeniedException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        NotFoundException,
        PlatformApplicationDisabledException,
        ReplayLimitExceededException,
        StaleTagException,
        SubscriptionLimitExceededException,
        TagLimitExceededException,
        TagPolicyException,
        TooManyEntriesInBatchRequestException,
        TopicLimitExceededException,
        ValidationException,
    ];
    // Every error of the slice's operations is listed above, once; all but `KMSOptInRequired`
    // and `ValidationException` have an awsQuery code of their own (`NotFound`, ...).
    assert_eq!(errors.iter().filter(|e| e.query_code.is_some()).count(), 27);
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}
