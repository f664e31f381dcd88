//! The Lambda slice against a real server: moto's (`moto_server`, see tests/support/moto.rs),
//! configured without Docker, so that functions are stored but not run and `Invoke` answers with
//! the payload it was given. Every call goes through the typed slice, signed, over HTTP.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.
//!
//! Two things moto does not do as Lambda does are covered against the scripted server of
//! `support` instead: moto ignores `MaxItems` and `Marker` (one page, every function), and its
//! errors carry only `__type` and a lowercase `message`, where Lambda's `ResourceNotFoundException`
//! carries `Type` and `Message`.

#[path = "support/http_client.rs"]
mod http_client;
#[path = "support/lambda.rs"]
mod lambda;
#[path = "support/moto.rs"]
mod moto;
mod support;

use std::collections::BTreeSet;

use aws_operation::{Blob, Credentials, Error};
use aws_operation_lambda::{GetFunctionError, InvocationType, Lambda, ResourceNotFoundException};
use futures_util::{StreamExt, TryStreamExt};
use lambda::{FUNCTIONS, HANDLER_SOURCE, MAX_PAGES, code, crc32, function_arn, stored_zip};
use moto::Moto;
use support::{Reply, Server};

fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

/// [`lambda::client`]'s, over the HTTP client `AWS_OPERATION_TEST_HTTP_CLIENT` names.
fn client(url: &str) -> Lambda {
    let config = aws_operation::Config::builder().region(lambda::REGION).credentials(credentials()).endpoint_url(url);
    Lambda::new(&http_client::with_test_client(config).build().expect("config")).expect("client")
}

#[test]
fn the_zip_is_one_stored_file() {
    let zip = stored_zip("lambda_function.py", HANDLER_SOURCE.as_bytes());
    assert_eq!(&zip[..4], b"PK\x03\x04");
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926, "the CRC-32 check value");
    // The data follows the 30-byte local header and the name, uncompressed.
    let start = 30 + "lambda_function.py".len();
    assert_eq!(&zip[start..start + HANDLER_SOURCE.len()], HANDLER_SOURCE.as_bytes());
    assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06", "the end record closes it");
}

#[tokio::test]
async fn functions_are_created_listed_updated_invoked_tagged_and_deleted() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let role = moto.create_role("test-role");
    assert_eq!(role, format!("arn:aws:iam::{}:role/test-role", lambda::ACCOUNT));
    let client = client(&moto.url);

    // Create: five functions, with every member moto keeps.
    for created in lambda::create_functions(&client, &role).await {
        assert!(created.request_id().is_some_and(|id| !id.is_empty()), "moto sends x-amzn-RequestId");
    }
    lambda::create_existing(&client, &role).await;
    lambda::get_bravo(&client, "fn-bravo").await;

    // List, two per page: moto ignores MaxItems and Marker and answers with one page of every
    // function (the paging itself is checked against the scripted server below).
    let pages = lambda::pages(&client, 2).await;
    let listed: Vec<_> = pages.iter().flatten().collect();
    let listed_names: BTreeSet<String> = listed.iter().filter_map(|f| f.function_name.clone()).collect();
    assert_eq!(listed_names, FUNCTIONS.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>());
    assert_eq!(listed.len(), FUNCTIONS.len(), "each function once");
    let pages = pages.len();
    assert!(
        pages == 1 || pages == FUNCTIONS.len().div_ceil(2),
        "{pages} pages of at most 2 for {} functions",
        FUNCTIONS.len()
    );
    // The page size did reach moto: its access log has the request line.
    let log = moto.log_text();
    assert!(log.contains("GET /2015-03-31/functions?MaxItems=2 HTTP/1.1"), "moto's log:\n{log}");

    lambda::update_alpha(&client, None).await;

    // Invoke: without Docker moto answers with the payload it was given. The invocation type
    // travels as `X-Amz-Invocation-Type`: moto answers an event with 202.
    lambda::invoke_alpha(&client, None).await;
    let queued = lambda::invoke_as(&client, InvocationType::Event).await;
    assert_eq!(queued.status_code, Some(202));

    lambda::tag_and_untag(&client).await;

    // Delete one; it is gone from GetFunction and ListFunctions.
    let (status, _) = lambda::delete_charlie(&client).await;
    assert!(matches!(status, Some(200 | 204)), "DeleteFunction's status: {status:?}");
    let listed_names: BTreeSet<String> =
        lambda::pages(&client, 2).await.into_iter().flatten().filter_map(|f| f.function_name).collect();
    let expected: BTreeSet<String> = FUNCTIONS.iter().filter(|n| **n != "fn-charlie").map(|n| n.to_string()).collect();
    assert_eq!(listed_names, expected);
}

