//! Properties of the Partner Central Channel shapes, checked on generated values (proptest).
//!
//! - Every input, output and error shape round-trips: valid JSON generated from its schema is
//!   read strictly and validated without a problem, written back as the same JSON, read again
//!   (leniently and strictly) as the same value, and stored and reloaded with serde unchanged.
//!   A few shapes also get hand-written strategies of Rust values, so that the round trip is
//!   checked from the other side too.
//! - Every constraint of every operation input (lengths, ranges and patterns, of members at any
//!   depth and of list elements) gives the right verdict for values just inside and just outside
//!   its bounds: a violation naming the member's path and the rule appears if and only if the
//!   value is outside, both when the input is read (`read_input`) and when a typed value is
//!   validated (`shape::validate`). The model's patterns, compiled with the `regex` crate, are
//!   the oracle for pattern verdicts.
//!
//! Values are generated from the schemas the macros emit, so a member added to a shape is covered
//! without touching this file. Case counts are kept modest for CI.

use aws_operation::operation::Operation;
use aws_operation::schema::{Constraints, ShapeKind, TypeSchema};
use aws_operation::shape::{self, Mode, Shape};
use aws_operation::{DateTime, TimestampFormat, Violation};
use aws_operation_partnercentral_channel::channel_contracts::{
    Address, ChannelContractPayload, ChannelContractType, CreateChannelContract, ManagedServicesAttestationPayload,
    ManagedServicesSupportedService,
};
use aws_operation_partnercentral_channel::common::SortOrder;
use aws_operation_partnercentral_channel::each_operation;
use aws_operation_partnercentral_channel::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, HandshakeStatus, HandshakeType, ListChannelHandshakes,
    ListChannelHandshakesTypeFilters, ListChannelHandshakesTypeSort, ParticipantType,
    ProgramManagementAccountTypeFilters, ProgramManagementAccountTypeSort, ProgramManagementAccountTypeSortName,
    RevokeServicePeriodPayload, RevokeServicePeriodTypeFilters, RevokeServicePeriodTypeSort,
    RevokeServicePeriodTypeSortName, ServicePeriodType, StartServicePeriodPayload, StartServicePeriodTypeFilters,
    StartServicePeriodTypeSort, StartServicePeriodTypeSortName,
};
use aws_operation_partnercentral_channel::program_management_accounts::Program;
use aws_operation_partnercentral_channel::relationships::{
    AccountScope, AssociationType, Coverage, CreateRelationship, PartnerLedSupport, Provider, ResaleAccountModel,
    ResoldEnterprise, ResoldUnifiedOperations, Sector, SupportPlan,
};
use aws_operation_partnercentral_channel::tags::Tag;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// What the properties need of a shape besides [`Shape`].
trait Stored: Shape + PartialEq + std::fmt::Debug + Serialize + DeserializeOwned {}

impl<T: Shape + PartialEq + std::fmt::Debug + Serialize + DeserializeOwned> Stored for T {}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

/// Runs `test` on values of `strategy`, panicking with the (shrunk) failing value.
fn check<S: Strategy>(what: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    if let Err(e) = runner(cases).run(&strategy, test) {
        panic!("{what}: {e}");
    }
}

// =============================================================================================
// Valid JSON from a schema
// =============================================================================================

/// One step of a path into a value, as violations name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Member(&'static str),
    /// The first element of a list.
    First,
}

fn render(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Member(name) if out.is_empty() => out.push_str(name),
            Step::Member(name) => {
                out.push('.');
                out.push_str(name);
            }
            Step::First => out.push_str("[0]"),
        }
    }
    out
}

const MAX_DEPTH: usize = 8;

