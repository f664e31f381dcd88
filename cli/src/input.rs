//! An operation's input JSON from the command line: `--cli-input-json`, then the member flags
//! over it (a flag replaces the whole top-level member, as the AWS CLI does), each flag's value
//! read by its member's type in the schema. Also the `--generate-cli-skeleton` values.

use aws_operation::DateTime;
use aws_operation::schema::{MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use aws_operation::types::TimestampFormat;
use serde_json::{Map, Value};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::args::{Flag, Globals};
use crate::names::kebab;

/// A problem with the command line, and what of the input it concerns, so that the input
/// validation does not report the same thing again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub scope: Scope,
    pub message: String,
}

/// What part of the input a [`Problem`] leaves unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// None: the problem is the command line's alone.
    Command,
    /// One top-level member.
    Member(&'static str),
    /// All of it (`--cli-input-json` could not be read).
    Input,
}

impl Problem {
    pub(crate) fn new(scope: Scope, message: String) -> Self {
        Self { scope, message }
    }

    /// Whether a violation at `path` (wire names) may follow from this problem.
    pub(crate) fn covers(&self, path: &str) -> bool {
        match self.scope {
            Scope::Command => false,
            Scope::Member(member) => path.split(['.', '[']).next() == Some(member),
            Scope::Input => true,
        }
    }
}

/// The input: `--cli-input-json` (if any) with the member flags over it. With
/// `--cli-binary-format raw-in-base64-out` the blobs given as text are encoded as base64 here,
/// the form the operation reads; a blob flag's `fileb://PATH` is the file's bytes either way.
pub(crate) fn build(shape: &'static ShapeSchema, globals: &Globals, flags: &[Flag]) -> (Value, Vec<Problem>) {
    let mut problems = Vec::new();
    let raw = globals.raw_blobs;
    let mut input = match globals.cli_input_json.as_deref().map(load_object) {
        Some(Ok(mut map)) => {
            // A streaming member's text is a file's path, as `aws s3api` takes it.
            for member in shape.members.iter().filter(|m| m.streaming) {
                if let Some(Value::String(path)) = map.get(member.name) {
                    let path = path.strip_prefix("fileb://").unwrap_or(path).to_owned();
                    map.insert(member.name.to_owned(), file_value(&path));
                }
            }
            if raw {
                for member in shape.members {
                    if let Some(value) = map.get_mut(member.name) {
                        encode_raw_blobs(&(member.target)(), value);
                    }
                }
            }
            map
        }
        Some(Err(message)) => {
            problems.push(Problem::new(Scope::Input, format!("`--cli-input-json`: {message}")));
            Map::new()
        }
        None => Map::new(),
    };
    let mut seen: Vec<&str> = Vec::new();
    for flag in flags {
        let Some((member, negated)) = find_member(shape, &flag.name) else {
            problems.push(Problem::new(Scope::Command, format!("unknown option `--{}`", flag.name)));
            continue;
        };
        if seen.contains(&member.name) {
            problems
                .push(Problem::new(Scope::Member(member.name), format!("`--{}` is given more than once", flag.name)));
            continue;
        }
        seen.push(member.name);
        let blob = matches!((member.target)(), TypeSchema::Blob);
        let read = match flag.values.as_slice() {
            // A streaming member: the file, streamed as it is sent (`--body PATH` or `fileb://PATH`).
            [one] if member.streaming => Ok(file_value(one.strip_prefix("fileb://").unwrap_or(one))),
            [one] if blob && one.starts_with("fileb://") => read_binary(&one["fileb://".len()..]),
            _ => flag_value(member, negated, &flag.values).map(|mut value| {
                if raw {
                    encode_raw_blobs(&(member.target)(), &mut value);
                }
                value
            }),
        };
        match read {
            Ok(value) => {
                input.insert(member.name.to_owned(), value);
            }
            Err(message) => {
                input.remove(member.name);
                problems.push(Problem::new(Scope::Member(member.name), format!("`--{}`: {message}", flag.name)));
            }
        }
    }
    (Value::Object(input), problems)
}

