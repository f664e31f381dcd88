//! Streams an answer from Bedrock with ConverseStream, printing its text as it arrives.
//!
//! With no AWS configuration it starts a server on 127.0.0.1 that answers as Bedrock does, an
//! event stream written a few words at a time, and makes a real, signed call to it. With
//! `--live`, or when `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`) is set, it asks
//! Bedrock itself with the standard configuration (environment, profile); `BEDROCK_MODEL_ID`
//! picks the model.

use std::io::Write as _;
use std::time::Duration;

use aws_operation::event_stream::{EventError, Message};
use aws_operation::{Config, Credentials};
use aws_operation_bedrock_runtime::{
    BedrockRuntime, ContentBlock, ContentBlockDelta, ConversationRole, ConverseStreamOutput, Message as ChatMessage,
};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the local server answers, a piece at a time.
const ANSWER: [&str; 6] = ["Event streams ", "carry an answer ", "as it is ", "written, ", "token by ", "token.\n"];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let live = std::env::args().any(|a| a == "--live")
        || ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    let config = if live {
        Config::from_env().app_name("bedrock_stream").build()?
    } else {
        let url = local_bedrock().await?;
        let credentials = Credentials::new("AKIDLOCALEXAMPLE", "local-example-secret", None, None);
        Config::builder().region("us-east-1").credentials(credentials).endpoint_url(url).build()?
    };
    let model = std::env::var("BEDROCK_MODEL_ID").unwrap_or_else(|_| "amazon.nova-lite-v1:0".to_owned());
    let client = BedrockRuntime::new(&config)?;
    let question = ChatMessage {
        role: ConversationRole::User,
        content: vec![ContentBlock::Text("What do event streams carry, in one sentence?".to_owned())],
    };
    let response = client.converse_stream().model_id(model).messages(vec![question]).send().await?.into_inner();
    let Some(mut events) = response.stream else { return Err("the answer has no stream".into()) };
    let mut out = std::io::stdout();
    while let Some(event) = events.next().await {
        match event {
            Ok(ConverseStreamOutput::ContentBlockDelta(delta)) => {
                if let ContentBlockDelta::Text(text) = delta.delta {
                    out.write_all(text.as_bytes())?;
                    out.flush()?;
                }
            }
            Ok(ConverseStreamOutput::MessageStop(stop)) => eprintln!("[stopped: {:?}]", stop.stop_reason),
            Ok(_) => {}
            Err(EventError::Exception(exception)) => return Err(format!("the model stopped: {exception:?}").into()),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// A server on 127.0.0.1 that answers one ConverseStream call: the answer's events, written a
/// frame at a time with a pause between them, over chunked HTTP/1.1.
async fn local_bedrock() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else { return };
        // The request's head and body: read until the client waits for the answer.
        let mut request = Vec::new();
        let mut buf = [0u8; 4096];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => request.extend_from_slice(&buf[..n]),
            }
        }
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/vnd.amazon.eventstream\r\nx-amzn-requestid: local-1\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let event = |kind: &str, payload: String| {
            Message::new(payload.into_bytes())
                .with_header(":message-type", "event")
                .with_header(":event-type", kind)
                .with_header(":content-type", "application/json")
        };
        let mut messages = vec![event("messageStart", r#"{"role": "assistant"}"#.to_owned())];
        for piece in ANSWER {
            let text = serde_json::to_string(piece).unwrap_or_default();
            messages.push(event(
                "contentBlockDelta",
                format!(r#"{{"contentBlockIndex": 0, "delta": {{"text": {text}}}}}"#),
            ));
        }
        messages.push(event("contentBlockStop", r#"{"contentBlockIndex": 0}"#.to_owned()));
        messages.push(event("messageStop", r#"{"stopReason": "end_turn"}"#.to_owned()));
        for message in messages {
            let Ok(frame) = message.encode() else { return };
            let chunk = [format!("{:x}\r\n", frame.len()).as_bytes(), &frame, b"\r\n"].concat();
            if socket.write_all(&chunk).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(120)).await;
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
    });
    Ok(url)
}
