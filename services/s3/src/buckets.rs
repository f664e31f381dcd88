//! Buckets: create, check, list and delete them, and find the Region one is in.

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::access::{BucketCannedACL, ObjectOwnership, Owner};
use crate::errors::{BucketAlreadyExists, BucketAlreadyOwnedByYou, NoSuchBucket};
use crate::tagging::Tag;

/// Creates a new S3 bucket.
#[aws_operation(
    service = S3,
    operation = "CreateBucket",
    fluent,
    output = CreateBucketOutput,
    errors = [BucketAlreadyExists, BucketAlreadyOwnedByYou],
    http(method = "PUT", uri = "/{Bucket}", code = 200),
    static_context_params(DisableAccessPoints = true, UseS3ExpressControlEndpoint = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateBucket {
    /// The canned ACL to apply to the bucket.
    #[aws(name = "ACL", http_header = "x-amz-acl")]
    pub acl: Option<BucketCannedACL>,
    /// The name of the bucket to create.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The configuration information for the bucket.
    #[aws(http_payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub create_bucket_configuration: Option<CreateBucketConfiguration>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    #[aws(http_header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    #[aws(http_header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    #[aws(name = "GrantReadACP", http_header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    #[aws(http_header = "x-amz-grant-write")]
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    #[aws(name = "GrantWriteACP", http_header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Specifies whether you want S3 Object Lock to be enabled for the new bucket.
    #[aws(http_header = "x-amz-bucket-object-lock-enabled")]
    pub object_lock_enabled_for_bucket: Option<bool>,
    /// The container element for object ownership for a bucket's ownership controls.
    #[aws(http_header = "x-amz-object-ownership")]
    pub object_ownership: Option<ObjectOwnership>,
    /// Specifies the namespace where you want to create your general purpose bucket.
    #[aws(http_header = "x-amz-bucket-namespace")]
    pub bucket_namespace: Option<BucketNamespace>,
}

/// The output of `CreateBucket`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateBucketOutput {
    /// A forward slash followed by the name of the bucket for all account regional namespace
    /// buckets and all global general purpose buckets created in us-east-1.
    #[aws(http_header = "Location")]
    pub location: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket.
    #[aws(http_header = "x-amz-bucket-arn", length(min = 1, max = 128), pattern = r"^arn:[^:]+:(s3|s3express):.*$")]
    pub bucket_arn: Option<String>,
}

/// You can use this operation to determine if a bucket exists and if you have permission to access
/// it.
#[aws_operation(
    service = S3,
    operation = "HeadBucket",
    fluent,
    output = HeadBucketOutput,
    errors = [NoSuchBucket],
    http(method = "HEAD", uri = "/{Bucket}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct HeadBucket {
    /// The bucket name.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `HeadBucket`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct HeadBucketOutput {
    /// The Amazon Resource Name (ARN) of the S3 bucket.
    #[aws(http_header = "x-amz-bucket-arn", length(min = 1, max = 128), pattern = r"^arn:[^:]+:(s3|s3express):.*$")]
    pub bucket_arn: Option<String>,
    /// The type of location where the bucket is created.
    #[aws(http_header = "x-amz-bucket-location-type")]
    pub bucket_location_type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    #[aws(http_header = "x-amz-bucket-location-name")]
    pub bucket_location_name: Option<String>,
    /// The Region that the bucket is located.
    #[aws(http_header = "x-amz-bucket-region", length(min = 0, max = 20))]
    pub bucket_region: Option<String>,
    /// Indicates whether the bucket name used in the request is an access point alias.
    #[aws(http_header = "x-amz-access-point-alias")]
    pub access_point_alias: Option<bool>,
}

/// Returns a list of all buckets owned by the authenticated sender of the request.
#[aws_operation(
    service = S3,
    operation = "ListBuckets",
    fluent,
    output = ListBucketsOutput,
    http(method = "GET", uri = "/", code = 200),
    paginator(input_token = continuation_token, output_token = continuation_token, items = buckets, item = Bucket, page_size = max_buckets),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct ListBuckets {
    /// Maximum number of buckets to be returned in response.
    #[aws(http_query = "max-buckets", range(min = 1, max = 10000))]
    pub max_buckets: Option<i32>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket
    /// with a token.
    #[aws(http_query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// Limits the response to bucket names that begin with the specified bucket name prefix.
    #[aws(http_query = "prefix")]
    pub prefix: Option<String>,
    /// Limits the response to buckets that are located in the specified Amazon Web Services Region.
    #[aws(http_query = "bucket-region")]
    pub bucket_region: Option<String>,
}

