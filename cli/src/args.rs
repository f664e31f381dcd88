//! The command line, split into the global options, the operation and its member flags. What a
//! member flag means is decided later, from the operation's schema (`input`).

use std::time::Duration;

/// A flag the operation's schema decides about: `--name v1 v2`, `--name=v`, or `--name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Flag {
    /// The name without the leading `--`.
    pub name: String,
    /// The values that followed it, up to the next `--` argument.
    pub values: Vec<String>,
}

/// Options every operation takes, as the AWS CLI's global options and its paging options.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Globals {
    pub endpoint_url: Option<String>,
    pub region: Option<String>,
    pub profile: Option<String>,
    /// `--cli-connect-timeout`; zero means no limit.
    pub connect_timeout: Option<Duration>,
    /// `--cli-read-timeout`, the limit of one attempt; zero means no limit.
    pub read_timeout: Option<Duration>,
    pub debug: bool,
    pub cli_input_json: Option<String>,
    /// `--cli-binary-format raw-in-base64-out`: blobs in the input are given as text, sent as
    /// its UTF-8 bytes, rather than as base64 (the default, as in AWS CLI v2).
    pub raw_blobs: bool,
    /// `--generate-cli-skeleton [input|output]`.
    pub skeleton: Option<Skeleton>,
    pub no_paginate: bool,
    pub max_items: Option<u64>,
    pub page_size: Option<i64>,
    pub starting_token: Option<String>,
    pub help: bool,
}

/// Which skeleton `--generate-cli-skeleton` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Skeleton {
    /// The input, to fill in and pass back with `--cli-input-json`.
    Input,
    /// The output, each value named after its member.
    Output,
}

/// The command line, parsed as far as it can be without the operation's schema.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub globals: Globals,
    /// The first positional argument: the operation (or `help`).
    pub operation: Option<String>,
    /// Flags after the operation that are not global options, in order.
    pub flags: Vec<Flag>,
    /// Options that only list operations take, as given, to reject for other operations.
    pub paging: Vec<&'static str>,
    /// Arguments after the operation that are neither options nor their values: the outfile of
    /// an operation whose output payload goes to a file, else a mistake.
    pub positionals: Vec<String>,
    /// Every problem found, to report all at once.
    pub problems: Vec<String>,
}

/// How many values a global option takes.
enum Arity {
    Zero,
    One,
}

const GLOBALS: &[(&str, Arity)] = &[
    ("endpoint-url", Arity::One),
    ("region", Arity::One),
    ("profile", Arity::One),
    ("cli-connect-timeout", Arity::One),
    ("cli-read-timeout", Arity::One),
    ("debug", Arity::Zero),
    ("cli-input-json", Arity::One),
    ("cli-binary-format", Arity::One),
    ("no-paginate", Arity::Zero),
    ("max-items", Arity::One),
    ("page-size", Arity::One),
    ("starting-token", Arity::One),
    ("output", Arity::One),
    ("help", Arity::Zero),
];

/// Splits `args` (without the program name).
pub(crate) fn parse(args: &[String]) -> Parsed {
    let mut parsed = Parsed::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(option) = arg.strip_prefix("--").filter(|o| !o.is_empty()) else {
            if parsed.operation.is_none() {
                parsed.operation = Some(arg.clone());
            } else if arg == "help" {
                parsed.globals.help = true;
            } else {
                parsed.positionals.push(arg.clone());
            }
            continue;
        };
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (option, None),
        };
        if name == "generate-cli-skeleton" {
            parsed.globals.skeleton = Some(skeleton(inline, args, &mut i, &mut parsed.problems));
            continue;
        }
        if let Some((_, arity)) = GLOBALS.iter().find(|(n, _)| *n == name) {
            if let Some(value) = global_value(name, arity, inline, args, &mut i, &mut parsed.problems) {
                global(&mut parsed, name, value);
            }
            continue;
        }
        if parsed.operation.is_none() {
            // Member flags come after the operation; what follows may well be the operation.
            parsed.problems.push(format!("unknown option `--{name}`"));
            continue;
        }
        let mut values: Vec<String> = inline.into_iter().collect();
        if values.is_empty() {
            while let Some(v) = args.get(i).filter(|a| !a.starts_with("--")) {
                values.push(v.clone());
                i += 1;
            }
        }
        parsed.flags.push(Flag { name: name.to_owned(), values });
    }
    parsed
}

