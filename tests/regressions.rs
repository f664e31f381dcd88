//! What fuzzing found, kept: every input under `fuzz/regressions/<target>/` (a crash once, fixed
//! since) and every seed under `fuzz/seeds/<target>/` is replayed through the fuzz targets'
//! bodies, which this suite compiles from `fuzz/src/lib.rs`, so that the normal test suite (and
//! CI, which never builds the fuzz crate) runs exactly what the fuzzer runs. The tests below the
//! replays spell out edge cases of the decoders that the targets' checks rely on.
//!
//! To keep a new crash: copy `fuzz/artifacts/<target>/crash-*` to `fuzz/regressions/<target>/`
//! under a name that says what it was, fix it, and add a test here that states the fix.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};

use aws_operation::http::HttpResponse;
use aws_operation::protocol::http_bindings::{join_header_list, split_header_list};
use aws_operation::protocol::{Protocol, RestJson1, aws_json};
use aws_operation::shape::Mode;
use aws_operation::{DateTime, TimestampFormat};

/// The files of a directory of inputs, in name order; none if it does not exist.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// A kept input of `target`.
fn regression(target: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target).join(name)
}

/// Runs `target` on every kept input of it, and on its seeds as the harness makes them now;
/// returns how many inputs ran.
fn replay(name: &str, target: fn(&[u8])) -> usize {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in [fuzz.join("regressions").join(name), fuzz.join("seeds").join(name)] {
        for file in inputs(&dir) {
            let bytes = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&bytes));
            assert!(outcome.is_ok(), "{name}: {} fails again", file.display());
            count += 1;
        }
    }
    for seed in harness::seeds(name) {
        target(&seed);
        count += 1;
    }
    count
}

#[test]
fn response_inputs_replay() {
    assert!(replay("response", harness::response) >= 2 * harness::OPERATIONS);
}

#[test]
fn error_inputs_replay() {
    assert!(replay("error", harness::error) > 0);
}

#[test]
fn command_inputs_replay() {
    let count = replay("command", harness::command);
    let _ = std::fs::remove_file(harness::scratch_file());
    assert!(count >= 2 * harness::OPERATIONS);
}

#[test]
fn datetime_inputs_replay() {
    assert!(replay("datetime", harness::datetime) > 0);
}

#[test]
fn rest_json_response_inputs_replay() {
    // The 91 responses of botocore's restJson1 output vectors, and the harness's own.
    assert!(replay("rest_json_response", harness::rest_json_response) >= 91);
}

#[test]
fn json_reader_inputs_replay() {
    assert!(replay("json_reader", harness::json_reader) >= 60);
}

#[test]
fn xml_reader_inputs_replay() {
    // The 64 non-empty bodies of botocore's query and ec2 output vectors, and the harness's own.
    assert!(replay("xml_reader", harness::xml_reader) >= 64);
}

#[test]
fn query_response_inputs_replay() {
    // The 38 responses of botocore's query output vectors, and the harness's own.
    assert!(replay("query_response", harness::query_response) >= 38);
}

#[test]
fn ec2_response_inputs_replay() {
    // The 29 responses of botocore's ec2 output vectors, and the harness's own.
    assert!(replay("ec2_response", harness::ec2_response) >= 29);
}

#[test]
fn rest_xml_response_inputs_replay() {
    // The 78 responses of botocore's rest-xml output vectors, and the harness's own (for each of
    // the 22 operations its sample and an empty success, its errors, and S3's own responses).
    assert!(replay("rest_xml_response", harness::rest_xml_response) >= 78 + 2 * harness::rest_xml::S3_OPERATIONS);
}

#[test]
fn event_stream_inputs_replay() {
    assert!(replay("event_stream", harness::event_stream) >= 20);
}

#[test]
fn cbor_response_inputs_replay() {
    assert!(replay("cbor_response", harness::cbor_response) >= 12);
}

#[test]
fn xml_writer_inputs_replay() {
    assert!(replay("xml_writer", harness::xml_writer) >= 2 * 30);
}

