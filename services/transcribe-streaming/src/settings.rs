//! The settings a transcription starts with, which its response echoes: the audio's language
//! and encoding, vocabulary filtering, the stability of partial results, and the identification
//! or redaction of personally identifiable information (PII).

use aws_operation::aws_shape;

/// The language code of an audio stream, or of a language identified in it.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LanguageCode {
    /// `en-US`
    #[aws(value = "en-US")]
    EnUs,
    /// `en-GB`
    #[aws(value = "en-GB")]
    EnGb,
    /// `es-US`
    #[aws(value = "es-US")]
    EsUs,
    /// `fr-CA`
    #[aws(value = "fr-CA")]
    FrCa,
    /// `fr-FR`
    #[aws(value = "fr-FR")]
    FrFr,
    /// `en-AU`
    #[aws(value = "en-AU")]
    EnAu,
    /// `it-IT`
    #[aws(value = "it-IT")]
    ItIt,
    /// `de-DE`
    #[aws(value = "de-DE")]
    DeDe,
    /// `pt-BR`
    #[aws(value = "pt-BR")]
    PtBr,
    /// `ja-JP`
    #[aws(value = "ja-JP")]
    JaJp,
    /// `ko-KR`
    #[aws(value = "ko-KR")]
    KoKr,
    /// `zh-CN`
    #[aws(value = "zh-CN")]
    ZhCn,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The encoding of the input audio.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaEncoding {
    /// `pcm`
    #[aws(value = "pcm")]
    Pcm,
    /// `ogg-opus`
    #[aws(value = "ogg-opus")]
    OggOpus,
    /// `flac`
    #[aws(value = "flac")]
    Flac,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The manner in which a vocabulary filter filters words in the transcript.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VocabularyFilterMethod {
    /// `remove`
    #[aws(value = "remove")]
    Remove,
    /// `mask`
    #[aws(value = "mask")]
    Mask,
    /// `tag`
    #[aws(value = "tag")]
    Tag,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The stability level of the transcription results.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PartialResultsStability {
    /// `high`
    #[aws(value = "high")]
    High,
    /// `medium`
    #[aws(value = "medium")]
    Medium,
    /// `low`
    #[aws(value = "low")]
    Low,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The personally identifiable information (PII) to identify in the transcription output.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentIdentificationType {
    /// `PII`
    #[aws(value = "PII")]
    Pii,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The personally identifiable information (PII) to redact in the transcription output.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentRedactionType {
    /// `PII`
    #[aws(value = "PII")]
    Pii,
    /// A value this client does not know yet.
    Unknown(String),
}
