//! The Bedrock Runtime slice through the client, against scripted servers on 127.0.0.1 (moto has
//! no Bedrock Runtime): `Converse`'s request as it arrives (the model id percent-encoded in the
//! path, the JSON body member by member) and its output read back; its modeled errors typed;
//! inputs the model refuses, refused before anything is sent; `ConverseStream`'s events read one
//! by one while the server is still writing, a modeled exception ending the stream, an unknown
//! event kept; `InvokeModelWithResponseStream`'s body and headers, and its chunks reassembled.

mod support;

use std::time::Duration;

use aws_operation::event_stream::{EventError, Message as Frame};
use aws_operation::{Blob, Config, Credentials, Error};
use aws_operation_bedrock_runtime::*;
use futures_util::StreamExt;
use serde_json::json;
use support::{Reply, Server};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// An inference profile's ARN: `:` and `/` that the path must carry percent-encoded.
const PROFILE: &str =
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0";
const PROFILE_IN_PATH: &str = "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-5-sonnet-20240620-v1%3A0";

fn client(url: &str) -> BedrockRuntime {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    BedrockRuntime::new(&config).unwrap()
}

fn user(content: Vec<ContentBlock>) -> Message {
    Message { role: ConversationRole::User, content }
}

fn weather_tool() -> ToolConfiguration {
    ToolConfiguration {
        tools: vec![Tool::ToolSpec(ToolSpecification {
            name: "get_weather".into(),
            description: Some("The weather in a city.".into()),
            input_schema: ToolInputSchema::Json(json!({"type": "object", "properties": {"city": {"type": "string"}}})),
            strict: None,
        })],
        tool_choice: Some(ToolChoice::Auto(AutoToolChoice {})),
    }
}

/// The conversation so far: a question, the model's tool use, the tool's result.
fn conversation() -> Vec<Message> {
    vec![
        user(vec![ContentBlock::Text("What is the weather in Paris?".into())]),
        Message {
            role: ConversationRole::Assistant,
            content: vec![ContentBlock::ToolUse(ToolUseBlock {
                tool_use_id: "tooluse_1".into(),
                name: "get_weather".into(),
                input: json!({"city": "Paris"}),
                r#type: None,
            })],
        },
        user(vec![ContentBlock::ToolResult(ToolResultBlock {
            tool_use_id: "tooluse_1".into(),
            content: vec![ToolResultContentBlock::Json(json!({"celsius": 21}))],
            status: Some(ToolResultStatus::Success),
            r#type: None,
        })]),
    ]
}

const CONVERSE_OUTPUT: &str = r#"{
    "output": {"message": {"role": "assistant", "content": [
        {"text": "It is 21 °C in Paris."},
        {"toolUse": {"toolUseId": "tooluse_2", "name": "get_weather", "input": {"city": "Lyon"}}}
    ]}},
    "stopReason": "tool_use",
    "usage": {"inputTokens": 120, "outputTokens": 18, "totalTokens": 138, "cacheReadInputTokens": 0},
    "metrics": {"latencyMs": 412},
    "additionalModelResponseFields": {"stop_sequence": null}
}"#;

