use aws_operation::{aws_operation, aws_shape};

#[aws_shape]
pub struct Output {}

#[aws_operation(output = Output)]
pub struct DoThing {
    pub name: String,
}

fn main() {}
