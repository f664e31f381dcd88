//! A stateful, in-memory stand-in for the Partner Central Channel API, for offline tests: all
//! 21 operations, served by a [`LocalEndpoint`] to the real client (or any SDK) over loopback.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, Credentials};
//! use aws_operation_local_endpoint::partnercentral_channel::Simulator;
//! use aws_operation_partnercentral_channel::PartnerCentralChannel;
//!
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None);
//! let simulator = Simulator::builder().account_id("444455556666").build()?;
//! let endpoint = simulator.endpoint(credentials.clone()).start().await?;
//! let config = Config::builder().region("us-east-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
//! let client = PartnerCentralChannel::new(&config)?;
//! # Ok(()) }
//! ```
//!
//! What it keeps, per [`Simulator`] (clones share it): program management accounts,
//! relationships, channel handshakes, channel contracts and their tags, until it is dropped.
//!
//! - **Ids and ARNs** follow the model's patterns and count up per kind, so a run is
//!   reproducible: `pma-0000000000001`, `rs-…`, `ch-…`, `cc-…`;
//!   `arn:aws:partnercentral:us-east-1:<account>:catalog/<catalog>/channel-handshake/ch-…`,
//!   a relationship's under its program management account's. An identifier may be the id or
//!   the exact ARN; a resource is found only in its own catalog.
//! - **Input** is read strictly and validated by the endpoint (`ValidationException` with
//!   reason `REQUEST_VALIDATION_FAILED` and a `fieldList`). The stand-in adds the service's rules
//!   it knows, as `ValidationException` with reason `BUSINESS_VALIDATION_FAILED`, each field with
//!   code `invalidValue`: the catalog is `AWS` or `Sandbox`; the `MANAGED_SERVICES_PROVIDER`
//!   program needs a `type`; a handshake's payload fits its type (`START_SERVICE_PERIOD` needs
//!   one, `PROGRAM_MANAGEMENT_ACCOUNT` takes none and names a program management account) and
//!   names the program management account of its resource; a channel contract covers a
//!   `MANAGED_SERVICES_END_CUSTOMER` relationship, lists no member accounts when that
//!   relationship covers the entire organization, and ends after the relationship starts; list
//!   filters and sorts fit the listed type; a `nextToken` continues only the listing it came
//!   from.
//! - **Unknown ids** (or ids in another catalog, or relationships under another program
//!   management account) are `ResourceNotFoundException`, with `resourceId` and `resourceType`.
//! - **State changes** that the resource's state forbids are `ConflictException`: accepting,
//!   rejecting or canceling a handshake that is not PENDING (the model lists no
//!   `ConflictException` for those three operations, so clients see an error they do not model,
//!   with code `ConflictException`); a second PENDING handshake of a type for one resource; a
//!   second program management account for an account and program; a second relationship of a
//!   program management account with one account; a second PENDING contract for a relationship;
//!   deleting a program management account that has relationships; an update whose `revision`
//!   is not the current one. Canceling a channel contract that is not PENDING, or was created
//!   more than 30 days ago, is a `ValidationException`, as the model documents.
//! - **Lifecycles**: a handshake is created PENDING and is ACCEPTED, REJECTED or CANCELED
//!   once. Accepting a `PROGRAM_MANAGEMENT_ACCOUNT` handshake makes its (PENDING) account
//!   ACTIVE; a `START_SERVICE_PERIOD` one sets its start date and its relationship's start and
//!   end dates; a `REVOKE_SERVICE_PERIOD` one, which carries the details of the period last
//!   accepted for the resource, ends the relationship. A channel contract is created PENDING,
//!   or ACCEPTED in the Sandbox catalog as the model documents; an accepted contract is its
//!   relationship's `channelContractId`, and the one it replaces becomes INACTIVE. Updates bump
//!   `revision` (from `1`) and `updatedAt`.
//! - **Idempotency**: a call with a `clientToken` that succeeded is answered again, unchanged
//!   and without effect, when the same operation comes with the same token and input; with a
//!   different input it is a `ConflictException` naming what the first call made or changed.
//!   Failed calls are not kept, so they can be retried.
//! - **Lists** apply every filter of the model (an empty filter list filters nothing), sort by
//!   `UpdatedAt` when asked (creation order otherwise, and for ties) and page with
//!   `maxResults` (20 by default) and `nextToken`. `participantType` `SENDER` lists the
//!   handshakes this account sent (all it created), `RECEIVER` those sent to it (see
//!   [`Simulator::receive_handshake`]).
//!
//! What it does not model, being a test double:
//!
//! - **Identity and permissions**: every signed request is the one configured account, allowed
//!   everything; no `AccessDeniedException`. Either side may accept, reject or cancel a
//!   handshake.
//! - **Other accounts**: a handshake it creates is never answered by its receiver; use
//!   [`Simulator::set_handshake_status`]. Handshakes from others arrive only through
//!   [`Simulator::receive_handshake`]. A channel contract is never signed outside the Sandbox
//!   catalog; use [`Simulator::set_channel_contract_status`].
//! - **Time**: handshakes and contracts do not expire by themselves (EXPIRED only through the
//!   setters above); dates are not checked against the present.
//! - **Rules it does not know**: which members "apply only to" which kind of relationship, the
//!   support plan rules, notice periods, whether a program management account must be ACTIVE
//!   before it is used, deleting what other resources refer to (other than a program management
//!   account with relationships), tag limits and reserved tag prefixes, quotas
//!   (`ServiceQuotaExceededException`), throttling (`ThrottlingException`) and server faults
//!   (`InternalServerException`) — register your own handler over one of the stand-in's to
//!   produce those.
//! - **Persistence and scale**: state lives in memory, behind one lock; page tokens are
//!   positions, so changes between pages shift them.

