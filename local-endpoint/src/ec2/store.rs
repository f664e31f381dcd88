//! The state of a stand-in EC2 (instances, the default VPC, security groups, tags), EC2's
//! errors as the handlers fail with them, and what the operations share: ids, filters, page
//! tokens.

use std::collections::BTreeMap;

use aws_operation::http::HttpResponse;
use aws_operation::idempotency::{TokenGenerator, UuidV4};
use aws_operation::protocol::ServerProtocol;
use aws_operation_ec2::{Filter, Instance, SecurityGroupRule, Tag, TagSpecification};

use crate::endpoint::Reply;
use crate::stand_in::Clock;

pub(crate) struct Store {
    pub(crate) account_id: String,
    pub(crate) region: String,
    pub(crate) clock: Clock,
    /// By launch number: the order they are described in.
    pub(crate) instances: BTreeMap<u64, Launched>,
    pub(crate) next_instance: u64,
    pub(crate) vpc_id: String,
    pub(crate) subnet_id: String,
    pub(crate) dhcp_options_id: String,
    pub(crate) cidr_association_id: String,
    /// By id.
    pub(crate) security_groups: BTreeMap<String, SecurityGroup>,
    /// Every resource's tags, by resource id.
    pub(crate) tags: BTreeMap<String, BTreeMap<String, String>>,
}

/// An instance and the reservation it was launched in. Its tags live in [`Store::tags`].
pub(crate) struct Launched {
    pub(crate) reservation_id: String,
    pub(crate) instance: Instance,
}

pub(crate) struct SecurityGroup {
    pub(crate) name: String,
    pub(crate) vpc_id: String,
    pub(crate) rules: Vec<SecurityGroupRule>,
}

/// An EC2 error, none of which the model lists: its code (`InvalidInstanceID.NotFound`), its
/// message, and its status (400 but for `DryRunOperation`'s 412).
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) status: u16,
}

impl Reply for Failure {
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        P::write_unmodeled_error(self.code, Some(&self.message), self.status)
    }
}

/// A 400 with `code` and `message`.
pub(crate) fn fail(code: &'static str, message: impl Into<String>) -> Failure {
    Failure { code, message: message.into(), status: 400 }
}

/// `InvalidParameterValue` with `message`.
pub(crate) fn invalid(message: impl Into<String>) -> Failure {
    fail("InvalidParameterValue", message)
}

/// What every operation answers when `DryRun` is set: its permission holds, as every one does.
pub(crate) fn dry_run(flag: Option<bool>) -> Result<(), Failure> {
    match flag {
        Some(true) => Err(Failure {
            code: "DryRunOperation",
            message: "Request would have succeeded, but DryRun flag is set.".to_owned(),
            status: 412,
        }),
        _ => Ok(()),
    }
}

/// The `NotFound` error for the `ids` not there, in EC2's words: `The instance ID 'i-1' does
/// not exist`, or `The instance IDs 'i-1, i-2' do not exist`.
pub(crate) fn not_found(code: &'static str, what: &str, ids: &[&str]) -> Failure {
    match ids {
        [id] => fail(code, format!("The {what} ID '{id}' does not exist")),
        _ => fail(code, format!("The {what} IDs '{}' do not exist", ids.join(", "))),
    }
}

/// A new id: `prefix`, `-` and 17 hexadecimal digits, as EC2's ids are now.
pub(crate) fn new_id(prefix: &str) -> String {
    let hex: String = UuidV4.token().chars().filter(char::is_ascii_hexdigit).take(17).collect();
    format!("{prefix}-{hex}")
}

/// Whether `id` is `prefix-` and 8 or 17 lower-case hexadecimal digits.
pub(crate) fn is_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).and_then(|rest| rest.strip_prefix('-')).is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17) && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

impl Store {
    /// The instance `id`, if it was launched here.
    pub(crate) fn instance_number(&self, id: &str) -> Option<u64> {
        self.instances
            .iter()
            .find(|(_, launched)| launched.instance.instance_id.as_deref() == Some(id))
            .map(|(number, _)| *number)
    }

    /// Whether resource `id` exists here, by the kind its prefix names; or the error for it.
    pub(crate) fn check_resource(&self, id: &str) -> Result<(), Failure> {
        let (kind, _) = id.split_once('-').unwrap_or((id, ""));
        let found = match kind {
            "i" if is_id(id, "i") => self.instance_number(id).is_some(),
            "sg" if is_id(id, "sg") => self.security_groups.contains_key(id),
            "vpc" if is_id(id, "vpc") => id == self.vpc_id,
            "subnet" if is_id(id, "subnet") => id == self.subnet_id,
            _ => return Err(fail("InvalidID", format!("The ID '{id}' is not valid"))),
        };
        match (found, kind) {
            (true, _) => Ok(()),
            (false, "i") => Err(not_found("InvalidInstanceID.NotFound", "instance", &[id])),
            (false, "sg") => Err(fail("InvalidGroup.NotFound", format!("The security group '{id}' does not exist"))),
            (false, "vpc") => Err(not_found("InvalidVpcID.NotFound", "vpc", &[id])),
            (false, _) => Err(not_found("InvalidSubnetID.NotFound", "subnet", &[id])),
        }
    }

    /// Adds `tags` to resource `id`, which exists: a key given again replaces its value.
    pub(crate) fn tag(&mut self, id: &str, tags: &[(String, String)]) -> Result<(), Failure> {
        let existing = self.tags.entry(id.to_owned()).or_default();
        let mut merged = existing.clone();
        merged.extend(tags.iter().cloned());
        if merged.len() > 50 {
            return Err(fail("TagLimitExceeded", format!("The maximum number of tags for resource '{id}' is 50")));
        }
        *existing = merged;
        Ok(())
    }

