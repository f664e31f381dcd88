//! Program management accounts: created PENDING, ACTIVE once a `PROGRAM_MANAGEMENT_ACCOUNT`
//! handshake for them is accepted; updated with optimistic revisions; deleted only without
//! relationships.

use aws_operation::DateTime;
use aws_operation_partnercentral_channel::program_management_accounts::{
    CreateProgramManagementAccount, CreateProgramManagementAccountDetail, CreateProgramManagementAccountOutput,
    DeleteProgramManagementAccount, DeleteProgramManagementAccountOutput, ListProgramManagementAccounts,
    ListProgramManagementAccountsOutput, Program, ProgramManagementAccountStatus, ProgramManagementAccountSummary,
    ProgramManagementAccountType, UpdateProgramManagementAccount, UpdateProgramManagementAccountDetail,
    UpdateProgramManagementAccountOutput,
};
use aws_operation_partnercentral_channel::tags::Tag;

use super::store::{
    Failure, Kind, Resource, Store, check_catalog, check_revision, find, find_mut, paginate, passes, query_of,
    sort_by_update, wire,
};

const KIND: Kind = Kind::ProgramManagementAccount;

/// A program management account.
pub(crate) struct Pma {
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) catalog: String,
    pub(crate) program: Program,
    pub(crate) display_name: String,
    pub(crate) account_id: String,
    pub(crate) r#type: Option<ProgramManagementAccountType>,
    pub(crate) status: ProgramManagementAccountStatus,
    pub(crate) revision: u64,
    pub(crate) created_at: DateTime,
    pub(crate) updated_at: DateTime,
    pub(crate) start_date: Option<DateTime>,
    pub(crate) tags: Vec<Tag>,
}

impl Resource for Pma {
    fn arn(&self) -> &str {
        &self.arn
    }
    fn catalog(&self) -> &str {
        &self.catalog
    }
}

impl Store {
    pub(crate) fn create_program_management_account(
        &mut self,
        input: CreateProgramManagementAccount,
    ) -> Result<CreateProgramManagementAccountOutput, Failure> {
        check_catalog(&input.catalog)?;
        // The model's documentation of `type`: "required for the managed services provider program".
        if input.program == Program::ManagedServicesProvider && input.r#type.is_none() {
            return Err(Failure::invalid("type", "is required for the `MANAGED_SERVICES_PROVIDER` program"));
        }
        self.idempotent(&input, input.client_token.as_deref(), |store| {
            if let Some(existing) = store
                .pmas
                .values()
                .find(|p| p.catalog == input.catalog && p.account_id == input.account_id && p.program == input.program)
            {
                return Err(Failure::conflict(
                    KIND,
                    &existing.id,
                    format!(
                        "account `{}` already has program management account `{}` for the `{}` program",
                        input.account_id,
                        existing.id,
                        wire(&input.program)
                    ),
                ));
            }
            let now = store.now();
            let id = store.new_id(KIND);
            let arn = Store::arn(&store.account_id, &input.catalog, &format!("program-management-account/{id}"));
            store.pmas.insert(
                id.clone(),
                Pma {
                    id: id.clone(),
                    arn: arn.clone(),
                    catalog: input.catalog.clone(),
                    program: input.program.clone(),
                    display_name: input.display_name.clone(),
                    account_id: input.account_id.clone(),
                    r#type: input.r#type.clone(),
                    status: ProgramManagementAccountStatus::Pending,
                    revision: 1,
                    created_at: now,
                    updated_at: now,
                    start_date: None,
                    tags: input.tags.clone().unwrap_or_default(),
                },
            );
            let detail = CreateProgramManagementAccountDetail { id: Some(id.clone()), arn: Some(arn) };
            Ok((CreateProgramManagementAccountOutput { program_management_account_detail: Some(detail) }, KIND, id))
        })
    }

    pub(crate) fn update_program_management_account(
        &mut self,
        input: UpdateProgramManagementAccount,
    ) -> Result<UpdateProgramManagementAccountOutput, Failure> {
        check_catalog(&input.catalog)?;
        let now = self.now();
        let pma = find_mut(&mut self.pmas, KIND, &input.catalog, &input.identifier)?;
        check_revision(KIND, &pma.id, pma.revision, input.revision.as_deref())?;
        if let Some(display_name) = input.display_name {
            pma.display_name = display_name;
        }
        pma.revision += 1;
        pma.updated_at = now;
        let detail = UpdateProgramManagementAccountDetail {
            id: Some(pma.id.clone()),
            arn: Some(pma.arn.clone()),
            revision: Some(pma.revision.to_string()),
            display_name: Some(pma.display_name.clone()),
        };
        Ok(UpdateProgramManagementAccountOutput { program_management_account_detail: Some(detail) })
    }

    pub(crate) fn delete_program_management_account(
        &mut self,
        input: DeleteProgramManagementAccount,
    ) -> Result<DeleteProgramManagementAccountOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| {
            let id = find(&store.pmas, KIND, &input.catalog, &input.identifier)?.id.clone();
            if let Some(relationship) = store.relationships.values().find(|r| r.pma_id == id) {
                return Err(Failure::conflict(
                    KIND,
                    &id,
                    format!("program management account `{id}` still has relationship `{}`", relationship.id),
                ));
            }
            store.pmas.remove(&id);
            Ok((DeleteProgramManagementAccountOutput {}, KIND, id))
        })
    }

    pub(crate) fn list_program_management_accounts(
        &mut self,
        input: ListProgramManagementAccounts,
    ) -> Result<ListProgramManagementAccountsOutput, Failure> {
        check_catalog(&input.catalog)?;
        let mut found: Vec<&Pma> = self
            .pmas
            .values()
            .filter(|p| {
                p.catalog == input.catalog
                    && passes(input.display_names.as_ref(), &p.display_name)
                    && passes(input.programs.as_ref(), &p.program)
                    && passes(input.account_ids.as_ref(), &p.account_id)
                    && passes(input.statuses.as_ref(), &p.status)
                    && input.r#type.as_ref().is_none_or(|t| p.r#type.as_ref() == Some(t))
            })
            .collect();
        sort_by_update(&mut found, |p| p.updated_at, input.sort.as_ref().map(|s| &s.sort_order));
        let items = found.into_iter().map(summary).collect();
        let query = query_of(&ListProgramManagementAccounts { next_token: None, max_results: None, ..input.clone() });
        let (items, next_token) = paginate(items, query, input.max_results, input.next_token.as_deref())?;
        Ok(ListProgramManagementAccountsOutput { items: Some(items), next_token })
    }
}

fn summary(p: &Pma) -> ProgramManagementAccountSummary {
    ProgramManagementAccountSummary {
        id: Some(p.id.clone()),
        revision: Some(p.revision.to_string()),
        catalog: Some(p.catalog.clone()),
        program: Some(p.program.clone()),
        display_name: Some(p.display_name.clone()),
        account_id: Some(p.account_id.clone()),
        arn: Some(p.arn.clone()),
        created_at: Some(p.created_at),
        updated_at: Some(p.updated_at),
        start_date: p.start_date,
        status: Some(p.status.clone()),
        r#type: p.r#type.clone(),
    }
}
