//! Block devices: the volumes attached to an instance, as requested at launch and as reported back.

use aws_operation::{DateTime, aws_shape};

use crate::instances::OperatorResponse;

/// Describes a block device mapping.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InstanceBlockDeviceMapping {
    /// The device name.
    #[aws(xml_name = "deviceName")]
    pub device_name: Option<String>,
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    #[aws(xml_name = "ebs")]
    pub ebs: Option<EbsInstanceBlockDevice>,
}

/// Describes a parameter used to set up an EBS volume in a block device mapping.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EbsInstanceBlockDevice {
    /// The time stamp when the attachment initiated.
    #[aws(xml_name = "attachTime")]
    pub attach_time: Option<DateTime>,
    /// Indicates whether the volume is deleted on instance termination.
    #[aws(xml_name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The attachment state.
    #[aws(xml_name = "status")]
    pub status: Option<AttachmentStatus>,
    /// The ID of the EBS volume.
    #[aws(xml_name = "volumeId")]
    pub volume_id: Option<String>,
    /// The ARN of the Amazon Web Services-managed resource to which the volume is attached.
    #[aws(xml_name = "associatedResource")]
    pub associated_resource: Option<String>,
    /// The ID of the Amazon Web Services account that owns the volume.
    #[aws(xml_name = "volumeOwnerId")]
    pub volume_owner_id: Option<String>,
    /// The service provider that manages the EBS volume.
    #[aws(xml_name = "operator")]
    pub operator: Option<OperatorResponse>,
    /// The index of the EBS card.
    #[aws(xml_name = "ebsCardIndex")]
    pub ebs_card_index: Option<i32>,
}

/// The attachment state.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttachmentStatus {
    /// `attaching`
    #[aws(value = "attaching")]
    Attaching,
    /// `attached`
    #[aws(value = "attached")]
    Attached,
    /// `detaching`
    #[aws(value = "detaching")]
    Detaching,
    /// `detached`
    #[aws(value = "detached")]
    Detached,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Describes a block device mapping, which defines the EBS volumes and instance store volumes to
/// attach to an instance at launch.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct BlockDeviceMapping {
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    #[aws(xml_name = "ebs")]
    pub ebs: Option<EbsBlockDevice>,
    /// To omit the device from the block device mapping, specify an empty string.
    #[aws(xml_name = "noDevice")]
    pub no_device: Option<String>,
    /// The device name.
    #[aws(xml_name = "deviceName")]
    pub device_name: Option<String>,
    /// The virtual device name (`ephemeral`N).
    #[aws(xml_name = "virtualName")]
    pub virtual_name: Option<String>,
}

/// Describes a block device for an EBS volume.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EbsBlockDevice {
    /// Indicates whether the EBS volume is deleted on instance termination.
    #[aws(xml_name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The number of I/O operations per second (IOPS).
    #[aws(xml_name = "iops")]
    pub iops: Option<i32>,
    /// The ID of the snapshot.
    #[aws(xml_name = "snapshotId")]
    pub snapshot_id: Option<String>,
    /// The size of the volume, in GiBs.
    #[aws(xml_name = "volumeSize")]
    pub volume_size: Option<i32>,
    /// The volume type.
    #[aws(xml_name = "volumeType")]
    pub volume_type: Option<VolumeType>,
    /// Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use
    /// for EBS encryption.
    #[aws(xml_name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The throughput that the volume supports, in MiB/s.
    #[aws(xml_name = "throughput")]
    pub throughput: Option<i32>,
    /// The ARN of the Outpost on which the snapshot is stored.
    #[aws(xml_name = "outpostArn")]
    pub outpost_arn: Option<String>,
    /// The Availability Zone where the EBS volume will be created (for example, `us-east-1a`).
    #[aws(xml_name = "availabilityZone")]
    pub availability_zone: Option<String>,
    /// Indicates whether the encryption state of an EBS volume is changed while being restored from
    /// a backing snapshot.
    #[aws(xml_name = "encrypted")]
    pub encrypted: Option<bool>,
    /// Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization
    /// rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume.
    pub volume_initialization_rate: Option<i32>,
    /// The ID of the Availability Zone where the EBS volume will be created (for example,
    /// `use1-az1`).
    pub availability_zone_id: Option<String>,
    /// The index of the EBS card.
    pub ebs_card_index: Option<i32>,
}

/// The volume type for the volume copy.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VolumeType {
    /// `standard`
    #[aws(value = "standard")]
    Standard,
    /// `io1`
    #[aws(value = "io1")]
    Io1,
    /// `io2`
    #[aws(value = "io2")]
    Io2,
    /// `gp2`
    #[aws(value = "gp2")]
    Gp2,
    /// `sc1`
    #[aws(value = "sc1")]
    Sc1,
    /// `st1`
    #[aws(value = "st1")]
    St1,
    /// `gp3`
    #[aws(value = "gp3")]
    Gp3,
    /// A value this client does not know yet.
    Unknown(String),
}
