//! Inference settings: sampling parameters, performance and service tier, output format.

use aws_operation::{UnknownMember, aws_shape};

/// Base inference parameters to pass to a model in a call to Converse or ConverseStream.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct InferenceConfiguration {
    /// The maximum number of tokens to allow in the generated response.
    #[aws(range(min = 1))]
    pub max_tokens: Option<i32>,
    /// The likelihood of the model selecting higher-probability options while generating a response.
    #[aws(range(min = 0, max = 1))]
    pub temperature: Option<f32>,
    /// The percentage of most-likely candidates that the model considers for the next token.
    #[aws(range(min = 0, max = 1))]
    pub top_p: Option<f32>,
    /// A list of stop sequences.
    #[aws(length(min = 0, max = 2500), items(length(min = 1)))]
    pub stop_sequences: Option<Vec<String>>,
}

/// Performance settings for a model.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct PerformanceConfiguration {
    /// To use a latency-optimized version of the model, set to `optimized`.
    pub latency: Option<PerformanceConfigLatency>,
}

/// Model performance settings for the request.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PerformanceConfigLatency {
    /// `standard`
    #[aws(value = "standard")]
    Standard,
    /// `optimized`
    #[aws(value = "optimized")]
    Optimized,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Specifies the processing tier configuration used for serving the request.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ServiceTier {
    /// Specifies the processing tier type used for serving the request.
    pub r#type: ServiceTierType,
}

/// Specifies the processing tier type used for serving the request.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceTierType {
    /// `priority`
    #[aws(value = "priority")]
    Priority,
    /// `default`
    #[aws(value = "default")]
    Default,
    /// `flex`
    #[aws(value = "flex")]
    Flex,
    /// `reserved`
    #[aws(value = "reserved")]
    Reserved,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Output configuration for a model response in a call to Converse or ConverseStream.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct OutputConfig {
    /// Structured output parameters to control the model's text response.
    pub text_format: Option<OutputFormat>,
    /// The effort level for the model to use when generating a response.
    #[aws(length(min = 0, max = 16))]
    pub effort: Option<String>,
}

/// Structured output parameters to control the model's response.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct OutputFormat {
    /// The type of structured output format.
    pub r#type: OutputFormatType,
    /// The structure that the model's output must adhere to.
    pub structure: OutputFormatStructure,
}

/// The type of structured output format.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OutputFormatType {
    /// `json_schema`
    #[aws(value = "json_schema")]
    JsonSchema,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The structure that the model's output must adhere to.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum OutputFormatStructure {
    /// A JSON schema structure that the model's output must adhere to.
    JsonSchema(JsonSchemaDefinition),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// JSON schema structured output format options.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct JsonSchemaDefinition {
    /// The JSON schema to constrain the model's output.
    pub schema: String,
    /// The name of the JSON schema.
    pub name: Option<String>,
    /// A description of the JSON schema.
    pub description: Option<String>,
}
