use aws_operation::aws_shape;

#[aws_shape]
pub struct Create {
    #[aws(idempotency_token)]
    pub client_token: Option<i32>,
    #[aws(idempotency_token)]
    pub other_token: String,
}

fn main() {}
