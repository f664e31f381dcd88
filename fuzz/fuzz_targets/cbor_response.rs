//! rpcv2Cbor response bodies as typed shapes and as errors. See
//! `aws_operation_fuzz::cbor_response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::cbor_response(data));
