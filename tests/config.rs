//! Configuration from the environment and the shared config files, as a client sees it.

mod support;

use aws_operation::env::Env;
use aws_operation::{Config, Error};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{CreateChannelHandshake, HandshakeType};
use support::{Reply, Server};

/// A folder of its own under the temp dir, with the given files, removed on drop.
struct Home(std::path::PathBuf);

impl Home {
    fn new(name: &str, files: &[(&str, &str)]) -> Self {
        let dir = std::env::temp_dir().join(format!("aws-operation-config-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join(".aws")).unwrap();
        for (file, text) in files {
            std::fs::write(dir.join(".aws").join(file), text).unwrap();
        }
        Self(dir)
    }

    fn env(&self, vars: &[(&str, &str)]) -> Env {
        // Never the real EC2 instance metadata endpoint from a test.
        let mut pairs = vec![
            ("HOME".to_owned(), self.0.display().to_string()),
            ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
        ];
        pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Env::from_pairs(pairs)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn input() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

#[tokio::test]
async fn region_credentials_and_endpoint_come_from_the_profile() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let config = format!(
        "[profile dev]\nregion = ap-southeast-2\nservices = local\n\n[services local]\npartnercentral_channel =\n  endpoint_url = {}\n",
        server.url
    );
    let home = Home::new(
        "profile",
        &[
            ("config", &config),
            ("credentials", "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s3cret\n"),
        ],
    );
    let config = Config::from_env().env(home.env(&[("AWS_PROFILE", "dev")])).build().unwrap();
    assert_eq!(config.region(), Some("ap-southeast-2"));
    let client = PartnerCentralChannel::new(&config).unwrap();
    assert_eq!(client.client().endpoint_url().unwrap(), server.url);
    client.send(input()).await.unwrap();
    let auth = server.requests()[0].header("authorization").unwrap().to_owned();
    assert!(
        auth.contains("Credential=AKIDPROFILE/") && auth.contains("/ap-southeast-2/partnercentral-channel/"),
        "{auth}"
    );
    assert!(!format!("{config:?}").contains("s3cret"), "Debug never shows secrets");
}

#[test]
fn environment_variables_win_over_the_profile_in_the_documented_order() {
    let home =
        Home::new("order", &[("config", "[default]\nregion = eu-west-1\nendpoint_url = https://profile.example\n")]);
    let client = |vars: &[(&str, &str)]| {
        let config = Config::from_env().env(home.env(vars)).build().unwrap();
        (config.region().map(str::to_owned), PartnerCentralChannel::new(&config).unwrap().client().endpoint_url().ok())
    };
    assert_eq!(client(&[]), (Some("eu-west-1".into()), Some("https://profile.example".into())));
    let (region, url) = client(&[("AWS_DEFAULT_REGION", "us-west-2"), ("AWS_ENDPOINT_URL", "https://all.example")]);
    assert_eq!((region.as_deref(), url.as_deref()), (Some("us-west-2"), Some("https://all.example")));
    let (region, url) = client(&[
        ("AWS_REGION", "eu-central-1"),
        ("AWS_DEFAULT_REGION", "us-west-2"),
        ("AWS_ENDPOINT_URL", "https://all.example"),
        ("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", "https://one.example"),
    ]);
    assert_eq!((region.as_deref(), url.as_deref()), (Some("eu-central-1"), Some("https://one.example")));
    let (_, url) =
        client(&[("AWS_ENDPOINT_URL", "https://all.example"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")]);
    assert_eq!(url.as_deref(), Some("https://partnercentral-channel.global.api.aws"));
    let (_, url) = client(&[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), ("AWS_USE_FIPS_ENDPOINT", "true")]);
    assert_eq!(url.as_deref(), Some("https://partnercentral-channel-fips.global.api.aws"));
    // A configured endpoint with FIPS is an error of the rules, not a silent choice.
    let (_, url) = client(&[("AWS_USE_FIPS_ENDPOINT", "true")]);
    assert_eq!(url, None);
    assert!(Config::from_env().env(home.env(&[("AWS_USE_FIPS_ENDPOINT", "maybe")])).build().is_err());
}

#[tokio::test]
async fn sources_without_their_client_are_named_never_skipped() {
    for (key, line) in [
        (
            "role_arn",
            "role_arn = arn:aws:iam::111122223333:role/x\nsource_profile = base\n\
             [profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = secret",
        ),
        (
            "web_identity_token_file",
            "web_identity_token_file = /tmp/token\nrole_arn = arn:aws:iam::111122223333:role/x",
        ),
    ] {
        let home = Home::new(key, &[("config", &format!("[default]\nregion = us-east-1\n{line}\n"))]);
        let config = Config::from_env().env(home.env(&[])).endpoint_url("http://127.0.0.1:9").build().unwrap();
        let err = PartnerCentralChannel::new(&config).unwrap().send(input()).await.unwrap_err();
        let Error::Config(e) = &err else { panic!("{err:?}") };
        let cause = std::error::Error::source(e).unwrap().to_string();
        // Without the STS client registered, the error says what to add; nothing is signed with
        // the source profile's keys instead.
        assert!(
            cause.starts_with("profile `default` gets its credentials from AWS STS, which needs an STS client"),
            "{key}: {cause}"
        );
    }
}

#[tokio::test]
async fn no_credentials_anywhere_says_where_it_looked() {
    let home = Home::new("none", &[("config", "[default]\nregion = us-east-1\n")]);
    let config = Config::from_env().env(home.env(&[])).endpoint_url("http://127.0.0.1:9").build().unwrap();
    let err = PartnerCentralChannel::new(&config).unwrap().send(input()).await.unwrap_err();
    let Error::Config(e) = &err else { panic!("{err:?}") };
    let cause = std::error::Error::source(e).unwrap().to_string();
    assert!(cause.contains("AWS_ACCESS_KEY_ID") && cause.contains(".aws/credentials"), "{cause}");
}

#[tokio::test]
async fn environment_credentials_are_used_with_their_session_token() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let home = Home::new("envcreds", &[]);
    let env = home.env(&[
        ("AWS_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "secret"),
        ("AWS_SESSION_TOKEN", "session-token"),
        ("AWS_ENDPOINT_URL", server.url.as_str()),
    ]);
    let client = PartnerCentralChannel::new(&Config::from_env().env(env).build().unwrap()).unwrap();
    client.send(input()).await.unwrap();
    let req = &server.requests()[0];
    assert_eq!(req.header("x-amz-security-token"), Some("session-token"));
    assert!(req.header("authorization").unwrap().contains("Credential=AKIDENV/"));
    let incomplete = home.env(&[
        ("AWS_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_ENDPOINT_URL", server.url.as_str()),
    ]);
    let client = PartnerCentralChannel::new(&Config::from_env().env(incomplete).build().unwrap()).unwrap();
    let err = client.send(input()).await.unwrap_err();
    let cause = std::error::Error::source(&err).and_then(std::error::Error::source).unwrap().to_string();
    assert!(cause.contains("AWS_SECRET_ACCESS_KEY"), "{cause}");
    assert_eq!(server.requests().len(), 1);
}
