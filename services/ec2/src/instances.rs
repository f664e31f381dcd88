//! Instances: `DescribeInstances` and `TerminateInstances`, and the reservations and instances EC2
//! reports back.

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::Ec2;
use crate::block_devices::InstanceBlockDeviceMapping;
use crate::filters::Filter;
use crate::instance_types::InstanceType;
use crate::network_interfaces::{
    InstanceNetworkInterface, InstanceNetworkPerformanceOptions, InstanceSecondaryInterface,
};
use crate::tags::Tag;

/// Describes the specified instances or all instances.
#[aws_operation(
    service = Ec2,
    operation = "DescribeInstances",
    fluent,
    output = DescribeInstancesOutput,
    paginator(input_token = next_token, output_token = next_token, items = reservations, item = Reservation, page_size = max_results),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DescribeInstances {
    /// The instance IDs.
    #[aws(xml_name = "InstanceId", xml_item_name = "InstanceId")]
    pub instance_ids: Option<Vec<String>>,
    /// Indicates whether to include managed resources in the output.
    pub include_managed_resources: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making
    /// the request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
    /// The filters.
    #[aws(xml_name = "Filter", xml_item_name = "Filter")]
    pub filters: Option<Vec<Filter>>,
    /// The token returned from a previous paginated request.
    #[aws(xml_name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    #[aws(xml_name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `DescribeInstances`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DescribeInstancesOutput {
    /// The token to include in another request to get the next page of items.
    #[aws(xml_name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the reservations.
    #[aws(xml_name = "reservationSet", xml_item_name = "item")]
    pub reservations: Option<Vec<Reservation>>,
}

/// Terminates (deletes) the specified instances.
#[aws_operation(
    service = Ec2,
    operation = "TerminateInstances",
    fluent,
    output = TerminateInstancesOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct TerminateInstances {
    /// The IDs of the instances.
    #[aws(xml_name = "InstanceId", xml_item_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Forces the instances to terminate.
    pub force: Option<bool>,
    /// Specifies whether to bypass the graceful OS shutdown process when the instance is
    /// terminated.
    pub skip_os_shutdown: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making
    /// the request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of `TerminateInstances`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TerminateInstancesOutput {
    /// Information about the terminated instances.
    #[aws(xml_name = "instancesSet", xml_item_name = "item")]
    pub terminating_instances: Option<Vec<InstanceStateChange>>,
}

/// Describes a launch request for one or more instances, and includes owner, requester, and
/// security group information that applies to all instances in the launch request.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Reservation {
    /// The ID of the reservation.
    #[aws(xml_name = "reservationId")]
    pub reservation_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the reservation.
    #[aws(xml_name = "ownerId")]
    pub owner_id: Option<String>,
    /// The ID of the requester that launched the instances on your behalf (for example, Amazon Web
    /// Services Management Console or Auto Scaling).
    #[aws(xml_name = "requesterId")]
    pub requester_id: Option<String>,
    /// Not supported.
    #[aws(xml_name = "groupSet", xml_item_name = "item")]
    pub groups: Option<Vec<GroupIdentifier>>,
    /// The instances.
    #[aws(xml_name = "instancesSet", xml_item_name = "item")]
    pub instances: Option<Vec<Instance>>,
}

/// Describes a security group.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GroupIdentifier {
    /// The ID of the security group.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The name of the security group.
    #[aws(xml_name = "groupName")]
    pub group_name: Option<String>,
}