/// Valid JSON for a value of `ty` with constraints `c`; every member along `focus` is present
/// (the union member it names is the one set, the list it enters has an element).
fn valid(
    ty: &TypeSchema,
    c: Option<&'static Constraints>,
    format: Option<TimestampFormat>,
    focus: &[Step],
    depth: usize,
) -> BoxedStrategy<Value> {
    match ty {
        TypeSchema::String => string(c).prop_map(Value::from).boxed(),
        TypeSchema::Boolean => any::<bool>().prop_map(Value::from).boxed(),
        TypeSchema::Byte => integer(c, i8::MIN.into(), i8::MAX.into()),
        TypeSchema::Short => integer(c, i16::MIN.into(), i16::MAX.into()),
        TypeSchema::Integer => integer(c, i32::MIN.into(), i32::MAX.into()),
        TypeSchema::Long => integer(c, i64::MIN, i64::MAX),
        // Multiples of 1/8 that are never whole: exact at either width, and written with a
        // fraction, as generated.
        TypeSchema::Float | TypeSchema::Double => {
            (-4000i32..4000).prop_map(|n| Value::from(f64::from(n) / 4.0 + 0.125)).boxed()
        }
        TypeSchema::Blob => proptest::collection::vec(any::<u8>(), 0..12)
            .prop_map(|b| Value::from(aws_operation::Blob(b).to_base64()))
            .boxed(),
        TypeSchema::Document => document().boxed(),
        TypeSchema::Timestamp => timestamp(format.unwrap_or_default()),
        TypeSchema::List { member, .. } => {
            let items = c.and_then(|c| c.items);
            let (min, max) = c.and_then(|c| c.length).map_or((0, 3), |(a, b)| (a.unwrap_or(0), b.unwrap_or(3)));
            let max = max.max(min).min(min + 3) as usize;
            let element = valid(member, items, format, &[], depth + 1);
            match focus.split_first() {
                Some((Step::First, rest)) => {
                    let first = valid(member, items, format, rest, depth + 1);
                    (first, proptest::collection::vec(element, 0..max.max(1)))
                        .prop_map(|(first, more)| Value::Array(std::iter::once(first).chain(more).collect()))
                        .boxed()
                }
                _ => proptest::collection::vec(element, min as usize..=max).prop_map(Value::Array).boxed(),
            }
        }
        TypeSchema::Map { value, .. } => {
            let keys = string(c.and_then(|c| c.keys));
            let values = valid(value, c.and_then(|c| c.items), format, &[], depth + 1);
            proptest::collection::vec((keys, values), 0..3)
                .prop_map(|entries| Value::Object(entries.into_iter().collect()))
                .boxed()
        }
        TypeSchema::Shape(s) => match s.kind {
            ShapeKind::Enum => proptest::sample::select(s.values.to_vec()).prop_map(Value::from).boxed(),
            ShapeKind::IntEnum => proptest::sample::select(s.int_values.to_vec()).prop_map(Value::from).boxed(),
            ShapeKind::Union => {
                let wanted = match focus.first() {
                    Some(Step::Member(name)) => Some(*name),
                    _ => None,
                };
                let members: Vec<BoxedStrategy<Value>> = s
                    .members
                    .iter()
                    .filter(|m| wanted.is_none_or(|w| w == m.name))
                    .map(|m| {
                        let rest = if wanted.is_some() { &focus[1..] } else { &[] };
                        let name = m.name;
                        valid(&(m.target)(), Some(&m.constraints), m.timestamp_format, rest, depth + 1)
                            .prop_map(move |v| Value::Object(Map::from_iter([(name.to_owned(), v)])))
                            .boxed()
                    })
                    .collect();
                proptest::strategy::Union::new(members).boxed()
            }
            ShapeKind::Structure => {
                let members: Vec<BoxedStrategy<Option<(String, Value)>>> = s
                    .members
                    .iter()
                    .map(|m| {
                        let on_focus = focus.first() == Some(&Step::Member(m.name));
                        let rest = if on_focus { &focus[1..] } else { &[] };
                        let name = m.name;
                        let value = valid(&(m.target)(), Some(&m.constraints), m.timestamp_format, rest, depth + 1)
                            .prop_map(move |v| (name.to_owned(), v));
                        if m.required || on_focus {
                            value.prop_map(Some).boxed()
                        } else if depth >= MAX_DEPTH {
                            Just(None).boxed()
                        } else {
                            proptest::option::of(value).boxed()
                        }
                    })
                    .collect();
                members.prop_map(|members| Value::Object(members.into_iter().flatten().collect())).boxed()
            }
        },
    }
}

/// The length bounds of a string, and a practical upper bound for generation.
fn lengths(c: Option<&Constraints>) -> (u64, u64, u64) {
    let (min, max) = c.and_then(|c| c.length).map_or((0, None), |(a, b)| (a.unwrap_or(0), b));
    let max = max.unwrap_or(u64::MAX);
    (min, max, max.min(min + 24))
}

/// A string within the length bounds that matches the pattern, if any.
fn string(c: Option<&'static Constraints>) -> BoxedStrategy<String> {
    let (min, max, cap) = lengths(c);
    match c.and_then(|c| c.pattern) {
        Some(pattern) => {
            let generator = generator_regex(pattern, min, cap);
            let oracle = regex::Regex::new(pattern).expect("the macros checked the pattern");
            proptest::string::string_regex(&generator)
                .unwrap_or_else(|e| panic!("`{generator}` (from `{pattern}`) cannot generate: {e}"))
                .prop_filter("within the length and matching the pattern", move |s| {
                    let n = s.chars().count() as u64;
                    (min..=max).contains(&n) && oracle.is_match(s)
                })
                .boxed()
        }
        None => {
            proptest::collection::vec(any::<char>(), min as usize..=cap as usize).prop_map(String::from_iter).boxed()
        }
    }
}

/// A regular expression that generates strings a model pattern accepts: the anchors dropped
/// (the generator cannot take them; what it generates matches the whole expression), a pattern
/// that is one repeated class (`^[a-zA-Z]*$`) repeated within the length bounds, and other
/// repetitions kept short so that the length bounds are usually met.
fn generator_regex(pattern: &str, min: u64, cap: u64) -> String {
    let body = pattern.strip_prefix('^').unwrap_or(pattern);
    let body = if body.ends_with('$') && !body.ends_with("\\$") { &body[..body.len() - 1] } else { body };
    let inner = match body.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner,
        _ => body,
    };
    if let Some(class) = inner.strip_suffix(['*', '+'])
        && class_end(class) == Some(class.len() - 1)
    {
        let lo = if inner.ends_with('+') { min.max(1) } else { min };
        return format!("{class}{{{lo},{}}}", cap.max(lo));
    }
    let mut out = String::new();
    let (mut in_class, mut escaped) = (false, false);
    for ch in body.chars() {
        match ch {
            _ if escaped => {
                escaped = false;
                out.push(ch);
            }
            '\\' => {
                escaped = true;
                out.push(ch);
            }
            '[' if !in_class => {
                in_class = true;
                out.push(ch);
            }
            ']' if in_class => {
                in_class = false;
                out.push(ch);
            }
            '*' if !in_class => out.push_str("{0,3}"),
            '+' if !in_class => out.push_str("{1,3}"),
            _ => out.push(ch),
        }
    }
    out
}

