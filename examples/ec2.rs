//! `aws ec2`, mirrored for the operations of the EC2 slice: `cargo run --example ec2 -- help`.
//! List-of-structure flags take JSON, as `--filters '[{"Name":"instance-state-name","Values":["running"]}]'`
//! or one element per argument; `describe-instances` and `describe-vpcs` read every page unless
//! `--max-items` stops them (`--page-size` sets `MaxResults`).

use aws_operation::env::Env;
use aws_operation_ec2::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
