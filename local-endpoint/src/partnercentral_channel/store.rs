//! The state behind the stand-in and what its operations share: ids and ARNs, the clock,
//! idempotency records, lookups by identifier, list filters, pagination tokens, and the errors
//! handlers return.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};

use aws_operation::http::HttpResponse;
use aws_operation::operation::Operation;
use aws_operation::protocol::ServerProtocol;
use aws_operation::{DateTime, Shape, shape};
use aws_operation_partnercentral_channel::common::SortOrder;
use aws_operation_partnercentral_channel::errors::{
    ConflictException, ResourceNotFoundException, ValidationException, ValidationExceptionField,
    ValidationExceptionReason,
};
use aws_operation_partnercentral_channel::tags::Tag;

use super::channel_contracts::Contract;
use super::handshakes::Handshake;
use super::program_management_accounts::Pma;
use super::relationships::Relationship;
use crate::endpoint::Reply;
use crate::stand_in::Clock;

/// The region every ARN names: the service's one endpoint is signed for us-east-1.
pub(crate) const REGION: &str = "us-east-1";

/// The catalogs the service knows.
const CATALOGS: [&str; 2] = ["AWS", "Sandbox"];

/// Items on a page when the request does not say.
pub(crate) const DEFAULT_PAGE_SIZE: usize = 20;

/// The kinds of resource, as ids, ARNs and error members name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    ProgramManagementAccount,
    Relationship,
    ChannelHandshake,
    ChannelContract,
}

impl Kind {
    fn index(self) -> usize {
        self as usize
    }

    /// The id prefix, as the model's id patterns have it.
    fn prefix(self) -> &'static str {
        match self {
            Kind::ProgramManagementAccount => "pma",
            Kind::Relationship => "rs",
            Kind::ChannelHandshake => "ch",
            Kind::ChannelContract => "cc",
        }
    }

    /// The `resourceType` of errors.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::ProgramManagementAccount => "ProgramManagementAccount",
            Kind::Relationship => "Relationship",
            Kind::ChannelHandshake => "ChannelHandshake",
            Kind::ChannelContract => "ChannelContract",
        }
    }

    /// The words for it in messages.
    pub(crate) fn words(self) -> &'static str {
        match self {
            Kind::ProgramManagementAccount => "program management account",
            Kind::Relationship => "relationship",
            Kind::ChannelHandshake => "channel handshake",
            Kind::ChannelContract => "channel contract",
        }
    }
}

/// Why an operation failed, before it is written as one of the service's errors.
#[derive(Debug)]
pub(crate) enum Failure {
    /// `ResourceNotFoundException`.
    NotFound { kind: Kind, id: String },
    /// `ConflictException`.
    Conflict { kind: Kind, id: String, message: String },
    /// `ValidationException` with reason `BUSINESS_VALIDATION_FAILED`: `(member path, message)`.
    Invalid(Vec<(String, String)>),
}

impl Failure {
    pub(crate) fn not_found(kind: Kind, id: &str) -> Self {
        Failure::NotFound { kind, id: id.to_owned() }
    }

    pub(crate) fn conflict(kind: Kind, id: &str, message: impl Into<String>) -> Self {
        Failure::Conflict { kind, id: id.to_owned(), message: message.into() }
    }

    /// `member` breaks a rule of the service; `rule` completes a sentence that starts with it.
    pub(crate) fn invalid(member: &str, rule: impl std::fmt::Display) -> Self {
        Failure::Invalid(vec![(member.to_owned(), format!("`{member}` {rule}"))])
    }
}

