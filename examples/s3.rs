//! `aws s3api`, mirrored for the operations of the S3 slice: `cargo run --example s3 -- help`.
//! `get-object` writes the object to its trailing outfile argument as it arrives
//! (`cargo run --example s3 -- get-object --bucket b --key k out.bin`) and prints the rest;
//! `put-object --body` and `upload-part --body` take the bytes as a blob flag does: `fileb://PATH`
//! for a file's, read whole before sending. `list-buckets`, `list-objects-v2` and `list-parts`
//! merge every page of their first result key (`Buckets`, `Contents`, `Parts`).
//! `--metadata '{"team":"finance"}'` sets `x-amz-meta-team`.

use aws_operation::env::Env;
use aws_operation_s3::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
