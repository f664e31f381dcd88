//! The codec's properties, over a structure of every kind of value written out by hand here
//! (the runtime cannot use its own macros): round trips, the encodings Smithy asks for, what a
//! lenient reader forgives, and malformed input reported rather than panicking.
//!
//! The generated values come from a fixed xorshift sequence, so every run checks the same ones.

use std::collections::BTreeMap;

use super::{from_cbor, to_cbor};
use crate::schema::{MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use crate::shape::{Field, Mode, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::Violations;

/// A structure without members, for the writer's tests.
pub(super) static EMPTY_SHAPE: ShapeSchema = shape("Empty", ShapeKind::Structure, &[]);

const fn shape(name: &'static str, kind: ShapeKind, members: &'static [MemberSchema]) -> ShapeSchema {
    ShapeSchema {
        name,
        kind,
        members,
        values: &[],
        int_values: &[],
        sensitive: false,
        error: None,
        xml_name: None,
        xml_namespace: None,
        xml_unwrapped: false,
    }
}

const fn member(name: &'static str, target: fn() -> TypeSchema) -> MemberSchema {
    MemberSchema { target, ..MemberSchema::named(name) }
}

/// Every kind of value, each an optional member but `required`.
#[derive(Debug, Clone, Default, PartialEq)]
struct Sample {
    string: Option<String>,
    boolean: Option<bool>,
    byte: Option<i8>,
    short: Option<i16>,
    integer: Option<i32>,
    long: Option<i64>,
    float: Option<f32>,
    double: Option<f64>,
    blob: Option<Blob>,
    timestamp: Option<DateTime>,
    list: Option<Vec<i32>>,
    sparse: Option<Vec<Option<String>>>,
    map: Option<BTreeMap<String, bool>>,
    nested: Option<Box<Sample>>,
    required: String,
}

static SAMPLE_MEMBERS: [MemberSchema; 15] = [
    member("string", <String as Shape>::type_schema),
    member("boolean", <bool as Shape>::type_schema),
    member("byte", <i8 as Shape>::type_schema),
    member("short", <i16 as Shape>::type_schema),
    member("integer", <i32 as Shape>::type_schema),
    member("long", <i64 as Shape>::type_schema),
    member("float", <f32 as Shape>::type_schema),
    member("double", <f64 as Shape>::type_schema),
    member("blob", <Blob as Shape>::type_schema),
    member("timestamp", <DateTime as Shape>::type_schema),
    member("list", <Vec<i32> as Shape>::type_schema),
    member("sparse", <Vec<Option<String>> as Shape>::type_schema),
    member("map", <BTreeMap<String, bool> as Shape>::type_schema),
    member("nested", <Sample as Shape>::type_schema),
    MemberSchema { required: true, ..member("required", <String as Shape>::type_schema) },
];

static SAMPLE: ShapeSchema = shape("Sample", ShapeKind::Structure, &SAMPLE_MEMBERS);

impl Shape for Sample {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        let m = &SAMPLE_MEMBERS;
        s.write_struct(member, &SAMPLE, |s| {
            s.write_member(&m[0], &self.string);
            s.write_member(&m[1], &self.boolean);
            s.write_member(&m[2], &self.byte);
            s.write_member(&m[3], &self.short);
            s.write_member(&m[4], &self.integer);
            s.write_member(&m[5], &self.long);
            s.write_member(&m[6], &self.float);
            s.write_member(&m[7], &self.double);
            s.write_member(&m[8], &self.blob);
            s.write_member(&m[9], &self.timestamp);
            s.write_member(&m[10], &self.list);
            s.write_member(&m[11], &self.sparse);
            s.write_member(&m[12], &self.map);
            s.write_member(&m[13], &self.nested);
            s.write_member(&m[14], &self.required);
        });
    }

    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        let m = &SAMPLE_MEMBERS;
        let before = d.decoder().problem_count();
        let mut out = Sample::default();
        let mut required = None;
        let ok = d.read_struct(member, &SAMPLE, |d, i| match i {
            0 => out.string = d.read_member(&m[0]),
            1 => out.boolean = d.read_member(&m[1]),
            2 => out.byte = d.read_member(&m[2]),
            3 => out.short = d.read_member(&m[3]),
            4 => out.integer = d.read_member(&m[4]),
            5 => out.long = d.read_member(&m[5]),
            6 => out.float = d.read_member(&m[6]),
            7 => out.double = d.read_member(&m[7]),
            8 => out.blob = d.read_member(&m[8]),
            9 => out.timestamp = d.read_member(&m[9]),
            10 => out.list = d.read_member(&m[10]),
            11 => out.sparse = d.read_member(&m[11]),
            12 => out.map = d.read_member(&m[12]),
            13 => out.nested = d.read_member(&m[13]),
            14 => required = d.read_member(&m[14]),
            _ => {}
        });
        if !ok || d.decoder().gives_up(before) {
            return None;
        }
        out.required = required.unwrap_or_default();
        Some(out)
    }

    fn zero() -> Self {
        Sample::default()
    }

    fn type_schema() -> TypeSchema {
        TypeSchema::Shape(&SAMPLE)
    }
}

