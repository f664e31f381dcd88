#![doc = include_str!("../README.md")]

pub use aws_operation_macros::{__pattern, aws_operation, aws_service, aws_shape};
pub use aws_operation_runtime::*;

/// What generated code uses. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use aws_operation_runtime::blocking::{BlockingClient, BlockingError};
    pub use aws_operation_runtime::checksum::HttpChecksum;
    pub use aws_operation_runtime::client::{Client, Response};
    pub use aws_operation_runtime::compression::Encoding;
    pub use aws_operation_runtime::config::Config;
    pub use aws_operation_runtime::endpoint::{
        ContextParamValue, ContextPath, EndpointParam, ParamSource, PathExpr, StaticValue, Value as EndpointValue,
    };
    pub use aws_operation_runtime::error::{ConfigError, Error, ErrorMeta};
    pub use aws_operation_runtime::http::HttpResponse;
    pub use aws_operation_runtime::interceptor::{CallOptions, Customizable, Customized};
    pub use aws_operation_runtime::operation::paginator_schema;
    pub use aws_operation_runtime::operation::{
        ErrorShape, Fault, Http, LazyRules, Operation, OperationError, SendsOperationsOf, Service, UnmodeledError,
    };
    pub use aws_operation_runtime::paginate::{IntoItems, Paginated, Paginator, more_results, page_token};
    pub use aws_operation_runtime::pattern::{Look as PatternLook, Node as PatternNode};
    pub use aws_operation_runtime::protocol::http_bindings::binding_check;
    pub use aws_operation_runtime::protocol::{AwsJson1_0, AwsJson1_1, Protocol, RestJson1, RpcV2Cbor, ServerProtocol};
    #[cfg(feature = "xml")]
    pub use aws_operation_runtime::protocol::{AwsQuery, Ec2Query, RestXml};
    pub use aws_operation_runtime::schema::{
        Binding, Casing, Constraints, ErrorSchema, MemberSchema, OperationSchema, PaginatorSchema, ShapeKind,
        ShapeSchema, TypeSchema, XmlNamespace, casing_fits,
    };
    pub use aws_operation_runtime::shape::{
        Elements, Field, Pattern, Redacted, Shape, ShapeDeserializer, ShapeSerializer, each_key, enum_values,
        report_unknown_int_enum, report_unknown_union_member,
    };
    pub use aws_operation_runtime::sign::SigningSettings;
    pub use aws_operation_runtime::types::{TimestampFormat, UnknownMember};
    pub use aws_operation_runtime::validate::{REDACTED, Rule, Validator, Violations};
    pub use serde;
    pub use serde_json::Value;
}

/// Checks that the `xml` feature is on for a service of an XML protocol (generated code).
#[cfg(feature = "xml")]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_xml {
    ($protocol:literal) => {};
}

/// Checks that the `xml` feature is on for a service of an XML protocol (generated code).
#[cfg(not(feature = "xml"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_xml {
    ($protocol:literal) => {
        compile_error!(concat!(
            "the ",
            $protocol,
            " protocol needs the `xml` feature of aws-operation: `aws-operation = { ..., features = [\"xml\"] }`"
        ));
    };
}
