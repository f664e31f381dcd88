//! Uploads: one `PutObject` below the threshold; above it, `CreateMultipartUpload`, concurrent
//! `UploadPart`s (CRC32 each, which S3 checks) and `CompleteMultipartUpload`, or
//! `AbortMultipartUpload` when a part or the completion fails, or the future is dropped.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use aws_operation::ByteStream;
use bytes::{Bytes, BytesMut};
use futures_util::TryStreamExt as _;

use super::{Transfer, TransferError};
use crate::{ChecksumAlgorithm, CompletedMultipartUpload, CompletedPart, S3};

/// What an upload made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uploaded {
    /// The object's entity tag.
    pub e_tag: Option<String>,
    /// How many parts it went in (0 for a single `PutObject`).
    pub parts: usize,
    /// Its size.
    pub size: u64,
    /// Its CRC32 as S3 gives it: of the whole object, or, in parts, composite (`...-N`), which
    /// the upload checked against those of its parts.
    pub checksum_crc32: Option<String>,
}

/// A part to send: its number and its bytes (a range of a file, or held in memory).
struct Part {
    number: i32,
    body: ByteStream,
    len: u64,
}

/// An upload in progress, aborted if it is dropped before it completes.
struct Pending {
    client: S3,
    bucket: String,
    key: String,
    upload_id: String,
    done: bool,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        // Dropped mid-way (the caller gave up on the future): S3 would keep the parts.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let abort =
                self.client.abort_multipart_upload().bucket(&self.bucket).key(&self.key).upload_id(&self.upload_id);
            runtime.spawn(async move {
                let _ = abort.send().await;
            });
        }
    }
}

impl Transfer {
    /// Uploads the file at `path` to `bucket`/`key`.
    pub async fn upload_file(
        &self,
        path: impl AsRef<Path>,
        bucket: &str,
        key: &str,
    ) -> Result<Uploaded, TransferError> {
        let path = path.as_ref();
        let len = tokio::fs::metadata(path).await.map_err(TransferError::io(path))?.len();
        if self.in_one(len) {
            let body = ByteStream::from_path(path).await.map_err(TransferError::io(path))?;
            return self.put(bucket, key, body, len).await;
        }
        let part_size = self.part_size_for(len);
        let mut parts = Vec::new();
        let mut offset = 0;
        while offset < len {
            let n = part_size.min(len - offset);
            let body = ByteStream::from_path_range(path, offset, n).await.map_err(TransferError::io(path))?;
            parts.push(Ok(Part { number: parts.len() as i32 + 1, body, len: n }));
            offset += n;
        }
        self.multipart(bucket, key, Some(len), futures_util::stream::iter(parts)).await
    }

    /// Uploads `bytes` to `bucket`/`key`.
    pub async fn upload_bytes(
        &self,
        bytes: impl Into<Bytes>,
        bucket: &str,
        key: &str,
    ) -> Result<Uploaded, TransferError> {
        let bytes = bytes.into();
        let len = bytes.len() as u64;
        if self.in_one(len) {
            return self.put(bucket, key, ByteStream::new(bytes), len).await;
        }
        let part_size = self.part_size_for(len) as usize;
        let parts: Vec<_> = bytes
            .chunks(part_size)
            .enumerate()
            .map(|(i, chunk)| {
                let body = ByteStream::new(bytes.slice_ref(chunk));
                Ok(Part { number: i as i32 + 1, body, len: chunk.len() as u64 })
            })
            .collect();
        self.multipart(bucket, key, Some(len), futures_util::stream::iter(parts)).await
    }

