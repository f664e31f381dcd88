//! Launching instances: `RunInstances` and the options it takes.

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::Ec2;
use crate::block_devices::BlockDeviceMapping;
use crate::instance_types::InstanceType;
use crate::instances::{
    AmdSevSnpSpecification, CapacityReservationPreference, HostnameType, HttpTokensState, InstanceAutoRecoveryState,
    InstanceMetadataEndpointState, InstanceMetadataProtocolState, InstanceMetadataTagsState,
    NestedVirtualizationSpecification, Placement, Reservation,
};
use crate::network_interfaces::{
    InstanceIpv6Address, InstanceNetworkInterfaceSpecification, InstanceNetworkPerformanceOptionsRequest,
    InstanceSecondaryInterfaceSpecificationRequest,
};
use crate::tags::TagSpecification;

/// Launches the specified number of instances using an AMI for which you have permissions.
#[aws_operation(
    service = Ec2,
    operation = "RunInstances",
    fluent,
    output = Reservation,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct RunInstances {
    /// The block device mapping, which defines the EBS volumes and instance store volumes to attach
    /// to the instance at launch.
    #[aws(xml_name = "BlockDeviceMapping", xml_item_name = "BlockDeviceMapping")]
    pub block_device_mappings: Option<Vec<BlockDeviceMapping>>,
    /// The ID of the AMI.
    pub image_id: Option<String>,
    /// The instance type.
    pub instance_type: Option<InstanceType>,
    /// The number of IPv6 addresses to associate with the primary network interface.
    pub ipv6_address_count: Option<i32>,
    /// The IPv6 addresses from the range of the subnet to associate with the primary network
    /// interface.
    #[aws(xml_name = "Ipv6Address", xml_item_name = "item")]
    pub ipv6_addresses: Option<Vec<InstanceIpv6Address>>,
    /// The ID of the kernel.
    pub kernel_id: Option<String>,
    /// The name of the key pair.
    pub key_name: Option<String>,
    /// The maximum number of instances to launch.
    pub max_count: i32,
    /// The minimum number of instances to launch.
    pub min_count: i32,
    /// Specifies whether detailed monitoring is enabled for the instance.
    pub monitoring: Option<RunInstancesMonitoringEnabled>,
    /// The placement for the instance.
    pub placement: Option<Placement>,
    /// The ID of the RAM disk to select.
    pub ramdisk_id: Option<String>,
    /// The IDs of the security groups.
    #[aws(xml_name = "SecurityGroupId", xml_item_name = "SecurityGroupId")]
    pub security_group_ids: Option<Vec<String>>,
    /// \[Default VPC\] The names of the security groups.
    #[aws(xml_name = "SecurityGroup", xml_item_name = "SecurityGroup")]
    pub security_groups: Option<Vec<String>>,
    /// The ID of the subnet to launch the instance into.
    pub subnet_id: Option<String>,
    /// The user data to make available to the instance.
    #[aws(sensitive)]
    pub user_data: Option<String>,
    /// An elastic GPU to associate with the instance.
    #[aws(xml_item_name = "item")]
    pub elastic_gpu_specification: Option<Vec<ElasticGpuSpecification>>,
    /// An elastic inference accelerator to associate with the instance.
    #[aws(xml_name = "ElasticInferenceAccelerator", xml_item_name = "item")]
    pub elastic_inference_accelerators: Option<Vec<ElasticInferenceAccelerator>>,
    /// The tags to apply to the resources that are created during instance launch.
    #[aws(xml_name = "TagSpecification", xml_item_name = "item")]
    pub tag_specifications: Option<Vec<TagSpecification>>,
    /// The launch template.
    pub launch_template: Option<LaunchTemplateSpecification>,
    /// The market (purchasing) option for the instances.
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// The credit option for CPU usage of the burstable performance instance.
    pub credit_specification: Option<CreditSpecificationRequest>,
    /// The CPU options for the instance.
    pub cpu_options: Option<CpuOptionsRequest>,
    /// Information about the Capacity Reservation targeting option.
    pub capacity_reservation_specification: Option<CapacityReservationSpecification>,
    /// Indicates whether an instance is enabled for hibernation.
    pub hibernation_options: Option<HibernationOptionsRequest>,
    /// The license configurations.
    #[aws(xml_name = "LicenseSpecification", xml_item_name = "item")]
    pub license_specifications: Option<Vec<LicenseConfigurationRequest>>,
    /// The metadata options for the instance.
    pub metadata_options: Option<InstanceMetadataOptionsRequest>,
    /// Indicates whether the instance is enabled for Amazon Web Services Nitro Enclaves.
    pub enclave_options: Option<EnclaveOptionsRequest>,
    /// The options for the instance hostname.
    pub private_dns_name_options: Option<PrivateDnsNameOptionsRequest>,
    /// The maintenance and recovery options for the instance.
    pub maintenance_options: Option<InstanceMaintenanceOptionsRequest>,
    /// Indicates whether an instance is enabled for stop protection.
    pub disable_api_stop: Option<bool>,
    /// If you’re launching an instance into a dual-stack or IPv6-only subnet, you can enable
    /// assigning a primary IPv6 address.
    pub enable_primary_ipv6: Option<bool>,
    /// Contains settings for the network performance options for the instance.
    pub network_performance_options: Option<InstanceNetworkPerformanceOptionsRequest>,
    /// Reserved for internal use.
    pub operator: Option<OperatorRequest>,
    /// The secondary interfaces to associate with the instance.
    #[aws(xml_name = "SecondaryInterface", xml_item_name = "item")]
    pub secondary_interfaces: Option<Vec<InstanceSecondaryInterfaceSpecificationRequest>>,
    /// Checks whether you have the required permissions for the operation, without actually making
    /// the request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
    /// Indicates whether termination protection is enabled for the instance.
    #[aws(xml_name = "disableApiTermination")]
    pub disable_api_termination: Option<bool>,
    /// Indicates whether an instance stops or terminates when you initiate shutdown from the
    /// instance (using the operating system command for system shutdown).
    #[aws(xml_name = "instanceInitiatedShutdownBehavior")]
    pub instance_initiated_shutdown_behavior: Option<ShutdownBehavior>,
    /// The primary IPv4 address.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    #[aws(xml_name = "clientToken", idempotency_token)]
    pub client_token: Option<String>,
    /// Reserved.
    #[aws(xml_name = "additionalInfo")]
    pub additional_info: Option<String>,
    /// The network interfaces to associate with the instance.
    #[aws(xml_name = "networkInterface", xml_item_name = "item")]
    pub network_interfaces: Option<Vec<InstanceNetworkInterfaceSpecification>>,
    /// The name or Amazon Resource Name (ARN) of an IAM instance profile.
    #[aws(xml_name = "iamInstanceProfile")]
    pub iam_instance_profile: Option<IamInstanceProfileSpecification>,
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    #[aws(xml_name = "ebsOptimized")]
    pub ebs_optimized: Option<bool>,
}