#[test]
fn every_target_has_seeds_and_a_dictionary() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for target in harness::TARGETS {
        assert!(fuzz.join("fuzz_targets").join(format!("{target}.rs")).is_file(), "{target} has no fuzz target");
        assert!(!inputs(&fuzz.join("seeds").join(target)).is_empty(), "{target} has no seeds");
        let dict = std::fs::read_to_string(fuzz.join("dict").join(format!("{target}.dict"))).unwrap();
        for word in harness::dictionary(target) {
            // libFuzzer refuses a dictionary with any other byte unescaped.
            assert!(word.bytes().all(|b| (0x20..0x7f).contains(&b)), "{target}: {word:?} is not printable ASCII");
            let quoted = format!("\"{}\"", word.replace('\\', "\\\\").replace('"', "\\\""));
            assert!(dict.lines().any(|l| l == quoted), "{target}.dict lacks {quoted}: regenerate the seeds");
        }
    }
    let commands = harness::dictionary("command");
    assert!(commands.iter().any(|w| w == "create-channel-handshake"), "{commands:?}");
    assert!(commands.iter().any(|w| w == "associated-resource-identifier"), "{commands:?}");
}

#[test]
fn the_command_line_encoding_names_members_and_keeps_the_endpoint() {
    // Operation 9 is CreateChannelHandshake; member 1 is `catalog`; global option 2 is `--debug`.
    let data = [&[9u8][..], b"{}\0\x01\x01\0AWS\0\x03\x02\0--endpoint-url=http://127.0.0.1:1\0\x04"].concat();
    let (args, file) = harness::command_line(&data).unwrap();
    assert_eq!(file, b"{}");
    assert_eq!(args[..4], ["create-channel-handshake", "--catalog", "AWS", "--debug"]);
    assert!(args[4].starts_with("file://") && args.len() == 5, "{args:?}");
    assert!(harness::command_env().get("AWS_ENDPOINT_URL").is_some_and(|u| u == "http://192.0.2.1"));
}

#[tokio::test]
async fn the_command_target_gets_as_far_as_the_endpoint_and_no_further() {
    // A complete, valid command line in the target's environment: read, validated, configured,
    // and refused at the endpoint (plain http on a host that is not loopback), so nothing is sent.
    let arn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc";
    let args = ["list-tags-for-resource", "--resource-arn", arn, "--debug"].map(str::to_owned).to_vec();
    let ops = aws_operation_partnercentral_channel::operations();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(args, &ops, harness::command_env(), &mut stdout, &mut stderr).await;
    let stderr = String::from_utf8_lossy(&stderr);
    assert_eq!(code, 253, "{stderr}");
    assert!(stderr.contains("plain http") && stdout.is_empty(), "{stderr}");
}

#[tokio::test]
async fn the_seeds_are_valid_inputs_so_the_fuzzer_starts_deep() {
    // Every operation's sample input is valid, and as member flags it gets as far as the endpoint.
    let ops = aws_operation_partnercentral_channel::operations();
    for op in &ops {
        let schema = op.schema();
        let json = harness::sample(&(schema.input)(), None, None, 0);
        if let Err(problems) = op.check(&json) {
            panic!("{}: the sample {json} is invalid: {problems}", schema.name);
        }
        let mut args = vec![aws_operation_cli::kebab(schema.name)];
        for (name, value) in json.as_object().unwrap() {
            args.push(format!("--{}", aws_operation_cli::kebab(name)));
            args.push(value.as_str().map_or_else(|| value.to_string(), str::to_owned));
        }
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let code = aws_operation_cli::run(args.clone(), &ops, harness::command_env(), &mut stdout, &mut stderr).await;
        assert_eq!(code, 253, "{args:?}: {}", String::from_utf8_lossy(&stderr));
    }
}

// ---------------------------------------------------------------------------------------------
// Edge cases the targets' checks rely on
// ---------------------------------------------------------------------------------------------

