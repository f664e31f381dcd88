//! Network interfaces: the interfaces of an instance and their addresses, as requested at launch
//! and as reported back.

use aws_operation::{DateTime, aws_shape};

use crate::block_devices::AttachmentStatus;
use crate::instances::{GroupIdentifier, OperatorResponse};

/// Describes a network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkInterface {
    /// The association information for an Elastic IPv4 associated with the network interface.
    #[aws(xml_name = "association")]
    pub association: Option<InstanceNetworkInterfaceAssociation>,
    /// The network interface attachment.
    #[aws(xml_name = "attachment")]
    pub attachment: Option<InstanceNetworkInterfaceAttachment>,
    /// The description.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The security groups.
    #[aws(xml_name = "groupSet", xml_item_name = "item")]
    pub groups: Option<Vec<GroupIdentifier>>,
    /// The IPv6 addresses associated with the network interface.
    #[aws(xml_name = "ipv6AddressesSet", xml_item_name = "item")]
    pub ipv6_addresses: Option<Vec<InstanceIpv6Address>>,
    /// The MAC address.
    #[aws(xml_name = "macAddress")]
    pub mac_address: Option<String>,
    /// The ID of the network interface.
    #[aws(xml_name = "networkInterfaceId")]
    pub network_interface_id: Option<String>,
    /// The ID of the Amazon Web Services account that created the network interface.
    #[aws(xml_name = "ownerId")]
    pub owner_id: Option<String>,
    /// The private DNS name.
    #[aws(xml_name = "privateDnsName")]
    pub private_dns_name: Option<String>,
    /// The IPv4 address of the network interface within the subnet.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// The private IPv4 addresses associated with the network interface.
    #[aws(xml_name = "privateIpAddressesSet", xml_item_name = "item")]
    pub private_ip_addresses: Option<Vec<InstancePrivateIpAddress>>,
    /// Indicates whether source/destination checking is enabled.
    #[aws(xml_name = "sourceDestCheck")]
    pub source_dest_check: Option<bool>,
    /// The status of the network interface.
    #[aws(xml_name = "status")]
    pub status: Option<NetworkInterfaceStatus>,
    /// The ID of the subnet.
    #[aws(xml_name = "subnetId")]
    pub subnet_id: Option<String>,
    /// The ID of the VPC.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The type of network interface.
    #[aws(xml_name = "interfaceType")]
    pub interface_type: Option<String>,
    /// The IPv4 delegated prefixes that are assigned to the network interface.
    #[aws(xml_name = "ipv4PrefixSet", xml_item_name = "item")]
    pub ipv4_prefixes: Option<Vec<InstanceIpv4Prefix>>,
    /// The IPv6 delegated prefixes that are assigned to the network interface.
    #[aws(xml_name = "ipv6PrefixSet", xml_item_name = "item")]
    pub ipv6_prefixes: Option<Vec<InstanceIpv6Prefix>>,
    /// A security group connection tracking configuration that enables you to set the timeout for
    /// connection tracking on an Elastic network interface.
    #[aws(xml_name = "connectionTrackingConfiguration")]
    pub connection_tracking_configuration: Option<ConnectionTrackingSpecificationResponse>,
    /// The service provider that manages the network interface.
    #[aws(xml_name = "operator")]
    pub operator: Option<OperatorResponse>,
}

/// Describes association information for an Elastic IP address (IPv4).
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkInterfaceAssociation {
    /// The carrier IP address associated with the network interface.
    #[aws(xml_name = "carrierIp")]
    pub carrier_ip: Option<String>,
    /// The customer-owned IP address associated with the network interface.
    #[aws(xml_name = "customerOwnedIp")]
    pub customer_owned_ip: Option<String>,
    /// The ID of the owner of the Elastic IP address.
    #[aws(xml_name = "ipOwnerId")]
    pub ip_owner_id: Option<String>,
    /// The public DNS name.
    #[aws(xml_name = "publicDnsName")]
    pub public_dns_name: Option<String>,
    /// The public IP address or Elastic IP address bound to the network interface.
    #[aws(xml_name = "publicIp")]
    pub public_ip: Option<String>,
}

