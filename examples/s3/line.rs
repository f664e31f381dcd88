//! A high-level command line (`cp SRC DST --recursive`), the global options taken out of it:
//! the command, its paths and its own flags, with every problem found at once.

use std::ops::RangeInclusive;

use crate::location::Location;

/// A high-level command: its name, what it does, how it is called and what it takes.
struct Spec {
    name: &'static str,
    about: &'static str,
    usage: &'static str,
    /// Flags without a value.
    flags: &'static [&'static str],
    /// Options with one value.
    valued: &'static [&'static str],
    /// What each path is, for the message that one is missing.
    paths: &'static [&'static str],
    /// How many paths it takes.
    count: RangeInclusive<usize>,
    /// Its options, a line each, for its `help`.
    options: &'static str,
}

const SPECS: &[Spec] = &[
    Spec {
        name: "cp",
        about: "copy a file or, with --recursive, a folder, up to S3 or down from it",
        usage: "cp <LocalPath> <S3Uri> | <S3Uri> <LocalPath> [--recursive] [--quiet] [--no-progress]",
        flags: &["recursive", "quiet", "no-progress"],
        valued: &[],
        paths: &["source", "destination"],
        count: 2..=2,
        options: concat!(
            "  --recursive    every file under the folder, or every object under the prefix\n",
            "  --quiet        no line for what was copied (failures are still shown)\n",
            "  --no-progress  no progress bar\n",
        ),
    },
    Spec {
        name: "ls",
        about: "list the buckets, or the objects and prefixes (PRE) under an S3 URI",
        usage: "ls [<S3Uri>] [--recursive] [--human-readable] [--summarize] [--page-size N]",
        flags: &["recursive", "human-readable", "summarize"],
        valued: &["page-size"],
        paths: &["S3 URI"],
        count: 0..=1,
        options: concat!(
            "  --recursive       every object under the prefix, by key, without PRE lines\n",
            "  --human-readable  sizes in KiB, MiB, GiB...\n",
            "  --summarize       the number of objects and their total size, at the end\n",
            "  --page-size N     objects asked for in each ListObjectsV2\n",
        ),
    },
    Spec {
        name: "rm",
        about: "delete an object or, with --recursive, every object under a prefix",
        usage: "rm <S3Uri> [--recursive] [--quiet]",
        flags: &["recursive", "quiet"],
        valued: &[],
        paths: &["S3 URI"],
        count: 1..=1,
        options: concat!(
            "  --recursive  every object under the prefix, a thousand a DeleteObjects\n",
            "  --quiet      no line for what was deleted (failures are still shown)\n",
        ),
    },
    Spec {
        name: "mb",
        about: "make a bucket, in the configured region",
        usage: "mb <S3Uri>",
        flags: &[],
        valued: &[],
        paths: &["S3 URI"],
        count: 1..=1,
        options: "",
    },
    Spec {
        name: "rb",
        about: "remove an empty bucket or, with --force, empty it first",
        usage: "rb <S3Uri> [--force]",
        flags: &["force"],
        valued: &[],
        paths: &["S3 URI"],
        count: 1..=1,
        options: "  --force  delete every object in the bucket first\n",
    },
];

/// What the high-level commands have in common, for `help`.
const NOTES: &str = concat!(
    "  An S3Uri is s3://bucket[/key]. A destination key that is empty or ends with `/` takes the\n",
    "  file's name; with --recursive, keys are the paths under the folder, joined with `/`, after\n",
    "  the prefix. A line says what was done (`upload: ./a.txt to s3://b/a.txt`); cp draws a\n",
    "  progress bar on stderr when it is a terminal. Times are UTC. The global options\n",
    "  (--endpoint-url, --region, --profile, --cli-connect-timeout, --cli-read-timeout, --debug)\n",
    "  are those of the operations.\n",
);

/// Whether `name` is a high-level command.
pub fn is_command(name: &str) -> bool {
    SPECS.iter().any(|s| s.name == name)
}

