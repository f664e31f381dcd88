//! Channel contracts: managed services attestations on a managed services relationship. Created
//! PENDING (ACCEPTED at once in the Sandbox catalog, as the model documents); an accepted one is
//! the relationship's contract in effect, and the one before it becomes INACTIVE. Only a PENDING
//! contract created within the last 30 days can be canceled; any other fails with a
//! ValidationException, as the model documents.

use aws_operation::DateTime;
use aws_operation_partnercentral_channel::channel_contracts::{
    CancelChannelContract, CancelChannelContractDetail, CancelChannelContractOutput, ChannelContractDetail,
    ChannelContractDetails, ChannelContractPayload, ChannelContractStatus, ChannelContractSummary,
    ChannelContractSummaryDetails, ChannelContractType, CreateChannelContract, CreateChannelContractDetail,
    CreateChannelContractOutput, GetChannelContract, GetChannelContractOutput, ListChannelContracts,
    ListChannelContractsOutput, ListChannelContractsTypeFilters, ListChannelContractsTypeSort,
    ManagedServicesAttestationDetails, ManagedServicesAttestationPayload, ManagedServicesAttestationSummaryDetails,
};
use aws_operation_partnercentral_channel::relationships::{AccountScope, AssociationType};
use aws_operation_partnercentral_channel::tags::Tag;

use super::store::{
    Failure, Kind, Resource, Store, check_catalog, find, find_mut, id_of, paginate, passes, query_of, sort_by_update,
    wire,
};

const KIND: Kind = Kind::ChannelContract;

/// How long after its creation a PENDING contract can still be canceled.
const CANCELABLE_FOR_SECS: i64 = 30 * 24 * 60 * 60;

/// A channel contract.
pub(crate) struct Contract {
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) catalog: String,
    pub(crate) contract_type: ChannelContractType,
    pub(crate) status: ChannelContractStatus,
    pub(crate) created_at: DateTime,
    pub(crate) updated_at: DateTime,
    pub(crate) responded_at: Option<DateTime>,
    pub(crate) cancellation_reason: Option<String>,
    /// As sent, with both identifiers reduced to ids.
    pub(crate) attestation: ManagedServicesAttestationPayload,
    pub(crate) tags: Vec<Tag>,
}

impl Resource for Contract {
    fn arn(&self) -> &str {
        &self.arn
    }
    fn catalog(&self) -> &str {
        &self.catalog
    }
}