/// The global options that any command takes, not only an operation: where to send requests,
/// how to sign them, the timeouts, `--debug` and `--output`. The others are about an operation's
/// input and its pages.
const COMMON: &[&str] =
    &["endpoint-url", "region", "profile", "cli-connect-timeout", "cli-read-timeout", "debug", "output"];

/// Takes the [`COMMON`] global options out of `args` (without the program name), wherever they
/// are, for a command line of another shape than an operation's. Returns them, the other
/// arguments in order, and every problem with the options taken.
pub(crate) fn take_common(args: &[String]) -> (Globals, Vec<String>, Vec<String>) {
    let mut parsed = Parsed::default();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let option = arg.strip_prefix("--").filter(|o| !o.is_empty());
        let (name, inline) = match option.map(|o| o.split_once('=')) {
            Some(Some((name, value))) => (name, Some(value.to_owned())),
            Some(None) => (&arg[2..], None),
            None => ("", None),
        };
        let Some((_, arity)) = GLOBALS.iter().find(|(n, _)| *n == name && COMMON.contains(n)) else {
            rest.push(arg.clone());
            continue;
        };
        if let Some(value) = global_value(name, arity, inline, args, &mut i, &mut parsed.problems) {
            global(&mut parsed, name, value);
        }
    }
    (parsed.globals, rest, parsed.problems)
}

/// The value of the global option `name`: `Some(None)` for one that takes none, `None` (and a
/// problem) when one it expects is missing.
fn global_value(
    name: &str,
    arity: &Arity,
    inline: Option<String>,
    args: &[String],
    i: &mut usize,
    problems: &mut Vec<String>,
) -> Option<Option<String>> {
    match arity {
        Arity::Zero => {
            if let Some(v) = inline {
                problems.push(format!("`--{name}` takes no value, got `{v}`"));
            }
            Some(None)
        }
        Arity::One => match inline.or_else(|| next_value(args, i)) {
            Some(v) => Some(Some(v)),
            None => {
                problems.push(format!("`--{name}` expects a value"));
                None
            }
        },
    }
}

/// The argument after an option, unless it is itself an option.
fn next_value(args: &[String], i: &mut usize) -> Option<String> {
    let value = args.get(*i).filter(|a| !a.starts_with("--"))?.clone();
    *i += 1;
    Some(value)
}

fn skeleton(inline: Option<String>, args: &[String], i: &mut usize, problems: &mut Vec<String>) -> Skeleton {
    // The value is optional, so only the known ones are taken from the next argument.
    let value = inline.or_else(|| {
        let next = args.get(*i).filter(|a| matches!(a.as_str(), "input" | "output"))?.clone();
        *i += 1;
        Some(next)
    });
    match value.as_deref() {
        None | Some("input") => Skeleton::Input,
        Some("output") => Skeleton::Output,
        Some(other) => {
            problems.push(format!("`--generate-cli-skeleton` takes `input` or `output`, got `{other}`"));
            Skeleton::Input
        }
    }
}

fn global(parsed: &mut Parsed, name: &str, value: Option<String>) {
    let g = &mut parsed.globals;
    let problems = &mut parsed.problems;
    let value = value.unwrap_or_default();
    match name {
        "endpoint-url" => g.endpoint_url = Some(value),
        "region" => g.region = Some(value),
        "profile" => g.profile = Some(value),
        "cli-connect-timeout" => g.connect_timeout = seconds(name, &value, problems),
        "cli-read-timeout" => g.read_timeout = seconds(name, &value, problems),
        "debug" => g.debug = true,
        "cli-input-json" => g.cli_input_json = Some(value),
        "cli-binary-format" => match value.as_str() {
            "base64" => g.raw_blobs = false,
            "raw-in-base64-out" => g.raw_blobs = true,
            _ => problems.push(format!("`--cli-binary-format` takes `base64` or `raw-in-base64-out`, got `{value}`")),
        },
        "no-paginate" => g.no_paginate = true,
        "help" => g.help = true,
        "output" if value == "json" => {}
        "output" => problems.push(format!("`--output` supports only `json`, got `{value}`")),
        "max-items" => {
            parsed.paging.push("max-items");
            match value.parse::<u64>() {
                Ok(n) if n > 0 => g.max_items = Some(n),
                _ => problems.push(format!("`--max-items` expects a positive integer, got `{value}`")),
            }
        }
        "page-size" => {
            parsed.paging.push("page-size");
            match value.parse::<i64>() {
                Ok(n) if n > 0 => g.page_size = Some(n),
                _ => problems.push(format!("`--page-size` expects a positive integer, got `{value}`")),
            }
        }
        "starting-token" => {
            parsed.paging.push("starting-token");
            g.starting_token = Some(value);
        }
        _ => unreachable!("`--{name}` is in GLOBALS"),
    }
}

