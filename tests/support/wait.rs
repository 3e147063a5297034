//! Bounded waits on a [`Term`]'s screen, raw output and silence; a timeout
//! reports the whole screen.

use std::thread;
use std::time::{Duration, Instant};

use super::printable;
use super::term::{Seen, Term, lock};

impl Term {
    /// Waits until the screen shows `needle`; after `timeout`, panics with the
    /// whole screen.
    #[track_caller]
    pub fn wait_for(&self, needle: &str, timeout: Duration) {
        self.wait_until(&format!("{needle:?} on screen"), timeout, |s| {
            s.contents().contains(needle)
        });
    }

    /// Waits until `ok` holds for the screen; `what` names the condition in the
    /// failure message.
    #[track_caller]
    pub fn wait_until(&self, what: &str, timeout: Duration, ok: impl Fn(&vt100::Screen) -> bool) {
        self.poll(what, timeout, |seen| ok(seen.parser.screen()));
    }

    /// Waits until the raw output contains `needle`, for sequences that leave no
    /// trace on screen (mode switches, colours).
    #[track_caller]
    pub fn wait_raw(&self, needle: &[u8], timeout: Duration) {
        let what = format!("`{}` in the raw output", printable(needle));
        self.poll(&what, timeout, |seen| contains(&seen.raw, needle));
    }

    /// Waits until nothing has been written for `quiet`. Only for measuring how
    /// much a key wrote (with [`Term::raw_since`]); to wait for a result, wait for
    /// the text it shows.
    #[track_caller]
    pub fn wait_quiet(&self, quiet: Duration, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let (mut len, mut since) = (self.raw_len(), Instant::now());
        while since.elapsed() < quiet {
            assert!(Instant::now() < deadline, "{}", self.report("output to stop", timeout));
            thread::sleep(Duration::from_millis(10));
            let now = self.raw_len();
            if now != len {
                (len, since) = (now, Instant::now());
            }
        }
    }

    /// Waits until the last frame begun has been written whole: every frame the reader
    /// draws is one synchronized update (`ESC[?2026h` … `ESC[?2026l`), and the emulator
    /// shows frames as the bytes stream in, so a look mid-frame sees half of one.
    #[track_caller]
    pub fn wait_frame(&self, timeout: Duration) {
        self.poll("a whole frame", timeout, |seen| {
            let begun = rfind(&seen.raw, b"\x1b[?2026h");
            let ended = rfind(&seen.raw, b"\x1b[?2026l");
            ended.is_some() && ended > begun
        });
    }

    /// Like [`Term::wait_for`], but a timeout is an `Err` carrying the report,
    /// for a test that retries (e.g. nudging a program until it redraws).
    pub fn try_wait_for(&self, needle: &str, timeout: Duration) -> Result<(), String> {
        self.try_poll(&format!("{needle:?} on screen"), timeout, |seen| {
            seen.parser.screen().contents().contains(needle)
        })
    }

    #[track_caller]
    fn poll(&self, what: &str, timeout: Duration, ok: impl Fn(&Seen) -> bool) {
        if let Err(report) = self.try_poll(what, timeout, ok) {
            panic!("{report}");
        }
    }

    fn try_poll(
        &self,
        what: &str,
        timeout: Duration,
        ok: impl Fn(&Seen) -> bool,
    ) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let seen = lock(&self.seen);
                if ok(&seen) {
                    return Ok(());
                }
                // Nothing more can arrive once the pty is closed: fail now, not at the deadline.
                if seen.closed || Instant::now() >= deadline {
                    let why = if seen.closed { "; the program closed the terminal" } else { "" };
                    drop(seen);
                    return Err(format!("{}{why}", self.report(what, timeout)));
                }
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// The failure message: what was awaited, the whole screen, and the tail of
    /// the raw output (which shows escape sequences and anything written to the
    /// normal screen while the alternate one was up).
    fn report(&self, what: &str, timeout: Duration) -> String {
        let seen = lock(&self.seen);
        let screen = seen.parser.screen();
        let (rows, cols) = screen.size();
        let mut out = format!("timed out after {timeout:?} waiting for {what}\n");
        out += &format!("screen {cols}x{rows}, alternate: {}\n", screen.alternate_screen());
        let bar = "-".repeat(usize::from(cols.get()) + 2);
        out += &format!("+{bar}+\n");
        for row in screen.rows(0, cols.get()) {
            out += &format!("| {row:<width$} |\n", width = usize::from(cols.get()));
        }
        out += &format!("+{bar}+\n");
        let tail = &seen.raw[seen.raw.len().saturating_sub(400)..];
        out += &format!("last raw output ({} bytes in all): {}", seen.raw.len(), printable(tail));
        out
    }
}

/// Where `needle` last starts in `haystack`.
fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}
