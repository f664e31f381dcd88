//! The progress of `cp`: one bar for all its files on stderr when stderr is a terminal
//! (indicatif), and nothing otherwise, so that a log or a pipe gets the result lines alone.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The bytes done of the bytes to do, and the files left; shared by the files in flight.
#[derive(Clone, Default)]
pub struct Progress {
    bar: Option<ProgressBar>,
    remaining: Arc<AtomicU64>,
}

impl Progress {
    /// A bar on stderr, empty until files are added.
    pub fn bar() -> Self {
        // As the AWS CLI words it: "Completed 1.0 MiB/4.0 MiB (2.1 MiB/s) with 2 file(s) remaining".
        let style = ProgressStyle::with_template(
            "{wide_bar} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr()).with_style(style);
        Self { bar: Some(bar), remaining: Arc::default() }
    }

    /// Nothing shown.
    pub fn none() -> Self {
        Self::default()
    }

    /// Files to do, with their bytes when known (else counted when their transfer says).
    pub fn add_files(&self, files: u64, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        let remaining = self.remaining.fetch_add(files, Ordering::Relaxed) + files;
        bar.inc_length(bytes);
        bar.set_message(format!("with {remaining} file(s) remaining"));
    }

    /// What the transfer helper calls as one file moves (`Transfer::on_progress`); `counted`
    /// says whether its size was already added.
    pub fn tracker(&self, counted: bool) -> impl Fn(u64, Option<u64>) + Send + Sync + 'static {
        let bar = self.bar.clone();
        let (done, counted) = (AtomicU64::new(0), AtomicBool::new(counted));
        move |now, total| {
            let Some(bar) = &bar else { return };
            if let Some(total) = total
                && !counted.swap(true, Ordering::Relaxed)
            {
                bar.inc_length(total);
            }
            // Parts finish in any order, and so do their calls: only the most done counts.
            let before = done.fetch_max(now, Ordering::Relaxed);
            if now > before {
                bar.inc(now - before);
            }
        }
    }

    /// One file is done (moved or failed).
    pub fn file_done(&self) {
        let Some(bar) = &self.bar else { return };
        let remaining = self.remaining.fetch_sub(1, Ordering::Relaxed).saturating_sub(1);
        bar.set_message(format!("with {remaining} file(s) remaining"));
    }

    /// Runs `f` (which prints) with the bar wiped, and draws it again after.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Wipes the bar for good.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