/// The command of a command line without its global options: its first argument that is not an
/// option.
pub fn command_name(rest: &[String]) -> Option<&str> {
    rest.iter().map(String::as_str).find(|a| !a.starts_with("--"))
}

/// The high-level commands, for the end of `help`.
pub fn help() -> String {
    let mut out = String::from("\nHigh-level commands, as `aws s3` has them (`s3 <command> help`):\n");
    for spec in SPECS {
        out.push_str(&format!("  {:<4}{}\n", spec.name, spec.about));
    }
    out.push('\n');
    out.push_str(NOTES);
    out
}

/// A high-level command line, parsed.
#[derive(Debug, Default)]
pub struct Line {
    /// `cp`, `ls`, `rm`, `mb` or `rb`.
    pub command: &'static str,
    /// The paths and S3 URIs, in order, as given.
    pub paths: Vec<String>,
    /// The same, read, once they are found to be what the command takes.
    pub locations: Vec<Location>,
    pub recursive: bool,
    pub quiet: bool,
    pub no_progress: bool,
    pub human_readable: bool,
    pub summarize: bool,
    pub force: bool,
    pub page_size: Option<i32>,
    /// `help` or `--help`: print the usage and do nothing.
    pub help: bool,
    /// Every problem found, to report all at once.
    pub problems: Vec<String>,
}

impl Line {
    /// How the command is called: `usage: s3 cp <LocalPath> <S3Uri> ...`.
    pub fn usage(&self) -> String {
        let spec = spec(self.command);
        format!("usage: s3 {}\n", spec.usage)
    }

    /// The usage, with what the command does, its options and what all share.
    pub fn help_text(&self) -> String {
        let spec = spec(self.command);
        let options = if spec.options.is_empty() { String::new() } else { format!("Options:\n{}\n", spec.options) };
        format!("{}\n{}.\n\n{options}{NOTES}", self.usage(), capitalized(spec.about))
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn spec(name: &str) -> &'static Spec {
    SPECS.iter().find(|s| s.name == name).unwrap_or(&SPECS[0])
}

/// Parses `rest`, the command line without its global options, whose [`command_name`] is a
/// high-level command.
pub fn parse(rest: &[String]) -> Line {
    let mut line = Line::default();
    let mut spec: Option<&'static Spec> = None;
    let mut options_end = false;
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        let option = arg.strip_prefix("--").filter(|_| !options_end);
        let Some(option) = option else {
            match spec {
                None => {
                    let found = SPECS.iter().find(|s| s.name == arg);
                    spec = found;
                    line.command = found.map_or("", |s| s.name);
                }
                Some(_) if arg == "help" && !options_end => line.help = true,
                Some(_) => line.paths.push(arg.clone()),
            }
            continue;
        };
        if option.is_empty() {
            // `--`: what follows is paths, even if it starts with `--`.
            options_end = true;
            continue;
        }
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (option, None),
        };
        let Some(spec) = spec else {
            line.problems.push(format!("unknown option `--{name}`"));
            continue;
        };
        if name == "help" {
            line.help = true;
        } else if spec.flags.contains(&name) {
            if let Some(value) = inline {
                line.problems.push(format!("`--{name}` takes no value, got `{value}`"));
            }
            match name {
                "recursive" => line.recursive = true,
                "quiet" => line.quiet = true,
                "no-progress" => line.no_progress = true,
                "human-readable" => line.human_readable = true,
                "summarize" => line.summarize = true,
                "force" => line.force = true,
                _ => unreachable!("`--{name}` is a flag of a spec"),
            }
        } else if spec.valued.contains(&name) {
            let value = inline.map(str::to_owned).or_else(|| args.next().cloned());
            match value.as_deref().map(str::parse::<i32>) {
                Some(Ok(n)) if n > 0 => line.page_size = Some(n),
                Some(_) => line
                    .problems
                    .push(format!("`--{name}` expects a positive integer, got `{}`", value.unwrap_or_default())),
                None => line.problems.push(format!("`--{name}` expects a value")),
            }
        } else {
            line.problems.push(format!("unknown option `--{name}` for `{}`", spec.name));
        }
    }
    let Some(spec) = spec else {
        line.problems.push("the command is missing".to_owned());
        return line;
    };
    if line.help {
        return line;
    }
    let count = line.paths.len();
    if count < *spec.count.start() {
        for what in &spec.paths[count..*spec.count.start()] {
            line.problems.push(format!("the {what} is missing"));
        }
    }
    for extra in line.paths.iter().skip(*spec.count.end()) {
        line.problems.push(format!("unexpected argument `{extra}`"));
    }
    if line.problems.is_empty() {
        check_locations(&mut line);
    }
    line
}