/// Describes an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Instance {
    /// The architecture of the image.
    #[aws(xml_name = "architecture")]
    pub architecture: Option<ArchitectureValues>,
    /// Any block device mapping entries for the instance.
    #[aws(xml_name = "blockDeviceMapping", xml_item_name = "item")]
    pub block_device_mappings: Option<Vec<InstanceBlockDeviceMapping>>,
    /// The idempotency token you provided when you launched the instance, if applicable.
    #[aws(xml_name = "clientToken")]
    pub client_token: Option<String>,
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    #[aws(xml_name = "ebsOptimized")]
    pub ebs_optimized: Option<bool>,
    /// Specifies whether enhanced networking with ENA is enabled.
    #[aws(xml_name = "enaSupport")]
    pub ena_support: Option<bool>,
    /// The hypervisor type of the instance.
    #[aws(xml_name = "hypervisor")]
    pub hypervisor: Option<HypervisorType>,
    /// The IAM instance profile associated with the instance, if applicable.
    #[aws(xml_name = "iamInstanceProfile")]
    pub iam_instance_profile: Option<IamInstanceProfile>,
    /// Indicates whether this is a Spot Instance or a Scheduled Instance.
    #[aws(xml_name = "instanceLifecycle")]
    pub instance_lifecycle: Option<InstanceLifecycleType>,
    /// Deprecated.
    #[aws(xml_name = "elasticGpuAssociationSet", xml_item_name = "item")]
    pub elastic_gpu_associations: Option<Vec<ElasticGpuAssociation>>,
    /// Deprecated.
    #[aws(xml_name = "elasticInferenceAcceleratorAssociationSet", xml_item_name = "item")]
    pub elastic_inference_accelerator_associations: Option<Vec<ElasticInferenceAcceleratorAssociation>>,
    /// The network interfaces for the instance.
    #[aws(xml_name = "networkInterfaceSet", xml_item_name = "item")]
    pub network_interfaces: Option<Vec<InstanceNetworkInterface>>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    #[aws(xml_name = "outpostArn")]
    pub outpost_arn: Option<String>,
    /// The device name of the root device volume (for example, `/dev/sda1`).
    #[aws(xml_name = "rootDeviceName")]
    pub root_device_name: Option<String>,
    /// The root device type used by the AMI.
    #[aws(xml_name = "rootDeviceType")]
    pub root_device_type: Option<DeviceType>,
    /// The security groups for the instance.
    #[aws(xml_name = "groupSet", xml_item_name = "item")]
    pub security_groups: Option<Vec<GroupIdentifier>>,
    /// Indicates whether source/destination checking is enabled.
    #[aws(xml_name = "sourceDestCheck")]
    pub source_dest_check: Option<bool>,
    /// If the request is a Spot Instance request, the ID of the request.
    #[aws(xml_name = "spotInstanceRequestId")]
    pub spot_instance_request_id: Option<String>,
    /// Specifies whether enhanced networking with the Intel 82599 Virtual Function interface is
    /// enabled.
    #[aws(xml_name = "sriovNetSupport")]
    pub sriov_net_support: Option<String>,
    /// The reason for the most recent state transition.
    #[aws(xml_name = "stateReason")]
    pub state_reason: Option<StateReason>,
    /// Any tags assigned to the instance.
    #[aws(xml_name = "tagSet", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
    /// The virtualization type of the instance.
    #[aws(xml_name = "virtualizationType")]
    pub virtualization_type: Option<VirtualizationType>,
    /// The CPU options for the instance.
    #[aws(xml_name = "cpuOptions")]
    pub cpu_options: Option<CpuOptions>,
    /// The ID of the Capacity Block.
    #[aws(xml_name = "capacityBlockId")]
    pub capacity_block_id: Option<String>,
    /// The ID of the Capacity Reservation.
    #[aws(xml_name = "capacityReservationId")]
    pub capacity_reservation_id: Option<String>,
    /// Information about the Capacity Reservation targeting option.
    #[aws(xml_name = "capacityReservationSpecification")]
    pub capacity_reservation_specification: Option<CapacityReservationSpecificationResponse>,
    /// Indicates whether the instance is enabled for hibernation.
    #[aws(xml_name = "hibernationOptions")]
    pub hibernation_options: Option<HibernationOptions>,
    /// The license configurations for the instance.
    #[aws(xml_name = "licenseSet", xml_item_name = "item")]
    pub licenses: Option<Vec<LicenseConfiguration>>,
    /// The metadata options for the instance.
    #[aws(xml_name = "metadataOptions")]
    pub metadata_options: Option<InstanceMetadataOptionsResponse>,
    /// Indicates whether the instance is enabled for Amazon Web Services Nitro Enclaves.
    #[aws(xml_name = "enclaveOptions")]
    pub enclave_options: Option<EnclaveOptions>,
    /// The boot mode that was specified by the AMI.
    #[aws(xml_name = "bootMode")]
    pub boot_mode: Option<BootModeValues>,
    /// The platform details value for the instance.
    #[aws(xml_name = "platformDetails")]
    pub platform_details: Option<String>,
    /// The usage operation value for the instance.
    #[aws(xml_name = "usageOperation")]
    pub usage_operation: Option<String>,
    /// The time that the usage operation was last updated.
    #[aws(xml_name = "usageOperationUpdateTime")]
    pub usage_operation_update_time: Option<DateTime>,
    /// The options for the instance hostname.
    #[aws(xml_name = "privateDnsNameOptions")]
    pub private_dns_name_options: Option<PrivateDnsNameOptionsResponse>,
    /// The IPv6 address assigned to the instance.
    #[aws(xml_name = "ipv6Address")]
    pub ipv6_address: Option<String>,
    /// If the instance is configured for NitroTPM support, the value is `v2.0`.
    #[aws(xml_name = "tpmSupport")]
    pub tpm_support: Option<String>,
    /// Provides information on the recovery and maintenance options of your instance.
    #[aws(xml_name = "maintenanceOptions")]
    pub maintenance_options: Option<InstanceMaintenanceOptions>,
    /// The boot mode that is used to boot the instance at launch or start.
    #[aws(xml_name = "currentInstanceBootMode")]
    pub current_instance_boot_mode: Option<InstanceBootModeValues>,
    /// Contains settings for the network performance options for your instance.
    #[aws(xml_name = "networkPerformanceOptions")]
    pub network_performance_options: Option<InstanceNetworkPerformanceOptions>,
    /// The service provider that manages the instance.
    #[aws(xml_name = "operator")]
    pub operator: Option<OperatorResponse>,
    /// The secondary interfaces for the instance.
    #[aws(xml_name = "secondaryInterfaceSet", xml_item_name = "item")]
    pub secondary_interfaces: Option<Vec<InstanceSecondaryInterface>>,
    /// The ID of the instance.
    #[aws(xml_name = "instanceId")]
    pub instance_id: Option<String>,
    /// The ID of the AMI used to launch the instance.
    #[aws(xml_name = "imageId")]
    pub image_id: Option<String>,
    /// The current state of the instance.
    #[aws(xml_name = "instanceState")]
    pub state: Option<InstanceState>,
    /// \[IPv4 only\] The private DNS hostname name assigned to the instance.
    #[aws(xml_name = "privateDnsName")]
    pub private_dns_name: Option<String>,
    /// The public DNS name assigned to the instance.
    #[aws(xml_name = "dnsName")]
    pub public_dns_name: Option<String>,
    /// The reason for the most recent state transition.
    #[aws(xml_name = "reason")]
    pub state_transition_reason: Option<String>,
    /// The name of the key pair, if this instance was launched with an associated key pair.
    #[aws(xml_name = "keyName")]
    pub key_name: Option<String>,
    /// The AMI launch index, which can be used to find this instance in the launch group.
    #[aws(xml_name = "amiLaunchIndex")]
    pub ami_launch_index: Option<i32>,
    /// The product codes attached to this instance, if applicable.
    #[aws(xml_name = "productCodes", xml_item_name = "item")]
    pub product_codes: Option<Vec<ProductCode>>,
    /// The instance type.
    #[aws(xml_name = "instanceType")]
    pub instance_type: Option<InstanceType>,
    /// The time that the instance was last launched.
    #[aws(xml_name = "launchTime")]
    pub launch_time: Option<DateTime>,
    /// The location where the instance launched, if applicable.
    #[aws(xml_name = "placement")]
    pub placement: Option<Placement>,
    /// The kernel associated with this instance, if applicable.
    #[aws(xml_name = "kernelId")]
    pub kernel_id: Option<String>,
    /// The RAM disk associated with this instance, if applicable.
    #[aws(xml_name = "ramdiskId")]
    pub ramdisk_id: Option<String>,
    /// The platform.
    #[aws(xml_name = "platform")]
    pub platform: Option<PlatformValues>,
    /// The monitoring for the instance.
    #[aws(xml_name = "monitoring")]
    pub monitoring: Option<Monitoring>,
    /// The ID of the subnet in which the instance is running.
    #[aws(xml_name = "subnetId")]
    pub subnet_id: Option<String>,
    /// The ID of the VPC in which the instance is running.
    #[aws(xml_name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The private IPv4 address assigned to the instance.
    #[aws(xml_name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// The public IPv4 address, or the Carrier IP address assigned to the instance, if applicable.
    #[aws(xml_name = "ipAddress")]
    pub public_ip_address: Option<String>,
}

