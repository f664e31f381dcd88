//! Wire conformance with other people's test vectors: botocore's protocol vectors for awsJson 1.0,
//! 1.1, restJson1, awsQuery, ec2Query, restXml and rpcv2Cbor through the real client, the AWS signing test suite through the runtime's signing
//! path, botocore's event stream frames through the frame codec, and every service model's
//! endpoint tests through the rules engine, one suite per service (see each module's doc).
//!
//! Prints one line per suite on stdout, `conformance <suite>: P passed, F failed, S skipped`, then
//! every failure, skip and adaptation with its reason, and fails if any case failed. Run it with
//! `cargo test --test conformance` (and `--features sigv4a` for the SigV4a suite).

mod support;

#[path = "conformance/cbor.rs"]
mod cbor;
#[path = "conformance/endpoint.rs"]
mod endpoint;
#[path = "conformance/eventstream.rs"]
mod eventstream;
#[path = "conformance/generated/mod.rs"]
mod generated;
#[path = "conformance/protocol.rs"]
mod protocol;
#[path = "conformance/sigv4.rs"]
mod sigv4;

use std::io::Write as _;

use generated::*;
use protocol::Direction;

/// What one suite came to.
pub struct Tally {
    name: String,
    passed: usize,
    failed: Vec<String>,
    /// (case, reason)
    skipped: Vec<(String, String)>,
    notes: Vec<String>,
    /// Cases that passed although botocore's own runner skips them.
    beyond_botocore: Vec<String>,
}

impl Tally {
    fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            passed: 0,
            failed: Vec::new(),
            skipped: Vec::new(),
            notes: Vec::new(),
            beyond_botocore: Vec::new(),
        }
    }

    fn pass(&mut self) {
        self.passed += 1;
    }

    fn fail(&mut self, case: &str, why: impl std::fmt::Display) {
        self.failed.push(format!("{case}: {why}"));
    }

    fn skip(&mut self, case: &str, reason: &str) {
        self.skipped.push((case.to_owned(), reason.to_owned()));
    }

    /// A case that runs with an adaptation, and why.
    fn note(&mut self, case: &str, reason: &str) {
        self.notes.push(format!("{case}: {reason}"));
    }

    fn total(&self) -> usize {
        self.passed + self.failed.len() + self.skipped.len()
    }
}

