//! Relationships: each under one program management account, at most one per associated
//! account; updated with optimistic revisions. Accepted service period handshakes set their
//! start and end dates, and an accepted channel contract becomes the one in effect.

use aws_operation::DateTime;
use aws_operation_partnercentral_channel::relationships::{
    AccountScope, AssociationType, CreateRelationship, CreateRelationshipDetail, CreateRelationshipOutput,
    DeleteRelationship, DeleteRelationshipOutput, GetRelationship, GetRelationshipOutput, ListRelationships,
    ListRelationshipsOutput, RelationshipDetail, RelationshipSummary, ResaleAccountModel, Sector, SupportPlan,
    UpdateRelationship, UpdateRelationshipDetail, UpdateRelationshipOutput,
};
use aws_operation_partnercentral_channel::tags::Tag;

use super::store::{
    Failure, Kind, Resource, Store, check_catalog, check_revision, find, find_mut, id_of, paginate, passes,
    passes_some, query_of, sort_by_update,
};

const KIND: Kind = Kind::Relationship;

/// A relationship.
pub(crate) struct Relationship {
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) catalog: String,
    pub(crate) pma_id: String,
    pub(crate) association_type: AssociationType,
    pub(crate) associated_account_id: Option<String>,
    pub(crate) display_name: String,
    pub(crate) resale_account_model: Option<ResaleAccountModel>,
    pub(crate) sector: Sector,
    pub(crate) account_scope: Option<AccountScope>,
    /// Kept as sent; no output shape shows it.
    pub(crate) requested_support_plan: Option<SupportPlan>,
    pub(crate) channel_contract_id: Option<String>,
    pub(crate) revision: u64,
    pub(crate) created_at: DateTime,
    pub(crate) updated_at: DateTime,
    pub(crate) start_date: Option<DateTime>,
    pub(crate) end_date: Option<DateTime>,
    pub(crate) tags: Vec<Tag>,
}

impl Resource for Relationship {
    fn arn(&self) -> &str {
        &self.arn
    }
    fn catalog(&self) -> &str {
        &self.catalog
    }
}

impl Store {
    /// The relationship `identifier` names under the program management account `pma`; one
    /// under another account is not found.
    pub(crate) fn relationship_under(
        &self,
        catalog: &str,
        pma: &str,
        identifier: &str,
    ) -> Result<&Relationship, Failure> {
        let pma = find(&self.pmas, Kind::ProgramManagementAccount, catalog, pma)?;
        find(&self.relationships, KIND, catalog, identifier)
            .ok()
            .filter(|r| r.pma_id == pma.id)
            .ok_or_else(|| Failure::not_found(KIND, identifier))
    }

