use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;
use std::collections::BTreeMap;

#[aws_shape]
pub struct Page {
    pub items: Option<Vec<String>>,
    pub next: Option<BTreeMap<String, String>>,
}

// The output's token is a map where the input's is a string.
#[aws_operation(service = Service, operation = "A", output = Page, paginator(input_token = token, output_token = next, items = items, item = String))]
#[derive(Clone)]
pub struct A {
    pub token: Option<String>,
}

// The input's token must be an `Option`, which each page sets.
#[aws_operation(service = Service, operation = "B", output = Page, paginator(input_token = token, output_token = next, items = items, item = String))]
#[derive(Clone)]
pub struct B {
    pub token: String,
}

fn main() {}
