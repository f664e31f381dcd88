//! Exit codes, as the AWS CLI documents them (`aws help return-codes`).

/// How the command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Exit {
    /// The call succeeded, or help or a skeleton was printed.
    Success = 0,
    /// The command line or the input was invalid: nothing was sent.
    InvalidParameters = 252,
    /// The configuration (credentials, region, profile, endpoint) was invalid: nothing was sent.
    InvalidConfig = 253,
    /// The service returned an error.
    ServiceError = 254,
    /// Anything else: transport, an unreadable response, pagination.
    Other = 255,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> i32 {
        self as i32
    }
}
