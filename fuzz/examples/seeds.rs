//! Writes the seed corpora (`fuzz/seeds/<target>/`) and dictionaries (`fuzz/dict/<target>.dict`)
//! from the operations' schemas: `cargo run --manifest-path fuzz/Cargo.toml --example seeds`.

use std::fmt::Write as _;
use std::path::Path;

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for target in aws_operation_fuzz::TARGETS {
        let dir = root.join("seeds").join(target);
        std::fs::create_dir_all(&dir)?;
        // The seeds taken from botocore's vectors (`vector-*`) stay; the generated ones are
        // written anew.
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("vector-")) {
                std::fs::remove_file(&path)?;
            }
        }
        let seeds = aws_operation_fuzz::seeds(target);
        for (i, seed) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("{i:03}")), seed)?;
        }
        let mut dict = String::new();
        for word in aws_operation_fuzz::dictionary(target) {
            // libFuzzer's dictionary syntax: a quoted string with `\` and `"` escaped.
            let escaped: String = word
                .chars()
                .map(|c| match c {
                    '\\' => "\\\\".to_owned(),
                    '"' => "\\\"".to_owned(),
                    c => c.to_string(),
                })
                .collect();
            let _ = writeln!(dict, "\"{escaped}\"");
        }
        std::fs::create_dir_all(root.join("dict"))?;
        std::fs::write(root.join("dict").join(format!("{target}.dict")), dict)?;
        println!("{target}: {} seeds", seeds.len());
    }
    Ok(())
}
