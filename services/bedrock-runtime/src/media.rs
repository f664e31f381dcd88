//! Images, documents, videos and audio in a message, given as bytes, text or an S3 location.

use aws_operation::{Blob, UnknownMember, aws_shape};

use crate::citations::CitationsConfig;
use crate::messages::ErrorBlock;

/// Image content for a message.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ImageBlock {
    /// The format of the image.
    pub format: ImageFormat,
    /// The source for the image.
    pub source: ImageSource,
    /// Error information if the image block could not be processed or contains invalid data.
    pub error: Option<ErrorBlock>,
}

/// The format of the image.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImageFormat {
    /// `png`
    #[aws(value = "png")]
    Png,
    /// `jpeg`
    #[aws(value = "jpeg")]
    Jpeg,
    /// `gif`
    #[aws(value = "gif")]
    Gif,
    /// `webp`
    #[aws(value = "webp")]
    Webp,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The source for an image.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum ImageSource {
    /// The raw image bytes for the image.
    #[aws(length(min = 1))]
    Bytes(Blob),
    /// The location of an image object in an Amazon S3 bucket.
    #[aws(name = "s3Location")]
    S3Location(S3Location),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A document to include in a message.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct DocumentBlock {
    /// The format of a document, or its extension.
    pub format: Option<DocumentFormat>,
    /// A name for the document.
    #[aws(length(min = 1, max = 200))]
    pub name: String,
    /// Contains the content of the document.
    pub source: DocumentSource,
    /// Contextual information about how the document should be processed or interpreted by the model when
    /// generating citations.
    pub context: Option<String>,
    /// Configuration settings that control how citations should be generated for this specific document.
    pub citations: Option<CitationsConfig>,
}

/// The format of a document, or its extension.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DocumentFormat {
    /// `pdf`
    #[aws(value = "pdf")]
    Pdf,
    /// `csv`
    #[aws(value = "csv")]
    Csv,
    /// `doc`
    #[aws(value = "doc")]
    Doc,
    /// `docx`
    #[aws(value = "docx")]
    Docx,
    /// `xls`
    #[aws(value = "xls")]
    Xls,
    /// `xlsx`
    #[aws(value = "xlsx")]
    Xlsx,
    /// `html`
    #[aws(value = "html")]
    Html,
    /// `txt`
    #[aws(value = "txt")]
    Txt,
    /// `md`
    #[aws(value = "md")]
    Md,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Contains the content of a document.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum DocumentSource {
    /// The raw bytes for the document.
    #[aws(length(min = 1))]
    Bytes(Blob),
    /// The location of a document object in an Amazon S3 bucket.
    #[aws(name = "s3Location")]
    S3Location(S3Location),
    /// The text content of the document source.
    Text(String),
    /// The structured content of the document source, which may include various content blocks such as text,
    /// images, or other document elements.
    Content(Vec<DocumentContentBlock>),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Contains the actual content of a document that can be processed by the model and potentially cited in the
/// response.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum DocumentContentBlock {
    /// The text content of the document.
    Text(String),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A video block.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct VideoBlock {
    /// The block's format.
    pub format: VideoFormat,
    /// The block's source.
    pub source: VideoSource,
}

/// The block's format.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VideoFormat {
    /// `mkv`
    #[aws(value = "mkv")]
    Mkv,
    /// `mov`
    #[aws(value = "mov")]
    Mov,
    /// `mp4`
    #[aws(value = "mp4")]
    Mp4,
    /// `webm`
    #[aws(value = "webm")]
    Webm,
    /// `flv`
    #[aws(value = "flv")]
    Flv,
    /// `mpeg`
    #[aws(value = "mpeg")]
    Mpeg,
    /// `mpg`
    #[aws(value = "mpg")]
    Mpg,
    /// `wmv`
    #[aws(value = "wmv")]
    Wmv,
    /// `three_gp`
    #[aws(value = "three_gp")]
    ThreeGp,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A video source.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum VideoSource {
    /// Video content encoded in base64.
    #[aws(length(min = 1))]
    Bytes(Blob),
    /// The location of a video object in an Amazon S3 bucket.
    #[aws(name = "s3Location")]
    S3Location(S3Location),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// An audio content block that contains audio data in various supported formats.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AudioBlock {
    /// The format of the audio data, such as MP3, WAV, FLAC, or other supported audio formats.
    pub format: AudioFormat,
    /// The source of the audio data, which can be provided as raw bytes or an S3 location.
    pub source: AudioSource,
    /// Error information if the audio block could not be processed or contains invalid data.
    pub error: Option<ErrorBlock>,
}

/// The format of the audio data, such as MP3, WAV, FLAC, or other supported
/// audio formats.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AudioFormat {
    /// `mp3`
    #[aws(value = "mp3")]
    Mp3,
    /// `opus`
    #[aws(value = "opus")]
    Opus,
    /// `wav`
    #[aws(value = "wav")]
    Wav,
    /// `aac`
    #[aws(value = "aac")]
    Aac,
    /// `flac`
    #[aws(value = "flac")]
    Flac,
    /// `mp4`
    #[aws(value = "mp4")]
    Mp4,
    /// `ogg`
    #[aws(value = "ogg")]
    Ogg,
    /// `mkv`
    #[aws(value = "mkv")]
    Mkv,
    /// `mka`
    #[aws(value = "mka")]
    Mka,
    /// `x-aac`
    #[aws(value = "x-aac")]
    XAac,
    /// `m4a`
    #[aws(value = "m4a")]
    M4a,
    /// `mpeg`
    #[aws(value = "mpeg")]
    Mpeg,
    /// `mpga`
    #[aws(value = "mpga")]
    Mpga,
    /// `pcm`
    #[aws(value = "pcm")]
    Pcm,
    /// `webm`
    #[aws(value = "webm")]
    Webm,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The source of audio data, which can be provided either as raw bytes or a reference to an S3 location.
#[aws_shape(union, sensitive)]
#[derive(Clone, PartialEq)]
pub enum AudioSource {
    /// Audio data encoded in base64.
    #[aws(length(min = 1))]
    Bytes(Blob),
    /// A reference to audio data stored in an Amazon S3 bucket.
    #[aws(name = "s3Location")]
    S3Location(S3Location),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A storage location in an Amazon S3 bucket.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct S3Location {
    /// An object URI starting with `s3://`.
    #[aws(length(min = 1, max = 1024), pattern = r"^s3://[a-z0-9][\.\-a-z0-9]{1,61}[a-z0-9](/.*)?$")]
    pub uri: String,
    /// If the bucket belongs to another AWS account, specify that account's ID.
    #[aws(pattern = "^[0-9]{12}$")]
    pub bucket_owner: Option<String>,
}
