//! The reader as a user meets it: the real binary in a pseudo-terminal, read back
//! through a vt100 emulator (see tests/support).

mod support;

use std::process::Command;
use support::{Opts, TIMEOUT, Term, keys};

const ALT_SCREEN_OFF: &[u8] = b"\x1b[?1049l";

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn library_shown(t: &Term) {
    t.wait_until("the library on the alternate screen", TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax · 5 articles")
    });
}

/// Signals the whole process group: the shell running the stty probe traps it and
/// carries on, parallax acts on it.
fn signal_group(t: &Term, sig: &str) {
    let ok = Command::new("sh")
        .args(["-c", "kill -s \"$0\" -- \"-$1\"", sig, &t.pid().to_string()])
        .status()
        .expect("kill")
        .success();
    assert!(ok, "kill -s {sig} failed");
}

#[test]
fn open_two_scroll_resize_and_quit_restores_the_terminal() {
    let t = Term::parallax_then_stty(&[], Opts::size(120, 35));
    library_shown(&t);
    t.wait_for("Zelensky and Increasingly Urgent Negotiations", TIMEOUT);
    // Two keystrokes: the first two articles side by side.
    t.send(keys::ENTER);
    t.wait_for("now choose the right article", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky and Increasingly Urgent Negotiations", TIMEOUT);
    t.wait_for("Politico: Moscow and Kiev", TIMEOUT);
    // Scroll the left pane by passages and by lines.
    t.send("}}");
    t.wait_for("In the run-up to Donald Trump", TIMEOUT);
    t.send("jjj");
    // Too small, then back.
    t.resize(10, 2);
    t.wait_until("a too-small notice", TIMEOUT, |s| s.contents().contains("too small"));
    t.resize(120, 35);
    t.wait_for("Politico: Moscow and Kiev", TIMEOUT);
    t.send("q");
    let stty = t.stty_after_exit(TIMEOUT);
    assert_eq!(stty.app_exit, 0);
    stty.assert_cooked();
    assert!(contains(&t.raw(), ALT_SCREEN_OFF), "left the alternate screen");
}

#[test]
fn two_files_open_side_by_side_at_once() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let t = Term::parallax_with(
        &["seeds/002_426d75bc5307f069.txt", "seeds/004_397f8095a0934865.txt"],
        Opts::size(120, 30).cwd(dir),
    );
    t.wait_for("▶ Challenges And Prospects For Ukraine Peace Talks", TIMEOUT);
    t.wait_for("Putin’s latest peace feelers", TIMEOUT);
    // The folded subscription chrome is one line, not eight.
    t.wait_for("▸ Get all your news in one place", TIMEOUT);
    t.send("q");
}

/// Two short files are read before the screen comes up: the very first frame drawn is
/// the pair, with no library flashing by before it.
#[test]
fn two_short_files_are_the_first_frame() {
    const FRAME_END: &[u8] = b"\x1b[?2026l";
    let dir = env!("CARGO_MANIFEST_DIR");
    let t = Term::parallax_with(
        &["seeds/002_426d75bc5307f069.txt", "seeds/004_397f8095a0934865.txt"],
        Opts::size(120, 30).cwd(dir),
    );
    t.wait_raw(FRAME_END, TIMEOUT);
    let raw = t.raw();
    let end = raw.windows(FRAME_END.len()).position(|w| w == FRAME_END).unwrap() + FRAME_END.len();
    let mut first = vt100::Parser::new(30.try_into().unwrap(), 120.try_into().unwrap(), 0);
    first.process(&raw[..end]);
    let shown = first.screen().contents();
    assert!(shown.contains("▶ Challenges And Prospects For Ukraine Peace Talks"), "{shown}");
    assert!(shown.contains("Putin’s latest peace feelers"), "{shown}");
    t.send("q");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for (sig, code) in [("TERM", 128 + 15), ("HUP", 128 + 1)] {
        let t = Term::shell(
            &format!(
                "trap : TERM HUP; {} ; {}",
                support::quote(support::bin()),
                support::STTY_PROBE
            ),
            Opts::size(100, 30),
        );
        library_shown(&t);
        t.send(keys::ENTER);
        t.send(keys::ENTER);
        t.wait_for("▶ Zelensky", TIMEOUT);
        signal_group(&t, sig);
        let stty = t.stty_after_exit(TIMEOUT);
        assert_eq!(stty.app_exit, code, "SIG{sig}");
        stty.assert_cooked();
        assert!(contains(&t.raw(), ALT_SCREEN_OFF), "SIG{sig}: left the alternate screen");
    }
}