/// Where the bracket expression that `s` starts with ends, if it starts with one.
fn class_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'[') {
        return None;
    }
    let mut i = if bytes.get(1) == Some(&b'^') { 2 } else { 1 };
    let start = i;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b']' if i > start => return Some(i),
            b'[' => return None,
            _ => i += 1,
        }
    }
    None
}

fn range_bounds(c: Option<&Constraints>, type_min: i64, type_max: i64) -> (i64, i64) {
    let bound = |b: Option<&str>, default: i64| b.and_then(|b| b.parse::<i64>().ok()).unwrap_or(default);
    match c.and_then(|c| c.range) {
        Some((min, max)) => (bound(min, type_min).max(type_min), bound(max, type_max).min(type_max)),
        None => (type_min, type_max),
    }
}

fn integer(c: Option<&Constraints>, type_min: i64, type_max: i64) -> BoxedStrategy<Value> {
    let (min, max) = range_bounds(c, type_min, type_max);
    (min..=max).prop_map(Value::from).boxed()
}

fn document() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[a-z ]{0,8}".prop_map(Value::from),
        Just(Value::Null),
    ];
    let tree = leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,4}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    // A present document member is never null: null reads as absent.
    tree.prop_filter("not null", |v| !v.is_null())
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A timestamp between 1970 and 2100 with milliseconds, as a member of this format is written.
fn timestamp(format: TimestampFormat) -> BoxedStrategy<Value> {
    (0i64..4_102_444_800, 0u32..1000)
        .prop_map(move |(secs, millis)| {
            let fraction =
                if millis == 0 { String::new() } else { format!(".{millis:03}").trim_end_matches('0').to_owned() };
            let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
            let (year, month, day) = civil(days);
            let (h, m, s) = (rem / 3600, rem / 60 % 60, rem % 60);
            match format {
                TimestampFormat::DateTime => {
                    Value::from(format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}{fraction}Z"))
                }
                TimestampFormat::HttpDate => {
                    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
                    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                    let month = months[month as usize - 1];
                    Value::from(format!("{weekday}, {day:02} {month} {year:04} {h:02}:{m:02}:{s:02}{fraction} GMT"))
                }
                TimestampFormat::EpochSeconds => serde_json::from_str(&format!("{secs}{fraction}")).expect("a number"),
            }
        })
        .boxed()
}

