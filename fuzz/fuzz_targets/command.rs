//! A command line (or a `--cli-input-json` document) for one operation. See `aws_operation_fuzz::command`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::command(data));
