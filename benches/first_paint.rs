//! First paint: milliseconds from spawning the reader on two seeds side by side, in a
//! pseudo-terminal at 160×45, to the first whole frame that shows both texts — beside
//! `vim -O` on the same two files and `less` on one, measured the same way in the
//! same run (a competitor that is not installed is skipped).
//!
//! A last row opens the same two texts as web pages served on loopback: spawn → both
//! panes drawn, the two fetches included.
//!
//! Run with `cargo bench --bench first_paint` (the release binary). `PARALLAX_RUNS`
//! sets the runs per program (default 30); the median and the fastest are printed.
//! `PARALLAX_BIN` times another build of the reader instead of this one.

#[path = "../tests/support/http.rs"]
mod http;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const COLS: u16 = 160;
const ROWS: u16 = 45;
/// Two seeds and words from the start of each one's text, as every program shows them.
const LEFT: (&str, &str) = ("seeds/000_ba60962b0478ce8e.txt", "In just over a month, the war");
const RIGHT: (&str, &str) = ("seeds/001_89fa8f4c1e8583af.txt", "The Ukrainian conflict is");
const GIVE_UP: Duration = Duration::from_secs(10);
/// This long without output once it has begun: done starting.
const QUIET: Duration = Duration::from_millis(300);

/// One program to time: how to start it, and what its first paint looks like.
struct Program {
    name: &'static str,
    command: Vec<String>,
    /// Words that must be on screen.
    needles: Vec<&'static str>,
    /// Whether it draws synchronized frames (`ESC[?2026h` … `ESC[?2026l`), so that a
    /// frame counts only once it is whole.
    frames: bool,
}

fn main() {
    let runs: usize =
        std::env::var("PARALLAX_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let home = tempfile::tempdir().expect("a temporary home");
    let files = [LEFT.0, RIGHT.0].map(|f| {
        let to = home.path().join(Path::new(f).file_name().unwrap());
        std::fs::copy(root.join(f), &to).expect("copy a seed");
        to.display().to_string()
    });
    // Another build of the reader to time in its place (an older one, to compare).
    let parallax =
        std::env::var("PARALLAX_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_parallax").to_owned());
    let mut programs = vec![Program {
        name: "parallax",
        command: vec![parallax, files[0].clone(), files[1].clone()],
        needles: vec![LEFT.1, RIGHT.1],
        frames: true,
    }];
    // The same texts as two pages of a site on loopback.
    let pages: Vec<String> = [LEFT.0, RIGHT.0]
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(root.join(f)).expect("a seed");
            let mut paras = text.lines().filter(|l| !l.trim().is_empty()).map(|p| p.replace('&', "&amp;").replace('<', "&lt;"));
            let title = paras.next().unwrap_or_default();
            let body: String = paras.map(|p| format!("<p>{p}</p>")).collect();
            format!("<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>")
        })
        .collect();
    let site = http::Server::start(move |req: &http::Request| match req.path.as_str() {
        "/left" => http::Reply::html(pages[0].clone()),
        "/right" => http::Reply::html(pages[1].clone()),
        _ => http::Reply::status(404),
    });
    let urls = [site.url("/left"), site.url("/right")];
    if let Some(vim) = on_path("vim") {
        programs.push(Program {
            name: "vim -O",
            // No vimrc, no plugins, no swap file: vim as it starts for anyone. Without
            // `shortmess+=F` the two files' info lines stop at a hit-enter prompt.
            command: [&vim, "-u", "NONE", "-n", "--cmd", "set shortmess+=F", "-O"]
                .map(String::from)
                .into_iter()
                .chain(files.iter().cloned())
                .collect(),
            needles: vec![LEFT.1, RIGHT.1],
            frames: false,
        });
    }
    if let Some(less) = on_path("less") {
        programs.push(Program {
            name: "less (one file)",
            command: vec![less, files[0].clone()],
            needles: vec![LEFT.1],
            frames: false,
        });
    }
    programs.push(Program {
        name: "parallax, 2 URLs",
        command: vec![programs[0].command[0].clone(), urls[0].clone(), urls[1].clone()],
        needles: vec![LEFT.1, RIGHT.1],
        frames: true,
    });
    println!("first paint, two seeds side by side at {COLS}x{ROWS}, {runs} runs each:");
    for p in &programs {
        // The first run fills caches (parallax's index cache, the page cache).
        let _ = first_paint(p, home.path());
        let mut ms: Vec<f64> = (0..runs).filter_map(|_| first_paint(p, home.path())).collect();
        if ms.is_empty() {
            println!("  {:<16} never painted within {}s", p.name, GIVE_UP.as_secs());
            continue;
        }
        ms.sort_by(f64::total_cmp);
        let median = ms[ms.len() / 2];
        println!("  {:<16} median {median:6.1} ms   fastest {:6.1} ms", p.name, ms[0]);
    }
}

/// Milliseconds from spawn to the first paint, or `None` if it never came.
fn first_paint(p: &Program, home: &Path) -> Option<f64> {
    let pair = native_pty_system()
        .openpty(PtySize { rows: ROWS, cols: COLS, ..PtySize::default() })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(&p.command[0]);
    cmd.args(&p.command[1..]);
    cmd.env_clear();
    let h = home.display().to_string();
    for (k, v) in [
        ("HOME", h.clone()),
        ("TERM", "xterm-256color".into()),
        ("PATH", std::env::var("PATH").unwrap_or_default()),
        ("XDG_CONFIG_HOME", format!("{h}/.config")),
        ("XDG_STATE_HOME", format!("{h}/.local/state")),
        ("XDG_CACHE_HOME", format!("{h}/.cache")),
        ("LANG", "C.UTF-8".into()),
        ("NO_PROXY", "127.0.0.1,localhost".into()),
    ] {
        cmd.env(k, v);
    }
    cmd.cwd(home);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let (send, arrived) = mpsc::channel::<(Instant, Vec<u8>)>();
    let t0 = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
    drop(pair.slave);
    // Stamped as it is read, so the waiting below adds nothing to the figure.
    std::thread::spawn(move || {
        let mut buf = [0u8; 1 << 16];
        while let Ok(n @ 1..) = reader.read(&mut buf) {
            if send.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    // Everything it writes, stamped, until it has been quiet for a while: judging the
    // screen as the bytes come would take the cores the program is starting on.
    let mut chunks: Vec<(Instant, Vec<u8>)> = Vec::new();
    while t0.elapsed() < GIVE_UP {
        match arrived.recv_timeout(QUIET) {
            Ok(chunk) => chunks.push(chunk),
            Err(mpsc::RecvTimeoutError::Timeout) if !chunks.is_empty() => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let nonzero = |n: u16| std::num::NonZeroU16::new(n).expect("a size");
    let mut screen = vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0);
    let mut raw: Vec<u8> = Vec::new();
    let mut painted = None;
    for (at, bytes) in &chunks {
        screen.process(bytes);
        raw.extend_from_slice(bytes);
        let whole = !p.frames || last(&raw, b"\x1b[?2026l") > last(&raw, b"\x1b[?2026h");
        let contents = screen.screen().contents();
        if whole && p.needles.iter().all(|n| contents.contains(n)) {
            painted = Some(at.duration_since(t0).as_secs_f64() * 1e3);
            break;
        }
    }
    if painted.is_none() && std::env::var_os("FIRST_PAINT_DEBUG").is_some() {
        eprintln!("{}: {}\n{}", p.name, String::from_utf8_lossy(&raw), screen.screen().contents());
    }
    painted
}

fn last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn on_path(name: &str) -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d: PathBuf| d.join(name))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}
