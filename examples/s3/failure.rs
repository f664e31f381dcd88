//! How a call failed, as the command reports it: the message the AWS CLI prints and the exit
//! code that [`aws_operation_cli::run`] gives the same failure.

use aws_operation::error::{ErrorKind, chain};
use aws_operation_cli::Exit;
use aws_operation_s3::transfer::TransferError;

/// A failure: its exit code and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self { exit, message: message.into() }
    }

    /// A failed call of `operation` (`ListObjectsV2`).
    pub fn of_call<E: std::error::Error + 'static>(operation: &str, e: &aws_operation::Error<E>) -> Self {
        match e {
            aws_operation::Error::Service(service) => {
                Self::of_service(operation, &service.meta.code, service.meta.shown_message())
            }
            aws_operation::Error::InvalidInput(_) => Self::new(Exit::InvalidParameters, chain(e)),
            aws_operation::Error::Config(_) => Self::new(Exit::InvalidConfig, chain(e)),
            _ => Self::new(Exit::Other, chain(e)),
        }
    }

    /// An error the service answered `operation` with: its code, and its message if it sent
    /// one.
    pub fn of_service(operation: &str, code: &str, message: Option<&str>) -> Self {
        let message = message.unwrap_or("Unknown");
        Self::new(
            Exit::ServiceError,
            format!("An error occurred ({code}) when calling the {operation} operation: {message}"),
        )
    }

    /// A failed upload or download.
    pub fn of_transfer(e: &TransferError) -> Self {
        match e {
            TransferError::Call { operation, service: Some(meta), .. } => {
                Self::of_service(operation, &meta.code, meta.shown_message())
            }
            TransferError::Call { kind: ErrorKind::InvalidInput, .. } => Self::new(Exit::InvalidParameters, chain(e)),
            TransferError::Call { kind: ErrorKind::Config, .. } => Self::new(Exit::InvalidConfig, chain(e)),
            // What failed says more than that the upload was aborted for it.
            TransferError::Aborted { cause, .. } => Self::of_transfer(cause),
            _ => Self::new(Exit::Other, chain(e)),
        }
    }
}
