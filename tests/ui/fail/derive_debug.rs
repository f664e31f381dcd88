use aws_operation::aws_shape;

#[aws_shape]
#[derive(Debug, Clone)]
pub struct Tag {
    pub key: String,
}

fn main() {}