mod channel_contracts;
mod handshakes;
mod program_management_accounts;
mod relationships;
mod store;
mod tags;

use std::fmt;
use std::sync::Arc;

use aws_operation::{Credentials, DateTime};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::channel_contracts::ChannelContractStatus;
use aws_operation_partnercentral_channel::handshakes::{
    HandshakeDetail, HandshakeStatus, HandshakeType, ProgramManagementAccountHandshakeDetail,
    RevokeServicePeriodHandshakeDetail, StartServicePeriodHandshakeDetail,
};

use crate::LocalEndpoint;
pub use crate::stand_in::SettingError;
use crate::stand_in::{Clock, Shared, is_account, system_clock};
use handshakes::Handshake;
use store::{Kind, Store};

/// The account the stand-in acts as unless told otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "111122223333";

/// The partner profile name its handshakes carry unless told otherwise.
pub const DEFAULT_DISPLAY_NAME: &str = "Local Partner";

/// The state of a stand-in Partner Central Channel service, and the handlers that serve it.
/// Clones share the state: keep one to reach into it while an endpoint serves it.
#[derive(Clone)]
pub struct Simulator {
    store: Shared<Store>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let store = self.store.lock();
        f.debug_struct("Simulator")
            .field("account_id", &store.account_id)
            .field("program_management_accounts", &store.pmas.len())
            .field("relationships", &store.relationships.len())
            .field("channel_handshakes", &store.handshakes.len())
            .field("channel_contracts", &store.contracts.len())
            .finish()
    }
}

impl Default for Simulator {
    fn default() -> Self {
        Self::new()
    }
}

impl Simulator {
    /// An empty stand-in for account [`DEFAULT_ACCOUNT_ID`], on the system clock.
    pub fn new() -> Self {
        Self {
            store: Shared::new(Store::new(
                DEFAULT_ACCOUNT_ID.to_owned(),
                DEFAULT_DISPLAY_NAME.to_owned(),
                system_clock(),
            )),
        }
    }

    /// A builder to choose the account, the partner's display name and the clock.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The account the stand-in acts as: it owns what is created and is in every ARN.
    pub fn account_id(&self) -> String {
        self.store.lock().account_id.clone()
    }

    /// An endpoint that accepts requests signed with `credentials` and serves all 21 operations
    /// from this stand-in. Register a handler of your own afterwards to replace one.
    pub fn endpoint(&self, credentials: Credentials) -> LocalEndpoint<PartnerCentralChannel> {
        self.register(LocalEndpoint::new(credentials))
    }

