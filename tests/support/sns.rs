//! What tests/sns_moto.rs shares: the client and the command against moto, and a side channel
//! to moto for what the SNS slice cannot read back itself (a topic's attributes and tags) and for
//! SQS, whose queue receives what a topic delivers. Include it with
//! `#[path = "support/sns.rs"] mod sns;` next to `support/moto.rs`.

#![allow(dead_code)]

use std::collections::BTreeMap;

use aws_operation::{Config, Credentials};
use aws_operation_sns::Sns;

use crate::moto::Moto;

/// moto's default account.
pub const ACCOUNT: &str = "123456789012";
pub const REGION: &str = "us-east-1";
/// A bound for every paging loop: far more pages than any test makes.
pub const MAX_PAGES: usize = 20;

pub fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

pub fn client(url: &str) -> Sns {
    let config = Config::builder().region(REGION).credentials(credentials()).endpoint_url(url).build().expect("config");
    Sns::new(&config).expect("client")
}

pub fn topic_arn(name: &str) -> String {
    format!("arn:aws:sns:{REGION}:{ACCOUNT}:{name}")
}

/// The command (`aws sns ...`) against moto: exit code, stdout, stderr.
pub async fn command(url: &str, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), url.to_owned()]);
    let credentials = credentials();
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &aws_operation_sns::operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// One query-protocol call to moto, outside the slice: moto routes by the credential scope of
/// the `Authorization` header and checks no signature, so the header only names the service.
/// Returns the body of a 200 answer.
pub fn raw_query(moto: &Moto, service: &str, params: &[(&str, &str)]) -> String {
    let body: Vec<String> =
        params.iter().map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v))).collect();
    let body = body.join("&");
    let authorization = format!(
        "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/{REGION}/{service}/aws4_request, SignedHeaders=host, Signature=0"
    );
    let headers = [("content-type", "application/x-www-form-urlencoded"), ("authorization", authorization.as_str())];
    let (status, answer) =
        moto.request("POST", "/", &headers, body.as_bytes()).unwrap_or_else(|e| panic!("{service} {body}: {e}"));
    assert_eq!(status, 200, "{service} {body}: {answer}");
    answer
}

/// SNS `GetTopicAttributes`, which the slice leaves out.
pub fn topic_attributes(moto: &Moto, arn: &str) -> BTreeMap<String, String> {
    let answer =
        raw_query(moto, "sns", &[("Action", "GetTopicAttributes"), ("Version", "2010-03-31"), ("TopicArn", arn)]);
    pairs(&answer, "entry", "key", "value")
}

/// SNS `ListTagsForResource`, which the slice leaves out.
pub fn topic_tags(moto: &Moto, arn: &str) -> BTreeMap<String, String> {
    let answer =
        raw_query(moto, "sns", &[("Action", "ListTagsForResource"), ("Version", "2010-03-31"), ("ResourceArn", arn)]);
    pairs(&answer, "member", "Key", "Value")
}

/// The key and value of each `<item>` of `xml`; an empty value may be written `<value/>`.
fn pairs(xml: &str, item: &str, key: &str, value: &str) -> BTreeMap<String, String> {
    let field = |text: &str, tag: &str| {
        texts(text, tag).pop().or_else(|| text.contains(&format!("<{tag}/>")).then(String::new))
    };
    texts(xml, item)
        .iter()
        .map(|entry| {
            let k = field(entry, key).unwrap_or_else(|| panic!("no <{key}> in {entry}"));
            let v = field(entry, value).unwrap_or_else(|| panic!("no <{value}> in {entry}"));
            (k, v)
        })
        .collect()
}

/// SQS `CreateQueue`; returns the queue's URL and ARN.
pub fn create_queue(moto: &Moto, name: &str) -> (String, String) {
    let answer = raw_query(moto, "sqs", &[("Action", "CreateQueue"), ("Version", "2012-11-05"), ("QueueName", name)]);
    let url = texts(&answer, "QueueUrl").pop().unwrap_or_else(|| panic!("no <QueueUrl> in {answer}"));
    (url, format!("arn:aws:sqs:{REGION}:{ACCOUNT}:{name}"))
}

/// SQS `ReceiveMessage`: the bodies of up to ten messages waiting in the queue.
pub fn receive_messages(moto: &Moto, queue_url: &str) -> Vec<String> {
    let answer = raw_query(
        moto,
        "sqs",
        &[
            ("Action", "ReceiveMessage"),
            ("Version", "2012-11-05"),
            ("QueueUrl", queue_url),
            ("MaxNumberOfMessages", "10"),
        ],
    );
    texts(&answer, "Body")
}

/// The unescaped text of every `<tag>` element of `xml`, in order (the answers compared here
/// hold no nested element of the same name).
pub fn texts(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else { break };
        found.push(unescape(&after[..end]));
        rest = &after[end + close.len()..];
    }
    found
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
