//! The S3 throughput client with the AWS SDK for Rust, as its users write it: aws-config for
//! credentials (static, from the environment), aws-sdk-s3 with `force_path_style`, and
//! aws-sdk-s3-transfer-manager for `upload` and `download` (parts of 8 MiB, 8 in flight); the
//! subcommands and the output are bench/s3-driver.rs's.

#[path = "../../s3-driver.rs"]
mod driver;

use std::error::Error;

use aws_config::{BehaviorVersion, Region};
use aws_sdk_s3::Client;
use aws_sdk_s3::error::DisplayErrorContext;
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3_transfer_manager::io::InputStream;
use aws_sdk_s3_transfer_manager::types::{ConcurrencyMode, PartSize};
use driver::{BUCKET, CONCURRENCY, Command, PART_SIZE};

/// An error with its causes, one after the other.
fn chain(e: &dyn Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

async fn get(client: &Client, key: String) -> Result<u64, String> {
    let output =
        client.get_object().bucket(BUCKET).key(key).send().await.map_err(|e| DisplayErrorContext(&e).to_string())?;
    let mut body = output.body;
    let mut bytes = 0;
    while let Some(chunk) = body.next().await {
        bytes += chunk.map_err(|e| chain(&e))?.len() as u64;
    }
    Ok(bytes)
}

#[tokio::main]
async fn main() {
    let (endpoint, command) = driver::args();
    let shared = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .load()
        .await;
    let s3_config = || aws_sdk_s3::config::Builder::from(&shared).force_path_style(true);
    let client = Client::from_conf(s3_config().build());
    let transfer = || {
        let config = aws_sdk_s3_transfer_manager::Config::builder()
            .s3_config(s3_config())
            .part_size(PartSize::Target(PART_SIZE))
            .multipart_threshold(PartSize::Target(PART_SIZE))
            .concurrency(ConcurrencyMode::Explicit(CONCURRENCY))
            .build();
        aws_sdk_s3_transfer_manager::Client::new(config)
    };
    match command {
        Command::Get { size } => driver::timed("get", size, get(&client, driver::object_key(size))).await,
        Command::Put { file } => {
            let size = std::fs::metadata(&file).unwrap_or_else(|e| driver::fail(&e.to_string())).len();
            driver::timed("put", size, async {
                let body = ByteStream::from_path(&file).await.map_err(|e| chain(&e))?;
                let put = client.put_object().bucket(BUCKET).key(format!("bench/put-{size}")).body(body);
                put.send().await.map_err(|e| DisplayErrorContext(&e).to_string())?;
                Ok(size)
            })
            .await
        }
        Command::Upload { file } => {
            let size = std::fs::metadata(&file).unwrap_or_else(|e| driver::fail(&e.to_string())).len();
            let tm = transfer();
            driver::timed("upload", size, async {
                let body = InputStream::from_path(&file).map_err(|e| chain(&e))?;
                let upload = tm.upload().bucket(BUCKET).key(format!("bench/upload-{size}")).body(body);
                upload.initiate().map_err(|e| chain(&e))?.join().await.map_err(|e| chain(&e))?;
                Ok(size)
            })
            .await
        }
        Command::Download { size, dir } => {
            let path = driver::download_path(&dir);
            let tm = transfer();
            driver::timed("download", size, async {
                let download = tm.download().bucket(BUCKET).key(driver::object_key(size));
                let handle = download.write_to_path(&path).await.map_err(|e| chain(&e))?;
                handle.join().await.map_err(|e| chain(&e))?;
                std::fs::metadata(&path).map(|m| m.len()).map_err(|e| e.to_string())
            })
            .await
        }
        Command::Small { n, c } => {
            let (put_client, get_client) = (client.clone(), client.clone());
            driver::small(
                n,
                c,
                move |i| {
                    let put = put_client
                        .put_object()
                        .bucket(BUCKET)
                        .key(driver::small_key(i))
                        .body(ByteStream::from_static(driver::SMALL));
                    async move { put.send().await.map(|_| ()).map_err(|e| DisplayErrorContext(&e).to_string()) }
                },
                move |i| {
                    let client = get_client.clone();
                    async move { get(&client, driver::small_key(i)).await.map(|n| n as usize) }
                },
            )
            .await
        }
    }
}
