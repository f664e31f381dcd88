//! Tags: key-value pairs on EC2 resources, the specifications that tag resources as they are
//! created, and `CreateTags`.

use aws_operation::{aws_operation, aws_shape};

use crate::Ec2;

/// Adds or overwrites only the specified tags for the specified Amazon EC2 resource or resources.
#[aws_operation(
    service = Ec2,
    operation = "CreateTags",
    fluent,
    output = CreateTagsOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateTags {
    /// Checks whether you have the required permissions for the action, without actually making the
    /// request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
    /// The IDs of the resources, separated by spaces.
    #[aws(xml_name = "ResourceId")]
    pub resources: Vec<String>,
    /// The tags.
    #[aws(xml_name = "Tag", xml_item_name = "item")]
    pub tags: Vec<Tag>,
}

/// The output of `CreateTags`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateTagsOutput {}

/// Describes a tag.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    #[aws(xml_name = "key")]
    pub key: Option<String>,
    /// The value of the tag.
    #[aws(xml_name = "value")]
    pub value: Option<String>,
}

/// The tags to apply to a resource when the resource is being created.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TagSpecification {
    /// The type of resource to tag on creation.
    #[aws(xml_name = "resourceType")]
    pub resource_type: Option<ResourceType>,
    /// The tags to apply to the resource.
    #[aws(xml_name = "Tag", xml_item_name = "item")]
    pub tags: Option<Vec<Tag>>,
}

