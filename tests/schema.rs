//! The hand-written Partner Central Channel definitions against botocore's model, with the
//! checker of tests/support/model_check.rs: every operation with its input, output, errors and
//! paginator; every structure, union and enum with its members or values; every member's wire
//! name, target, required flag, idempotency token, sensitivity and the constraints of its target.
//! The crate defines all of the model's operations, so every structure and enum of the model
//! must be reached. Each difference is listed; the test fails if there is any.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation_partnercentral_channel::{each_operation, operations};
use model_check::{Check, Op, Scope};

const MODEL: &str = include_str!("fixtures/service-2.json");
const PAGINATORS: &str = include_str!("fixtures/paginators-1.json");

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(serde_json::from_str(PAGINATORS).unwrap());
    check.operations(&ops, Scope::Model);
    let seen = check.finish();
    // 21 operations; 99 structures (21 inputs, 21 outputs, 7 errors, 10 unions) and 24 enums.
    assert_eq!((ops.len(), seen.len()), (21, 123));
}
