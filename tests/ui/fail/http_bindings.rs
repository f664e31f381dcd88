use aws_operation::{aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel as Service;

#[aws_shape]
pub struct Out {}

#[aws_shape]
pub struct Nested {
    pub a: Option<String>,
}

// A label without its member, and a label member without its label.
#[aws_operation(service = Service, operation = "A", output = Out, http(method = "GET", uri = "/a/{Name}"))]
pub struct A {
    #[aws(http_label)]
    pub other: String,
}

// A label member that is not required; a greedy label that is not last.
#[aws_operation(service = Service, operation = "B", output = Out, http(method = "GET", uri = "/b/{Key+}/{Id}"))]
pub struct B {
    #[aws(http_label, name = "Key")]
    pub key: String,
    #[aws(http_label, name = "Id")]
    pub id: Option<String>,
}

// Two payloads; a body member beside a payload.
#[aws_operation(service = Service, operation = "C", output = Out, http(method = "PUT", uri = "/c"))]
pub struct C {
    #[aws(http_payload)]
    pub first: Option<aws_operation::Blob>,
    #[aws(http_payload)]
    pub second: Option<aws_operation::Blob>,
    pub body: Option<String>,
}

// Two members on one header (names compare without case) and on one query key.
#[aws_operation(service = Service, operation = "D", output = Out, http(method = "GET", uri = "/d"))]
pub struct D {
    #[aws(http_header = "X-Thing")]
    pub a: Option<String>,
    #[aws(http_header = "x-thing")]
    pub b: Option<String>,
    #[aws(http_query = "q")]
    pub c: Option<String>,
    #[aws(http_query = "q")]
    pub d: Option<String>,
}

// An unknown method; two bindings on one member.
#[aws_operation(service = Service, operation = "E", output = Out, http(method = "FETCH", uri = "/e"))]
pub struct E {
    #[aws(http_header = "X-A", http_query = "a")]
    pub a: Option<String>,
}

// A structure in the query: a type error on the member's type.
#[aws_operation(service = Service, operation = "F", output = Out, http(method = "GET", uri = "/f"))]
pub struct F {
    #[aws(http_query = "nested")]
    pub nested: Option<Nested>,
}

fn main() {}
