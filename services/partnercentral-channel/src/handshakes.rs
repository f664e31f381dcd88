//! Channel handshakes: requests between a partner and another AWS account to start or revoke
//! a service period, or to link a program management account.

use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::common::SortOrder;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use crate::program_management_accounts::Program;
use crate::tags::Tag;

/// The type of a handshake.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HandshakeType {
    /// `START_SERVICE_PERIOD`
    #[aws(value = "START_SERVICE_PERIOD")]
    StartServicePeriod,
    /// `REVOKE_SERVICE_PERIOD`
    #[aws(value = "REVOKE_SERVICE_PERIOD")]
    RevokeServicePeriod,
    /// `PROGRAM_MANAGEMENT_ACCOUNT`
    #[aws(value = "PROGRAM_MANAGEMENT_ACCOUNT")]
    ProgramManagementAccount,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of a service period.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServicePeriodType {
    /// `MINIMUM_NOTICE_PERIOD`
    #[aws(value = "MINIMUM_NOTICE_PERIOD")]
    MinimumNoticePeriod,
    /// `FIXED_COMMITMENT_PERIOD`
    #[aws(value = "FIXED_COMMITMENT_PERIOD")]
    FixedCommitmentPeriod,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The status of a channel handshake.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HandshakeStatus {
    /// `PENDING`
    Pending,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
    Rejected,
    /// `CANCELED`
    Canceled,
    /// `EXPIRED`
    Expired,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The side of a handshake the caller is on.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ParticipantType {
    /// `SENDER`
    Sender,
    /// `RECEIVER`
    Receiver,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Payload for starting a service period handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StartServicePeriodPayload {
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// A note providing additional information about the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
    /// The type of service period being started.
    pub service_period_type: ServicePeriodType,
    /// The minimum number of days notice required for changes.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub minimum_notice_days: Option<String>,
    /// The end date of the service period.
    #[aws(timestamp_format = "date-time")]
    pub end_date: Option<DateTime>,
}

/// Payload for revoking a service period handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RevokeServicePeriodPayload {
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// A note explaining the reason for revoking the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
}

/// The payload of a handshake: exactly one member.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ChannelHandshakePayload {
    /// Payload for starting a service period handshake.
    StartServicePeriodPayload(StartServicePeriodPayload),
    /// Payload for revoking a service period handshake.
    RevokeServicePeriodPayload(RevokeServicePeriodPayload),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Creates a new channel handshake request to establish a partnership with another AWS account.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CreateChannelHandshake",
    fluent,
    output = CreateChannelHandshakeOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
        ConflictException,
        ServiceQuotaExceededException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshake {
    /// The type of handshake to create (e.g., start service period, revoke service period).
    pub handshake_type: HandshakeType,
    /// The catalog identifier for the handshake request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The identifier of the resource associated with this handshake.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})$"
    )]
    pub associated_resource_identifier: String,
    /// The payload containing specific details for the handshake type.
    pub payload: Option<ChannelHandshakePayload>,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
    /// Key-value pairs to associate with the channel handshake.
    pub tags: Option<Vec<Tag>>,
}

/// Details of a created channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshakeDetail {
    /// The unique identifier of the created handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the created handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
}

/// The output of `CreateChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelHandshakeOutput {
    /// Details of the created channel handshake.
    pub channel_handshake_detail: Option<CreateChannelHandshakeDetail>,
}

/// Accepts a pending channel handshake request from another AWS account.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "AcceptChannelHandshake",
    fluent,
    output = AcceptChannelHandshakeOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct AcceptChannelHandshake {
    /// The catalog identifier for the handshake request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the channel handshake to accept.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}$"
    )]
    pub identifier: String,
}

/// Contains details about an accepted channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AcceptChannelHandshakeDetail {
    /// The unique identifier of the accepted handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the accepted handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The current status of the accepted handshake.
    pub status: Option<HandshakeStatus>,
}

