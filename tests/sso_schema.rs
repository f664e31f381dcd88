//! The hand-written SSO portal (`GetRoleCredentials`) and SSO OIDC (`CreateToken`) definitions
//! of `services/sso` against botocore's models, and both operations on the wire against a
//! scripted server on 127.0.0.1.
//!
//! The model check (tests/support/model_check.rs) compares, for each operation: the service's
//! metadata (id, protocol, signing name, API version, endpoint prefix), the `http` trait,
//! `authtype: none` against `unsigned`, the input, output and errors (each error's status and
//! fault); and for every structure and enum reached from it, its members or values, every
//! member's wire name, HTTP binding, target, required flag, idempotency token, sensitivity and
//! the constraints of its target. Every structure and enum the model reaches from the operation
//! must be reached in Rust too, and the other way round. Documentation is not compared. Each
//! difference is listed; the test fails if there is any. The classic regional endpoints the two
//! services use (they are declared without rules) are compared with botocore's endpoint tests of
//! their rule sets.

#[path = "support/model_check.rs"]
mod model_check;
#[path = "support/sso.rs"]
mod sso;
mod support;

use std::collections::BTreeMap;

use aws_operation::schema::ShapeSchema;
use aws_operation::{Config, Error, Service};
use aws_operation_sso::oidc::{
    self, AccessDeniedExceptionReason, CreateTokenError, InvalidRequestExceptionReason, SsoOidc,
};
use aws_operation_sso::portal::{self, GetRoleCredentials, GetRoleCredentialsError, Sso};
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::{Value, json};
use sso::config;
use support::{Reply, Server};

const SSO_MODEL: &str = include_str!("fixtures/sso/sso-service-2.json");
const OIDC_MODEL: &str = include_str!("fixtures/sso/sso-oidc-service-2.json");
const SSO_ENDPOINT_TESTS: &str = include_str!("fixtures/sso/sso-endpoint-tests-1.json");
const OIDC_ENDPOINT_TESTS: &str = include_str!("fixtures/sso/sso-oidc-endpoint-tests-1.json");

// ---------------------------------------------------------------------------------------------
// The definitions against the models.

/// One service's slice against `model`: the service (its endpoint the classic regional one, see
/// the endpoint test below), the operations `ops` and the statuses of `errors`, every error of the
/// operations.
fn check_slice<S: Service>(
    model: &str,
    ops: &[Op],
    errors: &[model_check::ErrorTraits],
) -> BTreeMap<String, &'static ShapeSchema> {
    let names = model_check::names(ops);
    let mut check = Check::new(model);
    check.service::<S>(Endpoints::Classic);
    check.operations(ops, Scope::Slice(&names));
    check.error_statuses(&names, errors);
    check.finish()
}

#[test]
fn portal_matches_the_model() {
    let ops = model_check::ops(&portal::each_operation!(Op::of), &portal::operations());
    let errors = model_check::error_traits![
        portal::InvalidRequestException,
        portal::UnauthorizedException,
        portal::TooManyRequestsException,
        portal::ResourceNotFoundException,
    ];
    let seen = check_slice::<Sso>(SSO_MODEL, &ops, &errors);
    // GetRoleCredentials: its request and response, RoleCredentials and 4 errors.
    assert_eq!((ops.len(), seen.len()), (1, 7), "{:?}", seen.keys());
}

#[test]
fn oidc_matches_the_model() {
    let ops = model_check::ops(&oidc::each_operation!(Op::of), &oidc::operations());
    let errors = model_check::error_traits![
        oidc::InvalidRequestException,
        oidc::InvalidClientException,
        oidc::InvalidGrantException,
        oidc::UnauthorizedClientException,
        oidc::UnsupportedGrantTypeException,
        oidc::InvalidScopeException,
        oidc::AuthorizationPendingException,
        oidc::SlowDownException,
        oidc::AccessDeniedException,
        oidc::ExpiredTokenException,
        oidc::InternalServerException,
    ];
    let seen = check_slice::<SsoOidc>(OIDC_MODEL, &ops, &errors);
    // CreateToken: its request and response, 11 errors and the 2 enums of their reasons.
    assert_eq!((ops.len(), seen.len()), (1, 15), "{:?}", seen.keys());
}

