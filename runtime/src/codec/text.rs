//! Scalars as text, the way every format that has no number or boolean type of its own writes
//! them: XML elements and attributes, form-urlencoded values, HTTP headers and query strings.

use crate::types::{DateTime, TimestampFormat};

/// A float's special values by their Smithy names.
pub fn special_float(s: &str) -> Option<f64> {
    match s {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        _ => None,
    }
}

/// A float written as text: `NaN`, `Infinity` and `-Infinity` by name, else the shortest form
/// that reads back the same.
pub fn float(value: f64) -> String {
    match value {
        v if v.is_nan() => "NaN".to_owned(),
        v if v == f64::INFINITY => "Infinity".to_owned(),
        v if v == f64::NEG_INFINITY => "-Infinity".to_owned(),
        v => v.to_string(),
    }
}

/// The name of a timestamp format in a type problem.
pub fn timestamp_kind(format: TimestampFormat) -> &'static str {
    match format {
        TimestampFormat::DateTime => "date-time timestamp",
        TimestampFormat::HttpDate => "http-date timestamp",
        TimestampFormat::EpochSeconds => "epoch-seconds timestamp",
    }
}

/// A string in a problem: quoted, unless it is too long to be of use.
pub fn describe_string(s: &str) -> String {
    if s.chars().count() > 40 { "a string".to_owned() } else { format!("string {s:?}") }
}

/// `true` or `false`.
pub fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// An integer within `min..=max`.
pub fn parse_integer(text: &str, min: i64, max: i64) -> Option<i64> {
    text.parse::<i64>().ok().filter(|n| (min..=max).contains(n))
}

/// A float, or one of its special values.
pub fn parse_float(text: &str) -> Option<f64> {
    special_float(text).or_else(|| text.parse::<f64>().ok())
}

/// A timestamp in `format`.
pub fn parse_timestamp(text: &str, format: TimestampFormat) -> Option<DateTime> {
    match format {
        TimestampFormat::DateTime => DateTime::parse_date_time(text).ok(),
        TimestampFormat::HttpDate => DateTime::parse_http_date(text).ok(),
        TimestampFormat::EpochSeconds => text.parse::<f64>().ok().and_then(|f| DateTime::from_epoch_f64(f).ok()),
    }
}

/// A timestamp written in `format`.
pub fn timestamp(value: &DateTime, format: TimestampFormat) -> String {
    match format {
        TimestampFormat::DateTime => value.fmt_date_time(),
        TimestampFormat::HttpDate => value.fmt_http_date(),
        TimestampFormat::EpochSeconds => value.fmt_epoch_seconds(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_what_is_written() {
        assert_eq!(parse_float(&float(1.5)), Some(1.5));
        assert!(parse_float(&float(f64::NAN)).is_some_and(f64::is_nan));
        assert_eq!(float(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(parse_integer("128", -128, 127), None);
        assert_eq!(parse_integer("-128", -128, 127), Some(-128));
        assert_eq!(parse_bool("True"), None);
        let t = DateTime::from_secs(1_000_000_000);
        for format in [TimestampFormat::DateTime, TimestampFormat::HttpDate, TimestampFormat::EpochSeconds] {
            assert_eq!(parse_timestamp(&timestamp(&t, format), format), Some(t));
        }
    }
}
