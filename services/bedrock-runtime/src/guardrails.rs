//! Guardrails applied to a request, and the content a guardrail evaluates.

use aws_operation::{Blob, UnknownMember, aws_shape};

/// Configuration information for a guardrail that you use with the Converse operation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailConfiguration {
    /// The identifier for the guardrail.
    #[aws(
        length(min = 0, max = 2048),
        pattern = "^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$"
    )]
    pub guardrail_identifier: Option<String>,
    /// The version of the guardrail.
    #[aws(pattern = "^(|([1-9][0-9]{0,7})|(DRAFT))$")]
    pub guardrail_version: Option<String>,
    /// The trace behavior for the guardrail.
    pub trace: Option<GuardrailTrace>,
}

/// Configuration information for a guardrail that you use with the ConverseStream action.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailStreamConfiguration {
    /// The identifier for the guardrail.
    #[aws(
        length(min = 0, max = 2048),
        pattern = "^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$"
    )]
    pub guardrail_identifier: Option<String>,
    /// The version of the guardrail.
    #[aws(pattern = "^(|([1-9][0-9]{0,7})|(DRAFT))$")]
    pub guardrail_version: Option<String>,
    /// The trace behavior for the guardrail.
    pub trace: Option<GuardrailTrace>,
    /// The processing mode.
    pub stream_processing_mode: Option<GuardrailStreamProcessingMode>,
}

/// The trace behavior for the guardrail.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailTrace {
    /// `enabled`
    #[aws(value = "enabled")]
    Enabled,
    /// `disabled`
    #[aws(value = "disabled")]
    Disabled,
    /// `enabled_full`
    #[aws(value = "enabled_full")]
    EnabledFull,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The processing mode.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailStreamProcessingMode {
    /// `sync`
    #[aws(value = "sync")]
    Sync,
    /// `async`
    #[aws(value = "async")]
    Async,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A content block for selective guarding with the Converse or ConverseStream API operations.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum GuardrailConverseContentBlock {
    /// The text to guard.
    Text(GuardrailConverseTextBlock),
    /// Image within converse content block to be evaluated by the guardrail.
    Image(GuardrailConverseImageBlock),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A text block that contains text that you want to assess with a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailConverseTextBlock {
    /// The text that you want to guard.
    pub text: String,
    /// The qualifier details for the guardrails contextual grounding filter.
    pub qualifiers: Option<Vec<GuardrailConverseContentQualifier>>,
}

/// What guarded text is to a contextual grounding check: a grounding source, the query or content to guard.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailConverseContentQualifier {
    /// `grounding_source`
    #[aws(value = "grounding_source")]
    GroundingSource,
    /// `query`
    #[aws(value = "query")]
    Query,
    /// `guard_content`
    #[aws(value = "guard_content")]
    GuardContent,
    /// A value this client does not know yet.
    Unknown(String),
}

/// An image block that contains images that you want to assess with a guardrail.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct GuardrailConverseImageBlock {
    /// The format details for the image type of the guardrail converse image block.
    pub format: GuardrailConverseImageFormat,
    /// The image source (image bytes) of the guardrail converse image block.
    pub source: GuardrailConverseImageSource,
}

/// The format details for the image type of the guardrail converse image
/// block.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailConverseImageFormat {
    /// `png`
    #[aws(value = "png")]
    Png,
    /// `jpeg`
    #[aws(value = "jpeg")]
    Jpeg,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The image source (image bytes) of the guardrail converse image source.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum GuardrailConverseImageSource {
    /// The raw image bytes for the image.
    #[aws(length(min = 1))]
    Bytes(Blob),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}
