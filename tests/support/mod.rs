//! End-to-end harness: runs a program in a real pseudo-terminal and reads what it
//! draws through a vt100 emulator, so a test sees the screen a user would see.
//!
//! Used from integration tests with `mod support;`. Every wait is bounded and, on
//! timeout, panics with the current screen; dropping a [`Term`] kills its process
//! group, so a failing test leaves nothing running.

// Each test binary uses a different part of the harness.
#![allow(dead_code)]

pub mod keys;
pub mod ssh;

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

/// The usual bound for a wait: long enough for a loaded CI machine, short enough
/// that a hang fails quickly.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// Variables passed through from the test's own environment; everything else is
/// cleared so a developer's `NO_COLOR`, `COLORTERM` or ssh agent cannot leak in.
const PASS_THROUGH: [&str; 4] = ["PATH", "RUST_BACKTRACE", "RUST_LOG", "LLVM_PROFILE_FILE"];

/// How to start a program in a [`Term`].
#[derive(Debug, Clone)]
pub struct Opts {
    pub cols: u16,
    pub rows: u16,
    /// Set after the defaults (`TERM`, `LANG`, `HOME`, `XDG_*_HOME`), so these win.
    pub env: Vec<(String, String)>,
    /// Working directory; `None` means the term's temporary home.
    pub cwd: Option<PathBuf>,
}

impl Default for Opts {
    fn default() -> Self {
        Opts { cols: 80, rows: 24, env: Vec::new(), cwd: None }
    }
}

impl Opts {
    pub fn size(cols: u16, rows: u16) -> Self {
        Opts { cols, rows, ..Opts::default() }
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// The environment a program started with these options sees, in order.
    fn environment(&self, home: &Path) -> Vec<(String, String)> {
        let mut vars: Vec<(String, String)> = PASS_THROUGH
            .iter()
            .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
            .collect();
        let home = home.display().to_string();
        vars.push(("TERM".into(), "xterm-256color".into()));
        vars.push(("LANG".into(), "C.UTF-8".into()));
        vars.push(("HOME".into(), home.clone()));
        for (var, sub) in [
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_CACHE_HOME", ".cache"),
        ] {
            vars.push((var.into(), format!("{home}/{sub}")));
        }
        vars.extend(self.env.iter().cloned());
        vars
    }
}

/// What the reader thread has seen so far.
struct Seen {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The pty reached end of file: every process holding it has gone.
    closed: bool,
}

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

/// A program running in a pseudo-terminal.
pub struct Term {
    seen: Arc<Mutex<Seen>>,
    writer: Writer,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    exit: Option<ExitStatus>,
    home: TempDir,
}

impl Term {
    /// Starts `program` with `args` in a fresh pty and a fresh temporary home.
    pub fn spawn(program: impl AsRef<OsStr>, args: &[&str], opts: Opts) -> Term {
        let home = tempfile::tempdir().expect("create a temporary home");
        Term::spawn_in(home, program.as_ref(), args, &opts)
    }

    /// The parallax binary built for these tests, at 80×24.
    pub fn parallax(args: &[&str]) -> Term {
        Term::parallax_with(args, Opts::default())
    }

    pub fn parallax_with(args: &[&str], opts: Opts) -> Term {
        Term::spawn(bin(), args, opts)
    }

    /// `sh -c cmdline` in the pty.
    pub fn shell(cmdline: &str, opts: Opts) -> Term {
        Term::spawn("sh", &["-c", cmdline], opts)
    }

    /// Runs parallax, then `stty -a` in the same pty once it has exited; read the
    /// result with [`Term::stty_after_exit`].
    pub fn parallax_then_stty(args: &[&str], opts: Opts) -> Term {
        let mut line = quote(bin());
        for arg in args {
            line.push(' ');
            line.push_str(&quote(arg));
        }
        Term::shell(&format!("{line}; {STTY_PROBE}"), opts)
    }

