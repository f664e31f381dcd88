//! `rm`: one object (`DeleteObject`), or with `--recursive` every object under a prefix, listed
//! a page at a time and deleted a thousand at a time (`DeleteObjects`, S3's most per call).

use aws_operation_s3::{Delete, ObjectIdentifier, S3};
use futures_util::StreamExt as _;

use crate::console::Console;
use crate::failure::Failure;
use crate::line::Line;
use crate::location::{Location, S3Uri};

/// S3's most keys in one `DeleteObjects`.
const BATCH: usize = 1000;

/// Deletes what `line` names.
pub async fn run(line: &Line, client: &S3, console: &mut Console<'_>) {
    let Some(Location::S3(uri)) = line.locations.first() else { return };
    if line.recursive {
        delete_all(client, uri, line.quiet, console).await;
        return;
    }
    match client.delete_object().bucket(&uri.bucket).key(&uri.key).send().await {
        Ok(_) if line.quiet => {}
        Ok(_) => console.out(&format!("delete: {uri}")),
        Err(e) => console.failed(&format!("delete failed: {uri}"), &Failure::of_call("DeleteObject", &e)),
    }
}

/// Deletes every object under `uri` as a folder (`s3://b/logs` is `logs/...`); whether all
/// went.
pub async fn delete_all(client: &S3, uri: &S3Uri, quiet: bool, console: &mut Console<'_>) -> bool {
    let prefix = uri.prefix();
    let mut list = client.list_objects_v2().bucket(&uri.bucket);
    if !prefix.is_empty() {
        list = list.prefix(&prefix);
    }
    // Each page is deleted before the next is asked for: the token is the last key listed, which
    // S3 continues after whether or not it is still there.
    let mut keys = list.into_paginator().items();
    let mut batch = Vec::with_capacity(BATCH);
    let mut all = true;
    loop {
        let ended = match keys.next().await {
            Some(Ok(object)) => {
                batch.extend(object.key);
                false
            }
            Some(Err(e)) => {
                console.fatal(&Failure::of_call("ListObjectsV2", &e));
                return false;
            }
            None => true,
        };
        if batch.len() == BATCH || (ended && !batch.is_empty()) {
            all &= delete_batch(client, &uri.bucket, std::mem::take(&mut batch), quiet, console).await;
        }
        if ended {
            return all;
        }
    }
}

/// One `DeleteObjects` of `keys`: a line for each key deleted, and one for each that was not.
async fn delete_batch(client: &S3, bucket: &str, keys: Vec<String>, quiet: bool, console: &mut Console<'_>) -> bool {
    let objects = keys.iter().map(|key| ObjectIdentifier::builder().key(key).build()).collect::<Result<Vec<_>, _>>();
    let delete = objects.and_then(|objects| Delete::builder().objects(objects).quiet(false).build());
    let delete = match delete {
        Ok(delete) => delete,
        Err(e) => {
            let failure = Failure::new(aws_operation_cli::Exit::InvalidParameters, e.to_string());
            console.failed(&format!("delete failed: s3://{bucket}/"), &failure);
            return false;
        }
    };
    let output = match client.delete_objects().bucket(bucket).delete(delete).send().await {
        Ok(output) => output.into_inner(),
        Err(e) => {
            let failure = Failure::of_call("DeleteObjects", &e);
            for key in &keys {
                console.failed(&format!("delete failed: s3://{bucket}/{key}"), &failure);
            }
            return false;
        }
    };
    if !quiet {
        for key in output.deleted.iter().flatten().filter_map(|d| d.key.as_deref()) {
            console.out(&format!("delete: s3://{bucket}/{key}"));
        }
    }
    let errors = output.errors.unwrap_or_default();
    for error in &errors {
        let key = error.key.as_deref().unwrap_or_default();
        let code = error.code.as_deref().unwrap_or("Unknown");
        let failure = Failure::of_service("DeleteObjects", code, error.message.as_deref());
        console.failed(&format!("delete failed: s3://{bucket}/{key}"), &failure);
    }
    errors.is_empty()
}
