//! VPCs: `DescribeVpcs` and the VPCs, CIDR blocks and encryption controls it reports.

use aws_operation::{aws_operation, aws_shape};

use crate::Ec2;
use crate::filters::Filter;
use crate::instances::Tenancy;
use crate::tags::Tag;

/// Describes your VPCs.
#[aws_operation(
    service = Ec2,
    operation = "DescribeVpcs",
    fluent,
    output = DescribeVpcsOutput,
    paginator(input_token = next_token, output_token = next_token, items = vpcs, item = Vpc, page_size = max_results),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DescribeVpcs {
    /// The filters.
    #[aws(xml_name = "Filter", xml_item_name = "Filter")]
    pub filters: Option<Vec<Filter>>,
    /// The IDs of the VPCs.
    #[aws(xml_name = "VpcId", xml_item_name = "VpcId")]
    pub vpc_ids: Option<Vec<String>>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    #[aws(range(min = 5, max = 1000))]
    pub max_results: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the
    /// request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of `DescribeVpcs`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DescribeVpcsOutput {
    /// The token to include in another request to get the next page of items.
    #[aws(xml_name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the VPCs.
    #[aws(xml_name = "vpcSet", xml_item_name = "item")]
    pub vpcs: Option<Vec<Vpc>>,
}

/// Describes a VPC.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Vpc {
    /// The ID of the Amazon Web Services account that owns the VPC.
    #[aws(xml_name = "ownerId")]
    pub owner_id: Option<String>,
    /// The allowed tenancy of instances launched into the VPC.
    #[aws(xml_name = "instanceTenancy")]
    pub instance_tenancy: Option<Tenancy>,
    /// Information about the IPv6 CIDR blocks associated with the VPC.
    #[aws(xml_name = "ipv6CidrBlockAssociationSet", xml_item_name = "item")]
    pub ipv6_cidr_block_association_set: Option<Vec<VpcIpv6CidrBlockAssociation>>,
    /// Information about the IPv4 CIDR blocks associated with the VPC.
    #[aws(xml_name = "cidrBlockAssociationSet", xml_item_name = "item")]
    pub cidr_block_association_set: Option<Vec<VpcCidrBlockAssociation>>,
    /// Indicates whether the VPC is the default VPC.
    #[aws(xml_name = "isDefault")]
    pub is_default: Option<bool>,
    /// Information about the VPC Encryption Control configuration.
    #[aws(xml_name = "encryptionControl")]
    pub encryption_control: Option<VpcEncryptionControl>,
    /// Any tags assigned to the VPC.
    #[aws(xml_name = "tagSet", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
    /// The state of VPC Block Public Access (BPA).
    #[aws(xml_name = "blockPublicAccessStates")]
    pub block_public_access_states: Option<BlockPublicAccessStates>,
    /// Information about the firewall associations for the VPC.
    #[aws(xml_name = "networkFirewallAssociationSet", xml_item_name = "item")]
    pub network_firewall_associations: Option<Vec<NetworkFirewallAssociation>>,
    /// The ID of the VPC.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The current state of the VPC.
    #[aws(xml_name = "state")]
    pub state: Option<VpcState>,
    /// The primary IPv4 CIDR block for the VPC.
    #[aws(xml_name = "cidrBlock")]
    pub cidr_block: Option<String>,
    /// The ID of the set of DHCP options you've associated with the VPC.
    #[aws(xml_name = "dhcpOptionsId")]
    pub dhcp_options_id: Option<String>,
}

/// Describes an IPv6 CIDR block associated with a VPC.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcIpv6CidrBlockAssociation {
    /// The association ID for the IPv6 CIDR block.
    #[aws(xml_name = "associationId")]
    pub association_id: Option<String>,
    /// The IPv6 CIDR block.
    #[aws(xml_name = "ipv6CidrBlock")]
    pub ipv6_cidr_block: Option<String>,
    /// Information about the state of the CIDR block.
    #[aws(xml_name = "ipv6CidrBlockState")]
    pub ipv6_cidr_block_state: Option<VpcCidrBlockState>,
    /// The name of the unique set of Availability Zones, Local Zones, or Wavelength Zones from
    /// which Amazon Web Services advertises IP addresses, for example, `us-east-1-wl1-bos-wlz-1`.
    #[aws(xml_name = "networkBorderGroup")]
    pub network_border_group: Option<String>,
    /// The ID of the IPv6 address pool from which the IPv6 CIDR block is allocated.
    #[aws(xml_name = "ipv6Pool")]
    pub ipv6_pool: Option<String>,
    /// Public IPv6 addresses are those advertised on the internet from Amazon Web Services.
    #[aws(xml_name = "ipv6AddressAttribute")]
    pub ipv6_address_attribute: Option<Ipv6AddressAttribute>,
    /// The source that allocated the IP address space.
    #[aws(xml_name = "ipSource")]
    pub ip_source: Option<IpSource>,
}

