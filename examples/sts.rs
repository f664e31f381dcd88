//! `aws sts`, mirrored for the operations of the STS slice:
//! `cargo run --example sts -- get-caller-identity`, `cargo run --example sts -- help`.
//! Profiles with `role_arn` and web identity work as in the AWS CLI (a role whose profile sets
//! `mfa_serial` asks for the code on the terminal).

use aws_operation::env::Env;
use aws_operation_sts::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
