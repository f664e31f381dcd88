//! Security groups: `CreateSecurityGroup`, `AuthorizeSecurityGroupIngress` and the rules they
//! create.

use aws_operation::{aws_operation, aws_shape};

use crate::Ec2;
use crate::tags::{Tag, TagSpecification};

/// Creates a security group.
#[aws_operation(
    service = Ec2,
    operation = "CreateSecurityGroup",
    fluent,
    output = CreateSecurityGroupOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateSecurityGroup {
    /// A description for the security group.
    #[aws(xml_name = "GroupDescription")]
    pub description: String,
    /// The name of the security group.
    pub group_name: String,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// The tags to assign to the security group.
    #[aws(xml_name = "TagSpecification", xml_item_name = "item")]
    pub tag_specifications: Option<Vec<TagSpecification>>,
    /// Checks whether you have the required permissions for the action, without actually making the
    /// request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of `CreateSecurityGroup`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateSecurityGroupOutput {
    /// The ID of the security group.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The tags assigned to the security group.
    #[aws(xml_name = "tagSet", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
    /// The security group ARN.
    #[aws(xml_name = "securityGroupArn")]
    pub security_group_arn: Option<String>,
}

/// Adds the specified inbound (ingress) rules to a security group.
#[aws_operation(
    service = Ec2,
    operation = "AuthorizeSecurityGroupIngress",
    fluent,
    output = AuthorizeSecurityGroupIngressOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct AuthorizeSecurityGroupIngress {
    /// The IPv4 address range, in CIDR format.
    pub cidr_ip: Option<String>,
    /// If the protocol is TCP or UDP, this is the start of the port range.
    pub from_port: Option<i32>,
    /// The ID of the security group.
    pub group_id: Option<String>,
    /// \[Default VPC\] The name of the security group.
    pub group_name: Option<String>,
    /// The permissions for the security group rules.
    #[aws(xml_item_name = "item")]
    pub ip_permissions: Option<Vec<IpPermission>>,
    /// The IP protocol name (`tcp`, `udp`, `icmp`) or number (see Protocol Numbers ).
    pub ip_protocol: Option<String>,
    /// \[Default VPC\] The name of the source security group.
    pub source_security_group_name: Option<String>,
    /// The Amazon Web Services account ID for the source security group, if the source security
    /// group is in a different account.
    pub source_security_group_owner_id: Option<String>,
    /// If the protocol is TCP or UDP, this is the end of the port range.
    pub to_port: Option<i32>,
    /// The tags applied to the security group rule.
    #[aws(xml_name = "TagSpecification", xml_item_name = "item")]
    pub tag_specifications: Option<Vec<TagSpecification>>,
    /// Checks whether you have the required permissions for the action, without actually making the
    /// request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of `AuthorizeSecurityGroupIngress`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AuthorizeSecurityGroupIngressOutput {
    /// Returns `true` if the request succeeds; otherwise, returns an error.
    #[aws(xml_name = "return")]
    pub r#return: Option<bool>,
    /// Information about the inbound (ingress) security group rules that were added.
    #[aws(xml_name = "securityGroupRuleSet", xml_item_name = "item")]
    pub security_group_rules: Option<Vec<SecurityGroupRule>>,
}

/// Describes a security group rule.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SecurityGroupRule {
    /// The ID of the security group rule.
    #[aws(xml_name = "securityGroupRuleId")]
    pub security_group_rule_id: Option<String>,
    /// The ID of the security group.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the security group.
    #[aws(xml_name = "groupOwnerId")]
    pub group_owner_id: Option<String>,
    /// Indicates whether the security group rule is an outbound rule.
    #[aws(xml_name = "isEgress")]
    pub is_egress: Option<bool>,
    /// The IP protocol name (`tcp`, `udp`, `icmp`, `icmpv6`) or number (see Protocol Numbers ).
    #[aws(xml_name = "ipProtocol")]
    pub ip_protocol: Option<String>,
    /// If the protocol is TCP or UDP, this is the start of the port range.
    #[aws(xml_name = "fromPort")]
    pub from_port: Option<i32>,
    /// If the protocol is TCP or UDP, this is the end of the port range.
    #[aws(xml_name = "toPort")]
    pub to_port: Option<i32>,
    /// The IPv4 CIDR range.
    #[aws(xml_name = "cidrIpv4")]
    pub cidr_ipv4: Option<String>,
    /// The IPv6 CIDR range.
    #[aws(xml_name = "cidrIpv6")]
    pub cidr_ipv6: Option<String>,
    /// The ID of the prefix list.
    #[aws(xml_name = "prefixListId")]
    pub prefix_list_id: Option<String>,
    /// Describes the security group that is referenced in the rule.
    #[aws(xml_name = "referencedGroupInfo")]
    pub referenced_group_info: Option<ReferencedSecurityGroup>,
    /// The security group rule description.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The tags applied to the security group rule.
    #[aws(xml_name = "tagSet", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
    /// The ARN of the security group rule.
    #[aws(xml_name = "securityGroupRuleArn")]
    pub security_group_rule_arn: Option<String>,
}

