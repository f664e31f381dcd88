//! `mb` and `rb`: a bucket made in the configured region (`CreateBucket`, with the region as
//! its location constraint outside us-east-1, which takes none), and removed (`DeleteBucket`),
//! emptied first with `--force`.

use aws_operation_s3::{BucketLocationConstraint, CreateBucketConfiguration, S3};

use crate::console::Console;
use crate::failure::Failure;
use crate::line::Line;
use crate::location::Location;

/// `mb s3://bucket`.
pub async fn make(line: &Line, client: &S3, console: &mut Console<'_>) {
    let Some(Location::S3(uri)) = line.locations.first() else { return };
    let bucket = &uri.bucket;
    let mut create = client.create_bucket().bucket(bucket);
    let region = client.client().config().region().unwrap_or("us-east-1");
    if region != "us-east-1" {
        let constraint = BucketLocationConstraint::from(region);
        match CreateBucketConfiguration::builder().location_constraint(constraint).build() {
            Ok(configuration) => create = create.create_bucket_configuration(configuration),
            Err(e) => {
                let failure = Failure::new(aws_operation_cli::Exit::InvalidParameters, e.to_string());
                console.failed(&format!("make_bucket failed: s3://{bucket}"), &failure);
                return;
            }
        }
    }
    match create.send().await {
        Ok(_) => console.out(&format!("make_bucket: {bucket}")),
        Err(e) => console.failed(&format!("make_bucket failed: s3://{bucket}"), &Failure::of_call("CreateBucket", &e)),
    }
}

/// `rb s3://bucket [--force]`.
pub async fn remove(line: &Line, client: &S3, console: &mut Console<'_>) {
    let Some(Location::S3(uri)) = line.locations.first() else { return };
    let bucket = &uri.bucket;
    if line.force && !crate::rm::delete_all(client, uri, false, console).await {
        // Deleting the bucket would fail on what is left, and say less about why.
        let failure = Failure::new(
            aws_operation_cli::Exit::ServiceError,
            "Unable to delete all objects in the bucket, bucket will not be deleted.",
        );
        console.failed("remove_bucket failed:", &failure);
        return;
    }
    match client.delete_bucket().bucket(bucket).send().await {
        Ok(_) => console.out(&format!("remove_bucket: {bucket}")),
        Err(e) => {
            console.failed(&format!("remove_bucket failed: s3://{bucket}"), &Failure::of_call("DeleteBucket", &e))
        }
    }
}
