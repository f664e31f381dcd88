//! The EC2 stand-in (aws-operation-local-endpoint's `ec2`) driven by the EC2 slice's typed client
//! over loopback, ec2Query forms in and XML out: the lifecycle tests/ec2_moto.rs runs against
//! moto, here with EC2's own error messages, states after launch and termination, paging by
//! instance, and the endpoint's signature check.

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::{Config, Credentials, Error};
use aws_operation_ec2::{
    DescribeInstancesError, Ec2, Filter, InstanceStateName, InstanceType, IpPermission, IpRange, Reservation,
    ResourceType, Tag, TagSpecification, TerminateInstancesError,
};
use aws_operation_local_endpoint::ec2::Simulator;
use futures_util::TryStreamExt;

const REGION: &str = "us-east-1";
const IMAGE: &str = "ami-0123456789abcdef0";

fn credentials() -> Credentials {
    Credentials::new("AKIDEC2LOCAL", "ec2-local-secret", None, None)
}

fn client(url: &str, credentials: Credentials) -> Ec2 {
    let config =
        Config::builder().region(REGION).credentials(credentials).endpoint_url(url).max_attempts(1).build().unwrap();
    Ec2::new(&config).unwrap()
}

fn tag(key: &str, value: &str) -> Tag {
    Tag { key: Some(key.into()), value: Some(value.into()) }
}

fn filter(name: &str, values: &[&str]) -> Filter {
    Filter { name: Some(name.into()), values: Some(values.iter().map(|v| (*v).to_owned()).collect()) }
}

fn ids(reservations: &[Reservation]) -> Vec<String> {
    reservations.iter().flat_map(|r| r.instances.iter().flatten()).filter_map(|i| i.instance_id.clone()).collect()
}

/// The code, status and message of an unmodeled EC2 error.
fn unmodeled<E: std::error::Error>(error: &Error<E>) -> (String, u16, String) {
    let Error::Service(e) = error else { panic!("{error:?}") };
    (e.meta.code.clone(), e.meta.status, e.meta.message.clone().unwrap_or_default())
}

#[tokio::test]
async fn regions_are_a_fixed_list_narrowed_by_name() {
    let endpoint = Simulator::new().endpoint(credentials()).start().await.unwrap();
    let ec2 = client(&endpoint.url(), credentials());
    let all = ec2.describe_regions().send().await.unwrap().into_inner().regions.unwrap();
    let names: BTreeMap<String, Option<String>> =
        all.iter().map(|r| (r.region_name.clone().unwrap(), r.endpoint.clone())).collect();
    assert_eq!(names["us-east-1"].as_deref(), Some("ec2.us-east-1.amazonaws.com"));
    assert!(names.len() > 10 && !names.contains_key("af-south-1"), "opt-in regions need AllRegions: {names:?}");
    let every = ec2.describe_regions().all_regions(true).send().await.unwrap().into_inner().regions.unwrap();
    assert!(
        every
            .iter()
            .any(|r| r.region_name.as_deref() == Some("af-south-1")
                && r.opt_in_status.as_deref() == Some("not-opted-in"))
    );

    let two = ec2.describe_regions().region_names(vec!["eu-west-1".into(), "us-west-2".into()]).send().await.unwrap();
    let two: BTreeSet<String> = two.regions.iter().flatten().filter_map(|r| r.region_name.clone()).collect();
    assert_eq!(two, BTreeSet::from(["eu-west-1".to_owned(), "us-west-2".to_owned()]));
    let error = ec2.describe_regions().region_names(vec!["moon-1".into()]).send().await.unwrap_err();
    assert_eq!(unmodeled(&error), ("InvalidParameterValue".into(), 400, "Invalid region: moon-1".into()));
}

