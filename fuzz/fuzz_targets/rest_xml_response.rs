//! An HTTP response, read as each restXml operation of S3 reads it. See `aws_operation_fuzz::rest_xml_response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::rest_xml_response(data));