impl Reply for Failure {
    /// The error as the service writes it, every member set, whether the operation models it
    /// or not.
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        match self {
            Failure::NotFound { kind, id } => P::write_error(&ResourceNotFoundException {
                message: format!("{} `{id}` was not found", kind.words()),
                resource_id: Some(id),
                resource_type: Some(kind.name().to_owned()),
            }),
            Failure::Conflict { kind, id, message } => {
                P::write_error(&ConflictException { message, resource_id: id, resource_type: kind.name().to_owned() })
            }
            Failure::Invalid(fields) => {
                let n = fields.len();
                let messages: Vec<&str> = fields.iter().map(|(_, message)| message.as_str()).collect();
                P::write_error(&ValidationException {
                    message: format!("{n} invalid member{}: {}", if n == 1 { "" } else { "s" }, messages.join("; ")),
                    reason: ValidationExceptionReason::BusinessValidationFailed,
                    field_list: Some(
                        fields
                            .into_iter()
                            .map(|(name, message)| ValidationExceptionField {
                                name,
                                code: "invalidValue".to_owned(),
                                message,
                            })
                            .collect(),
                    ),
                })
            }
        }
    }
}

/// A successful call with a client token, kept to answer its retries.
struct Replay {
    /// The input as JSON, token included.
    input: String,
    /// The operation's output.
    output: Box<dyn Any + Send>,
    /// The resource the call made or changed, for the conflict a different input gets.
    kind: Kind,
    id: String,
}

/// Everything the stand-in knows.
pub(crate) struct Store {
    /// The caller's account: it owns what is created, and sends the handshakes it creates.
    pub(crate) account_id: String,
    /// The caller's partner profile name, as receivers of its handshakes see it.
    pub(crate) display_name: String,
    clock: Clock,
    /// The last number given to an id, per [`Kind`].
    issued: [u64; 4],
    /// Each map is keyed by id; ids count up, so keys are in creation order.
    pub(crate) pmas: BTreeMap<String, Pma>,
    pub(crate) relationships: BTreeMap<String, Relationship>,
    pub(crate) handshakes: BTreeMap<String, Handshake>,
    pub(crate) contracts: BTreeMap<String, Contract>,
    /// By operation and client token.
    replays: HashMap<(&'static str, String), Replay>,
}

impl Store {
    pub(crate) fn new(account_id: String, display_name: String, clock: Clock) -> Self {
        Self {
            account_id,
            display_name,
            clock,
            issued: [0; 4],
            pmas: BTreeMap::new(),
            relationships: BTreeMap::new(),
            handshakes: BTreeMap::new(),
            contracts: BTreeMap::new(),
            replays: HashMap::new(),
        }
    }

    pub(crate) fn now(&self) -> DateTime {
        (self.clock)()
    }

    /// The next id of `kind`: its prefix and a counter in 13 base-36 digits, `ch-0000000000001`.
    pub(crate) fn new_id(&mut self, kind: Kind) -> String {
        let issued = &mut self.issued[kind.index()];
        *issued += 1;
        let mut n = *issued;
        let mut digits = [b'0'; 13];
        for digit in digits.iter_mut().rev() {
            *digit = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
            n /= 36;
        }
        format!("{}-{}", kind.prefix(), String::from_utf8_lossy(&digits))
    }

    /// The ARN of a resource of `account` at `path` in `catalog`.
    pub(crate) fn arn(account: &str, catalog: &str, path: &str) -> String {
        format!("arn:aws:partnercentral:{REGION}:{account}:catalog/{catalog}/{path}")
    }