#[test]
fn error_codes_are_sanitized_once_as_the_protocol_says() {
    // Only the text after the first `#` is kept, so a code with two is not a fixed point: the
    // error target checks the wire round trip only for codes that are.
    assert_eq!(aws_json::sanitize_error_code("a#b#C"), "b#C");
    assert_eq!(aws_json::sanitize_error_code("b#C"), "C");
    let response = harness::http_response(b"\x01\x2cx-amzn-errortype: ns#Code:http://x\n\n{}");
    assert_eq!(response.status, 400);
    let meta = aws_json::error_meta(&response, false);
    assert_eq!(meta.code, "Code");
    let empty = HttpResponse { status: 502, headers: vec![], body: "<html>".into() };
    let meta = aws_json::error_meta(&empty, false);
    assert_eq!((meta.code.as_str(), meta.message), ("Http502", None));
}

// ---------------------------------------------------------------------------------------------
// Bugs the restJson1 and JSON reader targets found, each fixed in the runtime.
// ---------------------------------------------------------------------------------------------

#[test]
fn prefix_headers_with_a_name_that_is_not_ascii_do_not_panic() {
    // hyper only delivers names that are HTTP tokens, so the target leaves others out; but
    // `Protocol::output` takes any `HttpResponse`, and a name with a multibyte character across
    // the prefix's length (`x-meta` + `é` against `x-meta-`) once panicked comparing the name's
    // first bytes with the prefix ("end byte index 7 is not a char boundary").
    let data = std::fs::read(regression("rest_json_response", "prefix-header-name-not-ascii")).unwrap();
    let response = harness::http_response(&data);
    assert_eq!(response.headers, [("x-meta\u{e9}".to_owned(), "v".to_owned())]);
    let read = std::panic::catch_unwind(|| {
        <RestJson1 as Protocol>::output::<harness::rest_json::HeadersOutput>(&response).map(|_| ())
    });
    assert!(read.is_ok(), "reading prefix headers panics");
}

