//! A stateful, in-memory stand-in for Amazon EC2, for offline tests: the eight operations of the
//! EC2 slice (`aws-operation-ec2`), served by a [`LocalEndpoint`] over ec2Query (each form routed
//! by its `Action`) to the real client, the command or any SDK.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, Credentials};
//! use aws_operation_ec2::Ec2;
//! use aws_operation_local_endpoint::ec2::Simulator;
//!
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None);
//! let endpoint = Simulator::new().endpoint(credentials.clone()).start().await?;
//! let config = Config::builder().region("us-east-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
//! let ec2 = Ec2::new(&config)?;
//! let launched = ec2.run_instances().image_id("ami-0123456789abcdef0").min_count(1).max_count(2).send().await?;
//! assert_eq!(launched.instances.as_ref().map(Vec::len), Some(2));
//! # Ok(()) }
//! ```
//!
//! What it keeps, per [`Simulator`] (clones share it): instances (with the reservation each was
//! launched in), one default VPC with its default subnet and `default` security group, the
//! security groups made and their ingress rules, and every resource's tags, in one account and
//! one region, until it is dropped.
//!
//! - **Errors** are EC2's, none of which the model lists: unmodeled service errors with EC2's
//!   code and message (`InvalidInstanceID.NotFound`, `The instance ID 'i-…' does not exist`;
//!   `The instance IDs 'i-1, i-2' do not exist` for several), status 400. `DryRun` on any
//!   operation answers `DryRunOperation` (412), as every call would be allowed.
//! - **DescribeRegions**: a fixed list of 27 real regions, endpoints `ec2.<region>.amazonaws.com`;
//!   those that need opting in are `not-opted-in` and listed only with `AllRegions` or by
//!   name. `RegionNames` narrows the list; a name not in it is `InvalidParameterValue`
//!   (`Invalid region: <name>`). Filters: `region-name`, `endpoint`, `opt-in-status`.
//! - **RunInstances** launches `MaxCount` instances (`MinCount` at least 1, `MaxCount` no less;
//!   more than 1000 is `InstanceLimitExceeded`) in one reservation `r-` + 17 hex digits, each
//!   `i-` + 17 hex digits. `ImageId` is required (`MissingParameter`) and must look like
//!   `ami-` + 8 or 17 hex digits (`InvalidAMIID.Malformed`); any such image exists (x86_64,
//!   EBS-backed, HVM). `InstanceType` defaults to `m1.small`; one EC2 does not list is
//!   `InvalidParameterValue`. Instances go in the default subnet (another `SubnetId` is
//!   `InvalidSubnetID.NotFound`), zone `<region>a` unless `Placement` names another of the
//!   region, with private addresses from `172.31.0.10` up and no public one, in the security
//!   groups named by id or name (`InvalidGroup.NotFound`), else `default`.
//!   `TagSpecifications` for `instance` tag the instances (those for `volume` and
//!   `network-interface` are accepted and dropped; others refused); tag keys may not start
//!   with `aws:`, at most 50 per resource (`TagLimitExceeded`). **States**: the answer shows
//!   each instance `pending` (0), as EC2 does; it is `running` (16) from the next call on.
//! - **DescribeInstances** describes instances in launch order, consecutive ones of a
//!   reservation grouped together, with their current tags; terminated instances stay
//!   listed. `InstanceIds` (each must exist: `InvalidInstanceID.NotFound`, or `.Malformed`)
//!   and filters `instance-id`, `instance-state-name`, `instance-state-code`, `instance-type`,
//!   `image-id`, `reservation-id`, `vpc-id`, `subnet-id`, `availability-zone`, `tag:<key>`,
//!   `tag-key`, `tag-value`, with `*` and `?` wildcards; an unknown filter is
//!   `InvalidParameterValue`. `MaxResults` (5 to 1000, not with `InstanceIds`) counts
//!   instances, so a reservation may be split over pages; an opaque `NextToken` comes only when
//!   more follow and continues after the last instance listed.
//! - **TerminateInstances** answers each instance's previous state and `shutting-down` (32),
//!   in the order asked; it is `terminated` (48) from the next call on, and terminating it
//!   again answers `terminated` both times. Every id must exist, or nothing is terminated.
//! - **CreateTags** tags instances, security groups, the VPC and its subnet (each must exist,
//!   by the kind its prefix names; another prefix is `InvalidID`), replacing a key's value.
//! - **DescribeVpcs**: the default VPC (`vpc-…`, `172.31.0.0/16`, `available`, default
//!   tenancy) and its tags; `VpcIds` of another is `InvalidVpcID.NotFound`; filters `vpc-id`,
//!   `is-default`, `cidr`, `cidr-block-association.cidr-block`, `state`, `owner-id`,
//!   `dhcp-options-id`, `tag:<key>`, `tag-key`.
//! - **CreateSecurityGroup** in the default VPC (another is `InvalidVpcID.NotFound`): names of
//!   1 to 255 characters, not `sg-*`; `default` or a name the VPC has is
//!   `InvalidGroup.Duplicate` (`The security group '<name>' already exists for VPC '<vpc>'`);
//!   `sg-` + 17 hex digits, its ARN and its `security-group` tags.
//! - **AuthorizeSecurityGroupIngress** on a group by id or by name
//!   (`InvalidGroup.NotFound`), from `IpPermissions` or the older top-level members: one rule
//!   (`sgr-…`) per CIDR block (checked), IPv6 block, source group (which must exist) or prefix
//!   list; protocols by name or number (`-1` for all; TCP and UDP need a port range within
//!   0-65535). A rule the group has, or one given twice, is `InvalidPermission.Duplicate`
//!   (`the specified rule "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW" already
//!   exists`), and nothing is added.
//!
//! What it does not model, being a test double:
//!
//! - **Machines**: nothing runs; no volumes, network interfaces, key pairs, images, launch
//!   templates, spot markets or capacity reservations are kept (the members naming them are
//!   taken as given, or dropped); no public addresses, no stopping or starting, no
//!   instance-initiated shutdown. Terminated instances never disappear.
//! - **Networks**: only the default VPC and subnet; no egress rules, no rule enforcement, no
//!   network ACLs. The `default` group has no rules.
//! - **Access and limits**: every signed request is the configured account, allowed
//!   everything; no vCPU quotas, throttling or server faults. `ClientToken` is recorded, not
//!   used for idempotency.
//! - **Persistence and scale**: state lives in memory, behind one lock.

