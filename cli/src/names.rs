//! Command-line names from wire names, as botocore's `xform_name` makes them.

/// `associatedResourceIdentifier` -> `associated-resource-identifier`,
/// `CreateChannelHandshake` -> `create-channel-handshake`, `SSEKMSKeyId` -> `ssekms-key-id`.
pub fn kebab(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_ascii_uppercase() && chars[i - 1] != '-' {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            // botocore: `(.)([A-Z][a-z]+)` then `([a-z0-9])([A-Z])`.
            if prev.is_ascii_lowercase() || prev.is_ascii_digit() || next_lower {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::kebab;

    #[test]
    fn like_botocore() {
        for (wire, cli) in [
            ("catalog", "catalog"),
            ("associatedResourceIdentifier", "associated-resource-identifier"),
            ("CreateChannelHandshake", "create-channel-handshake"),
            ("resourceArn", "resource-arn"),
            ("ListTagsForResource", "list-tags-for-resource"),
            ("SSEKMSKeyId", "ssekms-key-id"),
            ("HTTPStatus2", "http-status2"),
            ("v2Thing", "v2-thing"),
        ] {
            assert_eq!(kebab(wire), cli, "{wire}");
        }
    }
}
