//! The Partner Central Channel stand-in (aws-operation-local-endpoint's `partnercentral_channel`)
//! driven by the real client over loopback: all 21 operations with minimal and maximal input,
//! lifecycles, pagination, idempotency, unknown ids, tags, and the rules it enforces.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_local_endpoint::partnercentral_channel::{IncomingHandshake, Simulator};
use aws_operation_local_endpoint::{LocalEndpoint, Running};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::channel_contracts::{
    Address, CancelChannelContract, CancelChannelContractError, ChannelContractDetails, ChannelContractPayload,
    ChannelContractStatus, ChannelContractSummaryDetails, ChannelContractType, CreateChannelContract,
    GetChannelContract, GetChannelContractError, ListChannelContracts, ListChannelContractsTypeFilters,
    ListChannelContractsTypeSort, ManagedServicesAttestationPayload, ManagedServicesAttestationTypeFilters,
    ManagedServicesAttestationTypeSort, ManagedServicesAttestationTypeSortName, ManagedServicesSupportedService,
};
use aws_operation_partnercentral_channel::common::SortOrder;
use aws_operation_partnercentral_channel::errors::{ThrottlingException, ValidationExceptionReason};
use aws_operation_partnercentral_channel::handshakes::{
    AcceptChannelHandshakeError, ChannelHandshakePayload, CreateChannelHandshake, CreateChannelHandshakeError,
    HandshakeDetail, HandshakeStatus, HandshakeType, ListChannelHandshakes, ListChannelHandshakesError,
    ListChannelHandshakesTypeFilters, ListChannelHandshakesTypeSort, ParticipantType,
    ProgramManagementAccountTypeFilters, RejectChannelHandshakeError, RevokeServicePeriodPayload,
    RevokeServicePeriodTypeSort, RevokeServicePeriodTypeSortName, ServicePeriodType, StartServicePeriodPayload,
    StartServicePeriodTypeFilters, StartServicePeriodTypeSort, StartServicePeriodTypeSortName,
};
use aws_operation_partnercentral_channel::program_management_accounts::{
    CreateProgramManagementAccount, CreateProgramManagementAccountError, DeleteProgramManagementAccount,
    DeleteProgramManagementAccountError, ListProgramManagementAccounts, ListProgramManagementAccountsError,
    ListProgramManagementAccountsSortBase, ListProgramManagementAccountsSortName, Program,
    ProgramManagementAccountStatus, ProgramManagementAccountType, UpdateProgramManagementAccount,
    UpdateProgramManagementAccountError,
};
use aws_operation_partnercentral_channel::relationships::{
    AccountScope, AssociationType, Coverage, CreateRelationship, DeleteRelationship, DeleteRelationshipError,
    GetRelationship, GetRelationshipError, ListRelationships, ListRelationshipsSortBase, ListRelationshipsSortName,
    PartnerLedSupport, Provider, ResaleAccountModel, ResoldEnterprise, Sector, SupportPlan, UpdateRelationship,
};
use aws_operation_partnercentral_channel::tags::{ListTagsForResourceError, Tag, TagResourceError};
use futures_util::TryStreamExt;

const ACCESS_KEY: &str = "AKIDSTANDIN";
const SECRET: &str = "stand-in-secret";
const ME: &str = "111122223333";
/// 2026-01-01T00:00:00Z.
const START: i64 = 1_767_225_600;
const DAY: i64 = 24 * 60 * 60;

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY, SECRET, None, None)
}

/// A clock that starts at [`START`] and moves one second each time it is read, so every change
/// has its own `updatedAt`.
#[derive(Clone)]
struct Clock(Arc<AtomicI64>);

impl Clock {
    fn new() -> Self {
        Self(Arc::new(AtomicI64::new(START)))
    }
    fn read(&self) -> DateTime {
        DateTime::from_secs(self.0.fetch_add(1, Ordering::SeqCst))
    }
    fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

/// A stand-in serving on loopback, and a client for it.
struct Stand {
    simulator: Simulator,
    endpoint: Running,
    client: PartnerCentralChannel,
    clock: Clock,
}

async fn stand() -> Stand {
    let clock = Clock::new();
    let ticking = clock.clone();
    let simulator = Simulator::builder().clock(move || ticking.read()).build().unwrap();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let client = client(&endpoint);
    Stand { simulator, endpoint, client, clock }
}

fn client(endpoint: &Running) -> PartnerCentralChannel {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(endpoint.url())
        .retry_base_delay(Duration::from_millis(1))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn date(s: &str) -> DateTime {
    DateTime::parse_date_time(s).unwrap()
}

fn pma_arn(catalog: &str, pma: &str) -> String {
    format!("arn:aws:partnercentral:us-east-1:{ME}:catalog/{catalog}/program-management-account/{pma}")
}

fn is_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|rest| rest.len() == 13 && rest.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()))
}

/// A program management account for `account` with minimal input: its id and ARN.
async fn pma(c: &PartnerCentralChannel, catalog: &str, account: &str) -> (String, String) {
    let out = c
        .create_program_management_account()
        .catalog(catalog)
        .program(Program::SolutionProvider)
        .display_name(format!("PMA {account}"))
        .account_id(account)
        .send()
        .await
        .unwrap();
    let detail = out.into_inner().program_management_account_detail.unwrap();
    (detail.id.unwrap(), detail.arn.unwrap())
}

/// A relationship of `pma` with `account`, with minimal input: its id and ARN.
async fn relationship(
    c: &PartnerCentralChannel,
    catalog: &str,
    pma: &str,
    account: &str,
    association: AssociationType,
) -> (String, String) {
    let out = c
        .create_relationship()
        .catalog(catalog)
        .association_type(association)
        .program_management_account_identifier(pma)
        .associated_account_id(account)
        .display_name(format!("Customer {account}"))
        .sector(Sector::Commercial)
        .send()
        .await
        .unwrap();
    let detail = out.into_inner().relationship_detail.unwrap();
    (detail.id.unwrap(), detail.arn.unwrap())
}

/// An attestation with only its required members.
fn attestation(pma: &str, rs: &str, legal_entity_name: &str) -> ManagedServicesAttestationPayload {
    ManagedServicesAttestationPayload {
        legal_entity_name: legal_entity_name.into(),
        relationship_identifier: rs.into(),
        program_management_account_identifier: pma.into(),
        member_account_ids: None,
        end_date: date("2027-06-30T00:00:00Z"),
        supported_services: vec![ManagedServicesSupportedService::Monitoring],
        legal_entity_address: Address {
            city: "Seattle".into(),
            state_or_region: "WA".into(),
            postal_code: "98101".into(),
            country_code: "US".into(),
            address_line: "410 Terry Ave N".into(),
            address_line2: None,
        },
        signatory_name: "Jane Doe".into(),
        signatory_email: "jane@example.com".into(),
    }
}

async fn create_contract(c: &PartnerCentralChannel, catalog: &str, pma: &str, rs: &str) -> (String, String) {
    let out = c
        .create_channel_contract()
        .contract_type(ChannelContractType::ManagedServicesAttestation)
        .catalog(catalog)
        .payload(ChannelContractPayload::ManagedServicesAttestationPayload(attestation(pma, rs, "Example Corp")))
        .send()
        .await
        .unwrap();
    let detail = out.into_inner().channel_contract_detail.unwrap();
    (detail.id.unwrap(), detail.arn.unwrap())
}

async fn handshake_statuses(
    c: &PartnerCentralChannel,
    handshake_type: HandshakeType,
) -> Vec<(String, HandshakeStatus)> {
    c.list_channel_handshakes()
        .handshake_type(handshake_type)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .send()
        .await
        .unwrap()
        .into_inner()
        .items
        .unwrap()
        .into_iter()
        .map(|h| (h.id.unwrap(), h.status.unwrap()))
        .collect()
}

