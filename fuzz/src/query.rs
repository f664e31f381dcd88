//! The `query_response` and `ec2_response` targets: an HTTP response (status, headers, body, as
//! [`super::http_response`] reads them from bytes) read as the response of every operation of
//! the awsQuery slices (`aws-operation-sts`, `aws-operation-sns`) or of the ec2Query one
//! (`aws-operation-ec2`), the way the client reads it ([`client_reads`]):
//!
//! - a 2xx is the output or a body that cannot be read, never the service's error; any other
//!   status is the service's error, never an output, and it carries a code and the status;
//! - an output prints, writes valid JSON and stores; written back as a server sends it
//!   (`ServerProtocol::write_output`, with a request id) it reads back as the same output and
//!   request id;
//! - a body cut short is never a success, unless what is left is the same document (the cut
//!   fell after the root element) and so reads as the same output; a body cut to nothing but
//!   whitespace is the empty output the protocol makes of an empty body, and is left out;
//! - an error, written back as a server sends it (`OperationError::to_response`), reads back as
//!   the same error once it has crossed the wire (an unmodeled error whose code is modeled
//!   may become the modeled error once), and keeps a request id given to it.
//!
//! Cutting bodies short is done for one operation per input (the body's length picks it), as
//! what a cut does to the document is the same for each.

use std::fmt::Debug;

use aws_operation::codec::json::value;
use aws_operation::codec::xml;
use aws_operation::http::HttpResponse;
use aws_operation::operation::{Operation, OperationError, Service};
use aws_operation::protocol::{Protocol, ServerProtocol};
use aws_operation::schema::{MemberSchema, OperationSchema, TypeSchema};
use aws_operation::shape::{self, Mode, Shape};
use aws_operation::{Error, ServiceError};

use super::Stored;

/// What the targets need of an operation: an output that stores and compares, and a protocol
/// with a server's side to send things back with.
pub trait QueryOperation: Operation<Output: Stored, Service: Service<Protocol: ServerProtocol>> {}

impl<O: Operation<Output: Stored, Service: Service<Protocol: ServerProtocol>>> QueryOperation for O {}

/// The protocol of `O`'s service.
type P<O> = <<O as Operation>::Service as Service>::Protocol;

/// One operation's case: reads a response, and whether to cut its body short too.
type Case = fn(&HttpResponse, bool);

/// How many operations the awsQuery slices have (STS's five, SNS's eight).
pub const QUERY_OPERATIONS: usize = 13;

/// How many operations the ec2Query slice has.
pub const EC2_OPERATIONS: usize = 8;

fn query_cases() -> [Case; QUERY_OPERATIONS] {
    let sts: [Case; 5] = aws_operation_sts::each_operation!(case);
    let sns: [Case; 8] = aws_operation_sns::each_operation!(case);
    std::array::from_fn(|i| if i < sts.len() { sts[i] } else { sns[i - sts.len()] })
}

fn ec2_cases() -> [Case; EC2_OPERATIONS] {
    aws_operation_ec2::each_operation!(case)
}

/// Reads the bytes as a response of each awsQuery operation of STS and SNS.
pub fn query_response(data: &[u8]) {
    responses(data, &query_cases());
}

/// Reads the bytes as a response of each ec2Query operation of EC2.
pub fn ec2_response(data: &[u8]) {
    responses(data, &ec2_cases());
}

fn responses(data: &[u8], cases: &[Case]) {
    let response = super::http_response(data);
    let cut = response.body.len() % cases.len();
    for (i, case) in cases.iter().enumerate() {
        case(&response, i == cut);
    }
}

/// What the client makes of a response of `O`, as `client::decode_output` and `decode_error`
/// (private to the client's call loop) do: a 2xx is the output, or a body that cannot be read;
/// any other status is the service's error, its code, message and request id read by the
/// protocol and its variant chosen by the operation's error enum.
pub fn client_reads<O: QueryOperation>(response: &HttpResponse) -> Result<O::Output, Error<O::Error>> {
    if (200..300).contains(&response.status) {
        let request_id = P::<O>::request_id(response);
        return P::<O>::output::<O::Output>(response).map_err(|source| Error::Response {
            status: response.status,
            request_id,
            source,
        });
    }
    let mut meta = P::<O>::error_meta(response, <O::Service as Service>::QUERY_COMPATIBLE);
    meta.message_sensitive = O::Error::message_is_sensitive(&meta.code);
    let error = O::Error::from_wire::<P<O>>(&meta, response);
    Err(Error::Service(ServiceError { error, meta }))
}

