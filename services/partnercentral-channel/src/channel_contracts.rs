//! Channel contracts: agreements such as a managed services attestation, sent to a signatory for
//! signature.

use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::common::SortOrder;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use crate::tags::Tag;

/// The type of a channel contract.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChannelContractType {
    /// `MANAGED_SERVICES_ATTESTATION`
    ManagedServicesAttestation,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The status of a channel contract.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChannelContractStatus {
    /// `PENDING`
    Pending,
    /// `ACCEPTED`
    Accepted,
    /// `EXPIRED`
    Expired,
    /// `CANCELED`
    Canceled,
    /// `INACTIVE`
    Inactive,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A managed service that a partner provides to an end customer.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedServicesSupportedService {
    /// `MONITORING`
    Monitoring,
    /// `PATCHING`
    Patching,
    /// `SECURITY`
    Security,
    /// `BACKUP_AND_DISASTER_RECOVERY`
    BackupAndDisasterRecovery,
    /// `FINANCIAL_OPERATIONS`
    FinancialOperations,
    /// `INFRASTRUCTURE_AS_CODE_AND_AUTOMATION`
    InfrastructureAsCodeAndAutomation,
    /// `WELL_ARCHITECTED`
    WellArchitected,
    /// `ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS`
    ArtificialIntelligenceAndMachineLearningOperations,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The postal address of a legal entity. Redacted in `Debug`.
#[aws_shape(sensitive)]
#[derive(Clone, PartialEq)]
pub struct Address {
    /// The city or locality.
    #[aws(length(min = 1, max = 50), pattern = r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$")]
    pub city: String,
    /// The state, province, or prefecture.
    #[aws(length(min = 1, max = 50), pattern = r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$")]
    pub state_or_region: String,
    /// The postal code.
    #[aws(length(min = 1, max = 10), pattern = r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$")]
    pub postal_code: String,
    /// The two-letter ISO 3166-1 country code.
    #[aws(length(min = 2, max = 2), pattern = "^[A-Z]{2}$")]
    pub country_code: String,
    /// The first line of the street address.
    #[aws(length(min = 1, max = 200), pattern = r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$")]
    pub address_line: String,
    /// The second line of the street address.
    #[aws(length(min = 1, max = 200), pattern = r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$")]
    pub address_line2: Option<String>,
}

/// Creates a new channel contract and sends it to the signatory for signature. In the Sandbox
/// catalog, the channel contract is accepted automatically.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CreateChannelContract",
    fluent,
    output = CreateChannelContractOutput,
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
pub struct CreateChannelContract {
    /// The type of channel contract to create (for example, managed services attestation).
    pub contract_type: ChannelContractType,
    /// The catalog identifier for the channel contract.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The payload containing specific details for the contract type.
    pub payload: ChannelContractPayload,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
    /// Key-value pairs to associate with the channel contract.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the payload data for different types of channel contracts.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
// The known member is the value nearly always, so boxing it would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum ChannelContractPayload {
    /// Payload for creating a managed services attestation channel contract. Applies only to
    /// managed services attestation channel contracts.
    ManagedServicesAttestationPayload(ManagedServicesAttestationPayload),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Payload for managed services attestation channel contract requests. Applies only to managed
/// services attestation channel contracts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ManagedServicesAttestationPayload {
    /// The legal name of the end customer's legal entity.
    #[aws(sensitive, length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub legal_entity_name: String,
    /// The identifier of the managed services relationship to cover with the attestation.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub relationship_identifier: String,
    /// The identifier of the program management account for the relationship.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The AWS account IDs of the end customer's member accounts to cover, not allowed when the
    /// account scope is the entire organization.
    #[aws(items(length(min = 12, max = 12), pattern = "^[0-9]*$"))]
    pub member_account_ids: Option<Vec<String>>,
    /// The end date of the attestation, which must be after the start date of the relationship.
    #[aws(timestamp_format = "date-time")]
    pub end_date: DateTime,
    /// The managed services that the partner provides to the end customer.
    pub supported_services: Vec<ManagedServicesSupportedService>,
    /// The address of the end customer's legal entity.
    pub legal_entity_address: Address,
    /// The name of the person who signs the attestation for the end customer.
    #[aws(sensitive, length(min = 1, max = 256), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub signatory_name: String,
    /// The email address to which the attestation is sent for signature.
    #[aws(sensitive, length(min = 1, max = 256), pattern = r"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    pub signatory_email: String,
}

/// Contains details about a newly created channel contract.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelContractDetail {
    /// The unique identifier of the created channel contract.
    #[aws(length(min = 16, max = 16), pattern = "^cc-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the created channel contract.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
}

/// The output of `CreateChannelContract`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateChannelContractOutput {
    /// Details of the created channel contract.
    pub channel_contract_detail: Option<CreateChannelContractDetail>,
}

