//! The Lambda stand-in (aws-operation-local-endpoint's `lambda`) driven by the Lambda slice's
//! client and command over loopback: the lifecycle tests/lambda_moto.rs runs against moto, here
//! with what moto does not do as Lambda does (paging with `Marker` and `MaxItems`, the modeled
//! error's `Type` and `Message`, `RevisionId`), published versions, and the errors it answers.

#[path = "support/lambda.rs"]
mod lambda;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::SystemTime;

use aws_operation::http::HttpRequest;
use aws_operation::sign::{Scheme, SigningParams, SigningSettings};
use aws_operation::{Blob, Credentials, DateTime, Error};
use aws_operation_lambda::{
    Architecture, CreateFunctionError, DeleteFunctionError, FunctionConfiguration, GetFunctionError, InvocationType,
    InvokeError, Lambda, LastUpdateStatus, ListTagsError, LogFormat, LogType, ResourceConflictException,
    ResourceNotFoundException, Runtime, SnapStartApplyOn, State, TagResourceError, TracingMode,
    UpdateFunctionConfigurationError,
};
use aws_operation_local_endpoint::Running;
use aws_operation_local_endpoint::lambda::Simulator;
use lambda::{ACCOUNT, FUNCTIONS, REGION, code, function_arn, zip};

const ACCESS_KEY: &str = "AKIDLAMBDALOCAL";
const SECRET: &str = "lambda-local-secret";
const ROLE: &str = "arn:aws:iam::123456789012:role/test-role";
/// 2026-01-01T00:00:00Z.
const START: i64 = 1_767_225_600;

/// The base64 SHA-256 of [`lambda::zip`], computed apart (Python's hashlib) from the same 187
/// bytes, which Python's zipfile reads back.
const ZIP_SHA256: &str = "JpsIHmU6nMk6hvsfG9yD23IHsIq1yCGqQxFB3kfKKYA=";

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY, SECRET, None, None)
}

/// A stand-in serving on loopback, and a client for it. Its clock starts at [`START`] and moves
/// one second each time it is read, so every change has its own `LastModified`.
struct Stand {
    simulator: Simulator,
    endpoint: Running,
    client: Lambda,
}

async fn stand() -> Stand {
    let clock = Arc::new(AtomicI64::new(START));
    let simulator = Simulator::builder()
        .account_id(ACCOUNT)
        .region(REGION)
        .clock(move || DateTime::from_secs(clock.fetch_add(1, Ordering::SeqCst)))
        .build()
        .expect("simulator");
    let endpoint = simulator.endpoint(credentials()).start().await.expect("endpoint");
    let client = lambda::client(&endpoint.url(), credentials());
    Stand { simulator, endpoint, client }
}

/// `LastModified` of the `n`th read of the clock, as Lambda writes it.
fn modified(n: i64) -> String {
    let date = DateTime::from_secs(START + n).fmt_date_time();
    format!("{}.000+0000", date.trim_end_matches('Z'))
}

/// Creates `name` with the least a .zip function needs.
async fn create(client: &Lambda, name: &str) -> FunctionConfiguration {
    client
        .create_function()
        .function_name(name)
        .runtime(Runtime::Python312)
        .role(ROLE)
        .handler("lambda_function.lambda_handler")
        .code(code(&zip()))
        .send()
        .await
        .unwrap_or_else(|e| panic!("CreateFunction {name}: {e:?}"))
        .into_inner()
}

/// The names of the functions on each page `ListFunctions` gives with `MaxItems` = `page_size`.
async fn pages(client: &Lambda, page_size: i32) -> Vec<Vec<String>> {
    let names = |page: Vec<FunctionConfiguration>| page.into_iter().filter_map(|f| f.function_name).collect();
    lambda::pages(client, page_size).await.into_iter().map(names).collect()
}

