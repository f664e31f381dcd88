//! `help`: the operations of the service, and the members of one, from the schemas.

use aws_operation::schema::{Constraints, MemberSchema, OperationSchema, ShapeKind, TypeSchema};

use crate::names::kebab;

/// The options every operation takes.
const OPTIONS: &str = "\
Options:
  --cli-input-json JSON|file://PATH   the input with wire member names; flags override its members
  --cli-binary-format base64|raw-in-base64-out
                                      blobs in the input as base64 (the default) or as raw text;
                                      a blob flag also takes fileb://PATH, the file's bytes;
                                      a streaming one (put-object --body) takes PATH, streamed
  --generate-cli-skeleton [input|output]
                                      print a skeleton of the input (or output) and exit
  --endpoint-url URL                  send requests there instead of the service's endpoint
  --region REGION                     the region (default: AWS_REGION, then the profile)
  --profile NAME                      the profile of the shared config files (default: AWS_PROFILE)
  --cli-connect-timeout SECONDS       how long to wait for a connection (0: no limit)
  --cli-read-timeout SECONDS          how long one attempt may take (0: no limit, the default)
  --debug                             each request and response on stderr, secrets redacted
  --output json                       the only output format
";

const PAGING: &str = "\
Paging (list operations):
  --no-paginate                       one call: the first page, with its token
  --max-items N                       stop after N items and print a NextToken to resume from
  --starting-token TOKEN              resume from a NextToken printed before
  --page-size N                       items per call
";

/// The usage line and the list of operations.
pub(crate) fn usage(command: &str, ops: &[&'static OperationSchema]) -> String {
    let mut out = format!(
        "usage: {command} <operation> [--member value ...] [options]\n\
         help:  {command} help | {command} <operation> help\n\nOperations:\n"
    );
    for op in ops {
        let paged = if op.paginator.is_some() { "  (paginated)" } else { "" };
        out.push_str(&format!("  {}{paged}\n", kebab(op.name)));
    }
    out.push('\n');
    out.push_str(OPTIONS);
    out
}

/// The members of one operation as flags, with their types and constraints.
pub(crate) fn operation(command: &str, op: &'static OperationSchema) -> String {
    let mut out = format!("usage: {command} {} [--member value ...] [options]\n\n", kebab(op.name));
    out.push_str(&format!("{} members (flag, type, wire name):\n", op.name));
    if let TypeSchema::Shape(shape) = (op.input)() {
        if shape.members.is_empty() {
            out.push_str("  (none)\n");
        }
        for member in shape.members {
            out.push_str(&member_line(member));
        }
    }
    out.push_str(
        "\nStructures, unions, lists and maps are JSON; lists also take one value per argument.\n\
         Booleans take `true`/`false`, or `--flag` / `--no-flag`.\n\n",
    );
    out.push_str(OPTIONS);
    if op.paginator.is_some() {
        out.push('\n');
        out.push_str(PAGING);
    }
    out
}

fn member_line(member: &MemberSchema) -> String {
    let ty = (member.target)();
    let mut notes = Vec::new();
    if member.required {
        notes.push("required".to_owned());
    }
    if member.idempotency_token {
        notes.push("idempotency token, filled when omitted".to_owned());
    }
    if member.sensitive {
        notes.push("sensitive".to_owned());
    }
    notes.extend(constraints(&member.constraints));
    if let TypeSchema::Shape(s) = &ty
        && s.kind == ShapeKind::Enum
    {
        notes.push(format!("one of {}", s.values.join(", ")));
    }
    let notes = if notes.is_empty() { String::new() } else { format!("\n      {}", notes.join("; ")) };
    format!("  --{} <{}>  {}{notes}\n", kebab(member.name), type_name(&ty), member.name)
}

fn type_name(ty: &TypeSchema) -> String {
    match ty {
        TypeSchema::List { member, .. } => format!("list of {}", type_name(member)),
        TypeSchema::Map { value, .. } => format!("map of {}", type_name(value)),
        TypeSchema::Shape(s) => format!("{} {}", ty.kind_name(), s.name),
        other => other.kind_name().to_owned(),
    }
}

fn constraints(c: &Constraints) -> Vec<String> {
    let mut out = Vec::new();
    let bound = |b: Option<String>| b.unwrap_or_default();
    if let Some((min, max)) = c.length {
        out.push(format!("length {}..{}", bound(min.map(|n| n.to_string())), bound(max.map(|n| n.to_string()))));
    }
    if let Some((min, max)) = c.range {
        out.push(format!("range {}..{}", bound(min.map(str::to_owned)), bound(max.map(str::to_owned))));
    }
    if let Some(pattern) = c.pattern {
        out.push(format!("pattern {pattern}"));
    }
    if let Some(items) = c.items {
        out.extend(constraints(items).into_iter().map(|s| format!("each {s}")));
    }
    out
}
