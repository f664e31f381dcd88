//! The two event streams of a transcription: the audio the caller sends ([`AudioStream`], each
//! event's chunk the payload of its message) and the transcripts that come back
//! ([`TranscriptResultStream`]), which one of the modeled exceptions may end.

use aws_operation::{Blob, UnknownMember, aws_shape};

use crate::errors::{
    BadRequestException, ConflictException, InternalFailureException, LimitExceededException,
    ServiceUnavailableException,
};
use crate::results::Transcript;

/// Represents the audio stream from your application to Amazon Transcribe.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Debug)]
pub enum AudioStream {
    /// A blob of audio from your application.
    AudioEvent(AudioEvent),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Provides a wrapper for the audio chunks that you are sending.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AudioEvent {
    /// An audio blob that contains the next part of the audio that you want to transcribe.
    #[aws(event_payload)]
    pub audio_chunk: Option<Blob>,
}

/// Represents the transcription result stream from Amazon Transcribe to your application.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Debug)]
pub enum TranscriptResultStream {
    /// A portion of the transcription of the audio stream.
    TranscriptEvent(TranscriptEvent),
    /// A client error occurred when the stream was created.
    BadRequestException(BadRequestException),
    /// Your client has exceeded one of the Amazon Transcribe limits, typically the limit on audio
    /// length.
    LimitExceededException(LimitExceededException),
    /// A problem occurred while processing the audio.
    InternalFailureException(InternalFailureException),
    /// A new stream started with the same session ID.
    ConflictException(ConflictException),
    /// Service is currently unavailable.
    ServiceUnavailableException(ServiceUnavailableException),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Represents a set of transcription results from the server to the client.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TranscriptEvent {
    /// The transcription of the audio stream.
    pub transcript: Option<Transcript>,
}
