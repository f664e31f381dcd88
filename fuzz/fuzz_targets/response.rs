//! The output of one of the 21 operations, read as a client reads a response. See `aws_operation_fuzz::response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::response(data));
