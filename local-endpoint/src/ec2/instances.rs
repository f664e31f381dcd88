//! `RunInstances`, `DescribeInstances`, `TerminateInstances` and `CreateTags`.

use std::collections::BTreeSet;

use aws_operation_ec2::{
    ArchitectureValues, CreateTags, CreateTagsOutput, DescribeInstances, DescribeInstancesOutput, DeviceType,
    GroupIdentifier, HypervisorType, Instance, InstanceState, InstanceStateChange, InstanceStateName, InstanceType,
    Monitoring, MonitoringState, Placement, Reservation, RunInstances, Tenancy, TerminateInstances,
    TerminateInstancesOutput, VirtualizationType,
};

use super::store::{
    Facets, Failure, Launched, Store, after, checked_tags, dry_run, fail, invalid, is_id, new_id, not_found, page_size,
    passes, specified_tags, token,
};

/// The most instances one `RunInstances` launches.
const LAUNCH_LIMIT: i32 = 1000;

/// The filters `DescribeInstances` takes, besides `tag:<key>`.
const FILTERS: [&str; 11] = [
    "availability-zone",
    "image-id",
    "instance-id",
    "instance-state-code",
    "instance-state-name",
    "instance-type",
    "reservation-id",
    "subnet-id",
    "tag-key",
    "tag-value",
    "vpc-id",
];

/// An instance state: its name and EC2's code for it.
fn state(name: InstanceStateName) -> InstanceState {
    let code = match name {
        InstanceStateName::Pending => 0,
        InstanceStateName::Running => 16,
        InstanceStateName::ShuttingDown => 32,
        InstanceStateName::Terminated => 48,
        InstanceStateName::Stopping => 64,
        _ => 80,
    };
    InstanceState { code: Some(code), name: Some(name) }
}