/// Describes a network interface attachment.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkInterfaceAttachment {
    /// The time stamp when the attachment initiated.
    #[aws(xml_name = "attachTime")]
    pub attach_time: Option<DateTime>,
    /// The ID of the network interface attachment.
    #[aws(xml_name = "attachmentId")]
    pub attachment_id: Option<String>,
    /// Indicates whether the network interface is deleted when the instance is terminated.
    #[aws(xml_name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The index of the device on the instance for the network interface attachment.
    #[aws(xml_name = "deviceIndex")]
    pub device_index: Option<i32>,
    /// The attachment state.
    #[aws(xml_name = "status")]
    pub status: Option<AttachmentStatus>,
    /// The index of the network card.
    #[aws(xml_name = "networkCardIndex")]
    pub network_card_index: Option<i32>,
    /// Contains the ENA Express settings for the network interface that's attached to the instance.
    #[aws(xml_name = "enaSrdSpecification")]
    pub ena_srd_specification: Option<InstanceAttachmentEnaSrdSpecification>,
    /// The number of ENA queues created with the instance.
    #[aws(xml_name = "enaQueueCount")]
    pub ena_queue_count: Option<i32>,
}

/// ENA Express uses Amazon Web Services Scalable Reliable Datagram (SRD) technology to increase the
/// maximum bandwidth used per stream and minimize tail latency of network traffic between EC2
/// instances.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceAttachmentEnaSrdSpecification {
    /// Indicates whether ENA Express is enabled for the network interface.
    #[aws(xml_name = "enaSrdEnabled")]
    pub ena_srd_enabled: Option<bool>,
    /// Configures ENA Express for UDP network traffic.
    #[aws(xml_name = "enaSrdUdpSpecification")]
    pub ena_srd_udp_specification: Option<InstanceAttachmentEnaSrdUdpSpecification>,
}

/// ENA Express is compatible with both TCP and UDP transport protocols.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceAttachmentEnaSrdUdpSpecification {
    /// Indicates whether UDP traffic to and from the instance uses ENA Express.
    #[aws(xml_name = "enaSrdUdpEnabled")]
    pub ena_srd_udp_enabled: Option<bool>,
}

/// Describes an IPv6 address.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceIpv6Address {
    /// The IPv6 address.
    #[aws(xml_name = "ipv6Address")]
    pub ipv6_address: Option<String>,
    /// Determines if an IPv6 address associated with a network interface is the primary IPv6
    /// address.
    #[aws(xml_name = "isPrimaryIpv6")]
    pub is_primary_ipv6: Option<bool>,
}

/// Describes a private IPv4 address.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstancePrivateIpAddress {
    /// The association information for an Elastic IP address for the network interface.
    #[aws(xml_name = "association")]
    pub association: Option<InstanceNetworkInterfaceAssociation>,
    /// Indicates whether this IPv4 address is the primary private IP address of the network
    /// interface.
    #[aws(xml_name = "primary")]
    pub primary: Option<bool>,
    /// The private IPv4 DNS name.
    #[aws(xml_name = "privateDnsName")]
    pub private_dns_name: Option<String>,
    /// The private IPv4 address of the network interface.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
}

/// The status of the network interface.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NetworkInterfaceStatus {
    /// `available`
    #[aws(value = "available")]
    Available,
    /// `associated`
    #[aws(value = "associated")]
    Associated,
    /// `attaching`
    #[aws(value = "attaching")]
    Attaching,
    /// `in-use`
    #[aws(value = "in-use")]
    InUse,
    /// `detaching`
    #[aws(value = "detaching")]
    Detaching,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Information about an IPv4 prefix.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceIpv4Prefix {
    /// One or more IPv4 prefixes assigned to the network interface.
    #[aws(xml_name = "ipv4Prefix")]
    pub ipv4_prefix: Option<String>,
}

