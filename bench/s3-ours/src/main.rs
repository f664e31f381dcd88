//! The S3 throughput client with this crate's S3 slice (aws-operation-s3) and its transfer
//! helper; the subcommands and the output are bench/s3-driver.rs's. Static credentials from the
//! environment, region us-east-1, the endpoint from argv, path style.

#[path = "../../s3-driver.rs"]
mod driver;

use std::error::Error;

use aws_operation::{ByteStream, Config};
use aws_operation_s3::S3;
use aws_operation_s3::transfer::Transfer;
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

async fn get(client: &S3, key: String) -> Result<u64, String> {
    let output = client.get_object().bucket(BUCKET).key(key).send().await.map_err(|e| chain(&e))?.into_inner();
    let mut body = output.body.unwrap_or_default();
    let mut bytes = 0;
    while let Some(chunk) = body.next().await {
        bytes += chunk.map_err(|e| chain(&e))?.len() as u64;
    }
    Ok(bytes)
}

#[tokio::main]
async fn main() {
    let (endpoint, command) = driver::args();
    let config = Config::from_env()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .s3_force_path_style(true)
        .build()
        .unwrap_or_else(|e| driver::fail(&chain(&e)));
    let client = S3::new(&config).unwrap_or_else(|e| driver::fail(&chain(&e)));
    let transfer = || Transfer::new(client.clone()).part_size(PART_SIZE).concurrency(CONCURRENCY);
    match command {
        Command::Get { size } => driver::timed("get", size, get(&client, driver::object_key(size))).await,
        Command::Put { file } => {
            let size = std::fs::metadata(&file).unwrap_or_else(|e| driver::fail(&e.to_string())).len();
            driver::timed("put", size, async {
                let body = ByteStream::from_path(&file).await.map_err(|e| e.to_string())?;
                let put = client.put_object().bucket(BUCKET).key(format!("bench/put-{size}")).body(body);
                put.send().await.map_err(|e| chain(&e))?;
                Ok(size)
            })
            .await
        }
        Command::Upload { file } => {
            let size = std::fs::metadata(&file).unwrap_or_else(|e| driver::fail(&e.to_string())).len();
            driver::timed("upload", size, async {
                let key = format!("bench/upload-{size}");
                let uploaded = transfer().upload_file(&file, BUCKET, &key).await.map_err(|e| chain(&e))?;
                Ok(uploaded.size)
            })
            .await
        }
        Command::Download { size, dir } => {
            let path = driver::download_path(&dir);
            driver::timed("download", size, async {
                let key = driver::object_key(size);
                transfer().download_file(BUCKET, &key, &path).await.map_err(|e| chain(&e))?;
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
                        .body(ByteStream::new(bytes::Bytes::from_static(driver::SMALL)));
                    async move { put.send().await.map(|_| ()).map_err(|e| chain(&e)) }
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
