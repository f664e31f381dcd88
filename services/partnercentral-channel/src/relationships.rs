//! Relationships: the links between a program management account and other AWS accounts, with
//! the support plan requested for each.

use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::common::SortOrder;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use crate::tags::Tag;

/// The type of association of a relationship.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssociationType {
    /// `DOWNSTREAM_SELLER`
    DownstreamSeller,
    /// `END_CUSTOMER`
    EndCustomer,
    /// `INTERNAL`
    Internal,
    /// `MANAGED_SERVICES_END_CUSTOMER`
    ManagedServicesEndCustomer,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The business sector of a relationship.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Sector {
    /// `COMMERCIAL`
    Commercial,
    /// `GOVERNMENT`
    Government,
    /// `GOVERNMENT_EXCEPTION`
    GovernmentException,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The resale account model of a billing transfer relationship.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResaleAccountModel {
    /// `DISTRIBUTOR`
    Distributor,
    /// `END_CUSTOMER`
    EndCustomer,
    /// `SOLUTION_PROVIDER`
    SolutionProvider,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The accounts a managed services relationship covers.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccountScope {
    /// `ENTIRE_ORGANIZATION`
    EntireOrganization,
    /// `SPECIFIC_MEMBER_ACCOUNTS`
    SpecificMemberAccounts,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Configuration for different types of support plans.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum SupportPlan {
    /// Configuration for resold enterprise support plans.
    ResoldEnterprise(ResoldEnterprise),
    /// Configuration for partner-led support plans.
    PartnerLedSupport(PartnerLedSupport),
    /// Configuration for resold unified operations support plans.
    ResoldUnifiedOperations(ResoldUnifiedOperations),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// Configuration for resold enterprise support plans.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ResoldEnterprise {
    /// The coverage level for resold enterprise support.
    pub coverage: Coverage,
    /// The location of the Technical Account Manager (TAM).
    pub tam_location: String,
    /// The AWS account ID to charge for the support plan.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub charge_account_id: Option<String>,
}

/// Configuration for partner-led support plans.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct PartnerLedSupport {
    /// The coverage level for partner-led support.
    pub coverage: Coverage,
    /// The provider of the partner-led support.
    pub provider: Option<Provider>,
    /// The location of the Technical Account Manager (TAM).
    pub tam_location: String,
}

/// Configuration for resold unified operations support plans.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ResoldUnifiedOperations {
    /// The coverage level for resold unified operations support.
    pub coverage: Coverage,
    /// The location of the Technical Account Manager (TAM).
    pub tam_location: String,
    /// The AWS account ID to charge for the support plan.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub charge_account_id: Option<String>,
}

/// The accounts a support plan covers.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Coverage {
    /// `ENTIRE_ORGANIZATION`
    EntireOrganization,
    /// `MANAGEMENT_ACCOUNT_ONLY`
    ManagementAccountOnly,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The provider of partner-led support.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Provider {
    /// `DISTRIBUTOR`
    Distributor,
    /// `DISTRIBUTION_SELLER`
    DistributionSeller,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Creates a new partner relationship between accounts.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CreateRelationship",
    fluent,
    output = CreateRelationshipOutput,
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
pub struct CreateRelationship {
    /// The catalog identifier for the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The type of association for the relationship (e.g., reseller, distributor).
    pub association_type: AssociationType,
    /// The identifier of the program management account for this relationship.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The AWS account ID to associate in this relationship.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub associated_account_id: Option<String>,
    /// A human-readable name for the relationship.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: String,
    /// The resale account model for the relationship. Applies only to billing transfer
    /// relationships.
    pub resale_account_model: Option<ResaleAccountModel>,
    /// The business sector for the relationship.
    pub sector: Sector,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
    /// Key-value pairs to associate with the relationship.
    pub tags: Option<Vec<Tag>>,
    /// The support plan requested for this relationship. Applies only to billing transfer
    /// relationships.
    pub requested_support_plan: Option<SupportPlan>,
    /// The account scope for a managed services relationship (for example, entire organization,
    /// specific member accounts). Applies only to managed services relationships.
    pub account_scope: Option<AccountScope>,
    /// The start date of the managed services relationship. Applies only to managed services
    /// relationships.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
}

/// Contains details about a newly created relationship.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateRelationshipDetail {
    /// The Amazon Resource Name (ARN) of the created relationship.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The unique identifier of the created relationship.
    #[aws(length(min = 16, max = 16), pattern = "^rs-[a-z0-9]{13}$")]
    pub id: Option<String>,
}

/// The output of `CreateRelationship`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateRelationshipOutput {
    /// Details of the created relationship.
    pub relationship_detail: Option<CreateRelationshipDetail>,
}

/// Retrieves details of a specific partner relationship.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "GetRelationship",
    fluent,
    output = GetRelationshipOutput,
    errors = [
        ResourceNotFoundException,
        InternalServerException,
        ValidationException,
        ThrottlingException,
        AccessDeniedException,
    ]
)]
#[derive(Clone, PartialEq)]
pub struct GetRelationship {
    /// The catalog identifier for the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The identifier of the program management account associated with the relationship.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The unique identifier of the relationship to retrieve.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub identifier: String,
}

/// The output of `GetRelationship`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GetRelationshipOutput {
    /// Details of the requested relationship.
    pub relationship_detail: Option<RelationshipDetail>,
}

