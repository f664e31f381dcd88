//! Tools the model may call: their specifications, the choice of tool, tool use and tool results.

use aws_operation::{Document, UnknownMember, aws_shape};

use crate::media::{DocumentBlock, ImageBlock, VideoBlock};
use crate::messages::{CachePointBlock, SearchResultBlock};

/// Configuration information for the tools that you pass to a model.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolConfiguration {
    /// An array of tools that you want to pass to a model.
    #[aws(length(min = 1))]
    pub tools: Vec<Tool>,
    /// If supported by model, forces the model to request a tool.
    pub tool_choice: Option<ToolChoice>,
}

/// Information about a tool that you can use with the Converse API.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum Tool {
    /// The specfication for the tool.
    ToolSpec(ToolSpecification),
    /// Specifies the system-defined tool that you want use.
    SystemTool(SystemTool),
    /// CachePoint to include in the tool configuration.
    CachePoint(CachePointBlock),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The specification for the tool.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolSpecification {
    /// The name for the tool.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_-]+$")]
    pub name: String,
    /// The description for the tool.
    #[aws(length(min = 1))]
    pub description: Option<String>,
    /// The input schema for the tool in JSON format.
    pub input_schema: ToolInputSchema,
    /// Flag to enable structured output enforcement on a tool usage response.
    pub strict: Option<bool>,
}

/// The schema for the tool.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ToolInputSchema {
    /// The JSON schema for the tool.
    Json(Document),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Specifies a system-defined tool for the model to use.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct SystemTool {
    /// The name of the system-defined tool that you want to call.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_-]+$")]
    pub name: String,
}

/// Determines which tools the model should request in a call to `Converse` or `ConverseStream`.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ToolChoice {
    /// (Default).
    Auto(AutoToolChoice),
    /// The model must request at least one tool (no text is generated).
    Any(AnyToolChoice),
    /// The Model must request the specified tool.
    Tool(SpecificToolChoice),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The Model automatically decides if a tool should be called or whether to generate text instead.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AutoToolChoice {}

/// The model must request at least one tool (no text is generated).
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AnyToolChoice {}

/// The model must request a specific tool.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct SpecificToolChoice {
    /// The name of the tool that the model must request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_-]+$")]
    pub name: String,
}

/// A tool use content block.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolUseBlock {
    /// The ID for the tool request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_.:-]+$")]
    pub tool_use_id: String,
    /// The name of the tool that the model wants to use.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_-]+$")]
    pub name: String,
    /// The input to pass to the tool.
    pub input: Document,
    /// The type for the tool request.
    pub r#type: Option<ToolUseType>,
}

/// The type for the tool request.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ToolUseType {
    /// `server_tool_use`
    #[aws(value = "server_tool_use")]
    ServerToolUse,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A tool result block that contains the results for a tool request that the model previously made.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolResultBlock {
    /// The ID of the tool request that this is the result for.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z0-9_.:-]+$")]
    pub tool_use_id: String,
    /// The content for tool result content block.
    pub content: Vec<ToolResultContentBlock>,
    /// The status for the tool result content block.
    pub status: Option<ToolResultStatus>,
    /// The type for the tool result content block.
    pub r#type: Option<String>,
}

/// The tool result content block.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ToolResultContentBlock {
    /// A tool result that is JSON format data.
    Json(Document),
    /// A tool result that is text.
    Text(String),
    /// A tool result that is an image.
    Image(ImageBlock),
    /// A tool result that is a document.
    Document(DocumentBlock),
    /// A tool result that is video.
    Video(VideoBlock),
    /// A tool result that is a search result.
    SearchResult(SearchResultBlock),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// The status for the tool result content block.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ToolResultStatus {
    /// `success`
    #[aws(value = "success")]
    Success,
    /// `error`
    #[aws(value = "error")]
    Error,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A content block for adding a tool to the available tool set mid-conversation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolAdditionBlock {
    /// A reference to the tool to add to the available tool set.
    pub tool: ToolReference,
}

/// A content block for removing a tool from the available tool set mid-conversation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolRemovalBlock {
    /// A reference to the tool to remove from the available tool set.
    pub tool: ToolReference,
}

/// A reference to a tool in the tool configuration.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ToolReference {
    /// The type of tool reference.
    #[aws(length(min = 1, max = 64))]
    pub r#type: Option<String>,
    /// The name of the tool.
    #[aws(length(min = 1, max = 128))]
    pub name: Option<String>,
    /// The name of the MCP server that provides the tool.
    #[aws(length(min = 1, max = 128))]
    pub server_name: Option<String>,
}
