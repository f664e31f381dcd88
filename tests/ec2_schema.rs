//! The hand-written EC2 slice (`services/ec2`) against botocore's model, with the checker of
//! tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! input, output and paginator; every structure and enum they reach with its members or values;
//! every member's name, target, required flag, idempotency token, sensitivity, its names on the
//! ec2Query wire (`locationName` as `xml_name`, `queryName` as `ec2_query_name`, the `item`
//! elements of lists) and the constraints of its target. Documentation is not compared. Each
//! difference is listed; the test fails if there is any.
//!
//! The slice is eight of the model's operations, so only those are expected; every structure and
//! enum they reach in the model must be reached from the Rust operations too. EC2 models no
//! errors, so there is no error to compare.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation::Shape;
use aws_operation::operation::Operation;
use aws_operation::schema::{ShapeKind, TypeSchema};
use aws_operation_ec2::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::{Value, json};

/// 4.4 MB; each test parses it once.
const MODEL: &str = include_str!("fixtures/ec2/service-2.json");

/// The operations of the slice.
const OPERATIONS: [&str; 8] = [
    "DescribeRegions",
    "DescribeInstances",
    "RunInstances",
    "CreateTags",
    "DescribeVpcs",
    "CreateSecurityGroup",
    "AuthorizeSecurityGroupIngress",
    "TerminateInstances",
];

/// Botocore 1.44.8's `paginators-1.json` for EC2, cut to the slice's two paginated operations.
fn paginators() -> Value {
    json!({"pagination": {
        "DescribeInstances": {
            "input_token": "NextToken",
            "output_token": "NextToken",
            "limit_key": "MaxResults",
            "result_key": "Reservations",
        },
        "DescribeVpcs": {
            "input_token": "NextToken",
            "limit_key": "MaxResults",
            "output_token": "NextToken",
            "result_key": "Vpcs",
        },
    }})
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<Ec2>(Endpoints::Rules);
    check.finish();
    // The rule set resolves the regional endpoints, as botocore's endpoint tests expect them.
    for (region, url) in [
        ("us-east-1", "https://ec2.us-east-1.amazonaws.com"),
        ("eu-west-3", "https://ec2.eu-west-3.amazonaws.com"),
        ("cn-north-1", "https://ec2.cn-north-1.amazonaws.com.cn"),
        ("us-gov-west-1", "https://ec2.us-gov-west-1.amazonaws.com"),
        ("us-iso-east-1", "https://ec2.us-iso-east-1.c2s.ic.gov"),
    ] {
        let config = aws_operation::Config::builder()
            .region(region)
            .credentials(aws_operation::Credentials::new("AKIDTEST", "secret", None, None))
            .build()
            .unwrap();
        let client = Ec2::new(&config).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), url, "{region}");
    }
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_ec2::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(paginators());
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 8 operations; 103 structures (8 inputs, 7 outputs, one of them `Reservation`, which
    // `DescribeInstances` reaches too, and 88 others; `CreateTags` has no output) and 45 enums.
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let enums = seen.values().filter(|s| s.kind == ShapeKind::Enum).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, enums, errors), (8, 148, 103, 45, 0));
}

#[test]
fn the_largest_enums_have_every_value_of_the_model() {
    // The checker compares every value; this pins the sizes, so that a model update shows up
    // as a count that changed rather than only as a list of differences.
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let count = |shape: &str| model["shapes"][shape]["enum"].as_array().map(Vec::len);
    let values = |ty: TypeSchema| match ty {
        TypeSchema::Shape(s) => s.values.len(),
        other => panic!("{other:?} is not an enum"),
    };
    assert_eq!(count("InstanceType"), Some(1437));
    assert_eq!(values(InstanceType::type_schema()), 1437);
    assert_eq!(count("ResourceType"), Some(114));
    assert_eq!(values(ResourceType::type_schema()), 114);
}

#[test]
fn ec2_models_no_errors() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    for op in OPERATIONS {
        assert!(model["operations"][op].get("errors").is_none(), "{op} has modeled errors");
    }
    for op in operations() {
        assert!(op.schema().errors.is_empty(), "{} declares errors", op.name());
    }
    assert!(<RunInstances as Operation>::schema().errors.is_empty());
}
