use aws_operation::aws_shape;

#[aws_shape]
pub struct Tag {
    #[aws(pattern = "^[a-z$")]
    pub key: String,
    #[aws(items(pattern = "(unclosed"))]
    pub values: Vec<String>,
}

fn main() {}