/// A streaming member's value that names a file: read by the operation's input reader as the
/// file, streamed (`{"file": PATH}`).
fn file_value(path: &str) -> Value {
    serde_json::json!({ "file": path })
}

/// The bytes of the file `path`, as the base64 string a blob is read from.
fn read_binary(path: &str) -> Result<Value, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
    Ok(Value::String(STANDARD.encode(bytes)))
}

/// Replaces each string where `ty` has a blob by the base64 of its UTF-8 bytes; values of
/// another JSON type are left for the input validation to report.
fn encode_raw_blobs(ty: &TypeSchema, value: &mut Value) {
    match (ty, value) {
        (TypeSchema::Blob, Value::String(text)) => *text = STANDARD.encode(text.as_bytes()),
        (TypeSchema::List { member, .. }, Value::Array(items)) => {
            items.iter_mut().for_each(|item| encode_raw_blobs(member, item));
        }
        (TypeSchema::Map { value: element, .. }, Value::Object(map)) => {
            map.values_mut().for_each(|item| encode_raw_blobs(element, item));
        }
        (TypeSchema::Shape(s), Value::Object(map)) if matches!(s.kind, ShapeKind::Structure | ShapeKind::Union) => {
            for member in s.members {
                if let Some(item) = map.get_mut(member.name) {
                    encode_raw_blobs(&(member.target)(), item);
                }
            }
        }
        _ => {}
    }
}

/// The member a flag names; `--no-x` names the boolean member `x`, set to false.
fn find_member(shape: &'static ShapeSchema, flag: &str) -> Option<(&'static MemberSchema, bool)> {
    if let Some(m) = shape.members.iter().find(|m| kebab(m.name) == flag) {
        return Some((m, false));
    }
    let positive = flag.strip_prefix("no-")?;
    let m = shape.members.iter().find(|m| kebab(m.name) == positive)?;
    matches!((m.target)(), TypeSchema::Boolean).then_some((m, true))
}

/// Inline JSON, or `file://PATH`, holding an object.
fn load_object(text: &str) -> Result<Map<String, Value>, String> {
    match parse_json(&load(text)?)? {
        Value::Object(map) => Ok(map),
        other => Err(format!("expected a JSON object, found {}", aws_operation::shape::json_kind(&other))),
    }
}

/// A value as given, or the contents of the file `file://PATH` names.
fn load(text: &str) -> Result<String, String> {
    match text.strip_prefix("file://") {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read `{path}`: {e}")),
        None => Ok(text.to_owned()),
    }
}

fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("invalid JSON ({e})"))
}

/// A flag's JSON value, from its arguments and its member's type.
fn flag_value(member: &MemberSchema, negated: bool, values: &[String]) -> Result<Value, String> {
    let target = (member.target)();
    let format = member.timestamp_format;
    if let TypeSchema::Boolean = target {
        return match (negated, values) {
            (true, []) => Ok(Value::Bool(false)),
            (false, []) => Ok(Value::Bool(true)),
            (false, [one]) => Ok(scalar(&target, format, &load(one)?)),
            _ => Err(format!("takes at most one value, got {}", values.len())),
        };
    }
    if let TypeSchema::List { member: element, .. } = &target {
        // One JSON array, or the elements one per argument, as `--statuses PENDING ACCEPTED`.
        return match values {
            [] => Err("expects a value".to_owned()),
            [one] if one.trim_start().starts_with('[') || one.starts_with("file://") => {
                let text = load(one)?;
                if text.trim_start().starts_with('[') {
                    parse_json(&text)
                } else {
                    element_value(element, format, &text)
                }
            }
            many => many
                .iter()
                .map(|v| element_value(element, format, &load(v)?))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
        };
    }
    match values {
        [one] => {
            let text = load(one)?;
            if is_json(&target) { parse_json(&text) } else { Ok(scalar(&target, format, &text)) }
        }
        [] => Err("expects a value".to_owned()),
        _ => Err(format!("takes one value, got {}", values.len())),
    }
}

