//! An HTTP response, read as each ec2Query operation of EC2 reads it. See `aws_operation_fuzz::ec2_response`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::ec2_response(data));
