//! The HTTP client a suite sends through: the runtime's own, or, with
//! `AWS_OPERATION_TEST_HTTP_CLIENT=reqwest` and the `reqwest` feature, the reqwest adapter over
//! a plain `reqwest::Client` (redirects off), so that one suite checks both against the same
//! contract. Include it with `#[path = "support/http_client.rs"] mod http_client;`.

#![allow(dead_code)]

use aws_operation::ConfigBuilder;

/// The variable naming the client: `reqwest`, or `hyper` (the default).
pub const VAR: &str = "AWS_OPERATION_TEST_HTTP_CLIENT";

/// Whether the suite runs over the reqwest adapter; panics when the variable asks for it in a
/// build without the `reqwest` feature, or names a client there is none of.
pub fn is_reqwest() -> bool {
    match std::env::var(VAR).as_deref() {
        Ok("reqwest") if cfg!(feature = "reqwest") => true,
        Ok("reqwest") => panic!("{VAR}=reqwest needs the `reqwest` feature: cargo test --features reqwest"),
        Ok("hyper" | "") | Err(_) => false,
        Ok(other) => panic!("{VAR}={other}: expected `reqwest` or `hyper`"),
    }
}

/// `builder` with the suite's HTTP client.
pub fn with_test_client(builder: ConfigBuilder) -> ConfigBuilder {
    if !is_reqwest() {
        return builder;
    }
    #[cfg(feature = "reqwest")]
    {
        use aws_operation::http_client::{ReqwestClient, reqwest};
        builder.http_client(ReqwestClient::from_builder(reqwest::Client::builder()).expect("a reqwest client"))
    }
    #[cfg(not(feature = "reqwest"))]
    unreachable!("is_reqwest() panics without the feature")
}

/// Whether a test of the runtime's own transport is skipped, over reqwest; says why if so.
pub fn skipped_over_reqwest(why: &str) -> bool {
    let skip = is_reqwest();
    if skip {
        eprintln!("skipped over the reqwest adapter: {why}");
    }
    skip
}
