//! `InvokeModelWithBidirectionalStream`: a conversation in both directions at once, the caller's
//! chunks (speech, for Amazon Nova Sonic) sent as a stream of events while the model's chunks
//! come back as another.

use aws_operation::event_stream::{EventStream, EventStreamSender};
use aws_operation::{Blob, UnknownMember, aws_operation, aws_shape};

use crate::BedrockRuntime;
use crate::errors::{
    AccessDeniedException, InternalServerException, ModelErrorException, ModelNotReadyException,
    ModelStreamErrorException, ModelTimeoutException, ResourceNotFoundException, ServiceQuotaExceededException,
    ServiceUnavailableException, ThrottlingException, ValidationException,
};

/// Invoke the specified Amazon Bedrock model to run inference using the bidirectional stream.
#[aws_operation(
    service = BedrockRuntime,
    operation = "InvokeModelWithBidirectionalStream",
    output = InvokeModelWithBidirectionalStreamResponse,
    errors = [AccessDeniedException, ResourceNotFoundException, ThrottlingException, ModelTimeoutException, InternalServerException, ServiceUnavailableException, ModelStreamErrorException, ValidationException, ServiceQuotaExceededException, ModelNotReadyException, ModelErrorException],
    http(method = "POST", uri = "/model/{modelId}/invoke-with-bidirectional-stream", code = 200)
)]
pub struct InvokeModelWithBidirectionalStream {
    /// The model ID or ARN of the model ID to use.
    #[aws(
        http_label,
        length(min = 1, max = 2048),
        pattern = "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$"
    )]
    pub model_id: String,
    /// The prompt and inference parameters in the format specified in the `BidirectionalInputPayloadPart`
    /// in the header.
    #[aws(http_payload)]
    pub body: EventStreamSender<InvokeModelWithBidirectionalStreamInput>,
}

/// Payload content, the speech chunk, for the bidirectional input of the invocation step.
#[aws_shape(union)]
#[derive(Debug)]
pub enum InvokeModelWithBidirectionalStreamInput {
    /// The audio chunk that is used as input for the invocation step.
    Chunk(BidirectionalInputPayloadPart),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Payload content for the bidirectional input.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct BidirectionalInputPayloadPart {
    /// The audio content for the bidirectional input.
    #[aws(sensitive, length(min = 0, max = 1000000))]
    pub bytes: Option<Blob>,
}

/// The output of `InvokeModelWithBidirectionalStream`: the model's side of the conversation.
#[aws_shape]
pub struct InvokeModelWithBidirectionalStreamResponse {
    /// Streaming response from the model in the format specified by the `BidirectionalOutputPayloadPart`
    /// header.
    #[aws(http_payload)]
    pub body: EventStream<InvokeModelWithBidirectionalStreamOutput>,
}

/// Output from the bidirectional stream that was used for model invocation.
#[aws_shape(union)]
#[derive(Debug)]
pub enum InvokeModelWithBidirectionalStreamOutput {
    /// The speech chunk that was provided as output from the invocation step.
    Chunk(BidirectionalOutputPayloadPart),
    /// The request encountered an unknown internal error.
    InternalServerException(InternalServerException),
    /// The request encountered an error with the model stream.
    ModelStreamErrorException(ModelStreamErrorException),
    /// The input fails to satisfy the constraints specified by an Amazon Web Services service.
    ValidationException(ValidationException),
    /// The request was denied due to request throttling.
    ThrottlingException(ThrottlingException),
    /// The connection was closed because a request was not received within the timeout period.
    ModelTimeoutException(ModelTimeoutException),
    /// The request has failed due to a temporary failure of the server.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Output from the bidirectional stream.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct BidirectionalOutputPayloadPart {
    /// The speech output of the bidirectional stream.
    #[aws(sensitive, length(min = 0, max = 1000000))]
    pub bytes: Option<Blob>,
}