#[tokio::test]
async fn instances_are_run_described_paged_tagged_and_terminated() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let ec2 = client(&endpoint.url(), credentials());
    let launch_tags =
        TagSpecification { resource_type: Some(ResourceType::Instance), tags: Some(vec![tag("Env", "test")]) };
    let web = ec2
        .run_instances()
        .image_id(IMAGE)
        .instance_type(InstanceType::T2Micro)
        .min_count(1)
        .max_count(3)
        .tag_specifications(vec![launch_tags])
        .send()
        .await
        .unwrap()
        .into_inner();
    let reservation = web.reservation_id.clone().unwrap();
    assert!(reservation.starts_with("r-") && reservation.len() == 19, "{reservation}");
    let launched = web.instances.clone().unwrap();
    assert_eq!(launched.len(), 3, "MaxCount are launched");
    for instance in &launched {
        let id = instance.instance_id.clone().unwrap();
        assert!(id.starts_with("i-") && id.len() == 19 && id[2..].bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
        assert_eq!(instance.state.as_ref().and_then(|s| s.name.clone()), Some(InstanceStateName::Pending));
        assert_eq!(instance.instance_type, Some(InstanceType::T2Micro));
        assert_eq!(instance.tags, Some(vec![tag("Env", "test")]));
        assert_eq!(instance.vpc_id.as_deref(), Some(simulator.default_vpc_id().as_str()));
    }
    let web_ids = ids(std::slice::from_ref(&web));
    let state = simulator.instance(&web_ids[0]).unwrap().state.unwrap();
    assert_eq!((state.name, state.code), (Some(InstanceStateName::Running), Some(16)), "running after launch");

    // The default type, and nine more reservations of one.
    for _ in 0..9 {
        let one = ec2.run_instances().image_id(IMAGE).min_count(1).max_count(1).send().await.unwrap();
        assert_eq!(one.instances.as_ref().unwrap()[0].instance_type, Some(InstanceType::from("m1.small")));
    }

    // Filters.
    let tagged = ec2.describe_instances().filters(vec![filter("tag:Env", &["te*"])]).send().await.unwrap();
    assert_eq!(ids(tagged.reservations.as_deref().unwrap()), web_ids);
    let by_type = ec2.describe_instances().filters(vec![filter("instance-type", &["m1.small"])]).send().await;
    assert_eq!(ids(by_type.unwrap().reservations.as_deref().unwrap()).len(), 9);
    let by_key = ec2.describe_instances().filters(vec![filter("tag-key", &["Env"])]).send().await.unwrap();
    assert_eq!(ids(by_key.reservations.as_deref().unwrap()).len(), 3);
    let error = ec2.describe_instances().filters(vec![filter("colour", &["blue"])]).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).0, "InvalidParameterValue");

    // Pages of 5 instances: 12 in 3 pages, the first reservation whole in the first.
    let pages: Vec<_> = ec2.describe_instances().max_results(5).into_paginator().pages().try_collect().await.unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| ids(p.reservations.as_deref().unwrap_or_default()).len()).collect();
    assert_eq!(sizes, [5, 5, 2]);
    assert!(pages.last().unwrap().next_token.is_none());
    assert_eq!(pages[0].reservations.as_ref().unwrap()[0].instances.as_ref().map(Vec::len), Some(3));
    let every: Vec<String> = pages.iter().flat_map(|p| ids(p.reservations.as_deref().unwrap_or_default())).collect();
    assert_eq!(every.iter().collect::<BTreeSet<_>>().len(), 12, "each instance once");
    let error = ec2.describe_instances().max_results(4).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).0, "InvalidParameterValue");

    // Tags after launch.
    ec2.create_tags().resources(vec![web_ids[0].clone()]).tags(vec![tag("Name", "web-0")]).send().await.unwrap();
    let named = ec2.describe_instances().filters(vec![filter("tag:Name", &["web-0"])]).send().await.unwrap();
    assert_eq!(ids(named.reservations.as_deref().unwrap()), [web_ids[0].clone()]);
    let error = ec2.create_tags().resources(vec!["i-0000000000000000f".into()]).tags(vec![tag("a", "b")]).send().await;
    assert_eq!(unmodeled(&error.unwrap_err()).0, "InvalidInstanceID.NotFound");

    // Terminate: shutting-down in the answer, terminated after.
    let out = ec2.terminate_instances().instance_ids(web_ids.clone()).send().await.unwrap().into_inner();
    let changes = out.terminating_instances.unwrap();
    assert_eq!(changes.iter().filter_map(|c| c.instance_id.clone()).collect::<Vec<_>>(), web_ids);
    for change in &changes {
        assert_eq!(change.previous_state.as_ref().and_then(|s| s.name.clone()), Some(InstanceStateName::Running));
        assert_eq!(change.current_state.as_ref().and_then(|s| s.code), Some(32));
    }
    let terminated = ec2.describe_instances().filters(vec![filter("instance-state-name", &["terminated"])]).send();
    assert_eq!(ids(terminated.await.unwrap().reservations.as_deref().unwrap()), web_ids);
    let running = ec2.describe_instances().filters(vec![filter("instance-state-name", &["running"])]).send().await;
    assert_eq!(ids(running.unwrap().reservations.as_deref().unwrap()).len(), 9);
}

#[tokio::test]
async fn unknown_ids_and_bad_launches_are_ec2s_unmodeled_errors() {
    let endpoint = Simulator::new().endpoint(credentials()).start().await.unwrap();
    let ec2 = client(&endpoint.url(), credentials());
    let missing = "i-0123456789abcdef0";
    let error = ec2.terminate_instances().instance_ids(vec![missing.into()]).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let TerminateInstancesError::Unmodeled(inner) = &e.error else { panic!("EC2 models no errors: {e:?}") };
    assert_eq!(inner.meta.code, "InvalidInstanceID.NotFound");
    assert_eq!(e.meta.message.as_deref(), Some(format!("The instance ID '{missing}' does not exist").as_str()));
    assert!(e.meta.request_id.as_deref().is_some_and(|id| id.starts_with("local-")), "<RequestID>: {:?}", e.meta);

    let two = vec![missing.to_owned(), "i-0123456789abcdef1".to_owned()];
    let error = ec2.describe_instances().instance_ids(two).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(e.error, DescribeInstancesError::Unmodeled(_)));
    assert_eq!(
        e.meta.message.as_deref(),
        Some("The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist")
    );

    let error = ec2.run_instances().image_id("centos").min_count(1).max_count(1).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).0, "InvalidAMIID.Malformed");
    let error = ec2.run_instances().min_count(1).max_count(1).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).0, "MissingParameter");
    let error = ec2.run_instances().image_id(IMAGE).min_count(2).max_count(1).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).0, "InvalidParameterValue");
    let error = ec2.run_instances().image_id(IMAGE).min_count(1).max_count(1).dry_run(true).send().await.unwrap_err();
    assert_eq!(unmodeled(&error).1, 412);
}

