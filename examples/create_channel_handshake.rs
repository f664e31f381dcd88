//! Creates a channel handshake with CreateChannelHandshake.
//!
//! With no AWS configuration it starts a local endpoint on 127.0.0.1 and makes a real, signed
//! call to it. With `--live`, or when `AWS_ENDPOINT_URL` (or
//! `AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL`) is set, it uses the standard configuration
//! (environment, profile) and the resolved endpoint instead.

use aws_operation::{Config, Credentials, DateTime};
use aws_operation_local_endpoint::LocalEndpoint;
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, CreateChannelHandshakeDetail, CreateChannelHandshakeOutput,
    HandshakeType, ServicePeriodType, StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let live = std::env::args().any(|a| a == "--live")
        || ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));

    let input = CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("Sandbox")
        .associated_resource_identifier("pma-0123456789abc")
        .payload(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
            program_management_account_identifier: "pma-0123456789abc".into(),
            note: Some("Managed services for the 2026 season".into()),
            service_period_type: ServicePeriodType::MinimumNoticePeriod,
            minimum_notice_days: Some("30".into()),
            end_date: Some(DateTime::from_secs(1_830_297_600)),
        }))
        .tags(vec![Tag::new("team", "channel-ops")])
        .build()?;

    // Keeps the local endpoint alive until the call is done.
    let mut local = None;
    let config = if live {
        Config::from_env().app_name("create_channel_handshake").build()?
    } else {
        let credentials = Credentials::new("AKIDLOCALEXAMPLE", "local-example-secret", None, None);
        let endpoint = LocalEndpoint::<PartnerCentralChannel>::new(credentials.clone())
            .handle(|input: CreateChannelHandshake| async move {
                let token = input.client_token.unwrap_or_default();
                let suffix: String = token.chars().filter(char::is_ascii_alphanumeric).take(13).collect();
                let id = format!("ch-{suffix:0<13}").to_lowercase();
                let arn = format!(
                    "arn:aws:partnercentral:us-east-1:111122223333:catalog/{}/channel-handshake/{id}",
                    input.catalog
                );
                Ok(CreateChannelHandshakeOutput {
                    channel_handshake_detail: Some(CreateChannelHandshakeDetail { id: Some(id), arn: Some(arn) }),
                })
            })
            .start()
            .await?;
        let config =
            Config::builder().region("us-east-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
        local = Some(endpoint);
        config
    };

    let client = PartnerCentralChannel::new(&config)?;
    println!("operation: CreateChannelHandshake");
    println!("endpoint:  {}{}", client.client().endpoint_url()?, if live { "" } else { " (local endpoint)" });
    let output = client.send(input).await?;
    let detail =
        output.channel_handshake_detail.clone().unwrap_or(CreateChannelHandshakeDetail { id: None, arn: None });
    println!("handshake id:  {}", detail.id.as_deref().unwrap_or("(none)"));
    println!("handshake arn: {}", detail.arn.as_deref().unwrap_or("(none)"));
    println!("request id:    {}", output.request_id().unwrap_or("(none)"));
    if let Some(endpoint) = local {
        endpoint.shutdown().await;
    }
    Ok(())
}
