//! `Converse`: one answer to a conversation, with its stop reason, usage, metrics and trace.

use std::collections::BTreeMap;

use aws_operation::{Document, UnknownMember, aws_operation, aws_shape};

use crate::BedrockRuntime;
use crate::assessments::GuardrailTraceAssessment;
use crate::errors::{
    AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException, ModelTimeoutException,
    ResourceNotFoundException, ServiceUnavailableException, ThrottlingException, ValidationException,
};
use crate::guardrails::GuardrailConfiguration;
use crate::inference::{InferenceConfiguration, OutputConfig, PerformanceConfiguration, ServiceTier};
use crate::messages::{CacheTTL, Message, PromptVariableValues, SystemContentBlock};
use crate::tools::ToolConfiguration;

/// Sends messages to the specified Amazon Bedrock model.
#[aws_operation(
    service = BedrockRuntime,
    operation = "Converse",
    fluent,
    output = ConverseResponse,
    errors = [AccessDeniedException, ThrottlingException, ResourceNotFoundException, ModelTimeoutException, InternalServerException, ServiceUnavailableException, ValidationException, ModelNotReadyException, ModelErrorException],
    http(method = "POST", uri = "/model/{modelId}/converse", code = 200)
)]
#[derive(Clone, PartialEq)]
pub struct Converse {
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
    pub guardrail_config: Option<GuardrailConfiguration>,
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

/// The output of `Converse`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseResponse {
    /// The result from the call to `Converse`.
    pub output: ConverseOutput,
    /// The reason why the model stopped generating output.
    pub stop_reason: StopReason,
    /// The total number of tokens used in the call to `Converse`.
    pub usage: TokenUsage,
    /// Metrics for the call to `Converse`.
    pub metrics: ConverseMetrics,
    /// Additional fields in the response that are unique to the model.
    pub additional_model_response_fields: Option<Document>,
    /// A trace object that contains information about the Guardrail behavior.
    pub trace: Option<ConverseTrace>,
    /// Model performance settings for the request.
    pub performance_config: Option<PerformanceConfiguration>,
    /// Specifies the processing tier configuration used for serving the request.
    pub service_tier: Option<ServiceTier>,
}

/// The output from a call to Converse.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ConverseOutput {
    /// The message that the model generates.
    Message(Message),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The reason why the model stopped generating output.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StopReason {
    /// `end_turn`
    #[aws(value = "end_turn")]
    EndTurn,
    /// `tool_use`
    #[aws(value = "tool_use")]
    ToolUse,
    /// `max_tokens`
    #[aws(value = "max_tokens")]
    MaxTokens,
    /// `stop_sequence`
    #[aws(value = "stop_sequence")]
    StopSequence,
    /// `guardrail_intervened`
    #[aws(value = "guardrail_intervened")]
    GuardrailIntervened,
    /// `content_filtered`
    #[aws(value = "content_filtered")]
    ContentFiltered,
    /// `malformed_model_output`
    #[aws(value = "malformed_model_output")]
    MalformedModelOutput,
    /// `malformed_tool_use`
    #[aws(value = "malformed_tool_use")]
    MalformedToolUse,
    /// `model_context_window_exceeded`
    #[aws(value = "model_context_window_exceeded")]
    ModelContextWindowExceeded,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The tokens used in a message API inference call.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct TokenUsage {
    /// The number of tokens sent in the request to the model.
    #[aws(range(min = 0))]
    pub input_tokens: i32,
    /// The number of tokens that the model generated for the request.
    #[aws(range(min = 0))]
    pub output_tokens: i32,
    /// The total of input tokens and tokens generated by the model.
    #[aws(range(min = 0))]
    pub total_tokens: i32,
    /// The number of input tokens read from the cache for the request.
    #[aws(range(min = 0))]
    pub cache_read_input_tokens: Option<i32>,
    /// The number of input tokens written to the cache for the request.
    #[aws(range(min = 0))]
    pub cache_write_input_tokens: Option<i32>,
    /// Detailed breakdown of cache writes by TTL.
    pub cache_details: Option<Vec<CacheDetail>>,
}

/// Cache creation metrics for a specific TTL duration
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CacheDetail {
    /// TTL duration for these cached tokens
    pub ttl: CacheTTL,
    /// Number of tokens written to cache with this TTL (cache creation tokens)
    #[aws(range(min = 0))]
    pub input_tokens: i32,
}

/// Metrics for a call to Converse.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseMetrics {
    /// The latency of the call to `Converse`, in milliseconds.
    pub latency_ms: i64,
}

/// The trace object in a response from Converse.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ConverseTrace {
    /// The guardrail trace object.
    pub guardrail: Option<GuardrailTraceAssessment>,
    /// The request's prompt router.
    pub prompt_router: Option<PromptRouterTrace>,
}

/// A prompt router trace.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct PromptRouterTrace {
    /// The ID of the invoked model.
    #[aws(
        pattern = "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{1,20}):(|[0-9]{12}):inference-profile/[a-zA-Z0-9-:.]+)$"
    )]
    pub invoked_model_id: Option<String>,
}
