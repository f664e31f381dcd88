//! XML parsed into a tree and read as typed shapes, in both modes, and text in every escaping. See `aws_operation_fuzz::xml_reader`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::xml_reader(data));
