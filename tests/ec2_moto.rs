//! The EC2 slice against a real server: moto's (`moto_server`, see tests/support/moto.rs). Every
//! call goes through the typed slice (or its command), signed, as an ec2Query form over HTTP, and
//! every answer is moto's XML read back by the slice's shapes.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.
//!
//! What moto does differently from EC2, as these tests found it: it takes any `MaxResults` of
//! `DescribeInstances`, where EC2 refuses fewer than 5 (the model sets no bound, so the slice
//! sends what it is given; the tests page by 5); it pages by reservation, as EC2 does, with the
//! last reservation's id as `NextToken`; instances it runs are `running` once described (the
//! `RunInstances` answer says `pending`), and terminated ones `terminated` at once (the
//! `TerminateInstances` answer says `shutting-down`); `CreateSecurityGroup` answers without the
//! group's tags, and `AuthorizeSecurityGroupIngress` with the rules of its last permission only.

#[path = "support/moto.rs"]
mod moto;
mod support;

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::{Config, Credentials, Error};
use aws_operation_ec2::{
    BlockDeviceMapping, EbsBlockDevice, Ec2, Filter, InstanceStateName, InstanceType, IpPermission, IpRange, Ipv6Range,
    Reservation, ResourceType, RunInstancesMonitoringEnabled, Tag, TagSpecification, TerminateInstancesError,
    VolumeType,
};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use serde_json::Value;
use support::{Reply, Server};

const REGION: &str = "us-east-1";
/// One of the AMIs moto knows in every region (Ubuntu 14.04, x86_64), from its default set.
const IMAGE: &str = "ami-1e749f67";
/// No test lists more pages than this.
const MAX_PAGES: usize = 20;
/// An instance id nobody has.
const NO_SUCH_INSTANCE: &str = "i-00000000000000000";

fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

fn client(url: &str) -> Ec2 {
    let config = Config::builder().region(REGION).credentials(credentials()).endpoint_url(url).build().expect("config");
    Ec2::new(&config).expect("client")
}

fn tag(key: &str, value: &str) -> Tag {
    Tag { key: Some(key.into()), value: Some(value.into()) }
}

fn filter(name: &str, values: &[&str]) -> Filter {
    Filter { name: Some(name.into()), values: Some(values.iter().map(|v| (*v).to_owned()).collect()) }
}

/// The tags of something EC2 tags, as a map.
fn tags(tags: &Option<Vec<Tag>>) -> BTreeMap<String, String> {
    tags.iter().flatten().map(|t| (t.key.clone().unwrap_or_default(), t.value.clone().unwrap_or_default())).collect()
}

/// The instance ids of reservations.
fn instance_ids(reservations: &[Reservation]) -> Vec<String> {
    reservations.iter().flat_map(|r| r.instances.iter().flatten()).filter_map(|i| i.instance_id.clone()).collect()
}

/// Every reservation `DescribeInstances` lists with `filters`, with `page_size` a page: the
/// pages, each a list of reservations.
async fn pages(client: &Ec2, filters: Vec<Filter>, page_size: i32) -> Vec<Vec<Reservation>> {
    client
        .describe_instances()
        .filters(filters)
        .into_paginator()
        .page_size(page_size)
        .pages()
        .take(MAX_PAGES)
        .map_ok(|page| page.into_inner().reservations.unwrap_or_default())
        .try_collect()
        .await
        .expect("DescribeInstances")
}

