//! Hostile terminals: the `TERM`s an SSH client may hand over, a bare
//! Esc that arrives glued to the next key, how many bytes a scroll costs on a slow
//! link, synchronized output, and signals that arrive mid-edit. The pty scenarios
//! of tests/e2e_reader.rs (open, resize, quit, panic, SIGTERM/SIGHUP) are not repeated.

mod support;

use std::time::Duration;

use support::{Opts, TIMEOUT, Term, keys};

const ALT_SCREEN_OFF: &[u8] = b"\x1b[?1049l";
const SYNC_ON: &[u8] = b"\x1b[?2026h";
const SYNC_OFF: &[u8] = b"\x1b[?2026l";
/// How long output must pause before a frame counts as complete.
const QUIET: Duration = Duration::from_millis(300);

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

fn library_shown(t: &Term) {
    t.wait_until("the library on the alternate screen", TIMEOUT, |s| {
        s.alternate_screen() && s.contents().contains("parallax · 5 articles")
    });
}

/// The text of the row drawn as selected, seen without colour: reverse video (or
/// bold) across the row, which is what the monochrome theme uses.
fn selected_row(s: &vt100::Screen) -> Option<String> {
    let (rows, cols) = (s.size().0.get(), s.size().1.get());
    (0..rows).find_map(|r| {
        let marked = (0..cols).filter(|&c| s.cell(r, c).is_some_and(|c| c.inverse())).count();
        (marked * 2 > usize::from(cols) / 2).then(|| {
            let row: String =
                (0..cols).filter_map(|c| s.cell(r, c)).map(|c| c.contents()).collect();
            row.trim().to_owned()
        })
    })
}

#[test]
fn every_common_term_starts_reads_and_restores() {
    let cases: &[(&str, Option<&str>)] = &[
        ("xterm-256color", None),
        ("screen-256color", None),
        ("tmux-256color", None),
        ("linux", None),
        ("dumb", None),
        ("xterm-256color", Some("1")),
        ("dumb", Some("1")),
    ];
    for &(term, no_color) in cases {
        let mut opts = Opts::size(120, 35).env("TERM", term);
        if let Some(v) = no_color {
            opts = opts.env("NO_COLOR", v);
        }
        let what = format!("TERM={term} NO_COLOR={no_color:?}");
        let t = Term::parallax_then_stty(&[], opts);
        library_shown(&t);
        t.send(keys::ENTER);
        t.wait_for("now choose the right article", TIMEOUT);
        t.send(keys::ENTER);
        t.wait_for("Politico: Moscow and Kiev", TIMEOUT);
        t.send("}");
        t.wait_for("In the run-up to Donald Trump", TIMEOUT);
        t.send("q");
        let stty = t.stty_after_exit(TIMEOUT);
        assert_eq!(stty.app_exit, 0, "{what}");
        stty.assert_cooked();
        let raw = t.raw();
        assert_eq!(count(&raw, ALT_SCREEN_OFF), 1, "{what}: left the alternate screen once");
        if term == "dumb" {
            assert_eq!(count(&raw, b"\x1b[?2026h"), 0, "{what}: no synchronized output");
        }
        if no_color.is_some() || term == "dumb" {
            assert!(
                count(&raw, b"38;5;") + count(&raw, b"48;5;") + count(&raw, b"38;2;") == 0,
                "{what}: colour codes"
            );
        }
    }
}

#[test]
fn selection_is_visible_without_colour() {
    let t = Term::parallax_with(&[], Opts::size(120, 35).env("NO_COLOR", "1"));
    selection_moves_in_reverse_video(t);
    let dumb = Term::parallax_with(&[], Opts::size(120, 35).env("TERM", "dumb"));
    selection_moves_in_reverse_video(dumb);
}