/// Reads the paths, and checks that they are what the command takes: an S3 URI where it wants
/// one, a key where it needs one.
fn check_locations(line: &mut Line) {
    let mut locations = Vec::new();
    for path in &line.paths {
        // `ls s3://` lists the buckets, as `ls` does.
        if line.command == "ls" && path == "s3://" {
            continue;
        }
        match Location::parse(path) {
            Ok(location) => locations.push(location),
            Err(message) => line.problems.push(message),
        }
    }
    if !line.problems.is_empty() {
        return;
    }
    let problem = match (line.command, locations.as_slice()) {
        ("cp", [Location::Local(a), Location::Local(b)]) => {
            Some(format!("`{a}` and `{b}` are both local: one of them is an S3 URI (s3://bucket/key)"))
        }
        ("cp", [Location::S3(a), Location::S3(b)]) => {
            Some(format!("`{a}` and `{b}` are both in S3: copies within S3 are not supported, only up and down"))
        }
        ("cp", [Location::S3(from), Location::Local(_)]) if !line.recursive && from.is_folder() => {
            Some(format!("`{from}` names no object: give its key, or --recursive for what is under it"))
        }
        ("ls" | "rm" | "mb" | "rb", [Location::Local(path)]) => {
            Some(format!("`{path}` is not an S3 URI (s3://bucket[/key])"))
        }
        ("rm", [Location::S3(uri)]) if !line.recursive && uri.key.is_empty() => {
            Some(format!("`{uri}` names no object: give its key, or --recursive for what is under it"))
        }
        ("mb" | "rb", [Location::S3(uri)]) if !uri.key.is_empty() => {
            Some(format!("`{uri}` has a key: `{}` takes a bucket alone (s3://bucket)", line.command))
        }
        _ => None,
    };
    line.problems.extend(problem);
    line.locations = locations;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &str) -> Line {
        parse(&line.split(' ').map(str::to_owned).collect::<Vec<_>>())
    }

    #[test]
    fn flags_anywhere_paths_in_order() {
        let line = parsed("cp --recursive dir --quiet s3://b/p");
        assert!(line.problems.is_empty(), "{:?}", line.problems);
        assert_eq!((line.command, line.recursive, line.quiet, line.no_progress), ("cp", true, true, false));
        assert_eq!(line.paths, ["dir", "s3://b/p"]);
        let uri = crate::location::S3Uri { bucket: "b".into(), key: "p".into() };
        assert_eq!(line.locations, [Location::Local("dir".into()), Location::S3(uri)]);
        // After `--`, what looks like an option is a path.
        assert_eq!(parsed("rm -- s3://b/--k").paths, ["s3://b/--k"]);
        assert_eq!(parsed("ls --page-size=5").page_size, Some(5));
    }

    #[test]
    fn every_problem_at_once() {
        let line = parsed("ls --force --summarize=1 --page-size x s3://a s3://b");
        assert_eq!(
            line.problems,
            [
                "unknown option `--force` for `ls`",
                "`--summarize` takes no value, got `1`",
                "`--page-size` expects a positive integer, got `x`",
                "unexpected argument `s3://b`",
            ]
        );
        assert_eq!(parsed("rb").problems, ["the S3 URI is missing"]);
        assert_eq!(parsed("cp").problems, ["the source is missing", "the destination is missing"]);
        assert!(parsed("cp help").help);
    }
}
