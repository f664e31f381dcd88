use aws_operation::aws_shape;

#[aws_shape(sensitive, sensitive)]
pub struct Tag {
    #[aws(name = "Key", name = "key")]
    pub key: String,
    #[aws(length(min = 1, min = 2))]
    pub value: String,
}

fn main() {}
