//! What `#[aws_shape]` generates, seen from outside: the awsJson wire format (writing, lenient
//! reading of responses, strict reading of inputs), validation, builders, serde storage and
//! `Debug` redaction. The shapes are declared here, one of each kind and every member type.

use std::collections::{BTreeMap, HashMap};

use aws_operation::shape::{Mode, from_json, to_json, validate};
use aws_operation::{Blob, DateTime, Document, ErrorShape, Fault, UnknownMember, Violations, aws_shape};
use serde_json::json;

#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, Debug, PartialEq)]
enum Color {
    DeepRed,
    #[aws(value = "blue")]
    Blue,
    Unknown(String),
}

#[aws_shape(int_enum)]
#[derive(Clone, Debug, PartialEq)]
enum Level {
    #[aws(value = 1)]
    Low,
    #[aws(value = 10)]
    High,
    Unknown(i32),
}

/// Recursive through `Box` and through `Vec`.
#[aws_shape]
#[derive(Clone, PartialEq)]
struct Node {
    name: String,
    next: Option<Box<Node>>,
    children: Option<Vec<Node>>,
}

#[aws_shape]
#[derive(Clone, PartialEq)]
struct Labelled {
    #[aws(length(min = 1))]
    label: String,
}

#[aws_shape(union)]
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Text(String),
    #[aws(name = "node")]
    Tree(Box<Node>),
    Number(i32),
    Labelled(Labelled),
    Unknown(UnknownMember),
}

/// A union whose members take constraints, as a structure's do.
#[aws_shape(union)]
#[derive(Clone, Debug, PartialEq)]
enum Bounded {
    #[aws(length(min = 1))]
    Text(String),
    #[aws(range(min = 1, max = 5))]
    Count(i32),
    #[aws(length(max = 2), items(pattern = "^x"))]
    Tags(Vec<String>),
    #[aws(length(min = 1))]
    Bytes(Blob),
    Unknown(UnknownMember),
}

#[aws_shape]
#[derive(Clone, PartialEq)]
struct HoldsBounded {
    bounded: Option<Bounded>,
    list: Option<Vec<Bounded>>,
}

#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
struct Address {
    street: String,
    city: Option<String>,
}

#[aws_shape(error, fault = "server", retryable, code = "Broken", status = 503)]
#[derive(Clone, PartialEq)]
struct BrokenException {
    #[aws(name = "Message")]
    message: Option<String>,
    reason: Option<String>,
}

#[aws_shape(error)]
#[derive(Clone, PartialEq)]
struct LeakyException {
    #[aws(sensitive)]
    message: String,
}

#[aws_shape(error, sensitive)]
#[derive(Clone, PartialEq)]
struct SecretException {
    message: Option<String>,
}

#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
struct Everything {
    flag: Option<bool>,
    tiny: Option<i8>,
    small: Option<i16>,
    int: Option<i32>,
    long: Option<i64>,
    float: Option<f32>,
    double: Option<f64>,
    blob: Option<Blob>,
    doc: Option<Document>,
    epoch: Option<DateTime>,
    #[aws(timestamp_format = "epoch-seconds")]
    explicit_epoch: Option<DateTime>,
    #[aws(timestamp_format = "date-time")]
    iso: Option<DateTime>,
    #[aws(timestamp_format = "http-date")]
    http: Option<DateTime>,
    #[aws(timestamp_format = "date-time")]
    iso_list: Option<Vec<DateTime>>,
    list: Option<Vec<String>>,
    sparse: Option<Vec<Option<String>>>,
    tree_map: Option<BTreeMap<String, i32>>,
    hash_map: Option<HashMap<String, Vec<Color>>>,
    color: Option<Color>,
    level: Option<Level>,
    choice: Option<Choice>,
    node: Option<Node>,
    #[aws(sensitive)]
    secret: Option<String>,
    address: Option<Address>,
    #[aws(name = "x-custom")]
    custom: Option<String>,
}

#[aws_shape]
#[derive(Clone, PartialEq)]
struct Inner {
    label: String,
    size: i64,
    note: Option<String>,
}

/// Required members of every kind, for lenient zero values and builders.
#[aws_shape]
#[derive(Clone, PartialEq)]
struct Required {
    name: String,
    count: i32,
    ratio: f64,
    on: bool,
    color: Color,
    level: Level,
    inner: Inner,
    items: Vec<String>,
    tags: BTreeMap<String, String>,
    when: DateTime,
    data: Blob,
    #[aws(required)]
    must: Option<String>,
}

#[aws_shape]
#[derive(Clone, PartialEq)]
struct Strict {
    id: String,
    count: Option<i32>,
    items: Option<Vec<Inner>>,
    by_key: Option<BTreeMap<String, i64>>,
    inner: Option<Inner>,
    choice: Option<Choice>,
    #[aws(required)]
    must: Option<String>,
}

/// Declared in an order that is neither alphabetical nor the order of the JSON below.
#[aws_shape]
#[derive(Clone, PartialEq)]
struct Ordered {
    zeta: String,
    mid: Option<i32>,
    alpha: Option<i32>,
}

#[aws_shape]
#[derive(Clone, PartialEq)]
struct Constrained {
    #[aws(required)]
    must: Option<String>,
    #[aws(length(min = 3, max = 3))]
    name: Option<String>,
    #[aws(range(min = 1, max = 10))]
    count: Option<i32>,
    #[aws(range(min = -1.5, max = 2.5))]
    ratio: Option<f64>,
    #[aws(range(min = 0.1, max = 0.3))]
    fraction: Option<f32>,
    #[aws(pattern = "^[a-z]+$")]
    anchored: Option<String>,
    #[aws(pattern = "[0-9]")]
    search: Option<String>,
    #[aws(length(max = 2), items(length(min = 2), pattern = "^x"))]
    list: Option<Vec<String>>,
    #[aws(keys(pattern = "^k"))]
    keyed: Option<BTreeMap<String, String>>,
    #[aws(items(range(max = 5)))]
    values: Option<HashMap<String, i64>>,
    #[aws(length(max = 2))]
    data: Option<Blob>,
    nested: Option<Vec<Labelled>>,
    color: Option<Color>,
    choice: Option<Choice>,
    level: Option<Level>,
}

