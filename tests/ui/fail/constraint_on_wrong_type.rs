use aws_operation::aws_shape;

#[aws_shape]
pub struct Page {
    #[aws(length(max = 5))]
    pub size: i32,
}

fn main() {}