#[test]
fn ctrl_c_quits_like_q() {
    let t = Term::parallax_then_stty(&[], Opts::size(100, 30));
    library_shown(&t);
    t.send(&keys::ctrl('c'));
    let stty = t.stty_after_exit(TIMEOUT);
    assert_eq!(stty.app_exit, 0);
    stty.assert_cooked();
}

#[test]
fn a_panic_restores_the_terminal() {
    let t = Term::parallax_then_stty(&[], Opts::size(100, 30).env("PARALLAX_TEST_PANIC", "1"));
    let stty = t.stty_after_exit(TIMEOUT);
    assert_eq!(stty.app_exit, 101, "a panic exits 101");
    stty.assert_cooked();
    let raw = t.raw();
    assert!(contains(&raw, ALT_SCREEN_OFF));
    assert!(contains(&raw, b"PARALLAX_TEST_PANIC is set"), "the panic message reaches the user");
}

#[test]
fn no_color_means_no_colour_codes_and_no_mouse_capture() {
    let t = Term::parallax_with(&[], Opts::size(100, 30).env("NO_COLOR", "1"));
    library_shown(&t);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("q");
    let raw = t.raw();
    let colours = sgr_colours(&raw);
    assert!(colours.is_empty(), "colour codes under NO_COLOR: {colours:?}");
    assert!(!contains(&raw, b"38;5;") && !contains(&raw, b"38;2;"), "no 256/true colour");
    assert!(!contains(&raw, b"\x1b[?1000h"), "mouse capture is off by default");
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evil = dir.path().join("evil.txt");
    std::fs::write(
        &evil,
        "A Perfectly Normal Headline\n\n\
         The first paragraph \x1b]0;PWNED-TITLE\x07 carries an OSC title change, a clear \
         screen \x1b[2J and a cursor move \x1b[10;10H, plus a bell \x07 and \u{9b}31m C1.\n",
    )
    .expect("write");
    let t = Term::parallax_with(&[evil.to_str().unwrap()], Opts::size(100, 30));
    library_shown_any(&t);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_for("The first paragraph carries an OSC title", TIMEOUT);
    t.send("q");
    let raw = t.raw();
    assert!(!contains(&raw, b"PWNED-TITLE"), "OSC payload must not be written");
    assert!(!contains(&raw, b"\x1b]0;"), "no title change");
    assert!(!contains(&raw, b"\x07"), "no bell");
    assert!(!t.screen().contains("[2J"), "no residue of the sequence");
}

fn library_shown_any(t: &Term) {
    t.wait_until("the library", TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax · ")
    });
}

/// The SGR parameters in `raw` that set a colour (30–37, 38, 40–47, 48, 90–97,
/// 100–107); 39/49 only reset to the terminal's default and are allowed.
fn sgr_colours(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] == 0x1b && raw[i + 1] == b'[' {
            let start = i + 2;
            let mut j = start;
            while j < raw.len() && (raw[j].is_ascii_digit() || raw[j] == b';') {
                j += 1;
            }
            if raw.get(j) == Some(&b'm') {
                let params = String::from_utf8_lossy(&raw[start..j]).into_owned();
                let colour = params
                    .split(';')
                    .filter_map(|p| p.parse::<u16>().ok())
                    .any(|n| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107));
                if colour {
                    found.push(params);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    found
}
