//! Tags: key-value pairs on channel resources.

use aws_operation::aws_shape;

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
