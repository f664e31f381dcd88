//! Value types of the AWS data model that Rust's standard library lacks: timestamps, blobs,
//! documents, and the members of unions and enums that a client does not know yet.

use std::fmt;

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// How a timestamp is written on the wire (Smithy's `timestampFormat` trait).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TimestampFormat {
    /// RFC 3339 / ISO 8601 `2025-01-02T03:04:05Z`.
    DateTime,
    /// Seconds since the Unix epoch as a JSON number, fractions allowed: the awsJson default.
    #[default]
    EpochSeconds,
    /// RFC 7231 IMF-fixdate `Thu, 02 Jan 2025 03:04:05 GMT`.
    HttpDate,
}

/// An instant with nanosecond precision, independent of any time zone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    seconds: i64,
    nanos: u32,
}

/// A timestamp string or number that is not valid in the format asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {format} timestamp `{input}`")]
pub struct TimestampError {
    format: &'static str,
    input: String,
}

impl DateTime {
    /// The instant `seconds` (and `nanos`, below one second) after the Unix epoch.
    pub fn from_secs_nanos(seconds: i64, nanos: u32) -> Self {
        let carry = i64::from(nanos / 1_000_000_000);
        Self { seconds: seconds.saturating_add(carry), nanos: nanos % 1_000_000_000 }
    }

    /// The instant `seconds` after the Unix epoch.
    pub fn from_secs(seconds: i64) -> Self {
        Self { seconds, nanos: 0 }
    }

    /// Whole seconds since the Unix epoch (rounded down).
    pub fn secs(&self) -> i64 {
        self.seconds
    }

    /// Nanoseconds past [`DateTime::secs`].
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Seconds since the epoch with fractions, as epoch-seconds is written on the wire.
    pub fn as_secs_f64(&self) -> f64 {
        self.seconds as f64 + f64::from(self.nanos) / 1e9
    }

    /// The current time of the system clock.
    pub fn now() -> Self {
        Self::from(std::time::SystemTime::now())
    }

    fn to_offset(self) -> Option<OffsetDateTime> {
        let nanos = i128::from(self.seconds) * 1_000_000_000 + i128::from(self.nanos);
        OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
    }

    /// Parses an RFC 3339 date-time; offsets and fractional seconds are accepted.
    pub fn parse_date_time(s: &str) -> Result<Self, TimestampError> {
        let t = OffsetDateTime::parse(s, &Rfc3339)
            .map_err(|_| TimestampError { format: "date-time", input: s.to_owned() })?;
        Ok(Self::from_offset(t))
    }

    /// Parses an IMF-fixdate (`Thu, 02 Jan 2025 03:04:05 GMT`). The weekday must be one of the
    /// seven names but is not checked against the date.
    pub fn parse_http_date(s: &str) -> Result<Self, TimestampError> {
        parse_imf_fixdate(s).ok_or_else(|| TimestampError { format: "http-date", input: s.to_owned() })
    }

    /// Parses epoch seconds given as a JSON number.
    pub fn from_epoch_f64(value: f64) -> Result<Self, TimestampError> {
        if !value.is_finite() || value.abs() > 1e14 {
            return Err(TimestampError { format: "epoch-seconds", input: value.to_string() });
        }
        let seconds = value.floor();
        // An f64 near 1.7e9 holds about seven decimals: round to microseconds, not below.
        let micros = ((value - seconds) * 1e6).round() as u32;
        Ok(Self::from_secs_nanos(seconds as i64, micros * 1000))
    }

    fn from_offset(t: OffsetDateTime) -> Self {
        let nanos = t.unix_timestamp_nanos();
        let seconds = nanos.div_euclid(1_000_000_000) as i64;
        Self { seconds, nanos: nanos.rem_euclid(1_000_000_000) as u32 }
    }

    /// RFC 3339 in UTC with fractional seconds only when present (`2025-01-02T03:04:05.5Z`).
    pub fn fmt_date_time(&self) -> String {
        let Some(t) = self.to_offset() else { return self.seconds.to_string() };
        let mut out = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        push_fraction(&mut out, self.nanos);
        out.push('Z');
        out
    }

