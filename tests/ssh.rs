//! parallax as it is used on servers: through `ssh -tt` to a loopback sshd
//! that starts for the test. Skips, saying why, where sshd cannot run; `.ci/run` installs it.

mod support;

use std::time::{Duration, Instant};

use support::ssh::{Loopback, SSH_TIMEOUT};
use support::{Opts, keys, quote};

#[test]
fn ssh_gives_the_remote_side_a_real_pty() {
    let Some(lb) = Loopback::start() else { return };
    let mut t = lb.term(
        "sh -c 'stty size; echo \"TERM=$TERM\"; echo ready; while read _; do stty size; done'",
        Opts::default(),
    );
    t.wait_for("ready", SSH_TIMEOUT);
    let screen = t.screen();
    assert!(screen.contains("24 80"), "remote pty size:\n{screen}\nsshd log:\n{}", lb.log());
    assert!(screen.contains("TERM=xterm-256color"), "{screen}");

    // A resize travels over the connection as a window-change request, which ssh
    // sends asynchronously: ask the remote side again until the new size shows.
    t.resize(100, 30);
    let deadline = Instant::now() + SSH_TIMEOUT;
    loop {
        t.send(keys::ENTER);
        match t.try_wait_for("30 100", Duration::from_millis(500)) {
            Ok(()) => break,
            Err(report) if Instant::now() >= deadline => panic!("{report}"),
            Err(_) => {}
        }
    }
    t.send(&keys::ctrl('d'));
    assert_eq!(t.wait_exit(SSH_TIMEOUT), Some(0), "sshd log:\n{}", lb.log());
}

#[test]
fn parallax_over_ssh_shows_library_and_quits() {
    let Some(lb) = Loopback::start() else { return };
    let mut t = lb.term(&quote(support::bin()), Opts::default().env("TERM", "xterm-256color"));
    // On the alternate screen, so an error message naming the binary does not count.
    t.wait_until("the parallax library on the alternate screen", SSH_TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax")
    });
    t.send("q");
    assert_eq!(t.wait_exit(SSH_TIMEOUT), Some(0), "screen:\n{}", t.screen());
    let raw = t.raw();
    assert!(
        raw.windows(8).any(|w| w == b"\x1b[?1049l"),
        "alternate screen never left; raw tail: {}",
        support::printable(&raw[raw.len().saturating_sub(400)..])
    );
}

/// The state file a session leaves in the test's temporary home.
fn state_file(t: &support::Term) -> std::path::PathBuf {
    t.home().join(".local/state/parallax/state.json")
}

/// True while `pid` runs (a zombie awaiting its reaper counts as gone).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z "))
}

/// Starts parallax over ssh with its pid written to a file, and opens the first two
/// articles side by side. Returns the remote pid.
fn remote_reader(lb: &Loopback, pid_dir: &std::path::Path) -> (support::Term, u32) {
    let pid_file = pid_dir.join("parallax.pid");
    // The login shell's own pid, which `exec` hands to parallax.
    let cmd = format!(
        "echo $$ > {}; exec {}",
        quote(&pid_file.display().to_string()),
        quote(support::bin())
    );
    let t = lb.term(&cmd, Opts::size(120, 35));
    t.wait_until("the library on the alternate screen", SSH_TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax · 5 articles")
    });
    t.send(keys::ENTER);
    t.wait_for("now choose the right article", SSH_TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky and Increasingly Urgent Negotiations", SSH_TIMEOUT);
    let pid = std::fs::read_to_string(&pid_file).expect("pid file").trim().parse().expect("pid");
    assert!(alive(pid), "remote parallax {pid} is running");
    (t, pid)
}

#[test]
fn over_ssh_open_a_pair_scroll_quit_and_the_remote_terminal_is_restored() {
    let Some(lb) = Loopback::start() else { return };
    let cmd = format!("{}; {}", quote(support::bin()), support::STTY_PROBE);
    let mut t = lb.term(&cmd, Opts::size(120, 35));
    t.wait_until("the library on the alternate screen", SSH_TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax · 5 articles")
    });
    t.send(keys::ENTER);
    t.wait_for("now choose the right article", SSH_TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky and Increasingly Urgent Negotiations", SSH_TIMEOUT);
    t.wait_for("▶ Zelensky and Increasingly Urgent Negotiations", SSH_TIMEOUT);
    t.send("}}");
    t.wait_for("In the run-up to Donald Trump", SSH_TIMEOUT);
    t.send("jj");
    t.send(keys::TAB);
    t.send("j");
    t.send("q");
    // The probe runs in the remote pty, after parallax: what the user's shell meets.
    let stty = t.stty_after_exit(SSH_TIMEOUT);
    assert_eq!(stty.app_exit, 0);
    stty.assert_cooked();
    assert_eq!(t.wait_exit(SSH_TIMEOUT), Some(0), "sshd log:\n{}", lb.log());
    let raw = t.raw();
    assert!(raw.windows(8).any(|w| w == b"\x1b[?1049l"), "alternate screen left");
    assert!(state_file(&t).is_file(), "session saved on quit");
}

/// The link drops: the local client dies without a word, sshd hangs up the remote
/// pty. Returns whether the remote reader was gone within [`SSH_TIMEOUT`], and the
/// session file it left, if any.
fn drop_the_link(t: &mut support::Term, pid: u32) -> (bool, Option<String>) {
    let state = state_file(t);
    let _ = std::fs::remove_file(&state);
    t.signal("KILL");
    assert!(t.wait_exit_status(SSH_TIMEOUT).is_some(), "the ssh client died");
    let deadline = Instant::now() + SSH_TIMEOUT;
    while alive(pid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    (!alive(pid), std::fs::read_to_string(&state).ok())
}

/// The remote reader must notice the hang-up and exit, not linger on a dead pty.
#[test]
fn a_dropped_connection_ends_the_remote_reader() {
    let Some(lb) = Loopback::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (mut t, pid) = remote_reader(&lb, dir.path());
    let (gone, _) = drop_the_link(&mut t, pid);
    assert!(gone, "remote parallax {pid} still running {SSH_TIMEOUT:?} after the link dropped");
}

/// ...and save its session on the way out, although every write to the hung-up
/// terminal fails (restoring it quietly, never `eprintln!` to a dead stderr).
#[test]
fn a_dropped_connection_saves_the_session() {
    let Some(lb) = Loopback::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (mut t, pid) = remote_reader(&lb, dir.path());
    let (gone, saved) = drop_the_link(&mut t, pid);
    assert!(gone, "remote parallax {pid} still running");
    let saved = saved.expect("session saved on hang-up");
    assert!(saved.contains("seeds/"), "{saved}");
}

/// SIGHUP to the remote reader itself, with the link up: it restores the terminal
/// (the bytes reach the client) and reports 128 + 1, which ssh passes on.
#[test]
fn sighup_to_the_remote_reader_restores_and_exits_129() {
    let Some(lb) = Loopback::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (mut t, pid) = remote_reader(&lb, dir.path());
    let ok = std::process::Command::new("kill")
        .args(["-s", "HUP", &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill -HUP {pid}");
    assert_eq!(t.wait_exit(SSH_TIMEOUT), Some(129), "sshd log:\n{}", lb.log());
    assert!(!alive(pid));
    let raw = t.raw();
    assert!(raw.windows(8).any(|w| w == b"\x1b[?1049l"), "alternate screen left");
    assert!(state_file(&t).is_file(), "session saved on SIGHUP");
}