/// The output of `AcceptChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AcceptChannelHandshakeOutput {
    /// Details of the accepted channel handshake.
    pub channel_handshake_detail: Option<AcceptChannelHandshakeDetail>,
}

/// Rejects a pending channel handshake request.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "RejectChannelHandshake",
    fluent,
    output = RejectChannelHandshakeOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct RejectChannelHandshake {
    /// The catalog identifier for the handshake request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the channel handshake to reject.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}$"
    )]
    pub identifier: String,
}

/// Contains details about a rejected channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RejectChannelHandshakeDetail {
    /// The unique identifier of the rejected handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the rejected handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The current status of the rejected handshake.
    pub status: Option<HandshakeStatus>,
}

/// The output of `RejectChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RejectChannelHandshakeOutput {
    /// Details of the rejected channel handshake.
    pub channel_handshake_detail: Option<RejectChannelHandshakeDetail>,
}

/// Cancels a pending channel handshake request.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CancelChannelHandshake",
    fluent,
    output = CancelChannelHandshakeOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct CancelChannelHandshake {
    /// The catalog identifier for the handshake request.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the channel handshake to cancel.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}$"
    )]
    pub identifier: String,
}

/// Contains details about a canceled channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CancelChannelHandshakeDetail {
    /// The unique identifier of the canceled handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the canceled handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The current status of the canceled handshake.
    pub status: Option<HandshakeStatus>,
}

/// The output of `CancelChannelHandshake`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CancelChannelHandshakeOutput {
    /// Details of the canceled channel handshake.
    pub channel_handshake_detail: Option<CancelChannelHandshakeDetail>,
}

/// Lists channel handshakes based on specified criteria.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "ListChannelHandshakes",
    fluent,
    output = ListChannelHandshakesOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = items,
        item = ChannelHandshakeSummary,
        page_size = max_results,
    ),
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct ListChannelHandshakes {
    /// Filter results by handshake type.
    pub handshake_type: HandshakeType,
    /// The catalog identifier to filter handshakes.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// Filter by participant type (sender or receiver).
    pub participant_type: ParticipantType,
    /// The maximum number of results to return in a single call.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Filter results by handshake status.
    pub statuses: Option<Vec<HandshakeStatus>>,
    /// Filter by associated resource identifiers.
    #[aws(items(
        length(min = 16, max = 1011),
        pattern = "^((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})$"
    ))]
    pub associated_resource_identifiers: Option<Vec<String>>,
    /// Type-specific filters for handshakes.
    pub handshake_type_filters: Option<ListChannelHandshakesTypeFilters>,
    /// Type-specific sorting options for handshakes.
    pub handshake_type_sort: Option<ListChannelHandshakesTypeSort>,
    /// Token for retrieving the next page of results.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Type-specific filters for listing channel handshakes.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ListChannelHandshakesTypeFilters {
    /// Filters specific to start service period handshakes.
    StartServicePeriodTypeFilters(StartServicePeriodTypeFilters),
    /// Filters specific to revoke service period handshakes.
    RevokeServicePeriodTypeFilters(RevokeServicePeriodTypeFilters),
    /// Filters specific to program management account handshakes.
    ProgramManagementAccountTypeFilters(ProgramManagementAccountTypeFilters),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Filters specific to start service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StartServicePeriodTypeFilters {
    /// Filter by service period types.
    pub service_period_types: Option<Vec<ServicePeriodType>>,
}

/// Filters specific to revoke service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RevokeServicePeriodTypeFilters {
    /// Filter by service period types.
    pub service_period_types: Option<Vec<ServicePeriodType>>,
}

/// Type-specific filters for program management accounts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ProgramManagementAccountTypeFilters {
    /// Filter by program types.
    pub programs: Option<Vec<Program>>,
}

/// Type-specific sorting options for listing channel handshakes.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ListChannelHandshakesTypeSort {
    /// Sorting options specific to start service period handshakes.
    StartServicePeriodTypeSort(StartServicePeriodTypeSort),
    /// Sorting options specific to revoke service period handshakes.
    RevokeServicePeriodTypeSort(RevokeServicePeriodTypeSort),
    /// Sorting options specific to program management account handshakes.
    ProgramManagementAccountTypeSort(ProgramManagementAccountTypeSort),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Sorting options specific to start service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StartServicePeriodTypeSort {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: StartServicePeriodTypeSortName,
}

