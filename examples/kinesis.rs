//! `aws kinesis`, mirrored for the operations of the Kinesis slice:
//! `cargo run --example kinesis -- help`. `list-shards` merges every page, as the AWS CLI does
//! (`--max-items` and `--starting-token` to stop and resume); `--data` is base64, as AWS CLI v2
//! reads blobs (`--cli-binary-format raw-in-base64-out` to give it as text):
//!
//! ```sh
//! cargo run --example kinesis -- create-stream --stream-name orders --shard-count 2
//! cargo run --example kinesis -- put-record --stream-name orders --partition-key customer-7 \
//!     --cli-binary-format raw-in-base64-out --data 'order 1'
//! cargo run --example kinesis -- get-shard-iterator --stream-name orders \
//!     --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON
//! cargo run --example kinesis -- get-records --shard-iterator ITERATOR
//! ```
//!
//! `subscribe-to-shard` is listed with the others but does not work yet: its answer is a stream
//! of events, over HTTP/2 on Kinesis, which the transport does not speak (see the crate's
//! documentation), and the command cannot print an event stream (against a server that streams
//! the events over HTTP/1.1 it exits with 255, the output not being JSON).

use aws_operation::env::Env;
use aws_operation_kinesis::operations;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = std::env::args().skip(1).collect();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = aws_operation_cli::run(args, &operations(), Env::real(), &mut stdout, &mut stderr).await;
    std::process::exit(code);
}