/// Describes the security group that is referenced in the security group rule.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ReferencedSecurityGroup {
    /// The ID of the security group.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The status of a VPC peering connection, if applicable.
    #[aws(xml_name = "peeringStatus")]
    pub peering_status: Option<String>,
    /// The Amazon Web Services account ID.
    #[aws(xml_name = "userId")]
    pub user_id: Option<String>,
    /// The ID of the VPC.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The ID of the VPC peering connection (if applicable).
    #[aws(xml_name = "vpcPeeringConnectionId")]
    pub vpc_peering_connection_id: Option<String>,
}

/// Describes the permissions for a security group rule.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IpPermission {
    /// The IP protocol name (`tcp`, `udp`, `icmp`, `icmpv6`) or number (see Protocol Numbers ).
    #[aws(xml_name = "ipProtocol")]
    pub ip_protocol: Option<String>,
    /// If the protocol is TCP or UDP, this is the start of the port range.
    #[aws(xml_name = "fromPort")]
    pub from_port: Option<i32>,
    /// If the protocol is TCP or UDP, this is the end of the port range.
    #[aws(xml_name = "toPort")]
    pub to_port: Option<i32>,
    /// The security group and Amazon Web Services account ID pairs.
    #[aws(xml_name = "groups", xml_item_name = "item")]
    pub user_id_group_pairs: Option<Vec<UserIdGroupPair>>,
    /// The IPv4 address ranges.
    #[aws(xml_name = "ipRanges", xml_item_name = "item")]
    pub ip_ranges: Option<Vec<IpRange>>,
    /// The IPv6 address ranges.
    #[aws(xml_name = "ipv6Ranges", xml_item_name = "item")]
    pub ipv6_ranges: Option<Vec<Ipv6Range>>,
    /// The prefix list IDs.
    #[aws(xml_name = "prefixListIds", xml_item_name = "item")]
    pub prefix_list_ids: Option<Vec<PrefixListId>>,
}

/// Describes a security group and Amazon Web Services account ID pair.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct UserIdGroupPair {
    /// A description for the security group rule that references this user ID group pair.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The ID of an Amazon Web Services account.
    #[aws(xml_name = "userId")]
    pub user_id: Option<String>,
    /// \[Default VPC\] The name of the security group.
    #[aws(xml_name = "groupName")]
    pub group_name: Option<String>,
    /// The ID of the security group.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The ID of the VPC for the referenced security group, if applicable.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The ID of the VPC peering connection, if applicable.
    #[aws(xml_name = "vpcPeeringConnectionId")]
    pub vpc_peering_connection_id: Option<String>,
    /// The status of a VPC peering connection, if applicable.
    #[aws(xml_name = "peeringStatus")]
    pub peering_status: Option<String>,
}

/// Describes an IPv4 address range.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IpRange {
    /// A description for the security group rule that references this IPv4 address range.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The IPv4 address range.
    #[aws(xml_name = "cidrIp")]
    pub cidr_ip: Option<String>,
}

/// Describes an IPv6 address range.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Ipv6Range {
    /// A description for the security group rule that references this IPv6 address range.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The IPv6 address range.
    #[aws(xml_name = "cidrIpv6")]
    pub cidr_ipv6: Option<String>,
}

/// Describes a prefix list ID.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PrefixListId {
    /// A description for the security group rule that references this prefix list ID.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The ID of the prefix.
    #[aws(xml_name = "prefixListId")]
    pub prefix_list_id: Option<String>,
}
