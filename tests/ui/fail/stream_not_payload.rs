use aws_operation::{ByteStream, aws_shape};

// A stream is the whole body: a member that is not the `http_payload` cannot be one.
#[aws_shape]
pub struct Upload {
    #[aws(http_header = "X-Name")]
    pub name: Option<String>,
    pub body: Option<ByteStream>,
}

fn main() {}