/// Information about an IPv6 prefix.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceIpv6Prefix {
    /// One or more IPv6 prefixes assigned to the network interface.
    #[aws(xml_name = "ipv6Prefix")]
    pub ipv6_prefix: Option<String>,
}

/// A security group connection tracking specification response that enables you to set the idle
/// timeout for connection tracking on an Elastic network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ConnectionTrackingSpecificationResponse {
    /// Timeout (in seconds) for idle TCP connections in an established state.
    #[aws(xml_name = "tcpEstablishedTimeout")]
    pub tcp_established_timeout: Option<i32>,
    /// Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
    /// request-response transaction.
    #[aws(xml_name = "udpStreamTimeout")]
    pub udp_stream_timeout: Option<i32>,
    /// Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
    /// a single request-response transaction.
    #[aws(xml_name = "udpTimeout")]
    pub udp_timeout: Option<i32>,
}

/// With network performance options, you can adjust your bandwidth preferences to meet the needs of
/// the workload that runs on your instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkPerformanceOptions {
    /// When you configure network bandwidth weighting, you can boost your baseline bandwidth for
    /// either networking or EBS by up to 25%.
    #[aws(xml_name = "bandwidthWeighting")]
    pub bandwidth_weighting: Option<InstanceBandwidthWeighting>,
}

/// When you configure network bandwidth weighting, you can boost your baseline bandwidth for either
/// networking or EBS by up to 25%.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceBandwidthWeighting {
    /// `default`
    #[aws(value = "default")]
    Default,
    /// `vpc-1`
    #[aws(value = "vpc-1")]
    Vpc1,
    /// `ebs-1`
    #[aws(value = "ebs-1")]
    Ebs1,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes a secondary interface attached to an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceSecondaryInterface {
    /// The attachment information for the secondary interface.
    #[aws(xml_name = "attachment")]
    pub attachment: Option<InstanceSecondaryInterfaceAttachment>,
    /// The MAC address of the secondary interface.
    #[aws(xml_name = "macAddress")]
    pub mac_address: Option<String>,
    /// The ID of the secondary interface.
    #[aws(xml_name = "secondaryInterfaceId")]
    pub secondary_interface_id: Option<String>,
    /// The Amazon Web Services account ID of the owner of the secondary interface.
    #[aws(xml_name = "ownerId")]
    pub owner_id: Option<String>,
    /// The private IPv4 addresses associated with the secondary interface.
    #[aws(xml_name = "privateIpAddressSet", xml_item_name = "item")]
    pub private_ip_addresses: Option<Vec<InstanceSecondaryInterfacePrivateIpAddress>>,
    /// Indicates whether source/destination checking is enabled.
    #[aws(xml_name = "sourceDestCheck")]
    pub source_dest_check: Option<bool>,
    /// The status of the secondary interface.
    #[aws(xml_name = "status")]
    pub status: Option<SecondaryInterfaceStatus>,
    /// The ID of the secondary subnet.
    #[aws(xml_name = "secondarySubnetId")]
    pub secondary_subnet_id: Option<String>,
    /// The ID of the secondary network.
    #[aws(xml_name = "secondaryNetworkId")]
    pub secondary_network_id: Option<String>,
    /// The type of secondary interface.
    #[aws(xml_name = "interfaceType")]
    pub interface_type: Option<SecondaryInterfaceType>,
}

