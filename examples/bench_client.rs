//! The benchmark client of `bench/run.sh`: `bench_client ENDPOINT N C` sends N
//! CreateChannelHandshake calls, C at a time, to ENDPOINT, checks every answer, and prints
//! `N=<n> C=<c> wall_s=<s> rps=<r> p50_us=<u> p99_us=<u>`.
//!
//! Credentials and region come from the environment, as with any user of `Config::from_env`;
//! `bench/peer-client` is the same program written with the AWS SDK for Rust. With
//! `BENCH_HTTP_CLIENT=reqwest` (built with the `reqwest` feature), the calls go through the
//! reqwest adapter instead of the runtime's own transport.

#[path = "../bench/driver.rs"]
mod driver;

use aws_operation::Config;
use aws_operation::error::chain;
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, HandshakeType, ServicePeriodType, StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;

/// The id the stub server answers with.
const EXPECTED_ID: &str = "ch-0123456789abc";

/// The config's HTTP client, as `BENCH_HTTP_CLIENT` says: the runtime's own, or reqwest's.
fn with_http_client(
    builder: aws_operation::config::ConfigBuilder,
) -> Result<aws_operation::config::ConfigBuilder, String> {
    match std::env::var("BENCH_HTTP_CLIENT").as_deref() {
        Ok("reqwest") => reqwest_client(builder),
        _ => Ok(builder),
    }
}

#[cfg(feature = "reqwest")]
fn reqwest_client(
    builder: aws_operation::config::ConfigBuilder,
) -> Result<aws_operation::config::ConfigBuilder, String> {
    use aws_operation::http_client::{ReqwestClient, reqwest};
    let client = ReqwestClient::from_builder(reqwest::Client::builder()).map_err(|e| e.to_string())?;
    Ok(builder.http_client(client))
}

#[cfg(not(feature = "reqwest"))]
fn reqwest_client(_: aws_operation::config::ConfigBuilder) -> Result<aws_operation::config::ConfigBuilder, String> {
    Err("BENCH_HTTP_CLIENT=reqwest needs the `reqwest` feature".into())
}

fn main() {
    driver::main(
        |endpoint| async move {
            let builder = Config::from_env().endpoint_url(endpoint);
            let config = with_http_client(builder)?.build().map_err(|e| e.to_string())?;
            PartnerCentralChannel::new(&config).map_err(|e| e.to_string())
        },
        |client: PartnerCentralChannel| async move {
            let input = CreateChannelHandshake {
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
                client_token: None,
                tags: Some(vec![Tag::new("team", "channel-ops")]),
            };
            let output = client.send(input).await.map_err(|e| chain(&e))?;
            match output.channel_handshake_detail.as_ref().and_then(|d| d.id.as_deref()) {
                Some(EXPECTED_ID) => Ok(()),
                other => Err(format!("unexpected handshake id {other:?}")),
            }
        },
    );
}