/// Describes the monitoring of an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RunInstancesMonitoringEnabled {
    /// The IDs of the metric categories to associate with the instance.
    #[aws(xml_name = "MetricCategoryId", xml_item_name = "item")]
    pub metric_category_ids: Option<Vec<String>>,
    /// Indicates whether detailed monitoring is enabled.
    #[aws(xml_name = "enabled")]
    pub enabled: bool,
}

/// Amazon Elastic Graphics reached end of life on January 8, 2024.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ElasticGpuSpecification {
    /// The type of Elastic Graphics accelerator.
    pub r#type: String,
}

/// Amazon Elastic Inference is no longer available.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ElasticInferenceAccelerator {
    /// The type of elastic inference accelerator.
    pub r#type: String,
    /// The number of elastic inference accelerators to attach to the instance.
    #[aws(range(min = 1))]
    pub count: Option<i32>,
}

/// Describes the launch template to use.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LaunchTemplateSpecification {
    /// The ID of the launch template.
    pub launch_template_id: Option<String>,
    /// The name of the launch template.
    pub launch_template_name: Option<String>,
    /// The launch template version number, `$Latest`, or `$Default`.
    pub version: Option<String>,
}

/// Describes the market (purchasing) option for the instances.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceMarketOptionsRequest {
    /// The market type.
    pub market_type: Option<MarketType>,
    /// The options for Spot Instances.
    pub spot_options: Option<SpotMarketOptions>,
}

/// The market type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MarketType {
    /// `spot`
    #[aws(value = "spot")]
    Spot,
    /// `capacity-block`
    #[aws(value = "capacity-block")]
    CapacityBlock,
    /// `interruptible-capacity-reservation`
    #[aws(value = "interruptible-capacity-reservation")]
    InterruptibleCapacityReservation,
    /// `on-demand`
    #[aws(value = "on-demand")]
    OnDemand,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The options for Spot Instances.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SpotMarketOptions {
    /// The maximum hourly price that you're willing to pay for a Spot Instance.
    pub max_price: Option<String>,
    /// The Spot Instance request type.
    pub spot_instance_type: Option<SpotInstanceType>,
    /// Deprecated.
    pub block_duration_minutes: Option<i32>,
    /// The end date of the request, in UTC format ( YYYY - MM - DD T HH : MM : SS Z).
    pub valid_until: Option<DateTime>,
    /// The behavior when a Spot Instance is interrupted.
    pub instance_interruption_behavior: Option<InstanceInterruptionBehavior>,
}