    fn spawn_in(home: TempDir, program: &OsStr, args: &[&str], opts: &Opts) -> Term {
        let size = PtySize { rows: opts.rows, cols: opts.cols, ..PtySize::default() };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env_clear();
        for (key, value) in opts.environment(home.path()) {
            cmd.env(key, value);
        }
        cmd.cwd(opts.cwd.as_deref().unwrap_or(home.path()));
        let child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
        // Only the child may hold the slave side, or the reader never sees end of file.
        drop(pair.slave);

        let seen = Arc::new(Mutex::new(Seen {
            parser: vt100::Parser::new(nonzero(opts.rows), nonzero(opts.cols), 0),
            raw: Vec::new(),
            closed: false,
        }));
        let writer: Writer = Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let (s, w) = (Arc::clone(&seen), Arc::clone(&writer));
        thread::spawn(move || pump(reader, &s, &w));
        Term { seen, writer, master: pair.master, child, exit: None, home }
    }

    /// The temporary directory used as `HOME`; `XDG_*_HOME` are inside it.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Types `keys` (see [`keys`] for the escape sequences of special keys).
    #[track_caller]
    pub fn send(&self, keys: &str) {
        let mut w = lock(&self.writer);
        w.write_all(keys.as_bytes()).and_then(|()| w.flush()).expect("write to the pty");
    }

    /// The screen's text, rows joined with newlines.
    pub fn screen(&self) -> String {
        lock(&self.seen).parser.screen().contents()
    }

    /// Looks at the emulated screen in detail (cells, colours, modes).
    pub fn with_screen<T>(&self, look: impl FnOnce(&vt100::Screen) -> T) -> T {
        look(lock(&self.seen).parser.screen())
    }

    /// Every byte the program has written so far.
    pub fn raw(&self) -> Vec<u8> {
        lock(&self.seen).raw.clone()
    }

    /// A mark for [`Term::raw_since`].
    pub fn raw_len(&self) -> usize {
        lock(&self.seen).raw.len()
    }

    pub fn raw_since(&self, mark: usize) -> Vec<u8> {
        lock(&self.seen).raw[mark..].to_vec()
    }

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

    /// Resizes the pty (the program gets SIGWINCH) and the emulated screen.
    pub fn resize(&self, cols: u16, rows: u16) {
        // Hold the screen while resizing so no output is parsed at the old size
        // after the program has been told the new one.
        let mut seen = lock(&self.seen);
        seen.parser.set_size(nonzero(rows), nonzero(cols));
        let size = PtySize { rows, cols, ..PtySize::default() };
        self.master.resize(size).expect("resize the pty");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child has a pid")
    }

    /// Sends a signal by name (`TERM`, `HUP`, `KILL`, with or without `SIG`).
    #[track_caller]
    pub fn signal(&self, name: &str) {
        let name = name.trim_start_matches("SIG");
        assert!(kill(name, &self.pid().to_string()), "kill -s {name} {} failed", self.pid());
    }

    /// Waits for the program to exit and returns its exit code (1 if a signal
    /// killed it; see [`Term::wait_exit_status`]), or `None` on timeout.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<u32> {
        self.wait_exit_status(timeout).map(|status| status.exit_code())
    }

