//! `StartStreamTranscription`: audio streamed in as events, transcripts streamed back as they
//! are made. The settings travel in `x-amzn-transcribe-*` headers both ways: the request's say
//! how to transcribe, the response's echo them (a session ID the service made up included).

use aws_operation::event_stream::{EventStream, EventStreamSender};
use aws_operation::{aws_operation, aws_shape};

use crate::TranscribeStreaming;
use crate::errors::{
    BadRequestException, ConflictException, InternalFailureException, LimitExceededException,
    ServiceUnavailableException,
};
use crate::events::{AudioStream, TranscriptResultStream};
use crate::settings::{
    ContentIdentificationType, ContentRedactionType, LanguageCode, MediaEncoding, PartialResultsStability,
    VocabularyFilterMethod,
};

/// Starts a bidirectional HTTP/2 stream where audio is streamed to Amazon Transcribe and the
/// transcription results are streamed to your application.
#[aws_operation(
    service = TranscribeStreaming,
    operation = "StartStreamTranscription",
    fluent,
    rename_all = "PascalCase",
    output = StartStreamTranscriptionResponse,
    errors = [BadRequestException, ConflictException, InternalFailureException, LimitExceededException, ServiceUnavailableException],
    http(method = "POST", uri = "/stream-transcription", code = 200)
)]
pub struct StartStreamTranscription {
    /// The language code of the input audio stream.
    #[aws(http_header = "x-amzn-transcribe-language-code")]
    pub language_code: Option<LanguageCode>,
    /// The sample rate of the input audio (in Hertz).
    #[aws(http_header = "x-amzn-transcribe-sample-rate", range(min = 8000, max = 48000))]
    pub media_sample_rate_hertz: i32,
    /// The encoding used for the input audio.
    #[aws(http_header = "x-amzn-transcribe-media-encoding")]
    pub media_encoding: MediaEncoding,
    /// The name of the custom vocabulary you want to use with your transcription.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub vocabulary_name: Option<String>,
    /// A identifier for the transcription session.
    #[aws(
        http_header = "x-amzn-transcribe-session-id",
        length(min = 36, max = 36),
        pattern = "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$"
    )]
    pub session_id: Option<String>,
    /// PCM-encoded stream of audio blobs.
    #[aws(http_payload)]
    pub audio_stream: EventStreamSender<AudioStream>,
    /// The name of the vocabulary filter you want to use with your transcription.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-filter-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub vocabulary_filter_name: Option<String>,
    /// The manner in which you use your vocabulary filter to filter words in your transcript.
    #[aws(http_header = "x-amzn-transcribe-vocabulary-filter-method")]
    pub vocabulary_filter_method: Option<VocabularyFilterMethod>,
    /// When true, enables speaker identification in your media stream.
    #[aws(http_header = "x-amzn-transcribe-show-speaker-label")]
    pub show_speaker_label: Option<bool>,
    /// When true, instructs Amazon Transcribe to process each audio channel separately, then
    /// merges the transcription output of each channel into a single transcription.
    #[aws(http_header = "x-amzn-transcribe-enable-channel-identification")]
    pub enable_channel_identification: Option<bool>,
    /// The number of channels that are in your audio stream.
    #[aws(http_header = "x-amzn-transcribe-number-of-channels", range(min = 2))]
    pub number_of_channels: Option<i32>,
    /// When true, instructs Amazon Transcribe to present transcription results that have the
    /// partial results stabilized.
    #[aws(http_header = "x-amzn-transcribe-enable-partial-results-stabilization")]
    pub enable_partial_results_stabilization: Option<bool>,
    /// You can use this field to set the stability level of the transcription results.
    #[aws(http_header = "x-amzn-transcribe-partial-results-stability")]
    pub partial_results_stability: Option<PartialResultsStability>,
    /// Set this field to PII to identify personally identifiable information (PII) in the
    /// transcription output.
    #[aws(http_header = "x-amzn-transcribe-content-identification-type")]
    pub content_identification_type: Option<ContentIdentificationType>,
    /// Set this field to PII to redact personally identifiable information (PII) in the
    /// transcription output.
    #[aws(http_header = "x-amzn-transcribe-content-redaction-type")]
    pub content_redaction_type: Option<ContentRedactionType>,
    /// List the PII entity types you want to identify or redact.
    #[aws(http_header = "x-amzn-transcribe-pii-entity-types", length(min = 1, max = 300), pattern = "^[A-Z_, ]+$")]
    pub pii_entity_types: Option<String>,
    /// The name of the language model you want to use.
    #[aws(
        http_header = "x-amzn-transcribe-language-model-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub language_model_name: Option<String>,
    /// Optional. Set this value to true to enable language identification for your media stream.
    #[aws(http_header = "x-amzn-transcribe-identify-language")]
    pub identify_language: Option<bool>,
    /// An object containing a list of languages that might be present in your audio.
    #[aws(http_header = "x-amzn-transcribe-language-options", length(min = 1, max = 200), pattern = "^[a-zA-Z-,]+$")]
    pub language_options: Option<String>,
    /// Optional. From the subset of languages codes you provided for `LanguageOptions`, you can
    /// select one preferred language for your transcription.
    #[aws(http_header = "x-amzn-transcribe-preferred-language")]
    pub preferred_language: Option<LanguageCode>,
    /// The names of the custom vocabularies you want to use with your transcription.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-names",
        length(min = 1, max = 3000),
        pattern = "^[a-zA-Z0-9,-._]+$"
    )]
    pub vocabulary_names: Option<String>,
    /// The names of the vocabulary filters you want to use with your transcription.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-filter-names",
        length(min = 1, max = 3000),
        pattern = "^[a-zA-Z0-9,-._]+$"
    )]
    pub vocabulary_filter_names: Option<String>,
}