/// A field that start service period handshakes can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StartServicePeriodTypeSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Sorting options specific to revoke service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RevokeServicePeriodTypeSort {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: RevokeServicePeriodTypeSortName,
}

/// A field that revoke service period handshakes can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RevokeServicePeriodTypeSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Type-specific sorting options for program management accounts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ProgramManagementAccountTypeSort {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: ProgramManagementAccountTypeSortName,
}

/// A field that program management account handshakes can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProgramManagementAccountTypeSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListChannelHandshakes`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListChannelHandshakesOutput {
    /// List of channel handshakes matching the criteria.
    pub items: Option<Vec<ChannelHandshakeSummary>>,
    /// Token for retrieving the next page of results, if available.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Summary information about a channel handshake.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ChannelHandshakeSummary {
    /// The unique identifier of the handshake.
    #[aws(length(min = 16, max = 16), pattern = "^ch-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the handshake.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The catalog identifier associated with the handshake.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: Option<String>,
    /// The type of the handshake.
    pub handshake_type: Option<HandshakeType>,
    /// The AWS account ID of the handshake owner.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub owner_account_id: Option<String>,
    /// The AWS account ID of the handshake sender.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub sender_account_id: Option<String>,
    /// The display name of the handshake sender.
    #[aws(length(min = 1, max = 40), pattern = r"^[\x00-\x7E\xA9\xAE\xA2-\xA5\u202F]+$")]
    pub sender_display_name: Option<String>,
    /// The AWS account ID of the handshake receiver.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub receiver_account_id: Option<String>,
    /// The identifier of the resource associated with the handshake.
    #[aws(length(min = 16, max = 17), pattern = "^(pma|rs)-[a-z0-9]{13}$")]
    pub associated_resource_id: Option<String>,
    /// Detailed information about the handshake.
    pub detail: Option<HandshakeDetail>,
    /// The timestamp when the handshake was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: Option<DateTime>,
    /// The timestamp when the handshake was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: Option<DateTime>,
    /// The current status of the handshake.
    pub status: Option<HandshakeStatus>,
}

/// Contains detailed information about different types of handshakes.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum HandshakeDetail {
    /// Details for a start service period handshake.
    StartServicePeriodHandshakeDetail(StartServicePeriodHandshakeDetail),
    /// Details for a revoke service period handshake.
    RevokeServicePeriodHandshakeDetail(RevokeServicePeriodHandshakeDetail),
    /// Details for a program management account handshake.
    ProgramManagementAccountHandshakeDetail(ProgramManagementAccountHandshakeDetail),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Details specific to start service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StartServicePeriodHandshakeDetail {
    /// A note providing additional information about the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
    /// The type of service period being started.
    pub service_period_type: Option<ServicePeriodType>,
    /// The minimum number of days notice required for changes.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub minimum_notice_days: Option<String>,
    /// The start date of the service period.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
    /// The end date of the service period.
    #[aws(timestamp_format = "date-time")]
    pub end_date: Option<DateTime>,
}

/// Details specific to revoke service period handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RevokeServicePeriodHandshakeDetail {
    /// A note explaining the reason for revoking the service period.
    #[aws(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub note: Option<String>,
    /// The type of service period being revoked.
    pub service_period_type: Option<ServicePeriodType>,
    /// The minimum number of days notice required for revocation.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub minimum_notice_days: Option<String>,
    /// The start date of the service period being revoked.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
    /// The end date of the service period being revoked.
    #[aws(timestamp_format = "date-time")]
    pub end_date: Option<DateTime>,
}

/// Details specific to program management account handshakes.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ProgramManagementAccountHandshakeDetail {
    /// The program associated with the handshake.
    pub program: Option<Program>,
}