    /// Uploads a stream of unknown length to `bucket`/`key`: one `PutObject` if it ends below
    /// the threshold, else parts of the part size, each held in memory until it is sent (at
    /// most [`Transfer::concurrency`] of them, and one being filled).
    pub async fn upload_stream(
        &self,
        mut stream: ByteStream,
        bucket: &str,
        key: &str,
    ) -> Result<Uploaded, TransferError> {
        let part_size = self.part_size as usize;
        let mut first = BytesMut::new();
        let mut ended = false;
        while first.len() < self.threshold.max(1) as usize {
            match stream.next().await {
                Some(chunk) => first.extend_from_slice(&chunk.map_err(TransferError::Source)?),
                None => {
                    ended = true;
                    break;
                }
            }
        }
        if ended {
            let len = first.len() as u64;
            return self.put(bucket, key, ByteStream::new(first.freeze()), len).await;
        }
        // Parts cut from what arrives, as it arrives; the length is not known, so neither is a
        // part size that would fit it in 10,000 parts: a stream too long fails at part 10,001.
        let parts = futures_util::stream::unfold(
            (stream, first, false, 0i32),
            move |(mut stream, mut pending, mut ended, number)| async move {
                while !ended && pending.len() < part_size {
                    match stream.next().await {
                        Some(Ok(chunk)) => pending.extend_from_slice(&chunk),
                        Some(Err(e)) => return Some((Err(TransferError::Source(e)), (stream, pending, true, number))),
                        None => ended = true,
                    }
                }
                if pending.is_empty() {
                    return None;
                }
                let take = pending.len().min(part_size);
                let bytes = pending.split_to(take).freeze();
                let part = Part { number: number + 1, len: bytes.len() as u64, body: ByteStream::new(bytes) };
                Some((Ok(part), (stream, pending, ended, number + 1)))
            },
        );
        self.multipart(bucket, key, None, parts).await
    }

    /// Whether `len` bytes go in one `PutObject`: below the threshold, or none at all, which
    /// no multipart upload can carry (it needs a part).
    fn in_one(&self, len: u64) -> bool {
        len < self.threshold || len == 0
    }

    async fn put(&self, bucket: &str, key: &str, body: ByteStream, len: u64) -> Result<Uploaded, TransferError> {
        let put =
            self.client.put_object().bucket(bucket).key(key).body(body).checksum_algorithm(ChecksumAlgorithm::Crc32);
        let out = put.send().await.map_err(TransferError::call("PutObject"))?.into_inner();
        self.report(len, Some(len));
        Ok(Uploaded { e_tag: out.e_tag, parts: 0, size: len, checksum_crc32: out.checksum_crc32 })
    }

    async fn multipart(
        &self,
        bucket: &str,
        key: &str,
        total: Option<u64>,
        parts: impl futures_util::Stream<Item = Result<Part, TransferError>>,
    ) -> Result<Uploaded, TransferError> {
        let create = self.client.create_multipart_upload().bucket(bucket).key(key);
        let created = create
            .checksum_algorithm(ChecksumAlgorithm::Crc32)
            .send()
            .await
            .map_err(TransferError::call("CreateMultipartUpload"))?
            .into_inner();
        let upload_id = created.upload_id.ok_or_else(|| {
            TransferError::Inconsistent("CreateMultipartUpload answered without an upload id".to_owned())
        })?;
        let mut pending = Pending {
            client: self.client.clone(),
            bucket: bucket.to_owned(),
            key: key.to_owned(),
            upload_id: upload_id.clone(),
            done: false,
        };
        let result = async {
            let (completed, size) = self.send_parts(&pending, total, parts).await?;
            let count = completed.len();
            let expected = composite_crc32(&completed);
            let complete = self
                .client
                .complete_multipart_upload()
                .bucket(bucket)
                .key(key)
                .upload_id(&upload_id)
                .multipart_upload(CompletedMultipartUpload { parts: Some(completed) });
            let out = complete.send().await.map_err(TransferError::call("CompleteMultipartUpload"))?.into_inner();
            let uploaded = Uploaded { e_tag: out.e_tag, parts: count, size, checksum_crc32: out.checksum_crc32 };
            Ok::<_, TransferError>((uploaded, expected))
        }
        .await;
        let cause = match result {
            Ok((uploaded, expected)) => {
                pending.done = true;
                // S3's composite checksum of the object (`...-N`) is the CRC32 of the parts'
                // CRC32s, in order: another one means parts were put together wrongly. The
                // object exists, so this is an error to report, not an upload to abort.
                if let (Some(reported), Some(expected)) = (&uploaded.checksum_crc32, &expected)
                    && reported.contains('-')
                    && reported != expected
                {
                    return Err(TransferError::Inconsistent(format!(
                        "{bucket}/{key}: S3's CRC32 of the object, {reported}, is not that of its parts, {expected}"
                    )));
                }
                return Ok(uploaded);
            }
            Err(cause) => cause,
        };
        // A failed CompleteMultipartUpload is aborted too: its parts would stay otherwise, and
        // if it did complete after all (its answer lost), the abort finds no upload and the
        // object stays.
        let abort = self.client.abort_multipart_upload().bucket(bucket).key(key).upload_id(&upload_id);
        // The failure is what the caller needs; an abort that fails too leaves the parts to the
        // bucket's lifecycle rules.
        let _ = abort.send().await;
        // Only now: a future dropped during the abort leaves it to `Pending`'s drop.
        pending.done = true;
        Err(TransferError::Aborted { upload_id, cause: Box::new(cause) })
    }

