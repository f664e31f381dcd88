//! Channel handshakes: created PENDING by the caller about one of its program management
//! accounts or relationships, then ACCEPTED, REJECTED or CANCELED once; listed by type and side
//! with the model's filters and sorts.

use aws_operation::DateTime;
use aws_operation_partnercentral_channel::handshakes::{
    AcceptChannelHandshake, AcceptChannelHandshakeDetail, AcceptChannelHandshakeOutput, CancelChannelHandshake,
    CancelChannelHandshakeDetail, CancelChannelHandshakeOutput, ChannelHandshakePayload, ChannelHandshakeSummary,
    CreateChannelHandshake, CreateChannelHandshakeDetail, CreateChannelHandshakeOutput, HandshakeDetail,
    HandshakeStatus, HandshakeType, ListChannelHandshakes, ListChannelHandshakesOutput,
    ListChannelHandshakesTypeFilters, ListChannelHandshakesTypeSort, ParticipantType,
    ProgramManagementAccountHandshakeDetail, RejectChannelHandshake, RejectChannelHandshakeDetail,
    RejectChannelHandshakeOutput, RevokeServicePeriodHandshakeDetail, StartServicePeriodHandshakeDetail,
};
use aws_operation_partnercentral_channel::program_management_accounts::ProgramManagementAccountStatus;
use aws_operation_partnercentral_channel::tags::Tag;

use super::store::{
    Failure, Kind, Resource, Store, check_catalog, find, find_mut, id_of, paginate, passes, passes_some, query_of,
    sort_by_update, wire,
};

const KIND: Kind = Kind::ChannelHandshake;

/// A channel handshake, sent by the caller or received from another account.
pub(crate) struct Handshake {
    pub(crate) id: String,
    pub(crate) arn: String,
    pub(crate) catalog: String,
    pub(crate) handshake_type: HandshakeType,
    pub(crate) owner_account_id: String,
    pub(crate) sender_account_id: String,
    pub(crate) sender_display_name: String,
    pub(crate) receiver_account_id: Option<String>,
    pub(crate) associated_resource_id: String,
    pub(crate) detail: HandshakeDetail,
    pub(crate) created_at: DateTime,
    pub(crate) updated_at: DateTime,
    pub(crate) status: HandshakeStatus,
    pub(crate) tags: Vec<Tag>,
}

impl Resource for Handshake {
    fn arn(&self) -> &str {
        &self.arn
    }
    fn catalog(&self) -> &str {
        &self.catalog
    }
}

impl Store {
    pub(crate) fn create_channel_handshake(
        &mut self,
        input: CreateChannelHandshake,
    ) -> Result<CreateChannelHandshakeOutput, Failure> {
        check_catalog(&input.catalog)?;
        self.idempotent(&input, input.client_token.as_deref(), |store| store.insert_handshake(&input))
    }

