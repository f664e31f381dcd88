//! Requester Pays: the requester's acknowledgement that it pays for a request, and S3's
//! confirmation that it was charged.

use aws_operation::aws_shape;

/// Confirms that the requester knows that they will be charged for the request.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequestPayer {
    /// `requester`
    #[aws(value = "requester")]
    Requester,
    /// A value this client does not know yet.
    Unknown(String),
}

/// If present, indicates that the requester was successfully charged for the request.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequestCharged {
    /// `requester`
    #[aws(value = "requester")]
    Requester,
    /// A value this client does not know yet.
    Unknown(String),
}
