//! Tags: key-value pairs on channel resources (program management accounts, relationships,
//! channel handshakes and channel contracts), and the operations that read and change them.

use aws_operation::{aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException, ThrottlingException,
    ValidationException,
};

/// A key-value pair that can be associated with a resource.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    #[aws(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
    pub key: String,
    /// The value of the tag.
    #[aws(length(min = 0, max = 256), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
    pub value: String,
}

impl Tag {
    /// A tag from its key and value.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self { key: key.into(), value: value.into() }
    }
}

/// Lists tags associated with a specific resource.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "ListTagsForResource",
    fluent,
    output = ListTagsForResourceOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct ListTagsForResource {
    /// The Amazon Resource Name (ARN) of the resource to list tags for.
    #[aws(
        length(min = 1, max = 1011),
        pattern = "^arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13}|channel-contract/cc-[a-z0-9]{13})$"
    )]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// Key-value pairs associated with the resource.
    pub tags: Option<Vec<Tag>>,
}

/// Adds or updates tags for a specified resource.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "TagResource",
    fluent,
    output = TagResourceOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
        ConflictException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct TagResource {
    /// The Amazon Resource Name (ARN) of the resource to tag.
    #[aws(
        length(min = 1, max = 1011),
        pattern = "^arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13}|channel-contract/cc-[a-z0-9]{13})$"
    )]
    pub resource_arn: String,
    /// Key-value pairs to associate with the resource.
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct TagResourceOutput {}

/// Removes tags from a specified resource.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "UntagResource",
    fluent,
    output = UntagResourceOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
        ConflictException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct UntagResource {
    /// The Amazon Resource Name (ARN) of the resource to remove tags from.
    #[aws(
        length(min = 1, max = 1011),
        pattern = "^arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13}|channel-contract/cc-[a-z0-9]{13})$"
    )]
    pub resource_arn: String,
    /// The keys of the tags to remove from the resource.
    #[aws(items(length(min = 1, max = 128), pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"))]
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UntagResourceOutput {}