#[tokio::test]
async fn functions_are_created_listed_updated_invoked_tagged_and_deleted() {
    let Stand { simulator, endpoint, client } = stand().await;

    // Create: five functions, with the members the moto test sets.
    let mut revisions = Vec::new();
    for (i, created) in lambda::create_functions(&client, ROLE).await.into_iter().enumerate() {
        let name = FUNCTIONS[i];
        assert!(created.request_id().is_some_and(|id| id.starts_with("local-")), "the endpoint's request id");
        let created = created.into_inner();
        assert_eq!(created.code_sha256.as_deref(), Some(ZIP_SHA256));
        assert_eq!(created.state, Some(State::Active));
        assert_eq!(created.last_update_status, Some(LastUpdateStatus::Successful));
        assert_eq!(created.last_modified, Some(modified(i as i64)));
        // What Lambda fills in when the request does not say.
        assert_eq!(created.architectures, Some(vec![Architecture::X8664]));
        assert_eq!(created.ephemeral_storage.map(|e| e.size), Some(512));
        assert_eq!(created.tracing_config.and_then(|t| t.mode), Some(TracingMode::PassThrough));
        assert_eq!(created.snap_start.and_then(|s| s.apply_on), Some(SnapStartApplyOn::None));
        let logging = created.logging_config.expect("LoggingConfig");
        assert_eq!(logging.log_format, Some(LogFormat::Text));
        assert_eq!(logging.log_group, Some(format!("/aws/lambda/{name}")));
        let revision = created.revision_id.expect("RevisionId");
        assert!(!revisions.contains(&revision), "each function has its own revision: {revision}");
        revisions.push(revision);
    }

    // A second CreateFunction of the same name is the modeled conflict, as Lambda words it.
    let again = lambda::create_existing(&client, ROLE).await;
    let Error::Service(conflict) = &again else { panic!("expected ResourceConflictException, got {again:?}") };
    let CreateFunctionError::ResourceConflictException(e) = &conflict.error else { panic!("{again:?}") };
    let expected = ResourceConflictException {
        r#type: Some("User".into()),
        message: Some("Function already exist: fn-alpha".into()),
    };
    assert!(*e == expected, "{e:?}");
    assert_eq!((conflict.meta.status, conflict.meta.code.as_str()), (409, "ResourceConflictException"));

    // Get: by name, by ARN, by partial ARN; `$LATEST` by name or as the qualifier.
    for name in ["fn-bravo", &function_arn("fn-bravo"), &format!("{ACCOUNT}:function:fn-bravo")] {
        let got = lambda::get_bravo(&client, name).await;
        assert_eq!(got.code.and_then(|c| c.repository_type).as_deref(), Some("S3"));
    }
    let latest_arn = format!("{}:$LATEST", function_arn("fn-bravo"));
    for (name, qualifier) in [("fn-bravo", Some("$LATEST")), ("fn-bravo:$LATEST", None)] {
        let got = client
            .get_function()
            .function_name(name)
            .set_qualifier(qualifier.map(str::to_owned))
            .send()
            .await
            .expect("GetFunction $LATEST")
            .into_inner();
        let arn = got.configuration.and_then(|c| c.function_arn);
        assert_eq!(arn.as_deref(), Some(latest_arn.as_str()), "qualified as asked");
    }

    // List, two per page: Lambda's paging, in name order, each page asked with MaxItems and
    // the previous page's NextMarker.
    let before = endpoint.requests();
    let listed = pages(&client, 2).await;
    assert_eq!(listed, [vec!["fn-alpha", "fn-bravo"], vec!["fn-charlie", "fn-delta"], vec!["fn-echo"]]);
    assert_eq!(endpoint.requests() - before, 3, "one request per page");

    // Update the configuration: the members given change, the others stay, and the revision
    // and the modification time move on.
    let updated = lambda::update_alpha(&client, Some(revisions[0].clone())).await;
    assert_eq!(updated.runtime, Some(Runtime::Python312), "what was not given stays");
    assert_eq!(updated.last_modified, Some(modified(5)), "the clock's sixth reading");
    let revision = updated.revision_id.clone().expect("RevisionId");
    assert_ne!(revision, revisions[0]);
    assert_eq!(simulator.function("fn-alpha").and_then(|f| f.revision_id), Some(revision));
    // The revision it was read at is no longer the current one.
    let stale = client
        .update_function_configuration()
        .function_name("fn-alpha")
        .description("lost update")
        .revision_id(revisions[0].clone())
        .send()
        .await
        .expect_err("a stale RevisionId");
    assert!(
        matches!(stale.service_error(), Some(UpdateFunctionConfigurationError::PreconditionFailedException(_))),
        "{stale:?}"
    );

    // Invoke: the payload comes back as a function returning its event would return it.
    let invoked = lambda::invoke_alpha(&client, Some(LogType::Tail)).await;
    assert_eq!(invoked.executed_version.as_deref(), Some("$LATEST"));
    let log = invoked.log_result.as_deref().and_then(Blob::from_base64).expect("a base64 X-Amz-Log-Result");
    let log = String::from_utf8(log.0).expect("UTF-8 log");
    assert!(log.starts_with("START RequestId: ") && log.contains(" Version: $LATEST\nEND RequestId: "), "{log}");
    assert!(log.contains("\tMemory Size: 512 MB\t"), "{log}");
    // An event is queued (202) and a dry run checked (204); neither answers a payload.
    for (invocation_type, status) in [(InvocationType::Event, 202), (InvocationType::DryRun, 204)] {
        let answered = lambda::invoke_as(&client, invocation_type.clone()).await;
        assert_eq!(answered.status_code, Some(status), "{invocation_type:?}");
        assert!(answered.payload.is_none_or(|p| p.0.is_empty()), "{invocation_type:?}");
    }

    lambda::tag_and_untag(&client).await;

    // Delete one; it is gone from GetFunction, ListFunctions and ListTags.
    let (status, gone) = lambda::delete_charlie(&client).await;
    assert_eq!(status, Some(204), "Lambda answers 204");
    let Error::Service(service) = &gone else { panic!("expected a service error, got {gone:?}") };
    let GetFunctionError::ResourceNotFoundException(not_found) = &service.error else {
        panic!("expected ResourceNotFoundException, got {:?}", service.error)
    };
    // `Type` and `Message`, as Lambda sends them (moto sends neither).
    let message = format!("Function not found: {}", function_arn("fn-charlie"));
    let expected = ResourceNotFoundException { r#type: Some("User".into()), message: Some(message.clone()) };
    assert!(*not_found == expected, "{not_found:?}");
    assert_eq!((service.meta.status, service.meta.code.as_str()), (404, "ResourceNotFoundException"));
    assert_eq!(service.meta.message.as_deref(), Some(message.as_str()));
    assert!(gone.request_id().is_some_and(|id| id.starts_with("local-")));
    let listed: Vec<String> = pages(&client, 2).await.concat();
    assert_eq!(listed, ["fn-alpha", "fn-bravo", "fn-delta", "fn-echo"]);
    let tags = client.list_tags().resource(function_arn("fn-charlie")).send().await.expect_err("deleted");
    assert!(matches!(tags.service_error(), Some(ListTagsError::ResourceNotFoundException(_))), "{tags:?}");
    assert!(simulator.function("fn-charlie").is_none());
    endpoint.shutdown().await;
}

#[tokio::test]
async fn published_versions_are_read_invoked_listed_and_deleted_by_qualifier() {
    let Stand { endpoint, client, .. } = stand().await;
    let published = client
        .create_function()
        .function_name("versioned")
        .runtime(Runtime::Nodejs22X)
        .role(ROLE)
        .handler("index.handler")
        .code(code(&zip()))
        .publish(true)
        .send()
        .await
        .expect("CreateFunction with Publish")
        .into_inner();
    assert_eq!(published.version.as_deref(), Some("1"), "CreateFunction answers the version it published");
    client.update_function_configuration().function_name("versioned").timeout(9).send().await.expect("update $LATEST");

    // The version keeps what it was published with; `$LATEST` has the update.
    let v1 = client.get_function().function_name("versioned:1").send().await.expect("GetFunction :1").into_inner();
    let v1 = v1.configuration.expect("configuration");
    assert_eq!(v1.function_arn, Some(format!("{}:1", function_arn("versioned"))));
    assert_eq!((v1.version.as_deref(), v1.timeout), (Some("1"), Some(3)));
    let latest = client.get_function().function_name("versioned").send().await.expect("GetFunction").into_inner();
    assert_eq!(latest.configuration.and_then(|c| c.timeout), Some(9));

    let invoked =
        client.invoke().function_name("versioned").qualifier("1").send().await.expect("Invoke version 1").into_inner();
    assert_eq!(invoked.executed_version.as_deref(), Some("1"));
    assert_eq!(invoked.payload.map(|p| p.0), Some(b"{}".to_vec()), "no payload is the empty event");

    // `FunctionVersion=ALL` lists `$LATEST` and the version, with qualified ARNs.
    let all = client
        .list_functions()
        .function_version(aws_operation_lambda::FunctionVersion::All)
        .send()
        .await
        .expect("ListFunctions ALL")
        .into_inner();
    let arns: Vec<String> = all.functions.unwrap_or_default().into_iter().filter_map(|f| f.function_arn).collect();
    assert_eq!(arns, [format!("{}:$LATEST", function_arn("versioned")), format!("{}:1", function_arn("versioned"))]);

    // A qualifier in the name and another as `Qualifier` disagree.
    let mismatch =
        client.get_function().function_name("versioned:1").qualifier("2").send().await.expect_err("mismatch");
    assert!(
        matches!(mismatch.service_error(), Some(GetFunctionError::InvalidParameterValueException(_))),
        "{mismatch:?}"
    );
    let missing =
        client.get_function().function_name("versioned").qualifier("7").send().await.expect_err("no version 7");
    let Some(GetFunctionError::ResourceNotFoundException(e)) = missing.service_error() else { panic!("{missing:?}") };
    assert_eq!(e.message, Some(format!("Function not found: {}:7", function_arn("versioned"))));

    // `$LATEST` alone cannot be deleted; a version can, and then it is not found.
    let latest =
        client.delete_function().function_name("versioned").qualifier("$LATEST").send().await.expect_err("$LATEST");
    assert!(
        matches!(latest.service_error(), Some(DeleteFunctionError::InvalidParameterValueException(_))),
        "{latest:?}"
    );
    client.delete_function().function_name("versioned").qualifier("1").send().await.expect("delete version 1");
    let gone = client.get_function().function_name("versioned").qualifier("1").send().await.expect_err("deleted");
    assert!(matches!(gone.service_error(), Some(GetFunctionError::ResourceNotFoundException(_))), "{gone:?}");
    client.get_function().function_name("versioned").send().await.expect("$LATEST stays");
    endpoint.shutdown().await;
}

#[tokio::test]
async fn what_lambda_refuses_the_stand_in_refuses() {
    let Stand { endpoint, client, .. } = stand().await;
    create(&client, "refuser").await;

    // Code that is not a zip archive.
    let not_zip = client
        .create_function()
        .function_name("broken")
        .runtime(Runtime::Python312)
        .role(ROLE)
        .handler("h.h")
        .code(code(b"this is not a zip archive at all"))
        .send()
        .await
        .expect_err("not a zip");
    let Some(CreateFunctionError::InvalidParameterValueException(e)) = not_zip.service_error() else {
        panic!("{not_zip:?}")
    };
    assert_eq!(
        e.message.as_deref(),
        Some("Could not unzip uploaded file. Please check your file, then try to upload again.")
    );
    // A .zip function needs a runtime and a handler.
    let bare = client.create_function().function_name("bare").role(ROLE).code(code(&zip())).send().await;
    assert!(
        matches!(
            bare.as_ref().err().and_then(Error::service_error),
            Some(CreateFunctionError::InvalidParameterValueException(_))
        ),
        "{bare:?}"
    );

    // An ARN of another region is not reachable from this one.
    let elsewhere = "arn:aws:lambda:eu-west-1:123456789012:function:refuser";
    let err = client.get_function().function_name(elsewhere).send().await.expect_err("another region");
    let Some(GetFunctionError::ResourceNotFoundException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.message.as_deref(), Some("Functions from 'eu-west-1' are not reachable in this region ('us-east-1')"));
    // One of another account is not allowed: an error the model does not list.
    let err =
        client.get_function().function_name("444455556666:function:refuser").send().await.expect_err("another account");
    let Error::Service(denied) = &err else { panic!("{err:?}") };
    assert!(matches!(denied.error, GetFunctionError::Unmodeled(_)), "{err:?}");
    assert_eq!((denied.meta.status, denied.meta.code.as_str()), (403, "AccessDeniedException"));

    // A payload that is not JSON.
    let err = client
        .invoke()
        .function_name("refuser")
        .payload(Blob(b"{not json".to_vec()))
        .send()
        .await
        .expect_err("not JSON");
    assert!(matches!(err.service_error(), Some(InvokeError::InvalidRequestContentException(_))), "{err:?}");
    let err = client.invoke().function_name("nobody").send().await.expect_err("no such function");
    assert!(matches!(err.service_error(), Some(InvokeError::ResourceNotFoundException(_))), "{err:?}");

    // Tags are on functions, not on their versions.
    let err = client
        .tag_resource()
        .resource(format!("{}:1", function_arn("refuser")))
        .tags(BTreeMap::from([("k".to_owned(), "v".to_owned())]))
        .send()
        .await
        .expect_err("a qualified ARN");
    let Some(TagResourceError::InvalidParameterValueException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(
        e.message.as_deref(),
        Some("Tags on function aliases and versions are not supported. Please specify a function ARN.")
    );

    // A marker that no listing gave.
    let err = client.list_functions().marker("not-a-marker").send().await.expect_err("a made-up marker");
    assert!(matches!(err, Error::Service(_)), "{err:?}");
    // Input the model forbids is refused by the client before it is sent, and by the endpoint
    // when it is sent anyway (as tests/local_endpoint.rs checks for every operation).
    let before = endpoint.requests();
    let err = client.create_function().function_name("not a name!").role(ROLE).code(code(&zip())).send().await;
    assert!(matches!(err, Err(Error::InvalidInput(_))), "{err:?}");
    assert_eq!(endpoint.requests(), before, "nothing was sent");
    endpoint.shutdown().await;
}

/// Sends `body` to `POST {path}` signed as a client signs it, past the client's own validation,
/// on a fresh connection: the status, the error code header and the JSON body of the answer.
async fn post_unchecked(endpoint: &Running, path: &str, body: &str) -> (u16, Option<String>, serde_json::Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let mut request = HttpRequest::new("POST", format!("{}{path}", endpoint.url()));
    request.set_header("content-type", "application/json");
    request.body = body.to_owned().into();
    let credentials = credentials();
    let params = SigningParams {
        credentials: &credentials,
        scheme: Scheme::SigV4 { region: REGION },
        signing_name: "lambda",
        time: SystemTime::now(),
        settings: SigningSettings::default(),
    };
    aws_operation::sign::sign(&mut request, &params).expect("signed");
    let authority = endpoint.url().trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&authority).await.expect("connect");
    let mut head = format!("POST {path} HTTP/1.1\r\n");
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("content-length: {}\r\nconnection: close\r\n\r\n", request.body.len()));
    stream.write_all(head.as_bytes()).await.expect("write");
    stream.write_all(&request.body).await.expect("write");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).await.expect("read");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head");
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
    let code = head
        .split("\r\n")
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("x-amzn-errortype"))
        .map(|(_, value)| value.trim().to_owned());
    (status, code, serde_json::from_str(body).expect("a JSON body"))
}

