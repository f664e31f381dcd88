//! `ls`: the buckets, or what is under an S3 URI, a line each as `aws s3 ls` prints them: the
//! date and time (UTC), the size right-aligned in ten columns and the name; `PRE name/` for a
//! common prefix of a delimited (not `--recursive`) listing.

use aws_operation::DateTime;
use aws_operation_s3::S3;
use futures_util::StreamExt as _;

use crate::console::Console;
use crate::failure::Failure;
use crate::line::Line;
use crate::location::Location;

/// Lists what `line` asks for.
pub async fn run(line: &Line, client: &S3, console: &mut Console<'_>) {
    let Some(Location::S3(uri)) = line.locations.first() else {
        return buckets(client, console).await;
    };
    let mut list = client.list_objects_v2().bucket(&uri.bucket);
    if !uri.key.is_empty() {
        list = list.prefix(&uri.key);
    }
    if !line.recursive {
        list = list.delimiter("/");
    }
    let mut pages = list.into_paginator();
    if let Some(size) = line.page_size {
        pages = pages.page_size(size);
    }
    let mut pages = pages.pages();
    let (mut objects, mut bytes) = (0u64, 0u64);
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page.into_inner(),
            Err(e) => {
                console.fatal(&Failure::of_call("ListObjectsV2", &e));
                return;
            }
        };
        for prefix in page.common_prefixes.iter().flatten().filter_map(|p| p.prefix.as_deref()) {
            // The last part of the prefix, its `/` kept: `PRE logs/`.
            let name = prefix.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
            console.out(&format!("{:>30} {name}/", "PRE"));
        }
        for object in page.contents.iter().flatten() {
            let key = object.key.as_deref().unwrap_or_default();
            let size = object.size.unwrap_or_default().max(0) as u64;
            (objects, bytes) = (objects + 1, bytes + size);
            // A delimited listing shows names within the prefix's folder, a recursive one keys.
            let name = if line.recursive { key } else { key.rsplit('/').next().unwrap_or_default() };
            console.out(&format!("{} {:>10} {name}", when(object.last_modified), size_text(size, line.human_readable)));
        }
    }
    if line.summarize {
        console.out(&format!("\nTotal Objects: {objects}\n   Total Size: {}", size_text(bytes, line.human_readable)));
    }
}

async fn buckets(client: &S3, console: &mut Console<'_>) {
    let mut buckets = client.list_buckets().into_paginator().items();
    while let Some(bucket) = buckets.next().await {
        match bucket {
            Ok(bucket) => {
                let name = bucket.name.as_deref().unwrap_or_default();
                console.out(&format!("{} {name}", when(bucket.creation_date)));
            }
            Err(e) => {
                console.fatal(&Failure::of_call("ListBuckets", &e));
                return;
            }
        }
    }
}

/// `2026-12-03 10:11:12`, in UTC, nineteen columns wide whatever it holds.
fn when(time: Option<DateTime>) -> String {
    let text = time.map(|t| t.fmt_date_time()).unwrap_or_default();
    let shown = match text.get(..19) {
        Some(head) if text.as_bytes().get(10) == Some(&b'T') => head.replacen('T', " ", 1),
        _ => text,
    };
    format!("{shown:<19}")
}

/// A size in bytes, or as `--human-readable` shows it (`1 Byte`, `512 Bytes`, `1.5 KiB`).
fn size_text(bytes: u64, human: bool) -> String {
    if !human {
        return bytes.to_string();
    }
    match bytes {
        1 => "1 Byte".to_owned(),
        0..1024 => format!("{bytes} Bytes"),
        _ => {
            let mut value = bytes as f64 / 1024.0;
            for unit in ["KiB", "MiB", "GiB", "TiB", "PiB"] {
                // The next unit once this one would round to 1024.0.
                if (value * 10.0).round() < 10240.0 {
                    return format!("{value:.1} {unit}");
                }
                value /= 1024.0;
            }
            format!("{value:.1} EiB")
        }
    }
}
