//! `aws lambda`, mirrored for the operations of the Lambda slice:
//! `cargo run --example lambda -- help`. Blobs in `--cli-input-json` are base64, as AWS CLI v2
//! reads them; `invoke` writes the function's payload to its trailing outfile argument
//! (`cargo run --example lambda -- invoke --function-name f out.json`) and prints the rest.

use aws_operation::env::Env;
use aws_operation_lambda::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