/// Seconds as the AWS CLI takes them; zero means no limit.
fn seconds(name: &str, value: &str, problems: &mut Vec<String>) -> Option<Duration> {
    match value.parse::<f64>() {
        Ok(s) if (0.0..1e9).contains(&s) => Some(Duration::from_secs_f64(s)),
        _ => {
            problems.push(format!("`--{name}` expects a number of seconds, got `{value}`"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split(' ').filter(|a| !a.is_empty()).map(str::to_owned).collect()
    }

    #[test]
    fn globals_anywhere_flags_after_the_operation() {
        let p = parse(&args("--debug --region eu-west-1 create-x --catalog AWS --tags [] [1] --endpoint-url=http://h"));
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.operation.as_deref(), Some("create-x"));
        assert!(p.globals.debug);
        assert_eq!(p.globals.region.as_deref(), Some("eu-west-1"));
        assert_eq!(p.globals.endpoint_url.as_deref(), Some("http://h"));
        assert_eq!(
            p.flags,
            vec![
                Flag { name: "catalog".into(), values: vec!["AWS".into()] },
                Flag { name: "tags".into(), values: vec!["[]".into(), "[1]".into()] },
            ]
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let p = parse(&args("--bogus op extra --region --cli-read-timeout x --debug=1 --page-size 0"));
        assert_eq!(
            p.problems,
            [
                "unknown option `--bogus`",
                "`--region` expects a value",
                "`--cli-read-timeout` expects a number of seconds, got `x`",
                "`--debug` takes no value, got `1`",
                "`--page-size` expects a positive integer, got `0`",
            ]
        );
        // Whether an argument that is not an option is welcome depends on the operation.
        assert_eq!(p.positionals, ["extra"]);
    }

    #[test]
    fn skeleton_value_is_optional() {
        assert_eq!(parse(&args("op --generate-cli-skeleton")).globals.skeleton, Some(Skeleton::Input));
        let p = parse(&args("--generate-cli-skeleton output op"));
        assert_eq!((p.globals.skeleton, p.operation.as_deref()), (Some(Skeleton::Output), Some("op")));
        let p = parse(&args("--generate-cli-skeleton op"));
        assert_eq!((p.globals.skeleton, p.operation.as_deref()), (Some(Skeleton::Input), Some("op")));
    }

    #[test]
    fn timeouts_in_seconds() {
        let p = parse(&args("op --cli-connect-timeout 1.5 --cli-read-timeout 0"));
        assert_eq!(p.globals.connect_timeout, Some(Duration::from_millis(1500)));
        assert_eq!(p.globals.read_timeout, Some(Duration::ZERO));
    }

    #[test]
    fn common_options_are_taken_out_wherever_they_are() {
        let line = args("--debug cp --recursive dir --region=eu-west-1 s3://b/p --profile dev --cli-input-json x");
        let (g, rest, problems) = take_common(&line);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(g.debug);
        assert_eq!((g.region.as_deref(), g.profile.as_deref()), (Some("eu-west-1"), Some("dev")));
        // An operation's options are not taken: another command may have its own of that name.
        assert_eq!(rest, ["cp", "--recursive", "dir", "s3://b/p", "--cli-input-json", "x"]);
        let (_, rest, problems) = take_common(&args("ls --region --output text -- --debug=1"));
        assert_eq!(rest, ["ls", "--"]);
        assert_eq!(
            problems,
            [
                "`--region` expects a value",
                "`--output` supports only `json`, got `text`",
                "`--debug` takes no value, got `1`"
            ]
        );
    }

    #[test]
    fn binary_format_is_base64_or_raw() {
        assert!(!parse(&args("op")).globals.raw_blobs);
        assert!(parse(&args("op --cli-binary-format raw-in-base64-out")).globals.raw_blobs);
        assert!(!parse(&args("op --cli-binary-format=base64")).globals.raw_blobs);
        let p = parse(&args("op --cli-binary-format raw"));
        assert_eq!(p.problems, ["`--cli-binary-format` takes `base64` or `raw-in-base64-out`, got `raw`"]);
    }
}