#[test]
fn generated_timestamps_are_what_the_runtime_writes() {
    // The generator's calendar, against the runtime's, on a few known instants.
    let iso = |secs: i64| DateTime::from_secs(secs).fmt_date_time();
    for secs in [0i64, 951_782_400, 1_709_164_800, 4_102_444_799, 1_767_225_600] {
        let days = secs.div_euclid(86_400);
        let (y, m, d) = civil(days);
        assert!(iso(secs).starts_with(&format!("{y:04}-{m:02}-{d:02}T")), "{secs}: {}", iso(secs));
    }
    check("timestamps", 64, timestamp(TimestampFormat::HttpDate), |v| {
        let text = v.as_str().unwrap_or_default().to_owned();
        let t = DateTime::parse_http_date(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(t.fmt_http_date(), text);
        Ok(())
    });
}

// =============================================================================================
// Round trips
// =============================================================================================

/// Valid JSON of `T`, generated from its schema, reads without a problem (strictly and
/// validated), writes back as the same JSON, and survives the wire and serde storage.
fn round_trips<T: Stored>(name: &str, cases: u32) {
    let ty = T::type_schema();
    check(name, cases, valid(&ty, None, None, &[], 0), |json| {
        let text = json.to_string();
        let value = match shape::from_json::<T>(text.as_bytes(), Mode::Strict) {
            Ok(value) => value,
            Err(e) => return Err(TestCaseError::fail(format!("strict reading of {text} failed: {e}"))),
        };
        let read = shape::read_input::<T>(&json);
        prop_assert!(read.as_ref() == Ok(&value), "valid JSON is not a valid input: {:?}", read);
        prop_assert!(shape::validate(&value).is_ok(), "{:?}", shape::validate(&value));

        let written = shape::to_json(&value);
        let rewritten: Value = serde_json::from_str(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&rewritten, &json, "written as {}", written);
        for mode in [Mode::Lenient, Mode::Strict] {
            let again = shape::from_json::<T>(written.as_bytes(), mode);
            prop_assert!(again.as_ref() == Ok(&value), "{:?}: {} read back as {:?}", mode, written, again);
        }

        let stored = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let loaded: Result<T, _> = serde_json::from_str(&stored);
        prop_assert!(loaded.as_ref().ok() == Some(&value), "stored as {} loaded as {:?}", stored, loaded);
        Ok(())
    });
}

fn input_round_trips<O: Operation + Stored>() {
    round_trips::<O>(O::NAME, 48);
}

fn output_round_trips<O: Operation>()
where
    O::Output: Stored,
{
    round_trips::<O::Output>(&format!("{} output", O::NAME), 48);
}

#[test]
fn every_input_round_trips() {
    for case in each_operation!(input_round_trips) {
        case();
    }
}

#[test]
fn every_output_round_trips() {
    for case in each_operation!(output_round_trips) {
        case();
    }
}

#[test]
fn every_error_round_trips() {
    round_trips::<AccessDeniedException>("AccessDeniedException", 32);
    round_trips::<ConflictException>("ConflictException", 32);
    round_trips::<InternalServerException>("InternalServerException", 32);
    round_trips::<ResourceNotFoundException>("ResourceNotFoundException", 32);
    round_trips::<ServiceQuotaExceededException>("ServiceQuotaExceededException", 32);
    round_trips::<ThrottlingException>("ThrottlingException", 32);
    round_trips::<ValidationException>("ValidationException", 32);
}

/// An empty response gives each output its zero value, which writes and reads back as itself.
fn zero_output_round_trips<O: Operation>()
where
    O::Output: Stored,
{
    let zero = <O::Output as Shape>::zero();
    let read = shape::from_json::<O::Output>(b"{}", Mode::Lenient);
    assert!(read.as_ref() == Ok(&zero), "{}: {{}} reads as {read:?}", O::NAME);
    let written = shape::to_json(&zero);
    let back = shape::from_json::<O::Output>(written.as_bytes(), Mode::Lenient);
    assert!(back.as_ref() == Ok(&zero), "{}: {written} reads back as {back:?}", O::NAME);
    let stored = serde_json::to_string(&zero).unwrap();
    assert!(serde_json::from_str::<O::Output>(&stored).ok() == Some(zero), "{}: stored as {stored}", O::NAME);
}

#[test]
fn every_empty_output_round_trips() {
    for case in each_operation!(zero_output_round_trips) {
        case();
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-written strategies of Rust values
// ---------------------------------------------------------------------------------------------

fn catalog() -> impl Strategy<Value = String> {
    "[a-zA-Z]{1,64}"
}

fn id(prefix: &'static str) -> impl Strategy<Value = String> {
    "[a-z0-9]{13}".prop_map(move |s| format!("{prefix}-{s}"))
}

fn pma_identifier() -> impl Strategy<Value = String> {
    prop_oneof![
        id("pma"),
        ("[a-z]{1,3}", "[a-z0-9]{13}").prop_map(|(p, s)| format!(
            "arn:aws:partnercentral:us-{p}-1:111122223333:catalog/AWS/program-management-account/pma-{s}"
        )),
    ]
}

fn text(max: usize) -> impl Strategy<Value = String> {
    // No C0 control character nor DEL, as the model's free-text patterns say; anything else,
    // multibyte characters included.
    proptest::collection::vec(
        any::<char>().prop_filter("printable", |c| !matches!(*c, '\0'..='\x1f' | '\x7f')),
        1..=max,
    )
    .prop_map(String::from_iter)
}

fn client_token() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[!-~]{1,64}")
}

fn tags() -> impl Strategy<Value = Option<Vec<Tag>>> {
    let tag = ("[\\p{L}\\p{N}_.:/=+@-]{1,20}", "[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{0,20}").prop_map(|(k, v)| Tag::new(k, v));
    proptest::option::of(proptest::collection::vec(tag, 0..3))
}

fn date() -> impl Strategy<Value = DateTime> {
    (0i64..4_102_444_800, 0u32..1_000_000_000).prop_map(|(s, n)| DateTime::from_secs_nanos(s, n))
}

fn enum_of<T: Clone + std::fmt::Debug + 'static>(values: Vec<T>) -> impl Strategy<Value = T> + Clone {
    proptest::sample::select(values)
}

fn create_channel_handshake() -> impl Strategy<Value = CreateChannelHandshake> {
    let start = (
        pma_identifier(),
        proptest::option::of(text(300)),
        enum_of(vec![ServicePeriodType::MinimumNoticePeriod, ServicePeriodType::FixedCommitmentPeriod]),
        proptest::option::of("[0-9]{1,10}"),
        proptest::option::of(date()),
    )
        .prop_map(|(pma, note, service_period_type, minimum_notice_days, end_date)| {
            ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
                program_management_account_identifier: pma,
                note,
                service_period_type,
                minimum_notice_days,
                end_date,
            })
        });
    let revoke = (pma_identifier(), proptest::option::of(text(300))).prop_map(|(pma, note)| {
        ChannelHandshakePayload::RevokeServicePeriodPayload(RevokeServicePeriodPayload {
            program_management_account_identifier: pma,
            note,
        })
    });
    (
        enum_of(vec![
            HandshakeType::StartServicePeriod,
            HandshakeType::RevokeServicePeriod,
            HandshakeType::ProgramManagementAccount,
        ]),
        catalog(),
        prop_oneof![id("pma"), id("rs")],
        proptest::option::of(prop_oneof![start, revoke]),
        client_token(),
        tags(),
    )
        .prop_map(|(handshake_type, catalog, associated_resource_identifier, payload, client_token, tags)| {
            CreateChannelHandshake {
                handshake_type,
                catalog,
                associated_resource_identifier,
                payload,
                client_token,
                tags,
            }
        })
}