    /// Seconds since the epoch as a JSON number, with as many fraction digits as needed
    /// (`1398796238`, `1398796238.5`, `-0.25`).
    pub fn fmt_epoch_seconds(&self) -> String {
        let total = i128::from(self.seconds) * 1_000_000_000 + i128::from(self.nanos);
        let (sign, abs) = if total < 0 { ("-", -total) } else { ("", total) };
        let mut out = format!("{sign}{}", abs / 1_000_000_000);
        push_fraction(&mut out, (abs % 1_000_000_000) as u32);
        out
    }

    /// IMF-fixdate (`Thu, 02 Jan 2025 03:04:05 GMT`), with fractional seconds only when present.
    pub fn fmt_http_date(&self) -> String {
        let Some(t) = self.to_offset() else { return self.seconds.to_string() };
        let weekday = &format!("{}", t.weekday())[..3];
        let month = &format!("{}", t.month())[..3];
        let mut out = format!(
            "{weekday}, {:02} {month} {:04} {:02}:{:02}:{:02}",
            t.day(),
            t.year(),
            t.hour(),
            t.minute(),
            t.second()
        );
        push_fraction(&mut out, self.nanos);
        out.push_str(" GMT");
        out
    }
}

fn push_fraction(out: &mut String, nanos: u32) {
    if nanos != 0 {
        let digits = format!(".{nanos:09}");
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`: fixed widths, the year four digits without a sign. Fractional
/// seconds appear in the wild (`...:38.246 GMT`) and are kept; a bare `.` before ` GMT` is allowed.
fn parse_imf_fixdate(s: &str) -> Option<DateTime> {
    const WEEKDAYS: [&[u8]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    const MONTHS: [&[u8]; 12] =
        [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];
    let rest = s.strip_suffix(" GMT")?;
    let (main, frac) = (rest.get(..25)?.as_bytes(), rest.get(25..)?);
    let number = |range: std::ops::Range<usize>| {
        let digits = &main[range];
        digits.iter().all(u8::is_ascii_digit).then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if !WEEKDAYS.contains(&&main[0..3])
        || &main[3..5] != b", "
        || main[7] != b' '
        || main[11] != b' '
        || main[16] != b' '
        || main[19] != b':'
        || main[22] != b':'
    {
        return None;
    }
    let month = MONTHS.iter().position(|m| *m == &main[8..11])?;
    let month = time::Month::try_from(month as u8 + 1).ok()?;
    let date = time::Date::from_calendar_date(number(12..16)? as i32, month, number(5..7)? as u8).ok()?;
    let time = time::Time::from_hms(number(17..19)? as u8, number(20..22)? as u8, number(23..25)? as u8).ok()?;
    let mut dt = DateTime::from_offset(date.with_time(time).assume_utc());
    if !frac.is_empty() {
        let digits = frac.strip_prefix('.')?;
        if !digits.is_empty() {
            dt.nanos = parse_fraction(digits)?;
        }
    }
    Some(dt)
}

fn parse_fraction(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u32 = digits.parse().ok()?;
    Some(value * 10u32.pow(9 - digits.len() as u32))
}

impl From<std::time::SystemTime> for DateTime {
    fn from(t: std::time::SystemTime) -> Self {
        match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Self::from_secs_nanos(d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => {
                let d = e.duration();
                let mut dt = Self::from_secs(-(d.as_secs() as i64));
                if d.subsec_nanos() > 0 {
                    dt = Self::from_secs_nanos(dt.seconds - 1, 1_000_000_000 - d.subsec_nanos());
                }
                dt
            }
        }
    }
}

impl From<DateTime> for std::time::SystemTime {
    fn from(t: DateTime) -> Self {
        let epoch = std::time::UNIX_EPOCH;
        let whole = std::time::Duration::from_secs(t.seconds.unsigned_abs());
        let at_second = if t.seconds >= 0 { epoch + whole } else { epoch - whole };
        at_second + std::time::Duration::from_nanos(u64::from(t.nanos))
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_date_time())
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_date_time())
    }
}

impl std::str::FromStr for DateTime {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse_date_time(s)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.fmt_date_time())
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse_date_time(&s).map_err(serde::de::Error::custom)
    }
}

/// Binary data, written on the wire as base64.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Blob(pub Vec<u8>);

impl Blob {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Standard base64 with padding, as awsJson writes blobs.
    pub fn to_base64(&self) -> String {
        base64_encode(&self.0)
    }

    /// Decodes standard base64.
    pub fn from_base64(s: &str) -> Option<Self> {
        base64::engine::general_purpose::STANDARD.decode(s).ok().map(Blob)
    }
}

/// Standard base64 with padding: how blobs, and text with a media type in headers, travel.
pub fn base64_encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob(v)
    }
}

impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Self {
        Blob(v.to_vec())
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::from_base64(&s).ok_or_else(|| serde::de::Error::custom("invalid base64"))
    }
}

/// An untyped JSON value (Smithy's `document` type).
pub type Document = serde_json::Value;

/// A union member this client does not know, kept as the server sent it. With serde it is
/// stored as the server sent it too: `{"name": value}`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownMember {
    /// The member's wire name.
    pub name: String,
    /// The member's value, untouched.
    pub value: serde_json::Value,
}

impl Serialize for UnknownMember {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(&self.name, &self.value)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for UnknownMember {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = serde_json::Map::<String, serde_json::Value>::deserialize(d)?;
        let mut entries = map.into_iter();
        match (entries.next(), entries.next()) {
            (Some((name, value)), None) => Ok(UnknownMember { name, value }),
            _ => Err(serde::de::Error::custom("a union member is an object with exactly one entry")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_times_convert_both_ways() {
        use std::time::{Duration, SystemTime, UNIX_EPOCH};
        for t in [
            UNIX_EPOCH + Duration::new(1_700_000_000, 250_000_000),
            UNIX_EPOCH,
            UNIX_EPOCH - Duration::new(86_400, 500_000_000),
        ] {
            assert_eq!(SystemTime::from(DateTime::from(t)), t, "{:?}", DateTime::from(t));
        }
        assert_eq!(SystemTime::from(DateTime::from_secs(-1)), UNIX_EPOCH - Duration::from_secs(1));
    }

    #[test]
    fn date_time_round_trips_with_and_without_fractions() {
        for (input, secs, nanos, formatted) in [
            ("2025-01-02T03:04:05Z", 1_735_787_045, 0, "2025-01-02T03:04:05Z"),
            ("2025-01-02T03:04:05.120Z", 1_735_787_045, 120_000_000, "2025-01-02T03:04:05.12Z"),
            ("2025-01-02T04:04:05+01:00", 1_735_787_045, 0, "2025-01-02T03:04:05Z"),
            ("1969-12-31T23:59:59.5Z", -1, 500_000_000, "1969-12-31T23:59:59.5Z"),
        ] {
            let t = DateTime::parse_date_time(input).unwrap();
            assert_eq!((t.secs(), t.subsec_nanos()), (secs, nanos), "{input}");
            assert_eq!(t.fmt_date_time(), formatted);
        }
        for bad in ["2025-01-02", "2025-13-02T03:04:05Z", "yesterday", ""] {
            assert!(DateTime::parse_date_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn http_date_and_epoch_seconds() {
        let t = DateTime::parse_http_date("Tue, 29 Apr 2014 18:30:38 GMT").unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(t.fmt_http_date(), "Tue, 29 Apr 2014 18:30:38 GMT");
        let t = DateTime::parse_http_date("Tue, 29 Apr 2014 18:30:38.25 GMT").unwrap();
        assert_eq!(t.subsec_nanos(), 250_000_000);
        assert!(DateTime::parse_http_date("29 Apr 2014").is_err());
        // Four digits, no sign: a negative year would not survive being written as a date-time.
        assert!(DateTime::parse_http_date("Wed, 02 Dec -2026 10:00:00 GMT").is_err());
        assert!(DateTime::parse_http_date("Wed, 02 Dec 20260 10:00:00 GMT").is_err());
        let t = DateTime::from_epoch_f64(1_398_796_238.123).unwrap();
        assert_eq!((t.secs(), t.subsec_nanos() / 1_000_000), (1_398_796_238, 123));
        assert!(DateTime::from_epoch_f64(f64::NAN).is_err());
    }

    #[test]
    fn http_date_fields_are_checked_one_by_one() {
        let parse = |s: &str| DateTime::parse_http_date(s).map(|t| (t.secs(), t.subsec_nanos())).ok();
        // The weekday is one of the seven names, not necessarily the date's.
        assert_eq!(parse("Fri, 29 Apr 2014 18:30:38 GMT"), Some((1_398_796_238, 0)));
        assert_eq!(parse("Tue, 29 Apr 2014 18:30:38. GMT"), Some((1_398_796_238, 0)));
        assert_eq!(parse("Tue, 29 Apr 2014 18:30:38.123456789 GMT"), Some((1_398_796_238, 123_456_789)));
        assert_eq!(parse("Thu, 29 Feb 2024 23:59:59 GMT"), Some((1_709_251_199, 0)));
        assert_eq!(parse("Sat, 01 Jan 0000 00:00:00 GMT"), Some((-62_167_219_200, 0)));
        for bad in [
            "Tus, 29 Apr 2014 18:30:38 GMT",
            "tue, 29 Apr 2014 18:30:38 GMT",
            "Tue, 29 Apl 2014 18:30:38 GMT",
            "Tue, 29 APR 2014 18:30:38 GMT",
            "Tue, 29 Apr 201 18:30:38 GMT",
            "Tue, 29 Apr +2014 18:30:38 GMT",
            "Tue, 29 Apr -201 18:30:38 GMT",
            "Tue, 9 Apr 2014 18:30:38 GMT",
            "Tue, 00 Apr 2014 18:30:38 GMT",
            "Tue, 32 Jan 2014 18:30:38 GMT",
            "Tue, 31 Apr 2014 18:30:38 GMT",
            "Fri, 30 Feb 2024 18:30:38 GMT",
            "Sat, 29 Feb 2014 18:30:38 GMT",
            "Tue, 29 Apr 2014 24:00:00 GMT",
            "Tue, 29 Apr 2014 18:60:38 GMT",
            "Sat, 31 Dec 2016 23:59:60 GMT",
            "Tue, 29 Apr 2014 8:30:38 GMT",
            "Tue, 29 Apr 2014 18:30:38.1234567890 GMT",
            "Tue, 29 Apr 2014 18:30:38.1a GMT",
            "Tue, 29 Apr 2014 18:30:38 UTC",
            "Tue, 29 Apr 2014 18:30:38 GMT ",
            "Tue,  29 Apr 2014 18:30:38 GMT",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn epoch_seconds_keep_every_digit_and_the_sign() {
        for (secs, nanos, text) in [
            (1_398_796_238, 0, "1398796238"),
            (1_398_796_238, 100_000, "1398796238.0001"),
            (1_398_796_238, 999_500_000, "1398796238.9995"),
            (-1, 750_000_000, "-0.25"),
            (-2, 0, "-2"),
        ] {
            assert_eq!(DateTime::from_secs_nanos(secs, nanos).fmt_epoch_seconds(), text);
        }
    }

    #[test]
    fn blob_is_base64() {
        let b = Blob(b"binary-value".to_vec());
        assert_eq!(b.to_base64(), "YmluYXJ5LXZhbHVl");
        assert_eq!(Blob::from_base64("YmluYXJ5LXZhbHVl"), Some(b));
        assert_eq!(Blob::from_base64("not base64!"), None);
    }
}
