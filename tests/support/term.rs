//! [`Term`]: a program in a pseudo-terminal, its output pumped into a vt100
//! screen and a raw log by a reader thread.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

use super::{Opts, bin, wait::contains};

/// What the reader thread has seen so far.
pub(super) struct Seen {
    pub(super) parser: vt100::Parser,
    pub(super) raw: Vec<u8>,
    /// The pty reached end of file: every process holding it has gone.
    pub(super) closed: bool,
}

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

/// A program running in a pseudo-terminal.
pub struct Term {
    pub(super) seen: Arc<Mutex<Seen>>,
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

    pub(super) fn spawn_in(home: TempDir, program: &OsStr, args: &[&str], opts: &Opts) -> Term {
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

/// A test that panicked while holding a lock must not hide the screen from the
/// report, so a poisoned lock is used as is.
pub(super) fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal sizes are at least 1")
}