fn create_relationship() -> impl Strategy<Value = CreateRelationship> {
    let coverage = enum_of(vec![Coverage::EntireOrganization, Coverage::ManagementAccountOnly]);
    let account = proptest::option::of("[0-9]{12}");
    let plan = prop_oneof![
        (coverage.clone(), text(40), account.clone()).prop_map(|(coverage, tam_location, charge_account_id)| {
            SupportPlan::ResoldEnterprise(ResoldEnterprise { coverage, tam_location, charge_account_id })
        }),
        (
            coverage.clone(),
            proptest::option::of(enum_of(vec![Provider::Distributor, Provider::DistributionSeller])),
            text(40)
        )
            .prop_map(|(coverage, provider, tam_location)| {
                SupportPlan::PartnerLedSupport(PartnerLedSupport { coverage, provider, tam_location })
            }),
        (coverage, text(40), account.clone()).prop_map(|(coverage, tam_location, charge_account_id)| {
            SupportPlan::ResoldUnifiedOperations(ResoldUnifiedOperations { coverage, tam_location, charge_account_id })
        }),
    ];
    let kinds = (
        enum_of(vec![
            AssociationType::DownstreamSeller,
            AssociationType::EndCustomer,
            AssociationType::Internal,
            AssociationType::ManagedServicesEndCustomer,
        ]),
        proptest::option::of(enum_of(vec![
            ResaleAccountModel::Distributor,
            ResaleAccountModel::EndCustomer,
            ResaleAccountModel::SolutionProvider,
        ])),
        enum_of(vec![Sector::Commercial, Sector::Government, Sector::GovernmentException]),
        proptest::option::of(enum_of(vec![AccountScope::EntireOrganization, AccountScope::SpecificMemberAccounts])),
    );
    (
        catalog(),
        pma_identifier(),
        account,
        text(30),
        kinds,
        client_token(),
        tags(),
        proptest::option::of(plan),
        proptest::option::of(date()),
    )
        .prop_map(
            |(catalog, pma, associated_account_id, display_name, kinds, client_token, tags, plan, start_date)| {
                let (association_type, resale_account_model, sector, account_scope) = kinds;
                CreateRelationship {
                    catalog,
                    association_type,
                    program_management_account_identifier: pma,
                    associated_account_id,
                    display_name,
                    resale_account_model,
                    sector,
                    client_token,
                    tags,
                    requested_support_plan: plan,
                    account_scope,
                    start_date,
                }
            },
        )
}

fn create_channel_contract() -> impl Strategy<Value = CreateChannelContract> {
    let line = |max: usize| {
        "[\\p{L}\\p{N}][\\p{L}\\p{N} ,.'-]{0,20}".prop_filter("short", move |s: &String| s.chars().count() <= max)
    };
    let address = (line(50), line(50), "[0-9A-Z]{1,10}", "[A-Z]{2}", line(200), proptest::option::of(line(200)))
        .prop_map(|(city, state_or_region, postal_code, country_code, address_line, address_line2)| Address {
            city,
            state_or_region,
            postal_code,
            country_code,
            address_line,
            address_line2,
        });
    let services = proptest::collection::vec(
        enum_of(vec![
            ManagedServicesSupportedService::Monitoring,
            ManagedServicesSupportedService::Patching,
            ManagedServicesSupportedService::Security,
            ManagedServicesSupportedService::BackupAndDisasterRecovery,
            ManagedServicesSupportedService::WellArchitected,
        ]),
        0..4,
    );
    let payload = (
        (text(300), id("rs"), pma_identifier(), proptest::option::of(proptest::collection::vec("[0-9]{12}", 0..3))),
        (date(), services, address, text(256), "[a-z0-9.]{1,10}@[a-z]{1,10}\\.[a-z]{2,4}"),
    )
        .prop_map(|((legal_entity_name, relationship_identifier, pma, member_account_ids), rest)| {
            let (end_date, supported_services, legal_entity_address, signatory_name, signatory_email) = rest;
            ChannelContractPayload::ManagedServicesAttestationPayload(ManagedServicesAttestationPayload {
                legal_entity_name,
                relationship_identifier,
                program_management_account_identifier: pma,
                member_account_ids,
                end_date,
                supported_services,
                legal_entity_address,
                signatory_name,
                signatory_email,
            })
        });
    (catalog(), payload, client_token(), tags()).prop_map(|(catalog, payload, client_token, tags)| {
        CreateChannelContract {
            contract_type: ChannelContractType::ManagedServicesAttestation,
            catalog,
            payload,
            client_token,
            tags,
        }
    })
}