mod instances;
mod network;
mod store;

use std::collections::BTreeMap;
use std::fmt;

use aws_operation::Credentials;
use aws_operation_ec2::{Ec2, Instance};

use crate::LocalEndpoint;
pub use crate::stand_in::SettingError;
use crate::stand_in::{Clock, Shared, system_clock};
use store::{SecurityGroup, Store, new_id};

/// The account the stand-in acts as unless told otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";

/// The region the stand-in is unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";

/// The state of a stand-in EC2, and the handlers that serve it. Clones share the state: keep
/// one to look into it while an endpoint serves it.
#[derive(Clone)]
pub struct Simulator {
    store: Shared<Store>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let store = self.store.lock();
        f.debug_struct("Simulator")
            .field("account_id", &store.account_id)
            .field("region", &store.region)
            .field("instances", &store.instances.len())
            .finish()
    }
}

impl Default for Simulator {
    fn default() -> Self {
        Self::new()
    }
}

impl Store {
    fn new(account_id: String, region: String, clock: Clock) -> Self {
        let vpc_id = new_id("vpc");
        let mut security_groups = BTreeMap::new();
        security_groups.insert(
            new_id("sg"),
            SecurityGroup { name: "default".to_owned(), vpc_id: vpc_id.clone(), rules: Vec::new() },
        );
        Self {
            account_id,
            region,
            clock,
            instances: BTreeMap::new(),
            next_instance: 0,
            vpc_id,
            subnet_id: new_id("subnet"),
            dhcp_options_id: new_id("dopt"),
            cidr_association_id: new_id("vpc-cidr-assoc"),
            security_groups,
            tags: BTreeMap::new(),
        }
    }
}

