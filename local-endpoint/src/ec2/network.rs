//! `DescribeRegions`, `DescribeVpcs`, `CreateSecurityGroup` and `AuthorizeSecurityGroupIngress`.

use aws_operation_ec2::{
    AuthorizeSecurityGroupIngress, AuthorizeSecurityGroupIngressOutput, CreateSecurityGroup, CreateSecurityGroupOutput,
    DescribeRegions, DescribeRegionsOutput, DescribeVpcs, DescribeVpcsOutput, IpPermission, IpRange,
    ReferencedSecurityGroup, Region, SecurityGroupRule, Tenancy, UserIdGroupPair, Vpc, VpcCidrBlockAssociation,
    VpcCidrBlockState, VpcCidrBlockStateCode, VpcState,
};

use super::store::{
    Facets, Failure, SecurityGroup, Store, dry_run, fail, invalid, new_id, not_found, page_size, passes, specified_tags,
};

/// The regions EC2 is offered in, and whether each needs opting in (which this stand-in's
/// account has not).
pub(crate) const REGIONS: [(&str, bool); 27] = [
    ("af-south-1", true),
    ("ap-east-1", true),
    ("ap-northeast-1", false),
    ("ap-northeast-2", false),
    ("ap-northeast-3", false),
    ("ap-south-1", false),
    ("ap-south-2", true),
    ("ap-southeast-1", false),
    ("ap-southeast-2", false),
    ("ap-southeast-3", true),
    ("ap-southeast-4", true),
    ("ca-central-1", false),
    ("eu-central-1", false),
    ("eu-central-2", true),
    ("eu-north-1", false),
    ("eu-south-1", true),
    ("eu-south-2", true),
    ("eu-west-1", false),
    ("eu-west-2", false),
    ("eu-west-3", false),
    ("me-central-1", true),
    ("me-south-1", true),
    ("sa-east-1", false),
    ("us-east-1", false),
    ("us-east-2", false),
    ("us-west-1", false),
    ("us-west-2", false),
];

/// The default VPC's block.
const VPC_CIDR: &str = "172.31.0.0/16";

impl Store {
    pub(crate) fn describe_regions(&mut self, input: DescribeRegions) -> Result<DescribeRegionsOutput, Failure> {
        dry_run(input.dry_run)?;
        let names = input.region_names.unwrap_or_default();
        let known = |name: &str| REGIONS.iter().any(|(region, _)| *region == name);
        if let Some(unknown) = names.iter().find(|name| !known(name)) {
            return Err(invalid(format!("Invalid region: {unknown}")));
        }
        let filters = input.filters.unwrap_or_default();
        let mut regions = Vec::new();
        let all = REGIONS;
        for (name, opt_in) in all {
            let status = if opt_in { "not-opted-in" } else { "opt-in-not-required" };
            let asked = names.iter().any(|n| n == name);
            // Regions not opted into are listed with `AllRegions`, or when asked for by name.
            if !(names.is_empty() || asked) || (opt_in && !asked && input.all_regions != Some(true)) {
                continue;
            }
            let endpoint = format!("ec2.{name}.amazonaws.com");
            let facets: Facets = vec![
                ("region-name".to_owned(), name.to_owned()),
                ("endpoint".to_owned(), endpoint.clone()),
                ("opt-in-status".to_owned(), status.to_owned()),
            ];
            if passes(&filters, &facets, &["region-name", "endpoint", "opt-in-status"])? {
                regions.push(Region {
                    opt_in_status: Some(status.to_owned()),
                    geography: None,
                    region_name: Some(name.to_owned()),
                    endpoint: Some(endpoint),
                });
            }
        }
        regions.sort_by(|a, b| a.region_name.cmp(&b.region_name));
        Ok(DescribeRegionsOutput { regions: Some(regions) })
    }

