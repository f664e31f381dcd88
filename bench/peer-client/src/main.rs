//! `bench_client` written with the AWS SDK for Rust (aws-sdk-partnercentralchannel), as its
//! users write it: `aws_config` loads credentials, region and preferences from the environment;
//! the endpoint comes from argv. `AWS_AUTH_SCHEME_PREFERENCE=sigv4` selects SigV4; without it the
//! SDK signs with SigV4a, which the service's endpoint rules list first.

#[path = "../../driver.rs"]
mod driver;

use aws_config::BehaviorVersion;
use aws_sdk_partnercentralchannel::Client;
use aws_sdk_partnercentralchannel::error::DisplayErrorContext;
use aws_sdk_partnercentralchannel::types::{
    ChannelHandshakePayload, HandshakeType, ServicePeriodType, StartServicePeriodPayload, Tag,
};

const EXPECTED_ID: &str = "ch-0123456789abc";

fn main() {
    driver::main(
        |endpoint| async move {
            let config = aws_config::defaults(BehaviorVersion::latest()).endpoint_url(endpoint).load().await;
            Ok(Client::new(&config))
        },
        |client: Client| async move {
            let payload = StartServicePeriodPayload::builder()
                .program_management_account_identifier("pma-0123456789abc")
                .note("Managed services for the 2026 season")
                .service_period_type(ServicePeriodType::MinimumNoticePeriod)
                .minimum_notice_days("30")
                .build()
                .map_err(|e| e.to_string())?;
            let tag = Tag::builder().key("team").value("channel-ops").build().map_err(|e| e.to_string())?;
            let output = client
                .create_channel_handshake()
                .handshake_type(HandshakeType::StartServicePeriod)
                .catalog("AWS")
                .associated_resource_identifier("pma-0123456789abc")
                .payload(ChannelHandshakePayload::StartServicePeriodPayload(payload))
                .tags(tag)
                .send()
                .await
                .map_err(|e| DisplayErrorContext(&e).to_string())?;
            match output.channel_handshake_detail().and_then(|d| d.id()) {
                Some(EXPECTED_ID) => Ok(()),
                other => Err(format!("unexpected handshake id {other:?}")),
            }
        },
    );
}
