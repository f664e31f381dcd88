//! What the cargo features bring into the runtime's dependency tree, as `cargo tree` resolves
//! it from the lock file (offline): the default build speaks HTTP/1.1 only and builds no `h2`,
//! which the `http2` feature brings.

use std::process::Command;

/// The packages of the runtime's normal dependency tree with `features` (`name vX.Y.Z`, a
/// package seen before followed by ` (*)`).
fn runtime_tree(features: &[&str]) -> Vec<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "-p", "aws-operation-runtime", "--offline"])
        .args(["-e", "normal", "--prefix", "none"]);
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    let output = command.output().expect("cargo runs");
    assert!(output.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect()
}

fn has(packages: &[String], name: &str) -> bool {
    packages.iter().any(|p| p.starts_with(&format!("{name} v")))
}

#[test]
fn http2_is_opt_in() {
    let default = runtime_tree(&[]);
    assert!(has(&default, "aws-operation-runtime") && has(&default, "hyper"), "{default:#?}");
    assert!(!has(&default, "h2"), "the default build has h2: {default:#?}");
    let http2 = runtime_tree(&["http2"]);
    assert!(has(&http2, "h2"), "the http2 feature brings no h2: {http2:#?}");
}
