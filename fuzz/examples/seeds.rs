//! Writes the seed corpora (`fuzz/seeds/<target>/`) and dictionaries (`fuzz/dict/<target>.dict`)
//! from the operations' schemas: `cargo run --manifest-path fuzz/Cargo.toml --example seeds`.
//! The XML targets' `vector-*` seeds are written too, from botocore's query, ec2 and rest-xml
//! output vectors (`tests/fixtures/conformance/protocols/output/{query,ec2,rest-xml}.json`):
//! their responses for `query_response`, `ec2_response` and `rest_xml_response`, the query and
//! ec2 bodies for `xml_reader`.

use std::fmt::Write as _;
use std::path::Path;

use aws_operation::http::HttpResponse;

/// The responses of a botocore output vector file, by case id.
fn vectors(root: &Path, protocol: &str) -> std::io::Result<Vec<(String, HttpResponse)>> {
    let path = root.join("../tests/fixtures/conformance/protocols/output").join(format!("{protocol}.json"));
    let suites: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let mut out = Vec::new();
    for case in suites.as_array().into_iter().flatten().flat_map(|s| s["cases"].as_array().into_iter().flatten()) {
        let response = &case["response"];
        let headers = response["headers"].as_object().into_iter().flatten();
        let response = HttpResponse {
            status: response["status_code"].as_u64().and_then(|s| u16::try_from(s).ok()).unwrap_or(200),
            headers: headers.map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect(),
            body: response["body"].as_str().unwrap_or_default().to_owned().into_bytes().into(),
        };
        out.push((case["id"].as_str().unwrap_or("unnamed").to_owned(), response));
    }
    Ok(out)
}

/// The `vector-*` seeds of a target, if botocore's vectors feed it.
fn vector_seeds(root: &Path, target: &str) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let whole = |protocol| -> std::io::Result<Vec<(String, Vec<u8>)>> {
        let cases = vectors(root, protocol)?;
        Ok(cases.into_iter().map(|(id, r)| (id, aws_operation_fuzz::rest_json::encode(&r))).collect())
    };
    match target {
        "query_response" => whole("query"),
        "ec2_response" => whole("ec2"),
        "rest_xml_response" => whole("rest-xml"),
        "xml_reader" => {
            let mut bodies = Vec::new();
            for protocol in ["query", "ec2"] {
                let cases = vectors(root, protocol)?;
                bodies
                    .extend(cases.into_iter().filter(|(_, r)| !r.body.is_empty()).map(|(id, r)| (id, r.body.to_vec())));
            }
            Ok(bodies)
        }
        _ => Ok(Vec::new()),
    }
}

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
        let vectors = vector_seeds(root, target)?;
        for (id, seed) in &vectors {
            std::fs::write(dir.join(format!("vector-{id}")), seed)?;
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
        println!("{target}: {} seeds, {} from botocore's vectors", seeds.len(), vectors.len());
    }
    Ok(())
}
