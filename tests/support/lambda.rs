//! The Lambda slice's lifecycle, as tests/lambda_moto.rs runs it against moto and
//! tests/lambda_local.rs against the local endpoint: each step makes the calls both servers
//! answer alike and asserts what both answer; the test files check, between the steps, what
//! only their server does. Include it with `#[path = "support/lambda.rs"] mod lambda;`.
//!
//! The steps, in order: [`create_functions`] (the five [`FUNCTIONS`]), [`create_existing`],
//! [`get_bravo`], [`pages`], [`update_alpha`], [`invoke_alpha`] and [`invoke_as`],
//! [`tag_and_untag`], [`delete_charlie`]; [`command`] runs the slice's command.

#![allow(dead_code)]

use std::collections::BTreeMap;

use aws_operation::client::Response;
use aws_operation::{Blob, Config, Credentials, Error};
use aws_operation_lambda::{
    CreateFunctionError, Environment, FunctionCode, FunctionConfiguration, GetFunctionError, GetFunctionOutput,
    InvocationType, InvokeOutput, Lambda, LastUpdateStatus, LogType, PackageType, Runtime, State,
};
use futures_util::{StreamExt, TryStreamExt};

pub const ACCOUNT: &str = "123456789012";
pub const REGION: &str = "us-east-1";
/// No test lists more pages than this.
pub const MAX_PAGES: usize = 20;
/// The handler the zip carries.
pub const HANDLER_SOURCE: &str = "def lambda_handler(event, context):\n    return event\n";
/// The functions [`create_functions`] creates, in name order.
pub const FUNCTIONS: [&str; 5] = ["fn-alpha", "fn-bravo", "fn-charlie", "fn-delta", "fn-echo"];
/// The event [`invoke_alpha`] and [`invoke_as`] send.
pub const PAYLOAD: &[u8] = br#"{"hello": "world", "n": 42}"#;

/// A client for the server at `url`, in [`REGION`].
pub fn client(url: &str, credentials: Credentials) -> Lambda {
    let config = Config::builder().region(REGION).credentials(credentials).endpoint_url(url).build().expect("config");
    Lambda::new(&config).expect("client")
}

pub fn function_arn(name: &str) -> String {
    format!("arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}")
}

/// CRC-32 (IEEE), as zip files use it.
pub fn crc32(data: &[u8]) -> u32 {
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
/// central directory and its end record (APPNOTE 4.3), dated 1980-01-01 as the earliest a zip
/// can be, so the bytes, and their hash, are always the same.
pub fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
    let header = |out: &mut Vec<u8>| {
        // Version needed, flags, method 0 (stored), time, date.
        for v in [20u16, 0, 0, 0, (1 << 5) | 1] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, size, size] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // no extra field
    };
    let mut zip = 0x0403_4b50u32.to_le_bytes().to_vec();
    header(&mut zip);
    zip.extend_from_slice(name.as_bytes());
    zip.extend_from_slice(data);
    let directory_offset = zip.len() as u32;
    zip.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
    zip.extend_from_slice(&20u16.to_le_bytes()); // version made by
    header(&mut zip);
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

/// The zip of [`HANDLER_SOURCE`] as `lambda_function.py`.
pub fn zip() -> Vec<u8> {
    stored_zip("lambda_function.py", HANDLER_SOURCE.as_bytes())
}

pub fn code(zip: &[u8]) -> FunctionCode {
    FunctionCode::builder().zip_file(Blob(zip.to_vec())).build().expect("FunctionCode has no required member")
}