/// The architecture of the image.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ArchitectureValues {
    /// `i386`
    #[aws(value = "i386")]
    I386,
    /// `x86_64`
    #[aws(value = "x86_64")]
    X8664,
    /// `arm64`
    #[aws(value = "arm64")]
    Arm64,
    /// `x86_64_mac`
    #[aws(value = "x86_64_mac")]
    X8664Mac,
    /// `arm64_mac`
    #[aws(value = "arm64_mac")]
    Arm64Mac,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes whether the resource is managed by a service provider and, if so, describes the
/// service provider that manages it.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct OperatorResponse {
    /// If `true`, the resource is managed by a service provider.
    #[aws(xml_name = "managed")]
    pub managed: Option<bool>,
    /// If `managed` is `true`, then the principal is returned.
    #[aws(xml_name = "principal")]
    pub principal: Option<String>,
    /// If `true`, the resource is hidden by default based on the managed resource visibility
    /// settings for the account.
    #[aws(xml_name = "hiddenByDefault")]
    pub hidden_by_default: Option<bool>,
}

/// The hypervisor type of the image.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HypervisorType {
    /// `ovm`
    #[aws(value = "ovm")]
    Ovm,
    /// `xen`
    #[aws(value = "xen")]
    Xen,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes an IAM instance profile.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct IamInstanceProfile {
    /// The Amazon Resource Name (ARN) of the instance profile.
    #[aws(xml_name = "arn")]
    pub arn: Option<String>,
    /// The ID of the instance profile.
    #[aws(xml_name = "id")]
    pub id: Option<String>,
}