fn selection_moves_in_reverse_video(t: Term) {
    library_shown(&t);
    let first = t.with_screen(selected_row).expect("a row in reverse video");
    assert!(first.contains("Zelensky and Increasingly Urgent"), "{first}");
    t.send("j");
    t.wait_until("the second row selected", TIMEOUT, |s| {
        selected_row(s).is_some_and(|r| r != first)
    });
    let second = t.with_screen(selected_row).unwrap();
    assert!(second.contains("Politico"), "{second}");
    t.send("q");
}

/// Esc then `j` in the library's filter box: Esc closes (and clears) the filter,
/// keeping the selected article (Politico, the second), and `j` moves down a row. Sent as separate writes, and glued in one write (`ESC j`,
/// which a terminal layer may read as Alt-j): the outcome must be the same, with
/// no reliance on timing.
#[test]
fn a_bare_esc_is_never_time_critical() {
    for glued in [false, true] {
        let t = Term::parallax_with(&[], Opts::size(120, 35).env("NO_COLOR", "1"));
        library_shown(&t);
        t.send("/");
        t.send("polit");
        t.wait_for("/ polit", TIMEOUT);
        // A list row carries its word count; the preview may name the article too.
        t.wait_until("the filter narrows the list", TIMEOUT, |s| {
            !s.contents()
                .lines()
                .any(|l| l.contains("Zelensky and Increasingly Urgent") && l.contains(" w "))
        });
        if glued {
            t.send("\x1bj");
        } else {
            t.send(keys::ESC);
            t.send("j");
        }
        t.wait_until("filter closed, all five articles listed", TIMEOUT, |s| {
            s.contents().contains("/ to filter")
                && s.contents().contains("Zelensky and Increasingly Urgent")
        });
        t.wait_until("the third row selected", TIMEOUT, |s| {
            selected_row(s).is_some_and(|r| r.contains("Challenges And Prospects"))
        });
        let screen = t.screen();
        assert!(!screen.contains("/ politj"), "glued={glued}: j typed into the filter");
        t.send("q");
    }
}

/// Opens the first two seeds side by side (or stacked) and waits until drawing stops.
fn reading(cols: u16, rows: u16, env: Option<(&str, &str)>) -> Term {
    let mut opts = Opts::size(cols, rows);
    if let Some((k, v)) = env {
        opts = opts.env(k, v);
    }
    let t = Term::parallax_with(&[], opts);
    library_shown(&t);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_for("Politico: Moscow and Kiev", TIMEOUT);
    t.wait_quiet(QUIET, TIMEOUT);
    t
}

/// Bytes written for one key, once the frame it causes is complete.
fn bytes_for(t: &Term, key: &str, changed: impl Fn(&vt100::Screen) -> bool) -> Vec<u8> {
    let mark = t.raw_len();
    t.send(key);
    t.wait_until("the key's frame", TIMEOUT, changed);
    t.wait_quiet(QUIET, TIMEOUT);
    t.raw_since(mark)
}