async fn pma_in(c: &PartnerCentralChannel, catalog: &str) -> (String, String) {
    pma(c, catalog, "444455556666").await
}

async fn create_contract_err(c: &PartnerCentralChannel, pma: &str, rs: &str) -> String {
    let err = c
        .create_channel_contract()
        .contract_type(ChannelContractType::ManagedServicesAttestation)
        .catalog("AWS")
        .payload(ChannelContractPayload::ManagedServicesAttestationPayload(attestation(pma, rs, "Again")))
        .send()
        .await
        .unwrap_err();
    err.to_string()
}

// ---- every operation, minimal and maximal --------------------------------------------------

#[tokio::test]
async fn program_management_accounts_with_minimal_input() {
    let s = stand().await;
    let c = &s.client;
    let (id, arn) = pma(c, "AWS", "222233334444").await;
    assert_eq!(id, "pma-0000000000001");
    assert_eq!(arn, pma_arn("AWS", &id));

    let updated = c.update_program_management_account().catalog("AWS").identifier(&id).send().await.unwrap();
    let detail = updated.into_inner().program_management_account_detail.unwrap();
    assert_eq!(
        (detail.id.as_deref(), detail.arn.as_deref(), detail.revision.as_deref(), detail.display_name.as_deref()),
        (Some(id.as_str()), Some(arn.as_str()), Some("2"), Some("PMA 222233334444"))
    );

    let listed = c.list_program_management_accounts().catalog("AWS").send().await.unwrap().into_inner();
    assert_eq!(listed.next_token, None);
    let [item] = listed.items.unwrap().try_into().unwrap();
    assert_eq!(item.id.as_deref(), Some(id.as_str()));
    assert_eq!(item.arn.as_deref(), Some(arn.as_str()));
    assert_eq!(item.catalog.as_deref(), Some("AWS"));
    assert_eq!(item.program, Some(Program::SolutionProvider));
    assert_eq!(item.account_id.as_deref(), Some("222233334444"));
    assert_eq!(item.status, Some(ProgramManagementAccountStatus::Pending));
    assert_eq!(item.revision.as_deref(), Some("2"));
    assert_eq!((item.r#type, item.start_date), (None, None));
    assert!(item.updated_at.unwrap() > item.created_at.unwrap());

    c.delete_program_management_account().catalog("AWS").identifier(&id).send().await.unwrap();
    let listed = c.list_program_management_accounts().catalog("AWS").send().await.unwrap().into_inner();
    assert_eq!(listed.items, Some(vec![]));
}

#[tokio::test]
async fn program_management_accounts_with_maximal_input() {
    let s = stand().await;
    let c = &s.client;
    let create = |account: &str, token: &str| CreateProgramManagementAccount {
        catalog: "Sandbox".into(),
        program: Program::ManagedServicesProvider,
        display_name: format!("MSP {account}"),
        account_id: account.into(),
        client_token: Some(token.into()),
        tags: Some(vec![Tag::new("team", "channel ops"), Tag::new("env", "")]),
        r#type: Some(ProgramManagementAccountType::ManagedServices),
    };
    let mut arns = Vec::new();
    for (account, token) in [("222233334444", "pma-token-1"), ("333344445555", "pma-token-2")] {
        let out = c.send(create(account, token)).await.unwrap().into_inner();
        let detail = out.program_management_account_detail.unwrap();
        assert!(is_id(detail.id.as_deref().unwrap(), "pma"));
        assert_eq!(detail.arn.as_deref(), Some(pma_arn("Sandbox", detail.id.as_deref().unwrap()).as_str()));
        arns.push(detail.arn.unwrap());
    }

    let update = UpdateProgramManagementAccount {
        catalog: "Sandbox".into(),
        identifier: arns[0].clone(),
        revision: Some("1".into()),
        display_name: Some("MSP renamed".into()),
    };
    let detail = c.send(update).await.unwrap().into_inner().program_management_account_detail.unwrap();
    assert_eq!((detail.revision.as_deref(), detail.display_name.as_deref()), (Some("2"), Some("MSP renamed")));

    let list = ListProgramManagementAccounts {
        catalog: "Sandbox".into(),
        max_results: Some(1),
        display_names: Some(vec!["MSP renamed".into(), "MSP 333344445555".into()]),
        programs: Some(vec![Program::ManagedServicesProvider]),
        account_ids: Some(vec!["222233334444".into(), "333344445555".into()]),
        statuses: Some(vec![ProgramManagementAccountStatus::Pending]),
        sort: Some(ListProgramManagementAccountsSortBase {
            sort_order: SortOrder::Descending,
            sort_by: ListProgramManagementAccountsSortName::UpdatedAt,
        }),
        next_token: None,
        r#type: Some(ProgramManagementAccountType::ManagedServices),
    };
    let first = c.send(list.clone()).await.unwrap().into_inner();
    let token = first.next_token.clone().expect("a second page");
    let second = c.send(ListProgramManagementAccounts { next_token: Some(token), ..list }).await.unwrap().into_inner();
    assert_eq!(second.next_token, None);
    // The renamed account was updated last, so it comes first when descending.
    let names: Vec<_> =
        [first, second].into_iter().flat_map(|p| p.items.unwrap()).map(|i| i.display_name.unwrap()).collect();
    assert_eq!(names, ["MSP renamed", "MSP 333344445555"]);

    let tags = c.list_tags_for_resource().resource_arn(&arns[1]).send().await.unwrap().into_inner().tags;
    assert_eq!(tags, Some(vec![Tag::new("team", "channel ops"), Tag::new("env", "")]));

    let delete = DeleteProgramManagementAccount {
        catalog: "Sandbox".into(),
        identifier: arns[1].clone(),
        client_token: Some("delete-token".into()),
    };
    c.send(delete).await.unwrap();
    let left = c.list_program_management_accounts().catalog("Sandbox").send().await.unwrap().into_inner();
    assert_eq!(left.items.unwrap().len(), 1);
}

#[tokio::test]
async fn relationships_with_minimal_input() {
    let s = stand().await;
    let c = &s.client;
    let (pma, pma_arn) = pma(c, "AWS", "222233334444").await;
    let out = c
        .create_relationship()
        .catalog("AWS")
        .association_type(AssociationType::EndCustomer)
        .program_management_account_identifier(&pma)
        .display_name("Customer")
        .sector(Sector::Commercial)
        .send()
        .await
        .unwrap();
    let created = out.into_inner().relationship_detail.unwrap();
    let id = created.id.unwrap();
    assert_eq!(id, "rs-0000000000001");
    assert_eq!(created.arn.as_deref(), Some(format!("{pma_arn}/relationship/{id}").as_str()));

    let got = c
        .get_relationship()
        .catalog("AWS")
        .program_management_account_identifier(&pma)
        .identifier(&id)
        .send()
        .await
        .unwrap()
        .into_inner()
        .relationship_detail
        .unwrap();
    assert_eq!(got.program_management_account_id.as_deref(), Some(pma.as_str()));
    assert_eq!(got.association_type, Some(AssociationType::EndCustomer));
    assert_eq!((got.revision.as_deref(), got.display_name.as_deref()), (Some("1"), Some("Customer")));
    assert_eq!((got.associated_account_id, got.channel_contract_id, got.end_date), (None, None, None));

    let updated = c
        .update_relationship()
        .catalog("AWS")
        .identifier(&id)
        .program_management_account_identifier(&pma)
        .send()
        .await
        .unwrap()
        .into_inner()
        .relationship_detail
        .unwrap();
    assert_eq!(updated.revision.as_deref(), Some("2"));

    let listed = c.list_relationships().catalog("AWS").send().await.unwrap().into_inner();
    let [item] = listed.items.unwrap().try_into().unwrap();
    assert_eq!((item.id.as_deref(), item.revision.as_deref()), (Some(id.as_str()), Some("2")));
    assert_eq!(item.sector, Some(Sector::Commercial));

    c.delete_relationship()
        .catalog("AWS")
        .identifier(&id)
        .program_management_account_identifier(&pma)
        .send()
        .await
        .unwrap();
    assert_eq!(c.list_relationships().catalog("AWS").send().await.unwrap().into_inner().items, Some(vec![]));
}

#[tokio::test]
async fn relationships_with_maximal_input() {
    let s = stand().await;
    let c = &s.client;
    let (_, pma_arn) = pma(c, "AWS", "222233334444").await;
    let create = |account: &str, token: &str| CreateRelationship {
        catalog: "AWS".into(),
        association_type: AssociationType::ManagedServicesEndCustomer,
        program_management_account_identifier: pma_arn.clone(),
        associated_account_id: Some(account.into()),
        display_name: format!("Customer {account}"),
        resale_account_model: Some(ResaleAccountModel::EndCustomer),
        sector: Sector::Government,
        client_token: Some(token.into()),
        tags: Some(vec![Tag::new("tier", "gold")]),
        requested_support_plan: Some(SupportPlan::ResoldEnterprise(ResoldEnterprise {
            coverage: Coverage::EntireOrganization,
            tam_location: "US".into(),
            charge_account_id: Some("222233334444".into()),
        })),
        account_scope: Some(AccountScope::SpecificMemberAccounts),
        start_date: Some(date("2026-02-01T00:00:00Z")),
    };
    let mut arns = Vec::new();
    for (account, token) in [("555566667777", "rs-token-1"), ("666677778888", "rs-token-2")] {
        let detail = c.send(create(account, token)).await.unwrap().into_inner().relationship_detail.unwrap();
        assert!(is_id(detail.id.as_deref().unwrap(), "rs"));
        arns.push(detail.arn.unwrap());
    }

    let get = GetRelationship {
        catalog: "AWS".into(),
        program_management_account_identifier: pma_arn.clone(),
        identifier: arns[0].clone(),
    };
    let got = c.send(get.clone()).await.unwrap().into_inner().relationship_detail.unwrap();
    assert_eq!(got.arn.as_deref(), Some(arns[0].as_str()));
    assert_eq!(got.associated_account_id.as_deref(), Some("555566667777"));
    assert_eq!(got.resale_account_model, Some(ResaleAccountModel::EndCustomer));
    assert_eq!(got.sector, Some(Sector::Government));
    assert_eq!(got.account_scope, Some(AccountScope::SpecificMemberAccounts));
    assert_eq!(got.start_date, Some(date("2026-02-01T00:00:00Z")));

    let update = UpdateRelationship {
        catalog: "AWS".into(),
        identifier: arns[0].clone(),
        program_management_account_identifier: pma_arn.clone(),
        revision: Some("1".into()),
        display_name: Some("Renamed".into()),
        requested_support_plan: Some(SupportPlan::PartnerLedSupport(PartnerLedSupport {
            coverage: Coverage::ManagementAccountOnly,
            provider: Some(Provider::Distributor),
            tam_location: "DE".into(),
        })),
    };
    let updated = c.send(update).await.unwrap().into_inner().relationship_detail.unwrap();
    assert_eq!((updated.revision.as_deref(), updated.display_name.as_deref()), (Some("2"), Some("Renamed")));

    let list = ListRelationships {
        catalog: "AWS".into(),
        max_results: Some(1),
        associated_account_ids: Some(vec!["555566667777".into(), "666677778888".into()]),
        association_types: Some(vec![AssociationType::ManagedServicesEndCustomer]),
        display_names: Some(vec!["Renamed".into(), "Customer 666677778888".into()]),
        program_management_account_identifiers: Some(vec![pma_arn.clone()]),
        sort: Some(ListRelationshipsSortBase {
            sort_order: SortOrder::Ascending,
            sort_by: ListRelationshipsSortName::UpdatedAt,
        }),
        next_token: None,
    };
    let first = c.send(list.clone()).await.unwrap().into_inner();
    let second = c.send(ListRelationships { next_token: first.next_token.clone(), ..list }).await.unwrap().into_inner();
    assert_eq!(second.next_token, None);
    let names: Vec<_> =
        [first, second].into_iter().flat_map(|p| p.items.unwrap()).map(|i| i.display_name.unwrap()).collect();
    // Ascending by update: the second was created after the first, which was renamed later.
    assert_eq!(names, ["Customer 666677778888", "Renamed"]);

    let delete = DeleteRelationship {
        catalog: "AWS".into(),
        identifier: arns[0].clone(),
        program_management_account_identifier: pma_arn.clone(),
        client_token: Some("delete-rs".into()),
    };
    c.send(delete).await.unwrap();
    let err = c.send(get).await.unwrap_err();
    assert!(matches!(err.service_error(), Some(GetRelationshipError::ResourceNotFoundException(_))), "{err:?}");
}

#[tokio::test]
async fn handshakes_with_minimal_input() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::EndCustomer).await;

    let created = c
        .create_channel_handshake()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier(&pma)
        .send()
        .await
        .unwrap()
        .into_inner()
        .channel_handshake_detail
        .unwrap();
    let id = created.id.unwrap();
    assert_eq!(id, "ch-0000000000001");
    assert_eq!(
        created.arn.as_deref(),
        Some(format!("arn:aws:partnercentral:us-east-1:{ME}:catalog/AWS/channel-handshake/{id}").as_str())
    );

    let listed = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .send()
        .await
        .unwrap()
        .into_inner();
    let [item] = listed.items.unwrap().try_into().unwrap();
    assert_eq!(item.id.as_deref(), Some(id.as_str()));
    assert_eq!(item.status, Some(HandshakeStatus::Pending));
    assert_eq!(item.associated_resource_id.as_deref(), Some(pma.as_str()));
    assert_eq!(
        (item.owner_account_id.as_deref(), item.sender_account_id.as_deref(), item.receiver_account_id.as_deref()),
        (Some(ME), Some(ME), Some("222233334444"))
    );
    assert_eq!(item.sender_display_name.as_deref(), Some("Local Partner"));
    assert!(matches!(
        item.detail,
        Some(HandshakeDetail::ProgramManagementAccountHandshakeDetail(d)) if d.program == Some(Program::SolutionProvider)
    ));

    let accepted = c.accept_channel_handshake().catalog("AWS").identifier(&id).send().await.unwrap();
    assert_eq!(accepted.channel_handshake_detail.as_ref().unwrap().status, Some(HandshakeStatus::Accepted));

    let revoke = || {
        c.create_channel_handshake()
            .handshake_type(HandshakeType::RevokeServicePeriod)
            .catalog("AWS")
            .associated_resource_identifier(&rs)
            .send()
    };
    let to_reject = revoke().await.unwrap().into_inner().channel_handshake_detail.unwrap().id.unwrap();
    let rejected = c.reject_channel_handshake().catalog("AWS").identifier(&to_reject).send().await.unwrap();
    assert_eq!(rejected.channel_handshake_detail.as_ref().unwrap().status, Some(HandshakeStatus::Rejected));
    let to_cancel = revoke().await.unwrap().into_inner().channel_handshake_detail.unwrap().id.unwrap();
    let canceled = c.cancel_channel_handshake().catalog("AWS").identifier(&to_cancel).send().await.unwrap();
    let detail = canceled.into_inner().channel_handshake_detail.unwrap();
    assert_eq!((detail.id, detail.status), (Some(to_cancel.clone()), Some(HandshakeStatus::Canceled)));

    assert_eq!(
        handshake_statuses(c, HandshakeType::RevokeServicePeriod).await,
        [(to_reject, HandshakeStatus::Rejected), (to_cancel, HandshakeStatus::Canceled)]
    );
}