impl Store {
    pub(crate) fn create_channel_contract(
        &mut self,
        input: CreateChannelContract,
    ) -> Result<CreateChannelContractOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| store.insert_contract(&input))
    }

    fn insert_contract(
        &mut self,
        input: &CreateChannelContract,
    ) -> Result<(CreateChannelContractOutput, Kind, String), Failure> {
        let (
            ChannelContractType::ManagedServicesAttestation,
            ChannelContractPayload::ManagedServicesAttestationPayload(p),
        ) = (&input.contract_type, &input.payload)
        else {
            return Err(Failure::invalid(
                "payload",
                format!("does not fit contract type `{}`", wire(&input.contract_type)),
            ));
        };
        const PAYLOAD: &str = "payload.managedServicesAttestationPayload";
        let catalog = &input.catalog;
        let r =
            self.relationship_under(catalog, &p.program_management_account_identifier, &p.relationship_identifier)?;
        if r.association_type != AssociationType::ManagedServicesEndCustomer {
            return Err(Failure::invalid(
                &format!("{PAYLOAD}.relationshipIdentifier"),
                format!(
                    "must name a `MANAGED_SERVICES_END_CUSTOMER` relationship; `{}` is `{}`",
                    r.id,
                    wire(&r.association_type)
                ),
            ));
        }
        if r.account_scope == Some(AccountScope::EntireOrganization)
            && p.member_account_ids.as_ref().is_some_and(|ids| !ids.is_empty())
        {
            return Err(Failure::invalid(
                &format!("{PAYLOAD}.memberAccountIds"),
                format!("is not allowed: the account scope of `{}` is `ENTIRE_ORGANIZATION`", r.id),
            ));
        }
        if let Some(start) = r.start_date
            && p.end_date <= start
        {
            return Err(Failure::invalid(
                &format!("{PAYLOAD}.endDate"),
                format!("must be after the start date of `{}`, {}", r.id, start.fmt_date_time()),
            ));
        }
        let relationship_id = r.id.clone();
        let pma_id = r.pma_id.clone();
        if let Some(pending) = self.contracts.values().find(|c| {
            c.attestation.relationship_identifier == relationship_id && c.status == ChannelContractStatus::Pending
        }) {
            return Err(Failure::conflict(
                KIND,
                &pending.id,
                format!("relationship `{relationship_id}` already has PENDING channel contract `{}`", pending.id),
            ));
        }
        let now = self.now();
        let id = self.new_id(KIND);
        let arn = Store::arn(&self.account_id, catalog, &format!("channel-contract/{id}"));
        let sandbox = catalog == "Sandbox";
        self.contracts.insert(
            id.clone(),
            Contract {
                id: id.clone(),
                arn: arn.clone(),
                catalog: catalog.clone(),
                contract_type: input.contract_type.clone(),
                status: ChannelContractStatus::Pending,
                created_at: now,
                updated_at: now,
                responded_at: None,
                cancellation_reason: None,
                attestation: ManagedServicesAttestationPayload {
                    relationship_identifier: relationship_id,
                    program_management_account_identifier: pma_id,
                    ..p.clone()
                },
                tags: input.tags.clone().unwrap_or_default(),
            },
        );
        if sandbox {
            self.contract_accepted(&id, now);
        }
        let detail = CreateChannelContractDetail { id: Some(id.clone()), arn: Some(arn) };
        Ok((CreateChannelContractOutput { channel_contract_detail: Some(detail) }, KIND, id))
    }

    /// Contract `id` is signed: it becomes ACCEPTED and the relationship's contract in effect,
    /// and the contract in effect before it INACTIVE.
    pub(crate) fn contract_accepted(&mut self, id: &str, now: DateTime) {
        let Some(c) = self.contracts.get_mut(id) else { return };
        c.status = ChannelContractStatus::Accepted;
        c.responded_at = Some(now);
        c.updated_at = now;
        let relationship_id = c.attestation.relationship_identifier.clone();
        let Some(r) = self.relationships.get_mut(&relationship_id) else { return };
        let previous = r.channel_contract_id.replace(id.to_owned());
        r.updated_at = now;
        if let Some(previous) = previous.filter(|p| p != id)
            && let Some(previous) = self.contracts.get_mut(&previous)
            && previous.status == ChannelContractStatus::Accepted
        {
            previous.status = ChannelContractStatus::Inactive;
            previous.updated_at = now;
        }
    }

    pub(crate) fn get_channel_contract(
        &mut self,
        input: GetChannelContract,
    ) -> Result<GetChannelContractOutput, Failure> {
        check_catalog(&input.catalog)?;
        let c = find(&self.contracts, KIND, &input.catalog, &input.identifier)?;
        let a = &c.attestation;
        let detail = ChannelContractDetail {
            id: c.id.clone(),
            arn: c.arn.clone(),
            catalog: c.catalog.clone(),
            contract_type: c.contract_type.clone(),
            status: c.status.clone(),
            created_at: c.created_at,
            updated_at: c.updated_at,
            responded_at: c.responded_at,
            cancellation_reason: c.cancellation_reason.clone(),
            details: ChannelContractDetails::ManagedServicesAttestationDetails(ManagedServicesAttestationDetails {
                legal_entity_name: a.legal_entity_name.clone(),
                relationship_identifier: a.relationship_identifier.clone(),
                program_management_account_identifier: a.program_management_account_identifier.clone(),
                member_account_ids: a.member_account_ids.clone(),
                end_date: a.end_date,
                supported_services: a.supported_services.clone(),
                signatory_name: a.signatory_name.clone(),
                signatory_email: a.signatory_email.clone(),
                legal_entity_address: Some(a.legal_entity_address.clone()),
            }),
        };
        Ok(GetChannelContractOutput { channel_contract_detail: Some(detail) })
    }

    pub(crate) fn cancel_channel_contract(
        &mut self,
        input: CancelChannelContract,
    ) -> Result<CancelChannelContractOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| {
            let now = store.now();
            let c = find_mut(&mut store.contracts, KIND, &input.catalog, &input.identifier)?;
            if c.status != ChannelContractStatus::Pending {
                return Err(Failure::invalid(
                    "identifier",
                    format!(
                        "names channel contract `{}`, which is {}; only a PENDING one can be canceled",
                        c.id,
                        wire(&c.status)
                    ),
                ));
            }
            if now.secs().saturating_sub(c.created_at.secs()) > CANCELABLE_FOR_SECS {
                return Err(Failure::invalid(
                    "identifier",
                    format!(
                        "names channel contract `{}`, created more than 30 days ago, which can no longer be canceled",
                        c.id
                    ),
                ));
            }
            c.status = ChannelContractStatus::Canceled;
            c.cancellation_reason = input.reason.clone();
            c.updated_at = now;
            let detail = CancelChannelContractDetail {
                id: Some(c.id.clone()),
                arn: Some(c.arn.clone()),
                status: Some(c.status.clone()),
                cancellation_reason: c.cancellation_reason.clone(),
            };
            Ok((CancelChannelContractOutput { channel_contract_detail: Some(detail) }, KIND, c.id.clone()))
        })
    }

    pub(crate) fn list_channel_contracts(
        &mut self,
        input: ListChannelContracts,
    ) -> Result<ListChannelContractsOutput, Failure> {
        check_catalog(&input.catalog)?;
        let (relationships, legal_entity_names) = match &input.contract_type_filters {
            None => (None, None),
            Some(ListChannelContractsTypeFilters::ManagedServicesAttestationTypeFilters(f)) => (
                f.relationship_identifiers.as_ref().map(|ids| ids.iter().map(|i| id_of(i)).collect::<Vec<_>>()),
                f.legal_entity_names.as_ref(),
            ),
            Some(ListChannelContractsTypeFilters::Unknown(_)) => {
                return Err(Failure::invalid("contractTypeFilters", "does not fit the contract type"));
            }
        };
        let order = match &input.contract_type_sort {
            None => None,
            Some(ListChannelContractsTypeSort::ManagedServicesAttestationTypeSort(s)) => Some(&s.sort_order),
            Some(ListChannelContractsTypeSort::Unknown(_)) => {
                return Err(Failure::invalid("contractTypeSort", "does not fit the contract type"));
            }
        };
        let mut found: Vec<&Contract> = self
            .contracts
            .values()
            .filter(|c| {
                c.catalog == input.catalog
                    && c.contract_type == input.contract_type
                    && passes(input.statuses.as_ref(), &c.status)
                    && passes(relationships.as_ref(), &c.attestation.relationship_identifier.as_str())
                    && passes(legal_entity_names, &c.attestation.legal_entity_name)
            })
            .collect();
        sort_by_update(&mut found, |c| c.updated_at, order);
        let items = found.into_iter().map(summary).collect();
        let query = query_of(&ListChannelContracts { next_token: None, max_results: None, ..input.clone() });
        let (items, next_token) = paginate(items, query, input.max_results, input.next_token.as_deref())?;
        Ok(ListChannelContractsOutput { items, next_token })
    }
}

fn summary(c: &Contract) -> ChannelContractSummary {
    let a = &c.attestation;
    ChannelContractSummary {
        id: c.id.clone(),
        arn: c.arn.clone(),
        catalog: c.catalog.clone(),
        contract_type: c.contract_type.clone(),
        status: c.status.clone(),
        created_at: c.created_at,
        updated_at: c.updated_at,
        responded_at: c.responded_at,
        details: ChannelContractSummaryDetails::ManagedServicesAttestationDetails(
            ManagedServicesAttestationSummaryDetails {
                legal_entity_name: a.legal_entity_name.clone(),
                relationship_identifier: a.relationship_identifier.clone(),
                program_management_account_identifier: a.program_management_account_identifier.clone(),
                member_account_ids: a.member_account_ids.clone(),
                end_date: a.end_date,
                supported_services: a.supported_services.clone(),
            },
        ),
    }
}
