//! `CreateTopic`, `SetTopicAttributes`, `DeleteTopic` and `ListTopics`.

use std::collections::BTreeMap;

use aws_operation_sns::{
    CreateTopic, CreateTopicOutput, DeleteTopic, DeleteTopicOutput, ListTopics, ListTopicsOutput, SetTopicAttributes,
    SetTopicAttributesOutput, Topic as ListedTopic,
};

use super::store::{Failure, PAGE, Store, Topic, after, invalid, tag_map, token};

/// The attributes `CreateTopic` takes; all but `FifoTopic` may be changed later.
const ATTRIBUTES: [&str; 11] = [
    "ArchivePolicy",
    "ContentBasedDeduplication",
    "DataProtectionPolicy",
    "DeliveryPolicy",
    "DisplayName",
    "FifoThroughputScope",
    "FifoTopic",
    "KmsMasterKeyId",
    "Policy",
    "SignatureVersion",
    "TracingConfig",
];

impl Store {
    pub(crate) fn create_topic(&mut self, input: CreateTopic) -> Result<CreateTopicOutput, Failure> {
        let mut attributes = input.attributes.unwrap_or_default();
        if let Some(policy) = input.data_protection_policy {
            attributes.insert("DataProtectionPolicy".to_owned(), policy);
        }
        let fifo = match attributes.get("FifoTopic").map(String::as_str) {
            None | Some("false") => false,
            Some("true") => true,
            Some(_) => return Err(invalid("Attributes Reason: FifoTopic must be true or false")),
        };
        if !is_topic_name(&input.name, fifo) {
            return Err(invalid("Topic Name"));
        }
        for (name, value) in &attributes {
            check_attribute(name, value, fifo)?;
        }
        let tags = input.tags.unwrap_or_default();
        if tags.len() > 50 {
            return Err(invalid("Tags Reason: Could not complete request: tag quota of per resource exceeded"));
        }
        if let Some(topic) = self.topics.get(&input.name) {
            // The same name is the same topic, if what is asked of it agrees with what it has.
            let same = |name: &String, value: &String| {
                topic.attributes.get(name) == Some(value) || (name == "FifoTopic" && value == "false" && !topic.fifo)
            };
            if !attributes.iter().all(|(name, value)| same(name, value)) {
                return Err(invalid("Attributes Reason: Topic already exists with different attributes"));
            }
            if !tags.is_empty() && tag_map(&tags) != topic.tags {
                return Err(invalid("Tags Reason: Topic already exists with different tags"));
            }
            return Ok(CreateTopicOutput { topic_arn: Some(topic.arn.clone()) });
        }
        let arn = self.topic_arn(&input.name);
        self.topics.insert(
            input.name,
            Topic {
                arn: arn.clone(),
                fifo,
                attributes,
                tags: tag_map(&tags),
                subscriptions: BTreeMap::new(),
                published: Vec::new(),
                sequence: 0,
                deduplicated: BTreeMap::new(),
            },
        );
        Ok(CreateTopicOutput { topic_arn: Some(arn) })
    }

    pub(crate) fn set_topic_attributes(
        &mut self,
        input: SetTopicAttributes,
    ) -> Result<SetTopicAttributesOutput, Failure> {
        let topic = self.topic_mut(&input.topic_arn, "TopicArn")?;
        if input.attribute_name == "FifoTopic" || !ATTRIBUTES.contains(&input.attribute_name.as_str()) {
            return Err(invalid("AttributeName"));
        }
        let value = input.attribute_value.unwrap_or_default();
        check_attribute(&input.attribute_name, &value, topic.fifo)?;
        topic.attributes.insert(input.attribute_name, value);
        Ok(SetTopicAttributesOutput {})
    }

    pub(crate) fn delete_topic(&mut self, input: DeleteTopic) -> Result<DeleteTopicOutput, Failure> {
        // A topic that is not there is deleted already: SNS answers as for one that was.
        match self.topic_name(&input.topic_arn, "TopicArn") {
            Ok(name) => {
                let name = name.to_owned();
                self.topics.remove(&name);
            }
            Err(Failure::NotFound(_)) => {}
            Err(failure) => return Err(failure),
        }
        Ok(DeleteTopicOutput {})
    }

    pub(crate) fn list_topics(&mut self, input: ListTopics) -> Result<ListTopicsOutput, Failure> {
        let start = input.next_token.as_deref().map(after).transpose()?;
        let rest = self.topics.iter().filter(|(name, _)| start.as_ref().is_none_or(|start| *name > start));
        let page: Vec<(&String, &Topic)> = rest.take(PAGE + 1).collect();
        let next_token = (page.len() > PAGE).then(|| token(page[PAGE - 1].0));
        let topics = page.iter().take(PAGE).map(|(_, t)| ListedTopic { topic_arn: Some(t.arn.clone()) }).collect();
        Ok(ListTopicsOutput { topics: Some(topics), next_token })
    }
}

/// SNS's topic names: 1 to 256 letters, digits, hyphens and underscores, ending in `.fifo`
/// (which counts) exactly when the topic is FIFO.
fn is_topic_name(name: &str, fifo: bool) -> bool {
    let stem = if fifo {
        match name.strip_suffix(".fifo") {
            Some(stem) => stem,
            None => return false,
        }
    } else {
        name
    };
    !stem.is_empty() && name.len() <= 256 && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The rules SNS checks of an attribute's value: names it knows, `DisplayName` up to 100
/// characters, booleans that are booleans, policies that are JSON, FIFO's own attributes on FIFO
/// topics only.
fn check_attribute(name: &str, value: &str, fifo: bool) -> Result<(), Failure> {
    let reason = |why: &str| Err(invalid(format!("Attributes Reason: {why}")));
    match name {
        _ if !ATTRIBUTES.contains(&name) => reason(&format!("Unknown attribute {name}")),
        "DisplayName" if value.chars().count() > 100 => reason("DisplayName must be at most 100 characters"),
        "ContentBasedDeduplication" | "FifoThroughputScope" if !fifo => {
            reason(&format!("{name} can only be set for FIFO topics"))
        }
        "ContentBasedDeduplication" if value != "true" && value != "false" => {
            reason("ContentBasedDeduplication must be true or false")
        }
        "FifoThroughputScope" if value != "Topic" && value != "MessageGroup" => {
            reason("FifoThroughputScope must be Topic or MessageGroup")
        }
        "SignatureVersion" if value != "1" && value != "2" => reason("SignatureVersion must be 1 or 2"),
        "Policy" | "DeliveryPolicy" | "DataProtectionPolicy" | "ArchivePolicy"
            if serde_json::from_str::<serde_json::Value>(value).is_err() =>
        {
            reason(&format!("{name}: failed to parse JSON"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_names_follow_sns_rules() {
        assert!(is_topic_name("orders_2-x", false));
        assert!(is_topic_name("orders.fifo", true));
        assert!(!is_topic_name("orders.fifo", false), "a `.` outside FIFO");
        assert!(!is_topic_name("orders", true), "FIFO without `.fifo`");
        assert!(!is_topic_name(".fifo", true) && !is_topic_name("", false));
        assert!(is_topic_name(&"a".repeat(256), false) && !is_topic_name(&"a".repeat(257), false));
        assert!(!is_topic_name(&format!("{}.fifo", "a".repeat(252)), true));
    }
}
