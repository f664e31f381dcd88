//! JSON read by the streaming reader, against serde_json and the document reader. See `aws_operation_fuzz::json_reader`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::json_reader(data));
