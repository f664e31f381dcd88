//! AWS IAM Identity Center (formerly AWS Single Sign-On), defined by hand with aws-operation: the
//! two calls that turn an SSO login into AWS credentials, one module per service, and the client
//! the runtime's default chain makes them with.
//!
//! | module | service | operations |
//! | --- | --- | --- |
//! | [`portal`] | the SSO portal API ([`portal::Sso`], `awsssoportal`, 2019-06-10) | `GetRoleCredentials` |
//! | [`oidc`] | SSO OIDC ([`oidc::SsoOidc`], `sso-oauth`, 2019-06-10) | `CreateToken` |
//! | [`credentials`] | both, for profiles that use SSO ([`SsoCredentialsClient`]) | |
//!
//! For credentials from an SSO profile, register the client on the config builder:
//! `Config::from_env().sso(Arc::new(SsoCredentialsClient::new()))`.
//!
//! Both operations are unsigned (the models' `"authtype": "none"`): they need no AWS
//! credentials. `CreateToken` authenticates the client with its id and secret in the body;
//! `GetRoleCredentials` carries the access token it returned in the `x-amz-sso_bearer_token`
//! header. Neither service has endpoint rules of its own here: their endpoints are the classic
//! regional ones, `https://portal.sso.{region}.amazonaws.com` and
//! `https://oidc.{region}.amazonaws.com`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_sso::oidc::SsoOidc;
//! use aws_operation_sso::portal::Sso;
//!
//! let config = Config::builder().region("us-east-1").build()?;
//! let token = SsoOidc::new(&config)?
//!     .create_token()
//!     .client_id("client-id")
//!     .client_secret("client-secret")
//!     .grant_type("refresh_token")
//!     .refresh_token("refresh-token")
//!     .send()
//!     .await?;
//! let access_token = token.access_token.clone().unwrap_or_default();
//! let credentials = Sso::new(&config)?
//!     .get_role_credentials()
//!     .role_name("ReadOnly")
//!     .account_id("111122223333")
//!     .access_token(access_token)
//!     .send()
//!     .await?;
//! println!("{:?}", credentials.role_credentials);
//! # Ok(()) }
//! ```

pub mod credentials;
pub mod oidc;
pub mod portal;

pub use credentials::SsoCredentialsClient;
