// An input event stream in an operation of a protocol that sends none: awsJson.
use aws_operation::event_stream::EventStreamSender;
use aws_operation::{aws_operation, aws_service, aws_shape};

#[aws_service(id = "Feed", protocol = "awsJson1_1", signing_name = "feed", target_prefix = "Feed", api_version = "2024-01-01")]
pub struct Feed;

#[aws_shape]
pub struct Ping {
    pub n: Option<i32>,
}

#[aws_shape(union)]
pub enum FeedEvent {
    Ping(Ping),
    Unknown(aws_operation::UnknownMember),
}

#[aws_shape]
pub struct PushOutput {}

#[aws_operation(service = Feed, operation = "Push", output = PushOutput)]
pub struct Push {
    pub events: EventStreamSender<FeedEvent>,
}

fn main() {}
