//! Event stream frames in chunks, and the typed stream over them. See
//! `aws_operation_fuzz::event_stream`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| aws_operation_fuzz::event_stream(data));
