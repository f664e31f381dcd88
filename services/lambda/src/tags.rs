//! Tags: key-value pairs on functions (and on event source mappings, code signing configurations
//! and capacity providers), and the operations that read and change them.

use std::collections::BTreeMap;

use aws_operation::{aws_operation, aws_shape};

use crate::Lambda;
use crate::errors::{
    InvalidParameterValueException, ResourceConflictException, ResourceNotFoundException, ServiceException,
    TooManyRequestsException,
};

/// Adds tags to a function, event source mapping, or code signing configuration.
#[aws_operation(
    service = Lambda,
    operation = "TagResource",
    fluent,
    output = TagResourceOutput,
    errors = [
        InvalidParameterValueException,
        ResourceConflictException,
        ServiceException,
        TooManyRequestsException,
        ResourceNotFoundException,
    ],
    http(method = "POST", uri = "/2017-03-31/tags/{Resource}", code = 204),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct TagResource {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        http_label,
        length(min = 1, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})$"
    )]
    pub resource: String,
    /// A list of tags to apply to the resource.
    #[aws(
        keys(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"),
        items(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
    )]
    pub tags: BTreeMap<String, String>,
}

/// The output of `TagResource`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TagResourceOutput {}

/// Returns a function, event source mapping, or code signing configuration's tags.
#[aws_operation(
    service = Lambda,
    operation = "ListTags",
    fluent,
    output = ListTagsOutput,
    errors = [
        InvalidParameterValueException,
        ServiceException,
        TooManyRequestsException,
        ResourceNotFoundException,
    ],
    http(method = "GET", uri = "/2017-03-31/tags/{Resource}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct ListTags {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        http_label,
        length(min = 1, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})$"
    )]
    pub resource: String,
}

/// The output of `ListTags`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListTagsOutput {
    /// The function's tags.
    #[aws(
        keys(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"),
        items(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
    )]
    pub tags: Option<BTreeMap<String, String>>,
}

/// Removes tags from a function, event source mapping, or code signing configuration.
#[aws_operation(
    service = Lambda,
    operation = "UntagResource",
    fluent,
    output = UntagResourceOutput,
    errors = [
        InvalidParameterValueException,
        ResourceConflictException,
        ServiceException,
        TooManyRequestsException,
        ResourceNotFoundException,
    ],
    http(method = "DELETE", uri = "/2017-03-31/tags/{Resource}", code = 204),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct UntagResource {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        http_label,
        length(min = 1, max = 10000),
        pattern = r"^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})$"
    )]
    pub resource: String,
    /// A list of tag keys to remove from the resource.
    #[aws(http_query = "tagKeys", items(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"))]
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct UntagResourceOutput {}
