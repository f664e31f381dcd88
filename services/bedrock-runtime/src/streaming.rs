//! `ConverseStream`: the answer as a stream of events, from `messageStart` to `metadata`.

use std::collections::BTreeMap;

use aws_operation::event_stream::EventStream;
use aws_operation::{Blob, Document, UnknownMember, aws_operation, aws_shape};

use crate::BedrockRuntime;
use crate::assessments::GuardrailTraceAssessment;
use crate::citations::CitationLocation;
use crate::converse::{PromptRouterTrace, StopReason, TokenUsage};
use crate::errors::{
    AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException,
    ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceUnavailableException,
    ThrottlingException, ValidationException,
};
use crate::guardrails::GuardrailStreamConfiguration;
use crate::inference::{InferenceConfiguration, OutputConfig, PerformanceConfiguration, ServiceTier};
use crate::media::{ImageFormat, ImageSource};
use crate::messages::{ConversationRole, ErrorBlock, Message, PromptVariableValues, SystemContentBlock};
use crate::tools::{ToolConfiguration, ToolResultStatus, ToolUseType};

/// Sends messages to the specified Amazon Bedrock model and returns the response in a stream.
#[aws_operation(
    service = BedrockRuntime,
    operation = "ConverseStream",
    fluent,
    output = ConverseStreamResponse,
    errors = [AccessDeniedException, ThrottlingException, ResourceNotFoundException, ModelTimeoutException, InternalServerException, ServiceUnavailableException, ValidationException, ModelNotReadyException, ModelErrorException],
    http(method = "POST", uri = "/model/{modelId}/converse-stream", code = 200)
)]
#[derive(Clone, PartialEq)]
pub struct ConverseStream {
    /// Specifies the model or throughput with which to run inference, or the prompt resource to use in
    /// inference.
    #[aws(
        http_label,
        length(min = 1, max = 2048),
        pattern = "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$"
    )]
    pub model_id: String,
    /// The messages that you want to send to the model.
    pub messages: Option<Vec<Message>>,
    /// A prompt that provides instructions or context to the model about the task it should perform, or the
    /// persona it should adopt during the conversation.
    pub system: Option<Vec<SystemContentBlock>>,
    /// Inference parameters to pass to the model.
    pub inference_config: Option<InferenceConfiguration>,
    /// Configuration information for the tools that the model can use when generating a response.
    pub tool_config: Option<ToolConfiguration>,
    /// Configuration information for a guardrail that you want to use in the request.
    pub guardrail_config: Option<GuardrailStreamConfiguration>,
    /// The ID or Amazon Resource Name (ARN) of the project to use for this invocation.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "^([a-zA-Z0-9_-]+|arn:aws(|-us-gov|-cn|-iso|-iso-b|-iso-f|-eusc):bedrock:[0-9a-z-]{1,20}:[0-9]{12}:project/[a-zA-Z0-9_-]+)$"
    )]
    pub project_identifier: Option<String>,
    /// Additional inference parameters that the model supports, beyond the base set of inference parameters
    /// that `Converse` and `ConverseStream` support in the `inferenceConfig` field.
    pub additional_model_request_fields: Option<Document>,
    /// Contains a map of variables in a prompt from Prompt management to objects containing the values to
    /// fill in for them when running model invocation.
    #[aws(sensitive)]
    pub prompt_variables: Option<BTreeMap<String, PromptVariableValues>>,
    /// Additional model parameters field paths to return in the response.
    #[aws(length(min = 0, max = 10), items(length(min = 1, max = 256)))]
    pub additional_model_response_field_paths: Option<Vec<String>>,
    /// Key-value pairs that you can use to filter invocation logs.
    #[aws(
        sensitive,
        length(min = 1, max = 16),
        keys(length(min = 1, max = 256), pattern = r"^[a-zA-Z0-9\s:_@$#=/+,-.]{1,256}$"),
        items(length(min = 0, max = 256), pattern = r"^[a-zA-Z0-9\s:_@$#=/+,-.]{0,256}$")
    )]
    pub request_metadata: Option<BTreeMap<String, String>>,
    /// Model performance settings for the request.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
    /// Output configuration for a model response.
    pub output_config: Option<OutputConfig>,
}

/// The output of `ConverseStream`: the events of the answer.
#[aws_shape]
pub struct ConverseStreamResponse {
    /// The output stream that the model generated.
    #[aws(http_payload)]
    pub stream: Option<EventStream<ConverseStreamOutput>>,
}

/// The messages output stream
#[aws_shape(union)]
#[derive(Debug)]
pub enum ConverseStreamOutput {
    /// Message start information.
    MessageStart(MessageStartEvent),
    /// Start information for a content block.
    ContentBlockStart(ContentBlockStartEvent),
    /// The messages output content block delta.
    ContentBlockDelta(ContentBlockDeltaEvent),
    /// Stop information for a content block.
    ContentBlockStop(ContentBlockStopEvent),
    /// Message stop information.
    MessageStop(MessageStopEvent),
    /// Metadata for the converse output stream.
    Metadata(ConverseStreamMetadataEvent),
    /// An internal server error occurred.
    InternalServerException(InternalServerException),
    /// A streaming error occurred.
    ModelStreamErrorException(ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by Amazon Bedrock.
    ValidationException(ValidationException),
    /// Your request was denied due to exceeding the account quotas for Amazon Bedrock.
    ThrottlingException(ThrottlingException),
    /// The service isn't currently available.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The start of a message.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct MessageStartEvent {
    /// The role for the message.
    pub role: ConversationRole,
}

/// Content block start event.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ContentBlockStartEvent {
    /// Start information about a content block start event.
    pub start: ContentBlockStart,
    /// The index for a content block start event.
    #[aws(range(min = 0))]
    pub content_block_index: i32,
}

