//! What a new user meets in the first hour, in the real binary: the search prompt
//! over the hints, the help at small sizes, hints at 40 columns, stacked panes, a
//! bookmark made in another library, an article opened beside itself, and a long
//! article's links arriving with no key pressed.

mod support;

use std::path::Path;
use support::{Opts, TIMEOUT, Term, keys};

const GAIANI: &str = "seeds/000_ba60962b0478ce8e.txt";
const AP: &str = "seeds/002_426d75bc5307f069.txt";

fn seeds_pair(w: u16, h: u16) -> Term {
    Term::parallax_with(&["--fresh", GAIANI, AP], Opts::size(w, h).cwd(env!("CARGO_MANIFEST_DIR")))
}

/// Options whose state and config dirs are `home`'s, kept across runs.
fn in_home(home: &Path, w: u16, h: u16) -> Opts {
    Opts::size(w, h)
        .env("XDG_STATE_HOME", home.join("state").to_str().unwrap())
        .env("XDG_CONFIG_HOME", home.join("config").to_str().unwrap())
        .env("XDG_CACHE_HOME", home.join("cache").to_str().unwrap())
}

fn bottom_line(t: &Term) -> String {
    t.with_screen(|s| {
        let (rows, cols) = (s.size().0.get(), s.size().1.get());
        s.contents_between(rows - 1, 0, rows - 1, cols)
    })
}

#[test]
fn the_search_prompt_replaces_the_hints_whole_and_after_a_resize() {
    let t = seeds_pair(120, 30);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("/Kyiv");
    t.wait_for("/Kyiv", TIMEOUT);
    t.wait_frame(TIMEOUT);
    assert_eq!(bottom_line(&t).trim_end(), "/Kyiv", "nothing of the hints shows");
    t.resize(110, 28);
    t.wait_until("the prompt redrawn at the new size", TIMEOUT, |s| {
        let size = (s.size().0.get(), s.size().1.get());
        size == (28, 110) && s.contents_between(27, 0, 27, 110).starts_with("/Kyiv")
    });
    t.wait_frame(TIMEOUT);
    assert_eq!(bottom_line(&t).trim_end(), "/Kyiv");
}

/// Scrolls the help to its end, collecting every line it shows on the way.
fn read_whole_help(t: &Term) -> String {
    let mut seen = String::new();
    for _ in 0..60 {
        t.wait_frame(TIMEOUT);
        seen.push_str(&t.screen());
        if t.with_screen(help_at_end) {
            return seen;
        }
        let before = t.screen();
        t.send("j");
        t.wait_until("the help scrolled", TIMEOUT, |s| s.contents() != before);
    }
    panic!("the help never reached its end:\n{}", t.screen());
}

/// The title says "a–b/b" (the last line is in view), or says no place at all (the
/// help fits).
fn help_at_end(s: &vt100::Screen) -> bool {
    let contents = s.contents();
    let Some(title) = contents.lines().find(|l| l.contains('┌')) else { return false };
    if !title.contains('–') {
        return true;
    }
    [title].into_iter().any(|l| {
        l.split([' ', '·', '┌', '┐', '─']).any(|part| {
            part.split_once('/')
                .and_then(|(range, total)| {
                    let last = range.split('–').nth(1)?;
                    Some(total == last && !range.is_empty())
                })
                .unwrap_or(false)
        })
    })
}

#[test]
fn the_help_scrolls_to_every_key_with_descriptions_whole() {
    let t = seeds_pair(120, 30);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("?");
    t.wait_for("Keys · reading", TIMEOUT);
    let seen = read_whole_help(&t);
    for entry in ["bookmarks", "this help", "quit", "framing lens: spelling, loaded terms, sources"]
    {
        assert!(seen.contains(entry), "{entry:?} never shown:\n{seen}");
    }
    t.send("G");
    t.wait_until("the end of the help", TIMEOUT, help_at_end);
    t.send("x");
    t.wait_until("help closed", TIMEOUT, |s| !s.contents().contains("Keys · reading"));
}