    pub(crate) fn describe_vpcs(&mut self, input: DescribeVpcs) -> Result<DescribeVpcsOutput, Failure> {
        dry_run(input.dry_run)?;
        page_size(input.max_results)?;
        let ids = input.vpc_ids.unwrap_or_default();
        let missing: Vec<&str> = ids.iter().map(String::as_str).filter(|id| *id != self.vpc_id).collect();
        if !missing.is_empty() {
            return Err(not_found("InvalidVpcID.NotFound", "vpc", &missing));
        }
        if let Some(token) = input.next_token {
            // There is one VPC, so no page follows the first.
            return Err(invalid(format!("Invalid value '{token}' for nextToken")));
        }
        let mut facets: Facets = vec![
            ("vpc-id".to_owned(), self.vpc_id.clone()),
            ("is-default".to_owned(), "true".to_owned()),
            ("cidr".to_owned(), VPC_CIDR.to_owned()),
            ("cidr-block-association.cidr-block".to_owned(), VPC_CIDR.to_owned()),
            ("state".to_owned(), "available".to_owned()),
            ("owner-id".to_owned(), self.account_id.clone()),
            ("dhcp-options-id".to_owned(), self.dhcp_options_id.clone()),
        ];
        for (key, value) in self.tags.get(&self.vpc_id).into_iter().flatten() {
            facets.push(("tag-key".to_owned(), key.clone()));
            facets.push((format!("tag:{key}"), value.clone()));
        }
        let known = [
            "vpc-id",
            "is-default",
            "cidr",
            "cidr-block-association.cidr-block",
            "state",
            "owner-id",
            "dhcp-options-id",
            "tag-key",
        ];
        let vpcs = if passes(input.filters.as_deref().unwrap_or_default(), &facets, &known)? {
            vec![Vpc {
                owner_id: Some(self.account_id.clone()),
                instance_tenancy: Some(Tenancy::Default),
                ipv6_cidr_block_association_set: None,
                cidr_block_association_set: Some(vec![VpcCidrBlockAssociation {
                    association_id: Some(self.cidr_association_id.clone()),
                    cidr_block: Some(VPC_CIDR.to_owned()),
                    cidr_block_state: Some(VpcCidrBlockState {
                        state: Some(VpcCidrBlockStateCode::Associated),
                        status_message: None,
                    }),
                }]),
                is_default: Some(true),
                encryption_control: None,
                tags: self.tags_of(&self.vpc_id),
                block_public_access_states: None,
                network_firewall_associations: None,
                vpc_id: Some(self.vpc_id.clone()),
                state: Some(VpcState::Available),
                cidr_block: Some(VPC_CIDR.to_owned()),
                dhcp_options_id: Some(self.dhcp_options_id.clone()),
            }]
        } else {
            Vec::new()
        };
        Ok(DescribeVpcsOutput { next_token: None, vpcs: Some(vpcs) })
    }

    pub(crate) fn create_security_group(
        &mut self,
        input: CreateSecurityGroup,
    ) -> Result<CreateSecurityGroupOutput, Failure> {
        dry_run(input.dry_run)?;
        let vpc_id = input.vpc_id.unwrap_or_else(|| self.vpc_id.clone());
        if vpc_id != self.vpc_id {
            return Err(not_found("InvalidVpcID.NotFound", "vpc", &[&vpc_id]));
        }
        let name = input.group_name;
        if name.is_empty() || name.chars().count() > 255 {
            return Err(invalid("Group name must be between 1 and 255 characters"));
        }
        if name.to_ascii_lowercase().starts_with("sg-") {
            return Err(invalid("Group names may not be in the format sg-*"));
        }
        if input.description.chars().count() > 255 {
            return Err(invalid("Group description must be at most 255 characters"));
        }
        if name == "default" || self.security_groups.values().any(|g| g.name == name && g.vpc_id == vpc_id) {
            return Err(fail(
                "InvalidGroup.Duplicate",
                format!("The security group '{name}' already exists for VPC '{vpc_id}'"),
            ));
        }
        let tags = specified_tags(input.tag_specifications.as_deref().unwrap_or_default(), "security-group", &[])?;
        let id = new_id("sg");
        self.security_groups.insert(id.clone(), SecurityGroup { name, vpc_id, rules: Vec::new() });
        self.tag(&id, &tags)?;
        Ok(CreateSecurityGroupOutput {
            security_group_arn: Some(format!("arn:aws:ec2:{}:{}:security-group/{id}", self.region, self.account_id)),
            tags: self.tags_of(&id),
            group_id: Some(id),
        })
    }

    /// The security group `name` of the default VPC.
    pub(crate) fn group_named(&self, name: &str) -> Result<(&str, &SecurityGroup), Failure> {
        self.security_groups
            .iter()
            .find(|(_, g)| g.name == name && g.vpc_id == self.vpc_id)
            .map(|(id, g)| (id.as_str(), g))
            .ok_or_else(|| {
                fail(
                    "InvalidGroup.NotFound",
                    format!("The security group '{name}' does not exist in default VPC '{}'", self.vpc_id),
                )
            })
    }

