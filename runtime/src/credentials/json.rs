//! Reading credentials out of the JSON documents that `credential_process`, container endpoints and
//! EC2 instance metadata return.
//!
//! Reasons name fields, never their values: a value in the wrong place may be a secret. The document
//! is read as a [`serde_json::Value`] first because serde's typed errors quote the offending value.

use std::time::SystemTime;

use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::credentials::Credentials;

/// The document as a JSON object, or why it is not one (syntax errors do not quote the input).
pub(crate) fn object(body: &[u8]) -> Result<Map<String, Value>, String> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("not a JSON object".to_owned()),
        Err(e) => Err(format!("not JSON ({e})")),
    }
}

/// `AccessKeyId`, `SecretAccessKey`, the session token under `token_key` and `Expiration` of `map`.
///
/// The keys are required and non-empty; the token and the expiry are optional.
pub(crate) fn credentials(map: &Map<String, Value>, token_key: &str) -> Result<Credentials, String> {
    let required = |key: &str| match map.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::String(_)) => Err(format!("`{key}` is empty")),
        Some(_) => Err(format!("`{key}` is not a string")),
        None => Err(format!("`{key}` is missing")),
    };
    let id = required("AccessKeyId")?;
    let secret = required("SecretAccessKey")?;
    let token = match map.get(token_key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(format!("`{token_key}` is not a string")),
    };
    let expiry = match map.get("Expiration") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_time(s).ok_or_else(|| {
            format!("`Expiration` is not an RFC 3339 timestamp: `{}`", s.chars().take(64).collect::<String>())
        })?),
        Some(_) => return Err("`Expiration` is not a string".to_owned()),
    };
    let credentials = Credentials::new(id, secret, token, expiry);
    // `credential_process` output may name the account (`AccountId`), as the AWS CLI's does.
    Ok(match map.get("AccountId") {
        Some(Value::String(account)) if !account.is_empty() => credentials.with_account_id(account.as_str()),
        _ => credentials,
    })
}

/// An RFC 3339 timestamp, e.g. `2024-05-01T12:00:00Z`.
pub(crate) fn parse_time(text: &str) -> Option<SystemTime> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).ok().map(SystemTime::from)
}

/// `time` as RFC 3339, for messages.
pub(crate) fn format_time(time: SystemTime) -> String {
    OffsetDateTime::from(time).format(&Rfc3339).unwrap_or_else(|_| format!("{time:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    #[test]
    fn reads_fields_and_never_quotes_values() {
        let ok = format!(
            r#"{{"AccessKeyId":"AKID","SecretAccessKey":"{SECRET}","Token":"t","Expiration":"2030-01-02T03:04:05Z"}}"#
        );
        let c = credentials(&object(ok.as_bytes()).unwrap(), "Token").unwrap();
        assert_eq!((c.access_key_id(), c.secret_access_key(), c.session_token()), ("AKID", SECRET, Some("t")));
        assert_eq!(c.expiry(), Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_893_553_445)));

        let cases: &[(&str, &str)] = &[
            ("[1]", "not a JSON object"),
            ("{\"AccessKeyId\":", "not JSON"),
            (r#"{"SecretAccessKey":"S"}"#, "`AccessKeyId` is missing"),
            (r#"{"AccessKeyId":"","SecretAccessKey":"S"}"#, "`AccessKeyId` is empty"),
            (r#"{"AccessKeyId":"A","SecretAccessKey":7}"#, "`SecretAccessKey` is not a string"),
            (r#"{"AccessKeyId":"A","SecretAccessKey":"S","Token":1}"#, "`Token` is not a string"),
            (r#"{"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"soon"}"#, "`Expiration` is not an RFC 3339"),
            (r#"{"AccessKeyId":"A","SecretAccessKey":"S","Expiration":5}"#, "`Expiration` is not a string"),
        ];
        for (body, want) in cases {
            let got = object(body.as_bytes()).and_then(|m| credentials(&m, "Token")).unwrap_err();
            assert!(got.contains(want), "{body}: {got}");
        }
        let secret_in_wrong_place = format!(r#"{{"AccessKeyId":"A","SecretAccessKey":"S","Token":["{SECRET}"]}}"#);
        let got = credentials(&object(secret_in_wrong_place.as_bytes()).unwrap(), "Token").unwrap_err();
        assert!(!got.contains(SECRET), "{got}");
        let bad_syntax = format!("{{\"SecretAccessKey\": \"{SECRET}\" oops}}");
        assert!(!object(bad_syntax.as_bytes()).unwrap_err().contains(SECRET));
    }

    #[test]
    fn optional_fields() {
        let body = r#"{"AccessKeyId":"A","SecretAccessKey":"S","Token":"","Expiration":null}"#;
        let c = credentials(&object(body.as_bytes()).unwrap(), "Token").unwrap();
        assert_eq!((c.session_token(), c.expiry()), (None, None));
        assert_eq!(format_time(SystemTime::UNIX_EPOCH + Duration::from_secs(86_400)), "1970-01-02T00:00:00Z");
    }
}