/// The Spot Instance request type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SpotInstanceType {
    /// `one-time`
    #[aws(value = "one-time")]
    OneTime,
    /// `persistent`
    #[aws(value = "persistent")]
    Persistent,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The behavior when a Spot Instance is interrupted.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceInterruptionBehavior {
    /// `hibernate`
    #[aws(value = "hibernate")]
    Hibernate,
    /// `stop`
    #[aws(value = "stop")]
    Stop,
    /// `terminate`
    #[aws(value = "terminate")]
    Terminate,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The credit option for CPU usage of a T instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreditSpecificationRequest {
    /// The credit option for CPU usage of a T instance.
    pub cpu_credits: String,
}

/// The CPU options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CpuOptionsRequest {
    /// The number of CPU cores for the instance.
    pub core_count: Option<i32>,
    /// The number of threads per CPU core.
    pub threads_per_core: Option<i32>,
    /// Indicates whether to enable the instance for AMD SEV-SNP.
    pub amd_sev_snp: Option<AmdSevSnpSpecification>,
    /// Indicates whether to enable the instance for nested virtualization.
    pub nested_virtualization: Option<NestedVirtualizationSpecification>,
}

/// Describes an instance's Capacity Reservation targeting option.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CapacityReservationSpecification {
    /// Indicates the instance's Capacity Reservation preferences.
    pub capacity_reservation_preference: Option<CapacityReservationPreference>,
    /// Information about the target Capacity Reservation or Capacity Reservation group.
    pub capacity_reservation_target: Option<CapacityReservationTarget>,
}

/// Describes a target Capacity Reservation or Capacity Reservation group.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CapacityReservationTarget {
    /// The ID of the Capacity Reservation in which to run the instance.
    pub capacity_reservation_id: Option<String>,
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
    pub capacity_reservation_resource_group_arn: Option<String>,
}

/// Indicates whether your instance is configured for hibernation.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct HibernationOptionsRequest {
    /// Set to `true` to enable your instance for hibernation.
    pub configured: Option<bool>,
}

/// Describes a license configuration.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LicenseConfigurationRequest {
    /// The Amazon Resource Name (ARN) of the license configuration.
    pub license_configuration_arn: Option<String>,
}

/// The metadata options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceMetadataOptionsRequest {
    /// Indicates whether IMDSv2 is required.
    pub http_tokens: Option<HttpTokensState>,
    /// The maximum number of hops that the metadata token can travel.
    pub http_put_response_hop_limit: Option<i32>,
    /// Enables or disables the HTTP metadata endpoint on your instances.
    pub http_endpoint: Option<InstanceMetadataEndpointState>,
    /// Enables or disables the IPv6 endpoint for the instance metadata service.
    pub http_protocol_ipv6: Option<InstanceMetadataProtocolState>,
    /// Set to `enabled` to allow access to instance tags from the instance metadata.
    pub instance_metadata_tags: Option<InstanceMetadataTagsState>,
}

/// Indicates whether the instance is enabled for Amazon Web Services Nitro Enclaves.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnclaveOptionsRequest {
    /// To enable the instance for Amazon Web Services Nitro Enclaves, set this parameter to `true`.
    pub enabled: Option<bool>,
}

/// Describes the options for instance hostnames.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PrivateDnsNameOptionsRequest {
    /// The type of hostname for EC2 instances.
    pub hostname_type: Option<HostnameType>,
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
    pub enable_resource_name_dns_a_record: Option<bool>,
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records.
    #[aws(name = "EnableResourceNameDnsAAAARecord")]
    pub enable_resource_name_dns_aaaa_record: Option<bool>,
}

/// The maintenance options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceMaintenanceOptionsRequest {
    /// Disables the automatic recovery behavior of your instance or sets it to default.
    pub auto_recovery: Option<InstanceAutoRecoveryState>,
}

/// The service provider that manages the resource.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct OperatorRequest {
    /// The service provider that manages the resource.
    pub principal: Option<String>,
}

/// Indicates whether an instance stops or terminates when you initiate shutdown from the instance
/// (using the operating system command for system shutdown).
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ShutdownBehavior {
    /// `stop`
    #[aws(value = "stop")]
    Stop,
    /// `terminate`
    #[aws(value = "terminate")]
    Terminate,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes an IAM instance profile.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IamInstanceProfileSpecification {
    /// The Amazon Resource Name (ARN) of the instance profile.
    #[aws(xml_name = "arn")]
    pub arn: Option<String>,
    /// The name of the instance profile.
    #[aws(xml_name = "name")]
    pub name: Option<String>,
}