/// The output of `StartStreamTranscription`: the settings the transcription runs with, and its
/// stream of transcripts.
#[aws_shape(rename_all = "PascalCase")]
pub struct StartStreamTranscriptionResponse {
    /// An identifier for the transcription.
    #[aws(http_header = "x-amzn-request-id")]
    pub request_id: Option<String>,
    /// The language code of the input audio stream.
    #[aws(http_header = "x-amzn-transcribe-language-code")]
    pub language_code: Option<LanguageCode>,
    /// The sample rate, in Hertz (Hz), for the input audio stream.
    #[aws(http_header = "x-amzn-transcribe-sample-rate", range(min = 8000, max = 48000))]
    pub media_sample_rate_hertz: Option<i32>,
    /// The encoding used for the input audio stream.
    #[aws(http_header = "x-amzn-transcribe-media-encoding")]
    pub media_encoding: Option<MediaEncoding>,
    /// The name of the custom vocabulary used when processing the stream.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub vocabulary_name: Option<String>,
    /// An identifier for a specific transcription session.
    #[aws(
        http_header = "x-amzn-transcribe-session-id",
        length(min = 36, max = 36),
        pattern = "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$"
    )]
    pub session_id: Option<String>,
    /// Represents the stream of transcription events from Amazon Transcribe to your application.
    #[aws(http_payload)]
    pub transcript_result_stream: Option<EventStream<TranscriptResultStream>>,
    /// The name of the vocabulary filter used when processing the stream.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-filter-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub vocabulary_filter_name: Option<String>,
    /// The vocabulary filtering method used when processing the stream.
    #[aws(http_header = "x-amzn-transcribe-vocabulary-filter-method")]
    pub vocabulary_filter_method: Option<VocabularyFilterMethod>,
    /// Shows whether speaker identification was enabled in the transcription.
    #[aws(http_header = "x-amzn-transcribe-show-speaker-label")]
    pub show_speaker_label: Option<bool>,
    /// Shows whether channel identification was enabled in the stream.
    #[aws(http_header = "x-amzn-transcribe-enable-channel-identification")]
    pub enable_channel_identification: Option<bool>,
    /// The number of channels identified in the stream.
    #[aws(http_header = "x-amzn-transcribe-number-of-channels", range(min = 2))]
    pub number_of_channels: Option<i32>,
    /// Shows whether partial results stabilization was enabled in the transcription.
    #[aws(http_header = "x-amzn-transcribe-enable-partial-results-stabilization")]
    pub enable_partial_results_stabilization: Option<bool>,
    /// If partial results stabilization has been enabled in the stream, shows the stability level.
    #[aws(http_header = "x-amzn-transcribe-partial-results-stability")]
    pub partial_results_stability: Option<PartialResultsStability>,
    /// Shows whether content identification was enabled in this stream.
    #[aws(http_header = "x-amzn-transcribe-content-identification-type")]
    pub content_identification_type: Option<ContentIdentificationType>,
    /// Shows whether content redaction was enabled in this stream.
    #[aws(http_header = "x-amzn-transcribe-content-redaction-type")]
    pub content_redaction_type: Option<ContentRedactionType>,
    /// Lists the PII entity types you specified in your request.
    #[aws(http_header = "x-amzn-transcribe-pii-entity-types", length(min = 1, max = 300), pattern = "^[A-Z_, ]+$")]
    pub pii_entity_types: Option<String>,
    /// The name of the custom language model used in the transcription.
    #[aws(
        http_header = "x-amzn-transcribe-language-model-name",
        length(min = 1, max = 200),
        pattern = "^[0-9a-zA-Z._-]+$"
    )]
    pub language_model_name: Option<String>,
    /// The language code of the language identified in your media stream.
    #[aws(http_header = "x-amzn-transcribe-identify-language")]
    pub identify_language: Option<bool>,
    /// The language codes used in the identification of your media stream's predominant language.
    #[aws(http_header = "x-amzn-transcribe-language-options", length(min = 1, max = 200), pattern = "^[a-zA-Z-,]+$")]
    pub language_options: Option<String>,
    /// The preferred language you specified in your request.
    #[aws(http_header = "x-amzn-transcribe-preferred-language")]
    pub preferred_language: Option<LanguageCode>,
    /// The name of the custom vocabulary used when processing the stream.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-names",
        length(min = 1, max = 3000),
        pattern = "^[a-zA-Z0-9,-._]+$"
    )]
    pub vocabulary_names: Option<String>,
    /// The name of the vocabulary filter used when processing the stream.
    #[aws(
        http_header = "x-amzn-transcribe-vocabulary-filter-names",
        length(min = 1, max = 3000),
        pattern = "^[a-zA-Z0-9,-._]+$"
    )]
    pub vocabulary_filter_names: Option<String>,
}
