//! Messages and their content blocks: what a conversation is made of, system prompts and prompt variables.

use aws_operation::{Blob, UnknownMember, aws_shape};

use crate::citations::{CitationsConfig, CitationsContentBlock};
use crate::guardrails::GuardrailConverseContentBlock;
use crate::media::{AudioBlock, DocumentBlock, ImageBlock, VideoBlock};
use crate::tools::{ToolAdditionBlock, ToolRemovalBlock, ToolResultBlock, ToolUseBlock};

/// A message input, or returned from, a call to Converse or ConverseStream.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Message {
    /// The role that the message plays in the message.
    pub role: ConversationRole,
    /// The message content.
    pub content: Vec<ContentBlock>,
}

/// The role that the message plays in the message.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConversationRole {
    /// `user`
    #[aws(value = "user")]
    User,
    /// `assistant`
    #[aws(value = "assistant")]
    Assistant,
    /// `system`
    #[aws(value = "system")]
    System,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A block of content for a message that you pass to, or receive from, a model with the Converse or
/// ConverseStream API operations.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ContentBlock {
    /// Text to include in the message.
    Text(String),
    /// Image to include in the message.
    Image(ImageBlock),
    /// A document to include in the message.
    Document(DocumentBlock),
    /// Video to include in the message.
    Video(VideoBlock),
    /// An audio content block containing audio data in the conversation.
    Audio(AudioBlock),
    /// Information about a tool use request from a model.
    ToolUse(ToolUseBlock),
    /// The result for a tool request that a model makes.
    ToolResult(ToolResultBlock),
    /// Contains the content to assess with the guardrail.
    GuardContent(GuardrailConverseContentBlock),
    /// CachePoint to include in the message.
    CachePoint(CachePointBlock),
    /// Contains content regarding the reasoning that is carried out by the model.
    ReasoningContent(ReasoningContentBlock),
    /// A content block that contains both generated text and associated citation information, providing
    /// traceability between the response and source documents.
    CitationsContent(CitationsContentBlock),
    /// Search result to include in the message.
    SearchResult(SearchResultBlock),
    /// A tool added to the conversation.
    ToolAddition(ToolAdditionBlock),
    /// A tool removed from the conversation.
    ToolRemoval(ToolRemovalBlock),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Contains configurations for instructions to provide the model for how to handle input.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum SystemContentBlock {
    /// A system prompt for the model.
    #[aws(length(min = 1))]
    Text(String),
    /// A content block to assess with the guardrail.
    GuardContent(GuardrailConverseContentBlock),
    /// CachePoint to include in the system prompt.
    CachePoint(CachePointBlock),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Contains a map of variables in a prompt from Prompt management to an object containing the values to fill
/// in for them when running model invocation.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum PromptVariableValues {
    /// The text value that the variable maps to.
    Text(String),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Defines a section of content to be cached for reuse in subsequent API calls.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CachePointBlock {
    /// Specifies the type of cache point within the CachePointBlock.
    pub r#type: CachePointType,
    /// Optional TTL duration for cache entries.
    pub ttl: Option<CacheTTL>,
}

/// Specifies the type of cache point within the CachePointBlock.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CachePointType {
    /// `default`
    #[aws(value = "default")]
    Default,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Time-to-live duration for ephemeral cache entries
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CacheTTL {
    /// `5m`
    #[aws(value = "5m")]
    FiveMinutes,
    /// `1h`
    #[aws(value = "1h")]
    OneHour,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A block containing error information when content processing fails.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct ErrorBlock {
    /// A human-readable error message describing what went wrong during content processing.
    pub message: Option<String>,
}

/// Contains content regarding the reasoning that is carried out by the model with respect to the content in
/// the content block.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum ReasoningContentBlock {
    /// The reasoning that the model used to return the output.
    ReasoningText(ReasoningTextBlock),
    /// The content in the reasoning that was encrypted by the model provider for safety reasons.
    RedactedContent(Blob),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Contains the reasoning that the model used to return the output.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct ReasoningTextBlock {
    /// The reasoning that the model used to return the output.
    pub text: String,
    /// A token that verifies that the reasoning text was generated by the model.
    pub signature: Option<String>,
}

/// A search result block that enables natural citations with proper source attribution for retrieved content.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct SearchResultBlock {
    /// The source URL or identifier for the content.
    pub source: String,
    /// A descriptive title for the search result.
    pub title: String,
    /// An array of search result content block.
    pub content: Vec<SearchResultContentBlock>,
    /// Configuration setting for citations
    pub citations: Option<CitationsConfig>,
}

/// A block within a search result that contains the content.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct SearchResultContentBlock {
    /// The actual text content
    pub text: String,
}