/// Creates the five [`FUNCTIONS`] as `role`, each with a description, timeout, memory size,
/// package type, environment and tag; what both servers answer is checked, the answers returned.
pub async fn create_functions(client: &Lambda, role: &str) -> Vec<Response<FunctionConfiguration>> {
    let zip = zip();
    let mut answers = Vec::new();
    for (i, name) in FUNCTIONS.iter().enumerate() {
        let created = client
            .create_function()
            .function_name(*name)
            .runtime(Runtime::Python312)
            .role(role)
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
        assert_eq!(created.function_name.as_deref(), Some(*name));
        assert_eq!(created.function_arn.as_deref(), Some(function_arn(name).as_str()));
        assert_eq!(created.runtime, Some(Runtime::Python312));
        assert_eq!(created.role.as_deref(), Some(role));
        assert_eq!(created.handler.as_deref(), Some("lambda_function.lambda_handler"));
        assert_eq!(created.description, Some(format!("function {i}")));
        assert_eq!((created.timeout, created.memory_size), (Some(30), Some(256)));
        assert_eq!(created.code_size, Some(zip.len() as i64));
        assert_eq!(created.package_type, Some(PackageType::Zip));
        assert_eq!(created.version.as_deref(), Some("$LATEST"));
        let variables = created.environment.as_ref().and_then(|e| e.variables.as_ref());
        assert_eq!(variables.and_then(|v| v.get("STAGE")).map(String::as_str), Some("test"));
        answers.push(created);
    }
    answers
}

/// A second `CreateFunction` of `fn-alpha`: the modeled conflict, 409.
pub async fn create_existing(client: &Lambda, role: &str) -> Error<CreateFunctionError> {
    let again = client
        .create_function()
        .function_name("fn-alpha")
        .runtime(Runtime::Python312)
        .role(role)
        .handler("lambda_function.lambda_handler")
        .code(code(&zip()))
        .send()
        .await
        .expect_err("the function exists");
    match &again {
        Error::Service(e) => {
            assert!(matches!(e.error, CreateFunctionError::ResourceConflictException(_)), "{again:?}");
            assert_eq!(e.meta.status, 409);
        }
        other => panic!("expected ResourceConflictException, got {other:?}"),
    }
    again
}

/// `GetFunction` of `fn-bravo`, named as `name` says: its configuration, code and tags.
pub async fn get_bravo(client: &Lambda, name: &str) -> GetFunctionOutput {
    let got = client.get_function().function_name(name).send().await.expect("GetFunction").into_inner();
    let configuration = got.configuration.as_ref().expect("GetFunction has the configuration");
    assert_eq!(configuration.function_name.as_deref(), Some("fn-bravo"), "{name}");
    assert_eq!(configuration.function_arn.as_deref(), Some(function_arn("fn-bravo").as_str()));
    assert_eq!(configuration.description.as_deref(), Some("function 1"));
    assert_eq!(configuration.state, Some(State::Active));
    assert!(got.code.is_some(), "GetFunction has the code's location");
    assert_eq!(got.tags.as_ref().and_then(|t| t.get("team")).map(String::as_str), Some("lambda"));
    got
}

/// Every function `ListFunctions` gives, page by page, with `MaxItems` = `page_size`.
pub async fn pages(client: &Lambda, page_size: i32) -> Vec<Vec<FunctionConfiguration>> {
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
    pages.into_iter().map(|page| page.into_inner().functions.unwrap_or_default()).collect()
}

/// Updates `fn-alpha`'s description, timeout, memory size, handler and environment, at
/// `revision_id` if given, and reads the change back; the update's answer is returned.
pub async fn update_alpha(client: &Lambda, revision_id: Option<String>) -> FunctionConfiguration {
    let updated = client
        .update_function_configuration()
        .function_name("fn-alpha")
        .description("updated")
        .timeout(60)
        .memory_size(512)
        .handler("lambda_function.other_handler")
        .environment(Environment { variables: Some(BTreeMap::from([("STAGE".to_owned(), "prod".to_owned())])) })
        .set_revision_id(revision_id)
        .send()
        .await
        .expect("UpdateFunctionConfiguration")
        .into_inner();
    assert_eq!(updated.function_name.as_deref(), Some("fn-alpha"));
    assert_eq!(updated.description.as_deref(), Some("updated"));
    assert_eq!((updated.timeout, updated.memory_size), (Some(60), Some(512)));
    assert_eq!(updated.handler.as_deref(), Some("lambda_function.other_handler"));
    let variables = updated.environment.as_ref().and_then(|e| e.variables.as_ref());
    assert_eq!(variables.and_then(|v| v.get("STAGE")).map(String::as_str), Some("prod"));
    assert_eq!(updated.last_update_status, Some(LastUpdateStatus::Successful));
    let read_back = client.get_function().function_name("fn-alpha").send().await.expect("GetFunction").into_inner();
    let read_back = read_back.configuration.expect("configuration");
    assert_eq!((read_back.description.as_deref(), read_back.timeout), (Some("updated"), Some(60)));
    updated
}

