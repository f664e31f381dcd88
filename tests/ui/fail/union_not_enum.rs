use aws_operation::aws_shape;

#[aws_shape(union)]
pub struct Payload {
    pub start: Option<String>,
}

#[aws_shape]
pub enum Kind {
    A,
    Unknown(String),
}

fn main() {}