impl Store {
    pub(crate) fn run_instances(&mut self, input: RunInstances) -> Result<Reservation, Failure> {
        dry_run(input.dry_run)?;
        let image_id =
            input.image_id.ok_or_else(|| fail("MissingParameter", "The request must contain the parameter ImageId"))?;
        if !is_id(&image_id, "ami") {
            return Err(fail("InvalidAMIID.Malformed", format!("Invalid id: \"{image_id}\" (expecting \"ami-...\")")));
        }
        if input.min_count < 1 {
            return Err(invalid(format!(
                "Value ({}) for parameter minCount is invalid. Expected a positive integer.",
                input.min_count
            )));
        }
        if input.max_count < input.min_count {
            return Err(invalid(format!(
                "Value ({}) for parameter maxCount is invalid. Expected a value no less than minCount ({}).",
                input.max_count, input.min_count
            )));
        }
        if input.min_count > LAUNCH_LIMIT {
            return Err(fail(
                "InstanceLimitExceeded",
                format!(
                    "You have requested more instances ({}) than your current instance limit of {LAUNCH_LIMIT} allows \
                     for the specified instance type.",
                    input.min_count
                ),
            ));
        }
        let instance_type = input.instance_type.unwrap_or_else(|| InstanceType::from("m1.small"));
        if let InstanceType::Unknown(name) = &instance_type {
            return Err(invalid(format!("Invalid value '{name}' for InstanceType.")));
        }
        if let Some(subnet) = input.subnet_id.as_deref().filter(|s| *s != self.subnet_id) {
            return Err(not_found("InvalidSubnetID.NotFound", "subnet", &[subnet]));
        }
        let zone = match input.placement.as_ref().and_then(|p| p.availability_zone.clone()) {
            None => format!("{}a", self.region),
            Some(zone) => {
                let letter = zone.strip_prefix(self.region.as_str()).unwrap_or_default();
                if letter.len() != 1 || !letter.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(invalid(format!("Invalid availability zone: [{zone}]")));
                }
                zone
            }
        };
        let groups = self
            .launch_groups(input.security_group_ids.unwrap_or_default(), input.security_groups.unwrap_or_default())?;
        let tags = specified_tags(
            input.tag_specifications.as_deref().unwrap_or_default(),
            "instance",
            &["volume", "network-interface"],
        )?;
        if tags.len() > 50 {
            return Err(fail("TagLimitExceeded", "The maximum number of tags for resource 'instance' is 50"));
        }
        let monitoring = if input.monitoring.is_some_and(|m| m.enabled) {
            MonitoringState::Enabled
        } else {
            MonitoringState::Disabled
        };
        let now = (self.clock)();
        let reservation_id = new_id("r");
        let count = input.max_count.min(LAUNCH_LIMIT);
        let mut launched = Vec::with_capacity(count as usize);
        for index in 0..count {
            let number = self.next_instance;
            self.next_instance += 1;
            let id = new_id("i");
            // 172.31.0.0/16, the default VPC's block, from .0.10 up.
            let host = number + 10;
            let ip = format!("172.31.{}.{}", (host / 256) % 256, host % 256);
            let domain = if self.region == "us-east-1" {
                "ec2.internal".to_owned()
            } else {
                format!("{}.compute.internal", self.region)
            };
            let mut instance = Instance::builder()
                .instance_id(id.clone())
                .image_id(image_id.clone())
                .state(state(InstanceStateName::Running))
                .private_dns_name(format!("ip-{}.{domain}", ip.replace('.', "-")))
                .private_ip_address(ip)
                .public_dns_name("")
                .state_transition_reason("")
                .ami_launch_index(index)
                .product_codes(Vec::new())
                .instance_type(instance_type.clone())
                .launch_time(now)
                .placement(Placement {
                    availability_zone: Some(zone.clone()),
                    group_name: Some(String::new()),
                    tenancy: Some(Tenancy::Default),
                    ..Placement::builder().build().unwrap_or_else(|_| unreachable!("every member is optional"))
                })
                .monitoring(Monitoring { metric_category_ids: None, state: Some(monitoring.clone()) })
                .subnet_id(self.subnet_id.clone())
                .vpc_id(self.vpc_id.clone())
                .architecture(ArchitectureValues::X8664)
                .root_device_type(DeviceType::Ebs)
                .root_device_name("/dev/xvda")
                .security_groups(groups.clone())
                .ebs_optimized(input.ebs_optimized.unwrap_or(false))
                .hypervisor(HypervisorType::Xen)
                .virtualization_type(VirtualizationType::Hvm)
                .source_dest_check(true)
                .set_key_name(input.key_name.clone())
                .set_client_token(input.client_token.clone())
                .set_kernel_id(input.kernel_id.clone())
                .set_ramdisk_id(input.ramdisk_id.clone())
                .build()
                .unwrap_or_else(|_| unreachable!("every member is optional"));
            self.tag(&id, &tags)?;
            instance.tags = self.tags_of(&id);
            self.instances
                .insert(number, Launched { reservation_id: reservation_id.clone(), instance: instance.clone() });
            // The answer shows it as it starts; it runs from the next look on.
            instance.state = Some(state(InstanceStateName::Pending));
            launched.push(instance);
        }
        Ok(Reservation {
            reservation_id: Some(reservation_id),
            owner_id: Some(self.account_id.clone()),
            requester_id: None,
            groups: Some(Vec::new()),
            instances: Some(launched),
        })
    }

    /// The groups an instance is launched in: those named by id or by name (in the default VPC),
    /// else the default VPC's `default` group.
    fn launch_groups(&self, ids: Vec<String>, names: Vec<String>) -> Result<Vec<GroupIdentifier>, Failure> {
        let mut groups = Vec::new();
        for id in ids {
            let group = self
                .security_groups
                .get(&id)
                .ok_or_else(|| fail("InvalidGroup.NotFound", format!("The security group '{id}' does not exist")))?;
            groups.push(GroupIdentifier { group_id: Some(id.clone()), group_name: Some(group.name.clone()) });
        }
        for name in names {
            let (id, group) = self.group_named(&name)?;
            groups.push(GroupIdentifier { group_id: Some(id.to_owned()), group_name: Some(group.name.clone()) });
        }
        if groups.is_empty() {
            let (id, group) = self.group_named("default")?;
            groups.push(GroupIdentifier { group_id: Some(id.to_owned()), group_name: Some(group.name.clone()) });
        }
        Ok(groups)
    }

    pub(crate) fn describe_instances(&mut self, input: DescribeInstances) -> Result<DescribeInstancesOutput, Failure> {
        dry_run(input.dry_run)?;
        let ids = input.instance_ids.unwrap_or_default();
        if !ids.is_empty() && input.max_results.is_some() {
            return Err(fail(
                "InvalidParameterCombination",
                "The parameter instancesSet cannot be used with the parameter maxResults",
            ));
        }
        let size = page_size(input.max_results)?;
        if let Some(malformed) = ids.iter().find(|id| !is_id(id, "i")) {
            return Err(fail("InvalidInstanceID.Malformed", format!("Invalid id: \"{malformed}\"")));
        }
        let missing: Vec<&str> =
            ids.iter().map(String::as_str).filter(|id| self.instance_number(id).is_none()).collect();
        if !missing.is_empty() {
            return Err(not_found("InvalidInstanceID.NotFound", "instance", &missing));
        }
        let start = input.next_token.as_deref().map(after).transpose()?;
        let filters = input.filters.unwrap_or_default();
        let wanted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
        let mut page: Vec<(u64, &Launched)> = Vec::new();
        let mut more = false;
        for (number, launched) in &self.instances {
            if start.is_some_and(|start| *number <= start) {
                continue;
            }
            let id = launched.instance.instance_id.as_deref().unwrap_or_default();
            if !wanted.is_empty() && !wanted.contains(id) {
                continue;
            }
            if !passes(&filters, &self.facets(launched), &FILTERS)? {
                continue;
            }
            if size.is_some_and(|size| page.len() == size) {
                more = true;
                break;
            }
            page.push((*number, launched));
        }
        let next_token = if more { page.last().map(|(number, _)| token(*number)) } else { None };
        // Consecutive instances of one reservation are described together.
        let mut reservations: Vec<Reservation> = Vec::new();
        for (_, launched) in page {
            let mut instance = launched.instance.clone();
            instance.tags = self.tags_of(instance.instance_id.as_deref().unwrap_or_default());
            match reservations.last_mut() {
                Some(last) if last.reservation_id.as_deref() == Some(launched.reservation_id.as_str()) => {
                    last.instances.get_or_insert_with(Vec::new).push(instance);
                }
                _ => reservations.push(Reservation {
                    reservation_id: Some(launched.reservation_id.clone()),
                    owner_id: Some(self.account_id.clone()),
                    requester_id: None,
                    groups: Some(Vec::new()),
                    instances: Some(vec![instance]),
                }),
            }
        }
        Ok(DescribeInstancesOutput { next_token, reservations: Some(reservations) })
    }

    /// What `DescribeInstances`' filters see of an instance.
    fn facets(&self, launched: &Launched) -> Facets {
        let instance = &launched.instance;
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let state = instance.state.as_ref();
        let mut facets = vec![
            ("instance-id".to_owned(), text(&instance.instance_id)),
            ("image-id".to_owned(), text(&instance.image_id)),
            ("reservation-id".to_owned(), launched.reservation_id.clone()),
            ("subnet-id".to_owned(), text(&instance.subnet_id)),
            ("vpc-id".to_owned(), text(&instance.vpc_id)),
            (
                "instance-state-name".to_owned(),
                state.and_then(|s| s.name.as_ref()).map(|n| n.as_str().to_owned()).unwrap_or_default(),
            ),
            ("instance-state-code".to_owned(), state.and_then(|s| s.code).unwrap_or_default().to_string()),
            (
                "instance-type".to_owned(),
                instance.instance_type.as_ref().map(|t| t.as_str().to_owned()).unwrap_or_default(),
            ),
            (
                "availability-zone".to_owned(),
                instance.placement.as_ref().and_then(|p| p.availability_zone.clone()).unwrap_or_default(),
            ),
        ];
        for (key, value) in self.tags.get(text(&instance.instance_id).as_str()).into_iter().flatten() {
            facets.push(("tag-key".to_owned(), key.clone()));
            facets.push(("tag-value".to_owned(), value.clone()));
            facets.push((format!("tag:{key}"), value.clone()));
        }
        facets
    }

    pub(crate) fn terminate_instances(
        &mut self,
        input: TerminateInstances,
    ) -> Result<TerminateInstancesOutput, Failure> {
        dry_run(input.dry_run)?;
        if let Some(malformed) = input.instance_ids.iter().find(|id| !is_id(id, "i")) {
            return Err(fail("InvalidInstanceID.Malformed", format!("Invalid id: \"{malformed}\"")));
        }
        let numbers: Vec<Option<u64>> = input.instance_ids.iter().map(|id| self.instance_number(id)).collect();
        let missing: Vec<&str> = input
            .instance_ids
            .iter()
            .zip(&numbers)
            .filter(|(_, number)| number.is_none())
            .map(|(id, _)| id.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(not_found("InvalidInstanceID.NotFound", "instance", &missing));
        }
        let mut changes = Vec::new();
        for (id, number) in input.instance_ids.iter().zip(numbers.into_iter().flatten()) {
            let Some(launched) = self.instances.get_mut(&number) else { continue };
            let previous = launched.instance.state.clone().unwrap_or_else(|| state(InstanceStateName::Running));
            let terminated = previous.name == Some(InstanceStateName::Terminated);
            let current = if terminated { previous.clone() } else { state(InstanceStateName::ShuttingDown) };
            if !terminated {
                launched.instance.state = Some(state(InstanceStateName::Terminated));
                launched.instance.state_transition_reason = Some("User initiated".to_owned());
            }
            changes.push(InstanceStateChange {
                instance_id: Some(id.clone()),
                current_state: Some(current),
                previous_state: Some(previous),
            });
        }
        Ok(TerminateInstancesOutput { terminating_instances: Some(changes) })
    }

    pub(crate) fn create_tags(&mut self, input: CreateTags) -> Result<CreateTagsOutput, Failure> {
        dry_run(input.dry_run)?;
        let tags = checked_tags(&input.tags)?;
        for id in &input.resources {
            self.check_resource(id)?;
            let mut merged = self.tags.get(id).cloned().unwrap_or_default();
            merged.extend(tags.iter().cloned());
            if merged.len() > 50 {
                return Err(fail("TagLimitExceeded", format!("The maximum number of tags for resource '{id}' is 50")));
            }
        }
        // Checked for every resource first, so that a refusal tags none.
        for id in &input.resources {
            self.tag(id, &tags)?;
        }
        Ok(CreateTagsOutput {})
    }
}