#[tokio::test]
async fn regions_are_described() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let all = client.describe_regions().send().await.expect("DescribeRegions");
    assert!(all.request_id().is_some_and(|id| !id.is_empty()), "moto sends <requestId>");
    let regions: BTreeMap<String, Option<String>> =
        all.regions.iter().flatten().map(|r| (r.region_name.clone().unwrap_or_default(), r.endpoint.clone())).collect();
    assert!(regions.len() > 10, "{regions:?}");
    assert_eq!(regions["us-east-1"].as_deref(), Some("ec2.us-east-1.amazonaws.com"));
    assert_eq!(regions["eu-west-3"].as_deref(), Some("ec2.eu-west-3.amazonaws.com"));

    // `RegionName.N` narrows the list to the names given.
    let two = client.describe_regions().region_names(vec!["eu-west-1".into(), "us-west-2".into()]).send().await;
    let names: BTreeSet<String> =
        two.expect("DescribeRegions").regions.iter().flatten().filter_map(|r| r.region_name.clone()).collect();
    assert_eq!(names, BTreeSet::from(["eu-west-1".to_owned(), "us-west-2".to_owned()]));
}

#[tokio::test]
async fn instances_are_run_described_paged_tagged_and_terminated() {
    let moto = Moto::start();
    let client = client(&moto.url);

    // Run: three instances in one reservation, tagged at launch, with an extra EBS volume.
    let volume = BlockDeviceMapping {
        device_name: Some("/dev/sdh".into()),
        ebs: Some(EbsBlockDevice {
            volume_size: Some(8),
            volume_type: Some(VolumeType::Gp3),
            delete_on_termination: Some(true),
            ..EbsBlockDevice::builder().build().expect("nothing is required")
        }),
        no_device: None,
        virtual_name: None,
    };
    let launch_tags = TagSpecification {
        resource_type: Some(ResourceType::Instance),
        tags: Some(vec![tag("Env", "test"), tag("Name", "web")]),
    };
    let web = client
        .run_instances()
        .image_id(IMAGE)
        .instance_type(InstanceType::T2Micro)
        .min_count(3)
        .max_count(3)
        .tag_specifications(vec![launch_tags])
        .block_device_mappings(vec![volume])
        .monitoring(RunInstancesMonitoringEnabled { enabled: false, metric_category_ids: None })
        .send()
        .await
        .expect("RunInstances")
        .into_inner();
    assert!(web.reservation_id.as_deref().is_some_and(|id| id.starts_with("r-")), "{:?}", web.reservation_id);
    let web_instances = web.instances.clone().unwrap_or_default();
    assert_eq!(web_instances.len(), 3, "MinCount = MaxCount = 3");
    for instance in &web_instances {
        assert!(instance.instance_id.as_deref().is_some_and(|id| id.starts_with("i-")), "{:?}", instance.instance_id);
        assert_eq!(instance.image_id.as_deref(), Some(IMAGE));
        assert_eq!(instance.instance_type, Some(InstanceType::T2Micro));
        let state = instance.state.as_ref().and_then(|s| s.name.clone());
        assert_eq!(state, Some(InstanceStateName::Pending), "RunInstances answers with pending instances");
        let launch = tags(&instance.tags);
        assert_eq!(launch.get("Env").map(String::as_str), Some("test"), "{launch:?}");
        let devices: Vec<_> =
            instance.block_device_mappings.iter().flatten().filter_map(|m| m.device_name.as_deref()).collect();
        assert!(devices.contains(&"/dev/sdh"), "the extra volume is mapped: {devices:?}");
        assert!(instance.launch_time.is_some(), "the launch time is read as a timestamp");
    }
    let web_ids: BTreeSet<String> = instance_ids(std::slice::from_ref(&web)).into_iter().collect();

    // Ten more reservations of one instance each, for the pages below.
    let fleet_tags =
        TagSpecification { resource_type: Some(ResourceType::Instance), tags: Some(vec![tag("Env", "fleet")]) };
    for _ in 0..10 {
        let one = client
            .run_instances()
            .image_id(IMAGE)
            .min_count(1)
            .max_count(1)
            .tag_specifications(vec![fleet_tags.clone()])
            .send()
            .await
            .expect("RunInstances");
        assert_eq!(one.instances.as_ref().map(Vec::len), Some(1));
    }

    // Filters: the tag picks the first reservation, the state every instance.
    let tagged = pages(&client, vec![filter("tag:Env", &["test"])], 1000).await;
    assert_eq!(tagged.len(), 1, "one page");
    assert_eq!(instance_ids(&tagged[0]).into_iter().collect::<BTreeSet<_>>(), web_ids);
    let running = pages(&client, vec![filter("instance-state-name", &["running"])], 1000).await;
    assert_eq!(instance_ids(&running[0]).len(), 13, "moto's instances are running once described");
    let both =
        pages(&client, vec![filter("tag:Env", &["test", "fleet"]), filter("instance-state-name", &["running"])], 1000)
            .await;
    assert_eq!(both[0].len(), 11, "eleven reservations");

    // Pages of 5 reservations (EC2's smallest `MaxResults`): 5, 5 and 1, each seen once.
    let paged = pages(&client, vec![filter("instance-state-name", &["running", "pending"])], 5).await;
    assert_eq!(paged.iter().map(Vec::len).collect::<Vec<_>>(), [5, 5, 1]);
    let reservations: Vec<String> = paged.iter().flatten().filter_map(|r| r.reservation_id.clone()).collect();
    assert_eq!(reservations.iter().collect::<BTreeSet<_>>().len(), 11, "each reservation once: {reservations:?}");
    let all_ids: Vec<String> = paged.iter().flat_map(|p| instance_ids(p)).collect();
    assert_eq!(all_ids.iter().collect::<BTreeSet<_>>().len(), 13, "each instance once");
    // The page size did reach moto as `MaxResults`: a page of 5 says where the next starts.
    let first = client.describe_instances().max_results(5).send().await.expect("DescribeInstances");
    assert_eq!(first.reservations.as_ref().map(Vec::len), Some(5));
    assert_eq!(first.next_token.as_deref(), reservations.get(4).map(String::as_str), "moto's token: the last id");
    // The items stream chains the same pages.
    let items: Vec<Reservation> =
        client.describe_instances().into_paginator().page_size(5).items().take(50).try_collect().await.expect("items");
    assert_eq!(items.len(), 11);

    // Tag: a new tag on the three instances, seen on describe next to the launch tags.
    let ids: Vec<String> = web_ids.iter().cloned().collect();
    client
        .create_tags()
        .resources(ids.clone())
        .tags(vec![tag("Owner", "ops"), tag("Env", "staging")])
        .send()
        .await
        .expect("CreateTags");
    let described = client.describe_instances().instance_ids(ids.clone()).send().await.expect("DescribeInstances");
    let reservations = described.reservations.clone().unwrap_or_default();
    assert_eq!(instance_ids(&reservations).into_iter().collect::<BTreeSet<_>>(), web_ids);
    for instance in reservations.iter().flat_map(|r| r.instances.iter().flatten()) {
        let now = tags(&instance.tags);
        let expected = [("Env", "staging"), ("Name", "web"), ("Owner", "ops")];
        assert_eq!(
            now,
            expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            "{:?}",
            instance.instance_id
        );
    }
    let retagged = pages(&client, vec![filter("tag:Env", &["test"])], 1000).await;
    assert_eq!(instance_ids(&retagged.concat()), Vec::<String>::new(), "`Env` was replaced");

    // Terminate: the three go from running to shutting-down or terminated.
    let terminated = client.terminate_instances().instance_ids(ids.clone()).send().await.expect("TerminateInstances");
    let changes = terminated.terminating_instances.clone().unwrap_or_default();
    assert_eq!(changes.iter().filter_map(|c| c.instance_id.clone()).collect::<BTreeSet<_>>(), web_ids);
    for change in &changes {
        let name = |s: &Option<aws_operation_ec2::InstanceState>| s.as_ref().and_then(|s| s.name.clone());
        assert_eq!(name(&change.previous_state), Some(InstanceStateName::Running));
        let current = name(&change.current_state);
        assert!(
            matches!(current, Some(InstanceStateName::ShuttingDown | InstanceStateName::Terminated)),
            "{current:?}"
        );
        let code = change.current_state.as_ref().and_then(|s| s.code);
        assert!(matches!(code, Some(32 | 48)), "the state code: {code:?}");
    }
    // moto answers `shutting-down`, then describes them as `terminated` at once.
    let gone = pages(&client, vec![filter("instance-state-name", &["terminated"])], 1000).await;
    assert_eq!(instance_ids(&gone.concat()).into_iter().collect::<BTreeSet<_>>(), web_ids);
}