    pub(crate) fn authorize_security_group_ingress(
        &mut self,
        input: AuthorizeSecurityGroupIngress,
    ) -> Result<AuthorizeSecurityGroupIngressOutput, Failure> {
        dry_run(input.dry_run)?;
        let group_id = match (&input.group_id, &input.group_name) {
            (Some(id), _) => {
                if !self.security_groups.contains_key(id) {
                    return Err(fail("InvalidGroup.NotFound", format!("The security group '{id}' does not exist")));
                }
                id.clone()
            }
            (None, Some(name)) => self.group_named(name)?.0.to_owned(),
            (None, None) => {
                return Err(fail("MissingParameter", "Either the group id or the group name must be given"));
            }
        };
        let mut permissions = input.ip_permissions.unwrap_or_default();
        if input.ip_protocol.is_some() || input.cidr_ip.is_some() || input.source_security_group_name.is_some() {
            // The members of one permission, given at the top as older callers do.
            permissions.push(IpPermission {
                ip_protocol: input.ip_protocol.clone(),
                from_port: input.from_port,
                to_port: input.to_port,
                user_id_group_pairs: input.source_security_group_name.clone().map(|name| {
                    vec![UserIdGroupPair {
                        description: None,
                        user_id: input.source_security_group_owner_id.clone(),
                        group_name: Some(name),
                        group_id: None,
                        vpc_id: None,
                        vpc_peering_connection_id: None,
                        peering_status: None,
                    }]
                }),
                ip_ranges: input.cidr_ip.clone().map(|cidr| vec![IpRange { description: None, cidr_ip: Some(cidr) }]),
                ipv6_ranges: None,
                prefix_list_ids: None,
            });
        }
        if permissions.is_empty() {
            return Err(fail("MissingParameter", "No permission was given"));
        }
        let tags = specified_tags(input.tag_specifications.as_deref().unwrap_or_default(), "security-group-rule", &[])?;
        let mut rules = Vec::new();
        for permission in &permissions {
            rules.extend(self.rules_of(&group_id, permission)?);
        }
        let group =
            self.security_groups.get(&group_id).ok_or_else(|| fail("InvalidGroup.NotFound", group_id.clone()))?;
        for (i, rule) in rules.iter().enumerate() {
            let same = |other: &SecurityGroupRule| same_rule(rule, other);
            if group.rules.iter().any(same) || rules[..i].iter().any(same) {
                return Err(fail(
                    "InvalidPermission.Duplicate",
                    format!("the specified rule \"{}\" already exists", describe_rule(rule)),
                ));
            }
        }
        let mut answered = Vec::new();
        for mut rule in rules {
            let id = new_id("sgr");
            self.tag(&id, &tags)?;
            rule.tags = self.tags_of(&id);
            rule.security_group_rule_arn =
                Some(format!("arn:aws:ec2:{}:{}:security-group-rule/{id}", self.region, self.account_id));
            rule.security_group_rule_id = Some(id);
            answered.push(rule);
        }
        if let Some(group) = self.security_groups.get_mut(&group_id) {
            group.rules.extend(answered.iter().cloned());
        }
        Ok(AuthorizeSecurityGroupIngressOutput { r#return: Some(true), security_group_rules: Some(answered) })
    }

    /// The rules one permission makes: one per source (a CIDR block, a group, a prefix list).
    fn rules_of(&self, group_id: &str, permission: &IpPermission) -> Result<Vec<SecurityGroupRule>, Failure> {
        let given = permission.ip_protocol.clone().unwrap_or_default().to_ascii_lowercase();
        let protocol = match given.as_str() {
            "tcp" | "6" => "tcp",
            "udp" | "17" => "udp",
            "icmp" | "1" => "icmp",
            "icmpv6" | "58" => "icmpv6",
            "-1" | "all" => "-1",
            other if other.parse::<u8>().is_ok() => other,
            _ => return Err(invalid(format!("Invalid value '{given}' for IP protocol. Unknown protocol."))),
        };
        let (from, to) = match protocol {
            "tcp" | "udp" => {
                let (Some(from), Some(to)) = (permission.from_port, permission.to_port) else {
                    return Err(invalid(
                        "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.",
                    ));
                };
                if !(0..=65535).contains(&from) || !(0..=65535).contains(&to) || from > to {
                    return Err(invalid(format!("Invalid TCP/UDP port range {from}-{to}")));
                }
                (Some(from), Some(to))
            }
            "-1" => (Some(-1), Some(-1)),
            _ => (Some(permission.from_port.unwrap_or(-1)), Some(permission.to_port.unwrap_or(-1))),
        };
        let rule =
            |cidr_ipv4: Option<String>, cidr_ipv6: Option<String>, description: Option<String>| SecurityGroupRule {
                security_group_rule_id: None,
                group_id: Some(group_id.to_owned()),
                group_owner_id: Some(self.account_id.clone()),
                is_egress: Some(false),
                ip_protocol: Some(protocol.to_owned()),
                from_port: from,
                to_port: to,
                cidr_ipv4,
                cidr_ipv6,
                prefix_list_id: None,
                referenced_group_info: None,
                description,
                tags: None,
                security_group_rule_arn: None,
            };
        let mut rules = Vec::new();
        for range in permission.ip_ranges.iter().flatten() {
            let cidr = range.cidr_ip.clone().unwrap_or_default();
            if !is_cidr_v4(&cidr) {
                return Err(invalid(format!("CIDR block {cidr} is malformed")));
            }
            rules.push(rule(Some(cidr), None, range.description.clone()));
        }
        for range in permission.ipv6_ranges.iter().flatten() {
            let cidr = range.cidr_ipv6.clone().unwrap_or_default();
            let valid = cidr.split_once('/').is_some_and(|(address, bits)| {
                address.parse::<std::net::Ipv6Addr>().is_ok() && bits.parse::<u8>().is_ok_and(|b| b <= 128)
            });
            if !valid {
                return Err(invalid(format!("CIDR block {cidr} is malformed")));
            }
            rules.push(rule(None, Some(cidr), range.description.clone()));
        }
        for pair in permission.user_id_group_pairs.iter().flatten() {
            let source = match (&pair.group_id, &pair.group_name) {
                (Some(id), _) if self.security_groups.contains_key(id) => id.clone(),
                (Some(id), _) => {
                    return Err(fail("InvalidGroup.NotFound", format!("The security group '{id}' does not exist")));
                }
                (None, Some(name)) => self.group_named(name)?.0.to_owned(),
                (None, None) => return Err(fail("MissingParameter", "A source group needs its id or its name")),
            };
            let mut referenced = rule(None, None, pair.description.clone());
            referenced.referenced_group_info = Some(ReferencedSecurityGroup {
                group_id: Some(source),
                peering_status: None,
                user_id: Some(pair.user_id.clone().unwrap_or_else(|| self.account_id.clone())),
                vpc_id: None,
                vpc_peering_connection_id: None,
            });
            rules.push(referenced);
        }
        for prefix in permission.prefix_list_ids.iter().flatten() {
            let mut listed = rule(None, None, prefix.description.clone());
            listed.prefix_list_id = prefix.prefix_list_id.clone();
            rules.push(listed);
        }
        if rules.is_empty() {
            return Err(fail(
                "MissingParameter",
                "A permission needs a source: a CIDR block, a group or a prefix list",
            ));
        }
        Ok(rules)
    }
}

/// Whether two rules allow the same traffic from the same source (descriptions aside).
fn same_rule(a: &SecurityGroupRule, b: &SecurityGroupRule) -> bool {
    let source = |r: &SecurityGroupRule| {
        (
            r.cidr_ipv4.clone(),
            r.cidr_ipv6.clone(),
            r.prefix_list_id.clone(),
            r.referenced_group_info.as_ref().and_then(|g| g.group_id.clone()),
        )
    };
    (&a.ip_protocol, a.from_port, a.to_port) == (&b.ip_protocol, b.from_port, b.to_port) && source(a) == source(b)
}

/// A rule as EC2 quotes it in `InvalidPermission.Duplicate`:
/// `peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW`.
fn describe_rule(rule: &SecurityGroupRule) -> String {
    let peer = rule
        .cidr_ipv4
        .clone()
        .or_else(|| rule.cidr_ipv6.clone())
        .or_else(|| rule.prefix_list_id.clone())
        .or_else(|| rule.referenced_group_info.as_ref().and_then(|g| g.group_id.clone()))
        .unwrap_or_default();
    let protocol = rule.ip_protocol.as_deref().unwrap_or_default().to_ascii_uppercase();
    let (from, to) = (rule.from_port.unwrap_or(-1), rule.to_port.unwrap_or(-1));
    format!("peer: {peer}, {protocol}, from port: {from}, to port: {to}, ALLOW")
}

/// Whether `cidr` is an IPv4 address, `/` and a prefix length of 0 to 32.
fn is_cidr_v4(cidr: &str) -> bool {
    cidr.split_once('/').is_some_and(|(address, bits)| {
        address.parse::<std::net::Ipv4Addr>().is_ok() && bits.parse::<u8>().is_ok_and(|b| b <= 32)
    })
}

#[cfg(test)]
mod tests {
    use super::super::store::is_id;
    use super::*;

    #[test]
    fn cidrs_and_rules_are_read_as_ec2_reads_them() {
        assert!(is_cidr_v4("0.0.0.0/0") && is_cidr_v4("10.1.2.3/32"));
        assert!(!is_cidr_v4("10.0.0/8") && !is_cidr_v4("10.0.0.0/33") && !is_cidr_v4("10.0.0.0"));
        assert!(is_id(&new_id("sg"), "sg") && is_id(&new_id("sgr"), "sgr"));
    }
}
