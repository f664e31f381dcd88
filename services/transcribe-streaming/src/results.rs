//! What a transcript holds: results for segments of the audio, each with its alternative
//! transcriptions, their items (words and punctuation) and PII entities, and the languages
//! identified with their scores. Members the model gives a default (`false`, `0`) are `None`
//! when the service leaves them out.

use aws_operation::aws_shape;

use crate::settings::LanguageCode;

/// The transcription in a `TranscriptEvent`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Transcript {
    /// `Result` objects that contain the results of transcribing a portion of the input audio
    /// stream.
    pub results: Option<Vec<TranscriptResult>>,
}

/// The result of transcribing a portion of the input audio stream.
///
/// The model's `Result`, named apart from `std`'s, which a glob import of this crate would
/// otherwise shadow; the name is on no wire.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct TranscriptResult {
    /// A unique identifier for the result.
    pub result_id: Option<String>,
    /// The offset in seconds from the beginning of the audio stream to the beginning of the
    /// result.
    pub start_time: Option<f64>,
    /// The offset in seconds from the beginning of the audio stream to the end of the result.
    pub end_time: Option<f64>,
    /// Amazon Transcribe divides the incoming audio stream into segments at natural points in the
    /// audio.
    pub is_partial: Option<bool>,
    /// A list of possible transcriptions for the audio.
    pub alternatives: Option<Vec<Alternative>>,
    /// When channel identification is enabled, Amazon Transcribe transcribes the speech from each
    /// audio channel separately.
    pub channel_id: Option<String>,
    /// The language code of the identified language in your media stream.
    pub language_code: Option<LanguageCode>,
    /// The language code of the dominant language identified in your media.
    pub language_identification: Option<Vec<LanguageWithScore>>,
}

/// A list of possible transcriptions for the audio.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Alternative {
    /// The text that was transcribed from the audio.
    pub transcript: Option<String>,
    /// One or more alternative interpretations of the input audio.
    pub items: Option<Vec<Item>>,
    /// Contains the entities identified as personally identifiable information (PII) in the
    /// transcription output.
    pub entities: Option<Vec<Entity>>,
}

/// A word, phrase, or punctuation mark that is transcribed from the input audio.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Item {
    /// The offset from the beginning of the audio stream to the beginning of the audio that
    /// resulted in the item.
    pub start_time: Option<f64>,
    /// The offset from the beginning of the audio stream to the end of the audio that resulted in
    /// the item.
    pub end_time: Option<f64>,
    /// The type of the item.
    pub r#type: Option<ItemType>,
    /// The word or punctuation that was recognized in the input audio.
    pub content: Option<String>,
    /// Indicates whether a word in the item matches a word in the vocabulary filter you've chosen
    /// for your media stream.
    pub vocabulary_filter_match: Option<bool>,
    /// If speaker identification is enabled, shows the speakers identified in the media stream.
    pub speaker: Option<String>,
    /// A value between zero and one for an item that is a confidence score that Amazon Transcribe
    /// assigns to each word or phrase that it transcribes.
    pub confidence: Option<f64>,
    /// If partial result stabilization has been enabled, indicates whether the word or phrase in
    /// the item is stable.
    pub stable: Option<bool>,
}

/// The type of an item: a word, or punctuation.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ItemType {
    /// `pronunciation`
    #[aws(value = "pronunciation")]
    Pronunciation,
    /// `punctuation`
    #[aws(value = "punctuation")]
    Punctuation,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The entity identified as personally identifiable information (PII).
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Entity {
    /// The start time of speech that was identified as PII.
    pub start_time: Option<f64>,
    /// The end time of speech that was identified as PII.
    pub end_time: Option<f64>,
    /// The category of information identified in this entity; for example, PII.
    pub category: Option<String>,
    /// The type of PII identified in this entity; for example, name or credit card number.
    pub r#type: Option<String>,
    /// The words in the transcription output that have been identified as a PII entity.
    pub content: Option<String>,
    /// A value between zero and one that Amazon Transcribe assigns to PII identified in the source
    /// audio.
    pub confidence: Option<f64>,
}

/// The language codes of the identified languages and their associated confidence scores.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LanguageWithScore {
    /// The language code of the language identified by Amazon Transcribe.
    pub language_code: Option<LanguageCode>,
    /// The confidence score for the associated language code.
    pub score: Option<f64>,
}
