//! CreateChannelHandshake end to end against a scripted server on 127.0.0.1: what goes on the
//! wire, how answers and errors come back, and what never leaves the machine.

mod support;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_operation::config::FixedClock;
use aws_operation::idempotency::FixedToken;
use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::errors::ValidationExceptionReason;
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, CreateChannelHandshakeError, HandshakeType, ServicePeriodType,
    StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;
use serde_json::json;
use support::{Reply, Server};

/// Built with SigV4a, the client prefers it where the endpoint rules offer it (here: always).
const SIGV4A: bool = cfg!(feature = "sigv4a");

/// The SigV4 region, or with SigV4a the region set the rules give (`*`).
fn signed_for(region: &str) -> &str {
    if SIGV4A { "*" } else { region }
}

const OK: &str = r#"{"channelHandshakeDetail":{"id":"ch-0123456789abc","arn":"arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc"}}"#;

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None)
}

fn client(url: &str) -> PartnerCentralChannel {
    let config = Config::builder()
        .region("eu-west-1")
        .credentials(credentials())
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(1))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn full_input() -> CreateChannelHandshake {
    CreateChannelHandshake {
        handshake_type: HandshakeType::StartServicePeriod,
        catalog: "AWS".into(),
        associated_resource_identifier: "pma-0123456789abc".into(),
        payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
            program_management_account_identifier: "pma-0123456789abc".into(),
            note: Some("Q3 \"managed\" services".into()),
            service_period_type: ServicePeriodType::FixedCommitmentPeriod,
            minimum_notice_days: Some("30".into()),
            end_date: Some(DateTime::parse_date_time("2026-12-31T23:59:59.5Z").unwrap()),
        })),
        client_token: Some("token-1".into()),
        tags: Some(vec![Tag::new("team", "channel ops"), Tag::new("env", "")]),
    }
}

#[tokio::test]
async fn every_member_goes_on_the_wire_as_botocore_sends_it() {
    let server = Server::start(vec![Reply::json(200, OK)]).await;
    let out = client(&server.url).send(full_input()).await.unwrap();
    assert_eq!(out.request_id(), Some("req-200"));
    assert_eq!(out.channel_handshake_detail.as_ref().unwrap().id.as_deref(), Some("ch-0123456789abc"));

    let [req] = server.requests().try_into().unwrap();
    assert_eq!((req.method.as_str(), req.path.as_str()), ("POST", "/"));
    assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(req.header("x-amz-target"), Some("PartnerCentralChannel.CreateChannelHandshake"));
    assert!(req.header("user-agent").unwrap().starts_with("aws-operation/0.1.0"));
    assert_eq!(req.header("amz-sdk-request"), Some("attempt=1; max=3"));
    assert_eq!(req.header("host"), Some(server.url.trim_start_matches("http://")));
    let auth = req.header("authorization").unwrap();
    if SIGV4A {
        // The service's rules put SigV4a first, for every region.
        assert!(auth.starts_with("AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/"), "{auth}");
        assert!(auth.contains("/partnercentral-channel/aws4_request"), "{auth}");
        assert_eq!(req.header("x-amz-region-set"), Some("*"));
    } else {
        assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), "{auth}");
        // A custom endpoint is signed for the client's own region.
        assert!(auth.contains("/eu-west-1/partnercentral-channel/aws4_request"), "{auth}");
    }
    assert_eq!(
        req.json(),
        json!({
            "handshakeType": "START_SERVICE_PERIOD",
            "catalog": "AWS",
            "associatedResourceIdentifier": "pma-0123456789abc",
            "payload": {"startServicePeriodPayload": {
                "programManagementAccountIdentifier": "pma-0123456789abc",
                "note": "Q3 \"managed\" services",
                "servicePeriodType": "FIXED_COMMITMENT_PERIOD",
                "minimumNoticeDays": "30",
                "endDate": "2026-12-31T23:59:59.5Z"
            }},
            "clientToken": "token-1",
            "tags": [{"key": "team", "value": "channel ops"}, {"key": "env", "value": ""}]
        })
    );
    let mut signed = aws_operation::http::HttpRequest::new("POST", format!("{}/", server.url));
    signed.headers = req.headers.clone();
    signed.body = req.body.clone().into();
    aws_operation::sign::verify(
        &signed,
        &credentials(),
        "partnercentral-channel",
        "eu-west-1",
        Duration::from_secs(300),
    )
    .expect("the signature verifies");
}

