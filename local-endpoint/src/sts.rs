//! An in-memory stand-in for AWS STS, for offline tests: the five operations of the STS slice
//! (`aws-operation-sts`), served by a [`LocalEndpoint`] over awsQuery (each form routed by its
//! `Action`) to the real client, the command, or the credential providers of the default chain.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, Credentials};
//! use aws_operation_local_endpoint::sts::Simulator;
//! use aws_operation_sts::Sts;
//!
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None);
//! let endpoint = Simulator::new().endpoint(credentials.clone()).start().await?;
//! let config = Config::builder().region("us-east-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
//! let me = Sts::new(&config)?.get_caller_identity().send().await?;
//! assert_eq!(me.arn.as_deref(), Some("arn:aws:iam::123456789012:user/local"));
//! # Ok(()) }
//! ```
//!
//! What it models:
//!
//! - **Identity**: the endpoint's credential is the IAM user `local` of the stand-in's account
//!   (`arn:aws:iam::<account>:user/local`). Credentials the stand-in issued sign too: the
//!   endpoint accepts them until they expire, and `GetCallerIdentity` answers with the identity
//!   they belong to (`arn:aws:sts::<account>:assumed-role/<role>/<session>`).
//! - **AssumeRole** and **AssumeRoleWithWebIdentity** issue temporary credentials (`ASIA...`
//!   keys, a session token, `Expiration` `DurationSeconds` ahead, one hour by default) for a
//!   role ARN of the form `arn:aws:iam::<account>:role/<name>`; the role need not exist. A web
//!   identity token must be a JWT's three dot-separated parts (else `InvalidIdentityToken`); the
//!   call is unsigned, as STS serves it.
//! - **GetSessionToken** issues temporary credentials of the caller's own identity;
//!   **GetAccessKeyInfo** names the stand-in's account for any key.
//! - **Input** is read strictly and checked against the model's constraints before anything else.
//!
//! What it does not model: IAM (no trust policies, no permissions: every role may be taken by
//! anyone), session policies and tags (accepted, not enforced), MFA codes (accepted whatever
//! they are), regions being disabled, and packed policy sizes.

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use aws_operation::http::HttpResponse;
use aws_operation::idempotency::{TokenGenerator, UuidV4};
use aws_operation::protocol::ServerProtocol;
use aws_operation::{Credentials, DateTime};
use aws_operation_sts::{
    AssumeRole, AssumeRoleOutput, AssumeRoleWithWebIdentity, AssumeRoleWithWebIdentityOutput, AssumedRoleUser,
    GetAccessKeyInfo, GetAccessKeyInfoOutput, GetCallerIdentity, GetCallerIdentityOutput, GetSessionToken,
    GetSessionTokenOutput, InvalidIdentityTokenException, Sts,
};

use crate::LocalEndpoint;
use crate::endpoint::{Reply, caller};
pub use crate::stand_in::SettingError;
use crate::stand_in::{Clock, Shared, is_account, system_clock};

/// The account the stand-in acts as unless told otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";

/// How long issued credentials last unless `DurationSeconds` says otherwise.
const DEFAULT_DURATION: i32 = 3600;

/// The state of a stand-in STS: the credentials it issued. Clones share it.
#[derive(Clone)]
pub struct Simulator {
    store: Shared<Store>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let store = self.store.lock();
        f.debug_struct("Simulator").field("account_id", &store.account_id).field("issued", &store.issued.len()).finish()
    }
}

impl Default for Simulator {
    fn default() -> Self {
        Self::new()
    }
}

/// Credentials the stand-in issued, and whose they are.
struct Issued {
    credentials: Credentials,
    expiration: DateTime,
    arn: String,
    user_id: String,
}

struct Store {
    account_id: String,
    clock: Clock,
    issued: HashMap<String, Issued>,
}

/// Why an operation failed, before it is written as one of STS's errors.
enum Failure {
    /// `InvalidIdentityToken` (400).
    InvalidIdentityToken(String),
    /// `ValidationError` (400), STS's code for input it refuses that the model does not list.
    Validation(String),
}