/// botocore's endpoint tests of each service against the classic regional endpoint the crate
/// uses without rules: every case without a custom endpoint (36 of each service's 40; the other
/// four are about `Endpoint`, which the classic scheme does not involve). The two cases the rules
/// answer differently, one per service, are listed, so that the test says when that changes.
#[test]
fn classic_endpoints_match_the_rule_sets_tests() {
    fn config(params: &Value) -> Result<Config, String> {
        let mut config = Config::builder();
        if let Some(region) = params["Region"].as_str() {
            config = config.region(region);
        }
        config
            .use_fips(params["UseFIPS"] == true)
            .use_dual_stack(params["UseDualStack"] == true)
            .build()
            .map_err(|e| e.to_string())
    }
    fn sso(params: &Value) -> Result<String, String> {
        let client = Sso::new(&config(params)?).map_err(|e| e.to_string())?;
        client.client().endpoint_url().map_err(|e| e.to_string())
    }
    fn oidc(params: &Value) -> Result<String, String> {
        let client = SsoOidc::new(&config(params)?).map_err(|e| e.to_string())?;
        client.client().endpoint_url().map_err(|e| e.to_string())
    }
    let mut differences = Vec::new();
    let mut compared = 0;
    for (name, tests, at) in [
        ("sso", SSO_ENDPOINT_TESTS, sso as fn(&Value) -> Result<String, String>),
        ("sso-oidc", OIDC_ENDPOINT_TESTS, oidc),
    ] {
        let tests: Value = serde_json::from_str(tests).unwrap();
        for case in tests["testCases"].as_array().unwrap() {
            let params = &case["params"];
            if params.get("Endpoint").is_some() {
                continue;
            }
            compared += 1;
            let expected = case["expect"]["endpoint"]["url"].as_str();
            let actual = at(params);
            match (expected, &actual) {
                (Some(e), Ok(a)) if e == a => {}
                (None, Err(_)) => {}
                _ => differences.push(format!("{name} {params}: {actual:?}, rules say {expected:?}")),
            }
        }
    }
    // GovCloud's FIPS endpoint of both services is the plain one in the rules; the classic
    // scheme puts `-fips` in front of the region.
    assert_eq!(
        differences,
        [
            r#"sso {"Region":"us-gov-east-1","UseDualStack":false,"UseFIPS":true}: Ok("https://portal.sso-fips.us-gov-east-1.amazonaws.com"), rules say Some("https://portal.sso.us-gov-east-1.amazonaws.com")"#,
            r#"sso-oidc {"Region":"us-gov-east-1","UseDualStack":false,"UseFIPS":true}: Ok("https://oidc-fips.us-gov-east-1.amazonaws.com"), rules say Some("https://oidc.us-gov-east-1.amazonaws.com")"#,
        ],
        "{differences:#?}"
    );
    assert_eq!(compared, 72);
}

// ---------------------------------------------------------------------------------------------
// On the wire, against the scripted server with `sso::config`'s credentials.

