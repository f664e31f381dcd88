//! What the high-level commands print: a line per thing done on stdout, failures on stderr
//! (after the debug log of the calls that led to them), each with the progress bar wiped while
//! it is written; and the exit code the failures add up to.

use std::io::Write;

use aws_operation_cli::{Exit, GlobalOptions};

use crate::failure::Failure;
use crate::line::Line;
use crate::progress::Progress;

/// The output streams of one command, and how it is going.
pub struct Console<'a> {
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    options: &'a GlobalOptions,
    progress: Progress,
    exit: Exit,
}

impl<'a> Console<'a> {
    pub fn new(
        stdout: &'a mut dyn Write,
        stderr: &'a mut dyn Write,
        options: &'a GlobalOptions,
        progress: Progress,
    ) -> Self {
        Self { stdout, stderr, options, progress, exit: Exit::Success }
    }

    /// The progress of transfers, to hand to them.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// A line on stdout: what was done.
    pub fn out(&mut self, line: &str) {
        self.debug_log();
        let Self { stdout, progress, .. } = self;
        let written = progress.suspend(|| writeln!(stdout, "{line}").and_then(|()| stdout.flush()));
        if written.is_err() {
            // A closed pipe (`| head`): nothing more can be said, and the command did not end well.
            self.exit = worse(self.exit, Exit::Other);
        }
    }

    /// A line on stderr that changes nothing (a file skipped).
    pub fn warn(&mut self, line: &str) {
        self.debug_log();
        self.err(&format!("{line}\n"));
    }

    /// One thing failed (`upload failed: ./a.txt to s3://b/a.txt <message>`); the command goes
    /// on with the others.
    pub fn failed(&mut self, what: &str, failure: &Failure) {
        self.debug_log();
        self.err(&format!("{what} {}\n", failure.message));
        self.exit = worse(self.exit, failure.exit);
    }

    /// The command failed as a whole: after a blank line, as the AWS CLI writes such errors.
    pub fn fatal(&mut self, failure: &Failure) -> Exit {
        self.debug_log();
        self.err(&format!("\n{}\n", failure.message));
        self.exit = worse(self.exit, failure.exit);
        self.exit
    }

    /// The command line is wrong: its usage and what is wrong with it; nothing was sent.
    pub fn usage(&mut self, line: &Line, problems: &[String]) -> Exit {
        self.err(&format!("\n{}\n{}\n", line.usage(), problems.join("\n")));
        self.exit = worse(self.exit, Exit::InvalidParameters);
        self.exit
    }

    /// Copies what `--debug` logged since the last time to stderr.
    pub fn debug_log(&mut self) {
        let log = self.options.take_debug_log();
        if !log.is_empty() {
            self.err(&log);
        }
    }

    /// How the command ended: the worst of its failures.
    pub fn finish(mut self) -> Exit {
        self.debug_log();
        self.progress.finish();
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
        self.exit
    }

    fn err(&mut self, text: &str) {
        let Self { stderr, progress, .. } = self;
        let _ = progress.suspend(|| stderr.write_all(text.as_bytes()).and_then(|()| stderr.flush()));
    }
}

/// The exit code of a command that failed in both ways: the later in [`Exit`]'s order, where
/// what the configuration or the service said outweighs a bad argument.
fn worse(a: Exit, b: Exit) -> Exit {
    if b.code() > a.code() { b } else { a }
}
