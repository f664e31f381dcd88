//! An HTTP response, read as each awsQuery operation of STS and SNS reads it. See `aws_operation_fuzz::query_response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::query_response(data));