    fn insert_handshake(
        &mut self,
        input: &CreateChannelHandshake,
    ) -> Result<(CreateChannelHandshakeOutput, Kind, String), Failure> {
        let catalog = &input.catalog;
        let associated = id_of(&input.associated_resource_identifier).to_owned();
        let on_account = associated.starts_with("pma-");
        // The account that receives it, and the program management account behind the resource.
        let (receiver, pma_id) = if on_account {
            let pma = find(&self.pmas, Kind::ProgramManagementAccount, catalog, &input.associated_resource_identifier)?;
            (Some(pma.account_id.clone()), pma.id.clone())
        } else {
            let r = find(&self.relationships, Kind::Relationship, catalog, &input.associated_resource_identifier)?;
            (r.associated_account_id.clone(), r.pma_id.clone())
        };
        let payload_account = match &input.payload {
            Some(ChannelHandshakePayload::StartServicePeriodPayload(p)) => {
                Some(("payload.startServicePeriodPayload", &p.program_management_account_identifier))
            }
            Some(ChannelHandshakePayload::RevokeServicePeriodPayload(p)) => {
                Some(("payload.revokeServicePeriodPayload", &p.program_management_account_identifier))
            }
            _ => None,
        };
        if let Some((path, identifier)) = payload_account {
            let named = find(&self.pmas, Kind::ProgramManagementAccount, catalog, identifier)?;
            if named.id != pma_id {
                return Err(Failure::invalid(
                    &format!("{path}.programManagementAccountIdentifier"),
                    format!("must name `{pma_id}`, the program management account of `associatedResourceIdentifier`"),
                ));
            }
        }
        let detail = match (&input.handshake_type, &input.payload) {
            (HandshakeType::ProgramManagementAccount, None) if on_account => {
                HandshakeDetail::ProgramManagementAccountHandshakeDetail(ProgramManagementAccountHandshakeDetail {
                    program: Some(self.pmas[&pma_id].program.clone()),
                })
            }
            (HandshakeType::ProgramManagementAccount, None) => {
                return Err(Failure::invalid(
                    "associatedResourceIdentifier",
                    "must name a program management account for a `PROGRAM_MANAGEMENT_ACCOUNT` handshake",
                ));
            }
            (HandshakeType::StartServicePeriod, Some(ChannelHandshakePayload::StartServicePeriodPayload(p))) => {
                HandshakeDetail::StartServicePeriodHandshakeDetail(StartServicePeriodHandshakeDetail {
                    note: p.note.clone(),
                    service_period_type: Some(p.service_period_type.clone()),
                    minimum_notice_days: p.minimum_notice_days.clone(),
                    start_date: None,
                    end_date: p.end_date,
                })
            }
            (HandshakeType::StartServicePeriod, None) => {
                return Err(Failure::invalid(
                    "payload",
                    "must be a `startServicePeriodPayload` for a `START_SERVICE_PERIOD` handshake",
                ));
            }
            (
                HandshakeType::RevokeServicePeriod,
                payload @ (None | Some(ChannelHandshakePayload::RevokeServicePeriodPayload(_))),
            ) => {
                let note = match payload {
                    Some(ChannelHandshakePayload::RevokeServicePeriodPayload(p)) => p.note.clone(),
                    _ => None,
                };
                // What is revoked is the service period last accepted for the same resource.
                let period = self.handshakes.values().rev().find_map(|h| match &h.detail {
                    HandshakeDetail::StartServicePeriodHandshakeDetail(d)
                        if h.associated_resource_id == associated && h.status == HandshakeStatus::Accepted =>
                    {
                        Some(d.clone())
                    }
                    _ => None,
                });
                HandshakeDetail::RevokeServicePeriodHandshakeDetail(RevokeServicePeriodHandshakeDetail {
                    note,
                    service_period_type: period.as_ref().and_then(|d| d.service_period_type.clone()),
                    minimum_notice_days: period.as_ref().and_then(|d| d.minimum_notice_days.clone()),
                    start_date: period.as_ref().and_then(|d| d.start_date),
                    end_date: period.as_ref().and_then(|d| d.end_date),
                })
            }
            (handshake_type, _) => {
                return Err(Failure::invalid(
                    "payload",
                    format!("does not fit a `{}` handshake", wire(handshake_type)),
                ));
            }
        };
        if let Some(pending) = self.handshakes.values().find(|h| {
            h.catalog == *catalog
                && h.handshake_type == input.handshake_type
                && h.associated_resource_id == associated
                && h.status == HandshakeStatus::Pending
        }) {
            return Err(Failure::conflict(
                KIND,
                &pending.id,
                format!(
                    "`{associated}` already has PENDING `{}` handshake `{}`",
                    wire(&input.handshake_type),
                    pending.id
                ),
            ));
        }
        let now = self.now();
        let id = self.new_id(KIND);
        let arn = Store::arn(&self.account_id, catalog, &format!("channel-handshake/{id}"));
        self.handshakes.insert(
            id.clone(),
            Handshake {
                id: id.clone(),
                arn: arn.clone(),
                catalog: catalog.clone(),
                handshake_type: input.handshake_type.clone(),
                owner_account_id: self.account_id.clone(),
                sender_account_id: self.account_id.clone(),
                sender_display_name: self.display_name.clone(),
                receiver_account_id: receiver,
                associated_resource_id: associated,
                detail,
                created_at: now,
                updated_at: now,
                status: HandshakeStatus::Pending,
                tags: input.tags.clone().unwrap_or_default(),
            },
        );
        let detail = CreateChannelHandshakeDetail { id: Some(id.clone()), arn: Some(arn) };
        Ok((CreateChannelHandshakeOutput { channel_handshake_detail: Some(detail) }, KIND, id))
    }