fn list_channel_handshakes() -> impl Strategy<Value = ListChannelHandshakes> {
    let order = enum_of(vec![SortOrder::Ascending, SortOrder::Descending]);
    let periods = proptest::option::of(proptest::collection::vec(
        enum_of(vec![ServicePeriodType::MinimumNoticePeriod, ServicePeriodType::FixedCommitmentPeriod]),
        0..3,
    ));
    let programs = proptest::option::of(proptest::collection::vec(
        enum_of(vec![Program::SolutionProvider, Program::Distribution, Program::ManagedServicesProvider]),
        0..3,
    ));
    let filters = prop_oneof![
        periods.clone().prop_map(|service_period_types| {
            ListChannelHandshakesTypeFilters::StartServicePeriodTypeFilters(StartServicePeriodTypeFilters {
                service_period_types,
            })
        }),
        periods.prop_map(|service_period_types| ListChannelHandshakesTypeFilters::RevokeServicePeriodTypeFilters(
            RevokeServicePeriodTypeFilters { service_period_types }
        )),
        programs.prop_map(|programs| ListChannelHandshakesTypeFilters::ProgramManagementAccountTypeFilters(
            ProgramManagementAccountTypeFilters { programs }
        )),
    ];
    let sort = prop_oneof![
        order.clone().prop_map(|sort_order| ListChannelHandshakesTypeSort::StartServicePeriodTypeSort(
            StartServicePeriodTypeSort { sort_order, sort_by: StartServicePeriodTypeSortName::UpdatedAt }
        )),
        order.clone().prop_map(|sort_order| ListChannelHandshakesTypeSort::RevokeServicePeriodTypeSort(
            RevokeServicePeriodTypeSort { sort_order, sort_by: RevokeServicePeriodTypeSortName::UpdatedAt }
        )),
        order.prop_map(|sort_order| ListChannelHandshakesTypeSort::ProgramManagementAccountTypeSort(
            ProgramManagementAccountTypeSort { sort_order, sort_by: ProgramManagementAccountTypeSortName::UpdatedAt }
        )),
    ];
    let statuses = proptest::option::of(proptest::collection::vec(
        enum_of(vec![HandshakeStatus::Pending, HandshakeStatus::Accepted, HandshakeStatus::Canceled]),
        0..3,
    ));
    (
        enum_of(vec![HandshakeType::StartServicePeriod, HandshakeType::ProgramManagementAccount]),
        catalog(),
        enum_of(vec![ParticipantType::Sender, ParticipantType::Receiver]),
        proptest::option::of(1i32..=100),
        statuses,
        proptest::option::of(proptest::collection::vec(prop_oneof![id("pma"), id("rs")], 0..3)),
        (proptest::option::of(filters), proptest::option::of(sort), proptest::option::of("[!-~]{1,64}")),
    )
        .prop_map(|(handshake_type, catalog, participant_type, max_results, statuses, ids, rest)| {
            let (handshake_type_filters, handshake_type_sort, next_token) = rest;
            ListChannelHandshakes {
                handshake_type,
                catalog,
                participant_type,
                max_results,
                statuses,
                associated_resource_identifiers: ids,
                handshake_type_filters,
                handshake_type_sort,
                next_token,
            }
        })
}

/// A valid Rust value survives validation, the wire (read as input, and leniently) and storage.
fn value_round_trips<T: Stored + Clone>(value: T) -> Result<(), TestCaseError> {
    prop_assert!(shape::validate(&value).is_ok(), "{:?} is invalid: {:?}", value, shape::validate(&value));
    let written = shape::to_json(&value);
    let json: Value = serde_json::from_str(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let read = shape::read_input::<T>(&json);
    prop_assert!(read.as_ref() == Ok(&value), "{} read as {:?}", written, read);
    for mode in [Mode::Lenient, Mode::Strict] {
        let again = shape::from_json::<T>(written.as_bytes(), mode);
        prop_assert!(again.as_ref() == Ok(&value), "{:?}: {} read as {:?}", mode, written, again);
    }
    let stored = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let loaded: Result<T, _> = serde_json::from_str(&stored);
    prop_assert!(loaded.as_ref().ok() == Some(&value), "stored as {} loaded as {:?}", stored, loaded);
    Ok(())
}

#[test]
fn create_channel_handshake_round_trips() {
    check("CreateChannelHandshake", 128, create_channel_handshake(), value_round_trips);
}

#[test]
fn create_relationship_with_its_support_plan_round_trips() {
    check("CreateRelationship", 128, create_relationship(), value_round_trips);
}

#[test]
fn create_channel_contract_with_its_address_and_dates_round_trips() {
    check("CreateChannelContract", 128, create_channel_contract(), value_round_trips);
}

#[test]
fn list_channel_handshakes_with_filters_and_sorts_round_trips() {
    check("ListChannelHandshakes", 128, list_channel_handshakes(), value_round_trips);
}

// =============================================================================================
// Constraints, at their bounds
// =============================================================================================

/// A constrained string or integer somewhere in an input: a member, or the first element of a
/// list member.
#[derive(Debug, Clone)]
struct Target {
    path: Vec<Step>,
    ty: TypeSchema,
    constraints: &'static Constraints,
}

fn is_leaf(ty: &TypeSchema) -> bool {
    matches!(ty, TypeSchema::String | TypeSchema::Byte | TypeSchema::Short | TypeSchema::Integer | TypeSchema::Long)
}

/// Every constrained string and integer under `ty`, at any depth.
fn targets(ty: &TypeSchema, path: &[Step], seen: &mut Vec<&'static str>, out: &mut Vec<Target>) {
    let TypeSchema::Shape(s) = ty else { return };
    if seen.contains(&s.name) || !matches!(s.kind, ShapeKind::Structure | ShapeKind::Union) {
        return;
    }
    seen.push(s.name);
    for m in s.members {
        let mut here = path.to_vec();
        here.push(Step::Member(m.name));
        let target = (m.target)();
        let c = &m.constraints;
        let constrained = |c: &Constraints| c.length.is_some() || c.range.is_some() || c.pattern.is_some();
        match &target {
            t if is_leaf(t) && constrained(c) => out.push(Target { path: here, ty: target, constraints: c }),
            TypeSchema::List { member, .. } => {
                here.push(Step::First);
                match c.items {
                    Some(items) if is_leaf(member) && constrained(items) => {
                        out.push(Target { path: here, ty: (**member).clone(), constraints: items })
                    }
                    _ => targets(member, &here, seen, out),
                }
            }
            other => targets(other, &here, seen, out),
        }
    }
    seen.pop();
}

/// `json` with the value at `path` replaced.
fn with_value(json: &Value, path: &[Step], value: Value) -> Value {
    let mut out = json.clone();
    let mut at = &mut out;
    for step in path {
        at = match step {
            Step::Member(name) => &mut at[*name],
            Step::First => &mut at[0],
        };
    }
    *at = value;
    out
}

/// The rules broken at exactly `path`: as `read_input` reports them, and as a typed value read
/// strictly and then validated reports them.
type Verdicts = (Vec<&'static str>, Vec<&'static str>);

fn verdicts<O: Operation + Stored>(json: &Value, path: &str) -> Verdicts {
    let at = |violations: Vec<Violation>| -> Vec<&'static str> {
        violations.iter().filter(|v| v.path == path).map(Violation::code).collect()
    };
    let read = shape::read_input::<O>(json).err().map(|v| v.0).unwrap_or_default();
    let typed = match shape::from_json::<O>(json.to_string().as_bytes(), Mode::Strict) {
        Ok(value) => shape::validate(&value).err().map(|v| v.0).unwrap_or_default(),
        Err(problems) => panic!("{}: {json} cannot be read strictly: {problems}", O::NAME),
    };
    (at(read), at(typed))
}