#[tokio::test]
async fn the_default_vpc_gets_a_security_group_with_ingress_rules() {
    let moto = Moto::start();
    let client = client(&moto.url);

    // moto's default VPC, as EC2's: 172.31.0.0/16, default tenancy, available.
    let vpcs =
        client.describe_vpcs().filters(vec![filter("is-default", &["true"])]).send().await.expect("DescribeVpcs");
    let vpcs = vpcs.into_inner().vpcs.unwrap_or_default();
    assert_eq!(vpcs.len(), 1, "one default VPC");
    let vpc = &vpcs[0];
    assert_eq!(vpc.is_default, Some(true));
    assert_eq!(vpc.cidr_block.as_deref(), Some("172.31.0.0/16"));
    assert_eq!(vpc.state, Some(aws_operation_ec2::VpcState::Available));
    assert_eq!(vpc.instance_tenancy, Some(aws_operation_ec2::Tenancy::Default));
    let vpc_id = vpc.vpc_id.clone().expect("a VPC id");
    assert!(vpc_id.starts_with("vpc-"), "{vpc_id}");
    let associations = vpc.cidr_block_association_set.iter().flatten();
    assert!(associations.filter_map(|a| a.cidr_block.as_deref()).any(|c| c == "172.31.0.0/16"));
    // Listed with the paginator (every VPC of the region, each once).
    let listed: Vec<_> = client
        .describe_vpcs()
        .into_paginator()
        .page_size(5)
        .items()
        .take(50)
        .try_collect()
        .await
        .expect("DescribeVpcs");
    assert!(listed.iter().any(|v| v.vpc_id.as_deref() == Some(vpc_id.as_str())));

    let created = client
        .create_security_group()
        .group_name("web")
        .description("web servers")
        .vpc_id(vpc_id.clone())
        .tag_specifications(vec![TagSpecification {
            resource_type: Some(ResourceType::SecurityGroup),
            tags: Some(vec![tag("Team", "edge")]),
        }])
        .send()
        .await
        .expect("CreateSecurityGroup");
    let group_id = created.group_id.clone().expect("a group id");
    assert!(group_id.starts_with("sg-"), "{group_id}");
    // EC2 answers with the group's tags; moto keeps them but answers only the id and the ARN.
    assert_eq!(created.tags, None);
    let arn = created.security_group_arn.as_deref().unwrap_or_default();
    assert!(
        arn.starts_with("arn:aws:ec2:us-east-1:") && arn.ends_with(&format!(":security-group/{group_id}")),
        "{arn}"
    );

    // SSH from one range, HTTPS from everywhere over IPv4 and IPv6.
    let ssh = IpPermission {
        ip_protocol: Some("tcp".into()),
        from_port: Some(22),
        to_port: Some(22),
        ip_ranges: Some(vec![IpRange { cidr_ip: Some("10.0.0.0/8".into()), description: Some("office".into()) }]),
        ..IpPermission::builder().build().expect("nothing is required")
    };
    let https = IpPermission {
        ip_protocol: Some("tcp".into()),
        from_port: Some(443),
        to_port: Some(443),
        ip_ranges: Some(vec![IpRange { cidr_ip: Some("0.0.0.0/0".into()), description: None }]),
        ipv6_ranges: Some(vec![Ipv6Range { cidr_ipv6: Some("::/0".into()), description: None }]),
        ..IpPermission::builder().build().expect("nothing is required")
    };
    let authorized = client
        .authorize_security_group_ingress()
        .group_id(group_id.clone())
        .ip_permissions(vec![ssh.clone(), https])
        .send()
        .await
        .expect("AuthorizeSecurityGroupIngress");
    assert_eq!(authorized.r#return, Some(true));
    let rules = authorized.security_group_rules.clone().unwrap_or_default();
    let mut seen: Vec<_> =
        rules.iter().map(|r| (r.from_port, r.to_port, r.cidr_ipv4.clone(), r.cidr_ipv6.clone())).collect();
    seen.sort();
    // EC2 answers with a rule per range of every permission; moto only with those of the last
    // permission (boto3 gets the same answer), though it stores them all, as the duplicate
    // below shows.
    assert_eq!(
        seen,
        [(Some(443), Some(443), None, Some("::/0".into())), (Some(443), Some(443), Some("0.0.0.0/0".into()), None)]
    );
    for rule in &rules {
        assert_eq!(rule.group_id.as_deref(), Some(group_id.as_str()));
        assert_eq!((rule.is_egress, rule.ip_protocol.as_deref()), (Some(false), Some("tcp")));
        assert!(rule.security_group_rule_id.as_deref().is_some_and(|id| id.starts_with("sgr-")), "{rule:?}");
    }

    // The SSH rule again: EC2's unmodeled `InvalidPermission.Duplicate`.
    let err = client
        .authorize_security_group_ingress()
        .group_id(group_id.clone())
        .ip_permissions(vec![ssh])
        .send()
        .await
        .expect_err("a duplicate rule");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("InvalidPermission.Duplicate", 400));
    assert_eq!(service.meta.message.as_deref(), Some("The specified rule already exists"));

    // The same name again in the VPC: EC2's unmodeled `InvalidGroup.Duplicate`.
    let err = client
        .create_security_group()
        .group_name("web")
        .description("again")
        .vpc_id(vpc_id)
        .send()
        .await
        .expect_err("a duplicate group");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("InvalidGroup.Duplicate", 400));
    assert_eq!(service.meta.message.as_deref(), Some("The security group 'web' already exists"));
}

