//! `aws partnercentral-channel`, mirrored: `cargo run --example partnercentral-channel -- help`.
//! The command lives in the `aws-operation-cli` library; this binary only wires it up.

use aws_operation::env::Env;
use aws_operation_partnercentral_channel::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