/// Indicates whether this is a Spot Instance or a Scheduled Instance.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceLifecycleType {
    /// `spot`
    #[aws(value = "spot")]
    Spot,
    /// `scheduled`
    #[aws(value = "scheduled")]
    Scheduled,
    /// `capacity-block`
    #[aws(value = "capacity-block")]
    CapacityBlock,
    /// `interruptible-capacity-reservation`
    #[aws(value = "interruptible-capacity-reservation")]
    InterruptibleCapacityReservation,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Amazon Elastic Graphics reached end of life on January 8, 2024.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ElasticGpuAssociation {
    /// The ID of the Elastic Graphics accelerator.
    #[aws(xml_name = "elasticGpuId")]
    pub elastic_gpu_id: Option<String>,
    /// The ID of the association.
    #[aws(xml_name = "elasticGpuAssociationId")]
    pub elastic_gpu_association_id: Option<String>,
    /// The state of the association between the instance and the Elastic Graphics accelerator.
    #[aws(xml_name = "elasticGpuAssociationState")]
    pub elastic_gpu_association_state: Option<String>,
    /// The time the Elastic Graphics accelerator was associated with the instance.
    #[aws(xml_name = "elasticGpuAssociationTime")]
    pub elastic_gpu_association_time: Option<String>,
}

/// Amazon Elastic Inference is no longer available.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ElasticInferenceAcceleratorAssociation {
    /// The Amazon Resource Name (ARN) of the elastic inference accelerator.
    #[aws(xml_name = "elasticInferenceAcceleratorArn")]
    pub elastic_inference_accelerator_arn: Option<String>,
    /// The ID of the association.
    #[aws(xml_name = "elasticInferenceAcceleratorAssociationId")]
    pub elastic_inference_accelerator_association_id: Option<String>,
    /// The state of the elastic inference accelerator.
    #[aws(xml_name = "elasticInferenceAcceleratorAssociationState")]
    pub elastic_inference_accelerator_association_state: Option<String>,
    /// The time at which the elastic inference accelerator is associated with an instance.
    #[aws(xml_name = "elasticInferenceAcceleratorAssociationTime")]
    pub elastic_inference_accelerator_association_time: Option<DateTime>,
}

