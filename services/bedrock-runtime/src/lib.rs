//! Amazon Bedrock Runtime (`bedrock`, 2023-09-30, restJson1), defined by hand with aws-operation:
//! a slice of four operations and every shape they reach, one module per concept.
//!
//! | module | what |
//! | --- | --- |
//! | [`converse`] | `Converse`, its output, stop reason, usage, metrics and trace |
//! | [`streaming`] | `ConverseStream` and the events of its stream |
//! | [`invoke`] | `InvokeModelWithResponseStream` and its stream of chunks |
//! | [`bidirectional`] | `InvokeModelWithBidirectionalStream`: chunks sent as a stream while the model's come back |
//! | [`messages`] | messages, content blocks, system prompts, prompt variables, cache points, reasoning |
//! | [`media`] | images, documents, videos and audio, and where their bytes come from |
//! | [`citations`] | citations and their locations |
//! | [`tools`] | tool configuration, tool choice, tool use and tool results |
//! | [`guardrails`] | guardrail configuration and guarded content |
//! | [`assessments`] | what a guardrail's policies found |
//! | [`automated_reasoning`] | the findings of an automated reasoning policy |
//! | [`inference`] | inference parameters, performance, service tier, output format |
//! | [`errors`] | the service's errors, which the streams also end with |
//!
//! Everything is re-exported here; [`operations`] lists every operation for callers that work by
//! name with JSON.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_bedrock_runtime::{BedrockRuntime, ContentBlock, ConversationRole, Message};
//!
//! let client = BedrockRuntime::new(&Config::from_env().build()?)?;
//! let question = Message { role: ConversationRole::User, content: vec![ContentBlock::Text("Hello".into())] };
//! let out = client.converse().model_id("amazon.nova-lite-v1:0").messages(vec![question]).send().await?;
//! println!("{:?} {:?}", out.stop_reason, out.output);
//! # Ok(()) }
//! ```

pub mod assessments;
pub mod automated_reasoning;
pub mod bidirectional;
pub mod citations;
pub mod converse;
pub mod errors;
pub mod guardrails;
pub mod inference;
pub mod invoke;
pub mod media;
pub mod messages;
pub mod streaming;
pub mod tools;

pub use assessments::*;
pub use automated_reasoning::*;
pub use bidirectional::*;
pub use citations::*;
pub use converse::*;
pub use errors::*;
pub use guardrails::*;
pub use inference::*;
pub use invoke::*;
pub use media::*;
pub use messages::*;
pub use streaming::*;
pub use tools::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon Bedrock Runtime client. Clone it freely: clones share connections.
#[aws_service(
    id = "Bedrock Runtime",
    protocol = "restJson1",
    signing_name = "bedrock",
    api_version = "2023-09-30",
    endpoint_prefix = "bedrock-runtime",
    endpoint_rules = "endpoint-rule-set-1.json"
)]
pub struct BedrockRuntime;

/// Every operation of the slice, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<BedrockRuntime>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
#[macro_export]
macro_rules! each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::converse::Converse>,
            $($f)::+::<$crate::streaming::ConverseStream>,
            $($f)::+::<$crate::bidirectional::InvokeModelWithBidirectionalStream>,
            $($f)::+::<$crate::invoke::InvokeModelWithResponseStream>,
        ]
    };
}