/// Describes the attachment of a secondary interface to an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceSecondaryInterfaceAttachment {
    /// The timestamp when the attachment was created.
    #[aws(xml_name = "attachTime")]
    pub attach_time: Option<DateTime>,
    /// The ID of the attachment.
    #[aws(xml_name = "attachmentId")]
    pub attachment_id: Option<String>,
    /// Indicates whether the secondary interface is deleted when the instance is terminated.
    #[aws(xml_name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The device index of the secondary interface.
    #[aws(xml_name = "deviceIndex")]
    pub device_index: Option<i32>,
    /// The attachment state.
    #[aws(xml_name = "status")]
    pub status: Option<AttachmentStatus>,
    /// The index of the network card.
    #[aws(xml_name = "networkCardIndex")]
    pub network_card_index: Option<i32>,
}

/// Describes a private IPv4 address for a secondary interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceSecondaryInterfacePrivateIpAddress {
    /// The private IPv4 address.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
}

/// The status of the secondary interface.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecondaryInterfaceStatus {
    /// `available`
    #[aws(value = "available")]
    Available,
    /// `in-use`
    #[aws(value = "in-use")]
    InUse,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of secondary interface.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecondaryInterfaceType {
    /// `secondary`
    #[aws(value = "secondary")]
    Secondary,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Configure network performance options for your instance that are geared towards performance
/// improvements based on the workload that it runs.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkPerformanceOptionsRequest {
    /// Specify the bandwidth weighting option to boost the associated type of baseline bandwidth,
    /// as follows.
    pub bandwidth_weighting: Option<InstanceBandwidthWeighting>,
}

/// Describes a secondary interface specification for launching an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceSecondaryInterfaceSpecificationRequest {
    /// Indicates whether the secondary interface is deleted when the instance is terminated.
    pub delete_on_termination: Option<bool>,
    /// The device index for the secondary interface attachment.
    pub device_index: Option<i32>,
    /// The private IPv4 addresses to assign to the secondary interface.
    #[aws(xml_name = "PrivateIpAddress", xml_item_name = "item")]
    pub private_ip_addresses: Option<Vec<InstanceSecondaryInterfacePrivateIpAddressRequest>>,
    /// The number of private IPv4 addresses to assign to the secondary interface.
    pub private_ip_address_count: Option<i32>,
    /// The ID of the secondary subnet.
    pub secondary_subnet_id: Option<String>,
    /// The type of secondary interface.
    pub interface_type: Option<SecondaryInterfaceType>,
    /// The index of the network card.
    pub network_card_index: Option<i32>,
}

/// Describes a private IPv4 address for a secondary interface request.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceSecondaryInterfacePrivateIpAddressRequest {
    /// The private IPv4 address.
    pub private_ip_address: String,
}

