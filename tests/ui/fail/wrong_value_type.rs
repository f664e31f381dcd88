use aws_operation::aws_shape;

#[aws_shape(rename_all = camelCase)]
pub struct Tag {
    #[aws(length(min = "1"))]
    pub key: String,
    #[aws(pattern = 5, required = true)]
    pub value: String,
    #[aws(timestamp_format = "iso8601")]
    pub at: Option<aws_operation::DateTime>,
}

fn main() {}
