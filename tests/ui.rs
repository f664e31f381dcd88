//! Compile-fail and compile-pass tests of the macros. Compiler messages drift between
//! releases, so the `.stderr` files are checked only on the toolchain they were made with
//! (`rust-toolchain` of CI); regenerate with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let version = std::process::Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !version.starts_with("rustc 1.95.") {
        eprintln!("skipping ui tests: their .stderr files were made with rustc 1.95, this is {version}");
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
