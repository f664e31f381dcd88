//! AWS partitions (`aws.partition`): which partition a region belongs to and that
//! partition's DNS suffixes and capabilities, from botocore's `partitions.json`.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex_lite::Regex;
use serde_json::Value as Json;

use super::value::Value;

/// A partition's outputs, as `aws.partition` returns them to rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    /// The partition id, e.g. `aws`, `aws-cn`, `aws-us-gov`.
    pub name: String,
    /// The regular DNS suffix, e.g. `amazonaws.com`.
    pub dns_suffix: String,
    /// The dual-stack (IPv4 and IPv6) DNS suffix, e.g. `api.aws`.
    pub dual_stack_dns_suffix: String,
    /// Whether the partition has FIPS endpoints.
    pub supports_fips: bool,
    /// Whether the partition has dual-stack endpoints.
    pub supports_dual_stack: bool,
    /// The region global endpoints are signed for, e.g. `us-east-1`; empty if the
    /// partition data names none.
    pub implicit_global_region: String,
}

impl Partition {
    /// The record rules see (`name`, `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`,
    /// `supportsDualStack`, `implicitGlobalRegion`).
    pub(crate) fn to_value(&self) -> Value {
        let mut value = Value::record(vec![
            ("name", self.name.as_str().into()),
            ("dnsSuffix", self.dns_suffix.as_str().into()),
            ("dualStackDnsSuffix", self.dual_stack_dns_suffix.as_str().into()),
            ("supportsFIPS", self.supports_fips.into()),
            ("supportsDualStack", self.supports_dual_stack.into()),
        ]);
        // The attribute is optional in the spec: leave it unset rather than empty.
        if let Value::Object(fields) = &mut value
            && !self.implicit_global_region.is_empty()
        {
            fields.insert("implicitGlobalRegion".to_owned(), self.implicit_global_region.as_str().into());
        }
        value
    }
}

/// The partition `region` belongs to: the partition listing it by name, else the
/// first whose `regionRegex` matches, else `aws` (so an unknown or future region
/// still gets usable commercial endpoints).
pub fn partition(region: &str) -> Partition {
    PARTITIONS.lookup(region).clone()
}

/// The embedded partition data, parsed on first use.
static PARTITIONS: LazyLock<Partitions> = LazyLock::new(|| {
    // The file is compiled in and checked by a test; the fallback only keeps a
    // corrupted build from panicking.
    Partitions::from_json(include_str!("partitions.json")).unwrap_or_else(|_| Partitions::fallback())
});

/// A parsed `partitions.json`.
#[derive(Debug)]
struct Partitions {
    entries: Vec<Entry>,
    /// The `aws` partition, for regions no entry claims.
    default: Partition,
}

#[derive(Debug)]
struct Entry {
    outputs: Partition,
    regions: BTreeSet<String>,
    region_regex: Option<Regex>,
}

impl Partitions {
    fn from_json(text: &str) -> Result<Self, String> {
        let json: Json = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let list = json.get("partitions").and_then(Json::as_array).ok_or("no `partitions` array")?;
        let entries = list.iter().map(Entry::from_json).collect::<Result<Vec<_>, _>>()?;
        let default = entries.iter().find(|e| e.outputs.name == "aws").ok_or("no `aws` partition")?.outputs.clone();
        Ok(Partitions { entries, default })
    }

    /// The `aws` partition alone, as of partitions.json 1.1.
    fn fallback() -> Self {
        let outputs = Partition {
            name: "aws".to_owned(),
            dns_suffix: "amazonaws.com".to_owned(),
            dual_stack_dns_suffix: "api.aws".to_owned(),
            supports_fips: true,
            supports_dual_stack: true,
            implicit_global_region: "us-east-1".to_owned(),
        };
        Partitions { entries: Vec::new(), default: outputs }
    }

    fn lookup(&self, region: &str) -> &Partition {
        let by_name = || self.entries.iter().find(|e| e.regions.contains(region));
        // Real region names are ASCII (as `regex-lite`'s `\d` and `\w` are).
        let by_regex = || {
            self.entries
                .iter()
                .find(|e| region.is_ascii() && e.region_regex.as_ref().is_some_and(|r| r.is_match(region)))
        };
        by_name().or_else(by_regex).map_or(&self.default, |entry| &entry.outputs)
    }
}