    /// Runs `run` once per client token: a retry with the same token and input gets the first
    /// call's output again and changes nothing; the same token with a different input is a
    /// conflict with what the first call made. Failed calls are not kept, so they can be retried.
    pub(crate) fn idempotent<O>(
        &mut self,
        input: &O,
        token: Option<&str>,
        run: impl FnOnce(&mut Self) -> Result<(O::Output, Kind, String), Failure>,
    ) -> Result<O::Output, Failure>
    where
        O: Operation,
        O::Output: Clone,
    {
        let Some(token) = token else { return run(self).map(|(output, _, _)| output) };
        let key = (O::NAME, token.to_owned());
        let sent = shape::to_json(input);
        if let Some(replay) = self.replays.get(&key) {
            if replay.input == sent
                && let Some(output) = replay.output.downcast_ref::<O::Output>()
            {
                return Ok(output.clone());
            }
            return Err(Failure::conflict(
                replay.kind,
                &replay.id,
                format!("the client token `{token}` was already used for {} with different input", O::NAME),
            ));
        }
        let (output, kind, id) = run(self)?;
        self.replays.insert(key, Replay { input: sent, output: Box::new(output.clone()), kind, id });
        Ok(output)
    }
}

/// A stored resource, as lookups by identifier need it.
pub(crate) trait Resource {
    fn arn(&self) -> &str;
    fn catalog(&self) -> &str;
}

/// The id an identifier names: itself, or the last segment of its ARN.
pub(crate) fn id_of(identifier: &str) -> &str {
    identifier.rsplit('/').next().unwrap_or(identifier)
}

fn names<R: Resource>(resource: &R, catalog: &str, identifier: &str) -> bool {
    resource.catalog() == catalog && (!identifier.starts_with("arn:") || resource.arn() == identifier)
}

/// The resource `identifier` (an id or an ARN) names in `catalog`.
pub(crate) fn find<'a, R: Resource>(
    resources: &'a BTreeMap<String, R>,
    kind: Kind,
    catalog: &str,
    identifier: &str,
) -> Result<&'a R, Failure> {
    resources
        .get(id_of(identifier))
        .filter(|resource| names(*resource, catalog, identifier))
        .ok_or_else(|| Failure::not_found(kind, identifier))
}

/// As [`find`], to change it.
pub(crate) fn find_mut<'a, R: Resource>(
    resources: &'a mut BTreeMap<String, R>,
    kind: Kind,
    catalog: &str,
    identifier: &str,
) -> Result<&'a mut R, Failure> {
    resources
        .get_mut(id_of(identifier))
        .filter(|resource| names(&**resource, catalog, identifier))
        .ok_or_else(|| Failure::not_found(kind, identifier))
}

/// The catalogs are fixed: `AWS` and `Sandbox`.
pub(crate) fn check_catalog(catalog: &str) -> Result<(), Failure> {
    if CATALOGS.contains(&catalog) { Ok(()) } else { Err(Failure::invalid("catalog", "must be `AWS` or `Sandbox`")) }
}

/// Whether `value` passes a list filter; an absent or empty filter passes everything.
pub(crate) fn passes<T: PartialEq>(filter: Option<&Vec<T>>, value: &T) -> bool {
    filter.is_none_or(|allowed| allowed.is_empty() || allowed.contains(value))
}

/// As [`passes`], for a value that may be absent, which only an absent or empty filter passes.
pub(crate) fn passes_some<T: PartialEq>(filter: Option<&Vec<T>>, value: Option<&T>) -> bool {
    filter.is_none_or(|allowed| allowed.is_empty() || value.is_some_and(|value| allowed.contains(value)))
}

/// Sorts `items`, in creation order, by when they were last updated; ties keep creation order
/// (reversed with the rest when descending).
pub(crate) fn sort_by_update<T>(items: &mut [T], updated_at: impl Fn(&T) -> DateTime, order: Option<&SortOrder>) {
    let Some(order) = order else { return };
    items.sort_by_key(|item| updated_at(item));
    if *order == SortOrder::Descending {
        items.reverse();
    }
}

/// A value of a string enum as the wire has it, e.g. `PENDING`.
pub(crate) fn wire<T: Shape>(value: &T) -> String {
    shape::to_json(value).trim_matches('"').to_owned()
}