#[tokio::test]
async fn handshakes_with_maximal_input() {
    let s = stand().await;
    let c = &s.client;
    let (_, pma_arn) = pma(c, "AWS", "222233334444").await;
    let mut handshake_arns = Vec::new();
    for (n, account) in ["555566667777", "666677778888"].into_iter().enumerate() {
        let (_, rs_arn) = relationship(c, "AWS", &pma_arn, account, AssociationType::EndCustomer).await;
        let input = CreateChannelHandshake {
            handshake_type: HandshakeType::StartServicePeriod,
            catalog: "AWS".into(),
            associated_resource_identifier: rs_arn,
            payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
                program_management_account_identifier: pma_arn.clone(),
                note: Some("Q3 \"managed\" services – Équipe".into()),
                service_period_type: ServicePeriodType::FixedCommitmentPeriod,
                minimum_notice_days: Some("30".into()),
                end_date: Some(date("2026-12-31T23:59:59.5Z")),
            })),
            client_token: Some(format!("ch-token-{n}")),
            tags: Some(vec![Tag::new("deal", format!("d{n}"))]),
        };
        let detail = c.send(input).await.unwrap().into_inner().channel_handshake_detail.unwrap();
        handshake_arns.push(detail.arn.unwrap());
    }
    // Accept, reject and cancel have only required members; identify by ARN here.
    let accepted = c.accept_channel_handshake().catalog("AWS").identifier(&handshake_arns[0]).send().await.unwrap();
    assert_eq!(accepted.channel_handshake_detail.as_ref().unwrap().arn.as_deref(), Some(handshake_arns[0].as_str()));

    let list = ListChannelHandshakes {
        handshake_type: HandshakeType::StartServicePeriod,
        catalog: "AWS".into(),
        participant_type: ParticipantType::Sender,
        max_results: Some(1),
        statuses: Some(vec![HandshakeStatus::Pending, HandshakeStatus::Accepted]),
        associated_resource_identifiers: Some(vec![
            format!("{pma_arn}/relationship/rs-0000000000001"),
            "rs-0000000000002".into(),
        ]),
        handshake_type_filters: Some(ListChannelHandshakesTypeFilters::StartServicePeriodTypeFilters(
            StartServicePeriodTypeFilters {
                service_period_types: Some(vec![ServicePeriodType::FixedCommitmentPeriod]),
            },
        )),
        handshake_type_sort: Some(ListChannelHandshakesTypeSort::StartServicePeriodTypeSort(
            StartServicePeriodTypeSort {
                sort_order: SortOrder::Descending,
                sort_by: StartServicePeriodTypeSortName::UpdatedAt,
            },
        )),
        next_token: None,
    };
    let first = c.send(list.clone()).await.unwrap().into_inner();
    let second =
        c.send(ListChannelHandshakes { next_token: first.next_token.clone(), ..list }).await.unwrap().into_inner();
    assert_eq!(second.next_token, None);
    let items: Vec<_> = [first, second].into_iter().flat_map(|p| p.items.unwrap()).collect();
    // The accepted one changed last.
    assert_eq!(items.iter().map(|i| i.arn.clone().unwrap()).collect::<Vec<_>>(), handshake_arns);
    let Some(HandshakeDetail::StartServicePeriodHandshakeDetail(detail)) = &items[0].detail else {
        panic!("{items:?}")
    };
    assert_eq!(detail.note.as_deref(), Some("Q3 \"managed\" services – Équipe"));
    assert_eq!(detail.service_period_type, Some(ServicePeriodType::FixedCommitmentPeriod));
    assert_eq!(detail.minimum_notice_days.as_deref(), Some("30"));
    assert_eq!(detail.end_date, Some(date("2026-12-31T23:59:59.5Z")));
    assert_eq!(detail.start_date, items[0].updated_at, "the service period starts when accepted");
    assert_eq!(items[1].receiver_account_id.as_deref(), Some("666677778888"));

    // Accepting started the relationship's service period.
    let rs = c
        .get_relationship()
        .catalog("AWS")
        .program_management_account_identifier(&pma_arn)
        .identifier("rs-0000000000001")
        .send()
        .await
        .unwrap()
        .into_inner()
        .relationship_detail
        .unwrap();
    assert_eq!((rs.start_date, rs.end_date), (items[0].updated_at, Some(date("2026-12-31T23:59:59.5Z"))));

    // A revocation with a payload carries the details of the period it ends.
    let revoke = CreateChannelHandshake {
        handshake_type: HandshakeType::RevokeServicePeriod,
        catalog: "AWS".into(),
        associated_resource_identifier: "rs-0000000000001".into(),
        payload: Some(ChannelHandshakePayload::RevokeServicePeriodPayload(RevokeServicePeriodPayload {
            program_management_account_identifier: pma_arn.clone(),
            note: Some("ending".into()),
        })),
        client_token: Some("revoke".into()),
        tags: Some(vec![]),
    };
    c.send(revoke).await.unwrap();
    let revocations = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .send()
        .await
        .unwrap()
        .into_inner()
        .items
        .unwrap();
    let Some(HandshakeDetail::RevokeServicePeriodHandshakeDetail(d)) = &revocations[0].detail else { panic!() };
    assert_eq!(
        (d.note.as_deref(), d.service_period_type.clone()),
        (Some("ending"), Some(ServicePeriodType::FixedCommitmentPeriod))
    );
    assert_eq!((d.start_date, d.end_date), (detail.start_date, detail.end_date));
}

