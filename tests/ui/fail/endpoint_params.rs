use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;

#[aws_shape]
pub struct Out {}

#[aws_operation(
    service = Service,
    operation = "A",
    output = Out,
    static_context_params(OperationType = "data", Flag = 1, Bad_Name = true),
    operation_context_params(Arns = "keys(items)", List = "items[0]", Missing = "tables[*].name", Twice = "items.a")
)]
pub struct A {
    pub items: Option<std::collections::BTreeMap<String, String>>,
    #[aws(context_param = "OperationType")]
    pub kind: Option<String>,
    #[aws(context_param = "Resource-Arn")]
    pub arn: Option<String>,
    #[aws(context_param = "Twice")]
    pub twice: Option<String>,
}

#[aws_operation(service = Service, operation = "B", output = Out, static_context_params = true)]
pub struct B {
    #[aws(context_param = "Count")]
    pub count: i32,
}

#[aws_shape]
pub struct NotAnInput {
    #[aws(context_param = "Name")]
    pub name: String,
}

fn main() {}
