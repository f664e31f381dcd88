//! `Publish` and `PublishBatch`: each message checked as SNS checks it (its body, subject,
//! structure, attributes and, on FIFO topics, group and deduplication ids), then kept.

use std::collections::{BTreeMap, BTreeSet};

use aws_operation_sns::{
    BatchResultErrorEntry, MessageAttributeValue, Publish, PublishBatch, PublishBatchOutput, PublishBatchResultEntry,
    PublishOutput,
};

use super::Published;
use super::store::{Failure, Store, Topic, invalid, new_id};

/// The most a message may be, with its attributes (and a batch, all its messages): 256 KiB.
const MAX_SIZE: usize = 256 * 1024;

/// How long a FIFO topic remembers a deduplication id, in seconds.
const DEDUPLICATION_INTERVAL: f64 = 300.0;

/// One message to publish, as `Publish` and a batch entry both give it.
struct Message {
    message: String,
    subject: Option<String>,
    message_structure: Option<String>,
    message_attributes: BTreeMap<String, MessageAttributeValue>,
    message_group_id: Option<String>,
    message_deduplication_id: Option<String>,
}

impl Store {
    pub(crate) fn publish(&mut self, input: Publish) -> Result<PublishOutput, Failure> {
        let message = Message {
            message: input.message,
            subject: input.subject,
            message_structure: input.message_structure,
            message_attributes: input.message_attributes.unwrap_or_default(),
            message_group_id: input.message_group_id,
            message_deduplication_id: input.message_deduplication_id,
        };
        let size = check(&message)?;
        if size > MAX_SIZE {
            return Err(invalid("Message too long"));
        }
        let now = (self.clock)().as_secs_f64();
        match (input.topic_arn, input.target_arn, input.phone_number) {
            // A target that is no topic is a mobile endpoint, of which this stand-in has none.
            (None, Some(arn), None) if arn.contains(":endpoint/") => Err(Failure::NotFound("Endpoint does not exist")),
            (Some(arn), None, None) | (None, Some(arn), None) => {
                let topic = self.topic_mut(&arn, "TopicArn")?;
                let (message_id, sequence_number) = topic.keep(message, now)?;
                Ok(PublishOutput { message_id: Some(message_id), sequence_number })
            }
            (None, None, Some(number)) => {
                let digits = number.strip_prefix('+').unwrap_or_default();
                if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(invalid(format!("PhoneNumber Reason: {number} is not valid to publish to")));
                }
                let message_id = new_id();
                let published = message.published(message_id.clone(), None);
                self.texts.entry(number).or_default().push(published);
                Ok(PublishOutput { message_id: Some(message_id), sequence_number: None })
            }
            (None, None, None) => Err(invalid("TopicArn or TargetArn Reason: no value for required parameter")),
            _ => Err(invalid("TopicArn Reason: Only one of TopicArn, TargetArn or PhoneNumber may be given")),
        }
    }

    pub(crate) fn publish_batch(&mut self, input: PublishBatch) -> Result<PublishBatchOutput, Failure> {
        let entries = input.publish_batch_request_entries;
        if entries.is_empty() {
            return Err(Failure::EmptyBatch);
        }
        if entries.len() > 10 {
            return Err(Failure::TooManyEntries);
        }
        let mut ids = BTreeSet::new();
        for entry in &entries {
            let well_formed = !entry.id.is_empty()
                && entry.id.len() <= 80
                && entry.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !well_formed {
                return Err(Failure::InvalidBatchEntryId);
            }
            if !ids.insert(entry.id.as_str()) {
                return Err(Failure::IdsNotDistinct);
            }
        }
        let now = (self.clock)().as_secs_f64();
        let topic = self.topic_mut(&input.topic_arn, "TopicArn")?;
        let mut checked = Vec::with_capacity(entries.len());
        let mut total = 0;
        for entry in entries {
            let message = Message {
                message: entry.message,
                subject: entry.subject,
                message_structure: entry.message_structure,
                message_attributes: entry.message_attributes.unwrap_or_default(),
                message_group_id: entry.message_group_id,
                message_deduplication_id: entry.message_deduplication_id,
            };
            let result = check(&message).and_then(|size| topic.check_fifo(&message).map(|()| size));
            total += result.as_ref().map_or(0, |size| *size);
            checked.push((entry.id, message, result));
        }
        if total > MAX_SIZE {
            return Err(Failure::BatchTooLong);
        }
        let (mut successful, mut failed) = (Vec::new(), Vec::new());
        for (id, message, result) in checked {
            match result.and_then(|_| topic.keep(message, now)) {
                Ok((message_id, sequence_number)) => successful.push(PublishBatchResultEntry {
                    id: Some(id),
                    message_id: Some(message_id),
                    sequence_number,
                }),
                Err(failure) => failed.push(BatchResultErrorEntry {
                    id,
                    code: "InvalidParameter".to_owned(),
                    message: match failure {
                        Failure::InvalidParameter(message) => Some(message),
                        other => Some(format!("{other:?}")),
                    },
                    sender_fault: true,
                }),
            }
        }
        Ok(PublishBatchOutput { successful: Some(successful), failed: Some(failed) })
    }
}