#[tokio::test]
async fn channel_contracts_with_minimal_input() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::ManagedServicesEndCustomer).await;
    let (id, arn) = create_contract(c, "AWS", &pma, &rs).await;
    assert_eq!(id, "cc-0000000000001");
    assert_eq!(arn, format!("arn:aws:partnercentral:us-east-1:{ME}:catalog/AWS/channel-contract/{id}"));

    let got = c.get_channel_contract().catalog("AWS").identifier(&id).send().await.unwrap();
    let detail = got.into_inner().channel_contract_detail.unwrap();
    assert_eq!((detail.id.as_str(), detail.arn.as_str(), detail.catalog.as_str()), (id.as_str(), arn.as_str(), "AWS"));
    assert_eq!(detail.status, ChannelContractStatus::Pending);
    assert_eq!((detail.responded_at, detail.cancellation_reason), (None, None));
    let ChannelContractDetails::ManagedServicesAttestationDetails(d) = detail.details else { panic!() };
    assert_eq!(d.relationship_identifier, rs);
    assert_eq!(d.program_management_account_identifier, pma);
    assert_eq!(d.legal_entity_address, Some(attestation(&pma, &rs, "").legal_entity_address));

    let listed = c
        .list_channel_contracts()
        .catalog("AWS")
        .contract_type(ChannelContractType::ManagedServicesAttestation)
        .send()
        .await
        .unwrap()
        .into_inner();
    let [item] = listed.items.try_into().unwrap();
    assert_eq!((item.id.as_str(), item.status), (id.as_str(), ChannelContractStatus::Pending));

    let canceled = c.cancel_channel_contract().catalog("AWS").identifier(&id).send().await.unwrap();
    let detail = canceled.into_inner().channel_contract_detail.unwrap();
    assert_eq!((detail.status, detail.cancellation_reason), (Some(ChannelContractStatus::Canceled), None));
}