/// The output of `ListBuckets`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListBucketsOutput {
    /// The list of buckets owned by the requester.
    #[aws(xml_item_name = "Bucket")]
    pub buckets: Option<Vec<Bucket>>,
    /// The owner of the buckets listed.
    pub owner: Option<Owner>,
    /// `ContinuationToken` is included in the response when there are more buckets that can be
    /// listed with pagination.
    pub continuation_token: Option<String>,
    /// If `Prefix` was sent with the request, it is included in the response.
    pub prefix: Option<String>,
}

/// Deletes the S3 bucket.
#[aws_operation(
    service = S3,
    operation = "DeleteBucket",
    fluent,
    output = DeleteBucketOutput,
    http(method = "DELETE", uri = "/{Bucket}", code = 204),
    static_context_params(UseS3ExpressControlEndpoint = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteBucket {
    /// Specifies the bucket being deleted.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `DeleteBucket`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteBucketOutput {}

/// Returns the Region the bucket resides in.
#[aws_operation(
    service = S3,
    operation = "GetBucketLocation",
    fluent,
    output = GetBucketLocationOutput,
    http(method = "GET", uri = "/{Bucket}?location", code = 200),
    static_context_params(UseS3ExpressControlEndpoint = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetBucketLocation {
    /// The name of the bucket for which to get the location.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketLocation`: S3 sends its one member as the document's root,
/// `<LocationConstraint>`, with no element around it.
#[aws_shape(rename_all = "PascalCase", xml_unwrapped)]
#[derive(Clone, PartialEq)]
pub struct GetBucketLocationOutput {
    /// Specifies the Region where the bucket resides.
    pub location_constraint: Option<BucketLocationConstraint>,
}

/// The configuration information for the bucket.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateBucketConfiguration {
    /// Specifies the Region where the bucket will be created.
    pub location_constraint: Option<BucketLocationConstraint>,
    /// Specifies the location where the bucket will be created.
    pub location: Option<LocationInfo>,
    /// Specifies the information about the bucket that will be created.
    pub bucket: Option<BucketInfo>,
    /// An array of tags that you can apply to the bucket that you're creating.
    #[aws(xml_item_name = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// The Region a bucket is created in.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketLocationConstraint {
    /// `af-south-1`
    #[aws(value = "af-south-1")]
    AfSouth1,
    /// `ap-east-1`
    #[aws(value = "ap-east-1")]
    ApEast1,
    /// `ap-east-2`
    #[aws(value = "ap-east-2")]
    ApEast2,
    /// `ap-northeast-1`
    #[aws(value = "ap-northeast-1")]
    ApNortheast1,
    /// `ap-northeast-2`
    #[aws(value = "ap-northeast-2")]
    ApNortheast2,
    /// `ap-northeast-3`
    #[aws(value = "ap-northeast-3")]
    ApNortheast3,
    /// `ap-south-1`
    #[aws(value = "ap-south-1")]
    ApSouth1,
    /// `ap-south-2`
    #[aws(value = "ap-south-2")]
    ApSouth2,
    /// `ap-southeast-1`
    #[aws(value = "ap-southeast-1")]
    ApSoutheast1,
    /// `ap-southeast-2`
    #[aws(value = "ap-southeast-2")]
    ApSoutheast2,
    /// `ap-southeast-3`
    #[aws(value = "ap-southeast-3")]
    ApSoutheast3,
    /// `ap-southeast-4`
    #[aws(value = "ap-southeast-4")]
    ApSoutheast4,
    /// `ap-southeast-5`
    #[aws(value = "ap-southeast-5")]
    ApSoutheast5,
    /// `ap-southeast-6`
    #[aws(value = "ap-southeast-6")]
    ApSoutheast6,
    /// `ap-southeast-7`
    #[aws(value = "ap-southeast-7")]
    ApSoutheast7,
    /// `ca-central-1`
    #[aws(value = "ca-central-1")]
    CaCentral1,
    /// `ca-west-1`
    #[aws(value = "ca-west-1")]
    CaWest1,
    /// `cn-north-1`
    #[aws(value = "cn-north-1")]
    CnNorth1,
    /// `cn-northwest-1`
    #[aws(value = "cn-northwest-1")]
    CnNorthwest1,
    /// `EU`
    #[aws(value = "EU")]
    Eu,
    /// `eu-central-1`
    #[aws(value = "eu-central-1")]
    EuCentral1,
    /// `eu-central-2`
    #[aws(value = "eu-central-2")]
    EuCentral2,
    /// `eu-north-1`
    #[aws(value = "eu-north-1")]
    EuNorth1,
    /// `eu-south-1`
    #[aws(value = "eu-south-1")]
    EuSouth1,
    /// `eu-south-2`
    #[aws(value = "eu-south-2")]
    EuSouth2,
    /// `eu-west-1`
    #[aws(value = "eu-west-1")]
    EuWest1,
    /// `eu-west-2`
    #[aws(value = "eu-west-2")]
    EuWest2,
    /// `eu-west-3`
    #[aws(value = "eu-west-3")]
    EuWest3,
    /// `il-central-1`
    #[aws(value = "il-central-1")]
    IlCentral1,
    /// `me-central-1`
    #[aws(value = "me-central-1")]
    MeCentral1,
    /// `me-south-1`
    #[aws(value = "me-south-1")]
    MeSouth1,
    /// `mx-central-1`
    #[aws(value = "mx-central-1")]
    MxCentral1,
    /// `sa-east-1`
    #[aws(value = "sa-east-1")]
    SaEast1,
    /// `us-east-2`
    #[aws(value = "us-east-2")]
    UsEast2,
    /// `us-gov-east-1`
    #[aws(value = "us-gov-east-1")]
    UsGovEast1,
    /// `us-gov-west-1`
    #[aws(value = "us-gov-west-1")]
    UsGovWest1,
    /// `us-west-1`
    #[aws(value = "us-west-1")]
    UsWest1,
    /// `us-west-2`
    #[aws(value = "us-west-2")]
    UsWest2,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Specifies the location where the bucket will be created.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LocationInfo {
    /// The type of location where the bucket will be created.
    pub r#type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    pub name: Option<String>,
}

/// The kind of location a directory bucket is in.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationType {
    /// `AvailabilityZone`
    #[aws(value = "AvailabilityZone")]
    AvailabilityZone,
    /// `LocalZone`
    #[aws(value = "LocalZone")]
    LocalZone,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Specifies the information about the bucket that will be created.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct BucketInfo {
    /// The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the
    /// bucket.
    pub data_redundancy: Option<DataRedundancy>,
    /// The type of bucket.
    pub r#type: Option<BucketType>,
}

/// How a directory bucket stores its data.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataRedundancy {
    /// `SingleAvailabilityZone`
    #[aws(value = "SingleAvailabilityZone")]
    SingleAvailabilityZone,
    /// `SingleLocalZone`
    #[aws(value = "SingleLocalZone")]
    SingleLocalZone,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of a bucket.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketType {
    /// `Directory`
    #[aws(value = "Directory")]
    Directory,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The namespace a bucket name is unique in.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketNamespace {
    /// `account-regional`
    #[aws(value = "account-regional")]
    AccountRegional,
    /// `global`
    #[aws(value = "global")]
    Global,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A bucket, as `ListBuckets` lists it: its name, creation date, Region and ARN.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Bucket {
    /// The name of the bucket.
    pub name: Option<String>,
    /// Date the bucket was created.
    pub creation_date: Option<DateTime>,
    /// `BucketRegion` indicates the Amazon Web Services region where the bucket is located.
    pub bucket_region: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket.
    #[aws(length(min = 1, max = 128), pattern = r"^arn:[^:]+:(s3|s3express):.*$")]
    pub bucket_arn: Option<String>,
}