    pub(crate) fn create_relationship(
        &mut self,
        input: CreateRelationship,
    ) -> Result<CreateRelationshipOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| {
            let pma = find(
                &store.pmas,
                Kind::ProgramManagementAccount,
                &input.catalog,
                &input.program_management_account_identifier,
            )?;
            let (pma_id, pma_arn) = (pma.id.clone(), pma.arn.clone());
            if let Some(account) = &input.associated_account_id
                && let Some(existing) = store
                    .relationships
                    .values()
                    .find(|r| r.pma_id == pma_id && r.associated_account_id.as_ref() == Some(account))
            {
                return Err(Failure::conflict(
                    KIND,
                    &existing.id,
                    format!("account `{account}` already has relationship `{}` with `{pma_id}`", existing.id),
                ));
            }
            let now = store.now();
            let id = store.new_id(KIND);
            let arn = format!("{pma_arn}/relationship/{id}");
            store.relationships.insert(
                id.clone(),
                Relationship {
                    id: id.clone(),
                    arn: arn.clone(),
                    catalog: input.catalog.clone(),
                    pma_id,
                    association_type: input.association_type.clone(),
                    associated_account_id: input.associated_account_id.clone(),
                    display_name: input.display_name.clone(),
                    resale_account_model: input.resale_account_model.clone(),
                    sector: input.sector.clone(),
                    account_scope: input.account_scope.clone(),
                    requested_support_plan: input.requested_support_plan.clone(),
                    channel_contract_id: None,
                    revision: 1,
                    created_at: now,
                    updated_at: now,
                    start_date: input.start_date,
                    end_date: None,
                    tags: input.tags.clone().unwrap_or_default(),
                },
            );
            let detail = CreateRelationshipDetail { arn: Some(arn), id: Some(id.clone()) };
            Ok((CreateRelationshipOutput { relationship_detail: Some(detail) }, KIND, id))
        })
    }

    pub(crate) fn get_relationship(&mut self, input: GetRelationship) -> Result<GetRelationshipOutput, Failure> {
        check_catalog(&input.catalog)?;
        let r =
            self.relationship_under(&input.catalog, &input.program_management_account_identifier, &input.identifier)?;
        let detail = RelationshipDetail {
            arn: Some(r.arn.clone()),
            id: Some(r.id.clone()),
            revision: Some(r.revision.to_string()),
            catalog: Some(r.catalog.clone()),
            association_type: Some(r.association_type.clone()),
            program_management_account_id: Some(r.pma_id.clone()),
            associated_account_id: r.associated_account_id.clone(),
            display_name: Some(r.display_name.clone()),
            resale_account_model: r.resale_account_model.clone(),
            sector: Some(r.sector.clone()),
            account_scope: r.account_scope.clone(),
            channel_contract_id: r.channel_contract_id.clone(),
            created_at: Some(r.created_at),
            updated_at: Some(r.updated_at),
            start_date: r.start_date,
            end_date: r.end_date,
        };
        Ok(GetRelationshipOutput { relationship_detail: Some(detail) })
    }

    pub(crate) fn update_relationship(
        &mut self,
        input: UpdateRelationship,
    ) -> Result<UpdateRelationshipOutput, Failure> {
        check_catalog(&input.catalog)?;
        let id = self
            .relationship_under(&input.catalog, &input.program_management_account_identifier, &input.identifier)?
            .id
            .clone();
        let now = self.now();
        let r = find_mut(&mut self.relationships, KIND, &input.catalog, &id)?;
        check_revision(KIND, &r.id, r.revision, input.revision.as_deref())?;
        if let Some(display_name) = input.display_name {
            r.display_name = display_name;
        }
        if let Some(plan) = input.requested_support_plan {
            r.requested_support_plan = Some(plan);
        }
        r.revision += 1;
        r.updated_at = now;
        let detail = UpdateRelationshipDetail {
            arn: Some(r.arn.clone()),
            id: Some(r.id.clone()),
            revision: Some(r.revision.to_string()),
            display_name: Some(r.display_name.clone()),
        };
        Ok(UpdateRelationshipOutput { relationship_detail: Some(detail) })
    }

    pub(crate) fn delete_relationship(
        &mut self,
        input: DeleteRelationship,
    ) -> Result<DeleteRelationshipOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| {
            let id = store
                .relationship_under(&input.catalog, &input.program_management_account_identifier, &input.identifier)?
                .id
                .clone();
            store.relationships.remove(&id);
            Ok((DeleteRelationshipOutput {}, KIND, id))
        })
    }

    pub(crate) fn list_relationships(&mut self, input: ListRelationships) -> Result<ListRelationshipsOutput, Failure> {
        check_catalog(&input.catalog)?;
        let pmas: Option<Vec<&str>> =
            input.program_management_account_identifiers.as_ref().map(|ids| ids.iter().map(|i| id_of(i)).collect());
        let mut found: Vec<&Relationship> = self
            .relationships
            .values()
            .filter(|r| {
                r.catalog == input.catalog
                    && passes_some(input.associated_account_ids.as_ref(), r.associated_account_id.as_ref())
                    && passes(input.association_types.as_ref(), &r.association_type)
                    && passes(input.display_names.as_ref(), &r.display_name)
                    && passes(pmas.as_ref(), &r.pma_id.as_str())
            })
            .collect();
        sort_by_update(&mut found, |r| r.updated_at, input.sort.as_ref().map(|s| &s.sort_order));
        let items = found.into_iter().map(summary).collect();
        let query = query_of(&ListRelationships { next_token: None, max_results: None, ..input.clone() });
        let (items, next_token) = paginate(items, query, input.max_results, input.next_token.as_deref())?;
        Ok(ListRelationshipsOutput { items: Some(items), next_token })
    }
}

fn summary(r: &Relationship) -> RelationshipSummary {
    RelationshipSummary {
        arn: Some(r.arn.clone()),
        id: Some(r.id.clone()),
        revision: Some(r.revision.to_string()),
        catalog: Some(r.catalog.clone()),
        association_type: Some(r.association_type.clone()),
        program_management_account_id: Some(r.pma_id.clone()),
        associated_account_id: r.associated_account_id.clone(),
        display_name: Some(r.display_name.clone()),
        sector: Some(r.sector.clone()),
        created_at: Some(r.created_at),
        updated_at: Some(r.updated_at),
        start_date: r.start_date,
    }
}
