//! The runtime's pattern matching (a walk of the tree the macros compile, `regex-lite` past its
//! step budget) against the `regex` crate's, for every pattern of every slice: strings the
//! `regex` crate generates from the pattern, the same strings edited, and random ones, must be
//! matched alike.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// Each pattern of the slices, as written there, and compiled as the macros compile it.
macro_rules! patterns {
    ($($p:literal),* $(,)?) => {
        vec![$((stringify!($p), $p, aws_operation::__pattern!($p))),*]
    };
}

fn all() -> Vec<(&'static str, &'static str, &'static aws_operation::shape::Pattern)> {
    patterns![
        "^((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})$",
        "^([a-z0-9]+)$",
        "^([a-zA-Z0-9_-]+|arn:aws(|-us-gov|-cn|-iso|-iso-b|-iso-f|-eusc):bedrock:[0-9a-z-]{1,20}:[0-9]{12}:project/[a-zA-Z0-9_-]+)$",
        "^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$",
        "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-contract/)?cc-[a-z0-9]{13}$",
        "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}$",
        "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$",
        "^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}$",
        "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)$|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
        "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$",
        "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{1,20}):(|[0-9]{12}):inference-profile/[a-zA-Z0-9-:.]+)$",
        "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+)$",
        "^(pma|rs)-[a-z0-9]{13}$",
        "^(|([1-9][0-9]{0,7})|(DRAFT))$",
        "^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$",
        "^.*$",
        "^/mnt/[a-zA-Z0-9-_.]+$",
        "^[!-~]*$",
        "^[0-9]*$",
        "^[0-9]{12}$",
        "^[0-9a-zA-Z._-]+$",
        "^[A-Z]{2}$",
        "^[A-Z_, ]+$",
        "^[A-Za-z]+Exception$",
        "^[a-z0-9]{20}-[a-z0-9]{3}$",
        "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$",
        "^[a-zA-Z-,]+$",
        "^[a-zA-Z0-9,-._]+$",
        "^[a-zA-Z0-9_.-]+$",
        "^[^:].*$",
        "^[a-z0-9]{12}$",
        "^[a-zA-Z0-9-_]+$",
        "^[a-zA-Z0-9_-]+$",
        "^[a-zA-Z0-9_.:-]+$",
        "^[a-zA-Z]([a-zA-Z0-9_])+$",
        "^[a-zA-Z]*$",
        "^arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13}|channel-contract/cc-[a-z0-9]{13})$",
        "^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$",
        "^cc-[a-z0-9]{13}$",
        "^ch-[a-z0-9]{13}$",
        "^pma-[a-z0-9]{13}$",
        "^rs-[a-z0-9]{13}$",
        "^sg-[0-9a-zA-Z]*$",
        "^subnet-[0-9a-z]*$",
        r"^((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))$",
        r"^((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))$",
        r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$",
        r"^(\$LATEST|[0-9]+)$",
        r"^(0|([1-9]\d{0,128}))$",
        r"^(0|([1-9]\d{0,38}))$",
        r"^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+",
        r"^arn:aws.*:kinesis:.*:\d{12}:stream/\S+$",
        r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$",
        r"^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$",
        r"^ALL|(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}$",
        r"^[\.\-_/#A-Za-z0-9]+$",
        r"^[\d]*$",
        r"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$",
        r"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$",
        r"^[\s\S]*$",
        r"^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+$",
        r"^[\u0009\u000A\u000D\u0020-\u00FF]+$",
        r"^[\w+=,.@-]*$",
        r"^[\w+=,.@:-]*$",
        r"^[\w+=,.@:\/-]*$",
        r"^[\w+=/:,.@-]*$",
        r"^[\w]*$",
        r"^[\x00-\x7E\xA9\xAE\xA2-\xA5\u202F]+$",
        r"^[^\s@]+@[^\s@]+\.[^\s@]+$",
        r"^[^\s]+$",
        r"^[^\x00-\x1F\x7F\x20]*$",
        r"^[^\x00-\x1F\x7F]*$",
        r"^[a-zA-Z0-9\._:\/=+\-@ ]+$",
        r"^[a-zA-Z0-9\s:_@$#=/+,-.]{0,256}$",
        r"^[a-zA-Z0-9\s:_@$#=/+,-.]{1,256}$",
        r"^\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+$",
        r"^\/?.+\/.+$",
        r"^\p{Z}*[^\p{C}\p{Z}][^\p{C}]*$",
        r"^arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+):(\$LATEST(?:\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)$",
        r"^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})$",
        r"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$",
        r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:code-signing-config:csc-[a-z0-9]{17}$",
        r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_\.]+(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$",
        r"^arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?$",
        r"^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$",
        r"^arn:[^:]+:(s3|s3express):.*$",
        r"^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime/.+$",
        r"^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$",
        r"^arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:capacity-provider:[a-zA-Z0-9-_]+$",
        r"^s3://[a-z0-9][\.\-a-z0-9]{1,61}[a-z0-9](/.*)?$",
    ]
}