/// What a slow link pays for a one-line scroll. ratatui writes only changed cells,
/// but a scroll changes every row of the pane, so the figure is about a pane's worth
/// of text, far below a full repaint and far above "a few hundred bytes" (see
/// /work/notes/reliability.md for the measured figures and the scroll-region proposal).
#[test]
fn a_one_line_scroll_writes_a_pane_not_the_screen() {
    for (cols, rows) in [(160u16, 45u16), (80, 24)] {
        let t = reading(cols, rows, None);
        let full = {
            // A full repaint for comparison: what a resize redraws.
            let mark = t.raw_len();
            t.resize(cols - 1, rows);
            t.wait_quiet(QUIET, TIMEOUT);
            t.resize(cols, rows);
            t.wait_quiet(QUIET, TIMEOUT);
            t.raw_since(mark).len() / 2
        };
        let top = t.with_screen(|s| s.contents_formatted());
        let scroll = bytes_for(&t, "j", |s| s.contents_formatted() != top);
        let top = t.with_screen(|s| s.contents_formatted());
        let back = bytes_for(&t, "k", |s| s.contents_formatted() != top);
        eprintln!(
            "{cols}x{rows}: one-line scroll down {} bytes, up {} bytes; full repaint {full} bytes",
            scroll.len(),
            back.len()
        );
        assert!(scroll.len() * 2 < full, "{cols}x{rows}: {} vs full {full}", scroll.len());
        if cols < 100 {
            // Stacked panes are full-width bands: the terminal scrolls them itself, and
            // only the new line and the title bars are written.
            for (what, frame) in [("down", &scroll), ("up", &back)] {
                assert!(frame.len() < 500, "{cols}x{rows} {what}: {} bytes", frame.len());
                assert!(count(frame, b"\x1b[r") == 1, "{what}: one scrolling region, reset");
            }
        }
        // Exactly one synchronized frame per key.
        for frame in [&scroll, &back] {
            assert!(frame.starts_with(SYNC_ON), "{}", support::printable(frame));
            assert!(frame.ends_with(SYNC_OFF), "{}", support::printable(frame));
            assert_eq!(count(frame, SYNC_ON), 1);
            assert_eq!(count(frame, SYNC_OFF), 1);
        }
        t.send("q");
    }
}

/// Every frame from the first to the last is wrapped in synchronized output, so a
/// terminal that supports it never shows a half-drawn frame on a slow link.
#[test]
fn every_frame_is_a_synchronized_update() {
    let mut t = reading(100, 30, None);
    for key in ["}", "j", "k", "{"] {
        t.send(key);
        t.wait_quiet(QUIET, TIMEOUT);
    }
    t.resize(60, 20);
    t.wait_quiet(QUIET, TIMEOUT);
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
    let raw = t.raw();
    let on = count(&raw, SYNC_ON);
    assert!(on >= 6, "{on} frames");
    assert_eq!(on, count(&raw, SYNC_OFF), "every begin has its end");
    // Between frames nothing is drawn: each end is followed at once by the next
    // begin; only the restore sequences follow the last frame.
    let find = |from: usize, needle: &[u8]| {
        raw[from..].windows(needle.len()).position(|w| w == needle).map(|i| i + from)
    };
    let mut at = find(0, SYNC_ON).unwrap();
    while let Some(off) = find(at, SYNC_OFF) {
        let after = off + SYNC_OFF.len();
        let Some(next) = find(after, SYNC_ON) else { break };
        assert_eq!(next, after, "drawn between frames: {}", support::printable(&raw[after..next]));
        at = next;
    }
}

/// Signals that land while the user is half-way through something: typing a filter,
/// or mid escape sequence. Each restores the terminal and exits 128 + signal.
#[test]
fn signals_mid_edit_restore_the_terminal() {
    for (sig, code, pending) in [
        ("HUP", 129, "/zel"),
        ("TERM", 143, "/zel"),
        ("INT", 130, "/zel"),
        ("QUIT", 131, "/zel"),
        ("HUP", 129, "\x1b["),
    ] {
        let t = Term::shell(
            &format!(
                "trap : HUP TERM INT QUIT; {} ; {}",
                support::quote(support::bin()),
                support::STTY_PROBE
            ),
            Opts::size(100, 30),
        );
        library_shown(&t);
        t.send(pending);
        if pending.starts_with('/') {
            t.wait_for("/ zel", TIMEOUT);
        }
        // The whole group, as a dropped session's hang-up reaches it.
        let ok = std::process::Command::new("sh")
            .args(["-c", "kill -s \"$0\" -- \"-$1\"", sig, &t.pid().to_string()])
            .status()
            .expect("kill")
            .success();
        assert!(ok);
        let stty = t.stty_after_exit(TIMEOUT);
        assert_eq!(stty.app_exit, code, "SIG{sig} with {pending:?} pending");
        stty.assert_cooked();
        assert_eq!(count(&t.raw(), ALT_SCREEN_OFF), 1, "SIG{sig}");
    }
}