#[tokio::test]
async fn signing_is_reproducible_with_an_injected_clock_and_token() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(&server.url)
        .clock(Arc::new(FixedClock(SystemTime::UNIX_EPOCH + Duration::from_secs(1_764_000_000))))
        .token_generator(Arc::new(FixedToken("00000000-0000-4000-8000-000000000000".into())))
        .build()
        .unwrap();
    let client = PartnerCentralChannel::new(&config).unwrap();
    let minimal = CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("Sandbox")
        .associated_resource_identifier("rs-0123456789abc")
        .build()
        .unwrap();
    let out = client.send(minimal.clone()).await.unwrap();
    assert_eq!(out.channel_handshake_detail, None);
    client.send(minimal).await.unwrap();
    let [a, b] = server.requests().try_into().unwrap();
    assert_eq!(a.header("x-amz-date"), Some("20251124T160000Z"));
    assert_eq!(a.header("authorization"), b.header("authorization"));
    assert_eq!(
        a.json(),
        json!({"handshakeType": "REVOKE_SERVICE_PERIOD", "catalog": "Sandbox",
               "associatedResourceIdentifier": "rs-0123456789abc",
               "clientToken": "00000000-0000-4000-8000-000000000000"})
    );
}

#[tokio::test]
async fn a_retried_create_sends_the_same_body_and_token() {
    let server = Server::start(vec![
        Reply::json(503, r#"{"__type":"ServiceUnavailable","message":"busy"}"#),
        Reply::json(400, r#"{"__type":"ThrottlingException","message":"slow down"}"#),
        Reply::json(200, OK),
    ])
    .await;
    let mut input = full_input();
    input.client_token = None;
    client(&server.url).send(input).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let token = requests[0].json()["clientToken"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 36, "a UUID: {token}");
    for (i, r) in requests.iter().enumerate() {
        assert_eq!(r.body, requests[0].body, "attempt {i} body");
        assert_eq!(r.header("amz-sdk-request"), Some(format!("attempt={}; max=3", i + 1).as_str()));
        assert_eq!(r.header("amz-sdk-invocation-id"), requests[0].header("amz-sdk-invocation-id"));
    }
}

#[tokio::test]
async fn each_modeled_exception_decodes_to_its_variant() {
    let cases = [
        (
            r#"{"__type":"ResourceNotFoundException","message":"m","resourceId":"r","resourceType":"t"}"#,
            "ResourceNotFoundException",
        ),
        (r#"{"__type":"com.amazonaws#InternalServerException","message":"m"}"#, "InternalServerException"),
        (
            r#"{"__type":"ValidationException","message":"m","reason":"BUSINESS_VALIDATION_FAILED","fieldList":[{"name":"catalog","code":"c","message":"bad"}]}"#,
            "ValidationException",
        ),
        (r#"{"__type":"ThrottlingException","message":"m","serviceCode":"s","quotaCode":"q"}"#, "ThrottlingException"),
        (r#"{"__type":"AccessDeniedException","message":"m","reason":"no"}"#, "AccessDeniedException"),
        (
            r#"{"__type":"ConflictException:http://internal/","message":"m","resourceId":"r","resourceType":"t"}"#,
            "ConflictException",
        ),
        (
            r#"{"__type":"ServiceQuotaExceededException","message":"m","resourceId":"r","resourceType":"t","quotaCode":"q"}"#,
            "ServiceQuotaExceededException",
        ),
    ];
    for (body, code) in cases {
        let retryable =
            matches!(code, "InternalServerException" | "ThrottlingException" | "ServiceQuotaExceededException");
        let server = Server::start(vec![Reply::json(400, body)]).await;
        let config = Config::builder()
            .region("us-east-1")
            .credentials(credentials())
            .endpoint_url(&server.url)
            .max_attempts(1)
            .build()
            .unwrap();
        let err = PartnerCentralChannel::new(&config).unwrap().send(full_input()).await.unwrap_err();
        assert_eq!(err.request_id(), Some("req-400"));
        assert_eq!(err.to_string(), format!("the service returned {code}: m"));
        let Error::Service(service) = &err else { panic!("{err:?}") };
        assert_eq!((service.meta.code.as_str(), service.meta.status), (code, 400));
        match &service.error {
            CreateChannelHandshakeError::ResourceNotFoundException(e) => {
                assert_eq!((e.resource_id.as_deref(), e.resource_type.as_deref()), (Some("r"), Some("t")))
            }
            CreateChannelHandshakeError::InternalServerException(e) => assert_eq!(e.message, "m"),
            CreateChannelHandshakeError::ValidationException(e) => {
                assert_eq!(e.reason, ValidationExceptionReason::BusinessValidationFailed);
                assert_eq!(e.field_list.as_ref().unwrap()[0].message, "bad");
            }
            CreateChannelHandshakeError::ThrottlingException(e) => assert_eq!(e.quota_code.as_deref(), Some("q")),
            CreateChannelHandshakeError::AccessDeniedException(e) => assert_eq!(e.reason.as_deref(), Some("no")),
            CreateChannelHandshakeError::ConflictException(e) => assert_eq!(e.resource_type, "t"),
            CreateChannelHandshakeError::ServiceQuotaExceededException(e) => assert_eq!(e.quota_code, "q"),
            other => panic!("{code}: {other:?}"),
        }
        assert_eq!(aws_operation::OperationError::retryable(&service.error).0, retryable, "{code}");
    }
}

#[tokio::test]
async fn an_unknown_error_code_keeps_code_message_status_and_request_id() {
    let reply =
        Reply::json(418, r#"{"Message":"short and stout"}"#).header("x-amzn-errortype", "TeapotException:http://x/");
    let server = Server::start(vec![reply]).await;
    let err = client(&server.url).send(full_input()).await.unwrap_err();
    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.meta.code, "TeapotException");
    assert_eq!(e.meta.message.as_deref(), Some("short and stout"));
    assert_eq!((e.meta.status, e.meta.request_id.as_deref()), (418, Some("req-418")));
    assert_eq!(server.requests().len(), 1, "a 4xx is not retried");
}

#[tokio::test]
async fn responses_are_read_leniently() {
    let body = r#"{"__type":"x","unknownTop":1,"channelHandshakeDetail":{"id":null,"arn":"a","extra":{"deep":[1]}}}"#;
    let server = Server::start(vec![Reply::json(200, body)]).await;
    let out = client(&server.url).send(full_input()).await.unwrap();
    let detail = out.channel_handshake_detail.as_ref().unwrap();
    assert_eq!((detail.id.as_deref(), detail.arn.as_deref()), (None, Some("a")));

    let server = Server::start(vec![Reply::json(200, r#"{"channelHandshakeDetail":{"id":5}}"#)]).await;
    let err = client(&server.url).send(full_input()).await.unwrap_err();
    assert!(matches!(err, Error::Response { status: 200, .. }), "{err:?}");
    assert_eq!(
        std::error::Error::source(&err).unwrap().to_string(),
        "the body does not fit the output: 1 invalid member: `channelHandshakeDetail.id` expected string, found number 5"
    );
    assert_eq!(server.requests().len(), 1, "a whole but unreadable response is not retried");
}

#[tokio::test]
async fn invalid_input_sends_nothing_and_lists_every_problem() {
    let server = Server::start(vec![Reply::json(200, OK)]).await;
    let mut input = full_input();
    input.catalog = "AWS-1".into();
    input.associated_resource_identifier = "pma-SHORT".into();
    input.handshake_type = HandshakeType::from("SOMETHING_ELSE");
    input.client_token = Some(String::new());
    input.tags = Some(vec![Tag::new("", "tab\there")]);
    let Some(ChannelHandshakePayload::StartServicePeriodPayload(p)) = &mut input.payload else { unreachable!() };
    p.program_management_account_identifier = "x".into();
    p.note = Some("x".repeat(301));
    let err = client(&server.url).send(input).await.unwrap_err();
    let Error::InvalidInput(violations) = &err else { panic!("{err:?}") };
    let rendered: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert_eq!(
        rendered,
        [
            "`handshakeType` `SOMETHING_ELSE` is not one of `START_SERVICE_PERIOD`, `REVOKE_SERVICE_PERIOD`, `PROGRAM_MANAGEMENT_ACCOUNT`",
            "`catalog` must match the pattern `^[a-zA-Z]*$`",
            "`associatedResourceIdentifier` length must be between 16 and 1011, got 9",
            "`associatedResourceIdentifier` must match the pattern `^((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})$`",
            "`payload.startServicePeriodPayload.programManagementAccountIdentifier` length must be between 17 and 1011, got 1",
            "`payload.startServicePeriodPayload.programManagementAccountIdentifier` must match the pattern `^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$`",
            "`payload.startServicePeriodPayload.note` length must be between 1 and 300, got 301",
            "`clientToken` length must be between 1 and 64, got 0",
            "`tags[0].key` length must be between 1 and 128, got 0",
            "`tags[0].value` must match the pattern `^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$`",
        ]
    );
    assert!(err.to_string().starts_with("invalid input, nothing was sent: 10 invalid members: `handshakeType`"));
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn unknown_union_members_cannot_be_sent() {
    let server = Server::start(vec![Reply::json(200, OK)]).await;
    let mut input = full_input();
    input.payload = Some(ChannelHandshakePayload::Unknown(aws_operation::UnknownMember {
        name: "future".into(),
        value: json!({}),
    }));
    let err = client(&server.url).send(input).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid input, nothing was sent: 1 invalid member: `payload` holds the unknown member `future`, which cannot be sent"
    );
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn configuration_problems_are_clear_and_send_nothing() {
    let no_region = Config::builder().credentials(credentials()).build().unwrap();
    let err = PartnerCentralChannel::new(&no_region).unwrap().send(full_input()).await.unwrap_err();
    assert_eq!(std::error::Error::source(&err).unwrap().to_string(), "the endpoint could not be resolved");

    let no_credentials = Config::builder().region("us-east-1").endpoint_url("http://127.0.0.1:9").build().unwrap();
    let err = PartnerCentralChannel::new(&no_credentials).unwrap().send(full_input()).await.unwrap_err();
    assert!(std::error::Error::source(&err).unwrap().to_string().starts_with("no credentials are configured"));

    let remote_http = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url("http://example.com")
        .build()
        .unwrap();
    let err = PartnerCentralChannel::new(&remote_http).unwrap().send(full_input()).await.unwrap_err();
    assert!(std::error::Error::source(&err).unwrap().to_string().contains("plain http"), "{err}");

    let fips = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url("https://x.example")
        .use_fips(true)
        .build()
        .unwrap();
    let client = PartnerCentralChannel::new(&fips).unwrap();
    let err = client.client().endpoint_url().unwrap_err();
    let source = std::error::Error::source(&err).map(ToString::to_string).unwrap_or_default();
    assert!(source.contains("FIPS and custom endpoint are not supported"), "{source}");
}

#[tokio::test]
async fn the_default_endpoint_is_global_and_signed_for_us_east_1() {
    for region in ["us-east-1", "eu-west-1", "ap-southeast-2"] {
        let config = Config::builder().region(region).credentials(credentials()).build().unwrap();
        let client = PartnerCentralChannel::new(&config).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), "https://partnercentral-channel.global.api.aws");
        let scope = ("partnercentral-channel".to_owned(), signed_for("us-east-1").to_owned());
        assert_eq!(client.client().signing_scope().unwrap(), scope);
    }
    let config = Config::builder().region("us-gov-west-1").use_fips(true).credentials(credentials()).build().unwrap();
    let client = PartnerCentralChannel::new(&config).unwrap();
    assert_eq!(client.client().endpoint_url().unwrap(), "https://partnercentral-channel-fips.us-gov.api.aws");
    assert_eq!(client.client().signing_scope().unwrap().1, signed_for("us-gov-west-1"));
    let config = Config::builder().region("cn-north-1").credentials(credentials()).build().unwrap();
    let client = PartnerCentralChannel::new(&config).unwrap();
    assert_eq!(
        client.client().endpoint_url().unwrap(),
        "https://partnercentral-channel.global.api.amazonwebservices.com.cn"
    );
    assert_eq!(client.client().signing_scope().unwrap().1, signed_for("cn-northwest-1"));
}
