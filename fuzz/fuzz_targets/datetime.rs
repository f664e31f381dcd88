//! A timestamp in one of the three wire formats. See `aws_operation_fuzz::datetime`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::datetime(data));
