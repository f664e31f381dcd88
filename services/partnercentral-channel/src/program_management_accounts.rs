//! Program management accounts: the partner's accounts that manage a program and its
//! relationships with other AWS accounts.

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::PartnerCentralChannel;
use crate::common::SortOrder;
use crate::errors::{
    AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
    ServiceQuotaExceededException, ThrottlingException, ValidationException,
};
use crate::tags::Tag;

/// A partner program.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Program {
    /// `SOLUTION_PROVIDER`
    SolutionProvider,
    /// `DISTRIBUTION`
    Distribution,
    /// `DISTRIBUTION_SELLER`
    DistributionSeller,
    /// `MANAGED_SERVICES_PROVIDER`
    ManagedServicesProvider,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The type of a program management account.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProgramManagementAccountType {
    /// `RESALE_BILLING_TRANSFER`
    ResaleBillingTransfer,
    /// `MANAGED_SERVICES`
    ManagedServices,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The status of a program management account.
#[aws_shape(enum, rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProgramManagementAccountStatus {
    /// `PENDING`
    Pending,
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Creates a new program management account for managing partner relationships.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "CreateProgramManagementAccount",
    fluent,
    output = CreateProgramManagementAccountOutput,
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
pub struct CreateProgramManagementAccount {
    /// The catalog identifier for the program management account.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The program type for the management account.
    pub program: Program,
    /// A human-readable name for the program management account.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: String,
    /// The AWS account ID to associate with the program management account.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub account_id: String,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
    /// Key-value pairs to associate with the program management account.
    pub tags: Option<Vec<Tag>>,
    /// The type of the program management account (for example, resale billing transfer, managed
    /// services), required for the managed services provider program.
    pub r#type: Option<ProgramManagementAccountType>,
}

/// Contains details about a newly created program management account.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateProgramManagementAccountDetail {
    /// The unique identifier of the created program management account.
    #[aws(length(min = 17, max = 17), pattern = "^pma-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the created program management account.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
}

/// The output of `CreateProgramManagementAccount`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct CreateProgramManagementAccountOutput {
    /// Details of the created program management account.
    pub program_management_account_detail: Option<CreateProgramManagementAccountDetail>,
}

/// Updates the properties of a program management account.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "UpdateProgramManagementAccount",
    fluent,
    output = UpdateProgramManagementAccountOutput,
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
pub struct UpdateProgramManagementAccount {
    /// The catalog identifier for the program management account.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the program management account to update.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub identifier: String,
    /// The current revision number of the program management account.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The new display name for the program management account.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
}

/// Contains details about an updated program management account.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UpdateProgramManagementAccountDetail {
    /// The unique identifier of the updated program management account.
    #[aws(length(min = 17, max = 17), pattern = "^pma-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the updated program management account.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The new revision number of the program management account.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The updated display name of the program management account.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
}

/// The output of `UpdateProgramManagementAccount`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UpdateProgramManagementAccountOutput {
    /// Details of the updated program management account.
    pub program_management_account_detail: Option<UpdateProgramManagementAccountDetail>,
}

/// Deletes a program management account.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "DeleteProgramManagementAccount",
    fluent,
    output = DeleteProgramManagementAccountOutput,
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
pub struct DeleteProgramManagementAccount {
    /// The catalog identifier for the program management account.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The unique identifier of the program management account to delete.
    #[aws(
        length(min = 17, max = 1011),
        pattern = "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$"
    )]
    pub identifier: String,
    /// A unique, case-sensitive identifier to ensure idempotency of the request. Filled with a
    /// UUID v4 when left empty.
    #[aws(idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$")]
    pub client_token: Option<String>,
}

/// The output of `DeleteProgramManagementAccount`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct DeleteProgramManagementAccountOutput {}

/// Lists program management accounts based on specified criteria.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "ListProgramManagementAccounts",
    fluent,
    output = ListProgramManagementAccountsOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = items,
        item = ProgramManagementAccountSummary,
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
pub struct ListProgramManagementAccounts {
    /// The catalog identifier to filter accounts.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: String,
    /// The maximum number of results to return in a single call.
    #[aws(range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    /// Filter by display names.
    #[aws(items(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$"))]
    pub display_names: Option<Vec<String>>,
    /// Filter by program types.
    pub programs: Option<Vec<Program>>,
    /// Filter by AWS account IDs.
    #[aws(items(length(min = 12, max = 12), pattern = "^[0-9]*$"))]
    pub account_ids: Option<Vec<String>>,
    /// Filter by program management account statuses.
    pub statuses: Option<Vec<ProgramManagementAccountStatus>>,
    /// Sorting options for the results.
    pub sort: Option<ListProgramManagementAccountsSortBase>,
    /// Token for retrieving the next page of results.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
    /// Filter by program management account type.
    pub r#type: Option<ProgramManagementAccountType>,
}

/// Base sorting configuration for program management accounts.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListProgramManagementAccountsSortBase {
    /// The sort order (ascending or descending).
    pub sort_order: SortOrder,
    /// The field to sort by.
    pub sort_by: ListProgramManagementAccountsSortName,
}

/// A field that program management accounts can be sorted by.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ListProgramManagementAccountsSortName {
    /// `UpdatedAt`
    #[aws(value = "UpdatedAt")]
    UpdatedAt,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListProgramManagementAccounts`.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ListProgramManagementAccountsOutput {
    /// List of program management accounts matching the criteria.
    pub items: Option<Vec<ProgramManagementAccountSummary>>,
    /// Token for retrieving the next page of results, if available.
    #[aws(length(min = 1, max = 2048), pattern = r"^[^\x00-\x1F\x7F\x20]*$")]
    pub next_token: Option<String>,
}

/// Summary information about a program management account.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct ProgramManagementAccountSummary {
    /// The unique identifier of the program management account.
    #[aws(length(min = 17, max = 17), pattern = "^pma-[a-z0-9]{13}$")]
    pub id: Option<String>,
    /// The current revision number of the program management account.
    #[aws(length(min = 1, max = 10), pattern = "^[0-9]*$")]
    pub revision: Option<String>,
    /// The catalog identifier associated with the account.
    #[aws(length(min = 1, max = 64), pattern = "^[a-zA-Z]*$")]
    pub catalog: Option<String>,
    /// The program type for the management account.
    pub program: Option<Program>,
    /// The display name of the program management account.
    #[aws(length(min = 1, max = 30), pattern = r"^[^\x00-\x1F\x7F]*$")]
    pub display_name: Option<String>,
    /// The AWS account ID associated with the program management account.
    #[aws(length(min = 12, max = 12), pattern = "^[0-9]*$")]
    pub account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the program management account.
    #[aws(length(min = 1, max = 1011))]
    pub arn: Option<String>,
    /// The timestamp when the account was created.
    #[aws(timestamp_format = "date-time")]
    pub created_at: Option<DateTime>,
    /// The timestamp when the account was last updated.
    #[aws(timestamp_format = "date-time")]
    pub updated_at: Option<DateTime>,
    /// The start date of the program management account.
    #[aws(timestamp_format = "date-time")]
    pub start_date: Option<DateTime>,
    /// The current status of the program management account.
    pub status: Option<ProgramManagementAccountStatus>,
    /// The type of the program management account.
    pub r#type: Option<ProgramManagementAccountType>,
}
