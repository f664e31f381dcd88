//! Amazon Transcribe Streaming (`transcribe`, 2017-10-26, restJson1), defined by hand with
//! aws-operation: `StartStreamTranscription` and every shape it reaches, one module per
//! concept. The audio goes up as a stream of events while the transcripts come down as another.
//!
//! | module | what |
//! | --- | --- |
//! | [`transcription`] | `StartStreamTranscription`, its input headers and its output |
//! | [`events`] | the audio stream sent and the transcript stream received, and their events |
//! | [`results`] | transcripts: results, alternatives, items, PII entities, identified languages |
//! | [`settings`] | language, media encoding, vocabulary filtering, stability, PII identification and redaction |
//! | [`errors`] | the service's errors, which also end the transcript stream |
//!
//! Everything is re-exported here; [`operations`] lists the operation for callers that work by
//! name with JSON, where the audio stream is a list of events.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::event_stream::EventStreamSender;
//! use aws_operation::{Blob, Config};
//! use aws_operation_transcribe_streaming::{
//!     AudioEvent, AudioStream, LanguageCode, MediaEncoding, TranscribeStreaming, TranscriptResultStream,
//! };
//! use futures_util::StreamExt;
//!
//! let client = TranscribeStreaming::new(&Config::from_env().build()?)?;
//! // 16 kHz mono PCM, signed 16-bit little-endian: 8 KiB is a quarter of a second.
//! let audio = std::fs::read("speech.pcm")?;
//! let chunks: Vec<Vec<u8>> = audio.chunks(8192).map(<[u8]>::to_vec).collect();
//! let events = futures_util::stream::iter(chunks)
//!     .map(|chunk| AudioStream::AudioEvent(AudioEvent { audio_chunk: Some(Blob(chunk)) }));
//! let out = client
//!     .start_stream_transcription()
//!     .language_code(LanguageCode::EnUs)
//!     .media_sample_rate_hertz(16_000)
//!     .media_encoding(MediaEncoding::Pcm)
//!     .audio_stream(EventStreamSender::new(events))
//!     .send()
//!     .await?;
//! let mut transcripts = out.into_inner().transcript_result_stream.ok_or("no transcript stream")?;
//! while let Some(event) = transcripts.next().await {
//!     let TranscriptResultStream::TranscriptEvent(event) = event? else { continue };
//!     for result in event.transcript.and_then(|t| t.results).unwrap_or_default() {
//!         let text = result.alternatives.into_iter().flatten().find_map(|a| a.transcript);
//!         let state = if result.is_partial == Some(true) { "partial" } else { "final" };
//!         println!("{state}: {}", text.unwrap_or_default());
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! Known limitations:
//! - AWS serves `StartStreamTranscription` over HTTP/2 only (the model's `restJson1` trait says
//!   `eventStreamHttp: ["h2"]`): turn on aws-operation's `http2` feature in the application
//!   (`aws-operation = { version = "0.1", features = ["http2"] }`), which offers HTTP/2 to
//!   `https` servers; this crate leaves it to the application. A plain `http` server that speaks
//!   HTTP/2 takes `Config::builder().http2_prior_knowledge(true)`. Without the feature, the call
//!   works only against a server that takes the stream over HTTP/1.1, such as a local stand-in.
//! - The slice follows smithy-rs' model of October 2022 (commit `71a3273`):
//!   `StartMedicalStreamTranscription` is left out, and so is what later models added (call
//!   analytics, `ConfigurationEvent`, ...). That model binds no event member to a header.
//! - The model's `Result` is [`TranscriptResult`] here: a glob import of this crate would
//!   otherwise shadow `std`'s `Result`.
//! - The model's defaults (`false` for the flags, `0` for the times and scores) are not
//!   declared: such a member is an `Option`, `None` meaning the default, and a request leaves
//!   an unset one out, which the service reads as the default.
//! - An audio stream can be sent once: a call whose first event was taken is not retried.

pub mod errors;
pub mod events;
pub mod results;
pub mod settings;
pub mod transcription;

pub use errors::*;
pub use events::*;
pub use results::*;
pub use settings::*;
pub use transcription::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon Transcribe Streaming client. Clone it freely: clones share connections.
#[aws_service(
    id = "Transcribe Streaming",
    protocol = "restJson1",
    signing_name = "transcribe",
    api_version = "2017-10-26",
    endpoint_prefix = "transcribestreaming",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct TranscribeStreaming;

/// Every operation of the slice, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<TranscribeStreaming>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
#[macro_export]
macro_rules! each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::transcription::StartStreamTranscription>,
        ]
    };
}
