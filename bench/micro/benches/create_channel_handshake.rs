//! Validate, serialize, sign and decode one CreateChannelHandshake, each alone.

use std::hint::black_box;
use std::time::SystemTime;

use aws_operation::Credentials;
use aws_operation::shape::{self, Mode};
use aws_operation::sign::{self, Scheme, SigningParams, SigningSettings};
use aws_operation_partnercentral_channel::handshakes::CreateChannelHandshakeOutput;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn create_channel_handshake(c: &mut Criterion) {
    let input = micro::input();
    let mut group = c.benchmark_group("create_channel_handshake");
    group.bench_function("validate", |b| b.iter(|| shape::validate(black_box(&input)).expect("valid")));
    group.bench_function("serialize", |b| b.iter(|| shape::to_json(black_box(&input))));

    let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None);
    let unsigned = micro::unsigned_request(shape::to_json(&input));
    let now = SystemTime::now();
    let params = SigningParams {
        credentials: &credentials,
        scheme: Scheme::SigV4 { region: "us-east-1" },
        signing_name: "partnercentral-channel",
        time: now,
        settings: SigningSettings::default(),
    };
    group.bench_function("sign", |b| {
        b.iter_batched(
            || unsigned.clone(),
            |mut request| {
                sign::sign(&mut request, &params).expect("signed");
                request
            },
            BatchSize::SmallInput,
        )
    });
    // The same request through aws-sigv4's request model, as every request was signed before
    // sign/plain.rs (sign_verbatim never takes the plain way).
    group.bench_function("sign_through_aws_sigv4", |b| {
        b.iter_batched(
            || unsigned.clone(),
            |mut request| {
                sign::sign_verbatim(&mut request, &params).expect("signed");
                request
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("decode", |b| {
        b.iter(|| {
            shape::from_json::<CreateChannelHandshakeOutput>(black_box(micro::RESPONSE), Mode::Lenient)
                .expect("decoded")
        })
    });
    group.finish();
}

criterion_group!(benches, create_channel_handshake);
criterion_main!(benches);