/// Retrieves details of a specific channel contract.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "GetChannelContract",
    fluent,
    output = GetChannelContractOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct GetChannelContract {
    /// The catalog identifier for the channel contract.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the channel contract to retrieve.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-contract/)?cc-[a-z0-9]{13}$"
    )]
    pub identifier: String,
}

/// The output of `GetChannelContract`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GetChannelContractOutput {
    /// Details of the requested channel contract.
    pub channel_contract_detail: Option<ChannelContractDetail>,
}

/// Detailed information about a channel contract.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ChannelContractDetail {
    /// The unique identifier of the channel contract.
    #[aws(length(min = 16, max = 16), pattern = "^cc-[a-z0-9]{13}$")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the channel contract.
    #[aws(length(min = 1, max = 1011))]
    pub arn: String,
    /// The catalog identifier associated with the channel contract.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The type of the channel contract.
    pub contract_type: ChannelContractType,
    /// The current status of the channel contract.
    pub status: ChannelContractStatus,
    /// The timestamp when the channel contract was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: DateTime,
    /// The timestamp when the channel contract was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: DateTime,
    /// The timestamp when the channel contract was accepted, if applicable.
    #[aws(timestamp_format = "date-time")]
    pub responded_at: Option<DateTime>,
    /// The reason the channel contract was canceled, if one was provided.
    #[aws(length(min = 1, max = 1024), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub cancellation_reason: Option<String>,
    /// Type-specific details of the channel contract.
    pub details: ChannelContractDetails,
}

/// Contains detailed information about different types of channel contracts.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
// The known member is the value nearly always, so boxing it would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum ChannelContractDetails {
    /// Details specific to managed services attestation channel contracts. Applies only to managed
    /// services attestation channel contracts.
    ManagedServicesAttestationDetails(ManagedServicesAttestationDetails),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Details specific to managed services attestation channel contracts. Applies only to managed
/// services attestation channel contracts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ManagedServicesAttestationDetails {
    /// The legal name of the end customer's legal entity.
    #[aws(sensitive, length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub legal_entity_name: String,
    /// The identifier of the relationship covered by the attestation.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub relationship_identifier: String,
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The AWS account IDs of the end customer's member accounts covered by the managed services.
    #[aws(items(length(min = 12, max = 12), pattern = "^[0-9]*$"))]
    pub member_account_ids: Option<Vec<String>>,
    /// The end date of the managed services attestation.
    #[aws(timestamp_format = "date-time")]
    pub end_date: DateTime,
    /// The managed services that the partner provides to the end customer.
    pub supported_services: Vec<ManagedServicesSupportedService>,
    /// The name of the person who signs the attestation for the end customer.
    #[aws(sensitive, length(min = 1, max = 256), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub signatory_name: String,
    /// The email address of the signatory.
    #[aws(sensitive, length(min = 1, max = 256), pattern = r"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    pub signatory_email: String,
    /// The address of the end customer's legal entity, if available.
    pub legal_entity_address: Option<Address>,
}

/// Cancels a pending channel contract created within the last 30 days. A request for a channel
/// contract that isn't PENDING, including one that is already CANCELED, fails with a
/// ValidationException.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CancelChannelContract",
    fluent,
    output = CancelChannelContractOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
        ConflictException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct CancelChannelContract {
    /// The catalog identifier for the channel contract.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the channel contract to cancel.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-contract/)?cc-[a-z0-9]{13}$"
    )]
    pub identifier: String,
    /// The reason for canceling the channel contract. Later requests don't change or remove it.
    #[aws(length(min = 1, max = 1024), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub reason: Option<String>,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
}

/// Contains details about a canceled channel contract.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CancelChannelContractDetail {
    /// The unique identifier of the canceled channel contract.
    #[aws(length(min = 16, max = 16), pattern = "^cc-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the canceled channel contract.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The current status of the canceled channel contract.
    pub status: Option<ChannelContractStatus>,
    /// The reason the channel contract was canceled, if one was provided.
    #[aws(length(min = 1, max = 1024), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub cancellation_reason: Option<String>,
}