fn t0() -> DateTime {
    DateTime::from_secs(1_398_796_238)
}

fn empty() -> Everything {
    Everything {
        flag: None,
        tiny: None,
        small: None,
        int: None,
        long: None,
        float: None,
        double: None,
        blob: None,
        doc: None,
        epoch: None,
        explicit_epoch: None,
        iso: None,
        http: None,
        iso_list: None,
        list: None,
        sparse: None,
        tree_map: None,
        hash_map: None,
        color: None,
        level: None,
        choice: None,
        node: None,
        secret: None,
        address: None,
        custom: None,
    }
}

fn leaf(name: &str) -> Node {
    Node { name: name.into(), next: None, children: None }
}

fn full() -> Everything {
    Everything {
        flag: Some(true),
        tiny: Some(-8),
        small: Some(300),
        int: Some(-70_000),
        long: Some(9_007_199_254_740_993),
        float: Some(1.5),
        double: Some(0.1),
        blob: Some(Blob(b"hello".to_vec())),
        doc: Some(json!({"any": [1, "two", null, {"three": 3.5}]})),
        epoch: Some(DateTime::from_secs_nanos(1_398_796_238, 123_000_000)),
        explicit_epoch: Some(t0()),
        iso: Some(DateTime::from_secs_nanos(1_398_796_238, 500_000_000)),
        http: Some(t0()),
        iso_list: Some(vec![t0(), DateTime::from_secs(0)]),
        list: Some(vec!["a".into(), "b".into()]),
        sparse: Some(vec![Some("a".into()), None]),
        tree_map: Some([("b".to_owned(), 2), ("a".to_owned(), 1)].into()),
        hash_map: Some([("k".to_owned(), vec![Color::DeepRed, Color::Blue])].into()),
        color: Some(Color::Blue),
        level: Some(Level::High),
        choice: Some(Choice::Tree(Box::new(leaf("in union")))),
        node: Some(Node {
            name: "root".into(),
            next: Some(Box::new(Node { name: "second".into(), next: Some(Box::new(leaf("third"))), children: None })),
            children: Some(vec![leaf("c1"), leaf("c2")]),
        }),
        secret: Some("hunter2".into()),
        address: Some(Address { street: "1 Main St".into(), city: Some("Springfield".into()) }),
        custom: Some("custom".into()),
    }
}

fn valid_constrained() -> Constrained {
    Constrained {
        must: Some("set".into()),
        name: Some("né🙂".into()),
        count: Some(1),
        ratio: Some(-1.5),
        fraction: Some(0.1),
        anchored: Some("abc".into()),
        search: Some("a1b".into()),
        list: Some(vec!["xa".into(), "xb".into()]),
        keyed: Some([("k1".to_owned(), "v".to_owned())].into()),
        values: Some([("a".to_owned(), 5)].into()),
        data: Some(Blob(vec![0, 1])),
        nested: Some(vec![Labelled { label: "l".into() }]),
        color: Some(Color::DeepRed),
        choice: Some(Choice::Labelled(Labelled { label: "l".into() })),
        level: Some(Level::Low),
    }
}

/// Each problem as `Display` renders it: `` `path` rule ``.
fn rendered(problems: &Violations) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn json_of<T: aws_operation::Shape>(value: &T) -> serde_json::Value {
    serde_json::from_str(&to_json(value)).expect("to_json writes valid JSON")
}

fn lenient<T: aws_operation::Shape>(text: &str) -> Result<T, Violations> {
    from_json(text.as_bytes(), Mode::Lenient)
}

fn strict<T: aws_operation::Shape>(text: &str) -> Result<T, Violations> {
    from_json(text.as_bytes(), Mode::Strict)
}

// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------

