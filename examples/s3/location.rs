//! Where a command reads or writes: `s3://bucket/key`, or a local path; how a destination is
//! named after its source, and how a local path is shown, as the AWS CLI does both.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// A path of a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Local(String),
    S3(S3Uri),
}

impl Location {
    /// `s3://bucket/key` or a local path.
    pub fn parse(text: &str) -> Result<Location, String> {
        match S3Uri::parse(text) {
            Some(uri) => uri.map(Location::S3),
            None => Ok(Location::Local(text.to_owned())),
        }
    }
}

/// An object, or a prefix of keys, in a bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Uri {
    pub bucket: String,
    /// Empty for the whole bucket.
    pub key: String,
}

impl S3Uri {
    /// `s3://bucket/key`, or `None` for anything that does not start with `s3://` (a local path).
    pub fn parse(text: &str) -> Option<Result<S3Uri, String>> {
        let rest = text.strip_prefix("s3://")?;
        let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Some(Err(format!("`{text}` names no bucket: an S3 URI is s3://bucket[/key]")));
        }
        Some(Ok(S3Uri { bucket: bucket.to_owned(), key: key.to_owned() }))
    }

    /// The key as a folder, as `--recursive` takes it: with a trailing `/`, unless it is empty
    /// (the whole bucket). `s3://b/logs` is what is under `logs/`, not `logs-old/`.
    pub fn prefix(&self) -> String {
        if self.key.is_empty() || self.key.ends_with('/') { self.key.clone() } else { format!("{}/", self.key) }
    }

    /// Whether a file copied here takes its own name: the key is empty or ends with `/`.
    pub fn is_folder(&self) -> bool {
        self.key.is_empty() || self.key.ends_with('/')
    }

    /// The object that the file `name` is copied to: this one, or `name` in it if it is a
    /// folder.
    pub fn object_for(&self, name: &str) -> S3Uri {
        if self.is_folder() { self.under(name) } else { self.clone() }
    }

    /// The object at `relative` (a path joined with `/`) under this one as a folder.
    pub fn under(&self, relative: &str) -> S3Uri {
        S3Uri { bucket: self.bucket.clone(), key: format!("{}{relative}", self.prefix()) }
    }

    /// The object's own name: what follows the last `/` of the key.
    pub fn name(&self) -> &str {
        self.key.rsplit('/').next().unwrap_or_default()
    }
}

impl fmt::Display for S3Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.key)
    }
}

/// The file that an object named `name` is copied to at `destination`: in it, if it is a
/// folder (it exists as one, or ends with `/`), else the path itself.
pub fn file_for(destination: &str, name: &str) -> PathBuf {
    let path = Path::new(destination);
    if destination.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir() { path.join(name) } else { path.to_owned() }
}

/// The file at `relative` (a key's rest, joined with `/`) under `root`, or `None` if the key
/// would lead out of it (a `..`), which the AWS CLI skips too.
pub fn file_under(root: &Path, relative: &str) -> Option<PathBuf> {
    let mut path = root.to_owned();
    for part in relative.split('/') {
        match part {
            // `a//b` and `./` add nothing: the file stays under the root.
            "" | "." => {}
            ".." => return None,
            part => path.push(part),
        }
    }
    Some(path)
}

/// A local path as the AWS CLI shows it: relative to the current directory, its folder `.` when
/// it is that directory (`./a.txt`, `sub/a.txt`, `../other/a.txt`).
pub fn shown(path: &Path) -> String {
    let Ok(cwd) = std::env::current_dir() else { return path.display().to_string() };
    let absolute = normal(&cwd.join(path));
    let (Some(folder), Some(name)) = (absolute.parent(), absolute.file_name()) else {
        return absolute.display().to_string();
    };
    let cwd = normal(&cwd);
    let common = folder.components().zip(cwd.components()).take_while(|(a, b)| a == b).count();
    let mut relative = PathBuf::new();
    for _ in cwd.components().skip(common) {
        relative.push("..");
    }
    relative.extend(folder.components().skip(common));
    if relative.as_os_str().is_empty() {
        relative.push(".");
    }
    relative.join(name).display().to_string()
}

/// `path` without `.` and with each `..` taken against what precedes it, as Python's
/// `os.path.normpath` makes it: by the text alone, links not followed.
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_their_objects() {
        let uri = |s| S3Uri::parse(s).unwrap().unwrap();
        assert_eq!(uri("s3://b").key, "");
        assert_eq!(uri("s3://b/").object_for("a.txt").to_string(), "s3://b/a.txt");
        assert_eq!(uri("s3://b/dir/").object_for("a.txt").to_string(), "s3://b/dir/a.txt");
        assert_eq!(uri("s3://b/k").object_for("a.txt").to_string(), "s3://b/k");
        assert_eq!(uri("s3://b/dir").under("x/y").to_string(), "s3://b/dir/x/y");
        assert_eq!(uri("s3://b/dir/a.txt").name(), "a.txt");
        assert!(S3Uri::parse("dir/a.txt").is_none());
        assert!(S3Uri::parse("s3:///k").unwrap().is_err());
    }

    #[test]
    fn keys_stay_under_the_root() {
        let root = Path::new("/tmp/out");
        assert_eq!(file_under(root, "a/b.txt"), Some(PathBuf::from("/tmp/out/a/b.txt")));
        assert_eq!(file_under(root, "/a//b"), Some(PathBuf::from("/tmp/out/a/b")));
        assert_eq!(file_under(root, "a/../../etc/passwd"), None);
    }

    #[test]
    fn local_paths_relative_to_the_current_directory() {
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(shown(Path::new("a.txt")), "./a.txt");
        assert_eq!(shown(&cwd.join("sub/./a.txt")), "sub/a.txt");
        let parent = cwd.parent().unwrap();
        assert_eq!(shown(&parent.join("x/a.txt")), "../x/a.txt");
    }
}
