//! An HTTP response, read by restJson1 as each operation's output and error. See `aws_operation_fuzz::rest_json_response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::rest_json_response(data));