#[test]
fn header_list_items_keep_their_whitespace() {
    // `X-StringList: " a", b` reads as [" a", "b"]; written back unquoted it would be ` a, b`,
    // trimmed to `a, b`, which reads as ["a", "b"]: an item with whitespace at an end is quoted.
    let items = vec![" a".to_owned(), "b".to_owned()];
    assert_eq!(split_header_list(r#"" a", b"#, false), items);
    let sent = join_header_list(&items, false);
    assert_eq!(split_header_list(sent.trim(), false), items, "sent as {sent:?}");
}

#[test]
fn header_lists_keep_an_empty_last_item_after_a_quoted_one() {
    // `X-StringList: x",` reads as ["x\"", ""]; written back it is `"x\"", `, trimmed to
    // `"x\"",`: a trailing comma after a quoted item starts an empty item, as after a plain
    // one (`a,`).
    let items = vec!["x\"".to_owned(), String::new()];
    assert_eq!(split_header_list("x\",", false), items);
    assert_eq!(split_header_list("a,", false), ["a", ""]);
    let sent = join_header_list(&items, false);
    assert_eq!(split_header_list(sent.trim(), false), items, "sent as {sent:?}");
}

#[test]
fn documents_refuse_numbers_out_of_range_as_serde_json_does() {
    // serde_json refuses `1e400` ("number out of range"); a document built from it as `null`
    // would turn `{"documentValue": 1e400}` into `Some(Null)`, written back as `null` and then
    // read as an absent member, so the streaming reader refuses it too.
    assert!(serde_json::from_slice::<serde_json::Value>(b"1e400").is_err());
    let read = aws_operation::codec::json::from_json::<aws_operation::Document>(b"[1e400]", Mode::Lenient);
    assert!(read.is_err(), "read as {read:?}");
}

#[test]
fn document_numbers_read_as_the_nearest_double_and_survive_the_wire() {
    // The 117 digits 1393333, 90 zeros, 12297829382483960220 are 1.393333e116 (`str::parse`,
    // correctly rounded); serde_json's default parser reads 1.3933330000000001e116, one ulp off,
    // so a document member would not be what the server sent nor survive being written and
    // read again. The workspace builds serde_json with `float_roundtrip`, which reads exactly.
    let digits = "1393333".to_owned() + &"0".repeat(90) + "12297829382483960220";
    let read: aws_operation::Document =
        aws_operation::codec::json::from_json(digits.as_bytes(), Mode::Lenient).unwrap();
    assert_eq!(read.as_f64(), digits.parse::<f64>().ok(), "read as {read}");
    let written = "1.3933330000000001e116";
    let again: aws_operation::Document =
        aws_operation::codec::json::from_json(written.as_bytes(), Mode::Lenient).unwrap();
    assert_eq!(again.as_f64(), written.parse::<f64>().ok(), "read as {again}");
}

#[test]
fn the_readers_nest_as_deep_as_serde_json() {
    // serde_json refuses 128 levels ("recursion limit exceeded"); a response nested 128 deep
    // read by the streaming reader would hold a document that cannot be read strictly (by a
    // server, the command line, storage) once written, so the streaming reader stops at 127.
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    assert!(serde_json::from_str::<serde_json::Value>(&deep(127)).is_ok());
    assert!(serde_json::from_str::<serde_json::Value>(&deep(128)).is_err());
    let read = aws_operation::codec::json::from_json::<aws_operation::Document>(deep(128).as_bytes(), Mode::Lenient);
    assert!(read.is_err(), "128 levels read");
}

#[test]
fn timestamps_at_the_edges_of_rfc_3339_years() {
    // Epoch seconds reach further than RFC 3339's years 0000 to 9999: such instants are read
    // and written as epoch seconds; the datetime target checks their date-time only inside.
    let far = DateTime::from_epoch_f64(1e13).unwrap();
    assert_eq!(far.fmt_epoch_seconds(), "10000000000000");
    assert!(DateTime::from_epoch_f64(1.000_000_1e14).is_err());
    let last = DateTime::from_secs_nanos(253_402_300_799, 999_999_999);
    assert_eq!(last.fmt_date_time(), "9999-12-31T23:59:59.999999999Z");
    assert_eq!(DateTime::parse_date_time(&last.fmt_date_time()), Ok(last));
    assert_eq!(DateTime::parse_http_date("Fri, 31 Dec 9999 23:59:59.999999999 GMT"), Ok(last));
}

#[test]
fn timestamps_read_from_any_json_value_without_panicking() {
    for (text, format) in [
        ("1e300", TimestampFormat::EpochSeconds),
        ("-0.0000001", TimestampFormat::EpochSeconds),
        ("\"2026-02-30T00:00:00Z\"", TimestampFormat::DateTime),
        ("\"Thu, 01 Jan 2026 00:00:00.1234567891 GMT\"", TimestampFormat::HttpDate),
        ("\"Thu, 01 Jan 2026 00:00:00. GMT\"", TimestampFormat::HttpDate),
    ] {
        let data = [&[4u8][..], text.as_bytes()].concat();
        harness::datetime(&data);
        let member = aws_operation::schema::MemberSchema::ROOT.with_timestamp_format(Some(format));
        let _ = aws_operation::codec::json::from_json_member::<DateTime>(text.as_bytes(), &member);
    }
}

// ---------------------------------------------------------------------------------------------
// The XML parser's bounds, which the XML targets' checks rely on
// ---------------------------------------------------------------------------------------------

#[test]
fn xml_nesting_beyond_the_limit_is_an_error_not_a_stack_overflow() {
    use aws_operation::codec::xml::tree::MAX_DEPTH;
    use aws_operation::codec::xml::{from_element, parse};
    use harness::xml_reader::{Rich, measure, nested};

    let deepest = parse(nested(MAX_DEPTH).as_bytes()).unwrap();
    assert_eq!(measure(&deepest).0, MAX_DEPTH);
    let err = parse(nested(MAX_DEPTH + 1).as_bytes()).unwrap_err().to_string();
    assert!(err.contains(&format!("nested more than {MAX_DEPTH} deep")), "{err}");
    // Far past the limit the parser stops at the limit, without recursing.
    let started = std::time::Instant::now();
    assert!(parse(nested(1_000_000).as_bytes()).is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());

    // A structure nested to the limit (`<Rich>`, its children, the deepest one's `<Version>`)
    // reads on a test thread's stack, in both modes.
    let depth = MAX_DEPTH - 2;
    let chain = "<Child><Version>1</Version>".repeat(depth) + &"</Child>".repeat(depth);
    let tree = parse(format!("<Rich><Version>1</Version>{chain}</Rich>").as_bytes()).unwrap();
    for mode in [Mode::Lenient, Mode::Strict] {
        let mut rich: Rich = from_element(&tree, mode).unwrap();
        let mut levels = 0;
        while let Some(child) = rich.child.take() {
            rich = *child;
            levels += 1;
        }
        assert_eq!(levels, depth);
    }
    // Through a query protocol, a success too deep is a body that cannot be read.
    let response = HttpResponse { status: 200, headers: vec![], body: nested(MAX_DEPTH + 1).into_bytes().into() };
    let read = harness::query::client_reads::<aws_operation_sts::GetCallerIdentity>(&response);
    assert!(matches!(read, Err(aws_operation::Error::Response { status: 200, .. })), "{read:?}");
}

#[test]
fn a_billion_laughs_is_refused_at_once() {
    use aws_operation::codec::xml::parse;
    use harness::xml_reader::billion_laughs;

    // No entity of a document type is expanded: the first reference to one is refused, so the
    // work and the memory are those of reading the document, not of its billion `lol`s.
    let laughs = billion_laughs();
    let err = parse(laughs.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("`&lol9;` is not one of XML's predefined ones"), "{err}");
    assert!(err.len() < 200, "{err}");
    let many = laughs.replace("<lolz>&lol9;</lolz>", &format!("<lolz>{}</lolz>", "&lol9;".repeat(200_000)));
    let started = std::time::Instant::now();
    assert!(parse(many.as_bytes()).is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
    // Nor in an attribute, nor an external one (nothing is read from the file).
    let in_attribute = laughs.replace("<lolz>&lol9;</lolz>", "<lolz a=\"&lol9;\"/>");
    assert!(parse(in_attribute.as_bytes()).is_err());
    let external = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>";
    assert!(parse(external.as_bytes()).unwrap_err().to_string().contains("`&xxe;`"));
    // A document type that is only declared does no harm: its entities are never expanded.
    let unused = laughs.replace("&lol9;", "text");
    let root = parse(unused.as_bytes()).unwrap();
    assert_eq!(root.text, "text");

    // Through the query protocols: a success that laughs is a body that cannot be read, an
    // error that does is the status's error.
    let body = laughs.into_bytes();
    let ok = HttpResponse { status: 200, headers: vec![], body: body.clone().into() };
    let read = harness::query::client_reads::<aws_operation_sts::AssumeRole>(&ok);
    assert!(matches!(read, Err(aws_operation::Error::Response { .. })), "{read:?}");
    let failed = HttpResponse { status: 400, headers: vec![], body: body.into() };
    match harness::query::client_reads::<aws_operation_ec2::DescribeInstances>(&failed) {
        Err(aws_operation::Error::Service(e)) => assert_eq!(e.meta.code, "Http400"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn xml_text_reads_as_the_text_escaped_referenced_or_in_cdata() {
    // What the xml_reader target checks of every input, on text that needs each escape.
    harness::xml_reader::decoded("a < b && c > d ]]> \"q\" 'a' \r\n\r \t\u{e9}\u{1F600}\u{1}\u{FFFE}");
    let root = aws_operation::codec::xml::parse("<r>&lt;&#x41;<![CDATA[&amp;]]>&#66;&gt;</r>".as_bytes()).unwrap();
    assert_eq!(root.text, "<A&amp;B>");
}

#[test]
fn the_xml_targets_seeds_read_as_their_operations_do() {
    // The hand-made responses read as what they hold, so the fuzzer starts from outputs with
    // members set and errors with their codes.
    use harness::query::{self, client_reads};
    let response = |status, body: &str| HttpResponse { status, headers: vec![], body: body.to_owned().into() };
    let role = client_reads::<aws_operation_sts::AssumeRole>(&response(200, query::ASSUME_ROLE)).unwrap();
    assert_eq!(role.credentials.unwrap().access_key_id, "ASIAIOSFODNN7EXAMPLE");
    let topics = client_reads::<aws_operation_sns::ListTopics>(&response(200, query::LIST_TOPICS)).unwrap();
    assert_eq!(
        (topics.topics.map(|t| t.len()), topics.next_token.as_deref()),
        (Some(2), Some("AAHH3RwQ1kOr2kHwzN7nFg9="))
    );
    let instances =
        client_reads::<aws_operation_ec2::DescribeInstances>(&response(200, query::DESCRIBE_INSTANCES)).unwrap();
    let reservation = &instances.reservations.unwrap()[0];
    assert_eq!(reservation.instances.as_ref().map(Vec::len), Some(1));
    match client_reads::<aws_operation_sts::AssumeRole>(&response(403, query::STS_EXPIRED_TOKEN)) {
        Err(aws_operation::Error::Service(e)) => {
            assert_eq!(e.meta.code, "ExpiredTokenException");
            assert!(matches!(e.error, aws_operation_sts::AssumeRoleError::ExpiredTokenException(_)), "{e:?}");
        }
        other => panic!("{other:?}"),
    }
    match client_reads::<aws_operation_ec2::RunInstances>(&response(400, query::EC2_NOT_FOUND)) {
        Err(aws_operation::Error::Service(e)) => {
            assert_eq!(
                (e.meta.code.as_str(), e.meta.request_id.as_deref()),
                ("InvalidInstanceID.NotFound", Some("ea966190-f9aa-478e-9ede-example"))
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_rest_xml_seeds_read_as_s3_sends_them() {
    // The hand-made responses read as what they hold, so that the fuzzer starts from outputs
    // with members set and errors with their codes.
    use aws_operation::Error;
    use aws_operation_s3 as s3;
    use harness::rest_xml::{self, client_reads, response};
    let xml = [("content-type", "application/xml"), ("x-amz-request-id", "tx1"), ("x-amz-id-2", "aWQtMg==")];

    let page = client_reads::<s3::ListObjectsV2>(&response(200, &xml, rest_xml::LIST_OBJECTS_V2)).unwrap();
    let keys: Vec<_> = page.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
    assert_eq!(keys, ["reports/2026/11.csv", "reports/readme & notes.txt"]);
    assert_eq!(page.common_prefixes.map(|p| p.len()), Some(2));
    // Asked for with `encoding-type=url`, the keys come back decoded.
    let page = client_reads::<s3::ListObjectsV2>(&response(200, &xml, rest_xml::LIST_OBJECTS_V2_URL)).unwrap();
    assert_eq!(page.prefix.as_deref(), Some("a b/"));
    assert_eq!(page.delimiter.as_deref(), Some("/"));
    assert_eq!(page.contents.unwrap()[0].key.as_deref(), Some("a b/\u{1}control\u{2713} plus%2"));

    let location = client_reads::<s3::GetBucketLocation>(&response(200, &xml, rest_xml::GET_BUCKET_LOCATION)).unwrap();
    assert_eq!(location.location_constraint, Some(s3::BucketLocationConstraint::EuWest1));
    let parts = client_reads::<s3::ListParts>(&response(200, &xml, rest_xml::LIST_PARTS)).unwrap();
    assert_eq!((parts.parts.map(|p| p.len()), parts.next_part_number_marker), (Some(2), Some(3)));
    let done = client_reads::<s3::CompleteMultipartUpload>(&response(200, &xml, rest_xml::COMPLETE_MULTIPART_UPLOAD));
    assert_eq!(done.unwrap().key.as_deref(), Some("example-object"));
    let tags = client_reads::<s3::GetObjectTagging>(&response(200, &xml, rest_xml::GET_OBJECT_TAGGING)).unwrap();
    let tags: Vec<_> = tags.tag_set.iter().map(|t| (t.key.as_str(), t.value.as_str())).collect();
    assert_eq!(tags, [("team", "finance & ops"), ("empty", "")]);
    let deleted = client_reads::<s3::DeleteObjects>(&response(200, &xml, rest_xml::DELETE_OBJECTS)).unwrap();
    assert_eq!((deleted.deleted.map(|d| d.len()), deleted.errors.map(|e| e.len())), (Some(2), Some(1)));

    match client_reads::<s3::GetObject>(&response(404, &xml, rest_xml::NO_SUCH_KEY)) {
        Err(Error::Service(e)) => {
            assert!(matches!(e.error, s3::GetObjectError::NoSuchKey(_)), "{e:?}");
            assert_eq!(
                (e.meta.request_id.as_deref(), e.meta.extended_request_id.as_deref()),
                (Some("tx1"), Some("aWQtMg=="))
            );
        }
        other => panic!("{other:?}"),
    }
    // A 200 that carries an `<Error>` is the error for an output read whole, not for a stream.
    let failed = response(200, &xml, rest_xml::INTERNAL_ERROR_IN_200);
    match client_reads::<s3::CompleteMultipartUpload>(&failed) {
        Err(Error::Service(e)) => assert_eq!((e.meta.code.as_str(), e.meta.status), ("InternalError", 200)),
        other => panic!("{other:?}"),
    }
    let object = client_reads::<s3::GetObject>(&failed).unwrap();
    assert!(object.body.is_some());
    match client_reads::<s3::HeadObject>(&response(404, &[("x-amz-request-id", "tx2")], "")) {
        Err(Error::Service(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.request_id.as_deref()), ("NotFound", Some("tx2")))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_xml_writer_seeds_build_values() {
    // Most seeds read (as JSON, strictly, or as XML) as a `Doc` the target writes and reads back.
    use aws_operation::codec::{json, xml};
    use harness::xml_writer::{Doc, Inspector};
    let m = aws_operation::schema::MemberSchema::ROOT;
    let docs: Vec<Doc> = harness::xml_writer::seeds()
        .iter()
        .filter_map(|seed| match serde_json::from_slice::<serde_json::Value>(seed) {
            Ok(value) => json::value::from_value(&value, &m, Mode::Strict).ok(),
            Err(_) => xml::parse(seed).ok().and_then(|root| xml::from_element(&root, Mode::Lenient).ok()),
        })
        .collect();
    assert!(docs.len() >= 20, "{} seeds are a `Doc`", docs.len());
    let found: Vec<Inspector> = docs.iter().map(Inspector::of).collect();
    assert!(found.iter().any(|f| f.non_xml_char) && found.iter().any(|f| f.unwritable_timestamp));
    assert!(found.iter().any(|f| f.empty_flattened));
    // What XML 1.0 cannot hold is refused when read back, or read back the same, never changed:
    // U+0000 (written as it is, which this parser takes), a date-time beyond the year 9999
    // (written as no date-time reads).
    let nul: Doc =
        json::value::from_value(&serde_json::json!({"Version": 1, "Text": "a\u{0}b"}), &m, Mode::Strict).unwrap();
    let late: Doc =
        json::value::from_value(&serde_json::json!({"Version": 1, "Created": 253_402_300_800i64}), &m, Mode::Strict)
            .unwrap();
    for value in [nul, late] {
        let text = xml::writer::to_element("Document", None, &value);
        let back = xml::parse(text.as_bytes()).and_then(|tree| xml::from_element::<Doc>(&tree, Mode::Strict));
        if let Ok(back) = back {
            assert!(back == value, "{text:?} reads back as {back:?}");
        }
    }
}