#[tokio::test]
async fn get_role_credentials_sends_the_query_and_the_bearer_token_unsigned() {
    let body = r#"{"roleCredentials":{"accessKeyId":"ASIAEXAMPLE","secretAccessKey":"role-secret","sessionToken":"role-session","expiration":1700000000000}}"#;
    let server = Server::start(vec![Reply::rest_json(200, body)]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    let out = client
        .get_role_credentials()
        .role_name("Admin+Dev")
        .account_id("111122223333")
        .access_token("bearer-token-1")
        .send()
        .await
        .unwrap();
    let creds = out.role_credentials.as_ref().expect("roleCredentials");
    assert_eq!(creds.access_key_id.as_deref(), Some("ASIAEXAMPLE"));
    assert_eq!(creds.secret_access_key.as_deref(), Some("role-secret"));
    assert_eq!(creds.session_token.as_deref(), Some("role-session"));
    assert_eq!(creds.expiration, Some(1_700_000_000_000));
    assert_eq!(out.request_id(), Some("req-200"));
    // The secrets that came back are redacted in Debug.
    let shown = format!("{:?}", *out);
    assert!(
        shown.contains("ASIAEXAMPLE") && !shown.contains("role-secret") && !shown.contains("role-session"),
        "{shown}"
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/federation/credentials?role_name=Admin%2BDev&account_id=111122223333");
    assert_eq!(request.header("x-amz-sso_bearer_token"), Some("bearer-token-1"));
    sso::assert_unsigned(request);
    assert_eq!(request.body, b"");
    assert_eq!(request.header("content-type"), None);
}

#[tokio::test]
async fn get_role_credentials_needs_no_credentials_and_hides_the_token() {
    let server = Server::start(vec![Reply::rest_json(200, "{}")]).await;
    let config = Config::builder().region("us-east-1").endpoint_url(&server.url).build().unwrap();
    let input = GetRoleCredentials {
        role_name: "ReadOnly".into(),
        account_id: "111122223333".into(),
        access_token: "bearer-token-2".into(),
    };
    let shown = format!("{input:?}");
    assert!(shown.contains("ReadOnly") && !shown.contains("bearer-token-2"), "{shown}");
    let out = Sso::new(&config).unwrap().send(input).await.unwrap();
    assert!(out.role_credentials.is_none());
    assert_eq!(server.requests()[0].header("x-amz-sso_bearer_token"), Some("bearer-token-2"));
}

#[tokio::test]
async fn a_missing_bearer_token_is_refused_before_sending() {
    let server = Server::start(vec![Reply::rest_json(200, "{}")]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    match client.get_role_credentials().role_name("ReadOnly").account_id("111122223333").send().await {
        Err(Error::InvalidInput(v)) => {
            let shown = v.to_string();
            assert!(shown.starts_with("1 invalid member: `accessToken`"), "{shown}");
        }
        other => panic!("{other:?}"),
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn unauthorized_exception_is_read_as_the_modeled_variant() {
    let reply = sso::unauthorized();
    let server = Server::start(vec![reply]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    let sent = client.get_role_credentials().role_name("r").account_id("111122223333").access_token("t").send().await;
    match sent {
        Err(Error::Service(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.status), ("UnauthorizedException", 401));
            assert_eq!(e.meta.message.as_deref(), Some("Session token not found or invalid"));
            assert_eq!(e.meta.request_id.as_deref(), Some("req-401"));
            let GetRoleCredentialsError::UnauthorizedException(u) = &e.error else { panic!("{:?}", e.error) };
            assert_eq!(u.message.as_deref(), Some("Session token not found or invalid"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn create_token_posts_the_json_body_unsigned() {
    let body = r#"{"accessToken":"at-new","tokenType":"Bearer","expiresIn":28800,"refreshToken":"rt-new"}"#;
    let server = Server::start(vec![Reply::rest_json(200, body)]).await;
    let client = SsoOidc::new(&config(&server.url)).unwrap();
    let out = client
        .create_token()
        .client_id("client-1")
        .client_secret("client-secret-1")
        .grant_type("refresh_token")
        .refresh_token("rt-old")
        .scope(vec!["sso:account:access".to_owned()])
        .send()
        .await
        .unwrap();
    assert_eq!(out.access_token.as_deref(), Some("at-new"));
    assert_eq!(out.token_type.as_deref(), Some("Bearer"));
    assert_eq!(out.expires_in, Some(28800));
    assert_eq!(out.refresh_token.as_deref(), Some("rt-new"));
    assert_eq!(out.id_token, None);
    let shown = format!("{:?}", *out);
    assert!(shown.contains("Bearer") && !shown.contains("at-new") && !shown.contains("rt-new"), "{shown}");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/token"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.json(),
        json!({
            "clientId": "client-1",
            "clientSecret": "client-secret-1",
            "grantType": "refresh_token",
            "refreshToken": "rt-old",
            "scope": ["sso:account:access"],
        })
    );
    sso::assert_unsigned(request);
}

#[tokio::test]
async fn create_token_errors_are_read_as_the_modeled_variants() {
    let errortype = |code: &str| format!("{code}:http://internal.amazon.com/coral/com.amazonaws.ssooidc/");
    let replies = vec![
        Reply::rest_json(400, r#"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#)
            .header("x-amzn-errortype", &errortype("InvalidGrantException")),
        Reply::rest_json(
            400,
            r#"{"error":"invalid_request","reason":"KMS_DisabledException","error_description":"key off"}"#,
        )
        .header("x-amzn-errortype", &errortype("InvalidRequestException")),
        Reply::rest_json(400, r#"{"error":"access_denied","reason":"KMS_SomethingNew"}"#)
            .header("x-amzn-errortype", &errortype("AccessDeniedException")),
        Reply::rest_json(500, r#"{"error":"server_error","error_description":"oops"}"#)
            .header("x-amzn-errortype", &errortype("InternalServerException")),
    ];
    let server = Server::start(replies).await;
    let client = SsoOidc::new(&config(&server.url)).unwrap();
    let call = || client.create_token().client_id("c").client_secret("s").grant_type("refresh_token").send();

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidGrantException", 400));
    let CreateTokenError::InvalidGrantException(g) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(g.error.as_deref(), Some("invalid_grant"));
    assert_eq!(g.error_description.as_deref(), Some("Invalid refresh token provided"));

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    let CreateTokenError::InvalidRequestException(r) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(r.error.as_deref(), Some("invalid_request"));
    assert_eq!(r.reason, Some(InvalidRequestExceptionReason::KmsDisabledException));
    assert_eq!(r.error_description.as_deref(), Some("key off"));

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    let CreateTokenError::AccessDeniedException(d) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(d.reason, Some(AccessDeniedExceptionReason::Unknown("KMS_SomethingNew".into())));
    assert_eq!(d.error_description, None);

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InternalServerException", 500));
    let CreateTokenError::InternalServerException(i) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!((i.error.as_deref(), i.error_description.as_deref()), (Some("server_error"), Some("oops")));

    let requests = server.requests();
    assert_eq!(requests.len(), 4, "max_attempts(1): no retry");
    assert!(requests.iter().all(|r| r.path == "/token" && r.json()["clientSecret"] == "s"));
}