#[tokio::test]
async fn channel_contracts_with_maximal_input() {
    let s = stand().await;
    let c = &s.client;
    let (_, pma_arn) = pma(c, "AWS", "222233334444").await;
    let mut contract_arns = Vec::new();
    for (n, account) in ["555566667777", "666677778888"].into_iter().enumerate() {
        let (_, rs_arn) = relationship(c, "AWS", &pma_arn, account, AssociationType::ManagedServicesEndCustomer).await;
        let input = CreateChannelContract {
            contract_type: ChannelContractType::ManagedServicesAttestation,
            catalog: "AWS".into(),
            payload: ChannelContractPayload::ManagedServicesAttestationPayload(ManagedServicesAttestationPayload {
                member_account_ids: Some(vec![account.into()]),
                supported_services: vec![
                    ManagedServicesSupportedService::Patching,
                    ManagedServicesSupportedService::WellArchitected,
                ],
                legal_entity_address: Address {
                    address_line2: Some("Floor 3".into()),
                    ..attestation("", "", "").legal_entity_address
                },
                ..attestation(&pma_arn, &rs_arn, &format!("Example {n}"))
            }),
            client_token: Some(format!("cc-token-{n}")),
            tags: Some(vec![Tag::new("contract", format!("{n}"))]),
        };
        contract_arns.push(c.send(input).await.unwrap().into_inner().channel_contract_detail.unwrap().arn.unwrap());
    }
    let get = GetChannelContract { catalog: "AWS".into(), identifier: contract_arns[0].clone() };
    let detail = c.send(get).await.unwrap().into_inner().channel_contract_detail.unwrap();
    let ChannelContractDetails::ManagedServicesAttestationDetails(d) = &detail.details else { panic!() };
    assert_eq!(d.member_account_ids, Some(vec!["555566667777".to_owned()]));
    assert_eq!(d.legal_entity_address.as_ref().unwrap().address_line2.as_deref(), Some("Floor 3"));
    assert_eq!((d.signatory_name.as_str(), d.signatory_email.as_str()), ("Jane Doe", "jane@example.com"));

    let cancel = CancelChannelContract {
        catalog: "AWS".into(),
        identifier: contract_arns[1].clone(),
        reason: Some("customer left".into()),
        client_token: Some("cancel-cc".into()),
    };
    let canceled = c.send(cancel).await.unwrap().into_inner().channel_contract_detail.unwrap();
    assert_eq!(canceled.cancellation_reason.as_deref(), Some("customer left"));

    let list = ListChannelContracts {
        catalog: "AWS".into(),
        contract_type: ChannelContractType::ManagedServicesAttestation,
        statuses: Some(vec![ChannelContractStatus::Pending, ChannelContractStatus::Canceled]),
        contract_type_filters: Some(ListChannelContractsTypeFilters::ManagedServicesAttestationTypeFilters(
            ManagedServicesAttestationTypeFilters {
                relationship_identifiers: Some(vec![
                    "rs-0000000000001".into(),
                    format!("{pma_arn}/relationship/rs-0000000000002"),
                ]),
                legal_entity_names: Some(vec!["Example 0".into(), "Example 1".into()]),
            },
        )),
        contract_type_sort: Some(ListChannelContractsTypeSort::ManagedServicesAttestationTypeSort(
            ManagedServicesAttestationTypeSort {
                sort_order: SortOrder::Descending,
                sort_by: ManagedServicesAttestationTypeSortName::UpdatedAt,
            },
        )),
        max_results: Some(1),
        next_token: None,
    };
    let first = c.send(list.clone()).await.unwrap().into_inner();
    let second =
        c.send(ListChannelContracts { next_token: first.next_token.clone(), ..list }).await.unwrap().into_inner();
    assert_eq!(second.next_token, None);
    let items: Vec<_> = first.items.into_iter().chain(second.items).collect();
    assert_eq!(items.iter().map(|i| i.arn.as_str()).collect::<Vec<_>>(), [&contract_arns[1], &contract_arns[0]]);
    assert_eq!(items[0].status, ChannelContractStatus::Canceled);
    let ChannelContractSummaryDetails::ManagedServicesAttestationDetails(d) = &items[1].details else { panic!() };
    assert_eq!(d.supported_services.len(), 2);
    assert_eq!(d.relationship_identifier, "rs-0000000000001", "identifiers are kept as ids");
}

#[tokio::test]
async fn tags_on_each_kind_of_resource_by_arn() {
    let s = stand().await;
    let c = &s.client;
    let (pma, pma_arn) = pma(c, "AWS", "222233334444").await;
    let (rs, rs_arn) = relationship(c, "AWS", &pma, "555566667777", AssociationType::ManagedServicesEndCustomer).await;
    let handshake = c
        .create_channel_handshake()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier(&pma)
        .tags(vec![Tag::new("created", "with")])
        .send()
        .await
        .unwrap();
    let ch_arn = handshake.into_inner().channel_handshake_detail.unwrap().arn.unwrap();
    let (_, cc_arn) = create_contract(c, "AWS", &pma, &rs).await;

    for arn in [&pma_arn, &rs_arn, &ch_arn, &cc_arn] {
        c.tag_resource().resource_arn(arn).tags(vec![Tag::new("a", "1"), Tag::new("b", "2")]).send().await.unwrap();
        c.tag_resource().resource_arn(arn).tags(vec![Tag::new("b", "3"), Tag::new("c", "")]).send().await.unwrap();
        c.untag_resource().resource_arn(arn).tag_keys(vec!["a".to_owned(), "absent".to_owned()]).send().await.unwrap();
        let tags = c.list_tags_for_resource().resource_arn(arn).send().await.unwrap().into_inner().tags.unwrap();
        let mut expected = if *arn == ch_arn { vec![Tag::new("created", "with")] } else { vec![] };
        expected.extend([Tag::new("b", "3"), Tag::new("c", "")]);
        assert_eq!(tags, expected, "{arn}");
    }

    // Only the exact ARN names a resource: another account's, or a deleted one, is not found.
    let elsewhere = pma_arn.replace(ME, "999999999999");
    let err = c.list_tags_for_resource().resource_arn(&elsewhere).send().await.unwrap_err();
    let Some(ListTagsForResourceError::ResourceNotFoundException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(
        (e.resource_id.as_deref(), e.resource_type.as_deref()),
        (Some(elsewhere.as_str()), Some("ProgramManagementAccount"))
    );
    c.cancel_channel_contract().catalog("AWS").identifier(&cc_arn).send().await.unwrap();
    c.delete_relationship()
        .catalog("AWS")
        .identifier(&rs)
        .program_management_account_identifier(&pma)
        .send()
        .await
        .unwrap();
    let err = c.tag_resource().resource_arn(&rs_arn).tags(vec![Tag::new("x", "y")]).send().await.unwrap_err();
    assert!(matches!(err.service_error(), Some(TagResourceError::ResourceNotFoundException(_))), "{err:?}");
}

// ---- lifecycles -----------------------------------------------------------------------------

#[tokio::test]
async fn a_handshake_is_created_listed_and_accepted_once() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let id = c
        .create_channel_handshake()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier(&pma)
        .send()
        .await
        .unwrap()
        .into_inner()
        .channel_handshake_detail
        .unwrap()
        .id
        .unwrap();
    assert_eq!(
        handshake_statuses(c, HandshakeType::ProgramManagementAccount).await,
        [(id.clone(), HandshakeStatus::Pending)]
    );

    c.accept_channel_handshake().catalog("AWS").identifier(&id).send().await.unwrap();
    assert_eq!(
        handshake_statuses(c, HandshakeType::ProgramManagementAccount).await,
        [(id.clone(), HandshakeStatus::Accepted)]
    );
    // Accepting a program management account handshake activates the account.
    let accounts = c.list_program_management_accounts().catalog("AWS").send().await.unwrap().into_inner();
    let account = &accounts.items.unwrap()[0];
    assert_eq!(account.status, Some(ProgramManagementAccountStatus::Active));
    assert!(account.start_date.is_some());

    // A handshake changes once: accepting it again is a conflict. AcceptChannelHandshake does not
    // model ConflictException, so the client has it as an unmodeled error, code and message kept.
    let err = c.accept_channel_handshake().catalog("AWS").identifier(&id).send().await.unwrap_err();
    let Some(AcceptChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("ConflictException", 400));
    assert_eq!(
        e.meta.message.as_deref(),
        Some(format!("channel handshake `{id}` is ACCEPTED; only a PENDING handshake can be accepted").as_str())
    );
    let err = c.reject_channel_handshake().catalog("AWS").identifier(&id).send().await.unwrap_err();
    let Some(RejectChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.meta.code, "ConflictException");
    assert_eq!(handshake_statuses(c, HandshakeType::ProgramManagementAccount).await, [(id, HandshakeStatus::Accepted)]);
}

