use aws_operation::aws_shape;

#[aws_shape(enum)]
pub enum Kind {
    #[aws(value = "A")]
    A,
}

#[aws_shape(union)]
pub enum Payload {
    Start(String),
    Stop,
    Unknown(aws_operation::UnknownMember),
}

fn main() {}