impl Reply for Failure {
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        match self {
            Failure::InvalidIdentityToken(message) => {
                P::write_error(&InvalidIdentityTokenException { message: Some(message) })
            }
            Failure::Validation(message) => P::write_unmodeled_error("ValidationError", Some(&message), 400),
        }
    }
}

impl Simulator {
    /// A stand-in for account [`DEFAULT_ACCOUNT_ID`], on the system clock.
    pub fn new() -> Self {
        Self {
            store: Shared::new(Store {
                account_id: DEFAULT_ACCOUNT_ID.to_owned(),
                clock: system_clock(),
                issued: HashMap::new(),
            }),
        }
    }

    /// A stand-in for the 12-digit `account_id`, reading the time from `clock`.
    pub fn with(
        account_id: impl Into<String>,
        clock: impl Fn() -> DateTime + Send + Sync + 'static,
    ) -> Result<Self, SettingError> {
        let account_id = account_id.into();
        if !is_account(&account_id) {
            return Err(SettingError::new("account_id", "must be 12 digits", account_id));
        }
        Ok(Self { store: Shared::new(Store { account_id, clock: std::sync::Arc::new(clock), issued: HashMap::new() }) })
    }

    /// How many sets of credentials the stand-in has issued.
    pub fn issued(&self) -> usize {
        self.store.lock().issued.len()
    }

    /// An endpoint that accepts requests signed with `credentials` or with credentials this
    /// stand-in issued (until they expire), and serves all 5 operations.
    pub fn endpoint(&self, credentials: Credentials) -> LocalEndpoint<Sts> {
        let store = self.store.clone();
        let keyring = std::sync::Arc::new(move |key: &str| {
            let store = store.lock();
            let now = (store.clock)();
            store
                .issued
                .get(key)
                .filter(|i| i.expiration.as_secs_f64() > now.as_secs_f64())
                .map(|i| i.credentials.clone())
        });
        LocalEndpoint::new(credentials)
            .accepting(keyring)
            .handle_replying(self.store.serve(Store::get_caller_identity))
            .handle_replying(self.store.serve(Store::get_access_key_info))
            .handle_replying(self.store.serve(Store::assume_role))
            .handle_replying(self.store.serve(Store::assume_role_with_web_identity))
            .handle_replying(self.store.serve(Store::get_session_token))
    }
}

impl Store {
    fn get_caller_identity(&mut self, _: GetCallerIdentity) -> Result<GetCallerIdentityOutput, Failure> {
        let (user_id, arn) = self.caller();
        Ok(GetCallerIdentityOutput { user_id: Some(user_id), account: Some(self.account_id.clone()), arn: Some(arn) })
    }

    fn get_access_key_info(&mut self, _: GetAccessKeyInfo) -> Result<GetAccessKeyInfoOutput, Failure> {
        Ok(GetAccessKeyInfoOutput { account: Some(self.account_id.clone()) })
    }

    fn assume_role(&mut self, input: AssumeRole) -> Result<AssumeRoleOutput, Failure> {
        let (credentials, user) = self.take_role(&input.role_arn, &input.role_session_name, input.duration_seconds)?;
        Ok(AssumeRoleOutput {
            credentials: Some(credentials),
            assumed_role_user: Some(user),
            packed_policy_size: None,
            source_identity: input.source_identity,
            session_token_utilization: None,
            session_token_size: None,
        })
    }