#[tokio::test]
async fn an_unknown_instance_is_the_unmodeled_not_found_error() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let err =
        client.terminate_instances().instance_ids(vec![NO_SUCH_INSTANCE.into()]).send().await.expect_err("no instance");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let TerminateInstancesError::Unmodeled(unmodeled) = &service.error else {
        panic!("EC2 models no errors: {:?}", service.error)
    };
    assert_eq!(unmodeled.meta.code, "InvalidInstanceID.NotFound");
    assert_eq!(service.meta.code, "InvalidInstanceID.NotFound");
    assert_eq!(service.meta.status, 400);
    let message = format!("The instance ID '{NO_SUCH_INSTANCE}' does not exist");
    assert_eq!(service.meta.message.as_deref(), Some(message.as_str()));
    let request_id = err.request_id().expect("moto sends <RequestID>");
    assert!(!request_id.is_empty(), "{request_id}");
    assert!(err.to_string().contains("InvalidInstanceID.NotFound"), "{err}");
}

#[tokio::test]
async fn the_form_is_what_ec2_reads() {
    // The keys EC2 reads, from a scripted server that answers as EC2 does: lists as `Name.N`
    // under the member's `locationName`, nested structures under theirs, capitalized.
    let answer = r#"<?xml version="1.0" encoding="UTF-8"?>
<RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <reservationId>r-1234567890abcdef0</reservationId>
  <ownerId>123456789012</ownerId>
  <instancesSet><item><instanceId>i-1234567890abcdef0</instanceId><instanceState><code>0</code><name>pending</name></instanceState></item></instancesSet>
</RunInstancesResponse>"#;
    let reply = Reply { status: 200, headers: vec![("content-type".into(), "text/xml".into())], body: answer.into() };
    let server = Server::start(vec![reply]).await;
    let client = client(&server.url);
    let out = client
        .run_instances()
        .image_id(IMAGE)
        .min_count(1)
        .max_count(2)
        .tag_specifications(vec![TagSpecification {
            resource_type: Some(ResourceType::Instance),
            tags: Some(vec![tag("Env", "test")]),
        }])
        .block_device_mappings(vec![BlockDeviceMapping {
            device_name: Some("/dev/sdh".into()),
            ebs: Some(EbsBlockDevice { volume_size: Some(8), ..EbsBlockDevice::builder().build().unwrap() }),
            no_device: None,
            virtual_name: None,
        }])
        .security_group_ids(vec!["sg-1".into(), "sg-2".into()])
        .dry_run(false)
        .send()
        .await
        .expect("RunInstances");
    assert_eq!(out.request_id(), Some("59dbff89-35bd-4eac-99ed-be587EXAMPLE"));
    assert_eq!(out.reservation_id.as_deref(), Some("r-1234567890abcdef0"));
    assert_eq!(instance_ids(std::slice::from_ref(&*out)), ["i-1234567890abcdef0"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let body = String::from_utf8_lossy(&requests[0].body).into_owned();
    let form: BTreeSet<&str> = body.split('&').collect();
    for pair in [
        "Action=RunInstances",
        "Version=2016-11-15",
        "ImageId=ami-1e749f67",
        "MinCount=1",
        "MaxCount=2",
        "TagSpecification.1.ResourceType=instance",
        "TagSpecification.1.Tag.1.Key=Env",
        "TagSpecification.1.Tag.1.Value=test",
        "BlockDeviceMapping.1.DeviceName=%2Fdev%2Fsdh",
        "BlockDeviceMapping.1.Ebs.VolumeSize=8",
        "SecurityGroupId.1=sg-1",
        "SecurityGroupId.2=sg-2",
        "DryRun=false",
    ] {
        assert!(form.contains(pair), "{pair} in {body}");
    }
    // `ClientToken` is the model's idempotency token: filled when left empty.
    assert!(form.iter().any(|p| p.starts_with("ClientToken=") && p.len() > "ClientToken=".len()), "{body}");
}

#[tokio::test]
async fn input_the_model_forbids_is_refused_before_sending() {
    let server = Server::start(vec![]).await;
    let client = client(&server.url);
    // `MaxResults` of `DescribeVpcs` is 5 to 1000.
    let err = client.describe_vpcs().max_results(1).send().await.expect_err("below the range");
    let Error::InvalidInput(violations) = &err else { panic!("expected InvalidInput, got {err:?}") };
    assert!(violations.to_string().contains("MaxResults"), "{violations}");
    // `MinCount` and `MaxCount` are required.
    let err = client.run_instances().image_id(IMAGE).send().await.expect_err("no counts");
    let Error::InvalidInput(violations) = &err else { panic!("expected InvalidInput, got {err:?}") };
    let text = violations.to_string();
    assert!(text.contains("MinCount") && text.contains("MaxCount"), "{text}");
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// `aws ec2 ...` through the slice's command against moto: exit code, stdout, stderr.
async fn command(moto: &Moto, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), moto.url.clone()]);
    let credentials = credentials();
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &aws_operation_ec2::operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn json(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("JSON output ({e}): {out}"))
}

