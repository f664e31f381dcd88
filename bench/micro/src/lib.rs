//! Inputs of the micro-benchmarks in `benches/`: one CreateChannelHandshake as bench_client
//! sends it, its request as the client builds it before signing, and the stub server's answer.

use aws_operation::http::HttpRequest;
use aws_operation::protocol::{AwsJson1_0, Protocol, RequestContext, aws_json};
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, HandshakeType, ServicePeriodType, StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;

/// The stub server's answer.
pub const RESPONSE: &[u8] = br#"{"channelHandshakeDetail":{"id":"ch-0123456789abc","arn":"arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc"}}"#;

/// The input bench_client sends, with its idempotency token filled as the client fills it.
pub fn input() -> CreateChannelHandshake {
    CreateChannelHandshake {
        handshake_type: HandshakeType::StartServicePeriod,
        catalog: "AWS".into(),
        associated_resource_identifier: "pma-0123456789abc".into(),
        payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
            program_management_account_identifier: "pma-0123456789abc".into(),
            note: Some("Managed services for the 2026 season".into()),
            service_period_type: ServicePeriodType::MinimumNoticePeriod,
            minimum_notice_days: Some("30".into()),
            end_date: None,
        })),
        client_token: Some("0b9a3d8e-4a55-4c21-9a0e-3f5f7e2c1d4b".into()),
        tags: Some(vec![Tag::new("team", "channel-ops")]),
    }
}

/// The request of `input()` as the client has it before signing: awsJson 1.0 headers, the
/// user agent and an invocation id.
pub fn unsigned_request(body: String) -> HttpRequest {
    let cx = RequestContext {
        endpoint_url: "http://127.0.0.1:4599",
        target_prefix: "PartnerCentralChannel",
        api_version: "2024-03-18",
        query_compatible: false,
    };
    let target = "PartnerCentralChannel.CreateChannelHandshake";
    let mut request = aws_json::envelope(AwsJson1_0::CONTENT_TYPE, &cx, target, body);
    request.set_header("user-agent", "aws-operation/0.1.0");
    request.set_header("amz-sdk-invocation-id", "6f1c1e8e-2f0a-4d59-8f5a-2a9d1c3b7e10");
    request.set_header("amz-sdk-request", "attempt=1; max=3");
    request
}
