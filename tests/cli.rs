//! The binary's command line, run as a script would run it.

use std::fs;
use std::process::Command;

/// Runs the binary with its own (empty) config and cache folders, never the user's.
fn parallax(args: &[&str]) -> std::process::Output {
    static HOME: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let home = HOME.get_or_init(|| tempfile::tempdir().expect("tempdir")).path();
    parallax_in(home, args)
}

mod support;
use support::parallax_in;

#[test]
fn list_json_gives_outlets_and_dates_and_reads_configured_jsonl_fields() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let records = [
        r#"{"headline":"Talks stall in Geneva","publication":"Northern Courier","date":"2 March 2024","article_body":"Delegates left early."}"#,
        r#"{"headline":"Ceasefire offer made","publication":"Agence Sud","article_body":"An offer was made."}"#,
        r#"{"headline":"No body here","publication":"Agence Sud"}"#,
    ];
    fs::write(dir.path().join("wire.jsonl"), records.join("\n")).unwrap();
    let config = home.path().join("config/parallax");
    fs::create_dir_all(&config).unwrap();
    fs::write(
        config.join("config.toml"),
        "[jsonl]\ntext = [\"article_body\"]\noutlet = [\"publication\"]\n",
    )
    .unwrap();
    for run in ["cold", "warm"] {
        let out = parallax_in(home.path(), &["list", "--json", dir.path().to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let a = &v["articles"];
        assert_eq!(a.as_array().map(Vec::len), Some(2), "{run}: {v}");
        assert_eq!(
            (a[0]["outlet"].as_str(), a[0]["date"].as_str()),
            (Some("Northern Courier"), Some("2024-03-02"))
        );
        assert_eq!((a[1]["outlet"].as_str(), a[1]["date"].as_str()), (Some("Agence Sud"), None));
        assert!(a[0]["path"].as_str().unwrap().ends_with("wire.jsonl:1"));
        let skipped = v["skipped"].as_array().unwrap();
        assert_eq!(skipped.len(), 1, "{run}: {v}");
        assert!(skipped[0]["path"].as_str().unwrap().ends_with("wire.jsonl:3"));
    }
    let caches: Vec<_> = fs::read_dir(home.path().join("cache/parallax")).unwrap().collect();
    assert_eq!(caches.len(), 1, "the second run read the index cache");
}

#[test]
fn list_json_on_the_seeds() {
    let out = parallax(&["list", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let articles = v["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for a in articles {
        for key in ["path", "title", "byline", "words", "passages"] {
            assert!(a.get(key).is_some(), "{key} in {a}");
        }
        assert!(a["words"].as_u64().unwrap() > 500);
    }
    assert_eq!(articles[4]["byline"], "Milan Rai");
    assert_eq!(v["skipped"].as_array().map(Vec::len), Some(0));
}

#[test]
fn missing_path_is_one_line_and_exit_2_without_touching_the_screen() {
    let out = parallax(&["/definitely/not/here.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/definitely/not/here.txt") && err.contains("no such file"));
    // Checked before the terminal (there is none here): the more specific error wins.
    assert!(!err.contains("terminal"), "{err}");
    // No alternate screen, no raw mode: nothing at all on stdout.
    assert!(out.stdout.is_empty());
}

#[test]
fn folder_with_bad_files_lists_them_as_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::write(d.join("good.txt"), "A Good Headline Here\n\nThe body of the article has enough words to be a paragraph of text, and more.\n").unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("blank.md"), "  \n\n ").unwrap();
    fs::write(d.join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(d.join("latin1.txt"), b"Un titre fran\xe7ais ici\n\nLe cessez-le-feu a \xe9t\xe9 sign\xe9 \xe0 Gen\xe8ve hier soir, selon le minist\xe8re des affaires.\n").unwrap();
    fs::write(d.join("ignored.pdf"), "not an article").unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    fs::write(d.join("sub/nested.md"), "Nested Article Title Here\n\nNested body text that is long enough to be counted as a real paragraph.\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();

    let out = parallax(&["list", "--json", d.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let titles: Vec<&str> =
        v["articles"].as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        ["A Good Headline Here", "Un titre français ici", "Nested Article Title Here"]
    );
    let skipped: Vec<(String, String)> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().rsplit('/').next().unwrap().to_owned(),
                s["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        skipped,
        [
            ("binary.txt".to_owned(), "binary file (contains NUL bytes)".to_owned()),
            ("blank.md".to_owned(), "no text (whitespace only)".to_owned()),
            ("empty.txt".to_owned(), "empty file".to_owned()),
        ]
    );
}

#[test]
fn help_and_version() {
    let out = parallax(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("list") && help.contains("Usage"));
    // Every extension a folder is read for is named (the loader's list, not a copy).
    for (ext, _) in parallax::corpus::EXTENSIONS {
        assert!(help.contains(&format!(".{ext}")), ".{ext} missing from --help:\n{help}");
    }
    for ext in [".txt", ".md", ".html", ".htm", ".jsonl"] {
        assert!(help.contains(ext), "{ext} missing from --help");
    }
    let out = parallax(&["--version"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("parallax "));
}

#[test]
fn plain_topics_columns_line_up_whatever_the_label() {
    use unicode_width::UnicodeWidthStr;
    let out = parallax(&["topics"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    // The display column where the article count starts, on every row.
    let starts: Vec<(usize, &str)> = text
        .lines()
        .map(|line| {
            let at = line.rfind(" articles, ").unwrap_or_else(|| panic!("no count in {line:?}"));
            let count = line[..at].trim_end_matches(|c: char| c.is_ascii_digit());
            (count.width(), line)
        })
        .collect();
    assert!(starts.len() > 5, "{text}");
    let first = starts[0].0;
    for (column, line) in &starts {
        assert_eq!(*column, first, "out of line:\n{}\n{line}", starts[0].1);
    }
}

/// A folder's topics: each article with how many of its passages are on the topic (the
/// one figure an archive's topics also give) and which they are.
#[test]
fn topics_json_of_a_folder_counts_and_lists_each_articles_passages() {
    let home = tempfile::tempdir().unwrap();
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let out = parallax_in(home.path(), &["topics", "--json", seeds]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let topics = v["topics"].as_array().expect("topics");
    assert!(topics.len() > 5, "{v}");
    let mut shared = 0;
    for t in topics {
        for a in t["articles"].as_array().unwrap() {
            let passages = a["passages"].as_array().expect("passages");
            assert_eq!(a["count"].as_u64(), Some(passages.len() as u64), "{a}");
            assert!(a["path"].as_str().unwrap().contains("/seeds/"), "{a}");
        }
        shared += usize::from(t["articles"].as_array().unwrap().len() >= 2);
    }
    assert!(shared > 0, "some topic is in two articles: {v}");
}

#[test]
fn notes_export_keeps_outlet_and_byline_apart_and_reads_old_bookmarks() {
    let home = tempfile::tempdir().unwrap();
    let seeds = parallax::corpus::Corpus::seeds();
    let rai = seeds.articles.iter().find(|a| a.byline.as_deref() == Some("Milan Rai")).unwrap();
    let new = parallax::store::Bookmark::new(rai, 2, "new".into());
    let mut file = serde_json::to_value(parallax::store::Bookmarks { bookmarks: vec![new] })
        .expect("bookmarks serialise");
    // A bookmark written before bylines were kept: no `byline` field at all.
    let old = serde_json::json!({"id": "old", "article": rai.path, "title": rai.title,
        "outlet": "Peace News", "passage": 2, "fingerprint": 1, "quote": "q", "note": "old",
        "created": 1});
    file["bookmarks"].as_array_mut().unwrap().push(old);
    let state = home.path().join("state/parallax");
    fs::create_dir_all(&state).unwrap();
    fs::write(state.join("bookmarks.json"), file.to_string()).unwrap();

    let out = parallax_in(home.path(), &["notes", "--export", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let notes = v["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 2, "{v}");
    assert_eq!(notes[0]["outlet"], serde_json::Value::Null, "a seed names no outlet: {v}");
    assert_eq!(notes[0]["byline"], "Milan Rai");
    assert_eq!((&notes[1]["outlet"], &notes[1]["byline"]), (&"Peace News".into(), &().into()));

    let out = parallax_in(home.path(), &["notes"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains(&format!("## {} — by Milan Rai", rai.title)), "{md}");
}

#[test]
fn the_reader_without_a_terminal_says_so_in_one_line_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run parallax");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("terminal") && err.contains("list"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty(), "nothing was sent to the screen");
}

/// A home whose `config.toml` is `text`.
fn home_with_config(text: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/parallax");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.toml"), text).unwrap();
    home
}

/// Exit code 2 and one line on stderr, which is returned.
fn fails_in_one_line(home: &std::path::Path, args: &[&str]) -> String {
    let out = parallax_in(home, args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    err
}

#[test]
fn a_broken_config_stops_every_command_with_the_readers_message() {
    let home = home_with_config("[keys.reading]\nfly = [\"j\"]\n");
    let reader = fails_in_one_line(home.path(), &[]);
    let file = home.path().join("config/parallax/config.toml");
    assert!(reader.contains(&format!("{}:2:1:", file.display())), "{reader}");
    assert!(reader.contains("fly"), "{reader}");
    let seed = "seeds/001_89fa8f4c1e8583af.txt";
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["topics"],
        &["variants"],
        &["align", seed, seed],
        &["lens", seed, seed],
        &["notes"],
    ] {
        assert_eq!(fails_in_one_line(home.path(), args), reader, "{args:?}");
    }
    // The way out still works: the documented defaults, to start again from.
    let out = parallax_in(home.path(), &["config", "--default"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("theme = \"default\""));
}

#[test]
fn a_theme_that_is_neither_shipped_nor_a_file_names_the_config_line() {
    let home = home_with_config("theme = \"nope\"\n");
    let err = fails_in_one_line(home.path(), &["list"]);
    let file = home.path().join("config/parallax/config.toml");
    assert!(err.contains(&format!("{}:1:9: theme \"nope\"", file.display())), "{err}");
    assert!(err.contains("not a shipped theme (default, 256, truecolor)"), "{err}");
    assert!(err.contains("No such file or directory"), "{err}");
    assert_eq!(fails_in_one_line(home.path(), &[]), err, "the reader says the same");
}

#[test]
fn a_theme_file_that_does_not_parse_names_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let theme = dir.path().join("mine.toml");
    fs::write(&theme, "text = { fg = \"red\" }\ndim = { fg = \n").unwrap();
    let home =
        home_with_config(&format!("mouse = true\ntheme = {:?}\n", theme.display().to_string()));
    let err = fails_in_one_line(home.path(), &["topics"]);
    let file = home.path().join("config/parallax/config.toml");
    assert!(
        err.contains(&format!("{}:2:9: theme {:?}", file.display(), theme.display().to_string())),
        "{err}"
    );
    assert!(err.contains("line 2, column"), "where in the theme file: {err}");
}

#[test]
fn extract_prints_the_article_of_a_page_and_refuses_what_is_not_there() {
    let out = parallax(&["extract", "tests/fixtures/aeb/e372e42c0a3d.html", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    for key in ["path", "title", "byline", "outlet", "date", "url", "text", "paragraphs"] {
        assert!(v.get(key).is_some(), "{key} missing from {v}");
    }
    assert_eq!(v["title"], "Son of former German president stabbed to death in Berlin");
    assert_eq!(v["date"], "2019-11-20");
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("The son of former German President"), "{text}");
    assert!(!text.contains("Liberman"), "a rail of other stories in {text}");
    let plain = parallax(&["extract", "tests/fixtures/aeb/e372e42c0a3d.html"]);
    assert!(String::from_utf8_lossy(&plain.stdout).starts_with("Son of former German president"));
    let missing = parallax(&["extract", "/definitely/not/here.html"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&missing.stderr).lines().count(), 1);
}

/// A library above `[library] topics_from_archive_above` articles is read by the
/// commands from the archive index, as by the reader: `topics` gives each article's
/// count on each topic (the same counts the topic index in memory gives for curated
/// topics, found passage by passage either way) without its passages, `list` gives
/// related articles, and `variants`, which reads every text in memory, says so in one line.
#[test]
fn a_library_above_the_limit_is_read_from_the_archive_index() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let json = |home: &std::path::Path, args: &[&str]| -> serde_json::Value {
        let out = parallax_in(home, args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let small = tempfile::tempdir().unwrap();
    let large = home_with_config("[library]\ntopics_from_archive_above = 2\n");
    let curated = |v: &serde_json::Value| -> Vec<(String, Vec<(String, u64)>)> {
        (v["topics"].as_array().unwrap().iter())
            .filter(|t| t["kind"] == "curated")
            .map(|t| {
                let articles = t["articles"].as_array().unwrap().iter();
                let of = articles.map(|a| {
                    let name = a["path"].as_str().unwrap().rsplit('/').next().unwrap();
                    (name.to_owned(), a["count"].as_u64().unwrap())
                });
                (t["label"].as_str().unwrap().to_owned(), of.collect())
            })
            .collect()
    };
    let memory = json(small.path(), &["topics", "--json", seeds]);
    let archive = json(large.path(), &["topics", "--json", seeds]);
    assert!(!curated(&memory).is_empty());
    assert_eq!(curated(&archive), curated(&memory));
    let articles = archive["topics"][0]["articles"].as_array().unwrap();
    assert!(articles.iter().all(|a| a.get("passages").is_none()), "{archive}");
    assert!(large.path().join("cache/parallax").is_dir());

    let listed = json(large.path(), &["list", "--json", seeds]);
    let related = listed["articles"].as_array().unwrap().iter();
    assert!(related.filter(|a| !a["related"].as_array().unwrap().is_empty()).count() >= 3);

    let err = fails_in_one_line(large.path(), &["variants", seeds]);
    assert!(err.contains("5 articles") && err.contains("variants"), "{err}");
}
