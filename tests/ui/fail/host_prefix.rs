use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;

#[aws_shape]
pub struct Out {}

#[aws_operation(service = Service, operation = "A", output = Out, host_prefix = "{acount}.api.")]
pub struct A {
    #[aws(host_label)]
    pub account: String,
    #[aws(host_label)]
    pub region: Option<String>,
}

#[aws_operation(service = Service, operation = "B", output = Out, host_prefix = "data_{id}.")]
pub struct B {
    #[aws(host_label)]
    pub id: String,
}

#[aws_operation(service = Service, operation = "C", output = Out, request_compression = "br")]
pub struct C {
    #[aws(host_label)]
    pub id: String,
}

#[aws_operation(service = Service, operation = "D", output = Out, host_prefix = "{id}.", request_compression = "gzip")]
pub struct D {
    #[aws(host_label)]
    pub id: String,
}

#[aws_shape]
pub struct NotAnInput {
    #[aws(host_label)]
    pub id: String,
}

fn main() {}