/// The query a listing answers, for its tokens: the input without its page and page size, so
/// a token only continues the listing it came from.
pub(crate) fn query_of<O: Operation>(query: &O) -> u64 {
    // FNV-1a: stable across runs and processes, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in O::NAME.bytes().chain([0]).chain(shape::to_json(query).bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// One page of `items`, and the token of the next if any. A token is the position of the next
/// item and the query it belongs to: `20-9f0c…`. Items added or removed between pages shift
/// what the positions hold, as they would with any offset.
pub(crate) fn paginate<T>(
    items: Vec<T>,
    query: u64,
    max_results: Option<i32>,
    next_token: Option<&str>,
) -> Result<(Vec<T>, Option<String>), Failure> {
    let start = match next_token {
        None => 0,
        Some(token) => token
            .split_once('-')
            .filter(|(_, of)| *of == format!("{query:016x}"))
            .and_then(|(start, _)| start.parse::<usize>().ok())
            .ok_or_else(|| Failure::invalid("nextToken", "is not a token that this listing returned"))?,
    };
    let size = max_results.and_then(|n| usize::try_from(n).ok()).filter(|n| *n > 0).unwrap_or(DEFAULT_PAGE_SIZE);
    let total = items.len();
    let end = start.saturating_add(size).min(total);
    let next = (end < total).then(|| format!("{end}-{query:016x}"));
    Ok((items.into_iter().skip(start).take(size).collect(), next))
}

/// Adds `new` to `tags`, a tag with a key already there replacing its value in place.
pub(crate) fn merge_tags(tags: &mut Vec<Tag>, new: Vec<Tag>) {
    for tag in new {
        match tags.iter_mut().find(|t| t.key == tag.key) {
            Some(existing) => existing.value = tag.value,
            None => tags.push(tag),
        }
    }
}

/// A `revision` a caller sent must be the current one; none means "whatever it is".
pub(crate) fn check_revision(kind: Kind, id: &str, current: u64, sent: Option<&str>) -> Result<(), Failure> {
    match sent {
        Some(sent) if sent.parse::<u64>().ok() != Some(current) => Err(Failure::conflict(
            kind,
            id,
            format!("revision `{sent}` of {} `{id}` is not its current revision `{current}`", kind.words()),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn store() -> Store {
        Store::new("111122223333".into(), "Local Partner".into(), Arc::new(|| DateTime::from_secs(0)))
    }

    #[test]
    fn ids_count_up_per_kind_in_base_36_and_sort_in_creation_order() {
        let mut s = store();
        let ids: Vec<String> = (0..37).map(|_| s.new_id(Kind::ChannelHandshake)).collect();
        assert_eq!(ids[0], "ch-0000000000001");
        assert_eq!(ids[9], "ch-000000000000a");
        assert_eq!(ids[35], "ch-0000000000010");
        assert_eq!(ids[36], "ch-0000000000011");
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(s.new_id(Kind::ProgramManagementAccount), "pma-0000000000001");
    }

    #[test]
    fn tokens_continue_only_their_own_query() {
        let (page, next) = paginate((0..5).collect(), 7, Some(2), None).unwrap();
        assert_eq!((page, next.as_deref()), (vec![0, 1], Some("2-0000000000000007")));
        let (page, next) = paginate((0..5).collect(), 7, Some(2), Some("4-0000000000000007")).unwrap();
        assert_eq!((page, next), (vec![4], None));
        assert!(paginate((0..5).collect::<Vec<_>>(), 8, Some(2), Some("2-0000000000000007")).is_err());
        assert!(paginate((0..5).collect::<Vec<_>>(), 7, None, Some("x")).is_err());
        // A position past the end, after deletions, is an empty last page.
        assert_eq!(paginate((0..1).collect::<Vec<_>>(), 7, None, Some("4-0000000000000007")).unwrap(), (vec![], None));
    }

    #[test]
    fn identifiers_are_ids_or_the_last_segment_of_an_arn() {
        assert_eq!(id_of("rs-0000000000001"), "rs-0000000000001");
        let arn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/program-management-account/pma-0000000000001/relationship/rs-0000000000002";
        assert_eq!(id_of(arn), "rs-0000000000002");
    }

    #[test]
    fn tags_merge_by_key_in_place() {
        let mut tags = vec![Tag::new("a", "1"), Tag::new("b", "2")];
        merge_tags(&mut tags, vec![Tag::new("b", "3"), Tag::new("c", "4")]);
        assert_eq!(tags, vec![Tag::new("a", "1"), Tag::new("b", "3"), Tag::new("c", "4")]);
    }
}
