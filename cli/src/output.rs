//! What the command writes: JSON as the AWS CLI prints it (four-space indent, members in the
//! order the schema declares them), and sensitive values hidden for debug logs.

use aws_operation::DateTime;
use aws_operation::schema::{ShapeKind, TypeSchema};
use serde_json::Value;

/// What stands in for a sensitive value in debug logs.
pub(crate) const REDACTED: &str = "** redacted **";

/// `value` indented by four spaces, objects of known shapes in declaration order, then a newline.
pub(crate) fn pretty(value: &Value, ty: Option<&TypeSchema>) -> String {
    let mut out = String::new();
    write(&mut out, value, ty, 0);
    out.push('\n');
    out
}

fn write(out: &mut String, value: &Value, ty: Option<&TypeSchema>, depth: usize) {
    match value {
        Value::Array(items) if !items.is_empty() => {
            let element = match ty {
                Some(TypeSchema::List { member, .. }) => Some(member.as_ref()),
                _ => None,
            };
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write(out, item, element, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            let members: Vec<(&str, Option<TypeSchema>)> = match ty {
                Some(TypeSchema::Shape(s)) if matches!(s.kind, ShapeKind::Structure | ShapeKind::Union) => {
                    // Declared members first, in order; anything else after, sorted.
                    let known = s.members.iter().filter(|m| map.contains_key(m.name));
                    let known = known.map(|m| (m.name, Some((m.target)())));
                    let rest = map.keys().filter(|k| s.member(k).is_none()).map(|k| (k.as_str(), None));
                    known.chain(rest).collect()
                }
                Some(TypeSchema::Map { value, .. }) => {
                    map.keys().map(|k| (k.as_str(), Some((**value).clone()))).collect()
                }
                _ => map.keys().map(|k| (k.as_str(), None)).collect(),
            };
            out.push('{');
            for (i, (key, member_ty)) in members.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                out.push_str(&Value::String((*key).to_owned()).to_string());
                out.push_str(": ");
                write(out, &map[*key], member_ty.as_ref(), depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn indent(out: &mut String, depth: usize) {
    out.extend(std::iter::repeat_n("    ", depth));
}

/// `value` with every timestamp written as the AWS CLI v2 writes it (its default
/// `cli_timestamp_format`, `iso8601`): `2026-12-02T19:54:10+00:00`, whatever the member's wire
/// format (epoch seconds in the JSON protocols, date-time in the XML ones, HTTP dates in headers).
pub(crate) fn timestamps_as_iso8601(value: &mut Value, ty: &TypeSchema) {
    match (ty, value) {
        (TypeSchema::Timestamp, value) => {
            let time = match &*value {
                Value::Number(n) => n.as_f64().and_then(|f| DateTime::from_epoch_f64(f).ok()),
                Value::String(s) => DateTime::parse_date_time(s).or_else(|_| DateTime::parse_http_date(s)).ok(),
                _ => None,
            };
            if let Some(time) = time {
                let text = time.fmt_date_time();
                *value = Value::String(format!("{}+00:00", text.strip_suffix('Z').unwrap_or(&text)));
            }
        }
        (TypeSchema::List { member, .. }, Value::Array(items)) => {
            items.iter_mut().for_each(|v| timestamps_as_iso8601(v, member))
        }
        (TypeSchema::Map { value: inner, .. }, Value::Object(map)) => {
            map.values_mut().for_each(|v| timestamps_as_iso8601(v, inner))
        }
        (TypeSchema::Shape(s), Value::Object(map)) => {
            for member in s.members {
                if let Some(v) = map.get_mut(member.name) {
                    timestamps_as_iso8601(v, &(member.target)());
                }
            }
        }
        _ => {}
    }
}

/// `value` with every sensitive member, and every value of a sensitive shape, replaced by
/// [`REDACTED`].
pub(crate) fn redact(value: &mut Value, ty: &TypeSchema) {
    match (ty, value) {
        (TypeSchema::List { member, .. }, Value::Array(items)) => items.iter_mut().for_each(|v| redact(v, member)),
        (TypeSchema::Map { value: inner, .. }, Value::Object(map)) => map.values_mut().for_each(|v| redact(v, inner)),
        (TypeSchema::Shape(s), value) if s.sensitive => *value = Value::String(REDACTED.to_owned()),
        (TypeSchema::Shape(s), Value::Object(map)) => {
            for member in s.members {
                if let Some(v) = map.get_mut(member.name) {
                    if member.sensitive {
                        *v = Value::String(REDACTED.to_owned());
                    } else {
                        redact(v, &(member.target)());
                    }
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps_print_in_iso8601_from_any_wire_format() {
        for (wire, printed) in [
            (json!(1_796_241_250), "2026-12-02T19:54:10+00:00"),
            (json!(1_796_241_250.5), "2026-12-02T19:54:10.5+00:00"),
            (json!("2026-12-02T19:54:10Z"), "2026-12-02T19:54:10+00:00"),
            (json!("Wed, 02 Dec 2026 19:54:10 GMT"), "2026-12-02T19:54:10+00:00"),
        ] {
            let mut value = json!([wire]);
            let ty = TypeSchema::List { member: Box::new(TypeSchema::Timestamp), sparse: false };
            timestamps_as_iso8601(&mut value, &ty);
            assert_eq!(value, json!([printed]));
        }
    }

    #[test]
    fn four_spaces_like_the_aws_cli() {
        let v = json!({"b": [1, {"c": "d"}], "a": {}, "e": []});
        assert_eq!(
            pretty(&v, None),
            "{\n    \"a\": {},\n    \"b\": [\n        1,\n        {\n            \"c\": \"d\"\n        }\n    ],\n    \"e\": []\n}\n"
        );
        assert_eq!(pretty(&json!("é\n"), None), "\"é\\n\"\n");
    }
}
