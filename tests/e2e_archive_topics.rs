//! A library's topics read from the archive index, as a user meets them: the seeds in
//! a folder, with `[library] topics_from_archive_above` lowered so that five articles
//! take the route a large library takes. `t` lists the topics with their counts,
//! choosing one filters the library, and in an open pair a topic jump moves both panes
//! and `c` shows the topic across outlets.

mod support;

use std::fs;
use support::{Opts, TIMEOUT, Term, keys};

#[test]
fn topics_filter_jumps_and_across_come_from_the_archive_index() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for e in fs::read_dir(&seeds).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("parallax")).unwrap();
    fs::write(
        config.path().join("parallax/config.toml"),
        "[library]\ntopics_from_archive_above = 2\n",
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let opts = Opts::size(160, 40)
        .env("XDG_CACHE_HOME", cache.path().to_str().unwrap())
        .env("XDG_CONFIG_HOME", config.path().to_str().unwrap());
    let t = Term::parallax_with(&["--fresh", dir.path().to_str().unwrap()], opts);
    t.wait_until("the library listed", TIMEOUT, |s| {
        s.contents_between(0, 0, 0, 160).contains("5 articles")
    });

    // The topic list, once the archive index can answer: curated topics first, each
    // with its passages in the library.
    t.send("t");
    t.wait_for("Topics · Enter: show only the articles that speak of it", TIMEOUT);
    t.wait_until("the topics, with counts", TIMEOUT, |s| {
        // A row of the palette: the label, then its passages in the library.
        let counted = |l: &str, label: &str| {
            l.split('│')
                .map(str::trim)
                .any(|row| row.starts_with(label) && row.ends_with(|c: char| c.is_ascii_digit()))
        };
        s.contents().lines().any(|l| counted(l, "◇ ceasefire"))
    });
    t.send("kursk");
    t.wait_for("/ kursk", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_until("the library shows the Kursk articles only", TIMEOUT, |s| {
        let header = s.contents_between(0, 0, 0, 160);
        header.contains("topic: Kursk (3 articles; esc clears)")
    });
    // Each row with its passages on the topic, as the archive index counted them.
    let rows = t.with_screen(|s| s.contents_between(3, 0, 6, 88));
    let gaiani = rows.lines().find(|l| l.contains("Zelensky and Increasingly")).unwrap_or("");
    assert!(gaiani.contains("3 passages"), "{rows}");
    assert!(!rows.contains("Politico"), "an article without Kursk is hidden:\n{rows}");

    // The two Kursk articles side by side; the topic jump moves both panes there.
    t.send(keys::ENTER);
    t.wait_for("now choose the right article", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("▶ ", TIMEOUT);
    t.send("t");
    t.wait_for("Topics · Enter: both panes jump", TIMEOUT);
    t.send("kursk");
    t.wait_for("/ kursk", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_until("both panes on Kursk", TIMEOUT, |s| {
        let c = s.contents();
        c.contains("topic: Kursk · left 1/") && c.contains(" · right 1/")
    });

    // The topic across outlets: both articles, a sentence of each passage on it.
    t.send("c");
    t.wait_for("Kursk across outlets", TIMEOUT);
    t.wait_until("a row per passage", TIMEOUT, |s| {
        s.contents().lines().filter(|l| l.contains("Kursk")).count() >= 3
    });
    t.send(keys::ESC);
    t.wait_until("the table closed", TIMEOUT, |s| !s.contents().contains("across outlets"));
    t.send("q");
    let mut t = t;
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}