impl Topic {
    /// FIFO's rules: a group id on every message, and a deduplication id unless the topic
    /// deduplicates by content.
    fn check_fifo(&self, message: &Message) -> Result<(), Failure> {
        if !self.fifo {
            return Ok(());
        }
        if message.message_group_id.as_deref().is_none_or(str::is_empty) {
            return Err(invalid("The MessageGroupId parameter is required for FIFO topics"));
        }
        let by_content = self.attributes.get("ContentBasedDeduplication").is_some_and(|v| v == "true");
        if message.message_deduplication_id.is_none() && !by_content {
            return Err(invalid(
                "The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided \
                 explicitly",
            ));
        }
        Ok(())
    }

    /// Keeps `message` (checked already but for FIFO's rules): its message id and, on a FIFO
    /// topic, its sequence number. A FIFO message whose deduplication id was seen within five
    /// minutes is not kept again: it answers with the first one's ids, as SNS does.
    fn keep(&mut self, message: Message, now: f64) -> Result<(String, Option<String>), Failure> {
        self.check_fifo(&message)?;
        if !self.fifo {
            let message_id = new_id();
            self.published.push(message.published(message_id.clone(), None));
            return Ok((message_id, None));
        }
        let deduplication_id = message.message_deduplication_id.clone().unwrap_or_else(|| {
            let digest = ring::digest::digest(&ring::digest::SHA256, message.message.as_bytes());
            digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
        });
        self.deduplicated.retain(|_, (at, _, _)| now - *at < DEDUPLICATION_INTERVAL);
        if let Some((_, message_id, sequence)) = self.deduplicated.get(&deduplication_id) {
            return Ok((message_id.clone(), Some(sequence.clone())));
        }
        self.sequence += 1;
        let sequence = format!("{:020}", self.sequence);
        let message_id = new_id();
        self.deduplicated.insert(deduplication_id, (now, message_id.clone(), sequence.clone()));
        self.published.push(message.published(message_id.clone(), Some(sequence.clone())));
        Ok((message_id, Some(sequence)))
    }
}

impl Message {
    fn published(self, message_id: String, sequence_number: Option<String>) -> Published {
        Published {
            message_id,
            message: self.message,
            subject: self.subject,
            message_structure: self.message_structure,
            message_attributes: self.message_attributes,
            message_group_id: self.message_group_id,
            message_deduplication_id: self.message_deduplication_id,
            sequence_number,
        }
    }
}

/// What SNS checks of any message: a body, a subject of up to 100 printable ASCII characters
/// on one line, a `json` structure with a `default` entry, well-formed attributes. Its size,
/// attributes included.
fn check(message: &Message) -> Result<usize, Failure> {
    if message.message.is_empty() {
        return Err(invalid("Empty message"));
    }
    if let Some(subject) = &message.subject {
        let printable = subject.bytes().all(|b| (b' '..=b'~').contains(&b));
        if subject.is_empty() || subject.len() > 100 || !printable {
            return Err(invalid("Subject"));
        }
    }
    match message.message_structure.as_deref() {
        None => {}
        Some("json") => match serde_json::from_str::<serde_json::Value>(&message.message) {
            Ok(serde_json::Value::Object(entries)) if entries.get("default").is_some_and(|d| d.is_string()) => {}
            Ok(serde_json::Value::Object(_)) => {
                return Err(invalid("Message Structure - No default entry in JSON message body"));
            }
            _ => return Err(invalid("Message Structure - JSON message body failed to parse")),
        },
        Some(_) => return Err(invalid("MessageStructure must be 'json' if provided")),
    }
    let attributes = check_attributes(&message.message_attributes).map_err(|reason| {
        Failure::InvalidParameter(format!("Invalid parameter: MessageAttributes Reason: {reason}"))
    })?;
    Ok(message.message.len() + attributes)
}