/// The type of root device used by the AMI.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceType {
    /// `ebs`
    #[aws(value = "ebs")]
    Ebs,
    /// `instance-store`
    #[aws(value = "instance-store")]
    InstanceStore,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes a state change.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct StateReason {
    /// The reason code for the state change.
    #[aws(xml_name = "code")]
    pub code: Option<String>,
    /// The message for the state change.
    #[aws(xml_name = "message")]
    pub message: Option<String>,
}

/// The virtualization type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualizationType {
    /// `hvm`
    #[aws(value = "hvm")]
    Hvm,
    /// `paravirtual`
    #[aws(value = "paravirtual")]
    Paravirtual,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The CPU options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CpuOptions {
    /// The number of CPU cores for the instance.
    #[aws(xml_name = "coreCount")]
    pub core_count: Option<i32>,
    /// The number of threads per CPU core.
    #[aws(xml_name = "threadsPerCore")]
    pub threads_per_core: Option<i32>,
    /// Indicates whether the instance is enabled for AMD SEV-SNP.
    #[aws(xml_name = "amdSevSnp")]
    pub amd_sev_snp: Option<AmdSevSnpSpecification>,
    /// Indicates whether the instance is enabled for nested virtualization.
    #[aws(xml_name = "nestedVirtualization")]
    pub nested_virtualization: Option<NestedVirtualizationSpecification>,
}

/// Indicates whether the instance is enabled for AMD SEV-SNP.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AmdSevSnpSpecification {
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Indicates whether the instance is enabled for nested virtualization.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NestedVirtualizationSpecification {
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the instance's Capacity Reservation targeting preferences.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CapacityReservationSpecificationResponse {
    /// Describes the instance's Capacity Reservation preferences.
    #[aws(xml_name = "capacityReservationPreference")]
    pub capacity_reservation_preference: Option<CapacityReservationPreference>,
    /// Information about the targeted Capacity Reservation or Capacity Reservation group.
    #[aws(xml_name = "capacityReservationTarget")]
    pub capacity_reservation_target: Option<CapacityReservationTargetResponse>,
}

/// Indicates the instance's Capacity Reservation preferences.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CapacityReservationPreference {
    /// `capacity-reservations-only`
    #[aws(value = "capacity-reservations-only")]
    CapacityReservationsOnly,
    /// `open`
    #[aws(value = "open")]
    Open,
    /// `none`
    #[aws(value = "none")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes a target Capacity Reservation or Capacity Reservation group.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CapacityReservationTargetResponse {
    /// The ID of the targeted Capacity Reservation.
    #[aws(xml_name = "capacityReservationId")]
    pub capacity_reservation_id: Option<String>,
    /// The ARN of the targeted Capacity Reservation group.
    #[aws(xml_name = "capacityReservationResourceGroupArn")]
    pub capacity_reservation_resource_group_arn: Option<String>,
}

/// Indicates whether your instance is configured for hibernation.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct HibernationOptions {
    /// If `true`, your instance is enabled for hibernation; otherwise, it is not enabled for
    /// hibernation.
    #[aws(xml_name = "configured")]
    pub configured: Option<bool>,
}

/// Describes a license configuration.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LicenseConfiguration {
    /// The Amazon Resource Name (ARN) of the license configuration.
    #[aws(xml_name = "licenseConfigurationArn")]
    pub license_configuration_arn: Option<String>,
}

