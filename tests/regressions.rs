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
use aws_operation::protocol::aws_json;
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
fn every_target_has_seeds_and_a_dictionary() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for target in harness::TARGETS {
        assert!(fuzz.join("fuzz_targets").join(format!("{target}.rs")).is_file(), "{target} has no fuzz target");
        assert!(!inputs(&fuzz.join("seeds").join(target)).is_empty(), "{target} has no seeds");
        let dict = std::fs::read_to_string(fuzz.join("dict").join(format!("{target}.dict"))).unwrap();
        for word in harness::dictionary(target) {
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
