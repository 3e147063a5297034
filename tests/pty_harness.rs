//! Proves the end-to-end harness on `sh`, before parallax relies on it.

mod support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use support::{Opts, TIMEOUT, Term, keys};

#[test]
fn wait_for_finds_printed_text() {
    let mut t = Term::shell("printf 'hello\\n'; printf 'wor'; printf 'ld\\n'", Opts::default());
    t.wait_for("world", TIMEOUT);
    assert!(t.screen().contains("hello"));
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn keys_reach_the_program() {
    let mut t = Term::shell("read line; echo \"got <$line>\"", Opts::default());
    t.send("abc");
    t.send(keys::ENTER);
    t.wait_for("got <abc>", TIMEOUT);
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn environment_is_hermetic() {
    let t = Term::shell(
        "echo \"[$TERM|$HOME|$XDG_STATE_HOME|${NO_COLOR-unset}|$PWD]\"",
        Opts::default(),
    );
    let home = t.home().display().to_string();
    t.wait_for(&format!("[xterm-256color|{home}|{home}/.local/state|unset|{home}]"), TIMEOUT);

    let t = Term::shell("echo \"[$NO_COLOR|$PWD]\"", Opts::default().env("NO_COLOR", "1").cwd("/"));
    t.wait_for("[1|/]", TIMEOUT);
}

#[test]
fn resize_is_seen_by_the_program_and_the_screen() {
    let t = Term::shell("stty size; read _; stty size; read _", Opts::size(100, 30));
    t.wait_for("30 100", TIMEOUT);
    t.resize(50, 10);
    t.send(keys::ENTER);
    t.wait_for("10 50", TIMEOUT);
    t.with_screen(|s| assert_eq!(s.size(), (10.try_into().unwrap(), 50.try_into().unwrap())));
}

#[test]
fn stty_probe_sees_cooked_and_raw_terminals() {
    // Restored: the probe finds the modes a shell expects, and the exit code.
    let t = Term::shell(&format!("(exit 3); {}", support::STTY_PROBE), Opts::default());
    let stty = t.stty_after_exit(TIMEOUT);
    assert_eq!(stty.app_exit, 3);
    stty.assert_cooked();

    // Left raw, as a crashed full-screen program would leave it: the check fails.
    let t = Term::shell(&format!("stty raw -echo; {}", support::STTY_PROBE), Opts::default());
    let stty = t.stty_after_exit(TIMEOUT);
    assert!(!stty.has("icanon") && stty.has("-icanon"), "{}", stty.modes);
    assert!(catch_unwind(AssertUnwindSafe(|| stty.assert_cooked())).is_err());
}

#[test]
fn signal_and_wait_exit() {
    let mut t = Term::shell(
        "trap 'echo got-term; exit 7' TERM; echo armed; while :; do sleep 0.05; done",
        Opts::default(),
    );
    t.wait_for("armed", TIMEOUT);
    assert_eq!(t.wait_exit(Duration::from_millis(100)), None, "still running");
    t.signal("SIGTERM");
    assert_eq!(t.wait_exit(TIMEOUT), Some(7));
    assert!(t.screen().contains("got-term"));
}

#[test]
fn killed_by_a_signal_reports_it() {
    let mut t = Term::shell("echo up; exec sleep 30", Opts::default());
    t.wait_for("up", TIMEOUT);
    t.signal("KILL");
    let status = t.wait_exit_status(TIMEOUT).expect("exits");
    assert!(status.signal().is_some(), "{status:?}");
}

#[test]
fn timeout_reports_the_whole_screen() {
    let t = Term::shell("echo first line; echo second line; sleep 30", Opts::size(40, 6));
    t.wait_for("second line", TIMEOUT);
    let err =
        catch_unwind(AssertUnwindSafe(|| t.wait_for("never printed", Duration::from_millis(200))))
            .expect_err("the wait must fail");
    let msg = err.downcast_ref::<String>().expect("a formatted message");
    assert!(msg.contains("\"never printed\""), "{msg}");
    assert!(msg.contains("| first line"), "{msg}");
    assert!(msg.contains("| second line"), "{msg}");
    assert!(msg.contains("screen 40x6"), "{msg}");
}

#[test]
fn waiting_on_a_program_that_exited_fails_at_once() {
    let t = Term::shell("echo bye", Opts::default());
    let started = std::time::Instant::now();
    let err = catch_unwind(AssertUnwindSafe(|| t.wait_for("never", Duration::from_secs(30))))
        .expect_err("fails");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(err.downcast_ref::<String>().is_some_and(|m| m.contains("closed the terminal")));
}

#[test]
fn raw_log_marks_and_escape_sequences() {
    let t = Term::shell(
        "read _; printf '\\033[?1049h\\033[31mred\\033[0m\\033[?1049l'; read _",
        Opts::default(),
    );
    let mark = t.raw_len();
    t.send(keys::ENTER);
    t.wait_raw(b"\x1b[?1049l", TIMEOUT);
    let since = t.raw_since(mark);
    assert!(since.windows(5).any(|w| w == b"[31mr"), "{}", support::printable(&since));
    t.wait_quiet(Duration::from_millis(100), TIMEOUT);
    t.with_screen(|s| assert!(!s.alternate_screen()));
}

#[test]
fn cursor_position_queries_are_answered() {
    // A program that asks where the cursor is must not stall.
    let t = Term::shell(
        "stty raw -echo; printf 'ab\\033[6n'; reply=$(dd bs=1 count=6 2>/dev/null); stty sane; echo; echo \"reply<$reply>\" | tr '\\033' E",
        Opts::default(),
    );
    t.wait_for("reply<E[1;3R>", TIMEOUT);
}

#[test]
fn drop_kills_the_process_group() {
    let t = Term::shell("sleep 300 & echo \"bg=$!\"; wait", Opts::default());
    t.wait_for("bg=", TIMEOUT);
    let screen = t.screen();
    let bg: u32 = screen
        .split("bg=")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    drop(t);
    // SIGKILL lands asynchronously; a zombie awaiting its reaper counts as gone.
    let alive =
        || std::fs::read_to_string(format!("/proc/{bg}/stat")).is_ok_and(|s| !s.contains(") Z "));
    let deadline = std::time::Instant::now() + TIMEOUT;
    while alive() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!alive(), "background process {bg} survived the Term");
}
