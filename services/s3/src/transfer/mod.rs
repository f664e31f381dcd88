//! Files in and out of S3 at the speed the machine allows, built only on the operations of this
//! slice: one `PutObject` below a threshold and concurrent parts above it (`upload`); ranged
//! `GetObject`s written at their offsets (`download`).
//!
//! ```no_run
//! # async fn demo(client: aws_operation_s3::S3) -> Result<(), aws_operation_s3::transfer::TransferError> {
//! use aws_operation_s3::transfer::Transfer;
//!
//! let transfer = Transfer::new(client).on_progress(|done, total| eprintln!("{done}/{total:?}"));
//! transfer.upload_file("backup.tar", "my-bucket", "backups/backup.tar").await?;
//! transfer.download_file("my-bucket", "backups/backup.tar", "restored.tar").await?;
//! # Ok(()) }
//! ```
//!
//! Each part is one call of the client, retried on its own by the client's retry policy. Memory
//! stays within the part size times the concurrency, whatever the size of the object: parts of a
//! file are read from it as they are sent (again for a retry), parts of a stream are held until
//! sent. A failed upload is aborted (`AbortMultipartUpload`), and so is one whose future is
//! dropped; a failed or dropped download leaves no file behind: it writes to a temporary name
//! beside the target and renames it when every byte is there.

mod download;
mod upload;

pub use download::Downloaded;
pub use upload::Uploaded;

use std::sync::Arc;

use aws_operation::ErrorMeta;
use aws_operation::error::ErrorKind;

use crate::S3;

/// S3's least part size, the last part aside.
pub const MIN_PART_SIZE: u64 = 5 * 1024 * 1024;
/// S3's greatest part size.
pub const MAX_PART_SIZE: u64 = 5 * 1024 * 1024 * 1024;
/// S3's most parts in one upload.
pub const MAX_PARTS: u64 = 10_000;

/// What has been moved so far: the bytes done and, when known, the total.
pub type Progress = Arc<dyn Fn(u64, Option<u64>) + Send + Sync>;

/// Uploads and downloads over an S3 client.
#[derive(Clone)]
pub struct Transfer {
    client: S3,
    part_size: u64,
    concurrency: usize,
    threshold: u64,
    progress: Option<Progress>,
}

impl std::fmt::Debug for Transfer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transfer")
            .field("part_size", &self.part_size)
            .field("concurrency", &self.concurrency)
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

impl Transfer {
    /// Parts of 8 MiB and objects below 8 MiB in one request, as the AWS CLI does; 8 parts at
    /// a time.
    pub fn new(client: S3) -> Self {
        Self { client, part_size: 8 * 1024 * 1024, concurrency: 8, threshold: 8 * 1024 * 1024, progress: None }
    }

    /// The size of each part but the last (from [`MIN_PART_SIZE`] to [`MAX_PART_SIZE`], default
    /// 8 MiB); grown for an object that would need more than [`MAX_PARTS`]. A stream of unknown
    /// length is cut in parts of this size, so it can be at most [`MAX_PARTS`] of them.
    pub fn part_size(mut self, bytes: u64) -> Self {
        self.part_size = bytes.clamp(MIN_PART_SIZE, MAX_PART_SIZE);
        self
    }

    /// How many parts (or ranges) are in flight at once (at least 1, default 8).
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }

    /// The size from which an upload goes in parts (default 8 MiB). An empty object always goes
    /// in one `PutObject`, as a multipart upload needs at least one part.
    pub fn multipart_threshold(mut self, bytes: u64) -> Self {
        self.threshold = bytes;
        self
    }

    /// Called as bytes are done, with the total when it is known (default none). An upload
    /// counts a part when S3 has taken it, a download each chunk as it is written.
    pub fn on_progress(mut self, progress: impl Fn(u64, Option<u64>) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(progress));
        self
    }

    /// The part size for an object of `len` bytes: the configured one, grown to a whole MiB so
    /// that the object fits in [`MAX_PARTS`].
    fn part_size_for(&self, len: u64) -> u64 {
        const MIB: u64 = 1024 * 1024;
        let least = len.div_ceil(MAX_PARTS).div_ceil(MIB) * MIB;
        self.part_size.max(least)
    }

    fn report(&self, done: u64, total: Option<u64>) {
        if let Some(progress) = &self.progress {
            progress(done, total);
        }
    }
}

/// Why a transfer failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransferError {
    /// A local file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// A call failed (after the client's retries).
    #[error("{operation} failed")]
    Call {
        /// The operation, e.g. `UploadPart`.
        operation: &'static str,
        /// How it failed: S3 answered with an error (`Service`), the input was refused before
        /// anything was sent, the body was cut short (`Transport`)...
        kind: ErrorKind,
        /// S3's error code, message, status and request ids, where S3 answered with an error.
        service: Option<Box<ErrorMeta>>,
        /// Its error: the operation's [`aws_operation::Error`], or the body's stream error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A stream to upload failed.
    #[error("the stream to upload failed")]
    Source(#[source] aws_operation::byte_stream::ByteStreamError),
    /// The object changed while it was downloaded, or S3 answered what was not asked.
    #[error("{0}")]
    Inconsistent(String),
    /// An upload failed and was aborted; the cause is the failure.
    #[error("the upload {upload_id} was aborted")]
    Aborted {
        /// The upload's id.
        upload_id: String,
        /// Why it was aborted.
        #[source]
        cause: Box<TransferError>,
    },
}

impl TransferError {
    fn call<E: std::error::Error + Send + Sync + 'static>(
        operation: &'static str,
    ) -> impl FnOnce(aws_operation::Error<E>) -> Self {
        move |e| TransferError::Call {
            operation,
            kind: e.kind(),
            service: e.meta().cloned().map(Box::new),
            source: Box::new(e),
        }
    }

    fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self + '_ {
        move |source| TransferError::Io { path: path.to_owned(), source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transfer() -> Transfer {
        let config = aws_operation::Config::builder().region("us-east-1").build().unwrap();
        Transfer::new(S3::new(&config).unwrap())
    }

    #[test]
    fn parts_grow_to_fit_ten_thousand() {
        let t = transfer();
        assert_eq!(t.part_size_for(0), 8 << 20);
        assert_eq!(t.part_size_for(80_000 << 20), 8 << 20);
        // 100 GiB: 10.24 MiB a part, so 11 MiB.
        assert_eq!(t.part_size_for(100 << 30), 11 << 20);
        assert!(t.part_size_for(5 << 40) * MAX_PARTS >= 5 << 40);
        assert_eq!(transfer().part_size(1).part_size, MIN_PART_SIZE);
        assert_eq!(transfer().part_size(u64::MAX).part_size, MAX_PART_SIZE);
    }
}
