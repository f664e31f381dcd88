//! The signatures of an input event stream, recomputed with aws-sigv4 (the AWS SDK for Rust's
//! signer) from the frames a test server received, decoded with aws-smithy-eventstream: the
//! request's own signature, the seed, and each message's, chained from it.

#![allow(dead_code)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials as SdkCredentials;
use aws_smithy_types::event_stream::{HeaderValue as SdkHeader, Message as SdkMessage};

/// Who signed, where, for what.
pub struct Signer {
    pub access_key: &'static str,
    pub secret: &'static str,
    pub region: &'static str,
    pub service: &'static str,
}

/// The payload of an outer frame, decoded as the event it carries; `None` for the end frame.
pub fn inner(outer: &SdkMessage) -> Option<SdkMessage> {
    let payload = outer.payload();
    (!payload.is_empty()).then(|| aws_smithy_eventstream::frame::read_message_from(payload.clone()).expect("an event"))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Signer {
    fn identity(&self) -> aws_smithy_runtime_api::client::identity::Identity {
        SdkCredentials::new(self.access_key, self.secret, None, None, "test").into()
    }

    /// Recomputes the signature of each outer frame in `frames` with aws-sigv4, chained from
    /// `seed`, and checks it is the frame's `:chunk-signature`; the last frame must be the signed
    /// end, with an empty payload. The events, decoded.
    pub fn verify_chain(&self, seed: &str, frames: &[SdkMessage]) -> Vec<SdkMessage> {
        let identity = self.identity();
        let mut previous = seed.to_owned();
        let mut events = Vec::new();
        for (i, outer) in frames.iter().enumerate() {
            let names: Vec<&str> = outer.headers().iter().map(|h| h.name().as_str()).collect();
            assert_eq!(names, [":chunk-signature", ":date"], "frame {i}'s headers");
            let SdkHeader::Timestamp(date) = outer.headers()[1].value() else {
                panic!("frame {i}: `:date` is a timestamp")
            };
            assert_eq!(date.subsec_nanos(), 0, "frame {i}: `:date` is whole seconds");
            let time = UNIX_EPOCH + Duration::from_secs(u64::try_from(date.secs()).unwrap());
            let now = SystemTime::now();
            assert!(
                time <= now && now.duration_since(time).unwrap() < Duration::from_secs(60),
                "frame {i} is signed now"
            );
            let params = aws_sigv4::sign::v4::SigningParams::builder()
                .identity(&identity)
                .region(self.region)
                .name(self.service)
                .time(time)
                .settings(())
                .build()
                .unwrap();
            let signed = match inner(outer) {
                Some(event) => {
                    // The payload is the event exactly as aws-smithy-eventstream would write it.
                    let mut again = Vec::new();
                    aws_smithy_eventstream::frame::write_message_to(&event, &mut again).unwrap();
                    assert_eq!(&again[..], &outer.payload()[..], "frame {i}'s event re-encodes to its bytes");
                    let signed = aws_sigv4::event_stream::sign_message(&event, &previous, &params).unwrap();
                    events.push(event);
                    signed
                }
                None => {
                    assert_eq!(i, frames.len() - 1, "the empty frame ends the stream");
                    aws_sigv4::event_stream::sign_empty_message(&previous, &params).unwrap()
                }
            };
            let (expected_frame, signature) = signed.into_parts();
            let SdkHeader::ByteArray(sent) = outer.headers()[0].value() else {
                panic!("frame {i}: a byte array signature")
            };
            assert_eq!(hex(sent), signature, "frame {i}'s signature chains from the one before");
            assert_eq!(expected_frame.headers()[1].value(), outer.headers()[1].value());
            previous = signature;
        }
        assert!(frames.last().is_some_and(|f| f.payload().is_empty()), "the stream ends with the signed empty frame");
        events
    }

    /// The request's signature, the seed of the chain, checked by signing the request again with
    /// aws-sigv4, its payload hash `STREAMING-AWS4-HMAC-SHA256-EVENTS`.
    pub fn seed(&self, request_line: &str, headers: &[(String, String)]) -> String {
        use aws_sigv4::http_request::{PayloadChecksumKind, SignableBody, SignableRequest, SigningSettings};
        let header = |name: &str| headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
        let authorization = header("authorization").expect("signed");
        let signature = authorization.rsplit_once("Signature=").expect("a signature").1.to_owned();
        let signed: Vec<&str> = authorization
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .expect("signed headers")
            .split(';')
            .collect();
        let signed_headers: Vec<(&str, &str)> = headers
            .iter()
            .filter(|(name, _)| {
                signed.contains(&name.as_str()) && name != "x-amz-date" && name != "x-amz-content-sha256"
            })
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        let date = header("x-amz-date").expect("a date");
        let iso = format!(
            "{}-{}-{}T{}:{}:{}Z",
            &date[..4],
            &date[4..6],
            &date[6..8],
            &date[9..11],
            &date[11..13],
            &date[13..15]
        );
        let time =
            aws_smithy_types::DateTime::from_str(&iso, aws_smithy_types::date_time::Format::DateTime).expect("a date");
        let identity = self.identity();
        let mut settings = SigningSettings::default();
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(self.region)
            .name(self.service)
            .time(SystemTime::try_from(time).unwrap())
            .settings(settings)
            .build()
            .unwrap()
            .into();
        let host = header("host").expect("a host");
        let url = format!("http://{host}{}", request_line.split(' ').nth(1).expect("a target"));
        let body = SignableBody::Precomputed("STREAMING-AWS4-HMAC-SHA256-EVENTS".to_owned());
        let request = SignableRequest::new("POST", &url, signed_headers.into_iter(), body).unwrap();
        let (_, expected) = aws_sigv4::http_request::sign(request, &params).unwrap().into_parts();
        assert_eq!(signature, expected, "the request's signature is aws-sigv4's");
        signature
    }
}
