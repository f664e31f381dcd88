//! AWS Lambda (`lambda`, 2015-03-31, restJson1), defined by hand with aws-operation: a slice of
//! nine operations, one module per resource, each operation an annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`functions`] | `CreateFunction`, `GetFunction`, `ListFunctions`, `UpdateFunctionConfiguration`, `DeleteFunction` |
//! | [`invoke`] | `Invoke` |
//! | [`tags`] | `TagResource`, `ListTags`, `UntagResource` |
//!
//! [`waiters`] holds the model's waiters on `GetFunction`: `client.wait_until_function_active_v2()`,
//! `wait_until_function_updated_v2()` and `wait_until_function_exists()`.
//!
//! [`configuration`] holds the settings a function is created with and reports back, [`errors`]
//! the service's errors. Everything is re-exported here, so `aws_operation_lambda::{Lambda,
//! CreateFunction, FunctionCode}` is all a caller imports. `ListFunctions` pages with `Marker` and
//! `NextMarker`; [`operations`] lists every operation for callers that work by name with JSON.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Blob, Config};
//! use aws_operation_lambda::Lambda;
//!
//! let client = Lambda::new(&Config::from_env().build()?)?;
//! let out = client.invoke().function_name("hello").payload(Blob(b"{}".to_vec())).send().await?;
//! println!("{:?} {:?}", out.status_code, out.payload);
//! # Ok(()) }
//! ```

pub mod configuration;
pub mod errors;
pub mod functions;
pub mod invoke;
pub mod tags;
pub mod waiters;

pub use configuration::*;
pub use errors::*;
pub use functions::*;
pub use invoke::*;
pub use tags::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The AWS Lambda client. Clone it freely: clones share connections.
#[aws_service(
    id = "Lambda",
    protocol = "restJson1",
    signing_name = "lambda",
    api_version = "2015-03-31",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct Lambda;

/// Every operation of the slice, grouped by resource, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Lambda>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[macro_export]
macro_rules! each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::functions::CreateFunction>,
            $($f)::+::<$crate::functions::GetFunction>,
            $($f)::+::<$crate::functions::ListFunctions>,
            $($f)::+::<$crate::functions::UpdateFunctionConfiguration>,
            $($f)::+::<$crate::functions::DeleteFunction>,
            $($f)::+::<$crate::invoke::Invoke>,
            $($f)::+::<$crate::tags::TagResource>,
            $($f)::+::<$crate::tags::ListTags>,
            $($f)::+::<$crate::tags::UntagResource>,
        ]
    };
}