    pub(crate) fn accept_channel_handshake(
        &mut self,
        input: AcceptChannelHandshake,
    ) -> Result<AcceptChannelHandshakeOutput, Failure> {
        let (id, arn, status) =
            self.respond(&input.catalog, &input.identifier, HandshakeStatus::Accepted, "accepted")?;
        let detail = AcceptChannelHandshakeDetail { id: Some(id), arn: Some(arn), status: Some(status) };
        Ok(AcceptChannelHandshakeOutput { channel_handshake_detail: Some(detail) })
    }

    pub(crate) fn reject_channel_handshake(
        &mut self,
        input: RejectChannelHandshake,
    ) -> Result<RejectChannelHandshakeOutput, Failure> {
        let (id, arn, status) =
            self.respond(&input.catalog, &input.identifier, HandshakeStatus::Rejected, "rejected")?;
        let detail = RejectChannelHandshakeDetail { id: Some(id), arn: Some(arn), status: Some(status) };
        Ok(RejectChannelHandshakeOutput { channel_handshake_detail: Some(detail) })
    }

    pub(crate) fn cancel_channel_handshake(
        &mut self,
        input: CancelChannelHandshake,
    ) -> Result<CancelChannelHandshakeOutput, Failure> {
        let (id, arn, status) =
            self.respond(&input.catalog, &input.identifier, HandshakeStatus::Canceled, "canceled")?;
        let detail = CancelChannelHandshakeDetail { id: Some(id), arn: Some(arn), status: Some(status) };
        Ok(CancelChannelHandshakeOutput { channel_handshake_detail: Some(detail) })
    }

    /// Moves a PENDING handshake to `status`; any other is a conflict, as it can change only once.
    fn respond(
        &mut self,
        catalog: &str,
        identifier: &str,
        status: HandshakeStatus,
        done: &str,
    ) -> Result<(String, String, HandshakeStatus), Failure> {
        check_catalog(catalog)?;
        let now = self.now();
        let h = find_mut(&mut self.handshakes, KIND, catalog, identifier)?;
        if h.status != HandshakeStatus::Pending {
            return Err(Failure::conflict(
                KIND,
                &h.id,
                format!("channel handshake `{}` is {}; only a PENDING handshake can be {done}", h.id, wire(&h.status)),
            ));
        }
        h.status = status.clone();
        h.updated_at = now;
        let id = h.id.clone();
        let reply = (h.id.clone(), h.arn.clone(), status.clone());
        if status == HandshakeStatus::Accepted {
            self.accepted(&id, now);
        }
        Ok(reply)
    }

    /// What accepting handshake `id` does to its resource: a program management account
    /// becomes ACTIVE; a service period starts (the relationship's start and end dates) or ends
    /// (its end date). Resources of other accounts, which this one does not hold, are left be.
    pub(crate) fn accepted(&mut self, id: &str, now: DateTime) {
        let Some(h) = self.handshakes.get_mut(id) else { return };
        let associated = h.associated_resource_id.clone();
        match &mut h.detail {
            HandshakeDetail::ProgramManagementAccountHandshakeDetail(_) => {
                if let Some(pma) = self.pmas.get_mut(&associated)
                    && pma.status == ProgramManagementAccountStatus::Pending
                {
                    pma.status = ProgramManagementAccountStatus::Active;
                    pma.start_date = Some(now);
                    pma.updated_at = now;
                }
            }
            HandshakeDetail::StartServicePeriodHandshakeDetail(d) => {
                d.start_date = Some(now);
                let end_date = d.end_date;
                if let Some(r) = self.relationships.get_mut(&associated) {
                    r.start_date.get_or_insert(now);
                    r.end_date = end_date;
                    r.updated_at = now;
                }
            }
            HandshakeDetail::RevokeServicePeriodHandshakeDetail(_) => {
                if let Some(r) = self.relationships.get_mut(&associated) {
                    r.end_date = Some(now);
                    r.updated_at = now;
                }
            }
            HandshakeDetail::Unknown(_) => {}
        }
    }