/// Describes the state of a CIDR block.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcCidrBlockState {
    /// The state of the CIDR block.
    #[aws(xml_name = "state")]
    pub state: Option<VpcCidrBlockStateCode>,
    /// A message about the status of the CIDR block, if applicable.
    #[aws(xml_name = "statusMessage")]
    pub status_message: Option<String>,
}

/// The state of the CIDR block.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpcCidrBlockStateCode {
    /// `associating`
    #[aws(value = "associating")]
    Associating,
    /// `associated`
    #[aws(value = "associated")]
    Associated,
    /// `disassociating`
    #[aws(value = "disassociating")]
    Disassociating,
    /// `disassociated`
    #[aws(value = "disassociated")]
    Disassociated,
    /// `failing`
    #[aws(value = "failing")]
    Failing,
    /// `failed`
    #[aws(value = "failed")]
    Failed,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Public IPv6 addresses are those advertised on the internet from Amazon Web Services.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Ipv6AddressAttribute {
    /// `public`
    #[aws(value = "public")]
    Public,
    /// `private`
    #[aws(value = "private")]
    Private,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The source that allocated the IP address space.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IpSource {
    /// `amazon`
    #[aws(value = "amazon")]
    Amazon,
    /// `byoip`
    #[aws(value = "byoip")]
    Byoip,
    /// `none`
    #[aws(value = "none")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes an IPv4 CIDR block associated with a VPC.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcCidrBlockAssociation {
    /// The association ID for the IPv4 CIDR block.
    #[aws(xml_name = "associationId")]
    pub association_id: Option<String>,
    /// The IPv4 CIDR block.
    #[aws(xml_name = "cidrBlock")]
    pub cidr_block: Option<String>,
    /// Information about the state of the CIDR block.
    #[aws(xml_name = "cidrBlockState")]
    pub cidr_block_state: Option<VpcCidrBlockState>,
}

/// Describes the configuration and state of VPC encryption controls.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcEncryptionControl {
    /// The ID of the VPC associated with the encryption control configuration.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The ID of the VPC Encryption Control configuration.
    #[aws(xml_name = "vpcEncryptionControlId")]
    pub vpc_encryption_control_id: Option<String>,
    /// The encryption mode for the VPC Encryption Control configuration.
    #[aws(xml_name = "mode")]
    pub mode: Option<VpcEncryptionControlMode>,
    /// The current state of the VPC Encryption Control configuration.
    #[aws(xml_name = "state")]
    pub state: Option<VpcEncryptionControlState>,
    /// A message providing additional information about the encryption control state.
    #[aws(xml_name = "stateMessage")]
    pub state_message: Option<String>,
    /// Information about resource exclusions for the VPC Encryption Control configuration.
    #[aws(xml_name = "resourceExclusions")]
    pub resource_exclusions: Option<VpcEncryptionControlExclusions>,
    /// The tags assigned to the VPC Encryption Control configuration.
    #[aws(xml_name = "tagSet", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
}