    /// Registers the stand-in's 21 handlers on `endpoint`, replacing any it had for them.
    pub fn register(&self, endpoint: LocalEndpoint<PartnerCentralChannel>) -> LocalEndpoint<PartnerCentralChannel> {
        endpoint
            .handle_replying(self.store.serve(Store::create_program_management_account))
            .handle_replying(self.store.serve(Store::update_program_management_account))
            .handle_replying(self.store.serve(Store::delete_program_management_account))
            .handle_replying(self.store.serve(Store::list_program_management_accounts))
            .handle_replying(self.store.serve(Store::create_relationship))
            .handle_replying(self.store.serve(Store::get_relationship))
            .handle_replying(self.store.serve(Store::update_relationship))
            .handle_replying(self.store.serve(Store::delete_relationship))
            .handle_replying(self.store.serve(Store::list_relationships))
            .handle_replying(self.store.serve(Store::create_channel_handshake))
            .handle_replying(self.store.serve(Store::accept_channel_handshake))
            .handle_replying(self.store.serve(Store::reject_channel_handshake))
            .handle_replying(self.store.serve(Store::cancel_channel_handshake))
            .handle_replying(self.store.serve(Store::list_channel_handshakes))
            .handle_replying(self.store.serve(Store::create_channel_contract))
            .handle_replying(self.store.serve(Store::get_channel_contract))
            .handle_replying(self.store.serve(Store::cancel_channel_contract))
            .handle_replying(self.store.serve(Store::list_channel_contracts))
            .handle_replying(self.store.serve(Store::list_tags_for_resource))
            .handle_replying(self.store.serve(Store::tag_resource))
            .handle_replying(self.store.serve(Store::untag_resource))
    }

    /// Adds a PENDING handshake that account `sender_account_id` sent to this one, as if it had
    /// just arrived, and returns its id. It lists with participant type `RECEIVER`, and can be
    /// accepted or rejected; its values are taken as given.
    pub fn receive_handshake(&self, handshake: IncomingHandshake) -> String {
        let mut store = self.store.lock();
        let now = store.now();
        let id = store.new_id(Kind::ChannelHandshake);
        let arn = Store::arn(&handshake.sender_account_id, &handshake.catalog, &format!("channel-handshake/{id}"));
        let detail = handshake.detail.unwrap_or_else(|| empty_detail(&handshake.handshake_type));
        let receiver = Some(store.account_id.clone());
        store.handshakes.insert(
            id.clone(),
            Handshake {
                id: id.clone(),
                arn,
                catalog: handshake.catalog,
                handshake_type: handshake.handshake_type,
                owner_account_id: handshake.sender_account_id.clone(),
                sender_account_id: handshake.sender_account_id,
                sender_display_name: handshake.sender_display_name,
                receiver_account_id: receiver,
                associated_resource_id: handshake.associated_resource_id,
                detail,
                created_at: now,
                updated_at: now,
                status: HandshakeStatus::Pending,
                tags: Vec::new(),
            },
        );
        id
    }

    /// Sets the status of handshake `id`, as the other side or time would: its receiver
    /// accepting it (with what accepting does), or it expiring. Returns whether there is one.
    pub fn set_handshake_status(&self, id: &str, status: HandshakeStatus) -> bool {
        let mut store = self.store.lock();
        let now = store.now();
        let Some(h) = store.handshakes.get_mut(id) else { return false };
        let accepted = status == HandshakeStatus::Accepted && h.status != HandshakeStatus::Accepted;
        h.status = status;
        h.updated_at = now;
        if accepted {
            store.accepted(id, now);
        }
        true
    }

    /// Sets the status of channel contract `id`, as its signatory or time would: ACCEPTED makes
    /// it its relationship's contract in effect. Returns whether there is one.
    pub fn set_channel_contract_status(&self, id: &str, status: ChannelContractStatus) -> bool {
        let mut store = self.store.lock();
        let now = store.now();
        if status == ChannelContractStatus::Accepted && store.contracts.contains_key(id) {
            store.contract_accepted(id, now);
            return true;
        }
        let Some(c) = store.contracts.get_mut(id) else { return false };
        c.status = status;
        c.updated_at = now;
        true
    }
}

/// A handshake another account sent, for [`Simulator::receive_handshake`].
#[derive(Debug, Clone)]
pub struct IncomingHandshake {
    /// Its catalog, `AWS` or `Sandbox`.
    pub catalog: String,
    /// Its type.
    pub handshake_type: HandshakeType,
    /// The 12-digit account that sent it, and whose ARN it has.
    pub sender_account_id: String,
    /// The sender's partner profile name.
    pub sender_display_name: String,
    /// The sender's resource it is about: `pma-…` or `rs-…`.
    pub associated_resource_id: String,
    /// Its type-specific details; empty ones of its type if `None`.
    pub detail: Option<HandshakeDetail>,
}

impl LocalEndpoint<PartnerCentralChannel> {
    /// An endpoint that accepts requests signed with `credentials` and serves all 21 operations
    /// from a new, empty [`Simulator`] for account [`DEFAULT_ACCOUNT_ID`]. To look into or
    /// change its state from a test, make the simulator yourself and use
    /// [`Simulator::endpoint`].
    pub fn partnercentral_channel(credentials: Credentials) -> Self {
        Simulator::new().endpoint(credentials)
    }
}

