//! `Subscribe` and `ListSubscriptionsByTopic`.

use aws_operation_sns::{
    ListSubscriptionsByTopic, ListSubscriptionsByTopicOutput, Subscribe, SubscribeOutput,
    Subscription as ListedSubscription,
};

use super::store::{Failure, PAGE, Store, Subscription, after, invalid, new_id, token};

/// The attributes a subscription takes.
const ATTRIBUTES: [&str; 7] = [
    "DeliveryPolicy",
    "FilterPolicy",
    "FilterPolicyScope",
    "RawMessageDelivery",
    "RedrivePolicy",
    "ReplayPolicy",
    "SubscriptionRoleArn",
];

/// What `Subscribe` answers, and `ListSubscriptionsByTopic` lists, for a subscription that
/// waits for its endpoint to confirm.
const PENDING: &str = "pending confirmation";

impl Store {
    pub(crate) fn subscribe(&mut self, input: Subscribe) -> Result<SubscribeOutput, Failure> {
        let number = self.next_subscription;
        let topic = self.topic_mut(&input.topic_arn, "TopicArn")?;
        let protocol = input.protocol.as_str();
        let endpoint = input.endpoint.unwrap_or_default();
        check_endpoint(protocol, &endpoint)?;
        if topic.fifo && protocol != "sqs" && protocol != "firehose" {
            return Err(invalid(format!("Invalid protocol type: {protocol}")));
        }
        let attributes = input.attributes.unwrap_or_default();
        if let Some(name) = attributes.keys().find(|name| !ATTRIBUTES.contains(&name.as_str())) {
            return Err(invalid(format!("Attributes Reason: Unknown attribute {name}")));
        }
        for name in ["FilterPolicy", "DeliveryPolicy", "RedrivePolicy"] {
            if attributes.get(name).is_some_and(|v| serde_json::from_str::<serde_json::Value>(v).is_err()) {
                return Err(invalid(format!("{name}: failed to parse JSON")));
            }
        }
        if protocol == "firehose" && !attributes.contains_key("SubscriptionRoleArn") {
            return Err(invalid("SubscriptionRoleArn"));
        }
        let answer = |subscription: &Subscription| {
            let shown = subscription.confirmed || input.return_subscription_arn == Some(true);
            Some(if shown { subscription.arn.clone() } else { PENDING.to_owned() })
        };
        // The same endpoint subscribed again with the same protocol is the same subscription.
        if let Some(existing) = topic.subscriptions.values().find(|s| s.protocol == protocol && s.endpoint == endpoint)
        {
            if !attributes.is_empty() && attributes != existing.attributes {
                return Err(invalid("Attributes Reason: Subscription already exists with different attributes"));
            }
            return Ok(SubscribeOutput { subscription_arn: answer(existing) });
        }
        let subscription = Subscription {
            arn: format!("{}:{}", topic.arn, new_id()),
            protocol: input.protocol.clone(),
            endpoint,
            attributes,
            // What would confirm by a link, in a mail or a POST, waits; the rest is AWS's own.
            confirmed: !matches!(protocol, "http" | "https" | "email" | "email-json"),
        };
        let subscription_arn = answer(&subscription);
        topic.subscriptions.insert(number, subscription);
        self.next_subscription += 1;
        Ok(SubscribeOutput { subscription_arn })
    }

    pub(crate) fn list_subscriptions_by_topic(
        &mut self,
        input: ListSubscriptionsByTopic,
    ) -> Result<ListSubscriptionsByTopicOutput, Failure> {
        let start = match input.next_token.as_deref().map(after).transpose()? {
            Some(key) => Some(key.parse::<u64>().map_err(|_| invalid("NextToken"))?),
            None => None,
        };
        let owner = self.account_id.clone();
        let topic = self.topic_mut(&input.topic_arn, "TopicArn")?;
        let rest = topic.subscriptions.iter().filter(|(number, _)| start.is_none_or(|start| **number > start));
        let page: Vec<(&u64, &Subscription)> = rest.take(PAGE + 1).collect();
        let next_token = (page.len() > PAGE).then(|| token(&page[PAGE - 1].0.to_string()));
        let subscriptions = page
            .iter()
            .take(PAGE)
            .map(|(_, s)| ListedSubscription {
                subscription_arn: Some(if s.confirmed { s.arn.clone() } else { "PendingConfirmation".to_owned() }),
                owner: Some(owner.clone()),
                protocol: Some(s.protocol.clone()),
                endpoint: Some(s.endpoint.clone()),
                topic_arn: Some(topic.arn.clone()),
            })
            .collect();
        Ok(ListSubscriptionsByTopicOutput { subscriptions: Some(subscriptions), next_token })
    }
}

/// Whether `endpoint` is one `protocol` delivers to, as SNS checks it: a URL of its scheme, an
/// address, a phone number, an ARN of the right service.
fn check_endpoint(protocol: &str, endpoint: &str) -> Result<(), Failure> {
    let arn_of = |service: &str| {
        let parts: Vec<&str> = endpoint.splitn(6, ':').collect();
        parts.len() == 6 && parts[0] == "arn" && parts[2] == service && !parts[5].is_empty()
    };
    let known = ["http", "https", "email", "email-json", "sms", "sqs", "lambda", "firehose", "application"];
    if !known.contains(&protocol) {
        return Err(invalid(format!("Amazon SNS does not support this protocol string: {protocol}")));
    }
    if endpoint.is_empty() {
        return Err(invalid("Endpoint"));
    }
    let valid = match protocol {
        "http" => endpoint.starts_with("http://") && endpoint.len() > "http://".len(),
        "https" => endpoint.starts_with("https://") && endpoint.len() > "https://".len(),
        "email" | "email-json" => {
            endpoint.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        }
        "sms" => {
            let digits = endpoint.strip_prefix('+').unwrap_or(endpoint);
            !digits.is_empty() && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit())
        }
        "sqs" => arn_of("sqs"),
        "lambda" => arn_of("lambda"),
        "firehose" => arn_of("firehose"),
        "application" => arn_of("sns"),
        _ => true,
    };
    if !valid {
        return Err(invalid(format!("Endpoint Reason: not a valid {protocol} endpoint: {endpoint}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_of_their_protocol() {
        assert!(check_endpoint("sqs", "arn:aws:sqs:us-east-1:123456789012:q").is_ok());
        assert!(check_endpoint("sqs", "https://sqs.example/q").is_err());
        assert!(check_endpoint("https", "https://example.com/hook").is_ok());
        assert!(check_endpoint("http", "https://example.com/hook").is_err());
        assert!(check_endpoint("email", "ops@example.com").is_ok());
        assert!(check_endpoint("sms", "+15555550100").is_ok());
        assert!(check_endpoint("lambda", "arn:aws:lambda:us-east-1:123456789012:function:f").is_ok());
        let Err(Failure::InvalidParameter(message)) = check_endpoint("pigeon", "x") else { panic!() };
        assert_eq!(message, "Invalid parameter: Amazon SNS does not support this protocol string: pigeon");
    }
}