/// Describes a network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceNetworkInterfaceSpecification {
    /// Indicates whether to assign a public IPv4 address to an instance you launch in a VPC.
    #[aws(xml_name = "associatePublicIpAddress")]
    pub associate_public_ip_address: Option<bool>,
    /// If set to `true`, the interface is deleted when the instance is terminated.
    #[aws(xml_name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The description of the network interface.
    #[aws(xml_name = "description")]
    pub description: Option<String>,
    /// The position of the network interface in the attachment order.
    #[aws(xml_name = "deviceIndex")]
    pub device_index: Option<i32>,
    /// The IDs of the security groups for the network interface.
    #[aws(xml_name = "SecurityGroupId", xml_item_name = "SecurityGroupId")]
    pub groups: Option<Vec<String>>,
    /// A number of IPv6 addresses to assign to the network interface.
    #[aws(xml_name = "ipv6AddressCount")]
    pub ipv6_address_count: Option<i32>,
    /// The IPv6 addresses to assign to the network interface.
    #[aws(xml_name = "ipv6AddressesSet", ec2_query_name = "Ipv6Addresses", xml_item_name = "item")]
    pub ipv6_addresses: Option<Vec<InstanceIpv6Address>>,
    /// The ID of the network interface.
    #[aws(xml_name = "networkInterfaceId")]
    pub network_interface_id: Option<String>,
    /// The private IPv4 address of the network interface.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// The private IPv4 addresses to assign to the network interface.
    #[aws(xml_name = "privateIpAddressesSet", ec2_query_name = "PrivateIpAddresses", xml_item_name = "item")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// The number of secondary private IPv4 addresses.
    #[aws(xml_name = "secondaryPrivateIpAddressCount")]
    pub secondary_private_ip_address_count: Option<i32>,
    /// The ID of the subnet associated with the network interface.
    #[aws(xml_name = "subnetId")]
    pub subnet_id: Option<String>,
    /// Indicates whether to assign a carrier IP address to the network interface.
    pub associate_carrier_ip_address: Option<bool>,
    /// The type of network interface.
    pub interface_type: Option<String>,
    /// The index of the network card.
    pub network_card_index: Option<i32>,
    /// The IPv4 delegated prefixes to be assigned to the network interface.
    #[aws(xml_name = "Ipv4Prefix", xml_item_name = "item")]
    pub ipv4_prefixes: Option<Vec<Ipv4PrefixSpecificationRequest>>,
    /// The number of IPv4 delegated prefixes to be automatically assigned to the network interface.
    pub ipv4_prefix_count: Option<i32>,
    /// The IPv6 delegated prefixes to be assigned to the network interface.
    #[aws(xml_name = "Ipv6Prefix", xml_item_name = "item")]
    pub ipv6_prefixes: Option<Vec<Ipv6PrefixSpecificationRequest>>,
    /// The number of IPv6 delegated prefixes to be automatically assigned to the network interface.
    pub ipv6_prefix_count: Option<i32>,
    /// The primary IPv6 address of the network interface.
    pub primary_ipv6: Option<bool>,
    /// Specifies the ENA Express settings for the network interface that's attached to the
    /// instance.
    pub ena_srd_specification: Option<EnaSrdSpecificationRequest>,
    /// A security group connection tracking specification that enables you to set the timeout for
    /// connection tracking on an Elastic network interface.
    pub connection_tracking_specification: Option<ConnectionTrackingSpecificationRequest>,
    /// The number of ENA queues to be created with the instance.
    pub ena_queue_count: Option<i32>,
}

/// Describes a secondary private IPv4 address for a network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PrivateIpAddressSpecification {
    /// Indicates whether the private IPv4 address is the primary private IPv4 address.
    #[aws(xml_name = "primary")]
    pub primary: Option<bool>,
    /// The private IPv4 address.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
}

/// Describes the IPv4 prefix option for a network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Ipv4PrefixSpecificationRequest {
    /// The IPv4 prefix.
    pub ipv4_prefix: Option<String>,
}

/// Describes the IPv6 prefix option for a network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Ipv6PrefixSpecificationRequest {
    /// The IPv6 prefix.
    pub ipv6_prefix: Option<String>,
}

/// Launch instances with ENA Express settings configured from your launch template.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnaSrdSpecificationRequest {
    /// Specifies whether ENA Express is enabled for the network interface when you launch an
    /// instance.
    pub ena_srd_enabled: Option<bool>,
    /// Contains ENA Express settings for UDP network traffic for the network interface attached to
    /// the instance.
    pub ena_srd_udp_specification: Option<EnaSrdUdpSpecificationRequest>,
}

/// Configures ENA Express for UDP network traffic from your launch template.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnaSrdUdpSpecificationRequest {
    /// Indicates whether UDP traffic uses ENA Express for your instance.
    pub ena_srd_udp_enabled: Option<bool>,
}

/// A security group connection tracking specification request that enables you to set the idle
/// timeout for connection tracking on an Elastic network interface.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ConnectionTrackingSpecificationRequest {
    /// Timeout (in seconds) for idle TCP connections in an established state.
    pub tcp_established_timeout: Option<i32>,
    /// Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
    /// request-response transaction.
    pub udp_stream_timeout: Option<i32>,
    /// Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
    /// a single request-response transaction.
    pub udp_timeout: Option<i32>,
}
