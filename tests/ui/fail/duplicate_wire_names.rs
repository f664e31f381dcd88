use aws_operation::aws_shape;

#[aws_shape]
pub struct Tag {
    pub key_name: String,
    #[aws(name = "keyName")]
    pub other: String,
}

#[aws_shape(enum)]
pub enum Kind {
    #[aws(value = "A")]
    First,
    #[aws(value = "A")]
    Second,
    Unknown(String),
}

fn main() {}