#[tokio::test]
async fn constraints_are_checked_when_a_client_does_not_check_them() {
    let Stand { endpoint, simulator, .. } = stand().await;
    let body = serde_json::json!({
        "FunctionName": "unchecked",
        "Runtime": "python9",
        "Role": ROLE,
        "Handler": "h.h",
        "Code": {"ZipFile": Blob(zip()).to_base64()},
        "Timeout": 0,
    });
    let (status, code, answer) = post_unchecked(&endpoint, "/2015-03-31/functions", &body.to_string()).await;
    assert_eq!((status, code.as_deref()), (400, Some("ValidationException")), "{answer}");
    let message = answer["message"].as_str().unwrap_or_default();
    // The endpoint checks every constraint before the handler runs, and names each field.
    assert!(message.starts_with("2 invalid members: "), "{message}");
    assert_eq!(answer["fieldList"].as_array().map(Vec::len), Some(2), "{answer}");
    assert!(message.contains("`Runtime`") && message.contains("`Timeout`"), "{message}");
    assert!(simulator.function("unchecked").is_none(), "nothing was created");
    // The same body, valid, is created: the refusal was the constraints'.
    let body = serde_json::json!({
        "FunctionName": "unchecked",
        "Runtime": "python3.12",
        "Role": ROLE,
        "Handler": "h.h",
        "Code": {"ZipFile": Blob(zip()).to_base64()},
    });
    let (status, _, answer) = post_unchecked(&endpoint, "/2015-03-31/functions", &body.to_string()).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["FunctionName"], "unchecked");
    endpoint.shutdown().await;
}