#[tokio::test]
async fn the_default_vpc_and_security_groups() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let ec2 = client(&endpoint.url(), credentials());
    let vpcs = ec2.describe_vpcs().send().await.unwrap().into_inner().vpcs.unwrap();
    assert_eq!(vpcs.len(), 1);
    let vpc_id = vpcs[0].vpc_id.clone().unwrap();
    assert_eq!(
        (vpc_id.as_str(), vpcs[0].is_default, vpcs[0].cidr_block.as_deref()),
        (simulator.default_vpc_id().as_str(), Some(true), Some("172.31.0.0/16"))
    );
    let defaults = ec2.describe_vpcs().filters(vec![filter("is-default", &["true"])]).send().await.unwrap();
    assert_eq!(defaults.vpcs.as_ref().map(Vec::len), Some(1));
    let error = ec2.describe_vpcs().vpc_ids(vec!["vpc-0123456789abcdef0".into()]).send().await.unwrap_err();
    assert_eq!(
        unmodeled(&error),
        ("InvalidVpcID.NotFound".into(), 400, "The vpc ID 'vpc-0123456789abcdef0' does not exist".into())
    );

    let group = ec2.create_security_group().group_name("web").description("web servers").send().await.unwrap();
    let group_id = group.group_id.clone().unwrap();
    assert!(group_id.starts_with("sg-") && group_id.len() == 20, "{group_id}");
    let error = ec2.create_security_group().group_name("web").description("again").send().await.unwrap_err();
    assert_eq!(
        unmodeled(&error),
        ("InvalidGroup.Duplicate".into(), 400, format!("The security group 'web' already exists for VPC '{vpc_id}'"))
    );

    let ssh = IpPermission {
        ip_protocol: Some("tcp".into()),
        from_port: Some(22),
        to_port: Some(22),
        ip_ranges: Some(vec![IpRange { cidr_ip: Some("0.0.0.0/0".into()), description: Some("ssh".into()) }]),
        ..IpPermission::builder().build().unwrap()
    };
    let out = ec2.authorize_security_group_ingress().group_id(&group_id).ip_permissions(vec![ssh.clone()]).send().await;
    let out = out.unwrap().into_inner();
    assert_eq!(out.r#return, Some(true));
    let rules = out.security_group_rules.unwrap();
    assert_eq!(rules.len(), 1);
    assert!(rules[0].security_group_rule_id.as_deref().is_some_and(|id| id.starts_with("sgr-")), "{rules:?}");
    assert_eq!((rules[0].from_port, rules[0].cidr_ipv4.as_deref()), (Some(22), Some("0.0.0.0/0")));
    let error =
        ec2.authorize_security_group_ingress().group_id(&group_id).ip_permissions(vec![ssh.clone()]).send().await;
    assert_eq!(
        unmodeled(&error.unwrap_err()),
        (
            "InvalidPermission.Duplicate".into(),
            400,
            "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW\" already exists".into()
        )
    );
    // By name, the older way.
    ec2.authorize_security_group_ingress()
        .group_name("web")
        .ip_protocol("tcp")
        .from_port(443)
        .to_port(443)
        .cidr_ip("10.0.0.0/8")
        .send()
        .await
        .unwrap();
    let error =
        ec2.authorize_security_group_ingress().group_id("sg-0123456789abcdef0").ip_permissions(vec![ssh]).send().await;
    assert_eq!(
        unmodeled(&error.unwrap_err()),
        ("InvalidGroup.NotFound".into(), 400, "The security group 'sg-0123456789abcdef0' does not exist".into())
    );

    // Launched in the group, by id.
    let launched = ec2
        .run_instances()
        .image_id(IMAGE)
        .min_count(1)
        .max_count(1)
        .security_group_ids(vec![group_id.clone()])
        .send()
        .await
        .unwrap();
    let groups = launched.instances.as_ref().unwrap()[0].security_groups.clone().unwrap();
    assert_eq!(
        (groups[0].group_id.as_deref(), groups[0].group_name.as_deref()),
        (Some(group_id.as_str()), Some("web"))
    );
}

#[tokio::test]
async fn the_endpoint_refuses_a_bad_signature() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let forged = Credentials::new("AKIDEC2LOCAL", "not-the-secret", None, None);
    let error = client(&endpoint.url(), forged).run_instances().image_id(IMAGE).min_count(1).max_count(1).send().await;
    let (code, status, _) = unmodeled(&error.unwrap_err());
    assert_eq!((code.as_str(), status), ("InvalidSignatureException", 403));
    let all = client(&endpoint.url(), credentials()).describe_instances().send().await.unwrap();
    assert_eq!(all.reservations.as_ref().map(Vec::len), Some(0), "nothing was launched");
}