/// A union of a string and an integer, which keeps members it does not know.
#[derive(Debug, PartialEq)]
enum Pick {
    Text(String),
    Number(i32),
    Unknown(UnknownMember),
}

static PICK_MEMBERS: [MemberSchema; 2] =
    [member("text", <String as Shape>::type_schema), member("number", <i32 as Shape>::type_schema)];

static PICK: ShapeSchema = shape("Pick", ShapeKind::Union, &PICK_MEMBERS);

fn read_pick(bytes: &[u8]) -> Result<Pick, Violations> {
    let mut d = super::CborDeserializer::new(bytes, Mode::Lenient);
    let mut out = None;
    let ok = d.read_union(&MemberSchema::ROOT, &PICK, |d, field| {
        out = match field {
            Field::Known(0) => d.read_member(&PICK_MEMBERS[0]).map(Pick::Text),
            Field::Known(_) => d.read_member(&PICK_MEMBERS[1]).map(Pick::Number),
            Field::Unknown(name) => d.read_unknown_member(name).map(Pick::Unknown),
        }
    });
    d.end();
    d.finish(out.filter(|_| ok))
}

/// A fixed sequence of pseudo-random numbers (xorshift64).
struct Numbers(u64);

impl Numbers {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn full() -> Sample {
    Sample {
        string: Some("grüße, \u{1F600}".into()),
        boolean: Some(false),
        byte: Some(i8::MIN),
        short: Some(i16::MAX),
        integer: Some(-70_000),
        long: Some(i64::MAX),
        float: Some(7.625),
        double: Some(1.889),
        blob: Some(Blob(vec![0, 255, 10])),
        timestamp: Some(DateTime::from_secs_nanos(946_845_296, 123_000_000)),
        list: Some(vec![1, -1, 1 << 20]),
        sparse: Some(vec![Some("a".into()), None]),
        map: Some([("x".into(), true), ("y".into(), false)].into()),
        nested: Some(Box::new(Sample { required: "inner".into(), long: Some(i64::MIN), ..Sample::default() })),
        required: "outer".into(),
    }
}

fn lenient<T: Shape>(bytes: &[u8]) -> Result<T, Violations> {
    from_cbor(bytes, Mode::Lenient)
}

fn problems<T: Shape>(bytes: &[u8], mode: Mode) -> Vec<String> {
    match from_cbor::<T>(bytes, mode) {
        Ok(_) => Vec::new(),
        Err(v) => v.iter().map(ToString::to_string).collect(),
    }
}

/// `"key"` as a CBOR text head and its bytes.
fn text(key: &str) -> Vec<u8> {
    assert!(key.len() < 24);
    let mut out = vec![0x60 | key.len() as u8];
    out.extend_from_slice(key.as_bytes());
    out
}

#[test]
fn a_structure_of_every_kind_round_trips() {
    let sample = full();
    assert_eq!(lenient::<Sample>(&to_cbor(&sample)), Ok(sample.clone()));
    assert_eq!(from_cbor::<Sample>(&to_cbor(&sample), Mode::Strict), Ok(sample));
    let bare = Sample { required: String::new(), ..Sample::default() };
    assert_eq!(to_cbor(&bare), [&[0xa1][..], &text("required"), &[0x60]].concat());
    assert_eq!(lenient::<Sample>(&to_cbor(&bare)), Ok(bare));
}

#[test]
fn integers_take_their_smallest_head_and_round_trip() {
    // The head's size by RFC 8949's ranges, for the value or, if negative, for -1 - value.
    let head = |n: i64| match if n < 0 { !n as u64 } else { n as u64 } {
        0..=23 => 1,
        24..=0xff => 2,
        0x100..=0xffff => 3,
        0x1_0000..=0xffff_ffff => 5,
        _ => 9,
    };
    let edges = [0, 23, 24, 255, 256, 65_535, 65_536, 0xffff_ffff, 0x1_0000_0000, i64::MAX, i64::MIN];
    let mut numbers = Numbers(0x9e37_79b9_7f4a_7c15);
    let mut values: Vec<i64> = edges.iter().flat_map(|&n| [n, n.wrapping_neg(), n.wrapping_sub(1)]).collect();
    // Numbers of every magnitude: a random value shifted down by a random amount.
    values.extend((0..2000).map(|_| (numbers.next() as i64) >> (numbers.next() % 64)));
    for n in values {
        let bytes = to_cbor(&n);
        assert_eq!(bytes.len(), head(n), "{n}: {bytes:02x?}");
        assert_eq!(bytes[0] >> 5, if n < 0 { 1 } else { 0 }, "{n}: major type");
        assert_eq!(lenient::<i64>(&bytes), Ok(n));
        if let Ok(small) = i32::try_from(n) {
            assert_eq!(lenient::<i32>(&bytes), Ok(small));
        } else {
            let found = problems::<i32>(&bytes, Mode::Lenient);
            assert_eq!(found, [format!("`input` expected integer, found integer {n}")]);
        }
    }
    assert_eq!(problems::<i8>(&to_cbor(&128i64), Mode::Lenient), ["`input` expected byte, found integer 128"]);
    // Beyond i64: a negative integer CBOR has and a long has not.
    let below = [0x3b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    assert_eq!(problems::<i64>(&below, Mode::Lenient), ["`input` expected long, found integer -18446744073709551616"]);
}

#[test]
fn floats_round_trip_bit_for_bit_with_nan_and_infinities() {
    let mut numbers = Numbers(0x2545_f491_4f6c_dd1d);
    let specials = [0.0, -0.0, f64::MIN_POSITIVE, 5e-324, f64::MAX, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    let doubles = specials.into_iter().chain((0..2000).map(|_| f64::from_bits(numbers.next())));
    for d in doubles {
        let bytes = to_cbor(&d);
        assert_eq!(bytes[0], 0xfb, "{d} is a double");
        assert_eq!(bytes[1..], d.to_be_bytes(), "{d}");
        assert_eq!(lenient::<f64>(&bytes).map(f64::to_bits), Ok(d.to_bits()), "{d}");
    }
    let singles = [0.0, -0.0, f32::MAX, f32::INFINITY, f32::NEG_INFINITY, f32::NAN];
    let singles = singles.into_iter().chain((0..2000).map(|_| f32::from_bits(numbers.next() as u32)));
    for f in singles {
        let bytes = to_cbor(&f);
        assert_eq!(bytes[0], 0xfa, "{f} is a single");
        assert_eq!(bytes[1..], f.to_be_bytes(), "{f}");
        // A float is read through a double (`read_float`), which may quiet a signaling NaN.
        let read = lenient::<f32>(&bytes).unwrap();
        assert!(if f.is_nan() { read.is_nan() } else { read.to_bits() == f.to_bits() }, "{f}");
    }
    // Read from halves (NaN both ways round), singles and integers too.
    assert_eq!(lenient::<f64>(&[0xf9, 0x3e, 0x00]), Ok(1.5));
    assert_eq!(lenient::<f64>(&[0xf9, 0x7c, 0x00]), Ok(f64::INFINITY));
    assert_eq!(lenient::<f32>(&[0xf9, 0xfc, 0x00]), Ok(f32::NEG_INFINITY));
    assert!(lenient::<f64>(&[0xf9, 0x7c, 0x01]).unwrap().is_nan());
    assert!(lenient::<f32>(&[0xf9, 0x7e, 0x00]).unwrap().is_nan());
    assert_eq!(lenient::<f64>(&[0xfa, 0x40, 0xf4, 0, 0]), Ok(7.625));
    assert_eq!(lenient::<f64>(&[0x19, 0x01, 0x00]), Ok(256.0));
    assert_eq!(lenient::<f32>(&[0x38, 0x00]), Ok(-1.0));
    assert_eq!(problems::<f64>(&text("1.5"), Mode::Lenient), ["`input` expected double, found string \"1.5\""]);
}

#[test]
fn strings_and_blobs_round_trip_and_read_in_chunks() {
    let mut numbers = Numbers(0x1234_5678_9abc_def1);
    for len in [0usize, 1, 23, 24, 255, 256, 70_000] {
        let blob = Blob((0..len).map(|_| numbers.next() as u8).collect());
        assert_eq!(lenient::<Blob>(&to_cbor(&blob)), Ok(blob));
        let string: String = (0..len).map(|i| ['a', 'é', '\u{1F600}', '\0'][i % 4]).collect();
        assert_eq!(lenient::<String>(&to_cbor(&string)), Ok(string));
    }
    // (_ "ab" "" "c") and (_ h'01' h'0203'), and an empty indefinite string.
    let chunked = [0x7f, 0x62, b'a', b'b', 0x60, 0x61, b'c', 0xff];
    assert_eq!(lenient::<String>(&chunked), Ok("abc".into()));
    assert_eq!(lenient::<Blob>(&[0x5f, 0x41, 1, 0x42, 2, 3, 0xff]), Ok(Blob(vec![1, 2, 3])));
    assert_eq!(lenient::<String>(&[0x7f, 0xff]), Ok(String::new()));
    // A chunk must be a definite string of the same type, and the text valid UTF-8.
    for bad in [&[0x7f, 0x41, b'a', 0xff][..], &[0x7f, 0x7f, 0xff, 0xff], &[0x62, 0xc3, 0x28]] {
        let found = problems::<String>(bad, Mode::Lenient);
        assert!(found.len() == 1 && found[0].contains("malformed CBOR"), "{bad:02x?}: {found:?}");
    }
    assert_eq!(
        problems::<Blob>(&text("aGk="), Mode::Lenient),
        ["`input` expected blob (a byte string), found string \"aGk=\""]
    );
}

#[test]
fn timestamps_are_tag_1_epoch_seconds() {
    let whole = DateTime::from_secs(1_398_796_238);
    assert_eq!(to_cbor(&whole), [0xc1, 0x1a, 0x53, 0x5f, 0xef, 0xce]);
    let negative = DateTime::from_secs_nanos(-2, 500_000_000);
    assert_eq!(to_cbor(&negative), [&[0xc1, 0xfb][..], &(-1.5f64).to_be_bytes()].concat());
    let mut numbers = Numbers(0xdead_beef_cafe_f00d);
    for _ in 0..2000 {
        // Milliseconds within the years 1900 to 2100.
        let millis = (numbers.next() % 6_311_390_400_000) as i64 - 2_208_988_800_000;
        let t = DateTime::from_secs_nanos(millis.div_euclid(1000), millis.rem_euclid(1000) as u32 * 1_000_000);
        assert_eq!(lenient::<DateTime>(&to_cbor(&t)), Ok(t), "{millis} ms");
    }
    // The member's format does not matter on this wire.
    let mut w = super::CborWriter::new();
    let iso = MemberSchema::ROOT.with_timestamp_format(Some(crate::types::TimestampFormat::DateTime));
    whole.serialize(&iso, &mut w);
    assert_eq!(w.finish(), to_cbor(&whole));
    // Read from an integer, a double, a single or a half under tag 1.
    assert_eq!(lenient::<DateTime>(&[0xc1, 0x1a, 0x53, 0x5f, 0xef, 0xce]), Ok(whole));
    let double = [&[0xc1, 0xfb][..], &946_845_296.123f64.to_be_bytes()].concat();
    assert_eq!(lenient::<DateTime>(&double), Ok(DateTime::from_secs_nanos(946_845_296, 123_000_000)));
    assert_eq!(lenient::<DateTime>(&[0xc1, 0xfa, 0x3f, 0xc0, 0, 0]), Ok(DateTime::from_secs_nanos(1, 500_000_000)));
    assert_eq!(lenient::<DateTime>(&[0xc1, 0xf9, 0x3c, 0x00]), Ok(DateTime::from_secs(1)));
    // Anything else is a type problem.
    let expected = "`input` expected epoch-seconds timestamp (tag 1)";
    for (bytes, found) in [
        (&[0x1a, 0x53, 0x5f, 0xef, 0xce][..], "integer 1398796238"),
        (&[0xc0, 0x61, b'x'], "a value with tag 0"),
        (&[0xc1, 0x61, b'x'], "string \"x\""),
        (&[0xc1, 0xfb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0], "NaN seconds"),
    ] {
        assert_eq!(problems::<DateTime>(bytes, Mode::Lenient), [format!("{expected}, found {found}")]);
    }
}

#[test]
fn indefinite_lengths_read_as_definite_ones() {
    // {_ "list": [_ 1, 2], "map": {_ "x": true}, "sparse": [_ null, (_ "a")], "required": "r"}
    let bytes = [
        &[0xbf][..],
        &text("list"),
        &[0x9f, 0x01, 0x02, 0xff],
        &text("map"),
        &[0xbf],
        &text("x"),
        &[0xf5, 0xff],
        &text("sparse"),
        &[0x9f, 0xf6, 0x7f, 0x61, b'a', 0xff, 0xff],
        &text("required"),
        &text("r"),
        &[0xff],
    ]
    .concat();
    let expected = Sample {
        list: Some(vec![1, 2]),
        map: Some([("x".into(), true)].into()),
        sparse: Some(vec![None, Some("a".into())]),
        required: "r".into(),
        ..Sample::default()
    };
    assert_eq!(lenient::<Sample>(&bytes), Ok(expected.clone()));
    assert_eq!(from_cbor::<Sample>(&bytes, Mode::Strict), Ok(expected.clone()));
    // The same with definite lengths, and keys in another order.
    let definite = to_cbor(&expected);
    assert_eq!(definite[0], 0xa4);
    assert_eq!(lenient::<Sample>(&definite), Ok(expected));
    // An empty indefinite map, list and text key.
    let empty = [&[0xbf][..], &text("list"), &[0x9f, 0xff], &[0x7f, 0xff], &[0x60], &[0xff]].concat();
    assert_eq!(lenient::<Sample>(&empty).map(|s| s.list), Ok(Some(vec![])));
}

#[test]
fn unknown_keys_are_skipped_whatever_they_hold() {
    // {"other": {_ "deep": [_ 1, {_ "x": (_ "a" "b")}], "blob": (_ h'01')}, "__type": "a#B",
    //  "when": 1(1.5), "integer": 5, "Integer": 6}
    let bytes = [
        &[0xa5][..],
        &text("other"),
        &[0xbf],
        &text("deep"),
        &[0x9f, 0x01, 0xbf],
        &text("x"),
        &[0x7f, 0x61, b'a', 0x61, b'b', 0xff, 0xff, 0xff],
        &text("blob"),
        &[0x5f, 0x41, 0x01, 0xff, 0xff],
        &text("__type"),
        &text("a#B"),
        &text("when"),
        &[0xc1, 0xf9, 0x3e, 0x00],
        &text("integer"),
        &[0x05],
        &text("Integer"),
        &[0x06],
    ]
    .concat();
    let read: Sample = lenient(&bytes).unwrap();
    assert_eq!(read, Sample { integer: Some(5), ..Sample::default() });
    // Strictly, each unknown key is a problem (`__type` is not), and so is the missing member.
    assert_eq!(
        problems::<Sample>(&bytes, Mode::Strict),
        [
            "`other` is not a member of this shape",
            "`when` is not a member of this shape",
            "`Integer` is not a member of this shape",
            "`required` is required",
        ]
    );
}

#[test]
fn a_response_is_read_leniently() {
    // Null (and undefined) members are absent; a missing required member takes its zero value.
    let bytes = [&[0xa3][..], &text("string"), &[0xf6], &text("long"), &[0xf7], &text("byte"), &[0x01]].concat();
    assert_eq!(lenient::<Sample>(&bytes), Ok(Sample { byte: Some(1), ..Sample::default() }));
    // No bytes at all are an empty structure.
    assert_eq!(lenient::<Sample>(b""), Ok(Sample::default()));
    // A dense list skips nulls, a sparse one keeps them.
    assert_eq!(lenient::<Vec<i32>>(&[0x83, 0x01, 0xf6, 0x02]), Ok(vec![1, 2]));
    assert_eq!(lenient::<Vec<Option<i32>>>(&[0x82, 0xf6, 0x02]), Ok(vec![None, Some(2)]));
    let map: BTreeMap<String, Option<bool>> = [("a".into(), None)].into();
    assert_eq!(lenient::<BTreeMap<String, Option<bool>>>(&to_cbor(&map)), Ok(map));
    // A structure none of whose keys are members but one under another casing is a problem.
    let miscased = [&[0xa1][..], &text("Integer"), &[0x05]].concat();
    assert_eq!(problems::<Sample>(&miscased, Mode::Lenient).len(), 1);
    // A value of the wrong type fails the read, named with its path.
    let wrong = [&[0xa1][..], &text("list"), &[0x81], &text("x")].concat();
    assert_eq!(problems::<Sample>(&wrong, Mode::Lenient), ["`list[0]` expected integer, found string \"x\""]);
}

#[test]
fn unions_skip_type_and_nulls_and_keep_unknown_members() {
    let one =
        [&[0xa3][..], &text("__type"), &text("a#Pick"), &text("text"), &[0xf6], &text("number"), &[0x07]].concat();
    assert_eq!(read_pick(&one), Ok(Pick::Number(7)));
    let unknown =
        [&[0xa1][..], &text("new"), &[0xa2], &text("b"), &[0x42, 0x68, 0x69], &text("t"), &[0xc1, 0x01]].concat();
    let value = serde_json::json!({"b": "aGk=", "t": 1});
    assert_eq!(read_pick(&unknown), Ok(Pick::Unknown(UnknownMember { name: "new".into(), value })));
    assert!(read_pick(&[0xa0]).is_err(), "no member set");
    let two = [&[0xa2][..], &text("text"), &text("a"), &text("number"), &[0x01]].concat();
    assert!(read_pick(&two).is_err(), "two members set");
    assert_eq!(read_pick(&[&[0xa1][..], &text("text"), &text("a")].concat()), Ok(Pick::Text("a".into())));
    // A member kept unknown is written back as it came, so that it reads back (a fuzzer's find).
    let mut w = super::CborWriter::new();
    let kept = serde_json::json!({"b": [1, 2]});
    w.write_struct(&MemberSchema::ROOT, &PICK, |w| w.write_unknown_member("new", &kept));
    assert_eq!(read_pick(&w.finish()), Ok(Pick::Unknown(UnknownMember { name: "new".into(), value: kept })));
}

#[test]
fn documents_are_json_values() {
    let doc: Document = serde_json::json!({"a": [1, -2, 2.5, "s", true, null, {}], "b": {"c": u64::MAX}});
    assert_eq!(lenient::<Document>(&to_cbor(&doc)), Ok(doc));
    // What JSON has no value for: bytes as base64, NaN by name, a tag's value for the tag.
    let bytes = [0x84, 0x42, 0x68, 0x69, 0xf9, 0x7e, 0x00, 0xc1, 0x01, 0xf7];
    assert_eq!(lenient::<Document>(&bytes), Ok(serde_json::json!(["aGk=", "NaN", 1, null])));
}

#[test]
fn malformed_input_is_one_problem_and_never_a_panic() {
    let whole = to_cbor(&full());
    // Every prefix is cut short.
    for end in 0..whole.len() {
        // (Zero bytes are an empty structure, which lacks the required member only strictly.)
        let found = problems::<Sample>(&whole[..end], Mode::Lenient);
        if end > 0 {
            assert!(found.len() == 1 && found[0].contains("malformed CBOR"), "{end}: {found:?}");
        }
        let strict = problems::<Sample>(&whole[..end], Mode::Strict);
        assert!(!strict.is_empty(), "{end}");
    }
    // Every byte changed to every value: read or refused, never a panic.
    for at in 0..whole.len() {
        for byte in 0..=255u8 {
            let mut changed = whole.clone();
            changed[at] = byte;
            let _ = lenient::<Sample>(&changed);
            let _ = from_cbor::<Sample>(&changed, Mode::Strict);
            let _ = lenient::<Document>(&changed);
        }
    }
    for (bytes, what) in [
        (&[0xa1, 0x61, b'a'][..], "end of input"),
        (&[0xa0, 0x00], "bytes after the value"),
        (&[0xff], "a break outside"),
        (&[0x1c], "reserved initial byte"),
        (&[0x9f, 0x01], "end of input"),
        (&[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], "end of input"),
        (&[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], "end of input"),
    ] {
        let found = problems::<Document>(bytes, Mode::Lenient);
        assert!(found.len() == 1 && found[0].contains(what), "{bytes:02x?}: {found:?}");
    }
}

#[test]
fn nesting_is_bounded() {
    let depth = super::reader::MAX_DEPTH;
    let deep = [vec![0x81; depth + 1], vec![0x80]].concat();
    assert!(problems::<Document>(&deep, Mode::Lenient)[0].contains("nesting too deep"));
    let fine = [vec![0x81; depth - 1], vec![0x80]].concat();
    assert_eq!(problems::<Document>(&fine, Mode::Lenient), Vec::<String>::new());
    // Tags nest without limit, but cost no stack.
    let tags = [vec![0xc1; 100_000], vec![0x01]].concat();
    assert_eq!(lenient::<Document>(&tags), Ok(serde_json::json!(1)));
}
