//! The high-level commands of `examples/s3` (`aws s3 cp`, `ls`, `rm`, `mb`, `rb`) against
//! moto's S3 (`moto_server`, see tests/support/moto.rs): the example binary, built here as
//! `cargo build --example s3` builds it, runs in a folder of its own with the test's credentials
//! and region, path-style addressing from a config file, and `--endpoint-url` to moto on
//! 127.0.0.1, its stdout and stderr piped; each run is bounded by [`RUN_LIMIT`] and killed past
//! it. What is checked: the lines the AWS CLI prints, the exit codes of the operations' command
//! (252 usage, 253 configuration, 254 the service), the bytes that come back, and that the
//! progress bar is drawn on a terminal only.
//!
//! Where moto differs from S3 as these tests meet it: a `HeadObject` of a missing key answers
//! 404 without a body, so the code is `NotFound` and the message `Unknown` (the AWS CLI shows
//! `404` and `Not Found`); the error is asserted by its exit code only.
//!
//! The example's own unit tests (paths, S3 URIs, the command line) run here too.

#[path = "support/data.rs"]
mod data;
#[path = "support/moto.rs"]
mod moto;

#[allow(dead_code)]
#[path = "../examples/s3/line.rs"]
mod line;
#[allow(dead_code)]
#[path = "../examples/s3/location.rs"]
mod location;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use data::pattern;
use moto::Moto;

/// How long one run of the binary may take.
const RUN_LIMIT: Duration = Duration::from_secs(120);
/// How long building the example may take, from nothing.
const BUILD_LIMIT: Duration = Duration::from_secs(900);
/// Above the transfer helper's threshold (8 MiB): a multipart upload and a ranged download, so
/// that progress is reported part by part.
const BIG: usize = 9 * 1024 * 1024 + 12_345;

/// The example binary, built once for all the tests of this file.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "-q", "--example", "s3"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        if !cfg!(debug_assertions) {
            build.arg("--release");
        }
        // What cargo sets for this test is not the user's environment: build scripts that watch
        // such variables would run again and rebuild half the tree (as tests/cli.rs explains).
        for (name, _) in std::env::vars() {
            let set_by_cargo =
                ["CARGO_MANIFEST_", "CARGO_PKG_", "CARGO_CRATE_NAME", "CARGO_PRIMARY_PACKAGE", "CARGO_TARGET_TMPDIR"];
            if set_by_cargo.iter().any(|prefix| name.starts_with(prefix)) {
                build.env_remove(name);
            }
        }
        let built = bounded(build, BUILD_LIMIT);
        assert!(built.status.success(), "cargo build --example s3: {}", String::from_utf8_lossy(&built.stderr));
        let deps = std::env::current_exe().expect("the test binary's path");
        deps.parent().and_then(Path::parent).expect("target/<profile>/deps").join("examples").join("s3")
    })
}

/// Runs `command` to its end, its output collected; kills it and fails past `limit`.
fn bounded(mut command: Command, limit: Duration) -> Output {
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().unwrap_or_else(|e| panic!("{command:?} could not start: {e}"));
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = read(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = read(Box::new(child.stderr.take().expect("piped stderr")));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: stdout.join().unwrap_or_default(), stderr: stderr.join().unwrap_or_default() }
}

/// A folder of its own under the target's temp dir, where the binary runs; removed when
/// dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("s3-command-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test's folder");
        std::fs::write(path.join("aws-config"), "[default]\ns3 =\n  addressing_style = path\n").expect("config file");
        Self(path)
    }

    /// Writes `bytes` to `relative` in it, making its folders.
    fn write(&self, relative: &str, bytes: &[u8]) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create the folders");
        std::fs::write(path, bytes).expect("write a file");
    }

    fn read(&self, relative: &str) -> Vec<u8> {
        std::fs::read(self.0.join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    /// Every file under `relative`, by its path from there, with its bytes.
    fn tree(&self, relative: &str) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        let mut folders = vec![self.0.join(relative)];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    let name = path.strip_prefix(self.0.join(relative)).unwrap().to_str().unwrap().to_owned();
                    files.push((name, std::fs::read(&path).unwrap()));
                }
            }
        }
        files.sort();
        files
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How one run ended.
#[derive(Debug)]
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Ran {
    /// Stdout's lines, sorted: files move a few at a time, and end in any order.
    fn sorted(&self) -> Vec<&str> {
        let mut lines: Vec<&str> = self.stdout.lines().collect();
        lines.sort_unstable();
        lines
    }
}