/// The metadata options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceMetadataOptionsResponse {
    /// The state of the metadata option changes.
    #[aws(xml_name = "state")]
    pub state: Option<InstanceMetadataOptionsState>,
    /// Indicates whether IMDSv2 is required.
    #[aws(xml_name = "httpTokens")]
    pub http_tokens: Option<HttpTokensState>,
    /// The maximum number of hops that the metadata token can travel.
    #[aws(xml_name = "httpPutResponseHopLimit")]
    pub http_put_response_hop_limit: Option<i32>,
    /// Indicates whether the HTTP metadata endpoint on your instances is enabled or disabled.
    #[aws(xml_name = "httpEndpoint")]
    pub http_endpoint: Option<InstanceMetadataEndpointState>,
    /// Indicates whether the IPv6 endpoint for the instance metadata service is enabled or
    /// disabled.
    #[aws(xml_name = "httpProtocolIpv6")]
    pub http_protocol_ipv6: Option<InstanceMetadataProtocolState>,
    /// Indicates whether access to instance tags from the instance metadata is enabled or disabled.
    #[aws(xml_name = "instanceMetadataTags")]
    pub instance_metadata_tags: Option<InstanceMetadataTagsState>,
}

/// The state of the metadata option changes.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceMetadataOptionsState {
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// `applied`
    #[aws(value = "applied")]
    Applied,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Indicates whether IMDSv2 is required.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HttpTokensState {
    /// `optional`
    #[aws(value = "optional")]
    Optional,
    /// `required`
    #[aws(value = "required")]
    Required,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Indicates whether the IMDS endpoint for an instance is enabled or disabled.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceMetadataEndpointState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Enables or disables the IPv6 endpoint for the instance metadata service.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceMetadataProtocolState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Indicates whether access to instance tags from the instance metadata is enabled or disabled.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceMetadataTagsState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Indicates whether the instance is enabled for Amazon Web Services Nitro Enclaves.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnclaveOptions {
    /// If this parameter is set to `true`, the instance is enabled for Amazon Web Services Nitro
    /// Enclaves; otherwise, it is not enabled for Amazon Web Services Nitro Enclaves.
    #[aws(xml_name = "enabled")]
    pub enabled: Option<bool>,
}

/// The boot mode of the image.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BootModeValues {
    /// `legacy-bios`
    #[aws(value = "legacy-bios")]
    LegacyBios,
    /// `uefi`
    #[aws(value = "uefi")]
    Uefi,
    /// `uefi-preferred`
    #[aws(value = "uefi-preferred")]
    UefiPreferred,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the options for instance hostnames.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PrivateDnsNameOptionsResponse {
    /// The type of hostname to assign to an instance.
    #[aws(xml_name = "hostnameType")]
    pub hostname_type: Option<HostnameType>,
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
    #[aws(xml_name = "enableResourceNameDnsARecord")]
    pub enable_resource_name_dns_a_record: Option<bool>,
    /// Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records.
    #[aws(name = "EnableResourceNameDnsAAAARecord", xml_name = "enableResourceNameDnsAAAARecord")]
    pub enable_resource_name_dns_aaaa_record: Option<bool>,
}

/// The type of hostname to assign to an instance.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HostnameType {
    /// `ip-name`
    #[aws(value = "ip-name")]
    IpName,
    /// `resource-name`
    #[aws(value = "resource-name")]
    ResourceName,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The maintenance options for the instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceMaintenanceOptions {
    /// Provides information on the current automatic recovery behavior of your instance.
    #[aws(xml_name = "autoRecovery")]
    pub auto_recovery: Option<InstanceAutoRecoveryState>,
    /// Specifies whether to attempt reboot migration during a user-initiated reboot of an instance
    /// that has a scheduled `system-reboot` event.
    #[aws(xml_name = "rebootMigration")]
    pub reboot_migration: Option<InstanceRebootMigrationState>,
}

/// Provides information on the current automatic recovery behavior of your instance.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceAutoRecoveryState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `default`
    #[aws(value = "default")]
    Default,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Specifies whether to attempt reboot migration during a user-initiated reboot of an instance that
/// has a scheduled `system-reboot` event.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceRebootMigrationState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `default`
    #[aws(value = "default")]
    Default,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The boot mode that is used to boot the instance at launch or start.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceBootModeValues {
    /// `legacy-bios`
    #[aws(value = "legacy-bios")]
    LegacyBios,
    /// `uefi`
    #[aws(value = "uefi")]
    Uefi,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the current state of an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceState {
    /// The state of the instance as a 16-bit unsigned integer.
    #[aws(xml_name = "code")]
    pub code: Option<i32>,
    /// The current state of the instance.
    #[aws(xml_name = "name")]
    pub name: Option<InstanceStateName>,
}

/// The current state of the instance.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceStateName {
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// `running`
    #[aws(value = "running")]
    Running,
    /// `shutting-down`
    #[aws(value = "shutting-down")]
    ShuttingDown,
    /// `terminated`
    #[aws(value = "terminated")]
    Terminated,
    /// `stopping`
    #[aws(value = "stopping")]
    Stopping,
    /// `stopped`
    #[aws(value = "stopped")]
    Stopped,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes a product code.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ProductCode {
    /// The product code.
    #[aws(xml_name = "productCode")]
    pub product_code_id: Option<String>,
    /// The type of product code.
    #[aws(xml_name = "type")]
    pub product_code_type: Option<ProductCodeValues>,
}

/// The type of product code.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProductCodeValues {
    /// `devpay`
    #[aws(value = "devpay")]
    Devpay,
    /// `marketplace`
    #[aws(value = "marketplace")]
    Marketplace,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the placement of an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Placement {
    /// The ID of the Availability Zone of the instance.
    #[aws(xml_name = "availabilityZoneId")]
    pub availability_zone_id: Option<String>,
    /// The affinity setting for the instance on the Dedicated Host.
    #[aws(xml_name = "affinity")]
    pub affinity: Option<String>,
    /// The name of the placement group that the instance is in.
    #[aws(xml_name = "groupName")]
    pub group_name: Option<String>,
    /// The number of the partition that the instance is in.
    #[aws(xml_name = "partitionNumber")]
    pub partition_number: Option<i32>,
    /// The ID of the Dedicated Host on which the instance resides.
    #[aws(xml_name = "hostId")]
    pub host_id: Option<String>,
    /// The tenancy of the instance.
    #[aws(xml_name = "tenancy")]
    pub tenancy: Option<Tenancy>,
    /// Reserved for future use.
    #[aws(xml_name = "spreadDomain")]
    pub spread_domain: Option<String>,
    /// The ARN of the host resource group in which to launch the instances.
    #[aws(xml_name = "hostResourceGroupArn")]
    pub host_resource_group_arn: Option<String>,
    /// The ID of the placement group that the instance is in.
    #[aws(xml_name = "groupId")]
    pub group_id: Option<String>,
    /// The Availability Zone of the instance.
    #[aws(xml_name = "availabilityZone")]
    pub availability_zone: Option<String>,
}

/// The tenancy options for instances launched into the VPC.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Tenancy {
    /// `default`
    #[aws(value = "default")]
    Default,
    /// `dedicated`
    #[aws(value = "dedicated")]
    Dedicated,
    /// `host`
    #[aws(value = "host")]
    Host,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The value is `windows` for Windows instances in an EC2 Fleet.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlatformValues {
    /// `Windows`
    #[aws(value = "Windows")]
    Windows,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes the monitoring of an instance.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Monitoring {
    /// The IDs of the metric categories that are associated with the instance.
    #[aws(xml_name = "metricCategoryIdSet", xml_item_name = "item")]
    pub metric_category_ids: Option<Vec<String>>,
    /// Indicates whether detailed monitoring is enabled.
    #[aws(xml_name = "state")]
    pub state: Option<MonitoringState>,
}

/// Indicates whether detailed monitoring is enabled.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MonitoringState {
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `disabling`
    #[aws(value = "disabling")]
    Disabling,
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes an instance state change.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceStateChange {
    /// The ID of the instance.
    #[aws(xml_name = "instanceId")]
    pub instance_id: Option<String>,
    /// The current state of the instance.
    #[aws(xml_name = "currentState")]
    pub current_state: Option<InstanceState>,
    /// The previous state of the instance.
    #[aws(xml_name = "previousState")]
    pub previous_state: Option<InstanceState>,
}
