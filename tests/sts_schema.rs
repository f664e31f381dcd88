//! The hand-written STS slice (`services/sts`) against botocore's model, with the checker of
//! tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! input, output, errors and signing; every structure they reach with its members (name, target,
//! required flag, sensitivity, constraints); every error's status, fault and awsQuery code.
//! Documentation is not compared. Each difference is listed; the test fails if there is any.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation::schema::ShapeKind;
use aws_operation::{Config, Credentials};
use aws_operation_sts::*;
use model_check::{Check, Endpoints, Op, Scope};

const MODEL: &str = include_str!("fixtures/sts/service-2.json");

/// The operations of the slice.
const OPERATIONS: [&str; 5] =
    ["GetCallerIdentity", "GetAccessKeyInfo", "AssumeRole", "AssumeRoleWithWebIdentity", "GetSessionToken"];

fn client(config: aws_operation::ConfigBuilder) -> Sts {
    Sts::new(&config.credentials(Credentials::new("AKIDTEST", "secret", None, None)).build().unwrap()).unwrap()
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<Sts>(Endpoints::Rules);
    check.finish();
    for (region, global, url) in [
        ("us-east-1", false, "https://sts.us-east-1.amazonaws.com"),
        ("eu-west-3", false, "https://sts.eu-west-3.amazonaws.com"),
        ("cn-north-1", false, "https://sts.cn-north-1.amazonaws.com.cn"),
        // The legacy global endpoint, for the regions that had it.
        ("us-east-1", true, "https://sts.amazonaws.com"),
        ("eu-west-1", true, "https://sts.amazonaws.com"),
        // A region that never had it keeps its own.
        ("af-south-1", true, "https://sts.af-south-1.amazonaws.com"),
    ] {
        let sts = client(Config::builder().region(region).sts_use_global_endpoint(global));
        assert_eq!(sts.client().endpoint_url().unwrap(), url, "{region} global={global}");
    }
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_sts::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL);
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 5 operations; 26 structures (5 inputs, 5 outputs, 8 errors, 8 others).
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, errors), (5, 26, 26, 8), "{:?}", seen.keys());
}

#[test]
fn errors_carry_the_status_fault_and_code_of_the_model() {
    let errors = model_check::error_traits![
        ExpiredTokenException,
        IDPCommunicationErrorException,
        IDPRejectedClaimException,
        InvalidContextAssertionException,
        InvalidIdentityTokenException,
        MalformedPolicyDocumentException,
        PackedPolicyTooLargeException,
        RegionDisabledException,
    ];
    // Every error of the slice's operations is listed above, once.
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}