/// SNS's rules for message attributes, the reason one breaks them: at most 10; names of up to
/// 256 letters, digits, `_`, `-` and `.` (no `..`, none first or last, no `AWS.` or `Amazon.`);
/// a type of `String`, `Number` or `Binary` (`String.Array` too, and each with a custom
/// `.suffix`) with the value of its kind. Their size: names, types and values.
fn check_attributes(attributes: &BTreeMap<String, MessageAttributeValue>) -> Result<usize, String> {
    if attributes.len() > 10 {
        return Err(format!("Number of message attributes [{}] exceeds the allowed maximum [10].", attributes.len()));
    }
    let mut size = 0;
    for (name, value) in attributes {
        let lower = name.to_ascii_lowercase();
        let well_formed = !name.is_empty()
            && name.len() <= 256
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            && !name.starts_with('.')
            && !name.ends_with('.')
            && !name.contains("..")
            && !lower.starts_with("aws.")
            && !lower.starts_with("amazon.");
        if !well_formed {
            return Err(format!("The message attribute name '{name}' is invalid."));
        }
        let data_type = value.data_type.as_str();
        let base = data_type.split('.').next().unwrap_or_default();
        let string = value.string_value.as_deref();
        match base {
            "String" | "Number" => {
                if value.binary_value.is_some() && string.is_none() {
                    return Err(format!("The message attribute '{name}' with type '{base}' must use field 'String'."));
                }
                let Some(text) = string.filter(|s| !s.is_empty()) else {
                    return Err(format!(
                        "The message attribute '{name}' must contain non-empty message attribute value for message \
                         attribute type '{base}'."
                    ));
                };
                if base == "Number" && !text.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                    return Err(format!("Could not cast message attribute '{name}' value to number."));
                }
                let array = data_type == "String.Array" || data_type.starts_with("String.Array.");
                if array && !matches!(serde_json::from_str(text), Ok(serde_json::Value::Array(_))) {
                    return Err(format!(
                        "The message attribute '{name}' with type 'String.Array' must be a JSON array."
                    ));
                }
                size += text.len();
            }
            "Binary" => {
                let Some(bytes) = value.binary_value.as_ref().filter(|_| string.is_none()) else {
                    return Err(format!("The message attribute '{name}' with type 'Binary' must use field 'Binary'."));
                };
                size += bytes.0.len();
            }
            _ => {
                return Err(format!(
                    "The message attribute '{name}' has an invalid message attribute type, the set of supported type \
                     prefixes is Binary, Number, and String."
                ));
            }
        }
        size += name.len() + data_type.len();
    }
    Ok(size)
}

#[cfg(test)]
mod tests {
    use aws_operation::Blob;

    use super::*;

    fn one(name: &str, value: MessageAttributeValue) -> Result<usize, String> {
        check_attributes(&BTreeMap::from([(name.to_owned(), value)]))
    }

    #[test]
    fn attributes_are_checked_as_sns_checks_them() {
        assert_eq!(one("n", MessageAttributeValue::number(42)), Ok(1 + 6 + 2));
        assert!(one("colour.v2", MessageAttributeValue::string("blue")).is_ok());
        assert!(one("b", MessageAttributeValue::binary(vec![0, 255])).is_ok());
        let kind = |data_type: &str, string: Option<&str>, binary: Option<Vec<u8>>| MessageAttributeValue {
            data_type: data_type.to_owned(),
            string_value: string.map(str::to_owned),
            binary_value: binary.map(Blob),
        };
        let err = one("n", kind("Number", Some("many"), None)).unwrap_err();
        assert_eq!(err, "Could not cast message attribute 'n' value to number.");
        assert!(one("s", kind("String", None, None)).unwrap_err().contains("non-empty message attribute value"));
        assert!(one("b", kind("Binary", Some("x"), None)).unwrap_err().contains("must use field 'Binary'"));
        assert!(one("d", kind("Date", Some("x"), None)).unwrap_err().contains("invalid message attribute type"));
        assert!(one("a", kind("String.Array", Some("[\"x\",1]"), None)).is_ok());
        assert!(one("a", kind("String.Array", Some("x"), None)).is_err());
        assert!(one("s", kind("String.custom", Some("x"), None)).is_ok());
        for name in ["AWS.x", "amazon.y", ".a", "a.", "a..b", "a b", ""] {
            assert!(one(name, MessageAttributeValue::string("v")).is_err(), "{name}");
        }
        let eleven = (0..11).map(|i| (format!("a{i}"), MessageAttributeValue::string("v"))).collect();
        assert!(check_attributes(&eleven).unwrap_err().contains("[11]"));
    }
}
