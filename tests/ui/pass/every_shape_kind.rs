use std::collections::{BTreeMap, HashMap};

use aws_operation::{Blob, DateTime, Document, UnknownMember, aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel;

#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, Debug, PartialEq)]
pub enum Color {
    DeepRed,
    #[aws(value = "blue")]
    Blue,
    Unknown(String),
}

#[aws_shape(int_enum)]
#[derive(Clone, Debug, PartialEq)]
pub enum Level {
    #[aws(value = 1)]
    Low,
    #[aws(value = 10)]
    High,
    Unknown(i32),
}

#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Node {
    pub name: String,
    pub next: Option<Box<Node>>,
    pub children: Option<Vec<Node>>,
}

#[aws_shape(union)]
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    Text(String),
    #[aws(name = "node")]
    Tree(Box<Node>),
    Unknown(UnknownMember),
}

#[aws_shape(sensitive)]
#[derive(Clone)]
pub struct Address {
    pub street: String,
}

#[aws_shape(error, fault = "server", retryable, code = "Broken")]
pub struct BrokenException {
    #[aws(name = "Message")]
    pub message: Option<String>,
}

#[aws_shape(rename_all = "PascalCase")]
pub struct Everything {
    pub flag: Option<bool>,
    pub tiny: Option<i8>,
    pub small: Option<i16>,
    #[aws(range(min = -5, max = 5))]
    pub int: Option<i32>,
    pub long: Option<i64>,
    #[aws(range(min = 0.5))]
    pub float: Option<f32>,
    pub double: Option<f64>,
    #[aws(length(max = 16))]
    pub blob: Option<Blob>,
    pub doc: Option<Document>,
    pub epoch: Option<DateTime>,
    #[aws(timestamp_format = "date-time")]
    pub iso: Option<DateTime>,
    #[aws(timestamp_format = "http-date")]
    pub http: Option<DateTime>,
    #[aws(length(min = 1), items(length(max = 3), pattern = "^[a-z]*$"))]
    pub list: Option<Vec<String>>,
    pub sparse: Option<Vec<Option<String>>>,
    #[aws(keys(pattern = "^k"), items(range(max = 9)))]
    pub map: Option<BTreeMap<String, i32>>,
    pub hash: Option<HashMap<String, Vec<Color>>>,
    pub color: Option<Color>,
    pub level: Option<Level>,
    pub choice: Option<Choice>,
    #[aws(sensitive)]
    pub secret: Option<String>,
    pub address: Option<Address>,
    #[aws(required)]
    pub must: Option<String>,
    #[aws(name = "r#type")]
    pub r#type: Option<String>,
}

#[aws_shape]
pub struct DoThingOutput {}

#[aws_operation(service = PartnerCentralChannel, operation = "DoThing", output = DoThingOutput, errors = [BrokenException])]
pub struct DoThing {
    pub everything: Everything,
    #[aws(idempotency_token)]
    pub token: Option<String>,
}

fn main() {
    let built = Everything::builder().must("x").build();
    assert!(built.is_ok());
    assert!(DoThing::builder().build().is_err());
    assert_eq!(Color::from("DEEP_RED"), Color::DeepRed);
    assert_eq!(Level::from(10).value(), 10);
}