#[tokio::test]
async fn rejected_and_canceled_handshakes_stay_so_and_free_their_resource() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let create = || {
        c.create_channel_handshake()
            .handshake_type(HandshakeType::ProgramManagementAccount)
            .catalog("AWS")
            .associated_resource_identifier(&pma)
            .send()
    };
    let first = create().await.unwrap().into_inner().channel_handshake_detail.unwrap().id.unwrap();
    // One PENDING handshake of a type per resource.
    let err = create().await.unwrap_err();
    let Some(CreateChannelHandshakeError::ConflictException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.resource_id.as_str(), e.resource_type.as_str()), (first.as_str(), "ChannelHandshake"));

    c.reject_channel_handshake().catalog("AWS").identifier(&first).send().await.unwrap();
    let second = create().await.unwrap().into_inner().channel_handshake_detail.unwrap().id.unwrap();
    c.cancel_channel_handshake().catalog("AWS").identifier(&second).send().await.unwrap();
    for id in [&first, &second] {
        let err = c.accept_channel_handshake().catalog("AWS").identifier(id).send().await.unwrap_err();
        let Some(AcceptChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
        assert_eq!(e.meta.code, "ConflictException");
    }
    assert_eq!(
        handshake_statuses(c, HandshakeType::ProgramManagementAccount).await,
        [(first, HandshakeStatus::Rejected), (second, HandshakeStatus::Canceled)]
    );
    let accounts = c.list_program_management_accounts().catalog("AWS").send().await.unwrap().into_inner();
    assert_eq!(accounts.items.unwrap()[0].status, Some(ProgramManagementAccountStatus::Pending));
}

#[tokio::test]
async fn handshakes_from_other_accounts_list_as_received_and_can_be_answered() {
    let s = stand().await;
    let c = &s.client;
    let received = s.simulator.receive_handshake(IncomingHandshake {
        catalog: "AWS".into(),
        handshake_type: HandshakeType::StartServicePeriod,
        sender_account_id: "999988887777".into(),
        sender_display_name: "Distributor".into(),
        associated_resource_id: "rs-00000000000zz".into(),
        detail: None,
    });
    let list = |participant| {
        c.list_channel_handshakes()
            .handshake_type(HandshakeType::StartServicePeriod)
            .catalog("AWS")
            .participant_type(participant)
            .send()
    };
    assert_eq!(list(ParticipantType::Sender).await.unwrap().into_inner().items, Some(vec![]));
    let [item] = list(ParticipantType::Receiver).await.unwrap().into_inner().items.unwrap().try_into().unwrap();
    assert_eq!(item.id.as_deref(), Some(received.as_str()));
    assert_eq!(
        item.arn.as_deref(),
        Some(
            format!("arn:aws:partnercentral:us-east-1:999988887777:catalog/AWS/channel-handshake/{received}").as_str()
        )
    );
    assert_eq!(
        (item.sender_account_id.as_deref(), item.receiver_account_id.as_deref()),
        (Some("999988887777"), Some(ME))
    );
    c.accept_channel_handshake().catalog("AWS").identifier(&received).send().await.unwrap();
    let [item] = list(ParticipantType::Receiver).await.unwrap().into_inner().items.unwrap().try_into().unwrap();
    assert_eq!(item.status, Some(HandshakeStatus::Accepted));

    // The other side of a sent handshake, or time, is played through the simulator.
    assert!(s.simulator.set_handshake_status(&received, HandshakeStatus::Expired));
    assert!(!s.simulator.set_handshake_status("ch-0000000000999", HandshakeStatus::Expired));
    let [item] = list(ParticipantType::Receiver).await.unwrap().into_inner().items.unwrap().try_into().unwrap();
    assert_eq!(item.status, Some(HandshakeStatus::Expired));
}

#[tokio::test]
async fn contracts_are_accepted_in_the_sandbox_and_canceled_only_while_pending_and_recent() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "Sandbox", "222233334444").await;
    let (rs, _) = relationship(c, "Sandbox", &pma, "555566667777", AssociationType::ManagedServicesEndCustomer).await;
    let (first, _) = create_contract(c, "Sandbox", &pma, &rs).await;
    let status = |id: String| async move {
        c.get_channel_contract()
            .catalog("Sandbox")
            .identifier(id)
            .send()
            .await
            .unwrap()
            .into_inner()
            .channel_contract_detail
            .unwrap()
    };
    let detail = status(first.clone()).await;
    assert_eq!(detail.status, ChannelContractStatus::Accepted);
    assert!(detail.responded_at.is_some());
    let get_rs =
        || c.get_relationship().catalog("Sandbox").program_management_account_identifier(&pma).identifier(&rs).send();
    let in_effect = get_rs().await.unwrap().into_inner().relationship_detail.unwrap().channel_contract_id;
    assert_eq!(in_effect.as_deref(), Some(first.as_str()));

    // A second accepted contract replaces the first, which becomes INACTIVE.
    let (second, _) = create_contract(c, "Sandbox", &pma, &rs).await;
    assert_eq!(status(first.clone()).await.status, ChannelContractStatus::Inactive);
    let in_effect = get_rs().await.unwrap().into_inner().relationship_detail.unwrap().channel_contract_id;
    assert_eq!(in_effect.as_deref(), Some(second.as_str()));

    // Only a PENDING contract can be canceled: a ValidationException, as the model documents.
    let err = c.cancel_channel_contract().catalog("Sandbox").identifier(&second).send().await.unwrap_err();
    let Some(CancelChannelContractError::ValidationException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.reason, ValidationExceptionReason::BusinessValidationFailed);
    let [field] = e.field_list.clone().unwrap().try_into().unwrap();
    assert_eq!((field.name.as_str(), field.code.as_str()), ("identifier", "invalidValue"));

    // In the AWS catalog a contract waits for its signatory, and can be canceled for 30 days.
    let (pma, _) = pma_in(c, "AWS").await;
    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::ManagedServicesEndCustomer).await;
    let (pending, _) = create_contract(c, "AWS", &pma, &rs).await;
    let err = create_contract_err(c, &pma, &rs).await;
    assert!(err.contains("ConflictException"), "one PENDING contract per relationship: {err}");
    s.clock.advance(31 * DAY);
    let err = c.cancel_channel_contract().catalog("AWS").identifier(&pending).send().await.unwrap_err();
    let Some(CancelChannelContractError::ValidationException(e)) = err.service_error() else { panic!("{err:?}") };
    assert!(e.message.contains("created more than 30 days ago"), "{}", e.message);
    assert!(s.simulator.set_channel_contract_status(&pending, ChannelContractStatus::Accepted));
    let detail = c
        .get_channel_contract()
        .catalog("AWS")
        .identifier(&pending)
        .send()
        .await
        .unwrap()
        .into_inner()
        .channel_contract_detail
        .unwrap();
    assert_eq!(detail.status, ChannelContractStatus::Accepted);
}