/// `aws lambda ...` through the slice's command against the endpoint at `url`.
async fn command(url: &str, args: &[&str]) -> (i32, String, String) {
    lambda::command(url, &credentials(), args).await
}

#[tokio::test]
async fn the_command_creates_and_invokes_to_an_outfile_against_the_stand_in() {
    let Stand { endpoint, .. } = stand().await;
    let url = endpoint.url();
    let input = lambda::cli_input(ROLE);
    let (code, out, err) = command(&url, &["create-function", "--cli-input-json", &input.to_string()]).await;
    assert_eq!(code, 0, "{err}");
    let created: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(created["FunctionArn"], function_arn("cli-fn").as_str());
    assert_eq!(created["CodeSha256"], ZIP_SHA256);

    // The payload goes to the trailing outfile, the rest to stdout.
    let dir = std::env::temp_dir().join(format!("aws-operation-lambda-local-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let outfile = dir.join("out.json");
    let outfile_arg = outfile.to_str().expect("UTF-8 path");
    let payload = r#"{"from": "the command"}"#;
    // A blob flag is base64 too (AWS CLI v2's default `cli_binary_format`).
    let encoded = Blob(payload.as_bytes().to_vec()).to_base64();
    let args = ["invoke", "--function-name", "cli-fn", "--payload", &encoded, "--log-type", "Tail", outfile_arg];
    let (code, out, err) = command(&url, &args).await;
    assert_eq!(code, 0, "{err}");
    let printed: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(printed["StatusCode"], 200);
    assert_eq!(printed["ExecutedVersion"], "$LATEST");
    assert!(printed["LogResult"].as_str().and_then(Blob::from_base64).is_some(), "{out}");
    assert!(printed.get("Payload").is_none(), "the payload is not printed: {out}");
    assert_eq!(std::fs::read_to_string(&outfile).expect("outfile"), payload);
    std::fs::remove_dir_all(&dir).expect("clean up");

    lambda::command_reports_the_modeled_error(&url, &credentials()).await;
    let (code, _, err) = command(&url, &["delete-function", "--function-name", "cli-fn"]).await;
    assert_eq!(code, 0, "{err}");
    endpoint.shutdown().await;
}
