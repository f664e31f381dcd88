//! Downloads: `HeadObject` for the size and the entity tag, then one `GetObject` (its checksum
//! checked as it is read) for an object within one part, or concurrent ranged `GetObject`s
//! with `If-Match`, so that an object replaced meanwhile fails the download rather than mixing
//! two versions. A range whose body is cut short is asked again from where it stopped.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use futures_util::{StreamExt as _, TryStreamExt as _};
use tokio::io::{AsyncSeekExt as _, AsyncWrite, AsyncWriteExt as _};

use aws_operation::error::ErrorKind;

use super::{Transfer, TransferError};
use crate::ChecksumMode;

/// How often a range cut short is asked again for the rest.
const RESUMES: u32 = 3;

/// What a download read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// The object's entity tag.
    pub e_tag: Option<String>,
    /// Its size.
    pub size: u64,
    /// How many ranges it was fetched in (0 for a single `GetObject`), whatever the requests a
    /// range cut short took.
    pub ranges: usize,
}

/// A temporary file beside the target, removed unless it is renamed to it.
struct Partial {
    path: PathBuf,
    kept: bool,
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Transfer {
    /// Downloads `bucket`/`key` to the file at `path`, replacing it only once the whole object
    /// is written.
    pub async fn download_file(
        &self,
        bucket: &str,
        key: &str,
        path: impl AsRef<Path>,
    ) -> Result<Downloaded, TransferError> {
        let path = path.as_ref();
        let (size, e_tag) = self.head(bucket, key).await?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Unique among this process's downloads (two of one target at once: the count), and
        // across processes, those that crashed included (the pid may be reused: the time).
        static DOWNLOADS: AtomicU64 = AtomicU64::new(0);
        let nth = DOWNLOADS.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
        let temporary = path.with_file_name(format!(".{name}.{}-{nanos}-{nth}.part", std::process::id()));
        // `create_new`: a name taken fails, rather than writing into a file that is not ours and
        // then removing it.
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
            .await
            .map_err(TransferError::io(&temporary))?;
        let mut partial = Partial { path: temporary.clone(), kept: false };
        file.set_len(size).await.map_err(TransferError::io(&temporary))?;
        drop(file);
        let ranges = self.ranges(size);
        let done = Arc::new(AtomicU64::new(0));
        let count = ranges.len();
        futures_util::stream::iter(ranges)
            .map(|(start, end)| {
                let (temporary, e_tag, done) = (&temporary, e_tag.as_deref(), Arc::clone(&done));
                async move {
                    let mut file = tokio::fs::OpenOptions::new()
                        .write(true)
                        .open(temporary)
                        .await
                        .map_err(TransferError::io(temporary))?;
                    file.seek(std::io::SeekFrom::Start(start)).await.map_err(TransferError::io(temporary))?;
                    let out = (&mut file, temporary.as_path());
                    let written = self.fetch(bucket, key, (start, end, size), e_tag, out, &done).await?;
                    file.flush().await.map_err(TransferError::io(temporary))?;
                    Ok::<_, TransferError>(written)
                }
            })
            .buffer_unordered(self.concurrency)
            .try_collect::<Vec<u64>>()
            .await?;
        tokio::fs::rename(&temporary, path).await.map_err(TransferError::io(path))?;
        partial.kept = true;
        Ok(Downloaded { e_tag, size, ranges: if count > 1 { count } else { 0 } })
    }

    /// Downloads `bucket`/`key` into `writer`, in order, with up to [`Transfer::concurrency`]
    /// ranges fetched ahead and held in memory.
    pub async fn download_to_writer<W: AsyncWrite + Unpin>(
        &self,
        bucket: &str,
        key: &str,
        writer: &mut W,
    ) -> Result<Downloaded, TransferError> {
        let (size, e_tag) = self.head(bucket, key).await?;
        let ranges = self.ranges(size);
        let count = ranges.len();
        let done = Arc::new(AtomicU64::new(0));
        let output = Path::new("<writer>");
        let mut parts = futures_util::stream::iter(ranges)
            .map(|(start, end)| {
                let (e_tag, done) = (e_tag.as_deref(), Arc::clone(&done));
                async move {
                    let mut buffer = Vec::with_capacity((end - start) as usize);
                    self.fetch(bucket, key, (start, end, size), e_tag, (&mut buffer, output), &done).await?;
                    Ok::<_, TransferError>(buffer)
                }
            })
            .buffered(self.concurrency);
        while let Some(part) = parts.next().await {
            writer.write_all(&part?).await.map_err(TransferError::io(output))?;
        }
        drop(parts);
        writer.flush().await.map_err(TransferError::io(output))?;
        Ok(Downloaded { e_tag, size, ranges: if count > 1 { count } else { 0 } })
    }

    async fn head(&self, bucket: &str, key: &str) -> Result<(u64, Option<String>), TransferError> {
        let head = self.client.head_object().bucket(bucket).key(key).send().await;
        let head = head.map_err(TransferError::call("HeadObject"))?.into_inner();
        let size = head
            .content_length
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| TransferError::Inconsistent("HeadObject answered without a content length".to_owned()))?;
        Ok((size, head.e_tag))
    }