/// Builds a [`Simulator`].
#[must_use]
pub struct SimulatorBuilder {
    account_id: String,
    display_name: String,
    clock: Clock,
}

impl Default for SimulatorBuilder {
    fn default() -> Self {
        Self {
            account_id: DEFAULT_ACCOUNT_ID.to_owned(),
            display_name: DEFAULT_DISPLAY_NAME.to_owned(),
            clock: system_clock(),
        }
    }
}

impl fmt::Debug for SimulatorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SimulatorBuilder")
            .field("account_id", &self.account_id)
            .field("display_name", &self.display_name)
            .finish_non_exhaustive()
    }
}

impl SimulatorBuilder {
    /// The 12-digit account the stand-in acts as. Default: [`DEFAULT_ACCOUNT_ID`].
    pub fn account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = account_id.into();
        self
    }

    /// The partner profile name on the handshakes it sends: 1 to 40 ASCII characters, `¢`,
    /// `£`, `¤`, `¥`, `©`, `®` or narrow no-break spaces, as the model allows. Default: [`DEFAULT_DISPLAY_NAME`].
    pub fn display_name(mut self, display_name: impl Into<String>) -> Self {
        self.display_name = display_name.into();
        self
    }

    /// Where the stand-in reads the time, for `createdAt`, `updatedAt` and the like. Default:
    /// the system clock.
    pub fn clock(mut self, clock: impl Fn() -> DateTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The stand-in, or which setting would break the model's patterns.
    pub fn build(self) -> Result<Simulator, SettingError> {
        if !is_account(&self.account_id) {
            return Err(SettingError::new("account_id", "must be 12 digits", self.account_id));
        }
        // The model's `PartnerProfileDisplayName`: 1 to 40 of these characters.
        let allowed = |c: char| matches!(c, '\0'..='\x7e' | '\u{a2}'..='\u{a5}' | '\u{a9}' | '\u{ae}' | '\u{202f}');
        if !(1..=40).contains(&self.display_name.chars().count()) || !self.display_name.chars().all(allowed) {
            return Err(SettingError::new(
                "display_name",
                "must be 1 to 40 ASCII characters, `¢`, `£`, `¤`, `¥`, `©`, `®` or narrow no-break spaces",
                self.display_name,
            ));
        }
        Ok(Simulator { store: Shared::new(Store::new(self.account_id, self.display_name, self.clock)) })
    }
}

/// The details of a handshake of `handshake_type` that says nothing more.
fn empty_detail(handshake_type: &HandshakeType) -> HandshakeDetail {
    match handshake_type {
        HandshakeType::StartServicePeriod => {
            HandshakeDetail::StartServicePeriodHandshakeDetail(StartServicePeriodHandshakeDetail {
                note: None,
                service_period_type: None,
                minimum_notice_days: None,
                start_date: None,
                end_date: None,
            })
        }
        HandshakeType::RevokeServicePeriod => {
            HandshakeDetail::RevokeServicePeriodHandshakeDetail(RevokeServicePeriodHandshakeDetail {
                note: None,
                service_period_type: None,
                minimum_notice_days: None,
                start_date: None,
                end_date: None,
            })
        }
        _ => HandshakeDetail::ProgramManagementAccountHandshakeDetail(ProgramManagementAccountHandshakeDetail {
            program: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_service_has_a_handler() {
        let endpoint = Simulator::new().endpoint(Credentials::new("AKID", "secret", None, None));
        let operations = aws_operation_partnercentral_channel::operations();
        assert_eq!(crate::stand_in::tests::serves_all(&endpoint, &operations), 21);
    }

    #[test]
    fn settings_that_ids_and_outputs_cannot_hold_are_refused() {
        assert!(Simulator::builder().display_name("Acme ©").build().is_ok());
        assert!(Simulator::builder().display_name("Équipe").build().is_err());
        assert!(Simulator::builder().display_name("x".repeat(41)).build().is_err());
        let err = Simulator::builder().display_name("").build().unwrap_err();
        assert!(err.to_string().starts_with("`display_name` must be 1 to 40 ASCII characters"), "{err}");
        assert!(Simulator::builder().account_id("44445555666a").build().is_err());
        assert_eq!(Simulator::builder().account_id("444455556666").build().unwrap().account_id(), "444455556666");
    }
}
