//! `aws bedrock-runtime`, mirrored for the operations of the Bedrock Runtime slice:
//! `cargo run --example bedrock_runtime -- help`, then
//! `cargo run --example bedrock_runtime -- converse --model-id amazon.nova-lite-v1:0 --messages '[{"role": "user", "content": [{"text": "Hello"}]}]'`.

use aws_operation::env::Env;
use aws_operation_bedrock_runtime::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