/// The environment of every run: the test's credentials and region, and the config file that
/// asks for path-style addressing (moto on 127.0.0.1 has no bucket host names).
fn command(folder: &Folder) -> Command {
    let mut command = Command::new(binary());
    command
        .current_dir(&folder.0)
        .env_clear()
        .env("AWS_ACCESS_KEY_ID", "AKIDTEST")
        .env("AWS_SECRET_ACCESS_KEY", "secret")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_CONFIG_FILE", folder.0.join("aws-config"))
        .env("HOME", "/nonexistent");
    command
}

/// Runs the example with `args` and `--endpoint-url` to moto.
fn s3(moto: &Moto, folder: &Folder, args: &[&str]) -> Ran {
    let mut command = command(folder);
    command.args(args).args(["--endpoint-url", &moto.url]);
    let output = bounded(command, RUN_LIMIT);
    Ran {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs it and expects success, and nothing on stderr.
fn ok(moto: &Moto, folder: &Folder, args: &[&str]) -> Ran {
    let ran = s3(moto, folder, args);
    assert_eq!(ran.code, 0, "{args:?}: {ran:?}");
    assert_eq!(ran.stderr, "", "{args:?}");
    ran
}

/// An `ls` line of an object, `2026-12-03 10:11:12     300000 name`: its size and name, the
/// date and the columns checked.
fn object_line(line: &str) -> (u64, &str) {
    assert!(line.len() > 31, "an object line: {line:?}");
    let (date, rest) = line.split_at(19);
    assert!(is_date(date), "a date and time first: {line:?}");
    let size = rest[1..11].trim_start().parse().unwrap_or_else(|_| panic!("a size in 10 columns: {line:?}"));
    assert_eq!((&rest[..1], &rest[11..12]), (" ", " "), "{line:?}");
    (size, &rest[12..])
}

/// `2026-12-03 10:11:12`.
fn is_date(text: &str) -> bool {
    let digits = |range: std::ops::Range<usize>| text.get(range).is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
    text.len() == 19
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && digits(11..13)
        && digits(14..16)
        && digits(17..19)
        && &text[4..5] == "-"
        && &text[10..11] == " "
        && &text[13..14] == ":"
}

/// `PRE name/`, aligned with the names of the objects.
fn pre(name: &str) -> String {
    format!("{:>30} {name}", "PRE")
}

#[test]
fn buckets_made_files_copied_up_listed_copied_down_deleted_and_buckets_removed() {
    let moto = Moto::start();
    let folder = Folder::new("round-trip");
    let one = pattern(300_000, 1);
    folder.write("a.txt", b"hello\n");
    folder.write("tree/top.txt", b"top\n");
    folder.write("tree/sub/one.bin", &one);
    folder.write("tree/sub/deeper/two.txt", b"two\n");
    folder.write("tree/sub/deeper/empty.txt", b"");

    let ran = ok(&moto, &folder, &["mb", "s3://cmd-bucket"]);
    assert_eq!(ran.stdout, "make_bucket: cmd-bucket\n");

    // Up: a file to a folder key takes its name; a folder's files take their paths under it.
    let ran = ok(&moto, &folder, &["cp", "a.txt", "s3://cmd-bucket/"]);
    assert_eq!(ran.stdout, "upload: ./a.txt to s3://cmd-bucket/a.txt\n");
    let ran = ok(&moto, &folder, &["cp", "--recursive", "tree", "s3://cmd-bucket/tree"]);
    assert_eq!(
        ran.sorted(),
        [
            "upload: tree/sub/deeper/empty.txt to s3://cmd-bucket/tree/sub/deeper/empty.txt",
            "upload: tree/sub/deeper/two.txt to s3://cmd-bucket/tree/sub/deeper/two.txt",
            "upload: tree/sub/one.bin to s3://cmd-bucket/tree/sub/one.bin",
            "upload: tree/top.txt to s3://cmd-bucket/tree/top.txt",
        ]
    );

    // Listed: the buckets; a delimited level, prefixes first; everything by key.
    let ran = ok(&moto, &folder, &["ls"]);
    let line = ran.stdout.lines().find(|l| l.ends_with(" cmd-bucket")).unwrap_or_else(|| panic!("{ran:?}"));
    assert!(is_date(&line[..19]) && line.len() == 19 + 1 + "cmd-bucket".len(), "{line:?}");
    let ran = ok(&moto, &folder, &["ls", "s3://cmd-bucket"]);
    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{ran:?}");
    assert_eq!(lines[0], pre("tree/"));
    assert_eq!(object_line(lines[1]), (6, "a.txt"));
    let ran = ok(&moto, &folder, &["ls", "s3://cmd-bucket/tree/sub/"]);
    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{ran:?}");
    assert_eq!(lines[0], pre("deeper/"));
    assert_eq!(object_line(lines[1]), (300_000, "one.bin"));
    // Without the trailing `/`, the prefix itself is what is listed.
    let ran = ok(&moto, &folder, &["ls", "s3://cmd-bucket/tr"]);
    assert_eq!(ran.stdout, format!("{}\n", pre("tree/")));
    let ran = ok(&moto, &folder, &["ls", "--recursive", "--summarize", "s3://cmd-bucket"]);
    let lines: Vec<&str> = ran.stdout.lines().collect();
    let objects: Vec<(u64, &str)> = lines[..5].iter().map(|l| object_line(l)).collect();
    assert_eq!(
        objects,
        [
            (6, "a.txt"),
            (0, "tree/sub/deeper/empty.txt"),
            (4, "tree/sub/deeper/two.txt"),
            (300_000, "tree/sub/one.bin"),
            (4, "tree/top.txt")
        ]
    );
    assert_eq!(lines[5..], ["", "Total Objects: 5", "   Total Size: 300014"]);
    let ran = ok(&moto, &folder, &["ls", "--recursive", "--human-readable", "s3://cmd-bucket/tree/sub/o"]);
    assert!(ran.stdout.ends_with("  293.0 KiB tree/sub/one.bin\n"), "{ran:?}");

    // Down: to a named file, into a folder (made), and a prefix into a folder.
    let ran = ok(&moto, &folder, &["cp", "s3://cmd-bucket/tree/sub/one.bin", "down/one-copy.bin"]);
    assert_eq!(ran.stdout, "download: s3://cmd-bucket/tree/sub/one.bin to down/one-copy.bin\n");
    assert!(folder.read("down/one-copy.bin") == one, "the bytes that went up came down");
    let ran = ok(&moto, &folder, &["cp", "s3://cmd-bucket/a.txt", "got/"]);
    assert_eq!(ran.stdout, "download: s3://cmd-bucket/a.txt to got/a.txt\n");
    assert_eq!(folder.read("got/a.txt"), b"hello\n");
    let ran = ok(&moto, &folder, &["cp", "--recursive", "s3://cmd-bucket/tree", "restored"]);
    assert_eq!(
        ran.sorted(),
        [
            "download: s3://cmd-bucket/tree/sub/deeper/empty.txt to restored/sub/deeper/empty.txt",
            "download: s3://cmd-bucket/tree/sub/deeper/two.txt to restored/sub/deeper/two.txt",
            "download: s3://cmd-bucket/tree/sub/one.bin to restored/sub/one.bin",
            "download: s3://cmd-bucket/tree/top.txt to restored/top.txt",
        ]
    );
    assert!(folder.tree("restored") == folder.tree("tree"), "the folder came back as it went");

    // A bucket with objects is not removed: the service's error, exit 254.
    let ran = s3(&moto, &folder, &["rb", "s3://cmd-bucket"]);
    assert_eq!(ran.code, 254, "{ran:?}");
    assert_eq!(ran.stdout, "");
    assert!(
        ran.stderr.starts_with(
            "remove_bucket failed: s3://cmd-bucket An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: "
        ),
        "{ran:?}"
    );

    // Deleted: one object, then what is under a prefix (`tree/sub` is `tree/sub/...`).
    let ran = ok(&moto, &folder, &["rm", "s3://cmd-bucket/a.txt"]);
    assert_eq!(ran.stdout, "delete: s3://cmd-bucket/a.txt\n");
    let ran = ok(&moto, &folder, &["rm", "--recursive", "s3://cmd-bucket/tree/sub"]);
    assert_eq!(
        ran.sorted(),
        [
            "delete: s3://cmd-bucket/tree/sub/deeper/empty.txt",
            "delete: s3://cmd-bucket/tree/sub/deeper/two.txt",
            "delete: s3://cmd-bucket/tree/sub/one.bin",
        ]
    );
    let ran = ok(&moto, &folder, &["ls", "--recursive", "s3://cmd-bucket"]);
    assert_eq!(object_line(ran.stdout.trim_end()), (4, "tree/top.txt"), "only that is left: {ran:?}");

    // Removed with --force: emptied first.
    let ran = ok(&moto, &folder, &["rb", "--force", "s3://cmd-bucket"]);
    assert_eq!(ran.stdout, "delete: s3://cmd-bucket/tree/top.txt\nremove_bucket: cmd-bucket\n");
    let ran = s3(&moto, &folder, &["ls", "s3://cmd-bucket"]);
    assert_eq!(ran.code, 254, "{ran:?}");
    assert_eq!(
        ran.stderr,
        "\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n"
    );
    // A missing object is the service's error too.
    ok(&moto, &folder, &["mb", "s3://other-bucket"]);
    let ran = s3(&moto, &folder, &["cp", "s3://other-bucket/missing.txt", "."]);
    assert_eq!(ran.code, 254, "{ran:?}");
    assert!(ran.stderr.starts_with("download failed: s3://other-bucket/missing.txt to ./missing.txt "), "{ran:?}");
    assert!(ran.stderr.contains(" when calling the HeadObject operation: "), "{ran:?}");
    assert!(!folder.0.join("missing.txt").exists(), "no file is left behind");
}

#[test]
fn usage_errors_exit_252_and_send_nothing() {
    let moto = Moto::start();
    let folder = Folder::new("usage");
    folder.write("a.txt", b"a");
    folder.write("dir/b.txt", b"b");
    let cases: &[(&[&str], &str, &str)] = &[
        (&["cp", "a.txt"], "usage: s3 cp ", "the destination is missing"),
        (&["cp", "a.txt", "b.txt"], "usage: s3 cp ", "`a.txt` and `b.txt` are both local"),
        (&["cp", "s3://usage-bucket/a", "s3://usage-bucket/b"], "usage: s3 cp ", "copies within S3 are not supported"),
        (
            &["cp", "missing.txt", "s3://usage-bucket/"],
            "usage: s3 cp ",
            "The user-provided path missing.txt does not exist.",
        ),
        (&["cp", "dir", "s3://usage-bucket/"], "usage: s3 cp ", "`dir` is a folder: give --recursive"),
        (&["cp", "s3://usage-bucket/", "."], "usage: s3 cp ", "names no object"),
        (&["ls", "--bogus"], "usage: s3 ls ", "unknown option `--bogus` for `ls`"),
        (&["ls", "--page-size", "0"], "usage: s3 ls ", "`--page-size` expects a positive integer, got `0`"),
        (&["ls", "s3://"], "", ""),
        (&["rm", "s3://usage-bucket"], "usage: s3 rm ", "names no object: give its key, or --recursive"),
        (&["mb", "s3://usage-bucket/key"], "usage: s3 mb ", "takes a bucket alone"),
        (&["rb", "usage-bucket"], "usage: s3 rb ", "`usage-bucket` is not an S3 URI"),
        (&["ls", "--region"], "usage: s3 ls ", "`--region` expects a value"),
        (&["mb", "s3://usage-bucket", "--recursive=yes"], "usage: s3 mb ", "unknown option `--recursive` for `mb`"),
    ];
    for (args, usage, problem) in cases {
        let ran = s3(&moto, &folder, args);
        if problem.is_empty() {
            // `ls s3://` is `ls`: the buckets, none yet.
            assert_eq!((ran.code, ran.stdout.as_str(), ran.stderr.as_str()), (0, "", ""), "{args:?}");
            continue;
        }
        assert_eq!(ran.code, 252, "{args:?}: {ran:?}");
        assert_eq!(ran.stdout, "", "{args:?}");
        assert!(ran.stderr.starts_with(&format!("\n{usage}")), "{args:?}: {ran:?}");
        assert!(ran.stderr.contains(problem), "{args:?}: {ran:?}");
    }
    let ran = ok(&moto, &folder, &["ls"]);
    assert_eq!(ran.stdout, "", "nothing was made");

    // No region anywhere: the configuration's error, 253.
    let mut without_region = command(&folder);
    without_region.env_remove("AWS_REGION").args(["ls", "--endpoint-url", &moto.url]);
    let output = bounded(without_region, RUN_LIMIT);
    assert_eq!(output.status.code(), Some(253), "{}", String::from_utf8_lossy(&output.stderr));

    // Help lists the high-level commands after the operations; each has its own.
    let ran = ok(&moto, &folder, &["help"]);
    assert!(ran.stdout.starts_with("usage: s3 <operation>"), "{}", ran.stdout);
    assert!(ran.stdout.contains("\n  put-object\n"), "{}", ran.stdout);
    let high_level = ran.stdout.split_once("High-level commands").map(|(_, rest)| rest).unwrap_or_default();
    for command in ["cp", "ls", "rm", "mb", "rb"] {
        assert!(high_level.contains(&format!("\n  {command}  ")), "`{command}` in help: {}", ran.stdout);
    }
    let ran = ok(&moto, &folder, &["cp", "help"]);
    assert!(ran.stdout.starts_with("usage: s3 cp <LocalPath> <S3Uri>"), "{}", ran.stdout);
    assert!(ran.stdout.contains("--recursive"), "{}", ran.stdout);
}

#[test]
fn global_options_apply_and_operations_still_go_to_the_operations_command() {
    let moto = Moto::start();
    let folder = Folder::new("globals");
    // The region of `--region` is the bucket's: its location constraint.
    let ran = ok(&moto, &folder, &["--region", "eu-west-1", "mb", "s3://eu-bucket"]);
    assert_eq!(ran.stdout, "make_bucket: eu-bucket\n");
    let ran = ok(&moto, &folder, &["get-bucket-location", "--bucket", "eu-bucket"]);
    let location: serde_json::Value = serde_json::from_str(&ran.stdout).expect("JSON");
    assert_eq!(location, serde_json::json!({"LocationConstraint": "eu-west-1"}));
    // `--debug` logs the exchange of a high-level command, signature redacted.
    let ran = s3(&moto, &folder, &["ls", "s3://eu-bucket", "--debug"]);
    assert_eq!((ran.code, ran.stdout.as_str()), (0, ""), "{ran:?}");
    assert!(ran.stderr.contains("[debug] command: ls s3://eu-bucket"), "{}", ran.stderr);
    assert!(ran.stderr.contains("[debug] request: GET http://127.0.0.1:"), "{}", ran.stderr);
    assert!(ran.stderr.contains("list-type=2&delimiter=%2F"), "{}", ran.stderr);
    assert!(ran.stderr.contains("Signature=** redacted **"), "{}", ran.stderr);
    assert!(ran.stderr.contains("[debug] response: 200"), "{}", ran.stderr);
}

#[test]
fn rm_recursive_deletes_a_thousand_keys_a_call() {
    let moto = Moto::start();
    let folder = Folder::new("batches");
    for i in 0..1001 {
        folder.write(&format!("many/{}/{i:04}.txt", i % 7), i.to_string().as_bytes());
    }
    ok(&moto, &folder, &["mb", "s3://batch-bucket"]);
    let ran = ok(&moto, &folder, &["cp", "--recursive", "--quiet", "many", "s3://batch-bucket/many/"]);
    assert_eq!(ran.stdout, "", "--quiet says nothing");
    let ran = ok(&moto, &folder, &["ls", "--recursive", "--summarize", "s3://batch-bucket"]);
    assert!(ran.stdout.ends_with("\nTotal Objects: 1001\n   Total Size: 2894\n"), "{}", ran.stdout);

    let ran = s3(&moto, &folder, &["rm", "--recursive", "--debug", "s3://batch-bucket/many"]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let deleted = ran.stdout.lines().filter(|l| l.starts_with("delete: s3://batch-bucket/many/")).count();
    assert_eq!((deleted, ran.stdout.lines().count()), (1001, 1001));
    let batches =
        ran.stderr.lines().filter(|l| l.starts_with("[debug] request: POST") && l.ends_with("?delete")).count();
    assert_eq!(batches, 2, "1000 keys, then 1");
    let ran = ok(&moto, &folder, &["ls", "--recursive", "s3://batch-bucket"]);
    assert_eq!(ran.stdout, "", "nothing is left");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let moto = Moto::start();
    let folder = Folder::new("progress");
    let big = pattern(BIG, 7);
    folder.write("big.bin", &big);
    ok(&moto, &folder, &["mb", "s3://progress-bucket"]);

    // Piped: the lines and nothing else, no bar, no escape code, no carriage return.
    let up = ok(&moto, &folder, &["cp", "big.bin", "s3://progress-bucket/big.bin"]);
    assert_eq!(up.stdout, "upload: ./big.bin to s3://progress-bucket/big.bin\n");
    let down = ok(&moto, &folder, &["cp", "s3://progress-bucket/big.bin", "back.bin"]);
    assert_eq!(down.stdout, "download: s3://progress-bucket/big.bin to ./back.bin\n");
    assert!(folder.read("back.bin") == big, "the bytes that went up came down");
    for ran in [&up, &down] {
        assert!(!ran.stdout.contains(['\x1b', '\r']), "{ran:?}");
    }

    // On a terminal (util-linux's `script` gives it one) the bar is drawn, and wiped for the
    // line; so the test above would have seen it.
    let on_terminal = command(&folder);
    let line = format!("{} cp big.bin s3://progress-bucket/again.bin --endpoint-url {}", binary().display(), moto.url);
    let mut script = Command::new("script");
    script.args(["-qefc", &line, "/dev/null"]).current_dir(&folder.0).env_clear();
    for (name, value) in on_terminal.get_envs() {
        if let Some(value) = value {
            script.env(name, value);
        }
    }
    script.env("TERM", "xterm").env("COLUMNS", "100");
    let output = bounded(script, RUN_LIMIT);
    let screen = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{screen}{}", String::from_utf8_lossy(&output.stderr));
    assert!(screen.contains("upload: ./big.bin to s3://progress-bucket/again.bin"), "{screen:?}");
    assert!(screen.contains("\x1b[2K"), "the bar was drawn and wiped: {screen:?}");
    assert!(screen.contains("MiB/9.01 MiB"), "bytes done of the total: {screen:?}");
    let ran = ok(&moto, &folder, &["cp", "--no-progress", "s3://progress-bucket/again.bin", "again.bin"]);
    assert_eq!(ran.stdout, "download: s3://progress-bucket/again.bin to ./again.bin\n");
    assert!(folder.read("again.bin") == big);
}