/// Content block start information.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ContentBlockStart {
    /// Information about a tool that the model is requesting to use.
    ToolUse(ToolUseBlockStart),
    /// The
    ToolResult(ToolResultBlockStart),
    /// The initial event indicating the start of a streaming image block.
    Image(ImageBlockStart),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The start of a tool use block.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolUseBlockStart {
    /// The ID for the tool request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_.:-]+$")]
    pub tool_use_id: String,
    /// The name of the tool that the model is requesting to use.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_-]+$")]
    pub name: String,
    /// The type for the tool request.
    pub r#type: Option<ToolUseType>,
}

/// The start of a tool result block.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolResultBlockStart {
    /// The ID of the tool that was used to generate this tool result block.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_.:-]+$")]
    pub tool_use_id: String,
    /// The type for the tool that was used to generate this tool result block.
    pub r#type: Option<String>,
    /// The status of the tool result block.
    pub status: Option<ToolResultStatus>,
}

/// The initial event in a streaming image block that indicates the start of image content.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ImageBlockStart {
    /// The format of the image data that will be streamed in subsequent delta events.
    pub format: ImageFormat,
}

/// The content block delta event.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ContentBlockDeltaEvent {
    /// The delta for a content block delta event.
    pub delta: ContentBlockDelta,
    /// The block index for a content block delta event.
    #[aws(range(min = 0))]
    pub content_block_index: i32,
}

/// A block of content in a streaming response.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ContentBlockDelta {
    /// The content text.
    Text(String),
    /// Information about a tool that the model is requesting to use.
    ToolUse(ToolUseBlockDelta),
    /// An incremental update that contains the results from a tool call.
    ToolResult(Vec<ToolResultBlockDelta>),
    /// Contains content regarding the reasoning that is carried out by the model.
    ReasoningContent(ReasoningContentBlockDelta),
    /// Incremental citation information that is streamed as part of the response generation process.
    Citation(CitationsDelta),
    /// A streaming delta event containing incremental image data.
    Image(ImageBlockDelta),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The delta for a tool use block.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolUseBlockDelta {
    /// The input for a requested tool.
    pub input: String,
}

/// Contains incremental updates to tool results information during streaming responses.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ToolResultBlockDelta {
    /// The reasoning the model used to return the output.
    Text(String),
    /// The JSON schema for the tool result content block.
    Json(Document),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Contains content regarding the reasoning that is carried out by the model with respect to the content in
/// the content block.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum ReasoningContentBlockDelta {
    /// The reasoning that the model used to return the output.
    Text(String),
    /// The content in the reasoning that was encrypted by the model provider for safety reasons.
    RedactedContent(Blob),
    /// A token that verifies that the reasoning text was generated by the model.
    Signature(String),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A streaming delta event that contains incremental image data during streaming responses.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ImageBlockDelta {
    /// The incremental image source data for this delta event.
    pub source: Option<ImageSource>,
    /// Error information if this image delta could not be processed.
    pub error: Option<ErrorBlock>,
}

/// Contains incremental updates to citation information during streaming responses.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CitationsDelta {
    /// The title or identifier of the source document being cited.
    pub title: Option<String>,
    /// The source from the original search result that provided the cited content.
    pub source: Option<String>,
    /// The specific content from the source document that was referenced or cited in the generated response.
    pub source_content: Option<Vec<CitationSourceContentDelta>>,
    /// Specifies the precise location within a source document where cited content can be found.
    pub location: Option<CitationLocation>,
}

/// Contains incremental updates to the source content text during streaming responses, allowing clients to
/// build up the cited content progressively.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CitationSourceContentDelta {
    /// An incremental update to the text content from the source document that is being cited.
    pub text: Option<String>,
}

/// A content block stop event.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ContentBlockStopEvent {
    /// The index for a content block.
    #[aws(range(min = 0))]
    pub content_block_index: i32,
}

/// The stop event for a message.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct MessageStopEvent {
    /// The reason why the model stopped generating output.
    pub stop_reason: StopReason,
    /// The additional model response fields.
    pub additional_model_response_fields: Option<Document>,
}

/// A conversation stream metadata event.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseStreamMetadataEvent {
    /// Usage information for the conversation stream event.
    pub usage: TokenUsage,
    /// The metrics for the conversation stream metadata event.
    pub metrics: ConverseStreamMetrics,
    /// The trace object in the response from ConverseStream that contains information about the guardrail
    /// behavior.
    pub trace: Option<ConverseStreamTrace>,
    /// Model performance configuration metadata for the conversation stream event.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
}

/// Metrics for the stream.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseStreamMetrics {
    /// The latency for the streaming request, in milliseconds.
    pub latency_ms: i64,
}

/// The trace object in a response from ConverseStream.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseStreamTrace {
    /// The guardrail trace object.
    pub guardrail: Option<GuardrailTraceAssessment>,
    /// The request's prompt router.
    pub prompt_router: Option<PromptRouterTrace>,
}