impl Simulator {
    /// An empty stand-in for account [`DEFAULT_ACCOUNT_ID`] in [`DEFAULT_REGION`], on the system
    /// clock.
    pub fn new() -> Self {
        Self {
            store: Shared::new(Store::new(DEFAULT_ACCOUNT_ID.to_owned(), DEFAULT_REGION.to_owned(), system_clock())),
        }
    }

    /// A builder to choose the account, the region and the clock.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The id of the default VPC, the only one.
    pub fn default_vpc_id(&self) -> String {
        self.store.lock().vpc_id.clone()
    }

    /// The id of the default VPC's subnet, where instances are launched.
    pub fn default_subnet_id(&self) -> String {
        self.store.lock().subnet_id.clone()
    }

    /// Instance `id` as `DescribeInstances` would describe it, if it was launched here.
    pub fn instance(&self, id: &str) -> Option<Instance> {
        let store = self.store.lock();
        let number = store.instance_number(id)?;
        let mut instance = store.instances.get(&number)?.instance.clone();
        instance.tags = store.tags_of(id);
        Some(instance)
    }

    /// An endpoint that accepts requests signed with `credentials` and serves all 8 operations
    /// from this stand-in. Register a handler of your own afterwards to replace one.
    pub fn endpoint(&self, credentials: Credentials) -> LocalEndpoint<Ec2> {
        self.register(LocalEndpoint::new(credentials))
    }

    /// Registers the stand-in's 8 handlers on `endpoint`, replacing any it had for them.
    pub fn register(&self, endpoint: LocalEndpoint<Ec2>) -> LocalEndpoint<Ec2> {
        endpoint
            .handle_replying(self.store.serve(Store::describe_regions))
            .handle_replying(self.store.serve(Store::describe_instances))
            .handle_replying(self.store.serve(Store::run_instances))
            .handle_replying(self.store.serve(Store::create_tags))
            .handle_replying(self.store.serve(Store::describe_vpcs))
            .handle_replying(self.store.serve(Store::create_security_group))
            .handle_replying(self.store.serve(Store::authorize_security_group_ingress))
            .handle_replying(self.store.serve(Store::terminate_instances))
    }
}

/// Builds a [`Simulator`]: its account, region and clock.
pub type SimulatorBuilder = crate::stand_in::Builder<Simulator>;

impl crate::stand_in::Regional for Simulator {
    const DEFAULT_ACCOUNT_ID: &'static str = DEFAULT_ACCOUNT_ID;
    const DEFAULT_REGION: &'static str = DEFAULT_REGION;

    fn refuses_region(region: &str) -> Option<&'static str> {
        (!network::REGIONS.iter().any(|(r, _)| *r == region))
            .then_some("must be a region EC2 is offered in, such as `us-east-1`")
    }

    fn from_settings(account_id: String, region: String, clock: Clock) -> Self {
        Simulator { store: Shared::new(Store::new(account_id, region, clock)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_slice_has_a_handler() {
        let endpoint = Simulator::new().endpoint(Credentials::new("AKID", "secret", None, None));
        assert_eq!(crate::stand_in::tests::serves_all(&endpoint, &aws_operation_ec2::operations()), 8);
    }

    #[test]
    fn settings_it_cannot_be_are_refused() {
        assert!(Simulator::builder().account_id("1234").build().is_err());
        assert!(Simulator::builder().region("moon-1").build().is_err());
        let simulator = Simulator::builder().region("eu-west-1").build().unwrap();
        assert!(simulator.default_vpc_id().starts_with("vpc-") && simulator.instance("i-1234abcd").is_none());
    }
}
