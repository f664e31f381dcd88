use aws_operation::{aws_operation, aws_service, aws_shape};

#[aws_service(id = "Pascal", protocol = "awsJson1_0", target_prefix = "P", signing_name = "p", api_version = "1", member_casing = "PascalCase")]
pub struct Pascal;

/// Forgot `rename_all`: its members would be read as `tableName`, never found.
#[aws_shape]
pub struct GetOutput {
    pub table_name: Option<String>,
}

#[aws_shape(rename_all = "PascalCase")]
pub struct RightOutput {
    pub table_name: Option<String>,
}

#[aws_operation(service = Pascal, operation = "Get", output = GetOutput, rename_all = "PascalCase")]
pub struct Get {
    pub table_name: String,
}

// The input forgot it; the output has it.
#[aws_operation(service = Pascal, operation = "Right", output = RightOutput)]
pub struct Right {
    pub table_name: String,
}

fn main() {}
