//! `cp`: a file up to S3 or an object down from it, or with `--recursive` every file under a
//! folder or every object under a prefix, each through the transfer helper, a few files at
//! once; a line for each as it ends.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use aws_operation_cli::Exit;
use aws_operation_s3::S3;
use aws_operation_s3::transfer::Transfer;
use futures_util::StreamExt as _;

use crate::console::Console;
use crate::failure::Failure;
use crate::line::Line;
use crate::location::{self, Location, S3Uri, shown};

/// Files in flight at once, each in as many parts as the transfer helper sends at once.
const FILES_AT_ONCE: usize = 4;

/// One file to move.
enum Job {
    Up { file: PathBuf, to: S3Uri, size: u64 },
    Down { from: S3Uri, file: PathBuf, size: Option<u64> },
}

/// Why there is nothing to move.
enum Stop {
    /// The command line names what cannot be copied: nothing was sent.
    Usage(String),
    Failed(Failure),
}

/// Copies what `line` names.
pub async fn run(line: &Line, client: &S3, console: &mut Console<'_>) {
    let jobs = match line.locations.as_slice() {
        [Location::Local(from), Location::S3(to)] => uploads(from, to, line.recursive, console),
        [Location::S3(from), Location::Local(to)] => downloads(client, from, to, line.recursive, console).await,
        _ => return,
    };
    let jobs = match jobs {
        Ok(jobs) => jobs,
        Err(Stop::Usage(message)) => {
            console.usage(line, &[message]);
            return;
        }
        Err(Stop::Failed(failure)) => {
            console.fatal(&failure);
            return;
        }
    };
    let progress = console.progress().clone();
    progress.add_files(jobs.len() as u64, jobs.iter().filter_map(Job::size).sum());
    let transfer = Transfer::new(client.clone());
    let mut done = futures_util::stream::iter(jobs)
        .map(|job| {
            let transfer = transfer.clone().on_progress(progress.tracker(job.size().is_some()));
            let progress = progress.clone();
            async move {
                let result = job.run(&transfer).await;
                progress.file_done();
                (job, result)
            }
        })
        .buffer_unordered(FILES_AT_ONCE);
    while let Some((job, result)) = done.next().await {
        match result {
            Ok(()) if line.quiet => console.debug_log(),
            Ok(()) => console.out(&job.line()),
            Err(failure) => console.failed(&format!("{} failed: {}", job.verb(), job.paths()), &failure),
        }
    }
}

impl Job {
    /// Its size, when known before it starts.
    fn size(&self) -> Option<u64> {
        match self {
            Job::Up { size, .. } => Some(*size),
            Job::Down { size, .. } => *size,
        }
    }

    async fn run(&self, transfer: &Transfer) -> Result<(), Failure> {
        match self {
            Job::Up { file, to, .. } => transfer.upload_file(file, &to.bucket, &to.key).await.map(drop),
            Job::Down { from, file, .. } => {
                if let Some(folder) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
                    // As the AWS CLI does: the folders a key names are made.
                    std::fs::create_dir_all(folder)
                        .map_err(|e| Failure::new(Exit::Other, format!("{}: {e}", folder.display())))?;
                }
                transfer.download_file(&from.bucket, &from.key, file).await.map(drop)
            }
        }
        .map_err(|e| Failure::of_transfer(&e))
    }

    fn verb(&self) -> &'static str {
        match self {
            Job::Up { .. } => "upload",
            Job::Down { .. } => "download",
        }
    }

    /// `./a.txt to s3://b/a.txt`, source first.
    fn paths(&self) -> String {
        match self {
            Job::Up { file, to, .. } => format!("{} to {to}", shown(file)),
            Job::Down { from, file, .. } => format!("{from} to {}", shown(file)),
        }
    }

    /// `upload: ./a.txt to s3://b/a.txt`.
    fn line(&self) -> String {
        format!("{}: {}", self.verb(), self.paths())
    }
}