/// Invokes `fn-alpha` with [`PAYLOAD`] and the log type `log_type`: the event comes back, as a
/// function returning its event returns it.
pub async fn invoke_alpha(client: &Lambda, log_type: Option<LogType>) -> InvokeOutput {
    let invoked = client
        .invoke()
        .function_name("fn-alpha")
        .payload(Blob(PAYLOAD.to_vec()))
        .set_log_type(log_type)
        .send()
        .await
        .expect("Invoke")
        .into_inner();
    assert_eq!(invoked.status_code, Some(200));
    assert_eq!(invoked.payload.as_ref().map(|b| b.0.as_slice()), Some(PAYLOAD));
    assert_eq!(invoked.function_error, None);
    invoked
}

/// Invokes `fn-alpha` with [`PAYLOAD`] as `invocation_type`.
pub async fn invoke_as(client: &Lambda, invocation_type: InvocationType) -> InvokeOutput {
    client
        .invoke()
        .function_name("fn-alpha")
        .invocation_type(invocation_type.clone())
        .payload(Blob(PAYLOAD.to_vec()))
        .send()
        .await
        .unwrap_or_else(|e| panic!("Invoke ({invocation_type:?}): {e:?}"))
        .into_inner()
}

/// Tags `fn-alpha` with two tags, lists them beside the one it was created with, removes two and
/// lists the one left.
pub async fn tag_and_untag(client: &Lambda) {
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
}

/// Deletes `fn-charlie`, which `GetFunction` then does not find: the delete's status code and
/// the error of the `GetFunction` after it.
pub async fn delete_charlie(client: &Lambda) -> (Option<i32>, Error<GetFunctionError>) {
    let deleted = client.delete_function().function_name("fn-charlie").send().await.expect("DeleteFunction");
    let status = deleted.into_inner().status_code;
    let gone = client.get_function().function_name("fn-charlie").send().await.expect_err("deleted");
    assert!(
        matches!(gone.service_error(), Some(GetFunctionError::ResourceNotFoundException(_))),
        "GetFunction of a deleted function: {gone:?}"
    );
    (status, gone)
}

/// The `--cli-input-json` of a `create-function` of `cli-fn` as `role`; a blob in it is base64,
/// as AWS CLI v2 reads it.
pub fn cli_input(role: &str) -> serde_json::Value {
    serde_json::json!({
        "FunctionName": "cli-fn",
        "Runtime": "python3.12",
        "Role": role,
        "Handler": "lambda_function.lambda_handler",
        "Code": {"ZipFile": Blob(zip()).to_base64()},
    })
}

/// `aws lambda ...` through the slice's command (`examples/lambda.rs` runs the same) against the
/// server at `url`, signed with `credentials`: its exit code, stdout and stderr.
pub async fn command(url: &str, credentials: &Credentials, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), url.to_owned()]);
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &aws_operation_lambda::operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// `get-function` of a function that does not exist: the AWS CLI's line and exit code for the
/// modeled error.
pub async fn command_reports_the_modeled_error(url: &str, credentials: &Credentials) {
    let (code, out, err) = command(url, credentials, &["get-function", "--function-name", "no-such-fn"]).await;
    assert_eq!((code, out.as_str()), (254, ""));
    assert!(
        err.contains("An error occurred (ResourceNotFoundException) when calling the GetFunction operation"),
        "{err}"
    );
}