#[test]
fn absent_members_are_omitted() {
    assert_eq!(to_json(&empty()), "{}");
    assert_eq!(to_json(&leaf("a")), r#"{"name":"a"}"#);
    let doc_null = Everything { doc: Some(serde_json::Value::Null), ..empty() };
    assert_eq!(to_json(&doc_null), r#"{"Doc":null}"#);
}

#[test]
fn members_are_written_in_declaration_order_with_their_wire_names() {
    let value = Everything {
        flag: Some(false),
        tree_map: Some([("b".to_owned(), 2), ("a".to_owned(), 1)].into()),
        custom: Some("c".into()),
        ..empty()
    };
    assert_eq!(to_json(&value), r#"{"Flag":false,"TreeMap":{"a":1,"b":2},"x-custom":"c"}"#);
    let node = Node { name: "n".into(), next: Some(Box::new(leaf("m"))), children: Some(vec![leaf("c")]) };
    assert_eq!(to_json(&node), r#"{"name":"n","next":{"name":"m"},"children":[{"name":"c"}]}"#);
}

#[test]
fn every_member_type_is_written_as_aws_json() {
    assert_eq!(
        json_of(&full()),
        json!({
            "Flag": true,
            "Tiny": -8,
            "Small": 300,
            "Int": -70000,
            "Long": 9_007_199_254_740_993_i64,
            "Float": 1.5,
            "Double": 0.1,
            "Blob": "aGVsbG8=",
            "Doc": {"any": [1, "two", null, {"three": 3.5}]},
            "Epoch": 1_398_796_238.123,
            "ExplicitEpoch": 1_398_796_238,
            "Iso": "2014-04-29T18:30:38.5Z",
            "Http": "Tue, 29 Apr 2014 18:30:38 GMT",
            "IsoList": ["2014-04-29T18:30:38Z", "1970-01-01T00:00:00Z"],
            "List": ["a", "b"],
            "Sparse": ["a", null],
            "TreeMap": {"a": 1, "b": 2},
            "HashMap": {"k": ["DEEP_RED", "blue"]},
            "Color": "blue",
            "Level": 10,
            "Choice": {"node": {"name": "in union"}},
            "Node": {
                "name": "root",
                "next": {"name": "second", "next": {"name": "third"}},
                "children": [{"name": "c1"}, {"name": "c2"}]
            },
            "Secret": "hunter2",
            "Address": {"street": "1 Main St", "city": "Springfield"},
            "x-custom": "custom"
        })
    );
}

#[test]
fn special_floats_are_strings() {
    let value = Everything { float: Some(f32::NAN), double: Some(f64::INFINITY), ..empty() };
    assert_eq!(to_json(&value), r#"{"Float":"NaN","Double":"Infinity"}"#);
    let value = Everything { float: Some(f32::NEG_INFINITY), double: Some(f64::NAN), ..empty() };
    assert_eq!(to_json(&value), r#"{"Float":"-Infinity","Double":"NaN"}"#);
    let value = Everything { float: Some(f32::INFINITY), double: Some(f64::NEG_INFINITY), ..empty() };
    assert_eq!(to_json(&value), r#"{"Float":"Infinity","Double":"-Infinity"}"#);
}

#[test]
fn special_floats_are_read_back_from_strings() {
    let value: Everything = lenient(r#"{"Float":"-Infinity","Double":"NaN"}"#).unwrap();
    assert_eq!(value.float, Some(f32::NEG_INFINITY));
    assert!(value.double.unwrap().is_nan());
    let value: Everything = strict(r#"{"Float":"Infinity","Double":"-Infinity"}"#).unwrap();
    assert_eq!((value.float, value.double), (Some(f32::INFINITY), Some(f64::NEG_INFINITY)));
}

#[test]
fn a_float_member_is_written_as_the_shortest_decimal_of_its_own_precision() {
    // 0.1f32 is the f32 nearest 0.1; widening it to f64 first would write 0.10000000149011612.
    let value = Everything { float: Some(0.1), double: Some(0.1), ..empty() };
    assert_eq!(to_json(&value), r#"{"Float":0.1,"Double":0.1}"#);
}

#[test]
fn blobs_are_base64() {
    let value = Everything { blob: Some(Blob(vec![0xfb, 0xff, 0x00])), ..empty() };
    assert_eq!(to_json(&value), r#"{"Blob":"+/8A"}"#);
    assert_eq!(to_json(&Everything { blob: Some(Blob(Vec::new())), ..empty() }), r#"{"Blob":""}"#);
    let back: Everything = strict(r#"{"Blob":"+/8A"}"#).unwrap();
    assert_eq!(back.blob, Some(Blob(vec![0xfb, 0xff, 0x00])));
}

#[test]
fn timestamps_follow_each_members_format() {
    let t = DateTime::from_secs_nanos(1_398_796_238, 250_000_000);
    let value = Everything {
        epoch: Some(t),
        explicit_epoch: Some(DateTime::from_secs(-1)),
        iso: Some(t),
        http: Some(t),
        iso_list: Some(vec![t]),
        ..empty()
    };
    assert_eq!(
        to_json(&value),
        concat!(
            r#"{"Epoch":1398796238.25,"ExplicitEpoch":-1,"Iso":"2014-04-29T18:30:38.25Z","#,
            r#""Http":"Tue, 29 Apr 2014 18:30:38.25 GMT","IsoList":["2014-04-29T18:30:38.25Z"]}"#
        )
    );
}

#[test]
fn timestamps_are_read_in_each_members_format() {
    let value: Everything = strict(concat!(
        r#"{"Epoch":1398796238.5,"ExplicitEpoch":0,"Iso":"2014-04-29T20:30:38+02:00","#,
        r#""Http":"Tue, 29 Apr 2014 18:30:38 GMT","IsoList":["1970-01-01T00:00:01Z"]}"#
    ))
    .unwrap();
    assert_eq!(value.epoch, Some(DateTime::from_secs_nanos(1_398_796_238, 500_000_000)));
    assert_eq!(value.explicit_epoch, Some(DateTime::from_secs(0)));
    assert_eq!(value.iso, Some(t0()));
    assert_eq!(value.http, Some(t0()));
    assert_eq!(value.iso_list, Some(vec![DateTime::from_secs(1)]));
    // Each member accepts only its own format.
    let problems = strict::<Everything>(r#"{"Epoch":"2014-04-29T18:30:38Z","Iso":1398796238}"#).unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`Epoch` expected epoch-seconds timestamp, found string \"2014-04-29T18:30:38Z\"",
            "`Iso` expected date-time timestamp, found number 1398796238",
        ]
    );
}

#[test]
fn epoch_seconds_keep_sub_millisecond_fractions_as_a_valid_json_number() {
    let value = Everything { epoch: Some(DateTime::from_secs_nanos(1_398_796_238, 100_000)), ..empty() };
    let text = to_json(&value);
    assert_eq!(text, r#"{"Epoch":1398796238.0001}"#);
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok(), "not JSON: {text}");
}

#[test]
fn hash_map_keys_are_written_sorted() {
    let map: HashMap<String, Vec<Color>> =
        ["delta", "alpha", "charlie", "bravo", "echo"].iter().map(|k| ((*k).to_owned(), vec![Color::Blue])).collect();
    let value = Everything { hash_map: Some(map), ..empty() };
    assert_eq!(
        to_json(&value),
        r#"{"HashMap":{"alpha":["blue"],"bravo":["blue"],"charlie":["blue"],"delta":["blue"],"echo":["blue"]}}"#
    );
}

#[test]
fn strings_are_escaped() {
    let value = Everything { custom: Some("quote \" backslash \\ newline \n tab \t bell \u{7} é".into()), ..empty() };
    let text = to_json(&value);
    assert_eq!(text, r#"{"x-custom":"quote \" backslash \\ newline \n tab \t bell \u0007 é"}"#);
    let back: Everything = strict(&text).unwrap();
    assert_eq!(back.custom, value.custom);
}

#[test]
fn unions_write_their_one_member() {
    assert_eq!(to_json(&Choice::Text("hi".into())), r#"{"text":"hi"}"#);
    assert_eq!(to_json(&Choice::Number(-3)), r#"{"number":-3}"#);
    assert_eq!(to_json(&Choice::Tree(Box::new(leaf("n")))), r#"{"node":{"name":"n"}}"#);
}

#[test]
fn every_member_round_trips_through_the_wire_format() {
    let value = full();
    let back: Everything = strict(&to_json(&value)).unwrap();
    assert!(back == value, "round trip changed the value: {back:?}");
}

// ---------------------------------------------------------------------------------------------
// Lenient reading (a client reading a response)
// ---------------------------------------------------------------------------------------------

#[test]
fn lenient_reading_ignores_unknown_members_and_type() {
    let node: Node =
        lenient(r#"{"__type":"com.example#Node","name":"a","surprise":{"deep":[1, null]},"x":null}"#).unwrap();
    assert!(node == leaf("a"));
    let choice: Choice = lenient(r#"{"__type":"Choice","text":"t"}"#).unwrap();
    assert_eq!(choice, Choice::Text("t".into()));
}

#[test]
fn null_members_are_absent() {
    let node: Node = lenient(r#"{"name":"a","next":null,"children":null}"#).unwrap();
    assert!(node == leaf("a"));
    let value: Everything = lenient(r#"{"Flag":null,"Doc":null,"Choice":null,"Node":null}"#).unwrap();
    assert!(value == empty());
    // A null required member is missing, so it takes its zero value.
    let node: Node = lenient(r#"{"name":null}"#).unwrap();
    assert!(node == leaf(""));
}

#[test]
fn missing_required_members_take_their_zero_values() {
    let value: Required = lenient("{}").unwrap();
    let zero = Required {
        name: String::new(),
        count: 0,
        ratio: 0.0,
        on: false,
        color: Color::Unknown(String::new()),
        level: Level::Unknown(0),
        inner: Inner { label: String::new(), size: 0, note: None },
        items: Vec::new(),
        tags: BTreeMap::new(),
        when: DateTime::from_secs(0),
        data: Blob(Vec::new()),
        must: None,
    };
    assert!(value == zero, "{value:?}");
    // An empty body is an empty structure.
    let value: Required = from_json(b"", Mode::Lenient).unwrap();
    assert!(value == zero);
    // The zero value of a nested structure has zero members too.
    let value: Required = lenient(r#"{"name":"n","inner":{"note":"only"}}"#).unwrap();
    assert!(value.inner == Inner { label: String::new(), size: 0, note: Some("only".into()) });
    assert_eq!(value.name, "n");
}

#[test]
fn unknown_string_enum_values_are_kept_and_written_back() {
    let value: Everything = lenient(r#"{"Color":"NEW","HashMap":{"k":["DEEP_RED","LATER"]}}"#).unwrap();
    assert_eq!(value.color, Some(Color::Unknown("NEW".into())));
    assert_eq!(value.hash_map, Some([("k".to_owned(), vec![Color::DeepRed, Color::Unknown("LATER".into())])].into()));
    assert_eq!(to_json(&value), r#"{"HashMap":{"k":["DEEP_RED","LATER"]},"Color":"NEW"}"#);
    // Matching is exact: the value is case-sensitive.
    assert_eq!(Color::from("deep_red"), Color::Unknown("deep_red".into()));
    assert_eq!(Color::from("DEEP_RED").as_str(), "DEEP_RED");
    assert_eq!(Color::VALUES, ["DEEP_RED", "blue"]);
}

#[test]
fn unknown_int_enum_values_are_kept_and_written_back() {
    let value: Everything = lenient(r#"{"Level":7}"#).unwrap();
    assert_eq!(value.level, Some(Level::Unknown(7)));
    assert_eq!(to_json(&value), r#"{"Level":7}"#);
    assert_eq!((Level::from(10), Level::Unknown(-2).value()), (Level::High, -2));
}

#[test]
fn unknown_union_members_are_kept_with_their_name_and_raw_json() {
    let text = r#"{"Choice":{"newThing":{"b":[1,2.5,"x"],"a":null}}}"#;
    let value: Everything = lenient(text).unwrap();
    assert_eq!(
        value.choice,
        Some(Choice::Unknown(UnknownMember { name: "newThing".into(), value: json!({"b": [1, 2.5, "x"], "a": null}) }))
    );
    assert_eq!(json_of(&value), json!({"Choice": {"newThing": {"a": null, "b": [1, 2.5, "x"]}}}));
}

#[test]
fn a_union_with_two_members_set_is_an_error_naming_both() {
    let problems = lenient::<Everything>(r#"{"Choice":{"number":1,"text":"a"}}"#).unwrap_err();
    assert_eq!(rendered(&problems), ["`Choice` `number`, `text` are set; a union needs exactly one"]);
    assert_eq!(problems.0[0].code(), "union");
    // Null members and `__type` do not count.
    let choice: Choice = lenient(r#"{"number":null,"text":"a","__type":"Choice"}"#).unwrap();
    assert_eq!(choice, Choice::Text("a".into()));
}

#[test]
fn a_union_with_no_member_set_is_an_error() {
    for text in [r#"{"Choice":{}}"#, r#"{"Choice":{"text":null}}"#, r#"{"Choice":{"__type":"Choice"}}"#] {
        let problems = lenient::<Everything>(text).unwrap_err();
        assert_eq!(rendered(&problems), ["`Choice` no member is set; a union needs exactly one"], "{text}");
    }
}

#[test]
fn wrong_types_are_errors_with_their_path() {
    let problems = lenient::<Everything>(
        r#"{"Tiny":300,"List":["a",2],"Node":{"name":1,"children":[{"name":"ok"},{"name":[]}]},"Choice":{"number":"1"}}"#,
    )
    .unwrap_err();
    let mut found = rendered(&problems);
    found.sort();
    assert_eq!(
        found,
        [
            "`Choice.number` expected integer, found string \"1\"",
            "`List[1]` expected string, found number 2",
            "`Node.children[1].name` expected string, found an array",
            "`Node.name` expected string, found number 1",
            "`Tiny` expected byte, found number 300",
        ]
    );
    let problems = lenient::<Node>("[1]").unwrap_err();
    assert_eq!(rendered(&problems), ["`input` expected object, found an array"]);
    let problems = lenient::<Node>("{").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems.0[0].path, "");
    assert_eq!(problems.0[0].code(), "type");
}

#[test]
fn lists_skip_nulls_unless_sparse() {
    let value: Everything = lenient(r#"{"List":["a",null,"b"],"Sparse":[null,"x",null]}"#).unwrap();
    assert_eq!(value.list, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(value.sparse, Some(vec![None, Some("x".to_owned()), None]));
    assert_eq!(to_json(&value), r#"{"List":["a","b"],"Sparse":[null,"x",null]}"#);
}

// ---------------------------------------------------------------------------------------------
// Strict reading (a server reading input)
// ---------------------------------------------------------------------------------------------

#[test]
fn strict_reading_lists_every_problem_at_once() {
    let text = r#"{
        "zzz": 1,
        "__type": "Strict",
        "count": "x",
        "items": [{"label": "a", "size": 1}, {"label": 5, "size": "big", "extra": true}, null],
        "byKey": {"k": "v", "ok": 1, "n": null},
        "inner": {"size": 1.5},
        "choice": {"newThing": 1}
    }"#;
    let problems = strict::<Strict>(text).unwrap_err();
    let mut found = rendered(&problems);
    found.sort();
    assert_eq!(
        found,
        [
            "`byKey[\"k\"]` expected long, found string \"v\"",
            "`byKey[\"n\"]` expected a non-null map value, found null",
            "`choice.newThing` is not a member of this shape",
            "`count` expected integer, found string \"x\"",
            "`id` is required",
            "`inner.label` is required",
            "`inner.size` expected long, found number 1.5",
            "`items[1].extra` is not a member of this shape",
            "`items[1].label` expected string, found number 5",
            "`items[1].size` expected long, found string \"big\"",
            "`items[2]` expected a non-null list element, found null",
            "`must` is required",
            "`zzz` is not a member of this shape",
        ]
    );
    let codes: Vec<_> = problems.iter().map(|p| (p.path.as_str(), p.code())).filter(|(p, _)| *p == "id").collect();
    assert_eq!(codes, [("id", "required")]);
}

#[test]
fn strict_reading_accepts_complete_input() {
    let value: Strict =
        strict(r#"{"id":"i","must":"m","inner":{"label":"l","size":2},"choice":{"text":"t"}}"#).unwrap();
    assert!(
        value
            == Strict {
                id: "i".into(),
                count: None,
                items: None,
                by_key: None,
                inner: Some(Inner { label: "l".into(), size: 2, note: None }),
                choice: Some(Choice::Text("t".into())),
                must: Some("m".into()),
            }
    );
    // A required member that is null is missing.
    let problems = strict::<Strict>(r#"{"id":null,"must":null}"#).unwrap_err();
    assert_eq!(rendered(&problems), ["`id` is required", "`must` is required"]);
}

#[test]
fn strict_reading_reports_problems_in_declaration_order() {
    // `Violations` promises the order members are declared: zeta, mid, alpha.
    let problems = strict::<Ordered>(r#"{"alpha":"a","mid":"m"}"#).unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`zeta` is required",
            "`mid` expected integer, found string \"m\"",
            "`alpha` expected integer, found string \"a\""
        ]
    );
}

#[test]
fn strict_reading_keeps_what_lenient_reading_forgives() {
    let text = r#"{"name":"a","extra":1,"children":[null]}"#;
    let node: Node = lenient(text).unwrap();
    assert!(node == Node { name: "a".into(), next: None, children: Some(Vec::new()) });
    let problems = strict::<Node>(text).unwrap_err();
    let mut found = rendered(&problems);
    found.sort();
    assert_eq!(
        found,
        ["`children[0]` expected a non-null list element, found null", "`extra` is not a member of this shape"]
    );
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

#[test]
fn a_valid_value_at_every_bound_passes() {
    assert_eq!(validate(&valid_constrained()), Ok(()));
    // f32 bounds have their own test below.
    let upper = Constrained {
        count: Some(10),
        ratio: Some(2.5),
        fraction: Some(0.25),
        list: Some(Vec::new()),
        data: Some(Blob(Vec::new())),
        ..valid_constrained()
    };
    assert_eq!(validate(&upper), Ok(()));
}

#[test]
fn length_counts_unicode_scalar_values() {
    // "né🙂" is 3 scalar values, 4 UTF-16 code units and 7 bytes.
    assert_eq!(validate(&Constrained { name: Some("né🙂".into()), ..valid_constrained() }), Ok(()));
    let problems = validate(&Constrained { name: Some("né🙂!".into()), ..valid_constrained() }).unwrap_err();
    assert_eq!(rendered(&problems), ["`name` length must be 3, got 4"]);
    let problems = validate(&Constrained { name: Some("é".into()), ..valid_constrained() }).unwrap_err();
    assert_eq!(rendered(&problems), ["`name` length must be 3, got 1"]);
}

#[test]
fn range_bounds_are_inclusive() {
    let problems =
        validate(&Constrained { count: Some(11), ratio: Some(-1.6), fraction: Some(0.31), ..valid_constrained() })
            .unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`count` must be between 1 and 10, got 11",
            "`ratio` must be between -1.5 and 2.5, got -1.6",
            "`fraction` must be between 0.1 and 0.3, got 0.31",
        ]
    );
    let problems = validate(&Constrained { count: Some(0), ratio: Some(f64::NAN), ..valid_constrained() }).unwrap_err();
    assert_eq!(
        rendered(&problems),
        ["`count` must be between 1 and 10, got 0", "`ratio` must be between -1.5 and 2.5, got NaN"]
    );
}

#[test]
fn f32_members_accept_their_own_bounds() {
    // 0.3 in the model is the f32 nearest 0.3 in an f32 member, which is slightly above the f64 0.3.
    assert_eq!(validate(&Constrained { fraction: Some(0.3), ..valid_constrained() }), Ok(()));
}

#[test]
fn patterns_search_unless_anchored() {
    // `[0-9]` is a search: a digit anywhere matches.
    assert_eq!(validate(&Constrained { search: Some("abc7def".into()), ..valid_constrained() }), Ok(()));
    // `^[a-z]+$` is anchored: a letter run inside the value is not enough.
    let problems = validate(&Constrained {
        anchored: Some("abc1".into()),
        search: Some("no digits".into()),
        ..valid_constrained()
    })
    .unwrap_err();
    assert_eq!(
        rendered(&problems),
        ["`anchored` must match the pattern `^[a-z]+$`", "`search` must match the pattern `[0-9]`"]
    );
    assert_eq!(problems.0[0].code(), "pattern");
}

#[test]
fn items_and_keys_constraints_report_element_paths() {
    let problems = validate(&Constrained {
        list: Some(vec!["xa".into(), "y".into()]),
        keyed: Some([("k".to_owned(), "v".to_owned()), ("bad".to_owned(), "v".to_owned())].into()),
        values: Some([("b".to_owned(), 7), ("a".to_owned(), 6), ("ok".to_owned(), 5)].into()),
        nested: Some(vec![Labelled { label: "x".into() }, Labelled { label: String::new() }]),
        ..valid_constrained()
    })
    .unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`list[1]` length must be at least 2, got 1",
            "`list[1]` must match the pattern `^x`",
            "`keyed[\"bad\"]` must match the pattern `^k`",
            "`values[\"a\"]` must be at most 5, got 6",
            "`values[\"b\"]` must be at most 5, got 7",
            "`nested[1].label` length must be at least 1, got 0",
        ]
    );
}

#[test]
fn union_members_are_checked_against_their_constraints_with_their_path() {
    let holding = |bounded: Bounded| HoldsBounded { bounded: Some(bounded), list: None };
    for ok in [
        Bounded::Text("a".into()),
        Bounded::Count(5),
        Bounded::Tags(vec!["xa".into(), "xb".into()]),
        Bounded::Bytes(Blob(vec![0])),
    ] {
        assert_eq!(validate(&holding(ok.clone())), Ok(()), "{ok:?}");
    }
    for (bad, expected) in [
        (Bounded::Text(String::new()), "`bounded.text` length must be at least 1, got 0"),
        (Bounded::Count(6), "`bounded.count` must be between 1 and 5, got 6"),
        (Bounded::Bytes(Blob(Vec::new())), "`bounded.bytes` length must be at least 1, got 0"),
    ] {
        assert_eq!(rendered(&validate(&holding(bad)).unwrap_err()), [expected]);
    }
    let problems = validate(&HoldsBounded {
        bounded: Some(Bounded::Tags(vec!["xa".into(), "y".into(), "xc".into()])),
        list: Some(vec![Bounded::Text("ok".into()), Bounded::Count(0)]),
    })
    .unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`bounded.tags` length must be at most 2, got 3",
            "`bounded.tags[1]` must match the pattern `^x`",
            "`list[1].count` must be between 1 and 5, got 0",
        ]
    );
    // Input read from JSON is checked as it is for a structure's members.
    let problems = aws_operation::shape::read_input::<HoldsBounded>(&json!({"bounded": {"text": ""}})).unwrap_err();
    assert_eq!(rendered(&problems), ["`bounded.text` length must be at least 1, got 0"]);
}

#[test]
fn union_members_carry_their_constraints_in_the_schema() {
    let aws_operation::schema::TypeSchema::Shape(schema) = <Bounded as aws_operation::Shape>::type_schema() else {
        panic!("a union is a shape")
    };
    let c: Vec<_> = schema.members.iter().map(|m| (m.name, m.constraints.length, m.constraints.range)).collect();
    assert_eq!(
        c,
        [
            ("text", Some((Some(1), None)), None),
            ("count", None, Some((Some("1"), Some("5")))),
            ("tags", Some((None, Some(2))), None),
            ("bytes", Some((Some(1), None)), None),
        ]
    );
    assert_eq!(schema.members[2].constraints.items.and_then(|i| i.pattern), Some("^x"));
    assert!(schema.members.iter().all(|m| !m.sensitive));
}

#[test]
fn unknown_enum_values_and_union_members_cannot_be_sent() {
    let problems = validate(&Constrained {
        color: Some(Color::Unknown("NEW".into())),
        choice: Some(Choice::Unknown(UnknownMember { name: "newThing".into(), value: json!(1) })),
        ..valid_constrained()
    })
    .unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`color` `NEW` is not one of `DEEP_RED`, `blue`",
            "`choice` holds the unknown member `newThing`, which cannot be sent",
        ]
    );
    let codes: Vec<_> = problems.iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["enum", "union"]);
}

#[test]
fn unknown_int_enum_values_cannot_be_sent_and_are_enum_violations() {
    let problems = validate(&Constrained { level: Some(Level::Unknown(7)), ..valid_constrained() }).unwrap_err();
    assert_eq!(rendered(&problems), ["`level` `7` is not one of `1`, `10`"]);
    assert_eq!(problems.0[0].code(), "enum");
}

#[test]
fn every_violation_is_reported_in_declaration_order() {
    let value = Constrained {
        must: None,
        name: Some("ab".into()),
        count: Some(0),
        ratio: Some(2.6),
        fraction: Some(0.05),
        anchored: Some("ABC".into()),
        search: Some("abc".into()),
        list: Some(vec!["xa".into(), "y".into(), "xbb".into()]),
        keyed: Some([("bad".to_owned(), "v".to_owned())].into()),
        values: Some([("a".to_owned(), 6)].into()),
        data: Some(Blob(vec![1, 2, 3])),
        nested: Some(vec![Labelled { label: String::new() }]),
        color: Some(Color::Unknown(String::new())),
        choice: Some(Choice::Labelled(Labelled { label: String::new() })),
        level: Some(Level::High),
    };
    let problems = validate(&value).unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`must` is required",
            "`name` length must be 3, got 2",
            "`count` must be between 1 and 10, got 0",
            "`ratio` must be between -1.5 and 2.5, got 2.6",
            "`fraction` must be between 0.1 and 0.3, got 0.05",
            "`anchored` must match the pattern `^[a-z]+$`",
            "`search` must match the pattern `[0-9]`",
            "`list` length must be at most 2, got 3",
            "`list[1]` length must be at least 2, got 1",
            "`list[1]` must match the pattern `^x`",
            "`keyed[\"bad\"]` must match the pattern `^k`",
            "`values[\"a\"]` must be at most 5, got 6",
            "`data` length must be at most 2, got 3",
            "`nested[0].label` length must be at least 1, got 0",
            "`color` `` is not one of `DEEP_RED`, `blue`",
            "`choice.labelled.label` length must be at least 1, got 0",
        ]
    );
    assert_eq!(
        problems.to_string().split(": ").next(),
        Some("16 invalid members"),
        "the report counts every violation"
    );
}

#[test]
fn required_members_are_checked_by_validation() {
    let problems = validate(&Constrained { must: None, ..valid_constrained() }).unwrap_err();
    assert_eq!(rendered(&problems), ["`must` is required"]);
    assert_eq!(problems.0[0].code(), "required");
    // Zero values of plain required members are values, not missing ones.
    let zero: Required = lenient(r#"{"must":"m"}"#).unwrap();
    let problems = validate(&zero).unwrap_err();
    assert_eq!(
        rendered(&problems),
        ["`color` `` is not one of `DEEP_RED`, `blue`", "`level` `0` is not one of `1`, `10`"]
    );
}

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

#[test]
fn builders_report_every_missing_plain_member_at_once() {
    let problems = Required::builder().name("n").on(true).must("m").build().unwrap_err();
    assert_eq!(
        rendered(&problems),
        [
            "`count` is required",
            "`ratio` is required",
            "`color` is required",
            "`level` is required",
            "`inner` is required",
            "`items` is required",
            "`tags` is required",
            "`when` is required",
            "`data` is required",
        ]
    );
}

#[test]
fn builders_report_missing_required_option_members() {
    let problems = Required::builder()
        .name("n")
        .count(1)
        .ratio(0.5)
        .on(false)
        .color(Color::Blue)
        .level(Level::Low)
        .inner(Inner { label: "l".into(), size: 1, note: None })
        .items(vec!["a".to_owned()])
        .tags(BTreeMap::new())
        .when(t0())
        .data(Blob(vec![1]))
        .build()
        .unwrap_err();
    assert_eq!(rendered(&problems), ["`must` is required"]);
}

#[test]
fn builders_build_what_was_set() {
    let node = Node::builder().name("a").next(leaf("b")).children(vec![leaf("c")]).build().unwrap();
    assert!(node == Node { name: "a".into(), next: Some(Box::new(leaf("b"))), children: Some(vec![leaf("c")]) });
    let node = Node::builder().name("a").next(leaf("b")).set_next(None).build().unwrap();
    assert!(node == leaf("a"));
    let problems = Node::builder().build().unwrap_err();
    assert_eq!(rendered(&problems), ["`name` is required"]);
}

// ---------------------------------------------------------------------------------------------
// Serde (storage)
// ---------------------------------------------------------------------------------------------

fn serde_round_trip<T>(value: &T) -> (String, T)
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let text = serde_json::to_string(value).unwrap();
    let back = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
    (text, back)
}

#[test]
fn serde_round_trips_structures() {
    let (text, back) = serde_round_trip(&full());
    assert!(back == full(), "{text}");
    let stored: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(stored["x-custom"], json!("custom"));
    assert_eq!(stored["Blob"], json!("aGVsbG8="));
    assert_eq!(stored["Color"], json!("blue"));
    assert_eq!(stored["Level"], json!(10));
    assert_eq!(stored["HashMap"], json!({"k": ["DEEP_RED", "blue"]}));
    assert_eq!(stored["Choice"], json!({"node": {"name": "in union"}}));
    let (text, back) = serde_round_trip(&empty());
    assert_eq!(text, "{}");
    assert!(back == empty());
    let zero: Required = lenient("{}").unwrap();
    let (_, back) = serde_round_trip(&zero);
    assert!(back == zero);
    let broken = BrokenException { message: Some("boom".into()), reason: None };
    let (text, back) = serde_round_trip(&broken);
    assert_eq!(text, r#"{"Message":"boom"}"#);
    assert!(back == broken);
    let address = Address { street: "s".into(), city: None };
    let (text, back) = serde_round_trip(&address);
    assert_eq!(text, r#"{"street":"s"}"#);
    assert!(back == address);
}

#[test]
fn serde_writes_enums_as_their_wire_values() {
    for (color, text) in
        [(Color::DeepRed, r#""DEEP_RED""#), (Color::Blue, r#""blue""#), (Color::Unknown("NEW".into()), r#""NEW""#)]
    {
        assert_eq!(serde_round_trip(&color), (text.to_owned(), color));
    }
    for (level, text) in [(Level::Low, "1"), (Level::High, "10"), (Level::Unknown(7), "7")] {
        assert_eq!(serde_round_trip(&level), (text.to_owned(), level));
    }
}

#[test]
fn serde_round_trips_unions() {
    for (choice, text) in [
        (Choice::Text("t".into()), r#"{"text":"t"}"#),
        (Choice::Number(3), r#"{"number":3}"#),
        (Choice::Tree(Box::new(leaf("n"))), r#"{"node":{"name":"n"}}"#),
    ] {
        assert_eq!(serde_round_trip(&choice), (text.to_owned(), choice));
    }
}

#[test]
fn serde_round_trips_unions_holding_an_unknown_member() {
    // A response read leniently may hold a member this client does not know; storing it must
    // not fail, and reading it back must give the same value.
    let choice = Choice::Unknown(UnknownMember { name: "newThing".into(), value: json!({"a": 1}) });
    let text = serde_json::to_string(&choice);
    assert_eq!(text.as_deref().ok(), Some(r#"{"newThing":{"a":1}}"#));
    let back: Result<Choice, _> = serde_json::from_str(r#"{"newThing":{"a":1}}"#);
    assert_eq!(back.ok(), Some(choice));
}

// ---------------------------------------------------------------------------------------------
// Debug, errors
// ---------------------------------------------------------------------------------------------

#[test]
fn debug_redacts_sensitive_members_and_structures() {
    let text = format!("{:?}", full());
    assert!(text.contains(r#"secret: *** Sensitive Data Redacted ***"#), "{text}");
    assert!(text.contains(r#"address: Some(Address(*** Sensitive Data Redacted ***))"#), "{text}");
    assert!(text.contains(r#"custom: Some("custom")"#), "{text}");
    for leaked in ["hunter2", "Main St", "Springfield", "street", "city"] {
        assert!(!text.contains(leaked), "{leaked} leaked: {text}");
    }
    let address = Address { street: "1 Main St".into(), city: Some("Springfield".into()) };
    assert_eq!(format!("{address:?}"), "Address(*** Sensitive Data Redacted ***)");
    assert_eq!(format!("{address:#?}"), "Address(\n    *** Sensitive Data Redacted ***,\n)");
}

#[test]
fn debug_of_a_plain_structure_shows_its_members() {
    let node = Node { name: "a".into(), next: Some(Box::new(leaf("b"))), children: None };
    assert_eq!(
        format!("{node:?}"),
        r#"Node { name: "a", next: Some(Node { name: "b", next: None, children: None }), children: None }"#
    );
}

#[test]
fn error_shapes_carry_their_code_fault_and_message() {
    assert_eq!(
        (BrokenException::CODE, BrokenException::FAULT, BrokenException::STATUS),
        ("Broken", Fault::Server, 503)
    );
    assert_eq!((BrokenException::RETRYABLE, BrokenException::THROTTLING), (true, false));
    assert_eq!(BrokenException::QUERY_CODE, None);
    let e: BrokenException = lenient(r#"{"__type":"Broken","Message":"boom","reason":"r","extra":1}"#).unwrap();
    assert!(e == BrokenException { message: Some("boom".into()), reason: Some("r".into()) });
    assert_eq!(e.message(), Some("boom"));
    assert_eq!(e.to_string(), "Broken: boom");
    assert_eq!(to_json(&e), r#"{"Message":"boom","reason":"r"}"#);
    let bare = BrokenException { message: None, reason: None };
    assert_eq!(bare.to_string(), "Broken");
    let as_error: &dyn std::error::Error = &bare;
    assert!(as_error.source().is_none());
}

#[test]
fn a_sensitive_error_message_is_redacted_in_display() {
    let e = LeakyException { message: "token abc123".into() };
    assert_eq!(format!("{e:?}"), "LeakyException { message: *** Sensitive Data Redacted *** }");
    assert_eq!(e.to_string(), "LeakyException: *** Sensitive Data Redacted ***");
    // The message stays available to code that asks for it.
    assert_eq!(e.message(), Some("token abc123"));
}

#[test]
fn a_sensitive_error_structure_is_redacted_in_display() {
    let e = SecretException { message: Some("token abc123".into()) };
    assert_eq!(format!("{e:?}"), "SecretException(*** Sensitive Data Redacted ***)");
    assert_eq!(e.to_string(), "SecretException: *** Sensitive Data Redacted ***");
}

/// Declared without `rename_all`, so camelCase, for a service that sends PascalCase.
#[aws_shape]
#[derive(Clone, PartialEq)]
struct FunctionSummary {
    function_name: Option<String>,
    memory_size: Option<i32>,
}

#[test]
fn a_response_in_another_casing_is_an_error_naming_the_member_not_an_empty_value() {
    let problems =
        from_json::<FunctionSummary>(br#"{"FunctionName": "f", "MemorySize": 128}"#, Mode::Lenient).unwrap_err();
    assert_eq!(problems.0.len(), 1, "{problems}");
    assert_eq!(problems.0[0].path, "FunctionName");
    assert_eq!(problems.0[0].code(), "casing");
    let text = problems.to_string();
    assert!(text.contains("`functionName`") && text.contains("rename_all"), "{text}");

    // Nested: the structure whose casing is wrong is the one named.
    let nested =
        from_json::<Vec<FunctionSummary>>(br#"[{"functionName": "a"}, {"Function_Name": "b"}]"#, Mode::Lenient);
    assert_eq!(nested.unwrap_err().0[0].path, "[1].Function_Name");
}

#[test]
fn a_stray_member_in_another_casing_beside_known_ones_is_ignored() {
    let read = from_json::<FunctionSummary>(br#"{"FunctionName": "new", "functionName": "f"}"#, Mode::Lenient).unwrap();
    assert_eq!(read.function_name.as_deref(), Some("f"));
    let read = from_json::<FunctionSummary>(br#"{"functionName": "f", "MemorySize": 1}"#, Mode::Lenient).unwrap();
    assert_eq!((read.function_name.as_deref(), read.memory_size), (Some("f"), None));
    // Members the shape does not know at all, in any casing, are ignored as always.
    assert_eq!(from_json::<FunctionSummary>(br#"{"Runtime": "x"}"#, Mode::Lenient).unwrap().function_name, None);
}
