//! `peer-s3 ENDPOINT BUCKET`: puts an object, reads it back and lists the bucket, with the AWS
//! SDK for Rust as its users write it (aws-config's default chain, path-style addressing for a
//! local endpoint). Built by bench/run.sh for its clean build time and binary size.

use aws_sdk_s3::primitives::ByteStream;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (endpoint, bucket) = (args.next().ok_or("ENDPOINT")?, args.next().ok_or("BUCKET")?);
    let shared = aws_config::load_from_env().await;
    let config = aws_sdk_s3::config::Builder::from(&shared).endpoint_url(endpoint).force_path_style(true).build();
    let client = aws_sdk_s3::Client::from_conf(config);
    let put = client.put_object().bucket(&bucket).key("bench/hello.txt").body(ByteStream::from_static(b"hello"));
    println!("put {:?}", put.send().await?.e_tag());
    let got = client.get_object().bucket(&bucket).key("bench/hello.txt").send().await?;
    println!("got {} bytes", got.body.collect().await?.into_bytes().len());
    let listed = client.list_objects_v2().bucket(&bucket).prefix("bench/").send().await?;
    for object in listed.contents() {
        println!("{:?} {:?}", object.key(), object.size());
    }
    Ok(())
}