    /// Sends the parts, [`Transfer::concurrency`] at a time, and gives them back in order.
    async fn send_parts(
        &self,
        pending: &Pending,
        total: Option<u64>,
        parts: impl futures_util::Stream<Item = Result<Part, TransferError>>,
    ) -> Result<(Vec<CompletedPart>, u64), TransferError> {
        let done = Arc::new(AtomicU64::new(0));
        let mut completed: Vec<CompletedPart> = parts
            // Before part 10,001 is sent, not after: S3 would refuse the upload only at its end.
            .and_then(|part| async move {
                if part.number as u64 > super::MAX_PARTS {
                    let max = super::MAX_PARTS;
                    return Err(TransferError::Inconsistent(format!("more than {max} parts, which S3 does not take")));
                }
                Ok(part)
            })
            .map_ok(|part| {
                let done = Arc::clone(&done);
                async move {
                    let Part { number, body, len } = part;
                    let upload = self
                        .client
                        .upload_part()
                        .bucket(&pending.bucket)
                        .key(&pending.key)
                        .upload_id(&pending.upload_id)
                        .part_number(number)
                        .checksum_algorithm(ChecksumAlgorithm::Crc32)
                        .body(body);
                    let out = upload.send().await.map_err(TransferError::call("UploadPart"))?.into_inner();
                    let now = done.fetch_add(len, Ordering::Relaxed) + len;
                    self.report(now, total);
                    let completed = CompletedPart::builder()
                        .part_number(number)
                        .set_e_tag(out.e_tag)
                        .set_checksum_crc32(out.checksum_crc32)
                        .build()
                        .map_err(|e| TransferError::Inconsistent(e.to_string()))?;
                    Ok::<_, TransferError>(completed)
                }
            })
            .try_buffer_unordered(self.concurrency)
            .try_collect()
            .await?;
        completed.sort_by_key(|p| p.part_number);
        Ok((completed, done.load(Ordering::Relaxed)))
    }
}

/// The composite CRC32 of an object made of `parts`, as S3 computes it: the CRC32 of their
/// CRC32s one after the other, and the part count; `None` unless every part has its CRC32.
fn composite_crc32(parts: &[CompletedPart]) -> Option<String> {
    use base64::Engine as _;
    let mut joined = Vec::with_capacity(parts.len() * 4);
    for part in parts {
        joined.extend(base64::engine::general_purpose::STANDARD.decode(part.checksum_crc32.as_deref()?).ok()?);
    }
    let crc = aws_operation::checksum::ChecksumAlgorithm::Crc32.checksum(&joined);
    Some(format!("{crc}-{}", parts.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composite_checksums_are_the_crc32_of_the_parts_crc32s() {
        use base64::Engine as _;
        let part = |data: &[u8], n: i32| {
            let crc = aws_operation::checksum::ChecksumAlgorithm::Crc32.checksum(data);
            CompletedPart::builder().part_number(n).checksum_crc32(crc).build().unwrap()
        };
        let parts = [part(b"first part", 1), part(b"second", 2)];
        let mut joined = Vec::new();
        for p in &parts {
            joined
                .extend(base64::engine::general_purpose::STANDARD.decode(p.checksum_crc32.as_ref().unwrap()).unwrap());
        }
        let expected = format!("{}-2", aws_operation::checksum::ChecksumAlgorithm::Crc32.checksum(&joined));
        assert_eq!(composite_crc32(&parts), Some(expected));
        let without = CompletedPart::builder().part_number(3).e_tag("x").build().unwrap();
        assert_eq!(composite_crc32(&[parts[0].clone(), without]), None);
    }
}
