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

#[path = "support/moto.rs"]
mod moto;
mod support;

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::{Blob, Config, Credentials, Error};
use aws_operation_lambda::{
    Environment, FunctionCode, FunctionConfiguration, GetFunctionError, InvocationType, Lambda, LastUpdateStatus,
    PackageType, ResourceNotFoundException, Runtime, State,
};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use support::{Reply, Server};

const ACCOUNT: &str = "123456789012";
const REGION: &str = "us-east-1";
/// No test lists more pages than this.
const MAX_PAGES: usize = 20;

/// The handler the zip carries.
const HANDLER_SOURCE: &str = "def lambda_handler(event, context):\n    return event\n";

fn client(url: &str) -> Lambda {
    let config = Config::builder()
        .region(REGION)
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .build()
        .expect("config");
    Lambda::new(&config).expect("client")
}

fn function_arn(name: &str) -> String {
    format!("arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}")
}

/// CRC-32 (IEEE), as zip files use it.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A zip archive holding one file, stored (not compressed): a local header, the data, the
/// central directory and its end record (APPNOTE 4.3).
fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
    // 1980-01-01 00:00, the earliest date a zip can hold.
    let (time, date) = (0u16, (1 << 5) | 1u16);
    let mut zip = Vec::new();
    let common = |out: &mut Vec<u8>| {
        for v in [20u16, 0, 0, time, date] {
            out.extend_from_slice(&v.to_le_bytes()); // version needed, flags, method 0 (stored)
        }
        for v in [crc, size, size] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // no extra field
    };
    zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
    common(&mut zip);
    zip.extend_from_slice(name.as_bytes());
    zip.extend_from_slice(data);
    let directory_offset = zip.len() as u32;
    zip.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    zip.extend_from_slice(&20u16.to_le_bytes()); // version made by
    common(&mut zip);
    for v in [0u16, 0, 0] {
        zip.extend_from_slice(&v.to_le_bytes()); // comment length, disk, internal attributes
    }
    zip.extend_from_slice(&0u32.to_le_bytes()); // external attributes
    zip.extend_from_slice(&0u32.to_le_bytes()); // offset of the local header
    zip.extend_from_slice(name.as_bytes());
    let directory_size = zip.len() as u32 - directory_offset;
    zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    for v in [0u16, 0, 1, 1] {
        zip.extend_from_slice(&v.to_le_bytes()); // disks, entries on this disk and in all
    }
    zip.extend_from_slice(&directory_size.to_le_bytes());
    zip.extend_from_slice(&directory_offset.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes()); // no comment
    zip
}

fn code(zip: &[u8]) -> FunctionCode {
    FunctionCode::builder().zip_file(Blob(zip.to_vec())).build().expect("FunctionCode has no required member")
}