fn element_value(element: &TypeSchema, format: Option<TimestampFormat>, text: &str) -> Result<Value, String> {
    if is_json(element) { parse_json(text) } else { Ok(scalar(element, format, text)) }
}

/// Whether a flag of this type is written as JSON.
fn is_json(ty: &TypeSchema) -> bool {
    match ty {
        TypeSchema::List { .. } | TypeSchema::Map { .. } | TypeSchema::Document => true,
        TypeSchema::Shape(s) => matches!(s.kind, ShapeKind::Structure | ShapeKind::Union),
        _ => false,
    }
}

/// A scalar as the wire wants it. Text that does not fit stays a string, for the input
/// validation to report with the member's path and type.
fn scalar(ty: &TypeSchema, format: Option<TimestampFormat>, text: &str) -> Value {
    let as_string = || Value::String(text.to_owned());
    match ty {
        TypeSchema::Byte | TypeSchema::Short | TypeSchema::Integer | TypeSchema::Long => {
            text.trim().parse::<i64>().map(Value::from).unwrap_or_else(|_| as_string())
        }
        TypeSchema::Shape(s) if s.kind == ShapeKind::IntEnum => {
            text.trim().parse::<i64>().map(Value::from).unwrap_or_else(|_| as_string())
        }
        TypeSchema::Float | TypeSchema::Double => match text.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => serde_json::Number::from_f64(f).map_or_else(as_string, Value::Number),
            _ => as_string(),
        },
        TypeSchema::Boolean => match text.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => as_string(),
        },
        TypeSchema::Timestamp => timestamp(format.unwrap_or_default(), text).unwrap_or_else(as_string),
        _ => as_string(),
    }
}

/// A timestamp given as RFC 3339 or as epoch seconds, in the member's wire format.
fn timestamp(format: TimestampFormat, text: &str) -> Option<Value> {
    let text = text.trim();
    let time = match text.parse::<f64>() {
        Ok(secs) => DateTime::from_epoch_f64(secs).ok()?,
        Err(_) => DateTime::parse_date_time(text).ok()?,
    };
    Some(match format {
        TimestampFormat::EpochSeconds => serde_json::from_str(&time.fmt_epoch_seconds()).ok()?,
        TimestampFormat::DateTime => Value::String(time.fmt_date_time()),
        TimestampFormat::HttpDate => Value::String(time.fmt_http_date()),
    })
}

/// The input skeleton, with a placeholder per type as the AWS CLI's `--generate-cli-skeleton`;
/// with `names`, each string is its member's name instead (the output skeleton).
pub(crate) fn skeleton(ty: &TypeSchema, names: bool) -> Value {
    placeholder(ty, "", None, names, &mut Vec::new())
}