#[tokio::test]
async fn converse_sends_the_conversation_and_reads_the_answer() {
    let server = Server::start(vec![Reply::rest_json(200, CONVERSE_OUTPUT)]).await;
    let out = client(&server.url)
        .converse()
        .model_id(PROFILE)
        .messages(conversation())
        .system(vec![SystemContentBlock::Text("Answer briefly.".into())])
        .inference_config(InferenceConfiguration {
            max_tokens: Some(512),
            temperature: Some(0.5),
            top_p: None,
            stop_sequences: Some(vec!["END".into()]),
        })
        .tool_config(weather_tool())
        .additional_model_request_fields(json!({"top_k": 40}))
        .send()
        .await
        .expect("the call")
        .into_inner();

    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, format!("/model/{PROFILE_IN_PATH}/converse"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert!(request.header("authorization").is_some_and(|a| a.contains("/us-east-1/bedrock/aws4_request")));
    assert_eq!(
        request.json(),
        json!({
            "messages": [
                {"role": "user", "content": [{"text": "What is the weather in Paris?"}]},
                {"role": "assistant", "content": [
                    {"toolUse": {"toolUseId": "tooluse_1", "name": "get_weather", "input": {"city": "Paris"}}}
                ]},
                {"role": "user", "content": [
                    {"toolResult": {"toolUseId": "tooluse_1", "content": [{"json": {"celsius": 21}}], "status": "success"}}
                ]}
            ],
            "system": [{"text": "Answer briefly."}],
            "inferenceConfig": {"maxTokens": 512, "temperature": 0.5, "stopSequences": ["END"]},
            "toolConfig": {
                "tools": [{"toolSpec": {
                    "name": "get_weather",
                    "description": "The weather in a city.",
                    "inputSchema": {"json": {"type": "object", "properties": {"city": {"type": "string"}}}}
                }}],
                "toolChoice": {"auto": {}}
            },
            "additionalModelRequestFields": {"top_k": 40}
        })
    );

    let ConverseOutput::Message(message) = &out.output else { panic!("not a message: {:?}", out.output) };
    assert_eq!(message.role, ConversationRole::Assistant);
    match message.content.as_slice() {
        [ContentBlock::Text(text), ContentBlock::ToolUse(tool)] => {
            assert_eq!(text, "It is 21 °C in Paris.");
            assert_eq!((tool.tool_use_id.as_str(), tool.name.as_str()), ("tooluse_2", "get_weather"));
            assert_eq!(tool.input, json!({"city": "Lyon"}));
        }
        other => panic!("not the text and the tool use: {other:?}"),
    }
    assert_eq!(out.stop_reason, StopReason::ToolUse);
    assert_eq!((out.usage.input_tokens, out.usage.output_tokens, out.usage.total_tokens), (120, 18, 138));
    assert_eq!(out.usage.cache_read_input_tokens, Some(0));
    assert_eq!(out.metrics.latency_ms, 412);
    assert_eq!(out.additional_model_response_fields, Some(json!({"stop_sequence": null})));
    assert!(out.trace.is_none());
}

#[tokio::test]
async fn converse_errors_are_the_models() {
    let error = |status: u16, code: &str, body: &str| {
        Reply::rest_json(status, body)
            .header("x-amzn-errortype", &format!("{code}:http://internal.amazon.com/coral/com.amazon.bedrock/"))
    };
    let server = Server::start(vec![
        error(400, "ValidationException", r#"{"message": "The model returned the following errors: bad"}"#),
        error(429, "ThrottlingException", r#"{"message": "Too many requests"}"#),
        error(403, "AccessDeniedException", r#"{"message": "You don't have access to the model"}"#),
        error(408, "ModelTimeoutException", r#"{"message": "Model has timed out"}"#),
        error(424, "ModelErrorException", r#"{"message": "upstream", "originalStatusCode": 500, "resourceName": "m"}"#),
        error(404, "ResourceNotFoundException", r#"{"message": "no such model"}"#),
        error(418, "TeapotException", r#"{"message": "unmodeled"}"#),
    ])
    .await;
    let bedrock = client(&server.url);
    let ask = || bedrock.converse().model_id("amazon.nova-lite-v1:0").messages(conversation()).send();
    let mut errors = Vec::new();
    for _ in 0..7 {
        match ask().await {
            Err(Error::Service(e)) => errors.push(e),
            other => panic!("not a service error: {other:?}"),
        }
    }
    let mut errors = errors.into_iter();
    let e = errors.next().unwrap();
    let ConverseError::ValidationException(v) = &e.error else { panic!("{e:?}") };
    assert_eq!(v.message.as_deref(), Some("The model returned the following errors: bad"));
    assert_eq!((e.meta.status, e.meta.code.as_str()), (400, "ValidationException"));
    let e = errors.next().unwrap();
    assert!(
        matches!(&e.error, ConverseError::ThrottlingException(t) if t.message.as_deref() == Some("Too many requests"))
    );
    let e = errors.next().unwrap();
    assert!(matches!(&e.error, ConverseError::AccessDeniedException(_)), "{e:?}");
    let e = errors.next().unwrap();
    assert!(matches!(&e.error, ConverseError::ModelTimeoutException(_)), "{e:?}");
    let e = errors.next().unwrap();
    let ConverseError::ModelErrorException(m) = &e.error else { panic!("{e:?}") };
    assert_eq!((m.original_status_code, m.resource_name.as_deref()), (Some(500), Some("m")));
    let e = errors.next().unwrap();
    assert!(matches!(&e.error, ConverseError::ResourceNotFoundException(_)), "{e:?}");
    let e = errors.next().unwrap();
    assert!(matches!(&e.error, ConverseError::Unmodeled { .. }), "{e:?}");
    assert_eq!((e.meta.status, e.meta.code.as_str()), (418, "TeapotException"));
}

#[tokio::test]
async fn inputs_the_model_refuses_are_not_sent() {
    let server = Server::start(vec![Reply::rest_json(200, CONVERSE_OUTPUT)]).await;
    let bedrock = client(&server.url);
    let refused = |result: Result<_, Error<ConverseError>>| match result {
        Err(Error::InvalidInput(violations)) => violations.iter().map(|v| v.path.clone()).collect::<Vec<_>>(),
        other => panic!("not refused: {other:?}"),
    };
    // No tools where the model wants at least one.
    let empty_tools = ToolConfiguration { tools: vec![], tool_choice: None };
    let paths = refused(bedrock.converse().model_id("m").tool_config(empty_tools).send().await);
    assert_eq!(paths, ["toolConfig.tools"]);
    // A model id of 2049 characters, at most 2048.
    let paths = refused(bedrock.converse().model_id("a".repeat(2049)).send().await);
    assert_eq!(paths, ["modelId"]);
    // A tool name outside `[a-zA-Z0-9_-]+`, and a tool use id too.
    let mut tools = weather_tool();
    let Tool::ToolSpec(spec) = &mut tools.tools[0] else { unreachable!() };
    spec.name = "get weather".into();
    let mut messages = conversation();
    let ContentBlock::ToolUse(tool_use) = &mut messages[1].content[0] else { unreachable!() };
    tool_use.tool_use_id = "tool use!".into();
    let paths = refused(bedrock.converse().model_id("m").messages(messages).tool_config(tools).send().await);
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths.iter().any(|p| p.contains("toolSpec.name")), "{paths:?}");
    assert!(paths.iter().any(|p| p.contains("toolUse.toolUseId")), "{paths:?}");
    // An empty system prompt, and an image of no bytes: union members with a minimum length.
    let paths =
        refused(bedrock.converse().model_id("m").system(vec![SystemContentBlock::Text(String::new())]).send().await);
    assert_eq!(paths, ["system[0].text"]);
    let image = ImageBlock { format: ImageFormat::Png, source: ImageSource::Bytes(Blob(Vec::new())), error: None };
    let message = Message { role: ConversationRole::User, content: vec![ContentBlock::Image(image)] };
    let paths = refused(bedrock.converse().model_id("m").messages(vec![message]).send().await);
    assert_eq!(paths, ["messages[0].content[0].image.source.bytes"]);
    assert!(server.requests().is_empty(), "nothing was sent");
}

fn event(kind: &str, payload: serde_json::Value) -> Vec<u8> {
    Frame::new(payload.to_string().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json")
        .encode()
        .unwrap()
        .to_vec()
}

fn exception(kind: &str, payload: serde_json::Value) -> Vec<u8> {
    Frame::new(payload.to_string().into_bytes())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", kind)
        .with_header(":content-type", "application/json")
        .encode()
        .unwrap()
        .to_vec()
}

/// A server that answers one request with `headers` and `frames` as chunks, writing each frame
/// only once the test says it has read the one before (a message on `next`); it sends back the
/// request it read.
async fn stepping_server(
    headers: &'static str,
    frames: Vec<Vec<u8>>,
) -> (String, mpsc::UnboundedSender<()>, tokio::task::JoinHandle<support::Recorded>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (next, mut step) = mpsc::unbounded_channel::<()>();
    let task = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = Vec::new();
        let request = support::read_request(&mut socket, &mut buf).await.expect("a request");
        let head = format!("HTTP/1.1 200 OK\r\n{headers}transfer-encoding: chunked\r\n\r\n");
        socket.write_all(head.as_bytes()).await.unwrap();
        for (i, frame) in frames.iter().enumerate() {
            if i > 0 && step.recv().await.is_none() {
                break;
            }
            socket.write_all(format!("{:x}\r\n", frame.len()).as_bytes()).await.unwrap();
            socket.write_all(frame).await.unwrap();
            socket.write_all(b"\r\n").await.unwrap();
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
        request
    });
    (url, next, task)
}

const STREAM_HEADERS: &str = "content-type: application/vnd.amazon.eventstream\r\nx-amzn-requestid: req-1\r\n";

#[tokio::test]
async fn converse_stream_events_arrive_one_by_one() {
    let frames = vec![
        event("messageStart", json!({"role": "assistant"})),
        event("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": "It is "}})),
        event("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": "21 °C."}})),
        event("contentBlockStop", json!({"contentBlockIndex": 0})),
        event(
            "contentBlockStart",
            json!({"contentBlockIndex": 1, "start": {"toolUse": {"toolUseId": "tooluse_3", "name": "get_weather"}}}),
        ),
        event("contentBlockDelta", json!({"contentBlockIndex": 1, "delta": {"toolUse": {"input": "{\"city\": "}}})),
        event("contentBlockDelta", json!({"contentBlockIndex": 1, "delta": {"toolUse": {"input": "\"Lyon\"}"}}})),
        event("contentBlockStop", json!({"contentBlockIndex": 1})),
        event("futureEvent", json!({"x": 1})),
        event("messageStop", json!({"stopReason": "tool_use"})),
        event(
            "metadata",
            json!({"usage": {"inputTokens": 30, "outputTokens": 12, "totalTokens": 42}, "metrics": {"latencyMs": 77}}),
        ),
    ];
    let (url, next, server) = stepping_server(STREAM_HEADERS, frames).await;
    let out = client(&url)
        .converse_stream()
        .model_id(PROFILE)
        .messages(vec![user(vec![ContentBlock::Text("Weather?".into())])])
        .tool_config(weather_tool())
        .send()
        .await
        .expect("the call")
        .into_inner();
    let mut stream = out.stream.expect("the stream");
    let mut read = async || {
        let event = tokio::time::timeout(Duration::from_secs(10), stream.next()).await.expect("an event, early");
        let event = event.expect("not the end").expect("not an error");
        next.send(()).ok();
        event
    };
    assert!(matches!(
        read().await,
        ConverseStreamOutput::MessageStart(MessageStartEvent { role: ConversationRole::Assistant })
    ));
    let (mut text, mut tool_input) = (String::new(), String::new());
    for _ in 0..2 {
        let ConverseStreamOutput::ContentBlockDelta(delta) = read().await else { panic!("not a delta") };
        assert_eq!(delta.content_block_index, 0);
        let ContentBlockDelta::Text(piece) = delta.delta else { panic!("not text: {:?}", delta.delta) };
        text.push_str(&piece);
    }
    assert_eq!(text, "It is 21 °C.");
    assert!(matches!(
        read().await,
        ConverseStreamOutput::ContentBlockStop(ContentBlockStopEvent { content_block_index: 0 })
    ));
    let ConverseStreamOutput::ContentBlockStart(start) = read().await else { panic!("not a start") };
    let ContentBlockStart::ToolUse(tool) = &start.start else { panic!("not a tool use: {start:?}") };
    assert_eq!(
        (start.content_block_index, tool.tool_use_id.as_str(), tool.name.as_str()),
        (1, "tooluse_3", "get_weather")
    );
    for _ in 0..2 {
        let ConverseStreamOutput::ContentBlockDelta(delta) = read().await else { panic!("not a delta") };
        let ContentBlockDelta::ToolUse(piece) = delta.delta else { panic!("not a tool use delta: {:?}", delta.delta) };
        tool_input.push_str(&piece.input);
    }
    assert_eq!(serde_json::from_str::<serde_json::Value>(&tool_input).unwrap(), json!({"city": "Lyon"}));
    assert!(matches!(
        read().await,
        ConverseStreamOutput::ContentBlockStop(ContentBlockStopEvent { content_block_index: 1 })
    ));
    let ConverseStreamOutput::Unknown(unknown) = read().await else { panic!("not kept as unknown") };
    assert_eq!((unknown.name.as_str(), &unknown.value), ("futureEvent", &json!({"x": 1})));
    let ConverseStreamOutput::MessageStop(stop) = read().await else { panic!("not the stop") };
    assert_eq!(stop.stop_reason, StopReason::ToolUse);
    let ConverseStreamOutput::Metadata(metadata) = read().await else { panic!("not the metadata") };
    assert_eq!((metadata.usage.input_tokens, metadata.usage.output_tokens, metadata.usage.total_tokens), (30, 12, 42));
    assert_eq!(metadata.metrics.latency_ms, 77);
    assert!(stream.next().await.is_none(), "the stream ends with the body");
    let request = server.await.unwrap();
    assert_eq!(request.path, format!("/model/{PROFILE_IN_PATH}/converse-stream"));
    assert_eq!(request.json()["messages"], json!([{"role": "user", "content": [{"text": "Weather?"}]}]));
}

#[tokio::test]
async fn a_modeled_exception_ends_the_converse_stream() {
    let frames = vec![
        event("messageStart", json!({"role": "assistant"})),
        event("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": "It"}})),
        exception(
            "modelStreamErrorException",
            json!({"message": "the model failed", "originalStatusCode": 500, "originalMessage": "upstream broke"}),
        ),
        event("contentBlockDelta", json!({"contentBlockIndex": 0, "delta": {"text": "never"}})),
    ];
    let (url, next, server) = stepping_server(STREAM_HEADERS, frames).await;
    for _ in 0..3 {
        next.send(()).unwrap();
    }
    let out = client(&url).converse_stream().model_id("amazon.nova-lite-v1:0").send().await.unwrap().into_inner();
    let events: Vec<_> = out.stream.expect("the stream").collect().await;
    assert_eq!(events.len(), 3, "nothing after the exception: {events:?}");
    assert!(matches!(&events[0], Ok(ConverseStreamOutput::MessageStart(_))));
    assert!(matches!(&events[1], Ok(ConverseStreamOutput::ContentBlockDelta(_))));
    match &events[2] {
        Err(EventError::Exception(ConverseStreamOutput::ModelStreamErrorException(e))) => {
            assert_eq!(e.message.as_deref(), Some("the model failed"));
            assert_eq!((e.original_status_code, e.original_message.as_deref()), (Some(500), Some("upstream broke")));
        }
        other => panic!("not the typed exception: {other:?}"),
    }
    drop(server);
}

