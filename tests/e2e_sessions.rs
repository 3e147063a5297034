//! Sessions that last, end to end: bookmarks with notes, positions and the pair come
//! back after a restart; config errors stop before the screen changes; nothing the
//! user wrote is lost.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::{Opts, TIMEOUT, Term, keys};

/// Options that point the state and config dirs at `home` (shared across runs).
fn in_home(home: &Path, w: u16, h: u16) -> Opts {
    Opts::size(w, h)
        .env("XDG_STATE_HOME", home.join("state").to_str().unwrap())
        .env("XDG_CONFIG_HOME", home.join("config").to_str().unwrap())
}

fn cli(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(support::bin())
        .args(args)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("NO_COLOR")
        .output()
        .expect("run parallax")
}

/// Waits until a screen line marked as the current passage (`▌`) shows `text`.
fn current_passage_starts(t: &Term, text: &str) {
    t.wait_until(&format!("current passage: {text}"), TIMEOUT, |s| {
        s.contents().lines().any(|l| l.starts_with('▌') && l.contains(text))
    });
}

fn state_file(home: &Path) -> PathBuf {
    home.join("state/parallax/state.json")
}

#[test]
fn a_bookmark_and_the_positions_survive_a_restart() {
    let home = tempfile::tempdir().expect("tempdir");
    let t = Term::parallax_with(&[], in_home(home.path(), 120, 32));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("}}}");
    current_passage_starts(&t, "The US president-elect said on January 10");
    t.send("m");
    t.wait_for("Bookmark · note", TIMEOUT);
    t.send("Trump wants a meeting");
    t.send(keys::ENTER);
    t.wait_for("bookmarked: Trump wants a meeting", TIMEOUT);
    t.send(keys::TAB);
    t.send("}}");
    t.send("q");
    let mut t = t;
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));

    // Another day, another terminal size: the pair, the places and the note are back.
    let t = Term::parallax_with(&[], in_home(home.path(), 90, 30));
    current_passage_starts(&t, "The US president-elect said on January 10");
    // The frame streams in: wait for the other pane rather than look once.
    t.wait_for("Politico: Moscow and Kiev", TIMEOUT);
    t.send("'");
    t.wait_for("Bookmarks (1)", TIMEOUT);
    t.wait_for("Trump wants a meeting — Zelensky", TIMEOUT);
    t.send("q");

    let notes = cli(home.path(), &["notes"]);
    let md = String::from_utf8_lossy(&notes.stdout);
    assert!(
        md.contains("## Zelensky and Increasingly Urgent Negotiations — by Gianandrea Gaiani"),
        "{md}"
    );
    assert!(md.contains("Trump wants a meeting"));
    assert!(md.contains("> The US president-elect said on January 10"));
    let json = cli(home.path(), &["notes", "--export", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(v["notes"][0]["note"], "Trump wants a meeting");
    assert_eq!(v["notes"][0]["passage"], 4);
}

#[test]
fn fresh_starts_clean_without_deleting_anything() {
    let home = tempfile::tempdir().expect("tempdir");
    let t = Term::parallax_with(&[], in_home(home.path(), 120, 32));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("q");
    let mut t = t;
    t.wait_exit(TIMEOUT);
    let before = std::fs::read(state_file(home.path())).expect("state saved");
    let t = Term::parallax_with(&["--fresh"], in_home(home.path(), 120, 32));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    assert!(!t.screen().contains("▶ Zelensky"), "the library, not the old pair");
    assert_eq!(std::fs::read(state_file(home.path())).unwrap(), before, "nothing deleted");
}

#[test]
fn a_corrupt_state_file_is_kept_aside_with_a_warning() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("state/parallax");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("state.json"), b"{\"pair\": [tru").unwrap();
    let t = Term::parallax_with(&[], in_home(home.path(), 120, 32));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.wait_until("a warning in the status line", TIMEOUT, |s| s.contents().contains("is corrupt"));
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("state.json.bad-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(dir.join(&aside[0])).unwrap(), b"{\"pair\": [tru");
    t.send("q");
}

#[test]
fn a_read_only_state_dir_warns_and_leaves_the_old_file() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("state/parallax");
    std::fs::create_dir_all(&dir).unwrap();
    let old = br#"{"pair":null,"focus":0,"reading":false,"positions":{},"topic":null}"#;
    std::fs::write(dir.join("state.json"), old).unwrap();
    // Root ignores directory permissions; a file in place of the directory the
    // temp file would go to fails the same way for everyone.
    let blocked = tempfile::tempdir().unwrap();
    let state_home = blocked.path().join("state");
    std::fs::create_dir_all(&state_home).unwrap();
    std::fs::write(state_home.join("parallax"), b"not a directory").unwrap();
    let mut t = Term::parallax_with(
        &[],
        Opts::size(100, 30).env("XDG_STATE_HOME", state_home.to_str().unwrap()),
    );
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.send("m");
    t.wait_for("Bookmark · note", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("bookmark NOT saved", TIMEOUT);
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0), "the reader still works and exits cleanly");
    assert!(String::from_utf8_lossy(&t.raw()).contains("session not saved"));
    assert_eq!(std::fs::read(state_home.join("parallax")).unwrap(), b"not a directory");
    assert_eq!(std::fs::read(dir.join("state.json")).unwrap(), old);
}

#[test]
fn sighup_saves_the_session() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut t = Term::parallax_with(&[], in_home(home.path(), 120, 32));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.send("}}}");
    current_passage_starts(&t, "The US president-elect");
    t.signal("HUP");
    assert_eq!(t.wait_exit(TIMEOUT), Some(129));
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(state_file(home.path())).expect("saved")).unwrap();
    assert_eq!(state["positions"]["seeds/000_ba60962b0478ce8e.txt"]["cursor"], 4);
}

#[test]
fn config_errors_name_the_place_and_exit_2_before_the_screen() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("config/parallax");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "mouse = true\nmax_widht = 80\n").unwrap();
    let out = cli(home.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.toml:2:1:") && err.contains("max_widht"), "{err}");
    assert!(out.stdout.is_empty(), "the screen never changed");

    // The printed default is a valid config: the reader starts with it.
    let printed = cli(home.path(), &["config", "--default"]);
    assert!(String::from_utf8_lossy(&printed.stdout).contains("max_width = 0"));
    std::fs::write(dir.join("config.toml"), &printed.stdout).unwrap();
    let t = Term::parallax_with(&[], in_home(home.path(), 100, 30));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send("q");
    assert!(!t.raw().windows(8).any(|w| w == b"\x1b[?1000h"), "no mouse by default");

    // Settings take effect: mouse capture on request, a key override.
    std::fs::write(dir.join("config.toml"), "mouse = true\n[keys.library]\nchoose = [\"o\"]\n")
        .unwrap();
    let t = Term::parallax_with(&[], in_home(home.path(), 100, 30));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send("o");
    t.wait_for("now choose the right article", TIMEOUT);
    t.send("q");
    let mut t = t;
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
    let raw = t.raw();
    assert!(raw.windows(8).any(|w| w == b"\x1b[?1000h"), "mouse capture when asked for");
    assert!(raw.windows(8).any(|w| w == b"\x1b[?1000l"), "and released on exit");
}