    /// Resource `id`'s tags, as EC2 lists them (by key).
    pub(crate) fn tags_of(&self, id: &str) -> Option<Vec<Tag>> {
        let tags = self.tags.get(id).filter(|tags| !tags.is_empty())?;
        Some(tags.iter().map(|(k, v)| Tag { key: Some(k.clone()), value: Some(v.clone()) }).collect())
    }
}

/// The tags given, checked as EC2 checks them: a key of 1 to 128 characters not starting with
/// `aws:`, a value of up to 256.
pub(crate) fn checked_tags(tags: &[Tag]) -> Result<Vec<(String, String)>, Failure> {
    tags.iter()
        .map(|tag| {
            let key = tag.key.clone().unwrap_or_default();
            let value = tag.value.clone().unwrap_or_default();
            if key.is_empty() || key.chars().count() > 128 {
                return Err(invalid(format!("Tag key must be between 1 and 128 characters, got '{key}'")));
            }
            if key.to_ascii_lowercase().starts_with("aws:") {
                return Err(invalid("Tag keys starting with 'aws:' are reserved for internal use"));
            }
            if value.chars().count() > 256 {
                return Err(invalid(format!("Tag value for key '{key}' must be at most 256 characters")));
            }
            Ok((key, value))
        })
        .collect()
}

/// The tags `specifications` give resources of `resource_type`, any other type being refused
/// unless it is one of `ignored` (resources this stand-in does not keep).
pub(crate) fn specified_tags(
    specifications: &[TagSpecification],
    resource_type: &str,
    ignored: &[&str],
) -> Result<Vec<(String, String)>, Failure> {
    let mut tags = Vec::new();
    for specification in specifications {
        let kind = specification.resource_type.as_ref().map(|t| t.as_str().to_owned()).unwrap_or_default();
        let given = checked_tags(specification.tags.as_deref().unwrap_or_default())?;
        if kind == resource_type {
            tags.extend(given);
        } else if !ignored.contains(&kind.as_str()) {
            return Err(invalid(format!("'{kind}' is not a valid taggable resource type for this operation.")));
        }
    }
    Ok(tags)
}

/// A resource as filters see it: each filter name's values.
pub(crate) type Facets = Vec<(String, String)>;

/// Whether a resource of `facets` passes every filter (each a name any of whose values match,
/// with `*` and `?` wildcards); a filter of a name not in `known` is refused, as EC2 does.
pub(crate) fn passes(filters: &[Filter], facets: &Facets, known: &[&str]) -> Result<bool, Failure> {
    for filter in filters {
        let name = filter.name.as_deref().unwrap_or_default();
        if !known.contains(&name) && name.strip_prefix("tag:").is_none_or(str::is_empty) {
            return Err(invalid(format!("The filter '{name}' is invalid")));
        }
        let values = filter.values.as_deref().unwrap_or_default();
        let matched = facets
            .iter()
            .filter(|(facet, _)| facet == name)
            .any(|(_, value)| values.iter().any(|pattern| glob(pattern, value)));
        if !matched {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether `text` matches `pattern`, where `*` is any run of characters and `?` any one.
fn glob(pattern: &str, text: &str) -> bool {
    let (pattern, text): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut p, mut t, mut star, mut mark) = (0, 0, None, 0);
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            star = Some(p);
            mark = t;
            p += 1;
        } else if let Some(s) = star {
            p = s + 1;
            mark += 1;
            t = mark;
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

/// The page token that continues after `number`: opaque to callers, read back by [`after`].
pub(crate) fn token(number: u64) -> String {
    format!("eyJ{number:016x}")
}

/// The number a [`token`] continues after; a token this stand-in did not give is refused.
pub(crate) fn after(token: &str) -> Result<u64, Failure> {
    token
        .strip_prefix("eyJ")
        .filter(|hex| hex.len() == 16)
        .and_then(|hex| u64::from_str_radix(hex, 16).ok())
        .ok_or_else(|| fail("InvalidParameterValue", format!("Invalid value '{token}' for nextToken")))
}

/// `MaxResults`, which EC2 takes from 5 to 1000.
pub(crate) fn page_size(max_results: Option<i32>) -> Result<Option<usize>, Failure> {
    match max_results {
        None => Ok(None),
        Some(n @ 5..=1000) => Ok(Some(n as usize)),
        Some(n) => Err(invalid(format!(
            "Value ( {n} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000."
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_as_ec2_filters_do() {
        assert!(glob("web-*", "web-1") && glob("*", "") && glob("a?c", "abc") && glob("*b*", "abc"));
        assert!(!glob("web-*", "db-1") && !glob("a?c", "ac") && !glob("abc", "abcd"));
    }

    #[test]
    fn ids_tokens_and_messages_are_ec2_shaped() {
        let id = new_id("i");
        assert!(is_id(&id, "i") && id.len() == 19, "{id}");
        assert!(is_id("i-1234abcd", "i") && !is_id("i-xyz", "i") && !is_id("sg-1234abcd", "i"));
        assert_eq!(after(&token(41)).unwrap(), 41);
        assert!(after("nope").is_err());
        assert_eq!(
            not_found("InvalidInstanceID.NotFound", "instance", &["i-1", "i-2"]).message,
            "The instance IDs 'i-1, i-2' do not exist"
        );
        assert!(page_size(Some(4)).is_err() && page_size(Some(1001)).is_err());
        assert_eq!(page_size(Some(5)).unwrap(), Some(5));
    }
}
