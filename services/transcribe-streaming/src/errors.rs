//! The service's errors: the operation's, and the exceptions that end its stream of transcripts
//! ([`TranscriptResultStream`](crate::TranscriptResultStream)). Each carries a `Message` and
//! the status the model gives it.

use aws_operation::aws_shape;

/// One or more arguments to the `StartStreamTranscription` or `StartMedicalStreamTranscription`
/// operation was invalid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct BadRequestException {
    /// What went wrong.
    pub message: Option<String>,
}

/// A new stream started with the same session ID.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct ConflictException {
    /// What went wrong.
    pub message: Option<String>,
}

/// A problem occurred while processing the audio.
#[aws_shape(error, fault = "server", rename_all = "PascalCase", status = 500)]
#[derive(Clone, PartialEq)]
pub struct InternalFailureException {
    /// What went wrong.
    pub message: Option<String>,
}

/// You have exceeded the maximum number of concurrent transcription streams, are starting
/// transcription streams too quickly, or the maximum audio length of 4 hours.
#[aws_shape(error, rename_all = "PascalCase", status = 429)]
#[derive(Clone, PartialEq)]
pub struct LimitExceededException {
    /// What went wrong.
    pub message: Option<String>,
}

/// Service is currently unavailable.
#[aws_shape(error, fault = "server", rename_all = "PascalCase", status = 503)]
#[derive(Clone, PartialEq)]
pub struct ServiceUnavailableException {
    /// What went wrong.
    pub message: Option<String>,
}