/// Standard base64 with padding, to write `PayloadPart.bytes` as the service does.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            let c = if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' };
            out.push(c);
        }
    }
    out
}

#[tokio::test]
async fn invoke_model_with_response_stream_reassembles_its_chunks() {
    let pieces = [r#"{"outputText": "Bon"#, r#"jour", "#, r#""completionReason": "FINISH"}"#];
    let mut frames: Vec<Vec<u8>> =
        pieces.iter().map(|p| event("chunk", json!({"bytes": base64(p.as_bytes())}))).collect();
    frames.push(exception("throttlingException", json!({"message": "slow down"})));
    let headers =
        "content-type: application/vnd.amazon.eventstream\r\nx-amzn-bedrock-content-type: application/json\r\n";
    let (url, next, server) = stepping_server(headers, frames).await;
    let body = br#"{"inputText": "Say hello in French"}"#;
    let out = client(&url)
        .invoke_model_with_response_stream()
        .model_id("amazon.titan-text-express-v1")
        .body(Blob(body.to_vec()))
        .content_type("application/json")
        .accept("application/json")
        .send()
        .await
        .expect("the call")
        .into_inner();
    assert_eq!(out.content_type.as_deref(), Some("application/json"));
    let mut stream = out.body;
    let mut answer = Vec::new();
    for _ in 0..pieces.len() {
        let event = tokio::time::timeout(Duration::from_secs(10), stream.next()).await.expect("a chunk, early");
        let Some(Ok(ResponseStream::Chunk(part))) = event else { panic!("not a chunk: {event:?}") };
        answer.extend(part.bytes.expect("bytes").0);
        next.send(()).ok();
    }
    let answer: serde_json::Value = serde_json::from_slice(&answer).unwrap();
    assert_eq!(answer, json!({"outputText": "Bonjour", "completionReason": "FINISH"}));
    match stream.next().await {
        Some(Err(EventError::Exception(ResponseStream::ThrottlingException(e)))) => {
            assert_eq!(e.message.as_deref(), Some("slow down"))
        }
        other => panic!("not the typed exception: {other:?}"),
    }
    assert!(stream.next().await.is_none());
    let request = server.await.unwrap();
    assert_eq!(request.path, "/model/amazon.titan-text-express-v1/invoke-with-response-stream");
    assert_eq!(request.body, body);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("x-amzn-bedrock-accept"), Some("application/json"));
}