/// The output of `CancelChannelContract`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CancelChannelContractOutput {
    /// Details of the canceled channel contract.
    pub channel_contract_detail: Option<CancelChannelContractDetail>,
}

/// Lists channel contracts based on specified criteria.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "ListChannelContracts",
    fluent,
    output = ListChannelContractsOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = items,
        item = ChannelContractSummary,
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
pub struct ListChannelContracts {
    /// The catalog identifier to filter channel contracts.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// Filter results by contract type.
    pub contract_type: ChannelContractType,
    /// Filter results by channel contract status.
    pub statuses: Option<Vec<ChannelContractStatus>>,
    /// Type-specific filters for channel contracts.
    pub contract_type_filters: Option<ListChannelContractsTypeFilters>,
    /// Type-specific sorting options for channel contracts.
    pub contract_type_sort: Option<ListChannelContractsTypeSort>,
    /// The maximum number of results to return in a single call.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Token for retrieving the next page of results.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Type-specific filters for listing channel contracts.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ListChannelContractsTypeFilters {
    /// Filters specific to managed services attestation channel contracts. Applies only to managed
    /// services attestation channel contracts.
    ManagedServicesAttestationTypeFilters(ManagedServicesAttestationTypeFilters),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Filters specific to managed services attestation channel contracts. Applies only to managed
/// services attestation channel contracts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ManagedServicesAttestationTypeFilters {
    /// Filter by relationship identifiers.
    #[aws(items(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    ))]
    pub relationship_identifiers: Option<Vec<String>>,
    /// Filter by legal entity names.
    #[aws(items(length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$"))]
    pub legal_entity_names: Option<Vec<String>>,
}

/// Type-specific sorting options for listing channel contracts.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ListChannelContractsTypeSort {
    /// Sorting options specific to managed services attestation channel contracts. Applies only to
    /// managed services attestation channel contracts.
    ManagedServicesAttestationTypeSort(ManagedServicesAttestationTypeSort),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Sorting options specific to managed services attestation channel contracts. Applies only to
/// managed services attestation channel contracts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ManagedServicesAttestationTypeSort {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: ManagedServicesAttestationTypeSortName,
}

/// A field that managed services attestation channel contracts can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedServicesAttestationTypeSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListChannelContracts`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListChannelContractsOutput {
    /// List of channel contracts matching the criteria.
    pub items: Vec<ChannelContractSummary>,
    /// Token for retrieving the next page of results, if available.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Summary information about a channel contract.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ChannelContractSummary {
    /// The unique identifier of the channel contract.
    #[aws(length(min = 16, max = 16), pattern = "^cc-[a-z0-9]{13}$")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the channel contract.
    #[aws(length(min = 1, max = 1011))]
    pub arn: String,
    /// The catalog identifier associated with the channel contract.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The type of the channel contract.
    pub contract_type: ChannelContractType,
    /// The current status of the channel contract.
    pub status: ChannelContractStatus,
    /// The timestamp when the channel contract was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: DateTime,
    /// The timestamp when the channel contract was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: DateTime,
    /// The timestamp when the channel contract was accepted, if applicable.
    #[aws(timestamp_format = "date-time")]
    pub responded_at: Option<DateTime>,
    /// Type-specific summary details of the channel contract.
    pub details: ChannelContractSummaryDetails,
}

/// Contains summary information about different types of channel contracts.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum ChannelContractSummaryDetails {
    /// Summary details specific to managed services attestation channel contracts. Applies only to
    /// managed services attestation channel contracts.
    ManagedServicesAttestationDetails(ManagedServicesAttestationSummaryDetails),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Summary information about a managed services attestation channel contract. Applies only to
/// managed services attestation channel contracts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ManagedServicesAttestationSummaryDetails {
    /// The legal name of the end customer's legal entity.
    #[aws(sensitive, length(min = 1, max = 300), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub legal_entity_name: String,
    /// The identifier of the relationship covered by the attestation.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub relationship_identifier: String,
    /// The identifier of the program management account.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The AWS account IDs of the end customer's member accounts covered by the managed services.
    #[aws(items(length(min = 12, max = 12), pattern = "^[0-9]*$"))]
    pub member_account_ids: Option<Vec<String>>,
    /// The end date of the managed services attestation.
    #[aws(timestamp_format = "date-time")]
    pub end_date: DateTime,
    /// The managed services that the partner provides to the end customer.
    pub supported_services: Vec<ManagedServicesSupportedService>,
}