/// The response, with its body as text (`HttpResponse`'s `Debug` shows only its length).
fn show(response: &HttpResponse) -> String {
    format!("{} {:?} {:?}", response.status, response.headers, String::from_utf8_lossy(&response.body))
}

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

/// A request id that any server could give: letters, digits and dashes.
fn plain(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

const REQUEST_ID: &str = "fuzz-request-1";

fn case<O: QueryOperation>(response: &HttpResponse, cut: bool) {
    let success = (200..300).contains(&response.status);
    match client_reads::<O>(response) {
        Ok(output) => {
            assert!(success, "{}: a {} response reads as the output {output:?}", O::NAME, response.status);
            super::written_and_stored(&output);
            let _ = shape::validate(&output);
            sent_back::<O>(response, &output);
            if cut {
                cut_short::<O>(response, &output);
            }
        }
        Err(Error::Response { status, source, request_id }) => {
            assert!(success && status == response.status, "{}: {} reads as a body problem", O::NAME, show(response));
            assert!(request_id == P::<O>::request_id(response), "{}: the request id of {}", O::NAME, show(response));
            let _ = source.to_string();
        }
        Err(Error::Service(service)) => {
            let (meta, error) = (&service.meta, &service.error);
            assert!(!success, "{}: {} reads as the error {error:?}", O::NAME, show(response));
            assert!(!meta.code.is_empty(), "{}: an error without a code: {}", O::NAME, show(response));
            assert!(meta.status == response.status, "{}: {meta:?} of {}", O::NAME, show(response));
            let _ = (service.to_string(), error.to_string(), format!("{error:?}"), error.retryable());
            error_sent_back::<O>(error, meta);
        }
        Err(other) => panic!("{}: {} reads as {other:?}", O::NAME, show(response)),
    }
}

/// The output, sent back by a server with a request id, reads as the same output and id.
fn sent_back<O: QueryOperation>(response: &HttpResponse, output: &O::Output) {
    let id = P::<O>::request_id(response).filter(|id| plain(id)).unwrap_or_else(|| REQUEST_ID.to_owned());
    let sent = P::<O>::with_request_id(P::<O>::write_output::<O>(output), &id);
    let read_id = P::<O>::request_id(&sent);
    assert!(read_id.as_deref() == Some(id.as_str()), "{}: {} gives the request id {read_id:?}", O::NAME, show(&sent));
    match client_reads::<O>(&sent) {
        Ok(again) if same(output, &again) => {}
        Ok(again) => panic!(
            "{}: {} reads as {output:?}, which sent back as {} reads as {again:?}",
            O::NAME,
            show(response),
            show(&sent)
        ),
        Err(e) => panic!(
            "{}: {} reads as {output:?}, which sent back as {} does not read: {e:?}",
            O::NAME,
            show(response),
            show(&sent)
        ),
    }
}

/// Where a body is cut short: a few places through it, and before its last `>`.
pub fn cuts(body: &[u8]) -> Vec<usize> {
    let n = body.len();
    let mut cuts = vec![1, n / 4, n / 2, 3 * n / 4, n.saturating_sub(1)];
    cuts.extend(body.iter().rposition(|b| *b == b'>'));
    cuts.retain(|c| (1..n).contains(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// The body cut short is not a success, unless the cut left the same document.
fn cut_short<O: QueryOperation>(response: &HttpResponse, output: &O::Output) {
    let body = &response.body[..];
    if body.trim_ascii().is_empty() {
        return;
    }
    let whole = xml::parse(body).ok();
    for cut in cuts(body) {
        let prefix = &body[..cut];
        if prefix.trim_ascii().is_empty() {
            continue;
        }
        let short =
            HttpResponse { status: response.status, headers: response.headers.clone(), body: prefix.to_vec().into() };
        match client_reads::<O>(&short) {
            Err(Error::Response { .. }) => {}
            Ok(read) => assert!(
                whole.is_some() && xml::parse(prefix).ok() == whole && same(&read, output),
                "{}: {} cut to {} bytes reads as {read:?}",
                O::NAME,
                show(response),
                cut
            ),
            Err(other) => panic!("{}: {} cut to {cut} bytes reads as {other:?}", O::NAME, show(response)),
        }
    }
}

fn reread<O: QueryOperation>(response: &HttpResponse) -> O::Error {
    match client_reads::<O>(response) {
        Err(Error::Service(service)) => service.error,
        other => panic!("{}: {} does not read as an error but as {other:?}", O::NAME, show(response)),
    }
}

/// The error, as a server sends it, reads back as itself (after one crossing, for an unmodeled
/// error with a modeled code), and the request id a server gives it is read.
fn error_sent_back<O: QueryOperation>(error: &O::Error, meta: &aws_operation::ErrorMeta) {
    let sent = error.to_response::<P<O>>();
    assert!(xml::parse(&sent.body).is_ok(), "{}: {error:?} is sent as {}, which does not parse", O::NAME, show(&sent));
    let again = reread::<O>(&sent).to_response::<P<O>>();
    let unmodeled = sent == P::<O>::write_unmodeled_error(&meta.code, meta.message.as_deref(), meta.status);
    assert!(
        unmodeled || again == sent,
        "{}: {error:?} is sent as {}, which reads as an error sent as {}",
        O::NAME,
        show(&sent),
        show(&again)
    );
    let third = reread::<O>(&again).to_response::<P<O>>();
    assert!(
        third == again,
        "{}: {error:?} does not survive the wire: {}, then {}",
        O::NAME,
        show(&again),
        show(&third)
    );
    let with_id = P::<O>::with_request_id(sent, REQUEST_ID);
    let read = P::<O>::error_meta(&with_id, false);
    assert!(read.request_id.as_deref() == Some(REQUEST_ID), "{}: {} gives {read:?}", O::NAME, show(&with_id));
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionaries
// ---------------------------------------------------------------------------------------------

/// A value of every member set, from the schema ([`super::sample`]), read leniently so that a
/// recursive shape cut off by the sample's depth still reads.
pub fn sample_of<T: Shape>() -> T {
    let sample = super::sample(&T::type_schema(), None, None, 0);
    match value::from_value(&sample, &MemberSchema::ROOT, Mode::Lenient) {
        Ok(read) => read,
        Err(problems) => panic!("the sample {sample} does not read: {problems}"),
    }
}

/// An operation's seeds: its sample output as a server sends it, an empty success, and each of
/// its modeled errors as a server sends it.
fn seeds_of<O: QueryOperation>() -> Vec<HttpResponse> {
    let mut out = vec![
        P::<O>::with_request_id(
            P::<O>::write_output::<O>(&sample_of::<O::Output>()),
            "4c6f2f1e-5b6a-4e0e-9d3b-1f2e3d4c5b6a",
        ),
        HttpResponse { status: 200, headers: Vec::new(), body: Default::default() },
    ];
    for error in &O::schema().errors {
        let TypeSchema::Shape(s) = error() else { continue };
        let Some(e) = s.error else { continue };
        let status = if e.server_fault { 500 } else { 400 };
        // Read by the operation's error enum, the code picks the variant, which a server sends
        // with its own status and its awsQuery code.
        let unmodeled = P::<O>::write_unmodeled_error(e.code, Some("sample message"), status);
        let meta = P::<O>::error_meta(&unmodeled, false);
        let error = O::Error::from_wire::<P<O>>(&meta, &unmodeled);
        out.push(P::<O>::with_request_id(error.to_response::<P<O>>(), "r-2"));
    }
    out
}

fn schema_of<O: QueryOperation>() -> &'static OperationSchema {
    O::schema()
}

/// A response as the bytes [`super::http_response`] reads.
fn encode(response: &HttpResponse) -> Vec<u8> {
    super::rest_json::encode(response)
}

/// A response with `status` and an XML body.
fn xml(status: u16, body: &str) -> Vec<u8> {
    encode(&HttpResponse {
        status,
        headers: vec![("content-type".to_owned(), "text/xml".to_owned())],
        body: body.to_owned().into_bytes().into(),
    })
}

/// The awsQuery target's own seeds, besides the responses of botocore's query vectors: each
/// operation's sample output and errors as a server sends them, and responses as STS and SNS
/// send them.
pub fn query_seeds() -> Vec<Vec<u8>> {
    let sts: [fn() -> Vec<HttpResponse>; 5] = aws_operation_sts::each_operation!(seeds_of);
    let sns: [fn() -> Vec<HttpResponse>; 8] = aws_operation_sns::each_operation!(seeds_of);
    let mut out: Vec<Vec<u8>> = sts.iter().chain(&sns).flat_map(|f| f()).map(|r| encode(&r)).collect();
    for (status, body) in [
        (200, ASSUME_ROLE),
        (200, GET_CALLER_IDENTITY),
        (200, LIST_TOPICS),
        (200, CREATE_TOPIC),
        (200, PUBLISH_BATCH),
        (403, STS_EXPIRED_TOKEN),
        (404, SNS_NOT_FOUND),
        (400, SNS_INVALID_PARAMETER),
        (400, BARE_ERROR),
        (503, "<html><body>Service Unavailable</body></html>"),
        (500, ""),
    ] {
        out.push(xml(status, body));
    }
    out.extend(shared_seeds());
    out
}

/// The ec2Query target's own seeds, besides the responses of botocore's ec2 vectors: each
/// operation's sample output and errors as a server sends them, and responses as EC2 sends them.
pub fn ec2_seeds() -> Vec<Vec<u8>> {
    let ec2: [fn() -> Vec<HttpResponse>; EC2_OPERATIONS] = aws_operation_ec2::each_operation!(seeds_of);
    let mut out: Vec<Vec<u8>> = ec2.iter().flat_map(|f| f()).map(|r| encode(&r)).collect();
    for (status, body) in [
        (200, DESCRIBE_INSTANCES),
        (200, DESCRIBE_REGIONS),
        (200, RUN_INSTANCES),
        (400, EC2_NOT_FOUND),
        (503, EC2_UNAVAILABLE),
        (400, "<Response><Errors><Error><Code>A</Code></Error><Error><Code>B</Code></Error></Errors></Response>"),
    ] {
        out.push(xml(status, body));
    }
    out.extend(shared_seeds());
    out
}

/// Documents at the parser's limits, for either target: nesting to the limit and past it, a
/// billion laughs, CDATA and references.
fn shared_seeds() -> Vec<Vec<u8>> {
    use super::xml_reader::{billion_laughs, nested};
    let limit = aws_operation::codec::xml::tree::MAX_DEPTH;
    vec![
        xml(200, &nested(limit)),
        xml(200, &nested(limit + 1)),
        xml(400, &billion_laughs()),
        xml(
            200,
            "<CreateTopicResponse><CreateTopicResult><TopicArn><![CDATA[arn:aws:sns:us-east-1:123456789012:a]]>&amp;&#x62;\
             </TopicArn></CreateTopicResult></CreateTopicResponse>",
        ),
        xml(
            400,
            "<ErrorResponse><Error><Code><![CDATA[Throttling]]></Code><Message>Rate &lt;exceeded&gt;</Message></Error></ErrorResponse>",
        ),
    ]
}

/// Element names of a target's operations (outputs and errors), their error codes as sent, and
/// the protocol's words.
fn dictionary_of(schemas: &[&'static OperationSchema], seeds: &[Vec<u8>]) -> Vec<String> {
    fn walk(ty: &TypeSchema, seen: &mut Vec<&'static str>, words: &mut Vec<String>) {
        match ty {
            TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => walk(inner, seen, words),
            TypeSchema::Shape(s) if !seen.contains(&s.name) => {
                seen.push(s.name);
                words.extend(s.values.iter().map(|v| (*v).to_owned()));
                for m in s.members {
                    let name = xml::element_name(m);
                    words.push(format!("<{name}>"));
                    words.push(format!("</{name}>"));
                    words.extend(m.item_name.map(|item| format!("<{item}>")));
                    walk(&(m.target)(), seen, words);
                }
            }
            _ => {}
        }
    }
    let (mut words, mut seen) = (Vec::new(), Vec::new());
    for schema in schemas {
        words.push(format!("<{}Response>", schema.name));
        words.push(format!("<{}Result>", schema.name));
        walk(&(schema.output)(), &mut seen, &mut words);
        schema.errors.iter().for_each(|e| walk(&e(), &mut seen, &mut words));
    }
    for seed in seeds {
        let response = super::http_response(seed);
        if let Ok(root) = xml::parse(&response.body) {
            let errors = root.child("Errors").unwrap_or(&root);
            if let Some(code) = errors.child("Error").and_then(|e| e.child_text("Code")) {
                words.push(code.to_owned());
            }
        }
    }
    words.extend(
        [
            "<ErrorResponse>",
            "<Response>",
            "<Errors>",
            "<Error>",
            "<Type>Sender</Type>",
            "<Code>",
            "<Message>",
            "<RequestId>",
            "<RequestID>",
            "<requestId>",
            "<ResponseMetadata>",
            "<member>",
            "<item>",
            "<entry>",
            "</",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#x",
            "<!DOCTYPE r [<!ENTITY e \"",
            "true",
            "2026-12-02T10:00:00Z",
            "x-amzn-requestid: ",
            "content-type: text/xml",
        ]
        .map(str::to_owned),
    );
    words
}

/// The awsQuery target's dictionary.
pub fn query_dictionary() -> Vec<String> {
    let sts: [fn() -> &'static OperationSchema; 5] = aws_operation_sts::each_operation!(schema_of);
    let sns: [fn() -> &'static OperationSchema; 8] = aws_operation_sns::each_operation!(schema_of);
    let schemas: Vec<_> = sts.iter().chain(&sns).map(|f| f()).collect();
    dictionary_of(&schemas, &query_seeds())
}

/// The ec2Query target's dictionary.
pub fn ec2_dictionary() -> Vec<String> {
    let ec2: [fn() -> &'static OperationSchema; EC2_OPERATIONS] = aws_operation_ec2::each_operation!(schema_of);
    let schemas: Vec<_> = ec2.iter().map(|f| f()).collect();
    dictionary_of(&schemas, &ec2_seeds())
}

// ---------------------------------------------------------------------------------------------
// Responses as the services send them
// ---------------------------------------------------------------------------------------------

/// STS `AssumeRole`, as STS documents it.
pub const ASSUME_ROLE: &str = r#"<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <SourceIdentity>DevUser123</SourceIdentity>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/demo/John</Arn>
      <AssumedRoleId>ARO123EXAMPLE123:John</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
      <SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==</SessionToken>
      <Expiration>2019-07-15T23:28:33.359Z</Expiration>
    </Credentials>
    <PackedPolicySize>8</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>
"#;

const GET_CALLER_IDENTITY: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
    <UserId>AKIAI44QH8DHBEXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>
"#;

/// A page of SNS `ListTopics`, with the token of the next.
pub const LIST_TOPICS: &str = r#"<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <ListTopicsResult>
    <Topics>
      <member>
        <TopicArn>arn:aws:sns:us-east-2:123456789012:My-Topic</TopicArn>
      </member>
      <member>
        <TopicArn>arn:aws:sns:us-east-2:123456789012:orders.fifo</TopicArn>
      </member>
    </Topics>
    <NextToken>AAHH3RwQ1kOr2kHwzN7nFg9=</NextToken>
  </ListTopicsResult>
  <ResponseMetadata>
    <RequestId>3f1478c7-33a9-11df-9540-99d0768312d3</RequestId>
  </ResponseMetadata>
</ListTopicsResponse>
"#;

const CREATE_TOPIC: &str = r#"<CreateTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <CreateTopicResult>
    <TopicArn>arn:aws:sns:us-east-2:123456789012:My-Topic</TopicArn>
  </CreateTopicResult>
  <ResponseMetadata>
    <RequestId>a8dec8b3-33a4-11df-8963-01868b7c937a</RequestId>
  </ResponseMetadata>
</CreateTopicResponse>
"#;

const PUBLISH_BATCH: &str = r#"<PublishBatchResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <PublishBatchResult>
    <Successful>
      <member>
        <Id>1</Id>
        <MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>
        <SequenceNumber>10000000000000003000</SequenceNumber>
      </member>
    </Successful>
    <Failed>
      <member>
        <Id>2</Id>
        <Code>InvalidParameter</Code>
        <Message>Invalid parameter: Message too long</Message>
        <SenderFault>true</SenderFault>
      </member>
    </Failed>
  </PublishBatchResult>
  <ResponseMetadata>
    <RequestId>e0d8b1f4-1f6a-5c4e-9b1a-6f2a0c4d8e7b</RequestId>
  </ResponseMetadata>
</PublishBatchResponse>
"#;

/// An STS error.
pub const STS_EXPIRED_TOKEN: &str = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>ExpiredTokenException</Code>
    <Message>The security token included in the request is expired</Message>
  </Error>
  <RequestId>9f1a3d2c-8b7e-4c5d-a6f0-1e2d3c4b5a69</RequestId>
</ErrorResponse>
"#;

const SNS_NOT_FOUND: &str = r#"<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <Error>
    <Type>Sender</Type>
    <Code>NotFound</Code>
    <Message>Topic does not exist</Message>
  </Error>
  <RequestId>2b9e5c1a-7d3f-5e8a-b4c6-0d1e2f3a4b5c</RequestId>
</ErrorResponse>
"#;

const SNS_INVALID_PARAMETER: &str = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code>\
    <Message>Invalid parameter: TopicArn</Message><message>lower</message></Error>\
    <RequestId>r-3</RequestId></ErrorResponse>";

const BARE_ERROR: &str = "<Error><Code>MalformedQueryString</Code><Message>bad &amp; worse</Message></Error>";

/// EC2 `DescribeInstances`, as EC2 documents it.
pub const DESCRIBE_INSTANCES: &str = r#"<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
    <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
    <reservationSet>
        <item>
            <reservationId>r-1234567890abcdef0</reservationId>
            <ownerId>123456789012</ownerId>
            <groupSet/>
            <instancesSet>
                <item>
                    <instanceId>i-1234567890abcdef0</instanceId>
                    <imageId>ami-bff32ccc</imageId>
                    <instanceState>
                        <code>16</code>
                        <name>running</name>
                    </instanceState>
                    <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                    <dnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</dnsName>
                    <reason/>
                    <keyName>my_keypair</keyName>
                    <amiLaunchIndex>0</amiLaunchIndex>
                    <productCodes/>
                    <instanceType>t2.micro</instanceType>
                    <launchTime>2018-05-08T16:46:19.000Z</launchTime>
                    <placement>
                        <availabilityZone>eu-west-1c</availabilityZone>
                        <groupName/>
                        <tenancy>default</tenancy>
                    </placement>
                    <monitoring>
                        <state>disabled</state>
                    </monitoring>
                    <subnetId>subnet-56f5f633</subnetId>
                    <vpcId>vpc-11112222</vpcId>
                    <privateIpAddress>192.168.1.88</privateIpAddress>
                    <ipAddress>54.194.252.215</ipAddress>
                    <sourceDestCheck>true</sourceDestCheck>
                    <groupSet>
                        <item>
                            <groupId>sg-e4076980</groupId>
                            <groupName>SecurityGroup1</groupName>
                        </item>
                    </groupSet>
                    <architecture>x86_64</architecture>
                    <rootDeviceType>ebs</rootDeviceType>
                    <rootDeviceName>/dev/xvda</rootDeviceName>
                    <blockDeviceMapping>
                        <item>
                            <deviceName>/dev/xvda</deviceName>
                            <ebs>
                                <volumeId>vol-1234567890abcdef0</volumeId>
                                <status>attached</status>
                                <attachTime>2015-12-22T10:44:09.000Z</attachTime>
                                <deleteOnTermination>true</deleteOnTermination>
                            </ebs>
                        </item>
                    </blockDeviceMapping>
                    <virtualizationType>hvm</virtualizationType>
                    <clientToken>xMcwG14507example</clientToken>
                    <tagSet>
                        <item>
                            <key>Name</key>
                            <value>Server_1</value>
                        </item>
                    </tagSet>
                    <hypervisor>xen</hypervisor>
                    <networkInterfaceSet>
                        <item>
                            <networkInterfaceId>eni-551ba033</networkInterfaceId>
                            <subnetId>subnet-56f5f633</subnetId>
                            <vpcId>vpc-11112222</vpcId>
                            <description>Primary network interface</description>
                            <ownerId>123456789012</ownerId>
                            <status>in-use</status>
                            <macAddress>02:dd:2c:5e:01:69</macAddress>
                            <privateIpAddress>192.168.1.88</privateIpAddress>
                            <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                            <sourceDestCheck>true</sourceDestCheck>
                            <groupSet>
                                <item>
                                    <groupId>sg-e4076980</groupId>
                                    <groupName>SecurityGroup1</groupName>
                                </item>
                            </groupSet>
                            <attachment>
                                <attachmentId>eni-attach-39697adc</attachmentId>
                                <deviceIndex>0</deviceIndex>
                                <status>attached</status>
                                <attachTime>2018-05-08T16:46:19.000Z</attachTime>
                                <deleteOnTermination>true</deleteOnTermination>
                            </attachment>
                            <association>
                                <publicIp>54.194.252.215</publicIp>
                                <publicDnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</publicDnsName>
                                <ipOwnerId>amazon</ipOwnerId>
                            </association>
                            <privateIpAddressesSet>
                                <item>
                                    <privateIpAddress>192.168.1.88</privateIpAddress>
                                    <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                                    <primary>true</primary>
                                </item>
                            </privateIpAddressesSet>
                            <ipv6AddressesSet>
                               <item>
                                   <ipv6Address>2001:db8:1234:1a2b::123</ipv6Address>
                               </item>
                           </ipv6AddressesSet>
                        </item>
                    </networkInterfaceSet>
                    <ebsOptimized>false</ebsOptimized>
                    <cpuOptions>
                        <coreCount>1</coreCount>
                        <threadsPerCore>1</threadsPerCore>
                    </cpuOptions>
                </item>
            </instancesSet>
        </item>
    </reservationSet>
    <nextToken>eyJ2IjoiMiIsImMiOiJ0b2tlbiJ9</nextToken>
</DescribeInstancesResponse>
"#;

const DESCRIBE_REGIONS: &str = r#"<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
   <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
   <regionInfo>
      <item>
         <regionName>us-east-1</regionName>
         <regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint>
         <optInStatus>opt-in-not-required</optInStatus>
      </item>
      <item>
         <regionName>af-south-1</regionName>
         <regionEndpoint>ec2.af-south-1.amazonaws.com</regionEndpoint>
         <optInStatus>opted-in</optInStatus>
         <geographySet><item><name>South Africa</name></item></geographySet>
      </item>
   </regionInfo>
</DescribeRegionsResponse>
"#;

const RUN_INSTANCES: &str = r#"<RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>d9a4b5e2-7c1f-4e3a-8b6d-example</requestId>
  <reservationId>r-0a1b2c3d4e5f67890</reservationId>
  <ownerId>123456789012</ownerId>
  <groupSet/>
  <instancesSet>
    <item>
      <instanceId>i-0598c7d356eba48d7</instanceId>
      <imageId>ami-0abcdef1234567890</imageId>
      <instanceState><code>0</code><name>pending</name></instanceState>
      <instanceType>t3.micro</instanceType>
      <launchTime>2026-12-02T10:00:00.000Z</launchTime>
      <placement><availabilityZone>us-east-1a</availabilityZone><tenancy>default</tenancy></placement>
      <monitoring><state>disabled</state></monitoring>
      <tagSet><item><key>team</key><value>a &amp; b</value></item></tagSet>
    </item>
  </instancesSet>
</RunInstancesResponse>
"#;

/// An EC2 error.
pub const EC2_NOT_FOUND: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1a2b3c4d' does not exist</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>
"#;

const EC2_UNAVAILABLE: &str = "<Response><Errors><Error><Code>Unavailable</Code><Message>The server is overloaded \
    and can't handle the request.</Message></Error></Errors><RequestID>r-9</RequestID></Response>";
