//! The AWS library functions about names: `aws.parseArn` and
//! `aws.isVirtualHostableS3Bucket` (`aws.partition` has its own file).

use super::url::is_ipv4;
use super::value::Value;

/// An ARN split into the parts rules inspect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Arn {
    pub(crate) partition: String,
    pub(crate) service: String,
    /// Empty for resources that are not regional.
    pub(crate) region: String,
    /// Empty for resources that belong to no account.
    pub(crate) account_id: String,
    /// The final section split on `:` and `/`.
    pub(crate) resource_id: Vec<String>,
}

impl Arn {
    /// The record rules see: `partition`, `service`, `region`, `accountId`, `resourceId`.
    pub(crate) fn to_value(&self) -> Value {
        Value::record(vec![
            ("partition", self.partition.as_str().into()),
            ("service", self.service.as_str().into()),
            ("region", self.region.as_str().into()),
            ("accountId", self.account_id.as_str().into()),
            ("resourceId", Value::from(self.resource_id.clone())),
        ])
    }
}

/// Parses `arn:partition:service:region:account-id:resource`; `None` unless it has
/// all six sections with a non-empty partition, service and resource. The resource
/// keeps any further `:` (they split `resourceId` instead).
pub(crate) fn parse_arn(input: &str) -> Option<Arn> {
    let mut sections = input.splitn(6, ':');
    let mut next = || sections.next();
    let (prefix, partition, service, region, account_id, resource) =
        (next()?, next()?, next()?, next()?, next()?, next()?);
    if prefix != "arn" || partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    Some(Arn {
        partition: partition.to_owned(),
        service: service.to_owned(),
        region: region.to_owned(),
        account_id: account_id.to_owned(),
        resource_id: resource.split([':', '/']).map(str::to_owned).collect(),
    })
}

/// Whether an S3 bucket name can be used as a host label (virtual-hosted-style
/// addressing): 3-63 characters of lowercase letters, digits and `-`, starting and
/// ending with a letter or digit. With `allow_sub_domains` dots are allowed too, but
/// not next to another dot or a hyphen, and the name must not look like an IPv4
/// address.
pub(crate) fn is_virtual_hostable_s3_bucket(name: &str, allow_sub_domains: bool) -> bool {
    let lower_alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let bytes = name.as_bytes();
    if !(3..=63).contains(&bytes.len())
        || !bytes.first().is_some_and(lower_alnum)
        || !bytes.last().is_some_and(lower_alnum)
    {
        return false;
    }
    if !allow_sub_domains {
        return bytes.iter().all(|b| lower_alnum(b) || *b == b'-');
    }
    bytes.iter().all(|b| lower_alnum(b) || matches!(b, b'-' | b'.'))
        && !bytes.windows(2).any(|pair| matches!(pair, [b'.', b'.' | b'-'] | [b'-', b'.']))
        && !is_ipv4(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_arns() {
        // (input, Some((partition, service, region, accountId, resourceId)) or None when rejected)
        type Parts<'a> = (&'a str, &'a str, &'a str, &'a str, &'a [&'a str]);
        #[rustfmt::skip]
        let cases: &[(&str, Option<Parts>)] = &[
            ("arn:aws:sns:us-west-2:012345678910:example-sns-topic-name",
             Some(("aws", "sns", "us-west-2", "012345678910", &["example-sns-topic-name"]))),
            ("arn:aws:ec2:us-east-1:012345678910:vpc/vpc-0e9801d129EXAMPLE",
             Some(("aws", "ec2", "us-east-1", "012345678910", &["vpc", "vpc-0e9801d129EXAMPLE"]))),
            ("arn:aws:iam::012345678910:user/johndoe", Some(("aws", "iam", "", "012345678910", &["user", "johndoe"]))),
            ("arn:aws:s3:::bucket_name", Some(("aws", "s3", "", "", &["bucket_name"]))),
            ("arn:aws-cn:s3:cn-north-1:1:accesspoint:ap/obj:x",
             Some(("aws-cn", "s3", "cn-north-1", "1", &["accesspoint", "ap", "obj", "x"]))),
            ("arn:aws:s3:::a/", Some(("aws", "s3", "", "", &["a", ""]))),
            ("11111111-2222-3333-4444-555555555555", None), ("arn:aws:s3:us-east-1:123", None),
            ("arn:aws:s3:us-east-1:123:", None), ("arn::s3:::bucket", None), ("arn:aws::::bucket", None),
            ("ARN:aws:s3:::bucket", None), ("", None),
        ];
        for (input, expected) in cases {
            let got = parse_arn(input);
            let got = got.as_ref().map(|a| {
                let ids: Vec<&str> = a.resource_id.iter().map(String::as_str).collect();
                (a.partition.as_str(), a.service.as_str(), a.region.as_str(), a.account_id.as_str(), ids)
            });
            let expected = expected.map(|(p, s, r, a, ids)| (p, s, r, a, ids.to_vec()));
            assert_eq!(got, expected, "{input}");
        }
        let value = parse_arn("arn:aws:iam::1:user/x").unwrap().to_value().to_json();
        let expected = serde_json::json!({
            "partition": "aws", "service": "iam", "region": "", "accountId": "1", "resourceId": ["user", "x"]
        });
        assert_eq!(value, expected);
    }

    #[test]
    fn virtual_hostable_buckets() {
        let (max, too_long) = ("a".repeat(63), "a".repeat(64));
        // (name, allowSubDomains, hostable)
        #[rustfmt::skip]
        let cases = [
            ("bucket-name", false, true), ("abc", false, true), ("ab", false, false), (&max, false, true),
            (&too_long, false, false), ("Bucket", false, false), ("-bucket", false, false),
            ("bucket-", false, false), ("bucket_name", false, false), ("my.bucket", false, false),
            ("my.bucket", true, true), ("a.b.c", true, true), ("my..bucket", true, false),
            ("my-.bucket", true, false), ("my.-bucket", true, false), ("my.bucket.", true, false),
            ("192.168.5.4", true, false), ("192.168.5.4a", true, true),
        ];
        for (name, subdomains, expected) in cases {
            assert_eq!(is_virtual_hostable_s3_bucket(name, subdomains), expected, "{name:?} {subdomains}");
        }
    }
}
