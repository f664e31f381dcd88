//! The state behind the Lambda stand-in and what its operations share: functions and their
//! versions, how a `FunctionName` or an ARN names one, revision ids, Lambda's date format, and
//! the errors handlers return, written as Lambda writes them (`Type` `User` and its message).

use std::collections::BTreeMap;

use aws_operation::http::HttpResponse;
use aws_operation::protocol::ServerProtocol;
use aws_operation::types::base64_encode;
use aws_operation::{DateTime, Shape, shape};
use aws_operation_lambda::{
    FunctionConfiguration, InvalidParameterValueException, InvalidRequestContentException, PreconditionFailedException,
    RequestTooLargeException, ResourceConflictException, ResourceNotFoundException,
};

use crate::endpoint::Reply;
use crate::stand_in::{Clock, is_account, is_region, partition};

/// `Version` of the unpublished version, which `Qualifier` may name.
pub(crate) const LATEST: &str = "$LATEST";

/// Why an operation failed, before it is written as one of Lambda's errors.
#[derive(Debug)]
pub(crate) enum Failure {
    /// `ResourceNotFoundException` (404).
    NotFound(String),
    /// `ResourceConflictException` (409).
    Conflict(String),
    /// `InvalidParameterValueException` (400).
    InvalidParameter(String),
    /// `PreconditionFailedException` (412): a `RevisionId` that is not the current one.
    PreconditionFailed,
    /// `InvalidRequestContentException` (400): an `Invoke` payload that is not JSON.
    InvalidRequestContent(String),
    /// `RequestTooLargeException` (413).
    RequestTooLarge(String),
    /// `ValidationException` (400), which Lambda sends for some input that breaks a constraint
    /// and the model does not list.
    Validation(String),
    /// `AccessDeniedException` (403), which the model does not list either: another account's
    /// function.
    AccessDenied(String),
}

