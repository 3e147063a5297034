//! A folder archive in the real reader, in a pseudo-terminal: it lists through the index
//! cache (the second start reads the cache), shows outlets and dates, sorts, filters
//! with highlights, and opens a JSON Lines record read on demand.

mod support;

use std::fs;
use support::{Opts, TIMEOUT, Term, keys};

/// 200 JSON Lines records over four outlets and 200 days, and 20 plain-text articles.
fn archive(dir: &std::path::Path) {
    let outlets = ["Northern Courier", "Agence Sud", "The Daily Ledger", "Wire Service"];
    let mut lines = Vec::new();
    for i in 0..200 {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        lines.push(format!(
            r#"{{"title":"Report {i:03} on the talks","source":"{}","date":"2023-{month:02}-{day:02}","text":"Delegates met for the {i}th time and agreed on little, officials said."}}"#,
            outlets[i % 4]
        ));
    }
    fs::write(dir.join("wire.jsonl"), lines.join("\n")).unwrap();
    for i in 0..20 {
        fs::write(
            dir.join(format!("note{i:02}.txt")),
            format!("Plain Note Number {i}\n\nA paragraph of plain text about the ceasefire talks in Geneva.\n"),
        )
        .unwrap();
    }
    fs::write(dir.join("scan.pdf"), "not an article").unwrap();
}

fn listed(t: &Term) {
    t.wait_until("the whole library listed", TIMEOUT, |s| {
        let header = s.contents_between(0, 0, 0, s.size().1.get());
        header.contains("220 articles") && !header.contains('[')
    });
}

#[test]
fn an_archive_lists_sorts_filters_and_opens_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    archive(dir.path());
    let path = dir.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let opts = || Opts::size(160, 30).env("XDG_CACHE_HOME", cache.path().to_str().unwrap());
    let t = Term::parallax_with(&[path], opts());
    listed(&t);
    t.wait_for("1 other files ignored", TIMEOUT);
    // Listed order first (path order: the notes, then the records), with outlet and
    // date columns where the record has them.
    let screen = t.screen();
    let row = screen.lines().find(|l| l.contains("Report 000")).expect("record 000 in view");
    assert!(row.contains("Northern Courier") && row.contains("2023-01-01"), "{row}");
    // Newest first: record 199 is the latest, 2023-08-04.
    t.send("s");
    t.wait_for("sorted newest first", TIMEOUT);
    let first = t.with_screen(|s| s.contents_between(3, 0, 3, 90));
    assert!(first.contains("Report 199") && first.contains("2023-08-04"), "{first}");
    // A filter narrows to titles with every word, in any order.
    t.send("/");
    t.send("talks 042");
    t.wait_until("one match", TIMEOUT, |s| {
        let rows = s.contents_between(3, 0, 4, 90);
        rows.contains("Report 042 on the talks") && !rows.contains("Report 043")
    });
    t.send(keys::ENTER); // keep the filter
    t.send(keys::ENTER); // choose the left article
    t.wait_for("left: Report 042", TIMEOUT);
    t.send("q");
    let mut t = t;
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));

    // A second start reads the index cache (left as it was: nothing changed). The
    // catalog file, not the archive index beside it, which a quit may leave mid-update.
    let cache_file = (fs::read_dir(cache.path().join("parallax")).unwrap())
        .map(|e| e.unwrap())
        .find(|e| e.file_name().to_string_lossy().starts_with("catalog-"))
        .expect("the index cache");
    let written = cache_file.metadata().unwrap().modified().unwrap();
    let again = Term::parallax_with(&[path], opts());
    listed(&again);
    assert_eq!(cache_file.metadata().unwrap().modified().unwrap(), written, "not rewritten");
    // The two newest records side by side, each read from its line of the archive.
    again.send("s");
    again.wait_for("sorted newest first", TIMEOUT);
    again.send(keys::ENTER);
    again.send(keys::ENTER);
    again.wait_for("▶ Report 199", TIMEOUT);
    assert!(again.screen().contains("Delegates met for the 199th time"), "{}", again.screen());
    assert!(again.screen().contains("Delegates met for the 198th time"), "{}", again.screen());
    again.send("q");
}
