use aws_operation::aws_shape;

#[aws_shape(enum, sensitive)]
#[derive(Debug)]
pub enum Kind {
    #[aws(value = "A")]
    A,
    Unknown(String),
}

fn main() {}