impl Reply for Failure {
    /// The error as Lambda writes it: `Type` `User` and its message.
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        let user = || Some("User".to_owned());
        match self {
            Failure::NotFound(message) => {
                P::write_error(&ResourceNotFoundException { r#type: user(), message: Some(message) })
            }
            Failure::Conflict(message) => {
                P::write_error(&ResourceConflictException { r#type: user(), message: Some(message) })
            }
            Failure::InvalidParameter(message) => {
                P::write_error(&InvalidParameterValueException { r#type: user(), message: Some(message) })
            }
            Failure::PreconditionFailed => P::write_error(&PreconditionFailedException {
                r#type: user(),
                message: Some(
                    "The Revision Id provided does not match the latest Revision Id. Call the \
                     GetFunction/GetAlias API to retrieve the latest Revision Id"
                        .to_owned(),
                ),
            }),
            Failure::InvalidRequestContent(message) => {
                P::write_error(&InvalidRequestContentException { r#type: user(), message: Some(message) })
            }
            Failure::RequestTooLarge(message) => {
                P::write_error(&RequestTooLargeException { r#type: user(), message: Some(message) })
            }
            Failure::Validation(message) => P::write_unmodeled_error("ValidationException", Some(&message), 400),
            Failure::AccessDenied(message) => P::write_unmodeled_error("AccessDeniedException", Some(&message), 403),
        }
    }
}

impl Failure {
    /// An `InvalidParameterValueException` that quotes a constraint, as Lambda words them.
    pub(crate) fn constraint(value: &str, member: &str, constraint: &str) -> Self {
        Failure::InvalidParameter(format!(
            "1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}"
        ))
    }
}

/// Where a function's code came from, for `GetFunction`'s `Code`.
#[derive(Debug, Clone)]
pub(crate) enum Code {
    /// A .zip file uploaded with the request.
    Zip,
    /// A .zip file in Amazon S3, which the stand-in does not read.
    S3 { bucket: String, key: String, version: Option<String> },
    /// A container image in Amazon ECR, which the stand-in does not pull.
    Image { uri: String },
}

/// A function: its unpublished configuration, its published versions and its tags.
pub(crate) struct Function {
    /// `$LATEST`, with the unqualified ARN.
    pub(crate) latest: FunctionConfiguration,
    /// Published versions by number, each with the unqualified ARN and its own `Version`.
    pub(crate) versions: BTreeMap<u64, FunctionConfiguration>,
    /// The number the next published version gets; a deleted version's number is not reused.
    pub(crate) next_version: u64,
    pub(crate) code: Code,
    pub(crate) tags: BTreeMap<String, String>,
}

impl Function {
    /// The configuration `qualifier` names: `$LATEST` (or none), or a published version.
    pub(crate) fn configuration(&self, qualifier: Option<&str>) -> Option<&FunctionConfiguration> {
        match qualifier {
            None | Some(LATEST) => Some(&self.latest),
            Some(q) => q.parse::<u64>().ok().and_then(|n| self.versions.get(&n)),
        }
    }
}

/// A function as a `FunctionName` (and `Qualifier`) names it, once it is known to be this
/// account's in this region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Named {
    pub(crate) name: String,
    /// The version or alias asked for, from the name or `Qualifier`.
    pub(crate) qualifier: Option<String>,
}

/// The parts of a function name, a partial ARN or an ARN, as the model's pattern reads them:
/// `(arn:aws:lambda:)?(region:)?(account:)?(function:)?name(:qualifier)?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    pub(crate) region: Option<&'a str>,
    pub(crate) account: Option<&'a str>,
    pub(crate) name: &'a str,
    pub(crate) qualifier: Option<&'a str>,
}

/// Splits `function_name` into its parts; `None` if it has more than the pattern allows. Like
/// the pattern, an optional part is taken whenever what follows can still be a name.
pub(crate) fn parts(function_name: &str) -> Option<Parts<'_>> {
    let segments: Vec<&str> = function_name.split(':').collect();
    let mut rest = segments.as_slice();
    if let ["arn", _, "lambda", tail @ ..] = rest
        && !tail.is_empty()
    {
        rest = tail;
    }
    let mut region = None;
    if let [first, tail @ ..] = rest
        && !tail.is_empty()
        && is_region(first)
    {
        region = Some(*first);
        rest = tail;
    }
    let mut account = None;
    if let [first, tail @ ..] = rest
        && !tail.is_empty()
        && is_account(first)
    {
        account = Some(*first);
        rest = tail;
    }
    if let ["function", tail @ ..] = rest
        && !tail.is_empty()
    {
        rest = tail;
    }
    match rest {
        [name] => Some(Parts { region, account, name, qualifier: None }),
        [name, qualifier] => Some(Parts { region, account, name, qualifier: Some(qualifier) }),
        _ => None,
    }
}

/// Everything the stand-in knows.
pub(crate) struct Store {
    /// The caller's account: it owns every function and is in every ARN.
    pub(crate) account_id: String,
    /// The one region the stand-in is.
    pub(crate) region: String,
    clock: Clock,
    /// The last number given to a revision id and to an invocation's request id.
    issued_revisions: u64,
    issued_requests: u64,
    /// By name, so listings are in name order.
    pub(crate) functions: BTreeMap<String, Function>,
}

impl Store {
    pub(crate) fn new(account_id: String, region: String, clock: Clock) -> Self {
        Self { account_id, region, clock, issued_revisions: 0, issued_requests: 0, functions: BTreeMap::new() }
    }

    pub(crate) fn now(&self) -> DateTime {
        (self.clock)()
    }

    /// A new `RevisionId`: UUID-shaped, counting up, so runs are reproducible.
    pub(crate) fn new_revision(&mut self) -> String {
        self.issued_revisions += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.issued_revisions)
    }

    /// A new request id for an invocation's log, shaped as Lambda's.
    pub(crate) fn new_request_id(&mut self) -> String {
        self.issued_requests += 1;
        format!("00000000-0000-4000-a000-{:012x}", self.issued_requests)
    }

    /// The unqualified ARN of function `name` of this account and region.
    pub(crate) fn function_arn(&self, name: &str) -> String {
        format!("arn:{}:lambda:{}:{}:function:{name}", partition(&self.region), self.region, self.account_id)
    }

    /// The ARN of `name` with `qualifier`, if any.
    pub(crate) fn qualified_arn(&self, name: &str, qualifier: Option<&str>) -> String {
        match qualifier {
            Some(q) => format!("{}:{q}", self.function_arn(name)),
            None => self.function_arn(name),
        }
    }

    /// Checks that a region and account an ARN names are the stand-in's, for `action`: another
    /// region's functions are not reachable, another account's not allowed.
    pub(crate) fn check_scope(
        &self,
        action: &str,
        region: Option<&str>,
        account: Option<&str>,
        resource: impl FnOnce() -> String,
    ) -> Result<(), Failure> {
        if let Some(region) = region
            && region != self.region
        {
            return Err(Failure::NotFound(format!(
                "Functions from '{region}' are not reachable in this region ('{}')",
                self.region
            )));
        }
        if let Some(account) = account
            && account != self.account_id
        {
            return Err(Failure::AccessDenied(format!(
                "User: arn:{}:iam::{}:root is not authorized to perform: {action} on resource: {} because no \
                 resource-based policy allows the {action} action",
                partition(&self.region),
                self.account_id,
                resource()
            )));
        }
        Ok(())
    }

    /// What `function_name` and `qualifier` name, for `action` (`lambda:GetFunction`): a qualifier
    /// may come with the name or as `Qualifier`, but two must agree.
    pub(crate) fn named(&self, action: &str, function_name: &str, qualifier: Option<&str>) -> Result<Named, Failure> {
        let Some(parts) = parts(function_name) else {
            return Err(Failure::Validation(format!(
                "1 validation error detected: Value '{function_name}' at 'functionName' failed to satisfy \
                 constraint: Member must satisfy regular expression pattern: \
                 (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{{2}}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{{1}}:)?(\\d{{12}}:)?\
                 (function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
            )));
        };
        self.check_scope(action, parts.region, parts.account, || {
            let region = parts.region.unwrap_or(&self.region);
            let account = parts.account.unwrap_or(&self.account_id);
            format!("arn:{}:lambda:{region}:{account}:function:{}", partition(region), parts.name)
        })?;
        if let (Some(derived), Some(given)) = (parts.qualifier, qualifier)
            && derived != given
        {
            return Err(Failure::InvalidParameter(
                "The derived qualifier from the function name does not match the specified qualifier.".to_owned(),
            ));
        }
        Ok(Named { name: parts.name.to_owned(), qualifier: qualifier.or(parts.qualifier).map(str::to_owned) })
    }

    /// `ResourceNotFoundException` for `name` (with `qualifier`), as Lambda words it.
    pub(crate) fn not_found(&self, name: &str, qualifier: Option<&str>) -> Failure {
        Failure::NotFound(format!("Function not found: {}", self.qualified_arn(name, qualifier)))
    }

    /// The function `named` names, whatever its qualifier.
    pub(crate) fn function(&self, named: &Named) -> Result<&Function, Failure> {
        self.functions.get(&named.name).ok_or_else(|| self.not_found(&named.name, named.qualifier.as_deref()))
    }

    /// The configuration `named` names: `$LATEST` or a published version.
    pub(crate) fn configuration(&self, named: &Named) -> Result<(&Function, &FunctionConfiguration), Failure> {
        let function = self.function(named)?;
        let configuration = function
            .configuration(named.qualifier.as_deref())
            .ok_or_else(|| self.not_found(&named.name, named.qualifier.as_deref()))?;
        Ok((function, configuration))
    }
}

/// `configuration` as an output shows it: with the ARN qualified by `qualifier`, if any.
pub(crate) fn shown(configuration: &FunctionConfiguration, qualifier: Option<&str>) -> FunctionConfiguration {
    let mut shown = configuration.clone();
    if let (Some(arn), Some(qualifier)) = (&mut shown.function_arn, qualifier) {
        arn.push(':');
        arn.push_str(qualifier);
    }
    shown
}

/// A time as Lambda writes `LastModified`: `2026-01-01T00:00:00.000+0000`.
pub(crate) fn lambda_date(time: DateTime) -> String {
    let text = time.fmt_date_time();
    let seconds = text.get(..19).unwrap_or(&text);
    format!("{seconds}.{:03}+0000", time.subsec_nanos() / 1_000_000)
}

/// SHA-256 of `bytes`, base64, as `CodeSha256` is.
pub(crate) fn sha256_base64(bytes: &[u8]) -> String {
    base64_encode(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

/// SHA-256 of `bytes`, in lowercase hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `bytes` can be read as a zip archive: it ends with an end-of-central-directory
/// record (APPNOTE 4.3.16), which is where a reader starts.
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    // The record is 22 bytes and may be followed by a comment of up to 65,535.
    const RECORD: usize = 22;
    if bytes.len() < RECORD {
        return false;
    }
    let from = bytes.len().saturating_sub(RECORD + usize::from(u16::MAX));
    bytes[from..bytes.len() - RECORD + 4].windows(4).any(|w| w == b"PK\x05\x06")
}

/// A value of a string enum as the wire has it, e.g. `python3.12`.
pub(crate) fn wire<T: Shape>(value: &T) -> String {
    shape::to_json(value).trim_matches('"').to_owned()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn store() -> Store {
        Store::new("123456789012".into(), "us-east-1".into(), Arc::new(|| DateTime::from_secs(0)))
    }

    #[test]
    fn names_partial_arns_and_arns_split_as_the_pattern_reads_them() {
        let name = |s| parts(s).map(|p| (p.region, p.account, p.name, p.qualifier));
        assert_eq!(name("my-fn"), Some((None, None, "my-fn", None)));
        assert_eq!(name("my-fn:1"), Some((None, None, "my-fn", Some("1"))));
        assert_eq!(name("123456789012:function:my-fn"), Some((None, Some("123456789012"), "my-fn", None)));
        assert_eq!(
            name("arn:aws:lambda:us-east-1:123456789012:function:my-fn:$LATEST"),
            Some((Some("us-east-1"), Some("123456789012"), "my-fn", Some("$LATEST")))
        );
        assert_eq!(
            name("arn:aws-cn:lambda:cn-north-1:123456789012:function:f"),
            Some((Some("cn-north-1"), Some("123456789012"), "f", None))
        );
        // A name that looks like a region is still a name when nothing follows it.
        assert_eq!(name("us-east-1"), Some((None, None, "us-east-1", None)));
        assert_eq!(name("a:b:c"), None);
    }

    #[test]
    fn regions_follow_the_model_pattern() {
        for region in ["us-east-1", "eu-west-3", "us-gov-west-1", "us-isob-east-1", "us-iso-east-1", "eusc-de-east-1"] {
            assert!(is_region(region), "{region}");
        }
        assert!(is_region("xx-govern-1"), "`-gov` is optional");
        for text in ["us-east", "useast-1", "US-east-1", "us-east-12", "my-fn", "function", "eusc-1"] {
            assert!(!is_region(text), "{text}");
        }
        assert_eq!(partition("cn-northwest-1"), "aws-cn");
        assert_eq!(partition("us-gov-west-1"), "aws-us-gov");
        assert_eq!(partition("eu-central-1"), "aws");
    }

    #[test]
    fn qualifiers_from_the_name_and_the_parameter_must_agree() {
        let s = store();
        let named = s.named("lambda:GetFunction", "my-fn:1", Some("1")).unwrap();
        assert_eq!(named, Named { name: "my-fn".into(), qualifier: Some("1".into()) });
        assert!(matches!(s.named("lambda:GetFunction", "my-fn:1", Some("2")), Err(Failure::InvalidParameter(_))));
        let other_region = s.named("lambda:GetFunction", "arn:aws:lambda:eu-west-1:123456789012:function:f", None);
        let Err(Failure::NotFound(message)) = other_region else { panic!("{other_region:?}") };
        assert_eq!(message, "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
        let other_account = s.named("lambda:GetFunction", "444455556666:function:f", None);
        let Err(Failure::AccessDenied(message)) = other_account else { panic!("{other_account:?}") };
        assert!(message.contains("on resource: arn:aws:lambda:us-east-1:444455556666:function:f"), "{message}");
    }

    #[test]
    fn dates_are_written_as_lambda_writes_them() {
        assert_eq!(lambda_date(DateTime::from_secs(1_767_225_600)), "2026-01-01T00:00:00.000+0000");
        assert_eq!(lambda_date(DateTime::from_secs_nanos(1_767_225_600, 123_456_789)), "2026-01-01T00:00:00.123+0000");
    }

    #[test]
    fn code_hashes_and_zip_archives() {
        // The SHA-256 of nothing, a known value.
        assert_eq!(sha256_base64(b""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assert_eq!(sha256_hex(b"abc")[..16], *"ba7816bf8f01cfea");
        let empty_zip = b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
        assert!(is_zip(empty_zip));
        let mut commented = empty_zip.to_vec();
        commented[20] = 3;
        commented.extend_from_slice(b"hi!");
        assert!(is_zip(&commented));
        assert!(!is_zip(b"not a zip at all, not even close"));
        assert!(!is_zip(b"PK"));
    }

    #[test]
    fn revision_ids_count_up_in_uuid_shape() {
        let mut s = store();
        assert_eq!(s.new_revision(), "00000000-0000-4000-8000-000000000001");
        assert_eq!(s.new_revision(), "00000000-0000-4000-8000-000000000002");
        assert_eq!(s.new_request_id(), "00000000-0000-4000-a000-000000000001");
    }
}