/// Every function `ListFunctions` gives, page by page, with `MaxItems` = `page_size`.
async fn list_all(client: &Lambda, page_size: i32) -> (usize, Vec<FunctionConfiguration>) {
    let pages: Vec<_> = client
        .list_functions()
        .into_paginator()
        .page_size(page_size)
        .pages()
        .take(MAX_PAGES)
        .try_collect()
        .await
        .expect("ListFunctions");
    assert!(pages.len() < MAX_PAGES, "ListFunctions did not stop paging");
    let count = pages.len();
    (count, pages.into_iter().flat_map(|p| p.into_inner().functions.unwrap_or_default()).collect())
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
    assert_eq!(role, format!("arn:aws:iam::{ACCOUNT}:role/test-role"));
    let client = client(&moto.url);
    let zip = stored_zip("lambda_function.py", HANDLER_SOURCE.as_bytes());

    // Create: five functions, the first with every member moto keeps.
    let names = ["fn-alpha", "fn-bravo", "fn-charlie", "fn-delta", "fn-echo"];
    for (i, name) in names.iter().enumerate() {
        let created = client
            .create_function()
            .function_name(*name)
            .runtime(Runtime::Python312)
            .role(role.clone())
            .handler("lambda_function.lambda_handler")
            .code(code(&zip))
            .description(format!("function {i}"))
            .timeout(30)
            .memory_size(256)
            .package_type(PackageType::Zip)
            .environment(Environment { variables: Some(BTreeMap::from([("STAGE".to_owned(), "test".to_owned())])) })
            .tags(BTreeMap::from([("team".to_owned(), "lambda".to_owned())]))
            .send()
            .await
            .unwrap_or_else(|e| panic!("CreateFunction {name}: {e:?}"));
        assert!(created.request_id().is_some_and(|id| !id.is_empty()), "moto sends x-amzn-RequestId");
        let created = created.into_inner();
        assert_eq!(created.function_name.as_deref(), Some(*name));
        assert_eq!(created.function_arn.as_deref(), Some(function_arn(name).as_str()));
        assert_eq!(created.runtime, Some(Runtime::Python312));
        assert_eq!(created.role.as_deref(), Some(role.as_str()));
        assert_eq!(created.handler.as_deref(), Some("lambda_function.lambda_handler"));
        assert_eq!(created.description, Some(format!("function {i}")));
        assert_eq!((created.timeout, created.memory_size), (Some(30), Some(256)));
        assert_eq!(created.code_size, Some(zip.len() as i64));
        assert_eq!(created.package_type, Some(PackageType::Zip));
        assert_eq!(created.version.as_deref(), Some("$LATEST"));
        let variables = created.environment.and_then(|e| e.variables).unwrap_or_default();
        assert_eq!(variables.get("STAGE").map(String::as_str), Some("test"));
    }

    // A second CreateFunction of the same name is the modeled conflict.
    let again = client
        .create_function()
        .function_name("fn-alpha")
        .runtime(Runtime::Python312)
        .role(role.clone())
        .handler("lambda_function.lambda_handler")
        .code(code(&zip))
        .send()
        .await
        .expect_err("the function exists");
    match &again {
        Error::Service(e) => {
            assert!(
                matches!(e.error, aws_operation_lambda::CreateFunctionError::ResourceConflictException(_)),
                "{again:?}"
            );
            assert_eq!(e.meta.status, 409);
        }
        other => panic!("expected ResourceConflictException, got {other:?}"),
    }

    // Get.
    let got = client.get_function().function_name("fn-bravo").send().await.expect("GetFunction").into_inner();
    let configuration = got.configuration.expect("GetFunction has the configuration");
    assert_eq!(configuration.function_name.as_deref(), Some("fn-bravo"));
    assert_eq!(configuration.function_arn.as_deref(), Some(function_arn("fn-bravo").as_str()));
    assert_eq!(configuration.description.as_deref(), Some("function 1"));
    assert_eq!(configuration.state, Some(State::Active));
    assert!(got.code.is_some(), "GetFunction has the code's location");
    assert_eq!(got.tags.unwrap_or_default().get("team").map(String::as_str), Some("lambda"));

    // List, two per page: moto ignores MaxItems and Marker and answers with one page of every
    // function (the paging itself is checked against the scripted server below).
    let (pages, listed) = list_all(&client, 2).await;
    let listed_names: BTreeSet<String> = listed.iter().filter_map(|f| f.function_name.clone()).collect();
    assert_eq!(listed_names, names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>());
    assert_eq!(listed.len(), names.len(), "each function once");
    assert!(pages == 1 || pages == names.len().div_ceil(2), "{pages} pages of at most 2 for {} functions", names.len());
    // The page size did reach moto: its access log has the request line.
    let log = moto.log_text();
    assert!(log.contains("GET /2015-03-31/functions?MaxItems=2 HTTP/1.1"), "moto's log:\n{log}");

    // Update the configuration.
    let updated = client
        .update_function_configuration()
        .function_name("fn-alpha")
        .description("updated")
        .timeout(60)
        .memory_size(512)
        .handler("lambda_function.other_handler")
        .environment(Environment { variables: Some(BTreeMap::from([("STAGE".to_owned(), "prod".to_owned())])) })
        .send()
        .await
        .expect("UpdateFunctionConfiguration")
        .into_inner();
    assert_eq!(updated.function_name.as_deref(), Some("fn-alpha"));
    assert_eq!(updated.description.as_deref(), Some("updated"));
    assert_eq!((updated.timeout, updated.memory_size), (Some(60), Some(512)));
    assert_eq!(updated.handler.as_deref(), Some("lambda_function.other_handler"));
    let variables = updated.environment.and_then(|e| e.variables).unwrap_or_default();
    assert_eq!(variables.get("STAGE").map(String::as_str), Some("prod"));
    assert_eq!(updated.last_update_status, Some(LastUpdateStatus::Successful));
    let read_back = client.get_function().function_name("fn-alpha").send().await.expect("GetFunction").into_inner();
    let read_back = read_back.configuration.expect("configuration");
    assert_eq!((read_back.description.as_deref(), read_back.timeout), (Some("updated"), Some(60)));

    // Invoke: without Docker moto answers with the payload it was given.
    let payload = br#"{"hello": "world", "n": 42}"#;
    let invoked = client
        .invoke()
        .function_name("fn-alpha")
        .payload(Blob(payload.to_vec()))
        .send()
        .await
        .expect("Invoke")
        .into_inner();
    assert_eq!(invoked.status_code, Some(200));
    assert_eq!(invoked.payload.as_ref().map(|b| b.0.as_slice()), Some(&payload[..]));
    assert_eq!(invoked.function_error, None);
    // The invocation type travels as `X-Amz-Invocation-Type`: moto answers an event with 202.
    let queued = client
        .invoke()
        .function_name("fn-alpha")
        .invocation_type(InvocationType::Event)
        .payload(Blob(payload.to_vec()))
        .send()
        .await
        .expect("Invoke (Event)")
        .into_inner();
    assert_eq!(queued.status_code, Some(202));

    // Tags: add two, list, remove one, list.
    let arn = function_arn("fn-alpha");
    client
        .tag_resource()
        .resource(arn.clone())
        .tags(BTreeMap::from([("env".to_owned(), "test".to_owned()), ("owner".to_owned(), "me".to_owned())]))
        .send()
        .await
        .expect("TagResource");
    let tags = client.list_tags().resource(arn.clone()).send().await.expect("ListTags").into_inner().tags;
    let expected: BTreeMap<String, String> = [("env", "test"), ("owner", "me"), ("team", "lambda")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(tags.as_ref(), Some(&expected));
    client
        .untag_resource()
        .resource(arn.clone())
        .tag_keys(vec!["owner".to_owned(), "team".to_owned()])
        .send()
        .await
        .expect("UntagResource");
    let tags = client.list_tags().resource(arn.clone()).send().await.expect("ListTags").into_inner().tags;
    assert_eq!(tags, Some(BTreeMap::from([("env".to_owned(), "test".to_owned())])));

    // Delete one; it is gone from GetFunction and ListFunctions.
    let deleted = client.delete_function().function_name("fn-charlie").send().await.expect("DeleteFunction");
    let status = deleted.into_inner().status_code;
    assert!(matches!(status, Some(200 | 204)), "DeleteFunction's status: {status:?}");
    let gone = client.get_function().function_name("fn-charlie").send().await.expect_err("deleted");
    assert!(
        matches!(gone.service_error(), Some(GetFunctionError::ResourceNotFoundException(_))),
        "GetFunction of a deleted function: {gone:?}"
    );
    let (_, listed) = list_all(&client, 2).await;
    let listed_names: BTreeSet<String> = listed.into_iter().filter_map(|f| f.function_name).collect();
    let expected: BTreeSet<String> = names.iter().filter(|n| **n != "fn-charlie").map(|n| n.to_string()).collect();
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

/// `aws lambda ...` through the slice's command (`examples/lambda.rs` runs the same), against
/// moto: its exit code, stdout and stderr.
async fn command(moto: &Moto, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), moto.url.clone()]);
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDTEST"),
        ("AWS_SECRET_ACCESS_KEY", "secret"),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &aws_operation_lambda::operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

#[tokio::test]
async fn the_command_creates_lists_invokes_to_a_file_and_reports_errors() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let role = moto.create_role("cli-role");
    let zip = stored_zip("lambda_function.py", HANDLER_SOURCE.as_bytes());
    // A blob in `--cli-input-json` is base64, as AWS CLI v2 reads it.
    let input = serde_json::json!({
        "FunctionName": "cli-fn",
        "Runtime": "python3.12",
        "Role": role,
        "Handler": "lambda_function.lambda_handler",
        "Code": {"ZipFile": aws_operation::Blob(zip).to_base64()},
    });
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
    let encoded = aws_operation::Blob(payload.as_bytes().to_vec()).to_base64();
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

    // A modeled error: the AWS CLI's line and exit code.
    let (code, out, err) = command(&moto, &["get-function", "--function-name", "no-such-fn"]).await;
    assert_eq!((code, out.as_str()), (254, ""));
    assert!(
        err.contains("An error occurred (ResourceNotFoundException) when calling the GetFunction operation"),
        "{err}"
    );
    let (code, _, _) = command(&moto, &["delete-function", "--function-name", "cli-fn"]).await;
    assert_eq!(code, 0);
}