/// Every `pattern = "..."` of the slices' sources is in the list above, as written.
#[test]
fn the_list_holds_every_pattern_of_the_slices() {
    let listed: std::collections::BTreeSet<&str> = all().into_iter().map(|(written, _, _)| written).collect();
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("services")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("pattern = ") {
                    let rest = &text[at + "pattern = ".len()..];
                    let literal = literal_at(rest);
                    if !listed.contains(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "patterns to add to tests/patterns.rs: {missing:#?}");
}

/// The string literal at the start of `text`, as written (`"..."` or `r"..."`, `r#"..."#`).
fn literal_at(text: &str) -> &str {
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let close = format!("\"{}", "#".repeat(hashes));
        let body = 1 + hashes + 1;
        let end = text[body..].find(&close).unwrap() + body + close.len();
        return &text[..end];
    }
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return &text[..=i],
            _ => escaped = false,
        }
    }
    text
}

#[test]
fn every_pattern_matches_as_the_regex_crate_matches() {
    let mut runner = TestRunner::deterministic();
    let alphabet: Vec<char> =
        "aZ09-_.:/=+@ \t\n\r\u{0}\u{7f}\u{a0}é中\u{202f}\u{1F600}$*()[]arn:awsLATEST".chars().collect();
    let mut checked = 0;
    for (written, pattern, compiled) in all() {
        let oracle = regex::Regex::new(pattern).unwrap_or_else(|e| panic!("{written}: {e}"));
        let mut candidates: Vec<String> = Vec::new();
        // The generator takes no anchors; what it generates matches the rest.
        let body = pattern.strip_prefix('^').unwrap_or(pattern);
        let body = if body.ends_with('$') && !body.ends_with("\\$") { &body[..body.len() - 1] } else { body };
        if let Ok(generator) = proptest::string::string_regex(body) {
            for _ in 0..48 {
                let Ok(tree) = generator.new_tree(&mut runner) else { continue };
                let s = tree.current();
                // The same, edited: a character dropped, one added, one changed.
                let chars: Vec<char> = s.chars().collect();
                let pick = |n: usize| (s.len() * 31 + n * 17) % (chars.len().max(1));
                if !chars.is_empty() {
                    let mut dropped = chars.clone();
                    dropped.remove(pick(1));
                    candidates.push(dropped.into_iter().collect());
                    let mut changed = chars.clone();
                    changed[pick(2)] = alphabet[(s.len() + 3) % alphabet.len()];
                    candidates.push(changed.into_iter().collect());
                }
                candidates.push(format!("{s}{}", alphabet[s.len() % alphabet.len()]));
                candidates.push(s);
            }
        }
        for n in 0..48usize {
            let len = n % 20;
            candidates.push((0..len).map(|i| alphabet[(n * 7 + i * 13 + i * i) % alphabet.len()]).collect());
        }
        for s in &candidates {
            assert_eq!(compiled.is_match(s), oracle.is_match(s), "{written} on {s:?}");
            checked += 1;
        }
    }
    assert!(checked > 5_000, "{checked}");
}