#[tokio::test]
async fn updates_need_the_current_revision_and_accounts_with_relationships_stay() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let update = |revision: &str| {
        c.update_program_management_account()
            .catalog("AWS")
            .identifier(&pma)
            .revision(revision)
            .display_name("New")
            .send()
    };
    update("1").await.unwrap();
    let err = update("1").await.unwrap_err();
    let Some(UpdateProgramManagementAccountError::ConflictException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(
        e.message,
        format!("revision `1` of program management account `{pma}` is not its current revision `2`")
    );
    update("2").await.unwrap();

    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::EndCustomer).await;
    let err = c.delete_program_management_account().catalog("AWS").identifier(&pma).send().await.unwrap_err();
    let Some(DeleteProgramManagementAccountError::ConflictException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(e.resource_id, pma);
    c.delete_relationship()
        .catalog("AWS")
        .identifier(&rs)
        .program_management_account_identifier(&pma)
        .send()
        .await
        .unwrap();
    c.delete_program_management_account().catalog("AWS").identifier(&pma).send().await.unwrap();
}

// ---- pagination -----------------------------------------------------------------------------

#[tokio::test]
async fn the_paginator_walks_every_page_of_a_filtered_listing() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let mut expected = Vec::new();
    for n in 0..5 {
        let (rs, _) = relationship(c, "AWS", &pma, &format!("55556666000{n}"), AssociationType::EndCustomer).await;
        let id = c
            .create_channel_handshake()
            .handshake_type(HandshakeType::RevokeServicePeriod)
            .catalog("AWS")
            .associated_resource_identifier(&rs)
            .send()
            .await
            .unwrap()
            .into_inner()
            .channel_handshake_detail
            .unwrap()
            .id
            .unwrap();
        expected.push(id);
    }
    // One of another type, which the listing leaves out.
    c.create_channel_handshake()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier(&pma)
        .send()
        .await
        .unwrap();

    let before = s.endpoint.requests();
    let ids: Vec<String> = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .into_paginator()
        .page_size(2)
        .items()
        .map_ok(|item| item.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, expected);
    assert_eq!(s.endpoint.requests() - before, 3, "pages of 2, 2 and 1");

    // The same walk, newest change first.
    let sorted: Vec<String> = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .handshake_type_sort(ListChannelHandshakesTypeSort::RevokeServicePeriodTypeSort(RevokeServicePeriodTypeSort {
            sort_order: SortOrder::Descending,
            sort_by: RevokeServicePeriodTypeSortName::UpdatedAt,
        }))
        .into_paginator()
        .page_size(2)
        .items()
        .map_ok(|item| item.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sorted, expected.iter().rev().cloned().collect::<Vec<_>>());
}

#[tokio::test]
async fn a_token_continues_only_the_listing_it_came_from() {
    let s = stand().await;
    let c = &s.client;
    for n in 0..3 {
        pma(c, "AWS", &format!("22223333444{n}")).await;
    }
    let first = c.list_program_management_accounts().catalog("AWS").max_results(2).send().await.unwrap().into_inner();
    let token = first.next_token.unwrap();
    // Another page size is the same listing.
    let rest =
        c.list_program_management_accounts().catalog("AWS").max_results(5).next_token(&token).send().await.unwrap();
    assert_eq!(rest.items.as_ref().unwrap().len(), 1);

    let err = c
        .list_program_management_accounts()
        .catalog("AWS")
        .programs(vec![Program::Distribution])
        .next_token(&token)
        .send()
        .await
        .unwrap_err();
    let Some(ListProgramManagementAccountsError::ValidationException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(e.field_list.as_ref().unwrap()[0].name, "nextToken");
    let err = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .next_token(&token)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err.service_error(), Some(ListChannelHandshakesError::ValidationException(_))), "{err:?}");
}

// ---- idempotency ----------------------------------------------------------------------------

#[tokio::test]
async fn the_same_client_token_and_input_give_the_same_result_once() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let input = CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier(&pma)
        .client_token("retry-me")
        .build()
        .unwrap();
    let first = c.send(input.clone()).await.unwrap().into_inner();
    let again = c.send(input.clone()).await.unwrap().into_inner();
    assert_eq!(first, again);
    assert_eq!(handshake_statuses(c, HandshakeType::ProgramManagementAccount).await.len(), 1, "no duplicate");

    // Without the token it is a new request, which meets the pending one.
    let err = c.send(CreateChannelHandshake { client_token: None, ..input.clone() }).await.unwrap_err();
    assert!(matches!(err.service_error(), Some(CreateChannelHandshakeError::ConflictException(_))), "{err:?}");

    // The same token with different input is refused, naming what the first call made.
    let different = CreateChannelHandshake { tags: Some(vec![Tag::new("k", "v")]), ..input };
    let err = c.send(different).await.unwrap_err();
    let Some(CreateChannelHandshakeError::ConflictException(e)) = err.service_error() else { panic!("{err:?}") };
    let id = first.channel_handshake_detail.unwrap().id.unwrap();
    assert_eq!((e.resource_id.as_str(), e.resource_type.as_str()), (id.as_str(), "ChannelHandshake"));
    assert_eq!(
        e.message,
        "the client token `retry-me` was already used for CreateChannelHandshake with different input"
    );

    // A token is per operation.
    let create = |token: &str| CreateProgramManagementAccount {
        catalog: "AWS".into(),
        program: Program::Distribution,
        display_name: "Dist".into(),
        account_id: "333344445555".into(),
        client_token: Some(token.into()),
        tags: None,
        r#type: None,
    };
    let made = c.send(create("retry-me")).await.unwrap().into_inner();
    assert_eq!(c.send(create("retry-me")).await.unwrap().into_inner(), made);
    let listed = c.list_program_management_accounts().catalog("AWS").send().await.unwrap().into_inner();
    assert_eq!(listed.items.unwrap().len(), 2);
}

#[tokio::test]
async fn a_retried_delete_or_cancel_succeeds_again_and_failures_are_not_remembered() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let delete = DeleteProgramManagementAccount {
        catalog: "AWS".into(),
        identifier: pma.clone(),
        client_token: Some("delete-once".into()),
    };
    c.send(delete.clone()).await.unwrap();
    c.send(delete.clone()).await.expect("a retry of a delete that succeeded succeeds");
    let fresh = DeleteProgramManagementAccount { client_token: Some("another".into()), ..delete };
    let err = c.send(fresh).await.unwrap_err();
    assert!(matches!(err.service_error(), Some(DeleteProgramManagementAccountError::ResourceNotFoundException(_))));

    // A call that failed did nothing, so its token is free to succeed later.
    let (pma, _) = pma_in(c, "AWS").await;
    let create = CreateRelationship::builder()
        .catalog("AWS")
        .association_type(AssociationType::EndCustomer)
        .program_management_account_identifier("pma-00000000000zz")
        .display_name("Later")
        .sector(Sector::Commercial)
        .client_token("later")
        .build()
        .unwrap();
    assert!(c.send(create.clone()).await.is_err());
    let made = c.send(CreateRelationship { program_management_account_identifier: pma, ..create }).await.unwrap();
    assert!(made.relationship_detail.is_some());
}