    fn assume_role_with_web_identity(
        &mut self,
        input: AssumeRoleWithWebIdentity,
    ) -> Result<AssumeRoleWithWebIdentityOutput, Failure> {
        let parts: Vec<&str> = input.web_identity_token.split('.').collect();
        if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
            return Err(Failure::InvalidIdentityToken("The ID Token provided is not a valid JWT.".to_owned()));
        }
        let (credentials, user) = self.take_role(&input.role_arn, &input.role_session_name, input.duration_seconds)?;
        Ok(AssumeRoleWithWebIdentityOutput {
            credentials: Some(credentials),
            subject_from_web_identity_token: None,
            assumed_role_user: Some(user),
            packed_policy_size: None,
            provider: input.provider_id,
            audience: None,
            source_identity: None,
            session_token_utilization: None,
            session_token_size: None,
            trusted_identity_propagation_context: None,
        })
    }

    fn get_session_token(&mut self, input: GetSessionToken) -> Result<GetSessionTokenOutput, Failure> {
        let (user_id, arn) = self.caller();
        let credentials = self.issue(input.duration_seconds, arn, user_id);
        Ok(GetSessionTokenOutput {
            credentials: Some(credentials),
            session_token_utilization: None,
            session_token_size: None,
        })
    }

    /// The identity of the access key that signed: one the stand-in issued, else the user `local`.
    fn caller(&self) -> (String, String) {
        match caller().and_then(|key| self.issued.get(&key)) {
            Some(issued) => (issued.user_id.clone(), issued.arn.clone()),
            None => ("AIDALOCALUSER0000000".to_owned(), format!("arn:aws:iam::{}:user/local", self.account_id)),
        }
    }

    fn take_role(
        &mut self,
        role_arn: &str,
        session: &str,
        duration: Option<i32>,
    ) -> Result<(aws_operation_sts::Credentials, AssumedRoleUser), Failure> {
        let invalid = || Failure::Validation(format!("{role_arn} is not a valid role ARN"));
        let rest = role_arn.strip_prefix("arn:aws:iam::").ok_or_else(invalid)?;
        let (account, role) = rest.split_once(":role/").ok_or_else(invalid)?;
        let name = role.rsplit('/').next().unwrap_or(role);
        if !is_account(account) || name.is_empty() {
            return Err(invalid());
        }
        let role_id = format!("AROA{}", random_id(16));
        let arn = format!("arn:aws:sts::{account}:assumed-role/{name}/{session}");
        let user_id = format!("{role_id}:{session}");
        let credentials = self.issue(duration, arn.clone(), user_id.clone());
        Ok((credentials, AssumedRoleUser { assumed_role_id: user_id, arn }))
    }

    /// New temporary credentials for the identity `arn`, lasting `duration` seconds.
    fn issue(&mut self, duration: Option<i32>, arn: String, user_id: String) -> aws_operation_sts::Credentials {
        let now = (self.clock)();
        let seconds = duration.unwrap_or(DEFAULT_DURATION).max(0) as u64;
        let expiration = DateTime::from(std::time::SystemTime::from(now) + Duration::from_secs(seconds));
        let access_key_id = format!("ASIA{}", random_id(16));
        let secret = random_id(40);
        let token = format!("FwoGZXIvYXdzE{}", random_id(120));
        let credentials = Credentials::new(&access_key_id, &secret, Some(token.clone()), Some(expiration.into()));
        self.issued.insert(access_key_id.clone(), Issued { credentials, expiration, arn, user_id });
        aws_operation_sts::Credentials { access_key_id, secret_access_key: secret, session_token: token, expiration }
    }
}

/// `len` random upper-case letters and digits.
fn random_id(len: usize) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for b in UuidV4.token().bytes().filter(u8::is_ascii_hexdigit) {
            if out.len() == len {
                break;
            }
            let nibble = char::from(b).to_digit(16).unwrap_or(0) as usize;
            out.push(char::from(ALPHABET[(nibble * 2 + out.len()) % 32]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_slice_has_a_handler() {
        let endpoint = Simulator::new().endpoint(Credentials::new("AKID", "secret", None, None));
        assert_eq!(crate::stand_in::tests::serves_all(&endpoint, &aws_operation_sts::operations()), 5);
    }

    #[test]
    fn ids_are_of_their_length_and_alphabet() {
        let id = random_id(40);
        assert_eq!(id.len(), 40);
        assert!(id.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()), "{id}");
        assert_ne!(random_id(16), random_id(16));
        assert!(Simulator::with("12345", DateTime::now).is_err());
    }
}
