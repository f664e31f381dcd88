//! Object Lock: the retention mode, legal hold and event hold of an object.

use aws_operation::aws_shape;

/// The Object Lock mode of an object.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectLockMode {
    /// `GOVERNANCE`
    #[aws(value = "GOVERNANCE")]
    Governance,
    /// `COMPLIANCE`
    #[aws(value = "COMPLIANCE")]
    Compliance,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether an object has an Object Lock legal hold.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectLockLegalHoldStatus {
    /// `ON`
    #[aws(value = "ON")]
    On,
    /// `OFF`
    #[aws(value = "OFF")]
    Off,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether an object has an Object Lock event hold.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectLockEventHold {
    /// `ON`
    #[aws(value = "ON")]
    On,
    /// `OFF`
    #[aws(value = "OFF")]
    Off,
    /// A value this client does not know yet.
    Unknown(String),
}