#[test]
fn sensitive_unions_are_redacted_in_debug() {
    let image = ImageSource::Bytes(Blob(b"secret pixels".to_vec()));
    let shown = format!("{image:?}");
    assert!(!shown.contains("secret") && !shown.contains("115"), "{shown}");
    assert!(shown.starts_with("ImageSource("), "{shown}");
    // Inside what holds it too, though no member there says `sensitive`.
    let block = ContentBlock::Image(ImageBlock { format: ImageFormat::Png, source: image, error: None });
    let reasoning = ContentBlock::ReasoningContent(ReasoningContentBlock::RedactedContent(Blob(b"secret".to_vec())));
    for shown in [format!("{block:?}"), format!("{reasoning:#?}")] {
        assert!(!shown.contains("secret") && !shown.contains("115"), "{shown}");
        assert!(shown.contains("*** Sensitive Data Redacted ***"), "{shown}");
    }
}

/// `aws bedrock-runtime ...` through the slice's command (`examples/bedrock_runtime.rs` runs the
/// same) against the server at `url`: its exit code, stdout and stderr.
async fn command(url: &str, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), url.to_owned()]);
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKID"),
        ("AWS_SECRET_ACCESS_KEY", "secret"),
        ("AWS_REGION", "us-east-1"),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

#[tokio::test]
async fn the_command_converses() {
    let server = Server::start(vec![
        Reply::rest_json(200, CONVERSE_OUTPUT),
        Reply::rest_json(400, r#"{"message": "Malformed input request"}"#)
            .header("x-amzn-errortype", "ValidationException"),
    ])
    .await;
    let messages = r#"[{"role": "user", "content": [{"text": "Hello"}]}]"#;
    let args =
        ["converse", "--model-id", PROFILE, "--messages", messages, "--inference-config", r#"{"maxTokens": 64}"#];
    let (code, out, err) = command(&server.url, &args).await;
    assert_eq!(code, 0, "{err}");
    let printed: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    let expected: serde_json::Value = serde_json::from_str(CONVERSE_OUTPUT).unwrap();
    assert_eq!(printed["output"], expected["output"]);
    assert_eq!((&printed["stopReason"], &printed["metrics"]), (&json!("tool_use"), &json!({"latencyMs": 412})));
    let request = &server.requests()[0];
    assert_eq!(request.path, format!("/model/{PROFILE_IN_PATH}/converse"));
    assert_eq!(
        request.json(),
        json!({"messages": [{"role": "user", "content": [{"text": "Hello"}]}], "inferenceConfig": {"maxTokens": 64}})
    );
    // The modeled error, as the AWS CLI words it.
    let (code, _, err) = command(&server.url, &args).await;
    assert_eq!(code, 254);
    assert!(
        err.contains(
            "An error occurred (ValidationException) when calling the Converse operation: Malformed input request"
        ),
        "{err}"
    );
    // Nothing sent for an input the model refuses.
    let sent = server.requests().len();
    let (code, _, err) = command(&server.url, &["converse", "--model-id", &"a".repeat(2049)]).await;
    assert_eq!(code, 252, "{err}");
    assert_eq!(server.requests().len(), sent);
}