    /// The byte ranges (end exclusive) of an object of `size` bytes: one for the whole object
    /// within a part, else one per part.
    fn ranges(&self, size: u64) -> Vec<(u64, u64)> {
        let part = self.part_size_for(size);
        if size <= part {
            return vec![(0, size)];
        }
        (0..size.div_ceil(part)).map(|i| (i * part, ((i + 1) * part).min(size))).collect()
    }

    /// Writes bytes `start..end` of the object (of `size` bytes) to `out` (named by its path in
    /// errors), asking again from where a cut body stopped; the number of bytes written.
    async fn fetch<W: AsyncWrite + Unpin>(
        &self,
        bucket: &str,
        key: &str,
        (start, end, size): (u64, u64, u64),
        e_tag: Option<&str>,
        (out, out_path): (&mut W, &Path),
        done: &AtomicU64,
    ) -> Result<u64, TransferError> {
        let whole = start == 0 && end == size;
        let mut at = start;
        let mut resumes = 0;
        loop {
            // An empty object, or a body cut after its last byte: nothing is left to ask for (and
            // S3 refuses an empty range).
            if at == end {
                return Ok(end - start);
            }
            let mut get = self.client.get_object().bucket(bucket).key(key);
            let ranged = !(whole && at == start);
            if ranged {
                get = get.range(format!("bytes={at}-{}", end - 1));
            } else {
                // The whole object: S3's checksum of it is checked as it is read.
                get = get.checksum_mode(ChecksumMode::Enabled);
            }
            if let Some(tag) = e_tag {
                get = get.if_match(tag);
            }
            let output = get.send().await.map_err(TransferError::call("GetObject"))?.into_inner();
            // A server that ignored the range (a `200` without `Content-Range`) would send bytes
            // from elsewhere, written here as if they were these.
            let asked = format!("bytes {at}-{}/{size}", end - 1);
            if ranged && output.content_range.as_deref() != Some(asked.as_str()) {
                let got = output.content_range.as_deref().unwrap_or("no Content-Range");
                return Err(TransferError::Inconsistent(format!("GetObject of {key} sent `{got}`, not `{asked}`")));
            }
            let mut body = output.body.unwrap_or_default();
            let cut = loop {
                match body.next().await {
                    Some(Ok(chunk)) => {
                        if at + chunk.len() as u64 > end {
                            return Err(TransferError::Inconsistent(format!(
                                "GetObject sent more than bytes {start}-{} of {key}",
                                end - 1
                            )));
                        }
                        out.write_all(&chunk).await.map_err(TransferError::io(out_path))?;
                        at += chunk.len() as u64;
                        let now = done.fetch_add(chunk.len() as u64, Ordering::Relaxed) + chunk.len() as u64;
                        self.report(now, Some(size));
                    }
                    Some(Err(e)) => break Some(e),
                    None => break None,
                }
            };
            match cut {
                None if at == end => return Ok(end - start),
                None => {
                    return Err(TransferError::Inconsistent(format!(
                        "GetObject of bytes {start}-{} of {key} ended at {at}",
                        end - 1
                    )));
                }
                // A checksum that does not match is not a cut: asking again would not help.
                Some(e) if resumes >= RESUMES || !is_cut(&e) => {
                    return Err(TransferError::Call {
                        operation: "GetObject",
                        kind: if is_cut(&e) { ErrorKind::Transport } else { ErrorKind::Response },
                        service: None,
                        source: Box::new(e),
                    });
                }
                Some(_) => resumes += 1,
            }
        }
    }
}

/// Whether the body stopped early (the connection cut or silent), which a request for the rest
/// can mend.
fn is_cut(e: &aws_operation::byte_stream::ByteStreamError) -> bool {
    use aws_operation::byte_stream::ByteStreamError;
    matches!(e, ByteStreamError::Cut { .. } | ByteStreamError::ReadTimeout(_))
}
