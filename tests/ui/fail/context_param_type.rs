use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;

#[aws_shape]
pub struct Out {}

#[aws_operation(service = Service, operation = "C", output = Out)]
pub struct C {
    #[aws(context_param = "Count")]
    pub count: i32,
    #[aws(context_param = "Sizes")]
    pub sizes: Option<Vec<i64>>,
    #[aws(context_param = "Name")]
    pub name: Option<String>,
}

fn main() {}