/// Detailed information about a partner relationship.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RelationshipDetail {
    /// The Amazon Resource Name (ARN) of the relationship.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The unique identifier of the relationship.
    #[aws(length(min = 16, max = 16), pattern = "^rs-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The current revision number of the relationship.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The catalog identifier associated with the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: Option<String>,
    /// The type of association for the relationship.
    pub association_type: Option<AssociationType>,
    /// The identifier of the program management account.
    #[aws(length(min = 17, max = 17), pattern = "^pma-[a-z0-9]{13}$")]
    pub program_management_account_id: Option<String>,
    /// The AWS account ID associated in this relationship.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub associated_account_id: Option<String>,
    /// The display name of the relationship.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
    /// The resale account model for the relationship. Applies only to billing transfer
    /// relationships.
    pub resale_account_model: Option<ResaleAccountModel>,
    /// The business sector for the relationship.
    pub sector: Option<Sector>,
    /// The account scope of the managed services relationship. Applies only to managed services
    /// relationships.
    pub account_scope: Option<AccountScope>,
    /// The identifier of the channel contract currently in effect for the relationship. Applies
    /// only to managed services relationships.
    #[aws(length(min = 16, max = 16), pattern = "^cc-[a-z0-9]{13}$")]
    pub channel_contract_id: Option<String>,
    /// The timestamp when the relationship was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: Option<DateTime>,
    /// The timestamp when the relationship was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: Option<DateTime>,
    /// The start date of the relationship.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
    /// The end date of the relationship.
    #[aws(timestamp_format = "date-time")]
    pub end_date: Option<DateTime>,
}

/// Updates the properties of a partner relationship.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "UpdateRelationship",
    fluent,
    output = UpdateRelationshipOutput,
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
pub struct UpdateRelationship {
    /// The catalog identifier for the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the relationship to update.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub identifier: String,
    /// The identifier of the program management account associated with the relationship.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// The current revision number of the relationship.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The new display name for the relationship.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
    /// The updated support plan for the relationship. Applies only to billing transfer
    /// relationships.
    pub requested_support_plan: Option<SupportPlan>,
}

/// Contains details about an updated relationship.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UpdateRelationshipDetail {
    /// The Amazon Resource Name (ARN) of the updated relationship.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The unique identifier of the updated relationship.
    #[aws(length(min = 16, max = 16), pattern = "^rs-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The new revision number of the relationship.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The updated display name of the relationship.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
}

/// The output of `UpdateRelationship`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UpdateRelationshipOutput {
    /// Details of the updated relationship.
    pub relationship_detail: Option<UpdateRelationshipDetail>,
}

/// Deletes a partner relationship.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "DeleteRelationship",
    fluent,
    output = DeleteRelationshipOutput,
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
pub struct DeleteRelationship {
    /// The catalog identifier for the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the relationship to delete.
    #[aws(
        length(min = 16, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$"
    )]
    pub identifier: String,
    /// The identifier of the program management account associated with the relationship.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub program_management_account_identifier: String,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
}

/// The output of `DeleteRelationship`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct DeleteRelationshipOutput {}

/// Lists partner relationships based on specified criteria.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "ListRelationships",
    fluent,
    output = ListRelationshipsOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = items,
        item = RelationshipSummary,
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
pub struct ListRelationships {
    /// The catalog identifier to filter relationships.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The maximum number of results to return in a single call.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Filter by associated AWS account IDs.
    #[aws(items(length(min = 12, max = 12), pattern = "^[0-9]*$"))]
    pub associated_account_ids: Option<Vec<String>>,
    /// Filter by association types.
    pub association_types: Option<Vec<AssociationType>>,
    /// Filter by display names.
    #[aws(items(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$"))]
    pub display_names: Option<Vec<String>>,
    /// Filter by program management account identifiers.
    #[aws(items(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    ))]
    pub program_management_account_identifiers: Option<Vec<String>>,
    /// Sorting options for the results.
    pub sort: Option<ListRelationshipsSortBase>,
    /// Token for retrieving the next page of results.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Base sorting configuration for relationships.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListRelationshipsSortBase {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: ListRelationshipsSortName,
}

/// A field that relationships can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ListRelationshipsSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListRelationships`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListRelationshipsOutput {
    /// List of relationships matching the criteria.
    pub items: Option<Vec<RelationshipSummary>>,
    /// Token for retrieving the next page of results, if available.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Summary information about a partner relationship.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct RelationshipSummary {
    /// The Amazon Resource Name (ARN) of the relationship.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The unique identifier of the relationship.
    #[aws(length(min = 16, max = 16), pattern = "^rs-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The current revision number of the relationship.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The catalog identifier associated with the relationship.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: Option<String>,
    /// The type of association for the relationship.
    pub association_type: Option<AssociationType>,
    /// The identifier of the program management account.
    #[aws(length(min = 17, max = 17), pattern = "^pma-[a-z0-9]{13}$")]
    pub program_management_account_id: Option<String>,
    /// The AWS account ID associated in this relationship.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub associated_account_id: Option<String>,
    /// The display name of the relationship.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
    /// The business sector for the relationship.
    pub sector: Option<Sector>,
    /// The timestamp when the relationship was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: Option<DateTime>,
    /// The timestamp when the relationship was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: Option<DateTime>,
    /// The start date of the relationship.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
}