/// What a candidate value should get: the rule, and whether it is broken.
#[derive(Debug, Clone)]
struct Candidate {
    value: Value,
    rule: &'static str,
    broken: bool,
}

/// A string of `n` characters made of the characters of `sample` (or `a` and `é`), so that it
/// stays close to what the pattern accepts.
fn of_length(sample: &str, n: u64) -> String {
    let chars: Vec<char> = if sample.is_empty() { vec!['a', 'é'] } else { sample.chars().collect() };
    chars.iter().cycle().take(n as usize).collect()
}

/// Candidates for a target, given the valid value the base input holds there: lengths at and
/// around the bounds, integers at and around the range, and small edits of a matching string.
fn candidates(target: &Target, sample: &Value) -> BoxedStrategy<Candidate> {
    let c = target.constraints;
    let mut options: Vec<BoxedStrategy<Candidate>> = Vec::new();
    if let Some(text) = sample.as_str() {
        let text = text.to_owned();
        if let Some((min, max)) = c.length {
            let (min, max) = (min.unwrap_or(0), max.unwrap_or(u64::MAX));
            let mut lengths = vec![min, max.min(min + 3000)];
            if min > 0 {
                lengths.push(min - 1);
            }
            if max < u64::MAX {
                lengths.push(max + 1);
            }
            let inside = (min..=max.min(min + 64)).boxed();
            // Above the maximum; with no maximum, below the minimum (or at it, if it is 0).
            let outside =
                if max < u64::MAX { (max + 1..=max + 8).boxed() } else { (0..=min.saturating_sub(1)).boxed() };
            let exact = proptest::sample::select(lengths).boxed();
            let text = text.clone();
            options.push(
                prop_oneof![exact, inside, outside]
                    .prop_map(move |n| Candidate {
                        value: Value::from(of_length(&text, n)),
                        rule: "length",
                        broken: n < min || n > max,
                    })
                    .boxed(),
            );
        }
        if let Some(pattern) = c.pattern {
            let oracle = regex::Regex::new(pattern).expect("a valid pattern");
            let edits = prop_oneof![
                Just(String::new()),
                Just(format!("{text}\n")),
                Just(format!(" {text}")),
                Just(format!("{text}\u{7f}")),
                Just(text.to_uppercase()),
                (any::<char>(), 0..=text.chars().count()).prop_map({
                    let text = text.clone();
                    move |(ch, at)| {
                        let mut chars: Vec<char> = text.chars().collect();
                        chars.insert(at, ch);
                        String::from_iter(chars)
                    }
                }),
                (any::<char>(), 0..text.chars().count().max(1)).prop_map({
                    let text = text.clone();
                    move |(ch, at)| {
                        let mut chars: Vec<char> = text.chars().collect();
                        if let Some(slot) = chars.get_mut(at) {
                            *slot = ch;
                        }
                        String::from_iter(chars)
                    }
                }),
                Just(text.clone()),
            ];
            options.push(
                edits
                    .prop_map(move |s| Candidate {
                        broken: !oracle.is_match(&s),
                        value: Value::from(s),
                        rule: "pattern",
                    })
                    .boxed(),
            );
        }
    }
    if sample.is_i64()
        && let Some((Some(_), _) | (_, Some(_))) = c.range
    {
        let (type_min, type_max) = match target.ty {
            TypeSchema::Byte => (i8::MIN.into(), i8::MAX.into()),
            TypeSchema::Short => (i16::MIN.into(), i16::MAX.into()),
            TypeSchema::Integer => (i32::MIN.into(), i32::MAX.into()),
            _ => (i64::MIN, i64::MAX),
        };
        let (min, max) = range_bounds(Some(c), type_min, type_max);
        let mut edges = vec![min, max, type_min, type_max];
        edges.extend(min.checked_sub(1).filter(|n| *n >= type_min));
        edges.extend(max.checked_add(1).filter(|n| *n <= type_max));
        edges.extend(min.checked_add(1).filter(|n| *n <= max));
        let values = prop_oneof![proptest::sample::select(edges), type_min..=type_max, min..=max];
        options.push(
            values
                .prop_map(move |n| Candidate { value: Value::from(n), rule: "range", broken: n < min || n > max })
                .boxed(),
        );
    }
    assert!(!options.is_empty(), "{target:?} has no constraint to test");
    proptest::strategy::Union::new(options).boxed()
}

