//! Storage classes, and the S3 Intelligent-Tiering tiers and archive states of objects.

use aws_operation::aws_shape;

/// The storage class an object is stored in.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StorageClass {
    /// `STANDARD`
    #[aws(value = "STANDARD")]
    Standard,
    /// `REDUCED_REDUNDANCY`
    #[aws(value = "REDUCED_REDUNDANCY")]
    ReducedRedundancy,
    /// `STANDARD_IA`
    #[aws(value = "STANDARD_IA")]
    StandardIa,
    /// `ONEZONE_IA`
    #[aws(value = "ONEZONE_IA")]
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    #[aws(value = "INTELLIGENT_TIERING")]
    IntelligentTiering,
    /// `GLACIER`
    #[aws(value = "GLACIER")]
    Glacier,
    /// `DEEP_ARCHIVE`
    #[aws(value = "DEEP_ARCHIVE")]
    DeepArchive,
    /// `OUTPOSTS`
    #[aws(value = "OUTPOSTS")]
    Outposts,
    /// `GLACIER_IR`
    #[aws(value = "GLACIER_IR")]
    GlacierIr,
    /// `SNOW`
    #[aws(value = "SNOW")]
    Snow,
    /// `EXPRESS_ONEZONE`
    #[aws(value = "EXPRESS_ONEZONE")]
    ExpressOnezone,
    /// `FSX_OPENZFS`
    #[aws(value = "FSX_OPENZFS")]
    FsxOpenzfs,
    /// `FSX_ONTAP`
    #[aws(value = "FSX_ONTAP")]
    FsxOntap,
    /// `AWS_BACKUP_WARM`
    #[aws(value = "AWS_BACKUP_WARM")]
    AwsBackupWarm,
    /// `AWS_BACKUP_LOW_COST_WARM`
    #[aws(value = "AWS_BACKUP_LOW_COST_WARM")]
    AwsBackupLowCostWarm,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The storage class of an object in a listing.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectStorageClass {
    /// `STANDARD`
    #[aws(value = "STANDARD")]
    Standard,
    /// `REDUCED_REDUNDANCY`
    #[aws(value = "REDUCED_REDUNDANCY")]
    ReducedRedundancy,
    /// `GLACIER`
    #[aws(value = "GLACIER")]
    Glacier,
    /// `STANDARD_IA`
    #[aws(value = "STANDARD_IA")]
    StandardIa,
    /// `ONEZONE_IA`
    #[aws(value = "ONEZONE_IA")]
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    #[aws(value = "INTELLIGENT_TIERING")]
    IntelligentTiering,
    /// `DEEP_ARCHIVE`
    #[aws(value = "DEEP_ARCHIVE")]
    DeepArchive,
    /// `OUTPOSTS`
    #[aws(value = "OUTPOSTS")]
    Outposts,
    /// `GLACIER_IR`
    #[aws(value = "GLACIER_IR")]
    GlacierIr,
    /// `SNOW`
    #[aws(value = "SNOW")]
    Snow,
    /// `EXPRESS_ONEZONE`
    #[aws(value = "EXPRESS_ONEZONE")]
    ExpressOnezone,
    /// `FSX_OPENZFS`
    #[aws(value = "FSX_OPENZFS")]
    FsxOpenzfs,
    /// `FSX_ONTAP`
    #[aws(value = "FSX_ONTAP")]
    FsxOntap,
    /// `AWS_BACKUP_WARM`
    #[aws(value = "AWS_BACKUP_WARM")]
    AwsBackupWarm,
    /// `AWS_BACKUP_LOW_COST_WARM`
    #[aws(value = "AWS_BACKUP_LOW_COST_WARM")]
    AwsBackupLowCostWarm,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The S3 Intelligent-Tiering archive tier an object is in.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IntelligentTieringAccessTier {
    /// `ARCHIVE_ACCESS`
    #[aws(value = "ARCHIVE_ACCESS")]
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    #[aws(value = "DEEP_ARCHIVE_ACCESS")]
    DeepArchiveAccess,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The archive state of an object in S3 Intelligent-Tiering.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ArchiveStatus {
    /// `ARCHIVE_ACCESS`
    #[aws(value = "ARCHIVE_ACCESS")]
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    #[aws(value = "DEEP_ARCHIVE_ACCESS")]
    DeepArchiveAccess,
    /// A value this client does not know yet.
    Unknown(String),
}
