//! Every page of a list operation, merged as the AWS CLI merges them: the items of all pages in
//! one list, the other members of the first page, and `NextToken` to resume from when
//! `--max-items` stopped early. Resume tokens are botocore's: base64 of
//! `{"<inputToken>": ..., "boto_truncate_amount": n}`, one key per input token where the pages
//! are chained by several (S3's `KeyMarker` and `UploadIdMarker`), so a resumed listing can skip
//! the items of a page already printed.

use std::collections::HashSet;

use aws_operation::Client;
use aws_operation::dynamic::{DynError, DynOperation};
use aws_operation::operation::Service;
use aws_operation::schema::PaginatorSchema;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value};

/// The value of each input token, in the paginator's order; all absent on the first page.
type Tokens = Vec<Option<String>>;

/// Where to start: the tokens of the first request and how many of its items to skip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Start {
    pub tokens: Tokens,
    pub skip: usize,
}

/// The paging options of one command.
#[derive(Debug, Clone, Default)]
pub(crate) struct Paging {
    pub max_items: Option<u64>,
    pub page_size: Option<i64>,
    pub start: Start,
}

/// Reads a `--starting-token`.
pub(crate) fn decode(token: &str, paginator: &PaginatorSchema) -> Result<Start, String> {
    let bad = || format!("`--starting-token` is not a token this command printed: `{token}`");
    let bytes = STANDARD.decode(token.trim()).map_err(|_| bad())?;
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(&bytes) else { return Err(bad()) };
    let tokens = paginator
        .input_tokens
        .iter()
        .map(|name| match map.get(*name) {
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Null) | None => Ok(None),
            Some(_) => Err(bad()),
        })
        .collect::<Result<Tokens, String>>()?;
    let skip = match map.get("boto_truncate_amount") {
        Some(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()).ok_or_else(bad)?,
        None => 0,
    };
    Ok(Start { tokens, skip })
}

fn encode(paginator: &PaginatorSchema, tokens: &[Option<String>], skip: Option<usize>) -> String {
    let mut map = Map::new();
    for (i, name) in paginator.input_tokens.iter().enumerate() {
        let token = tokens.get(i).cloned().flatten();
        map.insert((*name).to_owned(), token.map_or(Value::Null, Value::from));
    }
    if let Some(skip) = skip {
        map.insert("boto_truncate_amount".to_owned(), Value::from(skip));
    }
    STANDARD.encode(Value::Object(map).to_string())
}

/// Calls the operation until the last page (or `max_items`), calling `after_call` after each.
pub(crate) async fn all_pages<S: Service>(
    op: &DynOperation<S>,
    client: &Client<S>,
    mut input: Map<String, Value>,
    paginator: &PaginatorSchema,
    paging: &Paging,
    after_call: &mut dyn FnMut(Option<&str>),
) -> Result<Value, DynError> {
    if let (Some(size), Some(member)) = (paging.page_size, paginator.page_size) {
        input.insert(member.to_owned(), Value::from(size));
    }
    let mut tokens = paging.start.tokens.clone();
    let mut skip = paging.start.skip;
    let mut seen = HashSet::new();
    let mut merged: Option<Map<String, Value>> = None;
    let mut items: Option<Vec<Value>> = None;
    let mut total: u64 = 0;
    let mut resume = None;
    loop {
        for (i, name) in paginator.input_tokens.iter().enumerate() {
            match tokens.get(i).cloned().flatten() {
                Some(t) => input.insert((*name).to_owned(), Value::from(t)),
                None => input.remove(*name),
            };
        }
        let called = op.call(client, &Value::Object(input.clone())).await;
        after_call(called.as_ref().ok().and_then(|(_, id)| id.as_deref()));
        let Value::Object(mut page) = called?.0 else {
            return Err(DynError::Other("the output of a page is not an object".to_owned()));
        };
        let next: Tokens = paginator
            .output_tokens
            .iter()
            .map(|name| match page.remove(*name) {
                Some(Value::String(s)) if !s.is_empty() => Some(s),
                _ => None,
            })
            .collect();
        let next = Some(next).filter(|next| next.iter().any(Option::is_some));
        // A page that says no other follows is the last, whatever its token (S3's ListParts).
        let more = paginator.more_results.is_none_or(|flag| page.get(flag) == Some(&Value::Bool(true)));
        let next = next.filter(|_| more);
        let mut page_items = match page.remove(paginator.items) {
            Some(Value::Array(list)) => Some(list),
            _ => None,
        };
        let skipped = std::mem::take(&mut skip);
        if let Some(list) = &mut page_items {
            list.drain(..skipped.min(list.len()));
        }
        merged.get_or_insert(page);
        let count = page_items.as_ref().map_or(0, Vec::len) as u64;
        if let Some(max) = paging.max_items.filter(|max| total + count > *max) {
            let keep = (max - total) as usize;
            if let Some(list) = &mut page_items {
                list.truncate(keep);
            }
            items.get_or_insert_with(Vec::new).extend(page_items.into_iter().flatten());
            resume = Some(encode(paginator, &tokens, Some(keep + skipped)));
            break;
        }
        if let Some(list) = page_items {
            items.get_or_insert_with(Vec::new).extend(list);
        }
        total += count;
        let Some(next) = next else { break };
        if paging.max_items == Some(total) {
            resume = Some(encode(paginator, &next, None));
            break;
        }
        let text = next.iter().map(|t| t.as_deref().unwrap_or_default()).collect::<Vec<_>>().join(" ");
        if !seen.insert(text.clone()) {
            return Err(DynError::Other(format!("pagination stopped: the service repeated the token `{text}`")));
        }
        tokens = next;
    }
    let mut out = merged.unwrap_or_default();
    if let Some(items) = items {
        out.insert(paginator.items.to_owned(), Value::Array(items));
    }
    if let Some(resume) = resume {
        out.insert("NextToken".to_owned(), Value::from(resume));
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(input_tokens: Vec<&'static str>) -> PaginatorSchema {
        PaginatorSchema {
            output_tokens: input_tokens.clone(),
            input_tokens,
            items: "items",
            page_size: None,
            more_results: None,
        }
    }

    #[test]
    fn tokens_round_trip() {
        let p = schema(vec!["nextToken"]);
        let t = encode(&p, &[Some("abc".into())], Some(2));
        assert_eq!(decode(&t, &p), Ok(Start { tokens: vec![Some("abc".into())], skip: 2 }));
        assert_eq!(decode(&encode(&p, &[None], None), &p), Ok(Start { tokens: vec![None], skip: 0 }));
        assert!(decode("not base64!", &p).is_err());
        assert!(decode(&STANDARD.encode("[1]"), &p).is_err());
    }

    #[test]
    fn several_tokens_round_trip_by_name() {
        let p = schema(vec!["KeyMarker", "UploadIdMarker"]);
        let t = encode(&p, &[Some("k".into()), None], None);
        let json: Value = serde_json::from_slice(&STANDARD.decode(&t).unwrap()).unwrap();
        assert_eq!(json, serde_json::json!({"KeyMarker": "k", "UploadIdMarker": null}));
        assert_eq!(decode(&t, &p), Ok(Start { tokens: vec![Some("k".into()), None], skip: 0 }));
        let both = STANDARD.encode(r#"{"UploadIdMarker": "u", "KeyMarker": "k", "boto_truncate_amount": 3}"#);
        assert_eq!(decode(&both, &p), Ok(Start { tokens: vec![Some("k".into()), Some("u".into())], skip: 3 }));
    }
}