/// For each constrained member of the operation's input: a valid input with that member set,
/// then the member replaced by each candidate; the rule is reported at the member's path if and
/// only if the candidate breaks it.
fn constraints_hold<O: Operation + Stored>() -> usize {
    let input = O::type_schema();
    let mut found = Vec::new();
    targets(&input, &[], &mut Vec::new(), &mut found);
    for target in &found {
        let path = render(&target.path);
        let base = valid(&input, None, None, &target.path, 0);
        let target2 = target.clone();
        let strategy = base.prop_flat_map(move |json| {
            let sample = target2.path.iter().try_fold(&json, |at, step| match step {
                Step::Member(name) => at.get(*name),
                Step::First => at.get(0),
            });
            let sample = sample.cloned().unwrap_or(Value::Null);
            (Just(json), candidates(&target2, &sample))
        });
        check(&format!("{} {path}", O::NAME), 24, strategy, |(json, candidate)| {
            let edited = with_value(&json, &target.path, candidate.value.clone());
            let (read, typed) = verdicts::<O>(&edited, &path);
            for (how, rules) in [("read_input", &read), ("validate", &typed)] {
                prop_assert_eq!(
                    rules.contains(&candidate.rule),
                    candidate.broken,
                    "{}: `{}` = {} ({} broken: {}) gives {:?}",
                    how,
                    path,
                    candidate.value,
                    candidate.rule,
                    candidate.broken,
                    rules
                );
            }
            Ok(())
        });
    }
    found.len()
}

#[test]
fn every_constraint_of_every_input_holds_at_its_bounds() {
    let counted: usize = each_operation!(constraints_hold).iter().map(|case| case()).sum();
    // Catalogs, identifiers, names, tokens, page sizes, tag keys, ...: all of them, at any depth.
    assert!(counted >= 80, "only {counted} constrained members found");
}

#[test]
fn the_targets_reach_nested_members_and_list_elements() {
    let mut found = Vec::new();
    targets(&CreateChannelContract::type_schema(), &[], &mut Vec::new(), &mut found);
    let paths: Vec<String> = found.iter().map(|t| render(&t.path)).collect();
    for expected in [
        "catalog",
        "clientToken",
        "payload.managedServicesAttestationPayload.legalEntityName",
        "payload.managedServicesAttestationPayload.memberAccountIds[0]",
        "payload.managedServicesAttestationPayload.legalEntityAddress.postalCode",
        "tags[0].key",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected} missing from {paths:?}");
    }
    let mut found = Vec::new();
    targets(&ListChannelHandshakes::type_schema(), &[], &mut Vec::new(), &mut found);
    assert!(found.iter().any(|t| render(&t.path) == "maxResults" && t.constraints.range.is_some()));
}

#[test]
fn lengths_count_characters_not_bytes() {
    // `legalEntityName` takes 1 to 300 characters: 300 two-byte characters are inside.
    let base = serde_json::json!({
        "catalog": "AWS",
        "contractType": "MANAGED_SERVICES_ATTESTATION",
        "payload": {"managedServicesAttestationPayload": {
            "legalEntityName": "é".repeat(300),
            "relationshipIdentifier": "rs-0123456789abc",
            "programManagementAccountIdentifier": "pma-0123456789abc",
            "endDate": "2026-12-31T00:00:00Z",
            "supportedServices": ["MONITORING"],
            "legalEntityAddress": {
                "city": "Zürich", "stateOrRegion": "ZH", "postalCode": "8001", "countryCode": "CH",
                "addressLine": "Bahnhofstraße 1",
            },
            "signatoryName": "Jürg",
            "signatoryEmail": "j@example.ch",
        }},
    });
    assert!(shape::read_input::<CreateChannelContract>(&base).is_ok());
    let path =
        [Step::Member("payload"), Step::Member("managedServicesAttestationPayload"), Step::Member("legalEntityName")];
    let over = with_value(&base, &path, Value::from("é".repeat(301)));
    let (read, typed) = verdicts::<CreateChannelContract>(&over, &render(&path));
    assert_eq!((read, typed), (vec!["length"], vec!["length"]));
}
