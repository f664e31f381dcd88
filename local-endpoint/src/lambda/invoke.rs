//! Invoking a function. No code runs: a synchronous invocation answers with the payload it was
//! given, as a function that returns its event would; an event is queued nowhere; a dry run only
//! checks that the function exists.

use aws_operation::Blob;
use aws_operation::types::base64_encode;
use aws_operation_lambda::{InvocationType, Invoke, InvokeOutput, LogType};

use super::store::{Failure, LATEST, Store};

/// The largest payload of a synchronous invocation (6 MB), and of an asynchronous one (1 MB).
const MAX_SYNC_PAYLOAD: usize = 6 * 1024 * 1024;
const MAX_ASYNC_PAYLOAD: usize = 1024 * 1024;

impl Store {
    pub(crate) fn invoke(&mut self, input: Invoke) -> Result<InvokeOutput, Failure> {
        let named = self.named("lambda:InvokeFunction", &input.function_name, input.qualifier.as_deref())?;
        let (_, configuration) = self.configuration(&named)?;
        let version = configuration.version.clone().unwrap_or_else(|| LATEST.to_owned());
        let memory = configuration.memory_size.unwrap_or_default();
        let invocation_type = input.invocation_type.unwrap_or(InvocationType::RequestResponse);
        let limit = if invocation_type == InvocationType::Event { MAX_ASYNC_PAYLOAD } else { MAX_SYNC_PAYLOAD };
        let payload = input.payload.map(|Blob(bytes)| bytes).unwrap_or_default();
        if payload.len() > limit {
            return Err(Failure::RequestTooLarge(format!(
                "Request must be smaller than {limit} bytes for the InvokeFunction operation"
            )));
        }
        if !payload.is_empty()
            && let Err(e) = serde_json::from_slice::<serde_json::Value>(&payload)
        {
            return Err(Failure::InvalidRequestContent(format!("Could not parse request body into json: {e}")));
        }
        let status = match invocation_type {
            InvocationType::Event => 202,
            InvocationType::DryRun => 204,
            _ => 200,
        };
        let mut output = InvokeOutput {
            status_code: Some(status),
            function_error: None,
            log_result: None,
            payload: None,
            executed_version: None,
            durable_execution_arn: None,
        };
        if status == 200 {
            // What a function receives when it is sent nothing.
            output.payload = Some(Blob(if payload.is_empty() { b"{}".to_vec() } else { payload }));
            output.executed_version = Some(version.clone());
            if input.log_type == Some(LogType::Tail) {
                let id = self.new_request_id();
                let log = format!(
                    "START RequestId: {id} Version: {version}\nEND RequestId: {id}\nREPORT RequestId: {id}\t\
                     Duration: 0.00 ms\tBilled Duration: 1 ms\tMemory Size: {memory} MB\tMax Memory Used: 0 MB\t\n"
                );
                output.log_result = Some(base64_encode(log.as_bytes()));
            }
        }
        Ok(output)
    }
}