// ---- unknown ids and business rules ---------------------------------------------------------

#[tokio::test]
async fn unknown_ids_are_resource_not_found_with_their_id_and_type() {
    let s = stand().await;
    let c = &s.client;
    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::EndCustomer).await;

    let err = c.accept_channel_handshake().catalog("AWS").identifier("ch-0000000000042").send().await.unwrap_err();
    let Some(AcceptChannelHandshakeError::ResourceNotFoundException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(e.message, "channel handshake `ch-0000000000042` was not found");
    assert_eq!(
        (e.resource_id.as_deref(), e.resource_type.as_deref()),
        (Some("ch-0000000000042"), Some("ChannelHandshake"))
    );

    let err = c.get_channel_contract().catalog("AWS").identifier("cc-0000000000042").send().await.unwrap_err();
    let Some(GetChannelContractError::ResourceNotFoundException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.resource_type.as_deref(), Some("ChannelContract"));

    let err =
        c.update_program_management_account().catalog("AWS").identifier("pma-0000000000042").send().await.unwrap_err();
    assert!(matches!(err.service_error(), Some(UpdateProgramManagementAccountError::ResourceNotFoundException(_))));

    // A resource is found only in its catalog, and a relationship only under its account.
    let err = c.update_program_management_account().catalog("Sandbox").identifier(&pma).send().await.unwrap_err();
    assert!(matches!(err.service_error(), Some(UpdateProgramManagementAccountError::ResourceNotFoundException(_))));
    let (other, _) = pma_in(c, "AWS").await;
    let err = c
        .get_relationship()
        .catalog("AWS")
        .program_management_account_identifier(&other)
        .identifier(&rs)
        .send()
        .await
        .unwrap_err();
    let Some(GetRelationshipError::ResourceNotFoundException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.resource_id.as_deref(), e.resource_type.as_deref()), (Some(rs.as_str()), Some("Relationship")));
    let err = c
        .delete_relationship()
        .catalog("AWS")
        .program_management_account_identifier(&pma)
        .identifier("rs-0000000000042")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err.service_error(), Some(DeleteRelationshipError::ResourceNotFoundException(_))));

    // A handshake about a resource that does not exist is refused too.
    let err = c
        .create_channel_handshake()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("AWS")
        .associated_resource_identifier("rs-0000000000042")
        .send()
        .await
        .unwrap_err();
    let Some(CreateChannelHandshakeError::ResourceNotFoundException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(e.resource_type.as_deref(), Some("Relationship"));
}

#[tokio::test]
async fn business_rules_are_validation_exceptions_with_a_field_list() {
    let s = stand().await;
    let c = &s.client;
    let err = c
        .create_program_management_account()
        .catalog("AWS")
        .program(Program::ManagedServicesProvider)
        .display_name("MSP")
        .account_id("222233334444")
        .send()
        .await
        .unwrap_err();
    let Some(CreateProgramManagementAccountError::ValidationException(e)) = err.service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(e.reason, ValidationExceptionReason::BusinessValidationFailed);
    assert_eq!(e.message, "1 invalid member: `type` is required for the `MANAGED_SERVICES_PROVIDER` program");
    let [field] = e.field_list.clone().unwrap().try_into().unwrap();
    assert_eq!((field.name.as_str(), field.code.as_str()), ("type", "invalidValue"));

    let err = c.list_program_management_accounts().catalog("Marketplace").send().await.unwrap_err();
    assert!(err.to_string().contains("`catalog` must be `AWS` or `Sandbox`"), "{err}");

    let (pma, _) = pma(c, "AWS", "222233334444").await;
    let (rs, _) = relationship(c, "AWS", &pma, "555566667777", AssociationType::EndCustomer).await;
    let start = |payload| {
        c.create_channel_handshake()
            .handshake_type(HandshakeType::StartServicePeriod)
            .catalog("AWS")
            .associated_resource_identifier(&rs)
            .set_payload(payload)
            .send()
    };
    let err = start(None).await.unwrap_err();
    let Some(CreateChannelHandshakeError::ValidationException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.field_list.as_ref().unwrap()[0].name, "payload");
    let revoke = ChannelHandshakePayload::RevokeServicePeriodPayload(RevokeServicePeriodPayload {
        program_management_account_identifier: pma.clone(),
        note: None,
    });
    let err = start(Some(revoke)).await.unwrap_err();
    assert!(err.to_string().contains("`payload` does not fit a `START_SERVICE_PERIOD` handshake"), "{err}");
    let (other, _) = pma_in(c, "AWS").await;
    let elsewhere = ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
        program_management_account_identifier: other,
        note: None,
        service_period_type: ServicePeriodType::MinimumNoticePeriod,
        minimum_notice_days: Some("30".into()),
        end_date: None,
    });
    let err = start(Some(elsewhere)).await.unwrap_err();
    let Some(CreateChannelHandshakeError::ValidationException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(
        e.field_list.as_ref().unwrap()[0].name,
        "payload.startServicePeriodPayload.programManagementAccountIdentifier"
    );

    // A contract needs a managed services relationship.
    let err = create_contract_err(c, &pma, &rs).await;
    assert!(err.contains("must name a `MANAGED_SERVICES_END_CUSTOMER` relationship"), "{err}");

    // Filters must fit the listed type.
    let err = c
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .handshake_type_filters(ListChannelHandshakesTypeFilters::ProgramManagementAccountTypeFilters(
            ProgramManagementAccountTypeFilters { programs: None },
        ))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err.service_error(), Some(ListChannelHandshakesError::ValidationException(_))), "{err:?}");
}

// ---- the library API ------------------------------------------------------------------------

#[tokio::test]
async fn an_endpoint_of_its_own_and_a_handler_of_yours_over_the_stand_in() {
    use aws_operation_partnercentral_channel::relationships::GetRelationshipOutput;

    // The shortest way, for a test that only talks to it.
    let endpoint = LocalEndpoint::partnercentral_channel(credentials()).start().await.unwrap();
    let (id, arn) = pma(&client(&endpoint), "AWS", "222233334444").await;
    assert_eq!((id.as_str(), arn.as_str()), ("pma-0000000000001", pma_arn("AWS", "pma-0000000000001").as_str()));
    endpoint.shutdown().await;

    // A handler registered afterwards replaces the stand-in's, e.g. to throttle.
    let simulator = Simulator::builder().account_id("444455556666").build().unwrap();
    let endpoint = simulator
        .endpoint(credentials())
        .handle(|_: GetRelationship| async {
            Err::<GetRelationshipOutput, _>(GetRelationshipError::ThrottlingException(ThrottlingException {
                message: "slow down".into(),
                service_code: None,
                quota_code: None,
            }))
        })
        .start()
        .await
        .unwrap();
    let c = client(&endpoint);
    let (pma, arn) = pma(&c, "AWS", "222233334444").await;
    assert!(arn.contains(":444455556666:"), "{arn}");
    assert_eq!(simulator.account_id(), "444455556666");
    let err = c
        .get_relationship()
        .catalog("AWS")
        .program_management_account_identifier(&pma)
        .identifier("rs-0000000000001")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Service(ref e) if matches!(e.error, GetRelationshipError::ThrottlingException(_))));
    assert!(format!("{simulator:?}").contains("program_management_accounts: 1"));

    let bad = Simulator::builder().account_id("12345").build().unwrap_err();
    assert_eq!(bad.to_string(), "`account_id` must be 12 digits, got `12345`");
}
