use aws_operation::aws_shape;

#[aws_shape(unoin)]
pub struct Tag {
    #[aws(lenght(min = 1))]
    pub key: String,
    #[aws(length(minimum = 1))]
    pub value: String,
}

fn main() {}