/// The file `from`, or with `recursive` every file under it, to `to`.
fn uploads(from: &str, to: &S3Uri, recursive: bool, console: &mut Console<'_>) -> Result<Vec<Job>, Stop> {
    let path = Path::new(from);
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Stop::Usage(format!("The user-provided path {from} does not exist.")),
        _ => Stop::Usage(format!("`{from}` cannot be read: {e}")),
    })?;
    if !recursive {
        if metadata.is_dir() {
            return Err(Stop::Usage(format!("`{from}` is a folder: give --recursive to copy what is in it")));
        }
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return Err(Stop::Usage(format!("`{from}` has no file name that can be a key (UTF-8)")));
        };
        return Ok(vec![Job::Up { file: path.to_owned(), to: to.object_for(name), size: metadata.len() }]);
    }
    if !metadata.is_dir() {
        return Err(Stop::Usage(format!("`{from}` is not a folder: --recursive copies the files in one")));
    }
    let files = files_under(path, console);
    Ok(files.into_iter().map(|(file, relative, size)| Job::Up { file, to: to.under(&relative), size }).collect())
}

/// Every file under `root`, links followed, each with its path under `root` joined with `/`
/// and its size, in the order of those paths (S3's order of their keys).
fn files_under(root: &Path, console: &mut Console<'_>) -> Vec<(PathBuf, String, u64)> {
    let mut files = Vec::new();
    // A link to a folder above it would be walked forever: each folder once.
    let mut seen = BTreeSet::new();
    let mut folders = vec![(root.to_owned(), String::new())];
    while let Some((folder, relative)) = folders.pop() {
        if let Ok(real) = std::fs::canonicalize(&folder)
            && !seen.insert(real)
        {
            continue;
        }
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                console.warn(&format!("warning: skipping {}: {e}", shown(&folder)));
                continue;
            }
        };
        for entry in entries {
            let path = match entry {
                Ok(entry) => entry.path(),
                Err(e) => {
                    console.warn(&format!("warning: skipping an entry of {}: {e}", shown(&folder)));
                    continue;
                }
            };
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                console.warn(&format!("warning: skipping {}: its name is not UTF-8, as a key must be", shown(&path)));
                continue;
            };
            let relative = format!("{relative}{name}");
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => folders.push((path, format!("{relative}/"))),
                Ok(m) if m.is_file() => files.push((path, relative, m.len())),
                // Sockets, pipes, devices: nothing to upload.
                Ok(_) => console.warn(&format!("warning: skipping {}: not a file", shown(&path))),
                Err(e) => console.warn(&format!("warning: skipping {}: {e}", shown(&path))),
            }
        }
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files
}

/// The object `from`, or with `recursive` every object under it, to `to`.
async fn downloads(
    client: &S3,
    from: &S3Uri,
    to: &str,
    recursive: bool,
    console: &mut Console<'_>,
) -> Result<Vec<Job>, Stop> {
    if !recursive {
        return Ok(vec![Job::Down { from: from.clone(), file: location::file_for(to, from.name()), size: None }]);
    }
    let prefix = from.prefix();
    let mut list = client.list_objects_v2().bucket(&from.bucket);
    if !prefix.is_empty() {
        list = list.prefix(&prefix);
    }
    let mut objects = list.into_paginator().items();
    let mut jobs = Vec::new();
    while let Some(object) = objects.next().await {
        let object = object.map_err(|e| Stop::Failed(Failure::of_call("ListObjectsV2", &e)))?;
        let Some(key) = object.key else { continue };
        // A folder's marker (`logs/`) is no file; its folder is made for the files in it.
        if key.ends_with('/') {
            continue;
        }
        let uri = S3Uri { bucket: from.bucket.clone(), key };
        let relative = uri.key.strip_prefix(&prefix).unwrap_or(&uri.key);
        match location::file_under(Path::new(to), relative) {
            Some(file) => {
                let size = object.size.map(|s| s.max(0) as u64);
                jobs.push(Job::Down { from: uri, file, size });
            }
            None => console.warn(&format!("warning: skipping {uri}: its key leads out of `{to}`")),
        }
    }
    Ok(jobs)
}
