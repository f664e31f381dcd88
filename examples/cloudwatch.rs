//! `aws cloudwatch`, mirrored for the operations of the CloudWatch slice:
//! `cargo run --example cloudwatch -- help`. `list-metrics`, `describe-alarms` and
//! `get-metric-data` merge every page, as the AWS CLI does (`--max-items` and
//! `--starting-token` to stop and resume); `--metric-data` and the other structured flags take
//! JSON, with timestamps as epoch seconds:
//!
//! ```sh
//! cargo run --example cloudwatch -- put-metric-data --namespace MyApp \
//!     --metric-data '[{"MetricName": "Latency", "Values": [12, 15.5], "Counts": [3, 1], "Unit": "Milliseconds"}]'
//! ```

use aws_operation::env::Env;
use aws_operation_cloudwatch::{CloudWatchJson, operations};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    // awsJson 1.0, not rpcv2Cbor: CloudWatch answers both, moto (which the command is tested against) JSON only.
    let ops = operations::<CloudWatchJson>();
    let code = aws_operation_cli::run_as("cloudwatch", args, &ops, Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