/// Timestamps are in their member's wire format, so that the input skeleton, filled in, can
/// be passed back as it is.
fn placeholder(
    ty: &TypeSchema,
    name: &str,
    format: Option<TimestampFormat>,
    names: bool,
    stack: &mut Vec<&'static str>,
) -> Value {
    match ty {
        TypeSchema::String | TypeSchema::Blob if names => Value::String(name.to_owned()),
        TypeSchema::String | TypeSchema::Blob => Value::String(String::new()),
        TypeSchema::Boolean => Value::Bool(true),
        TypeSchema::Byte | TypeSchema::Short | TypeSchema::Integer | TypeSchema::Long => Value::from(0),
        TypeSchema::Float | TypeSchema::Double => Value::from(0.0),
        TypeSchema::Document => Value::Object(Map::new()),
        TypeSchema::Timestamp => match format.unwrap_or_default() {
            TimestampFormat::EpochSeconds => Value::from(0),
            TimestampFormat::DateTime => Value::from("1970-01-01T00:00:00Z"),
            TimestampFormat::HttpDate => Value::from("Thu, 01 Jan 1970 00:00:00 GMT"),
        },
        TypeSchema::List { member, .. } => Value::Array(vec![placeholder(member, name, format, names, stack)]),
        TypeSchema::Map { value, .. } => {
            let mut map = Map::new();
            map.insert("KeyName".to_owned(), placeholder(value, name, format, names, stack));
            Value::Object(map)
        }
        TypeSchema::Shape(s) => match s.kind {
            ShapeKind::Enum if names => Value::String(name.to_owned()),
            ShapeKind::Enum => Value::String(s.values.first().copied().unwrap_or_default().to_owned()),
            ShapeKind::IntEnum => Value::from(s.int_values.first().copied().unwrap_or_default()),
            // A shape inside itself stops the recursion, as botocore's generator does.
            ShapeKind::Structure | ShapeKind::Union if stack.contains(&s.name) => Value::Object(Map::new()),
            ShapeKind::Structure | ShapeKind::Union => {
                stack.push(s.name);
                let map = s
                    .members
                    .iter()
                    .map(|m| (m.name.to_owned(), placeholder(&(m.target)(), m.name, m.timestamp_format, names, stack)));
                let map = map.collect();
                stack.pop();
                Value::Object(map)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_by_type() {
        assert_eq!(scalar(&TypeSchema::Integer, None, "42"), Value::from(42));
        assert_eq!(scalar(&TypeSchema::Integer, None, "x"), Value::from("x"));
        assert_eq!(scalar(&TypeSchema::Double, None, "1.5"), Value::from(1.5));
        assert_eq!(scalar(&TypeSchema::Boolean, None, "false"), Value::Bool(false));
        assert_eq!(scalar(&TypeSchema::String, None, "42"), Value::from("42"));
        let epoch = Some(TimestampFormat::EpochSeconds);
        assert_eq!(scalar(&TypeSchema::Timestamp, epoch, "2026-01-01T00:00:00Z"), Value::from(1_767_225_600));
        let iso = Some(TimestampFormat::DateTime);
        assert_eq!(scalar(&TypeSchema::Timestamp, iso, "1767225600"), Value::from("2026-01-01T00:00:00Z"));
        assert_eq!(scalar(&TypeSchema::Timestamp, iso, "soon"), Value::from("soon"));
    }

    const fn member(name: &'static str, target: fn() -> TypeSchema) -> MemberSchema {
        MemberSchema { name, rust_name: name, target, ..MemberSchema::ROOT }
    }

    static SHAPE: ShapeSchema = ShapeSchema {
        name: "Input",
        kind: ShapeKind::Structure,
        members: &[
            member("dryRun", || TypeSchema::Boolean),
            member("maxResults", || TypeSchema::Integer),
            member("names", || TypeSchema::List { member: Box::new(TypeSchema::String), sparse: false }),
            member("since", || TypeSchema::Timestamp),
            member("filter", || TypeSchema::Shape(&SHAPE)),
            member("name", || TypeSchema::String),
            member("payload", || TypeSchema::Blob),
            member("chunks", || TypeSchema::List { member: Box::new(TypeSchema::Blob), sparse: false }),
        ],
        values: &[],
        int_values: &[],
        sensitive: false,
        xml_unwrapped: false,
        xml_name: None,
        xml_namespace: None,
        error: None,
    };

    fn globals(cli_input_json: Option<&str>, raw_blobs: bool) -> Globals {
        Globals { cli_input_json: cli_input_json.map(str::to_owned), raw_blobs, ..Globals::default() }
    }

    fn flag(name: &str, values: &[&str]) -> Flag {
        Flag { name: name.to_owned(), values: values.iter().map(|v| (*v).to_owned()).collect() }
    }

    #[test]
    fn flags_by_type_over_the_input_json() {
        let flags = [
            flag("no-dry-run", &[]),
            flag("max-results", &["5"]),
            flag("names", &["a", "b"]),
            flag("since", &["1970-01-02T00:00:00Z"]),
            flag("filter", &[r#"{"name": "x"}"#]),
        ];
        let (input, problems) = build(&SHAPE, &globals(Some(r#"{"name": "kept", "maxResults": 1}"#), false), &flags);
        assert_eq!(problems, []);
        assert_eq!(
            input,
            serde_json::json!({
                "dryRun": false, "maxResults": 5, "names": ["a", "b"], "since": 86400,
                "filter": {"name": "x"}, "name": "kept",
            })
        );
        let (input, _) = build(&SHAPE, &globals(None, false), &[flag("dry-run", &[]), flag("names", &[r#"["c"]"#])]);
        assert_eq!(input, serde_json::json!({"dryRun": true, "names": ["c"]}));
    }

    #[test]
    fn flag_problems_name_the_flag_and_scope() {
        let flags = [
            flag("no-name", &[]),
            flag("filter", &["{"]),
            flag("name", &["a", "b"]),
            flag("max-results", &[]),
            flag("max-results", &["1"]),
        ];
        let (_, problems) = build(&SHAPE, &globals(Some("file:///surely/not/here"), false), &flags);
        let scopes: Vec<Scope> = problems.iter().map(|p| p.scope).collect();
        assert_eq!(
            scopes,
            [
                Scope::Input,
                Scope::Command,
                Scope::Member("filter"),
                Scope::Member("name"),
                Scope::Member("maxResults"),
                Scope::Member("maxResults")
            ]
        );
        assert_eq!(problems[1].message, "unknown option `--no-name`");
        assert_eq!(problems[3].message, "`--name`: takes one value, got 2");
        assert_eq!(problems[5].message, "`--max-results` is given more than once");
        assert!(problems[0].covers("anything") && problems[2].covers("filter.name") && !problems[2].covers("filters"));
    }

    #[test]
    fn cli_input_json_must_be_an_object() {
        assert!(load_object("{\"a\": 1}").is_ok());
        assert_eq!(load_object("[1]").unwrap_err(), "expected a JSON object, found an array");
        assert!(load_object("{").unwrap_err().starts_with("invalid JSON"));
        assert!(load_object("file:///surely/not/here").unwrap_err().starts_with("cannot read `/surely/not/here`"));
    }

    #[test]
    fn blobs_are_base64_unless_the_binary_format_is_raw() {
        let json = Some(r#"{"payload": "aGk=", "filter": {"name": "n"}}"#);
        let (input, _) = build(&SHAPE, &globals(json, false), &[flag("chunks", &["AA==", "AQ=="])]);
        assert_eq!(input, serde_json::json!({"payload": "aGk=", "filter": {"name": "n"}, "chunks": ["AA==", "AQ=="]}));

        // Raw: the text is the bytes, in the input JSON and in flags, strings elsewhere untouched.
        let json = Some(r#"{"payload": "{\"k\": 1}", "name": "plain"}"#);
        let (input, problems) = build(&SHAPE, &globals(json, true), &[flag("chunks", &["a", "b"])]);
        assert_eq!(problems, []);
        let expected =
            serde_json::json!({"payload": STANDARD.encode(r#"{"k": 1}"#), "name": "plain", "chunks": ["YQ==", "Yg=="]});
        assert_eq!(input, expected);
        let (input, _) = build(&SHAPE, &globals(None, true), &[flag("payload", &["hi"])]);
        assert_eq!(input, serde_json::json!({"payload": "aGk="}));
    }

    #[test]
    fn fileb_gives_a_blob_the_file_bytes_in_either_format() {
        let path = std::env::temp_dir().join(format!("aws-operation-cli-fileb-{}", std::process::id()));
        std::fs::write(&path, [0u8, 159, 146, 150]).expect("temp file");
        let arg = format!("fileb://{}", path.display());
        for raw in [false, true] {
            let (input, problems) = build(&SHAPE, &globals(None, raw), &[flag("payload", &[&arg])]);
            assert_eq!(problems, []);
            assert_eq!(input, serde_json::json!({"payload": "AJ+Slg=="}));
        }
        std::fs::remove_file(&path).expect("removed");
        let (_, problems) = build(&SHAPE, &globals(None, false), &[flag("payload", &[&arg])]);
        assert!(problems[0].message.starts_with("`--payload`: cannot read"), "{problems:?}");
    }
}
