//! parallax as it is used on servers: through `ssh -tt` to a loopback sshd
//! (TESTING.md §4). Skips, saying why, where sshd cannot run; `.ci/run` installs it.

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
