use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;

#[aws_shape]
pub struct Out {}

#[aws_shape(rename_all = "PascalCase")]
#[aws_operation(service = Service, operation = "A", output = Out)]
pub struct A {
    pub name: String,
}

#[aws_operation(service = Service, operation = "B", output = Out)]
#[aws_shape]
pub struct B {
    pub name: String,
}

fn main() {}
