//! `InvokeModelWithResponseStream`: a model's native request body, its answer as a stream of byte chunks.

use aws_operation::event_stream::EventStream;
use aws_operation::{Blob, UnknownMember, aws_operation, aws_shape};

use crate::BedrockRuntime;
use crate::errors::{
    AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException,
    ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException,
    ServiceUnavailableException, ThrottlingException, ValidationException,
};
use crate::inference::{PerformanceConfigLatency, ServiceTierType};

/// Invoke the specified Amazon Bedrock model to run inference using the prompt and inference parameters
/// provided in the request body.
#[aws_operation(
    service = BedrockRuntime,
    operation = "InvokeModelWithResponseStream",
    fluent,
    output = InvokeModelWithResponseStreamResponse,
    errors = [AccessDeniedException, ResourceNotFoundException, ThrottlingException, ModelTimeoutException, InternalServerException, ServiceUnavailableException, ModelStreamErrorException, ValidationException, ServiceQuotaExceededException, ModelNotReadyException, ModelErrorException],
    http(method = "POST", uri = "/model/{modelId}/invoke-with-response-stream", code = 200)
)]
#[derive(Clone, PartialEq)]
pub struct InvokeModelWithResponseStream {
    /// The prompt and inference parameters in the format specified in the `contentType` in the header.
    #[aws(http_payload, sensitive, length(min = 0, max = 25000000))]
    pub body: Option<Blob>,
    /// The MIME type of the input data in the request.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// The desired MIME type of the inference body in the response.
    #[aws(http_header = "X-Amzn-Bedrock-Accept")]
    pub accept: Option<String>,
    /// The unique identifier of the model to invoke to run inference.
    #[aws(
        http_label,
        length(min = 1, max = 2048),
        pattern = "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$"
    )]
    pub model_id: String,
    /// Specifies whether to enable or disable the Bedrock trace.
    #[aws(http_header = "X-Amzn-Bedrock-Trace")]
    pub trace: Option<Trace>,
    /// The unique identifier of the guardrail that you want to use.
    #[aws(
        http_header = "X-Amzn-Bedrock-GuardrailIdentifier",
        length(min = 0, max = 2048),
        pattern = "^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$"
    )]
    pub guardrail_identifier: Option<String>,
    /// The version number for the guardrail.
    #[aws(http_header = "X-Amzn-Bedrock-GuardrailVersion", pattern = "^(|([1-9][0-9]{0,7})|(DRAFT))$")]
    pub guardrail_version: Option<String>,
    /// Model performance settings for the request.
    #[aws(http_header = "X-Amzn-Bedrock-PerformanceConfig-Latency")]
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    #[aws(http_header = "X-Amzn-Bedrock-Service-Tier")]
    pub service_tier: Option<ServiceTierType>,
    /// Key-value pairs that you can use to filter invocation logs.
    #[aws(http_header = "X-Amzn-Bedrock-Request-Metadata", sensitive, length(min = 0, max = 8500))]
    pub request_metadata: Option<String>,
    /// The ID or Amazon Resource Name (ARN) of the project to use for this invocation.
    #[aws(
        http_header = "X-Amzn-Bedrock-ProjectIdentifier",
        length(min = 1, max = 2048),
        pattern = "^([a-zA-Z0-9_-]+|arn:aws(|-us-gov|-cn|-iso|-iso-b|-iso-f|-eusc):bedrock:[0-9a-z-]{1,20}:[0-9]{12}:project/[a-zA-Z0-9_-]+)$"
    )]
    pub project_identifier: Option<String>,
}

/// The output of `InvokeModelWithResponseStream`: the model's answer in chunks.
#[aws_shape]
pub struct InvokeModelWithResponseStreamResponse {
    /// Inference response from the model in the format specified by the `contentType` header.
    #[aws(http_payload)]
    pub body: EventStream<ResponseStream>,
    /// The MIME type of the inference result.
    #[aws(required, http_header = "X-Amzn-Bedrock-Content-Type")]
    pub content_type: Option<String>,
    /// Model performance settings for the request.
    #[aws(http_header = "X-Amzn-Bedrock-PerformanceConfig-Latency")]
    pub performance_config_latency: Option<PerformanceConfigLatency>,
    /// Specifies the processing tier type used for serving the request.
    #[aws(http_header = "X-Amzn-Bedrock-Service-Tier")]
    pub service_tier: Option<ServiceTierType>,
}

/// Definition of content in the response stream.
#[aws_shape(union)]
#[derive(Debug)]
pub enum ResponseStream {
    /// Content included in the response.
    Chunk(PayloadPart),
    /// An internal server error occurred.
    InternalServerException(InternalServerException),
    /// An error occurred while streaming the response.
    ModelStreamErrorException(ModelStreamErrorException),
    /// Input validation failed.
    ValidationException(ValidationException),
    /// Your request was throttled because of service-wide limitations.
    ThrottlingException(ThrottlingException),
    /// The request took too long to process.
    ModelTimeoutException(ModelTimeoutException),
    /// The service isn't available.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Payload content included in the response.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct PayloadPart {
    /// Base64-encoded bytes of payload data.
    #[aws(sensitive, length(min = 0, max = 1000000))]
    pub bytes: Option<Blob>,
}

/// Specifies whether to enable or disable the Bedrock trace.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Trace {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// `ENABLED_FULL`
    #[aws(value = "ENABLED_FULL")]
    EnabledFull,
    /// A value this client does not know yet.
    Unknown(String),
}
