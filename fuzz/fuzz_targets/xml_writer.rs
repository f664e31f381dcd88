//! Values from JSON and XML, written as XML and read back. See `aws_operation_fuzz::xml_writer`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::xml_writer(data));
