//! An HTTP error response, read as each operation's client reads it. See `aws_operation_fuzz::error`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::error(data));
