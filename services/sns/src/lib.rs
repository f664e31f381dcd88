//! Amazon SNS (`sns`, 2010-03-31, awsQuery), defined by hand with aws-operation: a slice of
//! eight operations, one module per concept, each operation an annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`topics`] | `CreateTopic`, `ListTopics`, `SetTopicAttributes`, `DeleteTopic` |
//! | [`publish`] | `Publish`, `PublishBatch` |
//! | [`subscriptions`] | `Subscribe`, `ListSubscriptionsByTopic` |
//!
//! [`errors`] holds the service's errors, each matched by its awsQuery code (`NotFound` for
//! [`NotFoundException`]). Everything is re-exported here, so `aws_operation_sns::{Sns, Publish,
//! MessageAttributeValue}` is all a caller imports. `ListTopics` and `ListSubscriptionsByTopic`
//! page with `NextToken`; [`operations`] lists every operation for callers that work by name
//! with JSON.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::collections::BTreeMap;
//!
//! use aws_operation::Config;
//! use aws_operation_sns::{MessageAttributeValue, Sns};
//! use futures_util::TryStreamExt;
//!
//! let client = Sns::new(&Config::from_env().build()?)?;
//! let topic = client.create_topic().name("orders").send().await?.into_inner().topic_arn.unwrap_or_default();
//! let sent = client
//!     .publish()
//!     .topic_arn(topic)
//!     .message("order 42 shipped")
//!     .message_attributes(BTreeMap::from([("priority".to_owned(), MessageAttributeValue::number(2))]))
//!     .send()
//!     .await?;
//! println!("{:?}", sent.message_id);
//!
//! let mut topics = client.list_topics().into_paginator().items();
//! while let Some(topic) = topics.try_next().await? {
//!     println!("{:?}", topic.topic_arn);
//! }
//! # Ok(()) }
//! ```

pub mod errors;
pub mod publish;
pub mod subscriptions;
pub mod topics;

pub use errors::*;
pub use publish::*;
pub use subscriptions::*;
pub use topics::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon SNS client. Clone it freely: clones share connections.
#[aws_service(
    id = "SNS",
    protocol = "awsQuery",
    signing_name = "sns",
    api_version = "2010-03-31",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct Sns;

/// Every operation of the slice, grouped by concept, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Sns>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[doc(hidden)]
#[macro_export]
macro_rules! __sns_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::topics::CreateTopic>,
            $($f)::+::<$crate::topics::ListTopics>,
            $($f)::+::<$crate::topics::SetTopicAttributes>,
            $($f)::+::<$crate::topics::DeleteTopic>,
            $($f)::+::<$crate::publish::Publish>,
            $($f)::+::<$crate::publish::PublishBatch>,
            $($f)::+::<$crate::subscriptions::Subscribe>,
            $($f)::+::<$crate::subscriptions::ListSubscriptionsByTopic>,
        ]
    };
}

#[doc(inline)]
pub use crate::__sns_each_operation as each_operation;