#[tokio::test]
async fn a_missing_function_is_the_modeled_resource_not_found_on_moto() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let client = client(&moto.url);
    let err = client.get_function().function_name("no-such-function").send().await.expect_err("no such function");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let GetFunctionError::ResourceNotFoundException(not_found) = &service.error else {
        panic!("expected ResourceNotFoundException, got {:?}", service.error)
    };
    assert_eq!(service.meta.code, "ResourceNotFoundException");
    assert_eq!(service.meta.status, 404);
    let message = format!("Function not found: {}", function_arn("no-such-function"));
    // moto's body is `{"__type": ..., "message": ...}`: the message reaches the metadata, but
    // not the model's `Message` member, and there is no `Type`.
    assert_eq!(service.meta.message.as_deref(), Some(message.as_str()));
    assert_eq!((not_found.r#type.as_deref(), not_found.message.as_deref()), (None, None));
    let request_id = err.request_id().expect("moto sends x-amzn-RequestId");
    assert!(!request_id.is_empty() && request_id.chars().all(|c| c.is_ascii_alphanumeric()), "{request_id}");
}

#[tokio::test]
async fn a_missing_function_carries_type_and_message_as_lambda_sends_them() {
    // What Lambda answers (its error header, its body, its request id), from a scripted server.
    let arn = function_arn("no-such-function");
    let body = format!(r#"{{"Type":"User","Message":"Function not found: {arn}"}}"#);
    let reply = Reply {
        status: 404,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-amzn-errortype".into(), "ResourceNotFoundException".into()),
            ("x-amzn-requestid".into(), "4bd4e7a1-2c38-4f5e-9d63-0123456789ab".into()),
        ],
        body,
    };
    let server = Server::start(vec![reply]).await;
    let client = client(&server.url);
    let err = client.get_function().function_name("no-such-function").send().await.expect_err("404");
    let Some(GetFunctionError::ResourceNotFoundException(not_found)) = err.service_error() else {
        panic!("expected ResourceNotFoundException, got {err:?}")
    };
    let expected =
        ResourceNotFoundException { r#type: Some("User".into()), message: Some(format!("Function not found: {arn}")) };
    assert!(*not_found == expected, "{not_found:?}");
    assert_eq!(err.request_id(), Some("4bd4e7a1-2c38-4f5e-9d63-0123456789ab"));
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "a 404 is not retried");
    assert_eq!(
        (requests[0].method.as_str(), requests[0].path.as_str()),
        ("GET", "/2015-03-31/functions/no-such-function")
    );
}

#[tokio::test]
async fn list_functions_pages_with_marker_and_max_items() {
    // Lambda's paging, which moto does not do: `MaxItems` on every request, `Marker` from the
    // previous page's `NextMarker`, until a page has none.
    let function = |name: &str| format!(r#"{{"FunctionName":"{name}","FunctionArn":"{}"}}"#, function_arn(name));
    let page = |names: &[&str], next: Option<&str>| {
        let functions: Vec<String> = names.iter().map(|n| function(n)).collect();
        let next = next.map(|m| format!(r#","NextMarker":"{m}""#)).unwrap_or_default();
        Reply {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into()), ("x-amzn-requestid".into(), "r".into())],
            body: format!(r#"{{"Functions":[{}]{next}}}"#, functions.join(",")),
        }
    };
    let server = Server::start(vec![
        page(&["fn-1", "fn-2"], Some("m/1+")),
        page(&["fn-3", "fn-4"], Some("m2")),
        page(&["fn-5"], None),
    ])
    .await;
    let client = client(&server.url);
    let names: Vec<String> = client
        .list_functions()
        .into_paginator()
        .page_size(2)
        .items()
        .take(MAX_PAGES)
        .map_ok(|f| f.function_name.unwrap_or_default())
        .try_collect()
        .await
        .expect("ListFunctions");
    assert_eq!(names, ["fn-1", "fn-2", "fn-3", "fn-4", "fn-5"]);
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/2015-03-31/functions?MaxItems=2",
            "/2015-03-31/functions?Marker=m%2F1%2B&MaxItems=2",
            "/2015-03-31/functions?Marker=m2&MaxItems=2",
        ]
    );
}

#[tokio::test]
async fn input_the_model_forbids_is_refused_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = client(&server.url);
    let err = client
        .create_function()
        .function_name("not a name!")
        .role("not-a-role")
        .code(code(b"zip"))
        .timeout(0)
        .send()
        .await
        .expect_err("three members break the model");
    let Error::InvalidInput(violations) = &err else { panic!("expected InvalidInput, got {err:?}") };
    let text = violations.to_string();
    for member in ["FunctionName", "Role", "Timeout"] {
        assert!(text.contains(member), "{member} is reported: {text}");
    }
    let err = client.get_function().function_name("").send().await.expect_err("an empty label");
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// `aws lambda ...` through the slice's command against moto.
async fn command(moto: &Moto, args: &[&str]) -> (i32, String, String) {
    lambda::command(&moto.url, &credentials(), args).await
}

#[tokio::test]
async fn the_command_creates_lists_invokes_to_a_file_and_reports_errors() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let role = moto.create_role("cli-role");
    let input = lambda::cli_input(&role);
    let (code, out, err) = command(&moto, &["create-function", "--cli-input-json", &input.to_string()]).await;
    assert_eq!(code, 0, "{err}");
    let created: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(created["FunctionName"], "cli-fn");
    assert_eq!(created["FunctionArn"], function_arn("cli-fn").as_str());

    let (code, out, err) = command(&moto, &["list-functions"]).await;
    assert_eq!(code, 0, "{err}");
    let listed: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(listed["Functions"].as_array().map(Vec::len), Some(1));

    // The payload goes to the trailing outfile, the rest to stdout.
    let dir = std::env::temp_dir().join(format!("aws-operation-lambda-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let outfile = dir.join("out.json");
    let outfile_arg = outfile.to_str().expect("UTF-8 path");
    let payload = r#"{"from": "the command"}"#;
    // A blob flag is base64 too (AWS CLI v2's default `cli_binary_format`).
    let encoded = Blob(payload.as_bytes().to_vec()).to_base64();
    let args = ["invoke", "--function-name", "cli-fn", "--payload", &encoded, outfile_arg];
    let (code, out, err) = command(&moto, &args).await;
    assert_eq!(code, 0, "{err}");
    let printed: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(printed["StatusCode"], 200);
    assert!(printed.get("Payload").is_none(), "the payload is not printed: {out}");
    assert_eq!(std::fs::read_to_string(&outfile).expect("outfile"), payload);
    // Without the outfile: refused before sending, as the AWS CLI refuses it.
    let (code, _, err) = command(&moto, &["invoke", "--function-name", "cli-fn"]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("the outfile argument is missing"), "{err}");
    std::fs::remove_dir_all(&dir).expect("clean up");

    lambda::command_reports_the_modeled_error(&moto.url, &credentials()).await;
    let (code, _, _) = command(&moto, &["delete-function", "--function-name", "cli-fn"]).await;
    assert_eq!(code, 0);
}