#[tokio::test]
async fn conformance() {
    let mut tallies = vec![
        protocol::run_files(
            "json_1_0 input",
            vec![
                (json_1_0_input::FILE, json_1_0_input::suites()),
                (json_1_0_query_compatible_input::FILE, json_1_0_query_compatible_input::suites()),
            ],
            Direction::Input,
        )
        .await,
        protocol::run_files(
            "json_1_0 output",
            vec![
                (json_1_0_output::FILE, json_1_0_output::suites()),
                (json_1_0_query_compatible_output::FILE, json_1_0_query_compatible_output::suites()),
            ],
            Direction::Output,
        )
        .await,
        protocol::run_files("json_1_1 input", vec![(json_1_1_input::FILE, json_1_1_input::suites())], Direction::Input)
            .await,
        protocol::run_files(
            "json_1_1 output",
            vec![(json_1_1_output::FILE, json_1_1_output::suites())],
            Direction::Output,
        )
        .await,
        protocol::run_files(
            "rest_json input",
            vec![(rest_json_input::FILE, rest_json_input::suites())],
            Direction::Input,
        )
        .await,
        protocol::run_files(
            "rest_json output",
            vec![(rest_json_output::FILE, rest_json_output::suites())],
            Direction::Output,
        )
        .await,
        protocol::run_files("query input", vec![(query_input::FILE, query_input::suites())], Direction::Input).await,
        protocol::run_files("query output", vec![(query_output::FILE, query_output::suites())], Direction::Output)
            .await,
        protocol::run_files("ec2 input", vec![(ec2_input::FILE, ec2_input::suites())], Direction::Input).await,
        protocol::run_files("ec2 output", vec![(ec2_output::FILE, ec2_output::suites())], Direction::Output).await,
        protocol::run_files("rest_xml input", vec![(rest_xml_input::FILE, rest_xml_input::suites())], Direction::Input)
            .await,
        protocol::run_files(
            "rest_xml output",
            vec![(rest_xml_output::FILE, rest_xml_output::suites())],
            Direction::Output,
        )
        .await,
        protocol::run_files(
            "rpc_v2_cbor input",
            vec![
                (rpc_v2_cbor_input::FILE, rpc_v2_cbor_input::suites()),
                (rpc_v2_cbor_query_compatible_input::FILE, rpc_v2_cbor_query_compatible_input::suites()),
                (rpc_v2_cbor_non_query_compatible_input::FILE, rpc_v2_cbor_non_query_compatible_input::suites()),
            ],
            Direction::Input,
        )
        .await,
        protocol::run_files(
            "rpc_v2_cbor output",
            vec![
                (rpc_v2_cbor_output::FILE, rpc_v2_cbor_output::suites()),
                (rpc_v2_cbor_query_compatible_output::FILE, rpc_v2_cbor_query_compatible_output::suites()),
                (rpc_v2_cbor_non_query_compatible_output::FILE, rpc_v2_cbor_non_query_compatible_output::suites()),
            ],
            Direction::Output,
        )
        .await,
        sigv4::v4(),
        sigv4::v4a(),
        eventstream::run(),
    ];
    tallies.extend(endpoint::run());

    // Straight to stdout, not through `println!`, which the test harness captures: the report is
    // printed whether the test passes or not.
    let mut out = std::io::stdout().lock();
    for t in &tallies {
        writeln!(
            out,
            "conformance {}: {} passed, {} failed, {} skipped",
            t.name,
            t.passed,
            t.failed.len(),
            t.skipped.len()
        )
        .unwrap();
    }
    for t in &tallies {
        for line in &t.failed {
            writeln!(out, "  {} FAILED {line}", t.name).unwrap();
        }
        // Skips sharing a reason are listed once, with their cases.
        let mut reasons: Vec<(&str, Vec<&str>)> = Vec::new();
        for (case, reason) in &t.skipped {
            match reasons.iter_mut().find(|(r, _)| r == reason) {
                Some((_, cases)) => cases.push(case),
                None => reasons.push((reason, vec![case])),
            }
        }
        for (reason, cases) in reasons {
            writeln!(out, "  {} skipped {} ({}): {reason}", t.name, cases.len(), cases.join(", ")).unwrap();
        }
        for line in &t.notes {
            writeln!(out, "  {} adapted {line}", t.name).unwrap();
        }
        if !t.beyond_botocore.is_empty() {
            let (n, cases) = (t.beyond_botocore.len(), t.beyond_botocore.join(", "));
            writeln!(out, "  {} passed {n} that botocore skips: {cases}", t.name).unwrap();
        }
    }
    out.flush().unwrap();

    // The protocol, signing and event stream suites, then the endpoint tests in
    // `endpoint::SERVICES` order.
    #[rustfmt::skip]
    let expected = [
        22, 34, 54, 58, 113, 91, 38, 38, 29, 29, 94, 78, 17, 37, 40, 38, 16,
        43, 21, 26, 497, 54, 26, 187, 71, 9, 393, 49, 48, 40, 40, 69,
    ];
    assert_eq!(tallies.len(), expected.len(), "one expected count per suite");
    for (t, n) in tallies.iter().zip(expected) {
        assert_eq!(t.total(), n, "{}: {} cases, expected {n}", t.name, t.total());
    }
    let beyond: usize = tallies.iter().map(|t| t.beyond_botocore.len()).sum();
    assert_eq!(
        beyond, 78,
        "botocore's ignore list names 19 of the awsJson cases, 21 of the restJson1 ones, 8 of awsQuery's, 10 of ec2Query's, 18 of restXml's and 2 of rpcv2Cbor's"
    );
    let failed: usize = tallies.iter().map(|t| t.failed.len()).sum();
    assert_eq!(failed, 0, "{failed} conformance cases failed (listed above)");
}