    pub(crate) fn list_channel_handshakes(
        &mut self,
        input: ListChannelHandshakes,
    ) -> Result<ListChannelHandshakesOutput, Failure> {
        use HandshakeType as T;
        use ListChannelHandshakesTypeFilters as F;
        use ListChannelHandshakesTypeSort as S;
        check_catalog(&input.catalog)?;
        let filters_fit = match &input.handshake_type_filters {
            None => true,
            Some(F::StartServicePeriodTypeFilters(_)) => input.handshake_type == T::StartServicePeriod,
            Some(F::RevokeServicePeriodTypeFilters(_)) => input.handshake_type == T::RevokeServicePeriod,
            Some(F::ProgramManagementAccountTypeFilters(_)) => input.handshake_type == T::ProgramManagementAccount,
            Some(F::Unknown(_)) => false,
        };
        if !filters_fit {
            return Err(Failure::invalid(
                "handshakeTypeFilters",
                format!("does not fit handshake type `{}`", wire(&input.handshake_type)),
            ));
        }
        let order = match &input.handshake_type_sort {
            None => None,
            Some(S::StartServicePeriodTypeSort(s)) if input.handshake_type == T::StartServicePeriod => {
                Some(&s.sort_order)
            }
            Some(S::RevokeServicePeriodTypeSort(s)) if input.handshake_type == T::RevokeServicePeriod => {
                Some(&s.sort_order)
            }
            Some(S::ProgramManagementAccountTypeSort(s)) if input.handshake_type == T::ProgramManagementAccount => {
                Some(&s.sort_order)
            }
            Some(_) => {
                return Err(Failure::invalid(
                    "handshakeTypeSort",
                    format!("does not fit handshake type `{}`", wire(&input.handshake_type)),
                ));
            }
        };
        let me = self.account_id.as_str();
        let associated: Option<Vec<&str>> =
            input.associated_resource_identifiers.as_ref().map(|ids| ids.iter().map(|i| id_of(i)).collect());
        let mut found: Vec<&Handshake> = self
            .handshakes
            .values()
            .filter(|h| {
                h.catalog == input.catalog
                    && h.handshake_type == input.handshake_type
                    && match input.participant_type {
                        ParticipantType::Sender => h.sender_account_id == me,
                        ParticipantType::Receiver => h.receiver_account_id.as_deref() == Some(me),
                        ParticipantType::Unknown(_) => false,
                    }
                    && passes(input.statuses.as_ref(), &h.status)
                    && passes(associated.as_ref(), &h.associated_resource_id.as_str())
                    && fits(input.handshake_type_filters.as_ref(), &h.detail)
            })
            .collect();
        sort_by_update(&mut found, |h| h.updated_at, order);
        let items = found.into_iter().map(summary).collect();
        let query = query_of(&ListChannelHandshakes { next_token: None, max_results: None, ..input.clone() });
        let (items, next_token) = paginate(items, query, input.max_results, input.next_token.as_deref())?;
        Ok(ListChannelHandshakesOutput { items: Some(items), next_token })
    }
}

/// Whether a handshake's details pass the type-specific filters.
fn fits(filters: Option<&ListChannelHandshakesTypeFilters>, detail: &HandshakeDetail) -> bool {
    use HandshakeDetail as D;
    use ListChannelHandshakesTypeFilters as F;
    match (filters, detail) {
        (None, _) => true,
        (Some(F::StartServicePeriodTypeFilters(f)), D::StartServicePeriodHandshakeDetail(d)) => {
            passes_some(f.service_period_types.as_ref(), d.service_period_type.as_ref())
        }
        (Some(F::RevokeServicePeriodTypeFilters(f)), D::RevokeServicePeriodHandshakeDetail(d)) => {
            passes_some(f.service_period_types.as_ref(), d.service_period_type.as_ref())
        }
        (Some(F::ProgramManagementAccountTypeFilters(f)), D::ProgramManagementAccountHandshakeDetail(d)) => {
            passes_some(f.programs.as_ref(), d.program.as_ref())
        }
        _ => false,
    }
}

fn summary(h: &Handshake) -> ChannelHandshakeSummary {
    ChannelHandshakeSummary {
        id: Some(h.id.clone()),
        arn: Some(h.arn.clone()),
        catalog: Some(h.catalog.clone()),
        handshake_type: Some(h.handshake_type.clone()),
        owner_account_id: Some(h.owner_account_id.clone()),
        sender_account_id: Some(h.sender_account_id.clone()),
        sender_display_name: Some(h.sender_display_name.clone()),
        receiver_account_id: h.receiver_account_id.clone(),
        associated_resource_id: Some(h.associated_resource_id.clone()),
        detail: Some(h.detail.clone()),
        created_at: Some(h.created_at),
        updated_at: Some(h.updated_at),
        status: Some(h.status.clone()),
    }
}