impl Entry {
    fn from_json(json: &Json) -> Result<Self, String> {
        let id = json.get("id").and_then(Json::as_str).ok_or("partition without an `id`")?;
        let outputs = json.get("outputs").ok_or_else(|| format!("partition `{id}` has no `outputs`"))?;
        let text = |key: &str| {
            outputs
                .get(key)
                .and_then(Json::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("partition `{id}` has no `{key}`"))
        };
        let flag = |key: &str| {
            outputs.get(key).and_then(Json::as_bool).ok_or_else(|| format!("partition `{id}` has no `{key}`"))
        };
        let mut regions = BTreeSet::new();
        for region in json.get("regions").and_then(Json::as_object).into_iter().flat_map(|r| r.keys()) {
            regions.insert(region.clone());
        }
        // Anchored so that, as in the reference implementation, the whole name must
        // match. A pattern this engine cannot compile only disables inference.
        let region_regex = json
            .get("regionRegex")
            .and_then(Json::as_str)
            .and_then(|pattern| Regex::new(&format!("^(?:{pattern})$")).ok());
        Ok(Entry {
            outputs: Partition {
                // Rules compare against the id (`aws-us-gov`), as the reference does.
                name: id.to_owned(),
                dns_suffix: text("dnsSuffix")?,
                dual_stack_dns_suffix: text("dualStackDnsSuffix")?,
                supports_fips: flag("supportsFIPS")?,
                supports_dual_stack: flag("supportsDualStack")?,
                implicit_global_region: text("implicitGlobalRegion").unwrap_or_default(),
            },
            regions,
            region_regex,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses_with_every_regex() {
        let parsed = Partitions::from_json(include_str!("partitions.json")).unwrap();
        let names: Vec<&str> = parsed.entries.iter().map(|e| e.outputs.name.as_str()).collect();
        let expected = ["aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov"];
        assert_eq!(names, expected);
        assert!(parsed.entries.iter().all(|e| e.region_regex.is_some()));
        // The fallback must agree with the real data.
        assert_eq!(Partitions::fallback().lookup("x"), parsed.lookup("us-east-1"));
    }

    #[test]
    fn looks_up_regions() {
        #[rustfmt::skip]
        let cases = [
            // (region,          partition,    dnsSuffix,          dualStackDnsSuffix,             implicitGlobalRegion)
            ("us-east-1",        "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            ("aws-global",       "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            ("us-gov-west-1",    "aws-us-gov", "amazonaws.com",    "api.aws",                      "us-gov-west-1"),
            ("us-gov-east-1",    "aws-us-gov", "amazonaws.com",    "api.aws",                      "us-gov-west-1"),
            ("cn-north-1",       "aws-cn",     "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1"),
            ("eu-isoe-west-1",   "aws-iso-e",  "cloud.adc-e.uk",   "api.cloud-aws.adc-e.uk",       "eu-isoe-west-1"),
            ("us-iso-east-1",    "aws-iso",    "c2s.ic.gov",       "api.aws.ic.gov",               "us-iso-east-1"),
            ("us-isob-east-1",   "aws-iso-b",  "sc2s.sgov.gov",    "api.aws.scloud",               "us-isob-east-1"),
            ("us-isof-south-1",  "aws-iso-f",  "csp.hci.ic.gov",   "api.aws.hci.ic.gov",           "us-isof-south-1"),
            ("eusc-de-east-1",   "aws-eusc",   "amazonaws.eu",     "api.amazonwebservices.eu",     "eusc-de-east-1"),
            // Not listed: inferred from `regionRegex`.
            ("us-gov-north-9",   "aws-us-gov", "amazonaws.com",    "api.aws",                      "us-gov-west-1"),
            ("cn-south-7",       "aws-cn",     "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1"),
            ("eu-isoe-north-2",  "aws-iso-e",  "cloud.adc-e.uk",   "api.cloud-aws.adc-e.uk",       "eu-isoe-west-1"),
            ("ap-future-9",      "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            // Unknown: the `aws` default.
            ("mars-central-1",   "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            ("",                 "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            ("cn-north-١",       "aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
            ("prefix-cn-north-1","aws",        "amazonaws.com",    "api.aws",                      "us-east-1"),
        ];
        for (region, name, dns, dual, global) in cases {
            let p = partition(region);
            let got = (p.name.as_str(), p.dns_suffix.as_str(), p.dual_stack_dns_suffix.as_str());
            assert_eq!((got, p.implicit_global_region.as_str()), ((name, dns, dual), global), "{region}");
            assert!(p.supports_fips && p.supports_dual_stack, "{region}");
        }
    }

    #[test]
    fn rejects_malformed_data_and_tolerates_bad_regex() {
        let outputs = r#""outputs": {"dnsSuffix": "d", "dualStackDnsSuffix": "s",
            "supportsFIPS": false, "supportsDualStack": false}"#;
        let bad = [
            "not json".to_owned(),
            "{}".to_owned(),
            r#"{"partitions": [{"outputs": {}}]}"#.to_owned(),
            format!(r#"{{"partitions": [{{"id": "other", {outputs}}}]}}"#),
            r#"{"partitions": [{"id": "aws", "outputs": {"dnsSuffix": "d"}}]}"#.to_owned(),
        ];
        for text in &bad {
            assert!(Partitions::from_json(text).is_err(), "{text}");
        }
        let text = format!(r#"{{"partitions": [{{"id": "aws", "regionRegex": "(", {outputs}}}]}}"#);
        let parsed = Partitions::from_json(&text).unwrap();
        assert!(parsed.entries[0].region_regex.is_none());
        let p = parsed.lookup("anything");
        assert_eq!((p.dns_suffix.as_str(), p.implicit_global_region.as_str()), ("d", ""));
        let value = p.to_value().to_json();
        assert_eq!(value.get("supportsFIPS"), Some(&serde_json::Value::Bool(false)));
        assert_eq!(value.get("implicitGlobalRegion"), None);
    }

    #[test]
    fn record_has_spec_field_names() {
        let expected = serde_json::json!({
            "name": "aws-us-gov", "dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws",
            "supportsFIPS": true, "supportsDualStack": true, "implicitGlobalRegion": "us-gov-west-1"
        });
        assert_eq!(partition("us-gov-west-1").to_value().to_json(), expected);
    }
}
