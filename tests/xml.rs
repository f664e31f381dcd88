//! The XML codec seen from outside, with shapes the macros declare: what the protocol vectors
//! do not reach (attributes, strict reading, member names in another casing, limits).

use aws_operation::codec::xml::{from_element, parse};
use aws_operation::shape::Mode;
use aws_operation::{DateTime, aws_shape};

#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
struct Instance {
    #[aws(xml_attribute, xml_name = "id")]
    instance_id: Option<String>,
    #[aws(xml_name = "instanceState")]
    state: Option<String>,
    launch_time: Option<DateTime>,
    #[aws(xml_flattened, xml_name = "Tag")]
    tags: Option<Vec<String>>,
    #[aws(xml_item_name = "item")]
    groups: Option<Vec<String>>,
    count: Option<i32>,
}

fn read(xml: &str, mode: Mode) -> Result<Instance, aws_operation::Violations> {
    from_element(&parse(xml.as_bytes())?, mode)
}

#[test]
fn attributes_names_flattened_and_wrapped_lists_and_timestamps() {
    let xml = r#"<Instance id="i-1" xmlns="https://ec2.amazonaws.com/doc/2016-11-15/">
        <Tag>a</Tag><instanceState>running</instanceState><Tag>b &amp; c</Tag>
        <LaunchTime>2026-12-02T10:00:00Z</LaunchTime>
        <Groups><item>sg-1</item><item>sg-2</item></Groups>
        <Unknown><Deep>skipped</Deep></Unknown>
    </Instance>"#;
    let read = read(xml, Mode::Lenient).unwrap();
    assert_eq!(read.instance_id.as_deref(), Some("i-1"));
    assert_eq!(read.state.as_deref(), Some("running"));
    assert_eq!(read.tags, Some(vec!["a".to_owned(), "b & c".to_owned()]));
    assert_eq!(read.groups, Some(vec!["sg-1".to_owned(), "sg-2".to_owned()]));
    assert_eq!(read.launch_time, Some(DateTime::parse_date_time("2026-12-02T10:00:00Z").unwrap()));
}

#[test]
fn strict_reading_reports_every_unknown_element_and_bad_value() {
    let xml = "<Instance><Count>many</Count><Extra/><Groups><member>x</member></Groups></Instance>";
    let problems = read(xml, Mode::Strict).unwrap_err();
    let paths: Vec<&str> = problems.0.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["Groups.member", "Count", "Extra"], "{problems}");
    assert!(problems.to_string().contains("expected integer, found string \"many\""), "{problems}");
    // Leniently the same document fails on the value alone: an unknown element is skipped.
    assert_eq!(read(xml, Mode::Lenient).unwrap_err().0.len(), 1);
}

#[test]
fn a_response_in_another_casing_is_an_error_naming_the_member() {
    let problems = read("<Instance><count>1</count><launchTime>x</launchTime></Instance>", Mode::Lenient).unwrap_err();
    assert_eq!(problems.0[0].path, "count");
    assert!(problems.to_string().contains("`Count`"), "{problems}");
    // Beside a member that matches, a stray one is left alone.
    assert_eq!(read("<Instance><Count>1</Count><groups/></Instance>", Mode::Lenient).unwrap().count, Some(1));
}

#[test]
fn documents_deeper_than_the_limit_or_with_their_own_entities_are_refused() {
    let deep = format!("{}{}", "<a>".repeat(200), "</a>".repeat(200));
    assert!(read(&deep, Mode::Lenient).unwrap_err().to_string().contains("nested more than 128 deep"));
    let laughs = r#"<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><Instance><Count>&a;</Count></Instance>"#;
    assert!(read(laughs, Mode::Lenient).unwrap_err().to_string().contains("`&a;` is not one of XML's predefined ones"));
}
