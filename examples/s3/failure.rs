//! How a call failed, as the command reports it: the message the AWS CLI prints and the exit
//! code that [`aws_operation_cli::run`] gives the same failure.

use aws_operation::error::chain;
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
            TransferError::Call { operation, source } => {
                call_of_transfer(operation, source.as_ref()).unwrap_or_else(|| Self::new(Exit::Other, chain(e)))
            }
            // What failed says more than that the upload was aborted for it.
            TransferError::Aborted { cause, .. } => Self::of_transfer(cause),
            _ => Self::new(Exit::Other, chain(e)),
        }
    }
}

/// The failure of one of the calls the transfer helper makes, by the type of its error.
fn call_of_transfer(operation: &str, source: &(dyn std::error::Error + Send + Sync + 'static)) -> Option<Failure> {
    macro_rules! first_of {
        ($($error:ty),*) => {
            $(
                if let Some(e) = source.downcast_ref::<aws_operation::Error<$error>>() {
                    return Some(Failure::of_call(operation, e));
                }
            )*
        };
    }
    use aws_operation_s3 as s3;
    first_of!(
        s3::PutObjectError,
        s3::CreateMultipartUploadError,
        s3::UploadPartError,
        s3::CompleteMultipartUploadError,
        s3::AbortMultipartUploadError,
        s3::HeadObjectError,
        s3::GetObjectError
    );
    None
}