/// The type of resource to tag.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResourceType {
    /// `capacity-reservation`
    #[aws(value = "capacity-reservation")]
    CapacityReservation,
    /// `client-vpn-endpoint`
    #[aws(value = "client-vpn-endpoint")]
    ClientVpnEndpoint,
    /// `customer-gateway`
    #[aws(value = "customer-gateway")]
    CustomerGateway,
    /// `carrier-gateway`
    #[aws(value = "carrier-gateway")]
    CarrierGateway,
    /// `coip-pool`
    #[aws(value = "coip-pool")]
    CoipPool,
    /// `declarative-policies-report`
    #[aws(value = "declarative-policies-report")]
    DeclarativePoliciesReport,
    /// `dedicated-host`
    #[aws(value = "dedicated-host")]
    DedicatedHost,
    /// `dhcp-options`
    #[aws(value = "dhcp-options")]
    DhcpOptions,
    /// `egress-only-internet-gateway`
    #[aws(value = "egress-only-internet-gateway")]
    EgressOnlyInternetGateway,
    /// `elastic-ip`
    #[aws(value = "elastic-ip")]
    ElasticIp,
    /// `elastic-gpu`
    #[aws(value = "elastic-gpu")]
    ElasticGpu,
    /// `export-image-task`
    #[aws(value = "export-image-task")]
    ExportImageTask,
    /// `export-instance-task`
    #[aws(value = "export-instance-task")]
    ExportInstanceTask,
    /// `fca-policy`
    #[aws(value = "fca-policy")]
    FcaPolicy,
    /// `fleet`
    #[aws(value = "fleet")]
    Fleet,
    /// `fpga-image`
    #[aws(value = "fpga-image")]
    FpgaImage,
    /// `host-reservation`
    #[aws(value = "host-reservation")]
    HostReservation,
    /// `image`
    #[aws(value = "image")]
    Image,
    /// `image-usage-report`
    #[aws(value = "image-usage-report")]
    ImageUsageReport,
    /// `import-image-task`
    #[aws(value = "import-image-task")]
    ImportImageTask,
    /// `import-snapshot-task`
    #[aws(value = "import-snapshot-task")]
    ImportSnapshotTask,
    /// `instance`
    #[aws(value = "instance")]
    Instance,
    /// `instance-event-window`
    #[aws(value = "instance-event-window")]
    InstanceEventWindow,
    /// `internet-gateway`
    #[aws(value = "internet-gateway")]
    InternetGateway,
    /// `ipam`
    #[aws(value = "ipam")]
    Ipam,
    /// `ipam-pool`
    #[aws(value = "ipam-pool")]
    IpamPool,
    /// `ipam-scope`
    #[aws(value = "ipam-scope")]
    IpamScope,
    /// `ipv4pool-ec2`
    #[aws(value = "ipv4pool-ec2")]
    Ipv4poolEc2,
    /// `ipv6pool-ec2`
    #[aws(value = "ipv6pool-ec2")]
    Ipv6poolEc2,
    /// `key-pair`
    #[aws(value = "key-pair")]
    KeyPair,
    /// `launch-template`
    #[aws(value = "launch-template")]
    LaunchTemplate,
    /// `local-gateway`
    #[aws(value = "local-gateway")]
    LocalGateway,
    /// `local-gateway-route-table`
    #[aws(value = "local-gateway-route-table")]
    LocalGatewayRouteTable,
    /// `local-gateway-virtual-interface`
    #[aws(value = "local-gateway-virtual-interface")]
    LocalGatewayVirtualInterface,
    /// `local-gateway-virtual-interface-group`
    #[aws(value = "local-gateway-virtual-interface-group")]
    LocalGatewayVirtualInterfaceGroup,
    /// `local-gateway-route-table-vpc-association`
    #[aws(value = "local-gateway-route-table-vpc-association")]
    LocalGatewayRouteTableVpcAssociation,
    /// `local-gateway-route-table-virtual-interface-group-association`
    #[aws(value = "local-gateway-route-table-virtual-interface-group-association")]
    LocalGatewayRouteTableVirtualInterfaceGroupAssociation,
    /// `natgateway`
    #[aws(value = "natgateway")]
    Natgateway,
    /// `network-acl`
    #[aws(value = "network-acl")]
    NetworkAcl,
    /// `network-interface`
    #[aws(value = "network-interface")]
    NetworkInterface,
    /// `network-insights-analysis`
    #[aws(value = "network-insights-analysis")]
    NetworkInsightsAnalysis,
    /// `network-insights-path`
    #[aws(value = "network-insights-path")]
    NetworkInsightsPath,
    /// `network-insights-access-scope`
    #[aws(value = "network-insights-access-scope")]
    NetworkInsightsAccessScope,
    /// `network-insights-access-scope-analysis`
    #[aws(value = "network-insights-access-scope-analysis")]
    NetworkInsightsAccessScopeAnalysis,
    /// `outpost-lag`
    #[aws(value = "outpost-lag")]
    OutpostLag,
    /// `placement-group`
    #[aws(value = "placement-group")]
    PlacementGroup,
    /// `prefix-list`
    #[aws(value = "prefix-list")]
    PrefixList,
    /// `replace-root-volume-task`
    #[aws(value = "replace-root-volume-task")]
    ReplaceRootVolumeTask,
    /// `reserved-instances`
    #[aws(value = "reserved-instances")]
    ReservedInstances,
    /// `route-table`
    #[aws(value = "route-table")]
    RouteTable,
    /// `security-group`
    #[aws(value = "security-group")]
    SecurityGroup,
    /// `security-group-rule`
    #[aws(value = "security-group-rule")]
    SecurityGroupRule,
    /// `service-link-virtual-interface`
    #[aws(value = "service-link-virtual-interface")]
    ServiceLinkVirtualInterface,
    /// `snapshot`
    #[aws(value = "snapshot")]
    Snapshot,
    /// `spot-fleet-request`
    #[aws(value = "spot-fleet-request")]
    SpotFleetRequest,
    /// `spot-instances-request`
    #[aws(value = "spot-instances-request")]
    SpotInstancesRequest,
    /// `subnet`
    #[aws(value = "subnet")]
    Subnet,
    /// `subnet-cidr-reservation`
    #[aws(value = "subnet-cidr-reservation")]
    SubnetCidrReservation,
    /// `traffic-mirror-filter`
    #[aws(value = "traffic-mirror-filter")]
    TrafficMirrorFilter,
    /// `traffic-mirror-session`
    #[aws(value = "traffic-mirror-session")]
    TrafficMirrorSession,
    /// `traffic-mirror-target`
    #[aws(value = "traffic-mirror-target")]
    TrafficMirrorTarget,
    /// `transit-gateway`
    #[aws(value = "transit-gateway")]
    TransitGateway,
    /// `transit-gateway-attachment`
    #[aws(value = "transit-gateway-attachment")]
    TransitGatewayAttachment,
    /// `transit-gateway-connect-peer`
    #[aws(value = "transit-gateway-connect-peer")]
    TransitGatewayConnectPeer,
    /// `transit-gateway-multicast-domain`
    #[aws(value = "transit-gateway-multicast-domain")]
    TransitGatewayMulticastDomain,
    /// `transit-gateway-policy-table`
    #[aws(value = "transit-gateway-policy-table")]
    TransitGatewayPolicyTable,
    /// `transit-gateway-metering-policy`
    #[aws(value = "transit-gateway-metering-policy")]
    TransitGatewayMeteringPolicy,
    /// `transit-gateway-route-table`
    #[aws(value = "transit-gateway-route-table")]
    TransitGatewayRouteTable,
    /// `transit-gateway-route-table-announcement`
    #[aws(value = "transit-gateway-route-table-announcement")]
    TransitGatewayRouteTableAnnouncement,
    /// `volume`
    #[aws(value = "volume")]
    Volume,
    /// `vpc`
    #[aws(value = "vpc")]
    Vpc,
    /// `vpc-endpoint`
    #[aws(value = "vpc-endpoint")]
    VpcEndpoint,
    /// `vpc-endpoint-connection`
    #[aws(value = "vpc-endpoint-connection")]
    VpcEndpointConnection,
    /// `vpc-endpoint-service`
    #[aws(value = "vpc-endpoint-service")]
    VpcEndpointService,
    /// `vpc-endpoint-service-permission`
    #[aws(value = "vpc-endpoint-service-permission")]
    VpcEndpointServicePermission,
    /// `vpc-peering-connection`
    #[aws(value = "vpc-peering-connection")]
    VpcPeeringConnection,
    /// `vpn-connection`
    #[aws(value = "vpn-connection")]
    VpnConnection,
    /// `vpn-gateway`
    #[aws(value = "vpn-gateway")]
    VpnGateway,
    /// `vpc-flow-log`
    #[aws(value = "vpc-flow-log")]
    VpcFlowLog,
    /// `capacity-reservation-fleet`
    #[aws(value = "capacity-reservation-fleet")]
    CapacityReservationFleet,
    /// `traffic-mirror-filter-rule`
    #[aws(value = "traffic-mirror-filter-rule")]
    TrafficMirrorFilterRule,
    /// `vpc-endpoint-connection-device-type`
    #[aws(value = "vpc-endpoint-connection-device-type")]
    VpcEndpointConnectionDeviceType,
    /// `verified-access-instance`
    #[aws(value = "verified-access-instance")]
    VerifiedAccessInstance,
    /// `verified-access-group`
    #[aws(value = "verified-access-group")]
    VerifiedAccessGroup,
    /// `verified-access-endpoint`
    #[aws(value = "verified-access-endpoint")]
    VerifiedAccessEndpoint,
    /// `verified-access-policy`
    #[aws(value = "verified-access-policy")]
    VerifiedAccessPolicy,
    /// `verified-access-trust-provider`
    #[aws(value = "verified-access-trust-provider")]
    VerifiedAccessTrustProvider,
    /// `vpn-connection-device-type`
    #[aws(value = "vpn-connection-device-type")]
    VpnConnectionDeviceType,
    /// `vpc-block-public-access-exclusion`
    #[aws(value = "vpc-block-public-access-exclusion")]
    VpcBlockPublicAccessExclusion,
    /// `vpc-encryption-control`
    #[aws(value = "vpc-encryption-control")]
    VpcEncryptionControl,
    /// `route-server`
    #[aws(value = "route-server")]
    RouteServer,
    /// `route-server-endpoint`
    #[aws(value = "route-server-endpoint")]
    RouteServerEndpoint,
    /// `route-server-peer`
    #[aws(value = "route-server-peer")]
    RouteServerPeer,
    /// `ipam-resource-discovery`
    #[aws(value = "ipam-resource-discovery")]
    IpamResourceDiscovery,
    /// `ipam-resource-discovery-association`
    #[aws(value = "ipam-resource-discovery-association")]
    IpamResourceDiscoveryAssociation,
    /// `instance-connect-endpoint`
    #[aws(value = "instance-connect-endpoint")]
    InstanceConnectEndpoint,
    /// `verified-access-endpoint-target`
    #[aws(value = "verified-access-endpoint-target")]
    VerifiedAccessEndpointTarget,
    /// `ipam-external-resource-verification-token`
    #[aws(value = "ipam-external-resource-verification-token")]
    IpamExternalResourceVerificationToken,
    /// `capacity-block`
    #[aws(value = "capacity-block")]
    CapacityBlock,
    /// `mac-modification-task`
    #[aws(value = "mac-modification-task")]
    MacModificationTask,
    /// `ipam-prefix-list-resolver`
    #[aws(value = "ipam-prefix-list-resolver")]
    IpamPrefixListResolver,
    /// `ipam-policy`
    #[aws(value = "ipam-policy")]
    IpamPolicy,
    /// `ipam-prefix-list-resolver-target`
    #[aws(value = "ipam-prefix-list-resolver-target")]
    IpamPrefixListResolverTarget,
    /// `ipam-internet-registry-association`
    #[aws(value = "ipam-internet-registry-association")]
    IpamInternetRegistryAssociation,
    /// `secondary-interface`
    #[aws(value = "secondary-interface")]
    SecondaryInterface,
    /// `secondary-network`
    #[aws(value = "secondary-network")]
    SecondaryNetwork,
    /// `secondary-subnet`
    #[aws(value = "secondary-subnet")]
    SecondarySubnet,
    /// `capacity-manager-data-export`
    #[aws(value = "capacity-manager-data-export")]
    CapacityManagerDataExport,
    /// `vpn-concentrator`
    #[aws(value = "vpn-concentrator")]
    VpnConcentrator,
    /// `ipam-pool-allocation`
    #[aws(value = "ipam-pool-allocation")]
    IpamPoolAllocation,
    /// `capacity-reservation-cancellation-quote`
    #[aws(value = "capacity-reservation-cancellation-quote")]
    CapacityReservationCancellationQuote,
    /// `application-status-check`
    #[aws(value = "application-status-check")]
    ApplicationStatusCheck,
    /// `capacity-reservation-modification-quote`
    #[aws(value = "capacity-reservation-modification-quote")]
    CapacityReservationModificationQuote,
    /// `metric-category`
    #[aws(value = "metric-category")]
    MetricCategory,
    /// A value this client does not know yet.
    Unknown(String),
}