#[tokio::test]
async fn the_command_describes_runs_pages_and_reports_errors() {
    let moto = Moto::start();

    let (code, out, err) = command(&moto, &["describe-regions", "--region-names", "us-east-1", "eu-west-1"]).await;
    assert_eq!(code, 0, "{err}");
    let regions = json(&out);
    let names: BTreeSet<&str> =
        regions["Regions"].as_array().expect("Regions").iter().filter_map(|r| r["RegionName"].as_str()).collect();
    assert_eq!(names, BTreeSet::from(["eu-west-1", "us-east-1"]));
    assert!(regions["Regions"][0]["Endpoint"].as_str().is_some_and(|e| e.starts_with("ec2.")), "{out}");

    // Six reservations of one instance, tagged with their number's parity.
    for n in 0..6 {
        let spec = format!(r#"[{{"ResourceType":"instance","Tags":[{{"Key":"Parity","Value":"{}"}}]}}]"#, n % 2);
        let args = [
            "run-instances",
            "--image-id",
            IMAGE,
            "--instance-type",
            "t3.nano",
            "--min-count",
            "1",
            "--max-count",
            "1",
            "--tag-specifications",
            &spec,
        ];
        let (code, out, err) = command(&moto, &args).await;
        assert_eq!(code, 0, "{err}");
        let reservation = json(&out);
        assert_eq!(reservation["Instances"][0]["InstanceType"], "t3.nano", "{out}");
        assert_eq!(reservation["Instances"][0]["ImageId"], IMAGE);
    }

    // A list-of-structure flag as JSON: the three even ones, in one listing of pages of 5.
    let filters = r#"[{"Name":"tag:Parity","Values":["0"]},{"Name":"instance-state-name","Values":["running"]}]"#;
    let (code, out, err) = command(&moto, &["describe-instances", "--filters", filters]).await;
    assert_eq!(code, 0, "{err}");
    let even = json(&out);
    let reservations = even["Reservations"].as_array().expect("Reservations");
    assert_eq!(reservations.len(), 3, "{out}");
    for reservation in reservations {
        let instance = &reservation["Instances"][0];
        assert_eq!(instance["State"]["Name"], "running");
        let parity: Vec<&Value> = instance["Tags"].as_array().into_iter().flatten().map(|t| &t["Value"]).collect();
        assert_eq!(parity, [&Value::from("0")], "{instance}");
    }

    // The command pages itself: pages of 5 merged into one list of every reservation.
    let (code, out, err) = command(&moto, &["describe-instances", "--page-size", "5"]).await;
    assert_eq!(code, 0, "{err}");
    let merged = json(&out);
    assert_eq!(merged["Reservations"].as_array().map(Vec::len), Some(6), "{out}");
    assert!(merged.get("NextToken").is_none(), "every page was read: {out}");
    // `--max-items` stops early with a token to resume from, which resumes at the next one.
    let (code, out, err) = command(&moto, &["describe-instances", "--max-items", "4", "--page-size", "5"]).await;
    assert_eq!(code, 0, "{err}");
    let head = json(&out);
    assert_eq!(head["Reservations"].as_array().map(Vec::len), Some(4), "{out}");
    let token = head["NextToken"].as_str().expect("a resume token").to_owned();
    let (code, out, err) = command(&moto, &["describe-instances", "--starting-token", &token]).await;
    assert_eq!(code, 0, "{err}");
    let tail = json(&out);
    let ids = |v: &Value| -> Vec<String> {
        v["Reservations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r["ReservationId"].as_str().map(str::to_owned))
            .collect()
    };
    let mut all = ids(&head);
    all.extend(ids(&tail));
    assert_eq!(all.len(), 6, "head and tail: {all:?}");
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), 6, "each reservation once: {all:?}");

    // A service error: the AWS CLI's line and exit code 254.
    let (code, out, err) = command(&moto, &["terminate-instances", "--instance-ids", NO_SUCH_INSTANCE]).await;
    assert_eq!((code, out.as_str()), (254, ""), "{err}");
    assert!(
        err.contains("An error occurred (InvalidInstanceID.NotFound) when calling the TerminateInstances operation"),
        "{err}"
    );
    // Bad input, refused before sending: exit code 252.
    let (code, _, err) = command(&moto, &["run-instances", "--image-id", IMAGE]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("MinCount") || err.contains("min-count"), "{err}");
    let (code, _, err) = command(&moto, &["describe-instances", "--filters", "[{not json"]).await;
    assert_eq!(code, 252, "{err}");
    let (code, _, err) = command(&moto, &["describe-instances", "--no-such-flag", "x"]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("--no-such-flag"), "{err}");
}
