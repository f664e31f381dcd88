//! `aws_operation::stub`: clients of real slices over stubs, each request signed, serialized and
//! read back by the protocol's server side, each answer decoded by the client as AWS's would be.
//! Lambda (restJson1), Kinesis and Partner Central (awsJson 1.1, 1.0), STS (awsQuery), EC2
//! (ec2Query).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use aws_operation::idempotency::TokenGenerator;
use aws_operation::stub::{Stubs, UNEXPECTED_CALL};
use aws_operation::{Blob, Config, ConfigBuilder, Credentials, DateTime, Error};
use aws_operation_lambda::{
    EnvironmentResponse, FunctionCodeLocation, FunctionConfiguration, GetFunction, GetFunctionError, GetFunctionOutput,
    Invoke, InvokeError, InvokeOutput, Lambda, ListFunctions, ListFunctionsOutput, ResourceNotFoundException, Runtime,
    State,
};
use futures_util::TryStreamExt;

fn region() -> ConfigBuilder {
    Config::builder().region("us-east-1")
}

fn lambda(stubs: &Stubs<Lambda>) -> Lambda {
    Lambda::new(&stubs.config(region()).expect("config")).expect("client")
}

fn function(name: &str) -> FunctionConfiguration {
    FunctionConfiguration::builder()
        .function_name(name)
        .function_arn(format!("arn:aws:lambda:us-east-1:123456789012:function:{name}"))
        .runtime(Runtime::Python312)
        .memory_size(256)
        .state(State::Active)
        .environment(
            EnvironmentResponse::builder()
                .variables(BTreeMap::from([("STAGE".to_owned(), "test".to_owned())]))
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

/// The message of the unmodeled error an unexpected call is answered with.
fn unexpected<E: std::error::Error + 'static>(error: &Error<E>) -> String {
    let Error::Service(service) = error else { panic!("not a service error: {error:?}") };
    assert_eq!(service.meta.code, UNEXPECTED_CALL);
    assert_eq!(service.meta.status, 400);
    service.meta.message.clone().unwrap_or_default()
}

#[tokio::test]
async fn a_matched_input_gets_its_output_decoded_by_the_protocol() {
    let output = GetFunctionOutput::builder()
        .configuration(function("f"))
        .code(
            FunctionCodeLocation::builder()
                .repository_type("S3")
                .location("https://example.com/f.zip")
                .build()
                .unwrap(),
        )
        .tags(BTreeMap::from([("team".to_owned(), "a".to_owned())]))
        .build()
        .unwrap();
    let stubs = Stubs::<Lambda>::new().on::<GetFunction>(
        |input| input.function_name == "f" && input.qualifier.as_deref() == Some("3"),
        Ok(output.clone()),
    );
    let got = lambda(&stubs).get_function().function_name("f").qualifier("3").send().await.unwrap();
    assert_eq!(got.request_id(), Some("stubs-0000000000000001"));
    assert_eq!(got.into_inner(), output);
    stubs.check().unwrap();
    assert_eq!(stubs.calls::<GetFunction>(), 1);
}

#[tokio::test]
async fn stubs_of_one_operation_answer_in_order_and_errors_come_back_typed() {
    let missing = ResourceNotFoundException::builder()
        .r#type("User")
        .message("Function not found: arn:aws:lambda:us-east-1:123456789012:function:f")
        .build()
        .unwrap();
    let stubs = Stubs::<Lambda>::new()
        .on::<GetFunction>(|_| true, Ok(GetFunctionOutput::builder().configuration(function("f")).build().unwrap()))
        .on::<GetFunction>(|_| true, Err(GetFunctionError::ResourceNotFoundException(missing.clone())));
    let client = lambda(&stubs);
    let first = client.get_function().function_name("f").send().await.unwrap();
    assert_eq!(first.configuration.as_ref().and_then(|c| c.function_name.as_deref()), Some("f"));
    let second = client.get_function().function_name("f").send().await.unwrap_err();
    match second.service_error() {
        Some(GetFunctionError::ResourceNotFoundException(e)) => assert_eq!(e, &missing),
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }
    stubs.check().unwrap();
}

#[tokio::test]
async fn invoke_carries_its_payload_headers_and_status_both_ways() {
    let output = InvokeOutput::builder()
        .status_code(202)
        .executed_version("7")
        .function_error("Unhandled")
        .payload(Blob(br#"{"ok":false}"#.to_vec()))
        .build()
        .unwrap();
    let stubs = Stubs::<Lambda>::new().on::<Invoke>(
        |input| {
            input.function_name == "hello"
                && input.payload.as_ref().map(|p| p.0.as_slice()) == Some(br#"{"n":1}"#.as_slice())
                && input.client_context.as_deref() == Some("e30=")
        },
        Ok(output.clone()),
    );
    let got = lambda(&stubs)
        .invoke()
        .function_name("hello")
        .client_context("e30=")
        .payload(Blob(br#"{"n":1}"#.to_vec()))
        .send()
        .await
        .unwrap();
    assert_eq!(got.into_inner(), output);
    stubs.check().unwrap();
}

#[tokio::test]
async fn an_unexpected_call_names_the_operation_and_shows_the_input() {
    let stubs = Stubs::<Lambda>::new()
        .on::<GetFunction>(|input| input.function_name == "f", Ok(GetFunctionOutput::builder().build().unwrap()));
    let error = lambda(&stubs).get_function().function_name("g").send().await.unwrap_err();
    let message = unexpected(&error);
    assert!(message.contains("`GetFunction`"), "{message}");
    assert!(message.contains(r#"function_name: "g""#), "{message}");
    // Not retried: one call, one unexpected request.
    assert_eq!(stubs.calls::<GetFunction>(), 1);
    let report = stubs.check().unwrap_err();
    assert_eq!(report.unexpected.len(), 1);
    assert_eq!(report.unexpected[0].operation.as_deref(), Some("GetFunction"));
    let unused: Vec<_> = report.unused.iter().map(|u| (u.operation, u.index, u.used, u.expected)).collect();
    assert_eq!(unused, [("GetFunction", 0, 0, Some(1))]);
    let shown = report.to_string();
    assert!(shown.contains("stub 0 of `GetFunction` answered 0 call(s), expected 1"), "{shown}");
    assert!(shown.contains("unexpected call: no stub of `GetFunction` accepts"), "{shown}");
}

#[tokio::test]
async fn an_unexpected_call_redacts_sensitive_members() {
    let stubs = Stubs::<Lambda>::new().on::<Invoke>(|input| input.function_name == "other", Ok(empty_invoke()));
    let error = lambda(&stubs)
        .invoke()
        .function_name("hello")
        .payload(Blob(b"secret-payload".to_vec()))
        .send()
        .await
        .unwrap_err();
    let message = unexpected(&error);
    assert!(message.contains("`Invoke`") && message.contains(r#""hello""#), "{message}");
    assert!(!message.contains("secret-payload"), "{message}");
}

fn empty_invoke() -> InvokeOutput {
    InvokeOutput::builder().build().unwrap()
}

#[tokio::test]
async fn an_operation_without_stubs_is_unexpected_and_named() {
    use aws_operation_kinesis::{DescribeStreamSummary, Kinesis};
    let stubs = Stubs::<Kinesis>::new().on::<DescribeStreamSummary>(|_| true, Err(not_found()));
    let client = Kinesis::new(&stubs.config(region()).unwrap()).unwrap();
    let error = client.list_shards().stream_name("orders").send().await.unwrap_err();
    let message = unexpected(&error);
    assert!(message.contains("no stub of `ListShards`"), "{message}");
    let report = stubs.check().unwrap_err();
    assert_eq!(report.unexpected[0].operation.as_deref(), Some("ListShards"));
    assert_eq!(report.unused.len(), 1);
    assert_eq!((report.unused[0].operation, report.unused[0].index), ("DescribeStreamSummary", 0));
}

fn not_found() -> aws_operation_kinesis::DescribeStreamSummaryError {
    aws_operation_kinesis::DescribeStreamSummaryError::ResourceNotFoundException(
        aws_operation_kinesis::ResourceNotFoundException::builder().message("no such stream").build().unwrap(),
    )
}

#[tokio::test]
async fn stubs_used_too_few_times_are_reported_by_operation_and_index() {
    let page = || Ok(ListFunctionsOutput::builder().build().unwrap());
    let stubs = Stubs::<Lambda>::new()
        .on::<GetFunction>(|input| input.function_name == "a", Ok(GetFunctionOutput::builder().build().unwrap()))
        .on::<GetFunction>(|input| input.function_name == "b", Ok(GetFunctionOutput::builder().build().unwrap()))
        .times(2)
        .on::<ListFunctions>(|_| true, page())
        .always()
        .on::<Invoke>(|_| true, Ok(empty_invoke()))
        .times(2);
    let client = lambda(&stubs);
    client.get_function().function_name("a").send().await.unwrap();
    client.get_function().function_name("b").send().await.unwrap();
    client.invoke().function_name("x").send().await.unwrap();
    client.invoke().function_name("x").send().await.unwrap();
    // Used up: a third call is unexpected.
    unexpected(&client.invoke().function_name("x").send().await.unwrap_err());
    let report = stubs.check().unwrap_err();
    let unused: Vec<_> = report.unused.iter().map(|u| (u.operation, u.index, u.used, u.expected)).collect();
    assert_eq!(unused, [("GetFunction", 1, 1, Some(2)), ("ListFunctions", 0, 0, None)]);
    assert_eq!(report.unexpected.len(), 1);
    assert!(report.unexpected[0].reason.contains("(1 stub(s), 1 used up)"), "{}", report.unexpected[0]);
}

#[tokio::test]
async fn validation_refuses_bad_input_before_any_stub_sees_it() {
    let seen = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&seen);
    let stubs = Stubs::<Lambda>::new().on::<GetFunction>(
        move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
            true
        },
        Ok(GetFunctionOutput::builder().build().unwrap()),
    );
    let error = lambda(&stubs).get_function().function_name("not a name!").send().await.unwrap_err();
    assert!(matches!(error, Error::InvalidInput(_)), "{error:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 0);
    assert_eq!(stubs.calls::<GetFunction>(), 0);
    assert_eq!(stubs.check().unwrap_err().unused.len(), 1);
}

#[derive(Debug)]
struct FixedToken;

impl TokenGenerator for FixedToken {
    fn token(&self) -> String {
        "token-0001".to_owned()
    }
}

#[tokio::test]
async fn the_idempotency_token_is_filled_before_the_stub_sees_the_input() {
    use aws_operation_partnercentral_channel::PartnerCentralChannel;
    use aws_operation_partnercentral_channel::handshakes::{
        CreateChannelHandshake, CreateChannelHandshakeDetail, CreateChannelHandshakeOutput, HandshakeType,
    };
    let detail = CreateChannelHandshakeDetail::builder().id("ch-0123456789abc").build().unwrap();
    let tokens = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = Arc::clone(&tokens);
    let answer = CreateChannelHandshakeOutput::builder().channel_handshake_detail(detail.clone()).build().unwrap();
    let stubs = Stubs::<PartnerCentralChannel>::new().on_with::<CreateChannelHandshake>(
        |input| input.client_token.as_deref() == Some("token-0001") && input.catalog == "AWS",
        move |input| {
            seen.lock().unwrap().push(input.client_token.clone());
            Ok(answer.clone())
        },
    );
    let config = stubs.config(region().token_generator(Arc::new(FixedToken))).unwrap();
    let got = PartnerCentralChannel::new(&config)
        .unwrap()
        .create_channel_handshake()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .send()
        .await
        .unwrap();
    assert_eq!(got.channel_handshake_detail.as_ref(), Some(&detail));
    assert_eq!(*tokens.lock().unwrap(), [Some("token-0001".to_owned())]);
    stubs.check().unwrap();
}

#[tokio::test]
async fn timestamps_and_nested_shapes_decode_over_aws_json() {
    use aws_operation_kinesis::{
        DescribeStreamSummary, DescribeStreamSummaryOutput, Kinesis, StreamDescriptionSummary, StreamStatus,
    };
    let summary = StreamDescriptionSummary::builder()
        .stream_name("orders")
        .stream_arn("arn:aws:kinesis:us-east-1:123456789012:stream/orders")
        .stream_status(StreamStatus::Active)
        .retention_period_hours(24)
        .stream_creation_timestamp(DateTime::from_secs_nanos(1_767_225_600, 250_000_000))
        .enhanced_monitoring(Vec::new())
        .open_shard_count(2)
        .build()
        .unwrap();
    let output = DescribeStreamSummaryOutput::builder().stream_description_summary(summary).build().unwrap();
    let stubs = Stubs::<Kinesis>::new()
        .on::<DescribeStreamSummary>(|input| input.stream_name.as_deref() == Some("orders"), Ok(output.clone()));
    let client = Kinesis::new(&stubs.config(region()).unwrap()).unwrap();
    let got = client.describe_stream_summary().stream_name("orders").send().await.unwrap();
    assert_eq!(got.into_inner(), output);
    stubs.check().unwrap();
}

#[tokio::test]
async fn aws_query_outputs_and_modeled_errors() {
    use aws_operation_sts::{
        AssumeRole, AssumeRoleError, AssumeRoleOutput, AssumedRoleUser, Credentials as StsCredentials,
        ExpiredTokenException, Sts,
    };
    let output = AssumeRoleOutput::builder()
        .credentials(
            StsCredentials::builder()
                .access_key_id("ASIAEXAMPLEEXAMPLE")
                .secret_access_key("secret")
                .session_token("token")
                .expiration(DateTime::from_secs(1_767_229_200))
                .build()
                .unwrap(),
        )
        .assumed_role_user(
            AssumedRoleUser::builder()
                .assumed_role_id("AROAEXAMPLE:session")
                .arn("arn:aws:sts::123456789012:assumed-role/r/session")
                .build()
                .unwrap(),
        )
        .packed_policy_size(6)
        .build()
        .unwrap();
    let role = "arn:aws:iam::123456789012:role/r";
    let stubs = Stubs::<Sts>::new()
        .on::<AssumeRole>(
            move |input| input.role_arn == role && input.duration_seconds == Some(3600),
            Ok(output.clone()),
        )
        .on::<AssumeRole>(
            |_| true,
            Err(AssumeRoleError::ExpiredTokenException(
                ExpiredTokenException::builder().message("expired").build().unwrap(),
            )),
        );
    let client = Sts::new(&stubs.config(region()).unwrap()).unwrap();
    let got =
        client.assume_role().role_arn(role).role_session_name("session").duration_seconds(3600).send().await.unwrap();
    assert_eq!(got.into_inner(), output);
    let error = client.assume_role().role_arn(role).role_session_name("session").send().await.unwrap_err();
    match error.service_error() {
        Some(AssumeRoleError::ExpiredTokenException(e)) => assert_eq!(e.message.as_deref(), Some("expired")),
        other => panic!("expected ExpiredTokenException, got {other:?}"),
    }
    stubs.check().unwrap();
}

#[tokio::test]
async fn ec2_query_answers_are_decoded() {
    use aws_operation_ec2::{DescribeRegions, DescribeRegionsOutput, Ec2, Region};
    let output = DescribeRegionsOutput::builder()
        .regions(vec![
            Region::builder().region_name("us-east-1").endpoint("ec2.us-east-1.amazonaws.com").build().unwrap(),
        ])
        .build()
        .unwrap();
    let stubs = Stubs::<Ec2>::new().on::<DescribeRegions>(|input| input.all_regions == Some(true), Ok(output.clone()));
    let client = Ec2::new(&stubs.config(region()).unwrap()).unwrap();
    let got = client.describe_regions().all_regions(true).send().await.unwrap();
    assert_eq!(got.into_inner(), output);
    stubs.check().unwrap();
}

#[tokio::test]
async fn a_paginator_walks_stubbed_pages() {
    let page = |names: &[&str], next: Option<&str>| {
        Ok(ListFunctionsOutput::builder()
            .functions(names.iter().map(|n| function(n)).collect::<Vec<_>>())
            .set_next_marker(next.map(str::to_owned))
            .build()
            .unwrap())
    };
    let stubs = Stubs::<Lambda>::new()
        // The last page first: each page is chosen by its marker, not by the order of the stubs.
        .on::<ListFunctions>(|input| input.marker.as_deref() == Some("m1"), page(&["c"], None))
        .on::<ListFunctions>(
            |input| input.marker.is_none() && input.max_items == Some(2),
            page(&["a", "b"], Some("m1")),
        );
    let names: Vec<String> = lambda(&stubs)
        .list_functions()
        .into_paginator()
        .page_size(2)
        .items()
        .map_ok(|f| f.function_name.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["a", "b", "c"]);
    stubs.check().unwrap();
}

#[tokio::test]
async fn a_request_signed_with_other_credentials_is_unexpected() {
    let stubs =
        Stubs::<Lambda>::new().on::<GetFunction>(|_| true, Ok(GetFunctionOutput::builder().build().unwrap())).always();
    // The stubs' HTTP client, but not their credentials.
    let config = region()
        .credentials(Credentials::new("AKIDOTHER", "other-secret", None, None))
        .http_client(stubs.clone())
        .build()
        .unwrap();
    let error = Lambda::new(&config).unwrap().get_function().function_name("f").send().await.unwrap_err();
    let message = unexpected(&error);
    assert!(message.contains("signature of a `GetFunction` call does not hold"), "{message}");
    let report = stubs.check().unwrap_err();
    assert_eq!(report.unexpected.len(), 1);
    assert_eq!(report.unused.len(), 1);
}

#[tokio::test]
async fn unmodeled_errors_are_retried_as_the_config_says() {
    let stubs = Stubs::<Lambda>::new()
        .unmodeled::<Invoke>(|_| true, "ThrottlingException", 429)
        .times(2)
        .on::<Invoke>(|_| true, Ok(InvokeOutput::builder().status_code(200).build().unwrap()));
    let config = stubs.config(region().max_attempts(2).retry_base_delay(Duration::ZERO)).unwrap();
    let client = Lambda::new(&config).unwrap();
    let error = client.invoke().function_name("f").send().await.unwrap_err();
    match error.service_error() {
        Some(InvokeError::Unmodeled(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.status), ("ThrottlingException", 429))
        }
        other => panic!("expected the unmodeled ThrottlingException, got {other:?}"),
    }
    assert_eq!(stubs.calls::<Invoke>(), 2);
    let ok = client.invoke().function_name("f").send().await.unwrap();
    assert_eq!(ok.status_code, Some(200));
    stubs.check().unwrap();
}

#[tokio::test]
async fn answers_can_be_made_from_the_input() {
    let stubs = Stubs::<Lambda>::new()
        .on_with::<GetFunction>(
            |_| true,
            |input| Ok(GetFunctionOutput::builder().configuration(function(&input.function_name)).build().unwrap()),
        )
        .times(2);
    let client = lambda(&stubs);
    for name in ["a", "b"] {
        let got = client.get_function().function_name(name).send().await.unwrap();
        assert_eq!(got.configuration.as_ref().and_then(|c| c.function_name.as_deref()), Some(name));
    }
    stubs.check().unwrap();
}

#[test]
#[should_panic(expected = "`times` and `always` apply to the stub added last")]
fn times_needs_a_stub() {
    let _ = Stubs::<Lambda>::new().times(2);
}
