//! The `cbor_response` target: rpcv2Cbor response bodies, read by the CBOR reader
//! (`codec::cbor`) as typed shapes and by the protocol's error reading.
//!
//! - read strictly and leniently, the bytes never panic; what reads strictly reads leniently
//!   too, as the same value;
//! - what reads leniently, written back by the CBOR writer, reads back; and written again, gives
//!   the same bytes (the writer's encoding is canonical for what it reads);
//! - as an error response, the code and message are found without panicking, the query error
//!   header winning for a query compatible service.

use std::collections::BTreeMap;
use std::fmt::Debug;

use aws_operation::codec::cbor;
use aws_operation::http::HttpResponse;
use aws_operation::protocol::{Protocol, RpcV2Cbor};
use aws_operation::shape::{Mode, Shape};

use super::json_reader::Typed;

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

fn typed<T: Shape + PartialEq + Debug>(data: &[u8]) {
    let lenient = cbor::from_cbor::<T>(data, Mode::Lenient);
    let strict = cbor::from_cbor::<T>(data, Mode::Strict);
    for read in [&lenient, &strict] {
        if let Err(problems) = read {
            assert!(!problems.is_empty(), "an error without a problem");
            let _ = problems.to_string();
        }
    }
    if let Ok(b) = &strict {
        let a = lenient.as_ref().expect("what reads strictly reads leniently");
        assert!(same(a, b), "leniently {a:?}, strictly {b:?}");
    }
    let Ok(value) = &lenient else { return };
    let written = cbor::to_cbor(value);
    let back = cbor::from_cbor::<T>(&written, Mode::Lenient).expect("what the writer writes reads");
    assert_eq!(cbor::to_cbor(&back), written, "written again, {value:?} changes");
}

/// The target's body.
pub fn cbor_response(data: &[u8]) {
    typed::<Typed>(data);
    typed::<Vec<i32>>(data);
    typed::<BTreeMap<String, Vec<f64>>>(data);
    typed::<Option<String>>(data);
    for query_compatible in [false, true] {
        let response = HttpResponse {
            status: 400,
            headers: vec![("x-amzn-query-error".into(), "AWS.Queue;Sender".into())],
            body: data.to_vec().into(),
        };
        let meta = RpcV2Cbor::error_meta(&response, query_compatible);
        assert!(!meta.code.is_empty(), "an error without a code");
        if query_compatible {
            assert_eq!(meta.code, "AWS.Queue");
        }
    }
}

/// CBOR's heads and the keys of [`Typed`], as text.
pub fn dictionary() -> Vec<String> {
    let mut words: Vec<String> = ["__type", "message", "Message"].iter().map(|w| (*w).to_owned()).collect();
    if let aws_operation::schema::TypeSchema::Shape(s) = Typed::type_schema() {
        words.extend(s.members.iter().map(|m| m.name.to_owned()));
    }
    words
}

/// Seeds: a sample of [`Typed`], and hand-made bodies of what servers
/// may send: indefinite lengths, chunked strings, tags, half floats, nulls, an error.
pub fn seeds() -> Vec<Vec<u8>> {
    // The sample's JSON as CBOR: a document is written as the CBOR of its value.
    let sample: aws_operation::Document = super::sample(&Typed::type_schema(), None, None, 0);
    let mut out = vec![cbor::to_cbor(&sample)];
    let hand: [&[u8]; 10] = [
        // {}
        b"\xa0",
        // {_ "id": 1, "name": (_ "ab" "c")}
        b"\xbf\x62id\x01\x64name\x7f\x62ab\x61c\xff\xff",
        // {"values": [_ 1.5 (half), NaN (single), -Infinity (double)]}
        b"\xa1\x66values\x9f\xf9\x3e\x00\xfa\x7f\xc0\x00\x00\xfb\xff\xf0\x00\x00\x00\x00\x00\x00\xff",
        // {"when": 1(1700000000), "at": 1(1700000000.5)}
        b"\xa2\x64when\xc1\x1a\x65\x53\xf1\x00\x62at\xc1\xfb\x41\xd9\x54\xfc\x40\x20\x00\x00",
        // {"sparse": [1, null, undefined], "data": h'0102'}
        b"\xa2\x66sparse\x83\x01\xf6\xf7\x64data\x42\x01\x02",
        // {"byName": {"a": ["x"], "b": []}}
        b"\xa1\x66byName\xa2\x61a\x81\x61x\x61b\x80",
        // {"choice": {"list": [1, 2]}, "kind": "b"}
        b"\xa2\x66choice\xa1\x64list\x82\x01\x02\x64kind\x61b",
        // {"__type": "aws.protocoltests#ComplexError", "message": "m"}
        b"\xa2\x66__type\x78\x1eaws.protocoltests#ComplexError\x67message\x61m",
        // [1, -2, 3]
        b"\x83\x01\x21\x03",
        // {"child": {"id": 2, "child": {"id": 3}}, "id": 1}
        b"\xa2\x65child\xa2\x62id\x02\x65child\xa1\x62id\x03\x62id\x01",
    ];
    out.extend(hand.iter().map(|b| b.to_vec()));
    // Nesting past any sane depth.
    out.push([&[0x81u8; 300][..], &[0x01]].concat());
    out
}