/// The encryption mode for the VPC Encryption Control configuration.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpcEncryptionControlMode {
    /// `monitor`
    #[aws(value = "monitor")]
    Monitor,
    /// `enforce`
    #[aws(value = "enforce")]
    Enforce,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The current state of the VPC Encryption Control configuration.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpcEncryptionControlState {
    /// `enforce-in-progress`
    #[aws(value = "enforce-in-progress")]
    EnforceInProgress,
    /// `monitor-in-progress`
    #[aws(value = "monitor-in-progress")]
    MonitorInProgress,
    /// `enforce-failed`
    #[aws(value = "enforce-failed")]
    EnforceFailed,
    /// `monitor-failed`
    #[aws(value = "monitor-failed")]
    MonitorFailed,
    /// `deleting`
    #[aws(value = "deleting")]
    Deleting,
    /// `deleted`
    #[aws(value = "deleted")]
    Deleted,
    /// `available`
    #[aws(value = "available")]
    Available,
    /// `creating`
    #[aws(value = "creating")]
    Creating,
    /// `delete-failed`
    #[aws(value = "delete-failed")]
    DeleteFailed,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the exclusion configurations for various resource types in VPC Encryption Control.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcEncryptionControlExclusions {
    /// The exclusion configuration for internet gateway traffic.
    #[aws(xml_name = "internetGateway")]
    pub internet_gateway: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for egress-only internet gateway traffic.
    #[aws(xml_name = "egressOnlyInternetGateway")]
    pub egress_only_internet_gateway: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for NAT gateway traffic.
    #[aws(xml_name = "natGateway")]
    pub nat_gateway: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for virtual private gateway traffic.
    #[aws(xml_name = "virtualPrivateGateway")]
    pub virtual_private_gateway: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for VPC peering connection traffic.
    #[aws(xml_name = "vpcPeering")]
    pub vpc_peering: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for Lambda function traffic.
    #[aws(xml_name = "lambda")]
    pub lambda: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for VPC Lattice traffic.
    #[aws(xml_name = "vpcLattice")]
    pub vpc_lattice: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for Elastic File System traffic.
    #[aws(xml_name = "elasticFileSystem")]
    pub elastic_file_system: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for Amazon Web Services Global Accelerator traffic.
    #[aws(xml_name = "globalAccelerator")]
    pub global_accelerator: Option<VpcEncryptionControlExclusion>,
    /// The exclusion configuration for Amazon API Gateway V2 traffic.
    #[aws(xml_name = "apiGatewayV2")]
    pub api_gateway_v2: Option<VpcEncryptionControlExclusion>,
}

/// Describes an exclusion configuration for VPC Encryption Control.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct VpcEncryptionControlExclusion {
    /// The current state of the exclusion configuration.
    #[aws(xml_name = "state")]
    pub state: Option<VpcEncryptionControlExclusionState>,
    /// A message providing additional information about the exclusion state.
    #[aws(xml_name = "stateMessage")]
    pub state_message: Option<String>,
}

/// The exclusion configuration for internet gateway resource.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpcEncryptionControlExclusionState {
    /// `enabling`
    #[aws(value = "enabling")]
    Enabling,
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// `disabling`
    #[aws(value = "disabling")]
    Disabling,
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The state of VPC Block Public Access (BPA).
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct BlockPublicAccessStates {
    /// The mode of VPC BPA.
    #[aws(xml_name = "internetGatewayBlockMode")]
    pub internet_gateway_block_mode: Option<BlockPublicAccessMode>,
}

/// The mode of VPC BPA.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BlockPublicAccessMode {
    /// `off`
    #[aws(value = "off")]
    Off,
    /// `block-bidirectional`
    #[aws(value = "block-bidirectional")]
    BlockBidirectional,
    /// `block-ingress`
    #[aws(value = "block-ingress")]
    BlockIngress,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes an Automated Internet Firewall that inspects traffic between a VPC and its internet
/// gateway or egress-only internet gateway.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct NetworkFirewallAssociation {
    /// The Amazon Resource Name (ARN) of the firewall.
    #[aws(xml_name = "firewallArn")]
    pub firewall_arn: Option<String>,
    /// The status of the firewall for the VPC.
    #[aws(xml_name = "firewallOnboardingStatus")]
    pub firewall_onboarding_status: Option<FirewallOnboardingStatus>,
    /// The mode of the firewall.
    #[aws(xml_name = "firewallMode")]
    pub firewall_mode: Option<FirewallMode>,
}

/// The status of the firewall that inspects traffic for this route.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallOnboardingStatus {
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// `active`
    #[aws(value = "active")]
    Active,
    /// `disabling`
    #[aws(value = "disabling")]
    Disabling,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The mode of the firewall.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallMode {
    /// `monitor`
    #[aws(value = "monitor")]
    Monitor,
    /// `enforce`
    #[aws(value = "enforce")]
    Enforce,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The current state of the VPC.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpcState {
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// `available`
    #[aws(value = "available")]
    Available,
    /// `deleting`
    #[aws(value = "deleting")]
    Deleting,
    /// A value this client does not know yet.
    Unknown(String),
}
