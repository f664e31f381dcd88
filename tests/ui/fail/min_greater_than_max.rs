use aws_operation::aws_shape;

#[aws_shape]
pub struct Page {
    #[aws(length(min = 5, max = 1))]
    pub token: String,
    #[aws(range(min = 100, max = 1))]
    pub max_results: Option<i32>,
    #[aws(range(min = 1.5, max = -1.5))]
    pub ratio: Option<f64>,
}

fn main() {}