#[test]
fn at_40_by_12_the_library_help_scrolls_and_hints_are_whole() {
    let t = Term::parallax_with(&["--fresh"], Opts::size(40, 12));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.wait_frame(TIMEOUT);
    let hints = bottom_line(&t);
    let left = hints.trim_end().strip_suffix("? help").expect("? help at the right").trim();
    let whole = ["enter choose", "/ filter", "tab open pair", "q quit"];
    let shown: Vec<&str> = left.split("  ").map(str::trim).filter(|h| !h.is_empty()).collect();
    assert!(!shown.is_empty(), "{hints:?}");
    for (i, h) in shown.iter().enumerate() {
        assert_eq!(*h, whole[i], "hints are whole and in order: {hints:?}");
    }
    t.send("?");
    t.wait_for("Keys · library", TIMEOUT);
    let seen = read_whole_help(&t);
    for entry in ["open beside its closest other take", "return to the open pair", "bookmarks"] {
        let words: Vec<&str> = entry.split(' ').collect();
        // Wrapped at 40 columns, a description may break over lines: every word shows.
        assert!(words.iter().all(|w| seen.contains(w)), "{entry:?} never shown:\n{seen}");
    }
}

#[test]
fn stacked_panes_are_named_top_and_bottom() {
    let t = seeds_pair(80, 30);
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("t");
    t.wait_for("Topics", TIMEOUT);
    t.send("kursk");
    t.wait_for("/ kursk", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("topic: Kursk · top 1/", TIMEOUT);
    t.wait_for("· bottom 1/", TIMEOUT);
}

#[test]
fn an_article_opened_beside_itself_is_said() {
    let t = Term::parallax_with(&["--fresh"], Opts::size(120, 30));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send(keys::ENTER);
    t.send("k"); // choosing moved the selection on: back to the chosen one
    t.send(keys::ENTER);
    t.wait_for("is open beside itself: o opens another in this pane", TIMEOUT);
}

#[test]
fn a_bookmark_made_in_another_library_opens_its_file_or_says_it_is_gone() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, "Harbour Cranes Idle\n\nThe cranes at the northern harbour stood idle for a third day as dockers weighed the offer.\n").unwrap();
    std::fs::write(&b, "Port Strike Talks\n\nUnion leaders met port owners on Tuesday to discuss the strike at the harbour.\n").unwrap();
    let mut t = Term::parallax_with(
        &["--fresh", a.to_str().unwrap(), b.to_str().unwrap()],
        in_home(home.path(), 120, 30),
    );
    t.wait_for("▶ Harbour Cranes Idle", TIMEOUT);
    t.send("}");
    t.send("m");
    t.wait_for("Bookmark · note", TIMEOUT);
    t.send("cranes idle");
    t.send(keys::ENTER);
    t.wait_for("bookmarked: cranes idle", TIMEOUT);
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));

    // The seeds, in another folder: the bookmark opens its own file.
    let mut t = Term::parallax_with(&["--fresh"], in_home(home.path(), 120, 30));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send("'");
    t.wait_for("cranes idle — Harbour Cranes Idle", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("bookmark: cranes idle", TIMEOUT);
    t.wait_until("the bookmarked passage current", TIMEOUT, |s| {
        s.contents().lines().any(|l| l.starts_with('▌') && l.contains("The cranes at the northern"))
    });
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));

    std::fs::remove_file(&a).unwrap();
    let t = Term::parallax_with(&["--fresh"], in_home(home.path(), 120, 30));
    t.wait_for("parallax · 5 articles", TIMEOUT);
    t.send("'");
    t.wait_for("cranes idle — Harbour Cranes Idle", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for(&format!("its file {} is gone", a.display()), TIMEOUT);
}

/// A pair with a very long article opens first and is linked on another thread; the
/// result must show without a key being pressed.
#[test]
fn a_long_articles_links_arrive_without_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let para = "Negotiators in Geneva agreed on monitors for the front line, officials said. ";
    let long = format!(
        "A Very Long Report\n\n{}\n",
        [para.repeat(40), String::new()].join("\n\n").repeat(800)
    );
    let (l, s) = (dir.path().join("long.txt"), dir.path().join("short.txt"));
    std::fs::write(&l, long).unwrap();
    std::fs::write(&s, format!("Short Note\n\n{para}\n")).unwrap();
    let home = tempfile::tempdir().unwrap();
    let t = Term::parallax_with(
        &["--fresh", l.to_str().unwrap(), s.to_str().unwrap()],
        in_home(home.path(), 120, 30),
    );
    t.wait_for("▶ A Very Long Report", TIMEOUT);
    t.wait_for("passages linked", TIMEOUT);
}
