//! Load with small numbers, as CI can afford: callers sharing one client against the stand-in
//! in this process, with no failed call, a bounded connection pool, nothing left open once the
//! client is dropped, and, for creates, the stand-in holding exactly what was created. The full
//! run is `cargo run --release --example load` (README, "Load").

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use futures_util::TryStreamExt;

#[path = "support/load.rs"]
mod load;

use load::{CATALOG, Kind, Plan, Report, Target};

/// The samples count the whole process's descriptors, so the runs take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `plan` against a stand-in in this process; asserts what every run must do and returns
/// the report and the display names of the relationships under the run's program management
/// account, by name.
fn run(plan: Plan) -> (Report, BTreeMap<String, usize>) {
    let _turn = one_at_a_time();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let target = Target::local().await.unwrap();
        let report = load::run(&target, plan).await.unwrap();
        let mut names = BTreeMap::new();
        let mut items = target
            .client()
            .list_relationships()
            .catalog(CATALOG)
            .program_management_account_identifiers(vec![report.pma.clone()])
            .into_paginator()
            .page_size(100)
            .items();
        while let Some(item) = items.try_next().await.unwrap() {
            *names.entry(item.display_name.unwrap()).or_insert(0) += 1;
        }
        drop(items);
        let closed = target.close(&report.start).await.unwrap();
        println!("{}", report.display(&closed));
        let problems = report.problems(&closed, None);
        assert!(problems.is_empty(), "{problems:#?}\n{}", report.display(&closed));
        (report, names)
    })
}

#[test]
fn reads_fail_none_and_keep_a_bounded_pool() {
    let (report, names) = run(Plan { callers: 16, calls: 200, kind: Kind::Read });
    assert_eq!(report.errors, 0);
    // Reads change nothing: the seeded relationships, once each.
    assert_eq!(names.len(), report.seeded, "{names:?}");
    assert!(names.values().all(|n| *n == 1), "{names:?}");
}

#[test]
fn creates_fail_none_and_the_stand_in_holds_each_once() {
    let (report, names) = run(Plan { callers: 8, calls: 100, kind: Kind::Create });
    assert_eq!((report.errors, report.seeded), (0, 0));
    let expected: BTreeMap<String, usize> = (0..8).map(|caller| (format!("load caller {caller}"), 100)).collect();
    assert_eq!(names, expected);
}
