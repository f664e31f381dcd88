//! `aws sns`, mirrored for the operations of the SNS slice: `cargo run --example sns -- help`.
//! `list-topics` and `list-subscriptions-by-topic` merge every page, as the AWS CLI does
//! (`--max-items` and `--starting-token` to stop and resume); binary message attributes in
//! `--cli-input-json` are base64, as AWS CLI v2 reads them.

use aws_operation::env::Env;
use aws_operation_sns::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