    pub fn wait_exit_status(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        while self.exit.is_none() {
            if let Ok(Some(status)) = self.child.try_wait() {
                self.exit = Some(status);
                break;
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(Duration::from_millis(10));
        }
        // The last bytes written before exit may still be in flight; take them in
        // so `raw()` and `screen()` are complete. Bounded in case a grandchild
        // keeps the pty open.
        let drain = Instant::now() + Duration::from_secs(2);
        while !lock(&self.seen).closed && Instant::now() < drain {
            thread::sleep(Duration::from_millis(10));
        }
        self.exit.clone()
    }

    /// After [`Term::parallax_then_stty`] (or a shell line ending in
    /// [`STTY_PROBE`]): waits for the probe and returns what it printed.
    #[track_caller]
    pub fn stty_after_exit(&self, timeout: Duration) -> Stty {
        self.wait_raw(b"stty]", timeout);
        let raw = String::from_utf8_lossy(&self.raw()).into_owned();
        let start = raw.rfind("[stty exit=").expect("probe start marker");
        let body = &raw[start + "[stty exit=".len()..raw.rfind("stty]").expect("probe end marker")];
        let (code, modes) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        Stty { app_exit: code.trim().parse().expect("probe exit code"), modes: modes.to_owned() }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        // Kill the whole process group (the child leads its own session), so
        // anything it started goes too; then reap it, within a bound.
        if let Some(pid) = self.child.process_id() {
            kill("KILL", &format!("-{pid}"));
        }
        if self.exit.is_none() {
            let _ = self.child.kill();
            let deadline = Instant::now() + Duration::from_secs(2);
            while !matches!(self.child.try_wait(), Ok(Some(_))) && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(10));
            }
        }
    }
}

/// Shell text that prints the previous command's exit code and the terminal's
/// modes between markers. Append it to a shell line with `; `.
pub const STTY_PROBE: &str = "echo \"[stty exit=$?\"; stty -a; echo 'stty]'";

/// What [`STTY_PROBE`] printed.
#[derive(Debug)]
pub struct Stty {
    /// Exit code of the command before the probe.
    pub app_exit: i32,
    /// `stty -a` output.
    pub modes: String,
}

impl Stty {
    /// Whether a mode word (`icanon`, `echo`) is on: listed bare, not as `-word`.
    pub fn has(&self, mode: &str) -> bool {
        self.modes.split_whitespace().any(|w| w == mode)
    }

    /// The terminal is back in the cooked mode a shell expects.
    #[track_caller]
    pub fn assert_cooked(&self) {
        for mode in ["icanon", "echo", "isig"] {
            assert!(self.has(mode), "terminal left without `{mode}`:\n{}", self.modes);
        }
    }
}

/// The parallax binary Cargo built for this test run.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_parallax")
}

/// Quotes `s` for a POSIX shell.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Moves every byte from the pty into the log and the emulator until end of file.
fn pump(mut reader: Box<dyn Read + Send>, seen: &Mutex<Seen>, writer: &Writer) {
    let mut buf = [0u8; 8192];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // Linux reports EIO once the last process holding the slave has gone.
            Err(_) => break,
        };
        let reply = {
            let mut s = lock(seen);
            let from = s.raw.len().saturating_sub(3);
            s.raw.extend_from_slice(&buf[..n]);
            s.parser.process(&buf[..n]);
            // Answer cursor-position queries as a real terminal would, so a
            // program that asks does not stall waiting for the reply.
            let asked = contains(&s.raw[from..], b"\x1b[6n");
            let (row, col) = s.parser.screen().cursor_position();
            asked.then(|| format!("\x1b[{};{}R", row + 1, col + 1))
        };
        if let Some(reply) = reply {
            let mut w = lock(writer);
            let _ = w.write_all(reply.as_bytes()).and_then(|()| w.flush());
        }
    }
    lock(seen).closed = true;
}

/// `kill -s name target` through the shell's builtin (no procps needed);
/// `target` may be `-pgid` for a process group.
fn kill(name: &str, target: &str) -> bool {
    Command::new("sh")
        .args(["-c", "kill -s \"$0\" -- \"$1\"", name, target])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Bytes as readable text: UTF-8 kept, ESC as `\e`, other controls escaped.
pub fn printable(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\x1b' => out.push_str("\\e"),
            c if c.is_control() => out.extend(c.escape_debug()),
            c => out.push(c),
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

/// A test that panicked while holding a lock must not hide the screen from the
/// report, so a poisoned lock is used as is.
fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal sizes are at least 1")
}
