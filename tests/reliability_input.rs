//! Hostile input: every encoding, every odd file a folder can hold, and
//! arbitrary bytes. Each case writes its own fixture, states the outcome it expects
//! (an article shown correctly, or a skipped file with its reason), and must not panic.

mod support;

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use parallax::corpus::{self, Article, Corpus};
use proptest::prelude::*;
use serde_json::Value;
use support::{Opts, TIMEOUT, Term, keys};

/// `parallax list --json <paths>`, bounded so a hang fails rather than stalls CI.
fn list_json(paths: &[&Path], bound: Duration) -> Value {
    // Its own config and cache folders, never the user's.
    let home = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(support::bin())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .arg("list")
        .arg("--json")
        .args(paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run parallax list");
    let deadline = Instant::now() + bound;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("parallax list --json still running after {bound:?} (hang guard)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// (file name, title) of each article, in listing order.
fn titles(v: &Value) -> Vec<(String, String)> {
    v["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| (name(&a["path"]), str_of(&a["title"])))
        .collect()
}

/// (file name, reason) of each skipped file.
fn skipped(v: &Value) -> Vec<(String, String)> {
    v["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| (name(&s["path"]), str_of(&s["reason"])))
        .collect()
}

fn name(v: &Value) -> String {
    str_of(v).rsplit('/').next().unwrap_or_default().to_owned()
}

fn str_of(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

const BODY: &str = "The delegations met in Geneva on Monday and agreed to a limited ceasefire \
                    along the front line, officials said, adding that monitors would arrive.";

fn utf16(bom: [u8; 2], s: &str, be: bool) -> Vec<u8> {
    let units = s.encode_utf16();
    bom.into_iter()
        .chain(units.flat_map(move |u| if be { u.to_be_bytes() } else { u.to_le_bytes() }))
        .collect()
}

#[test]
fn every_encoding_is_decoded_to_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = format!("Peace Talks Resume In Geneva\n\n{BODY}\n");
    fs::write(d.join("a_utf8.txt"), &text).unwrap();
    fs::write(d.join("b_utf8_bom.txt"), [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat())
        .unwrap();
    fs::write(d.join("c_utf16le.txt"), utf16([0xFF, 0xFE], &text, false)).unwrap();
    fs::write(d.join("d_utf16be.txt"), utf16([0xFE, 0xFF], &text, true)).unwrap();
    let russian = "Переговоры о перемирии в Женеве\n\nДелегации встретились в Женеве в понедельник \
                   и договорились о частичном прекращении огня вдоль линии фронта, сообщили \
                   официальные лица, добавив, что наблюдатели прибудут в течение нескольких дней.\n";
    fs::write(d.join("e_cp1251.txt"), encoding_rs::WINDOWS_1251.encode(russian).0).unwrap();
    let french = "Reprise des n\u{e9}gociations \u{e0} Gen\u{e8}ve\n\nLes d\u{e9}l\u{e9}gations \
                  se sont r\u{e9}unies \u{e0} Gen\u{e8}ve lundi et ont convenu d'un cessez-le-feu \
                  limit\u{e9} le long de la ligne de front, selon le minist\u{e8}re.\n";
    let latin1: Vec<u8> = french.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    fs::write(d.join("f_latin1.txt"), latin1).unwrap();

    let v = list_json(&[d], TIMEOUT);
    let headline = "Peace Talks Resume In Geneva".to_owned();
    assert_eq!(
        titles(&v),
        [
            ("a_utf8.txt".into(), headline.clone()),
            ("b_utf8_bom.txt".into(), headline.clone()),
            ("c_utf16le.txt".into(), headline.clone()),
            ("d_utf16be.txt".into(), headline),
            ("e_cp1251.txt".into(), "Переговоры о перемирии в Женеве".into()),
            ("f_latin1.txt".into(), "Reprise des négociations à Genève".into()),
        ]
    );
    assert!(skipped(&v).is_empty(), "{v}");
    // The same body in four encodings: the same word counts.
    let words: Vec<u64> =
        v["articles"].as_array().unwrap().iter().map(|a| a["words"].as_u64().unwrap()).collect();
    assert!(words[..4].iter().all(|&w| w == words[0] && w > 20), "{words:?}");

    // In the library, the notice of a detected encoding is kept for the reader.
    let corpus = Corpus::load(&[d.to_path_buf()]).unwrap();
    let notices: Vec<Option<&str>> = corpus.articles.iter().map(|a| a.notice.as_deref()).collect();
    assert_eq!(notices[..2], [None, None]);
    assert_eq!(notices[2..4], [Some("decoded as UTF-16LE"), Some("decoded as UTF-16BE")]);
    assert_eq!(notices[4], Some("decoded as windows-1251"));
    assert_eq!(notices[5], Some("decoded as windows-1252"), "Latin-1 is read as its superset");
}

fn parse(text: &str) -> Article {
    Article::parse("fixture.txt", text, None)
}

fn passage_texts(a: &Article) -> Vec<&str> {
    (0..a.passages.len()).map(|i| a.passage_text(i)).collect()
}

#[test]
fn line_endings_tabs_and_form_feeds_separate_paragraphs_alike() {
    let unix = format!("Headline Of The Piece\n\n{BODY}\n\nSecond paragraph, also prose.\n");
    let a = parse(&unix);
    for variant in [
        unix.replace('\n', "\r\n"),
        unix.replace('\n', "\r"),
        // Mixed: CRLF, lone CR, LF and a form feed between paragraphs.
        format!("Headline Of The Piece\r\n\r{BODY}\n\u{c}Second paragraph, also prose.\r\n"),
    ] {
        let b = parse(&variant);
        assert_eq!(b.text.len(), variant.len(), "cleaning keeps byte offsets");
        assert_eq!(b.title, a.title);
        let flat = |a: &Article| -> Vec<String> {
            passage_texts(a)
                .iter()
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        };
        assert_eq!(flat(&b), flat(&a), "{variant:?}");
    }
    let tabs =
        parse("Tabbed\tHeadline Here\n\n\tIndented\tparagraph with\ttabs in it, as prose.\n");
    assert!(!tabs.text.contains('\t'), "a tab is one space: widths stay predictable");
    assert_eq!(tabs.title, "Tabbed Headline Here");
}

#[test]
fn unicode_text_survives_cleaning_untouched() {
    let cases = [
        ("zero-width", "Zero\u{200b}width\u{200d}joiners and soft\u{ad}hyphens stay in the text."),
        ("combining", "Cafe\u{301} and nai\u{308}ve are spelled with combining marks here."),
        ("rtl", "مفاوضات السلام في جنيف تستأنف يوم الاثنين بين الوفدين."),
        ("hebrew", "השיחות בז'נבה התחדשו ביום שני בין המשלחות."),
        ("cjk", "日内瓦和平谈判周一恢复，双方同意有限停火。"),
        ("emoji", "Talks resumed 🕊️ today 👍🏽 with family 👨‍👩‍👧 flags 🇺🇦 too."),
    ];
    for (what, line) in cases {
        let text = format!("A Headline For {what}\n\n{line}\n");
        let a = parse(&text);
        assert_eq!(a.text, text, "{what}: legitimate text is not altered");
        assert_eq!(passage_texts(&a).last().copied(), Some(line), "{what}");
    }
    // Bidi overrides can reorder what a terminal shows: removed, length kept.
    let trojan = "Access \u{202e}level\u{202c} admin and \u{2066}isolate\u{2069} text.";
    let a = parse(trojan);
    assert_eq!(a.text.len(), trojan.len());
    assert!(!a.text.contains(['\u{202e}', '\u{202c}', '\u{2066}', '\u{2069}']), "{:?}", a.text);
}

#[test]
fn escape_sequences_are_neutralised_in_text_titles_and_file_names() {
    let text = "\x1b]0;PWNED\x07Title \x1b[31mIn Red\x1b[0m Here\n\n\
                Body \x1b[2J\x1b[H with \x1bP1$qm\x1b\\ DCS, \x1b_apc\x1b\\ APC, \u{9d}8;;http://x\u{9c} \
                C1 OSC, an unterminated \x1b]8;;http://evil";
    let a = Article::parse("\x1b]2;evil\x07name.txt", text, None);
    assert_eq!(a.text.len(), text.len());
    for s in [&a.text, &a.title, &a.path] {
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "control left in {s:?}");
        for residue in ["PWNED", "31m", "[2J", "evil", "apc", "1$qm"] {
            if s != &a.text || residue != "evil" {
                assert!(!s.contains(residue), "{residue:?} left in {s:?}");
            }
        }
    }
    assert_eq!(a.title, "Title In Red Here");
    assert_eq!(a.path, "name.txt");
}

#[test]
fn hostile_files_are_skipped_with_a_reason_or_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = format!("A Good Headline Here\n\n{BODY}\n");
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("spaces.txt"), " \t\r\n\u{c}\n  ").unwrap();
    fs::write(d.join("nul.txt"), format!("Text with a\0NUL in it. {BODY}")).unwrap();
    fs::write(d.join("png.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    fs::write(d.join("utf16_nul.txt"), utf16([0xFF, 0xFE], "bin\0ary", false)).unwrap();
    fs::write(d.join("locked.txt"), &good).unwrap();
    fs::set_permissions(d.join("locked.txt"), std::os::unix::fs::PermissionsExt::from_mode(0o000))
        .unwrap();
    std::os::unix::fs::symlink("loop_b.txt", d.join("loop_a.txt")).unwrap();
    std::os::unix::fs::symlink("loop_a.txt", d.join("loop_b.txt")).unwrap();
    std::os::unix::fs::symlink("gone.txt", d.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink(".", d.join("self")).unwrap();
    // Arbitrary bytes in a name: Linux allows anything but '/' and NUL.
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9 \x1b[2J.txt");
    fs::write(d.join(odd), &good).unwrap();

    let v = list_json(&[d], TIMEOUT);
    // Root reads a file whatever its mode (CI runs as root): then it is an article.
    let root_reads = fs::read(d.join("locked.txt")).is_ok();
    let mut want_articles =
        vec![("caf\u{fffd} .txt".to_owned(), "A Good Headline Here".to_owned())];
    let mut want_skipped = vec![
        ("dangling.txt".to_owned(), "broken symlink".to_owned()),
        ("empty.txt".into(), "empty file".into()),
    ];
    if root_reads {
        want_articles.push(("locked.txt".into(), "A Good Headline Here".into()));
    } else {
        want_skipped.push(("locked.txt".into(), "unreadable: permission denied".into()));
    }
    want_skipped.extend([
        ("loop_a.txt".to_owned(), "symlink loop".to_owned()),
        ("loop_b.txt".into(), "symlink loop".into()),
        ("nul.txt".into(), "binary file (contains NUL bytes)".into()),
        ("png.md".into(), "binary file (contains NUL bytes)".into()),
        ("spaces.txt".into(), "no text (whitespace only)".into()),
        ("utf16_nul.txt".into(), "binary file (contains NUL bytes)".into()),
    ]);
    assert_eq!(titles(&v), want_articles, "{v}");
    let mut got = skipped(&v);
    got.sort();
    want_skipped.sort();
    assert_eq!(got, want_skipped, "{v}");
    // The odd name is shown display-safe: no escape reaches a terminal through it.
    let path = str_of(&v["articles"][0]["path"]);
    assert!(!path.contains('\x1b') && path.ends_with("caf\u{fffd} .txt"), "{path:?}");
}

#[test]
fn a_file_that_vanishes_between_listing_and_reading_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for n in ["a.txt", "b.txt"] {
        fs::write(d.join(n), format!("Headline Number {n}\n\n{BODY}\n")).unwrap();
    }
    let listing = corpus::list(&[d.to_path_buf()]).unwrap();
    assert_eq!(listing.files.len(), 2);
    fs::remove_file(d.join("a.txt")).unwrap();
    let c = corpus::read(listing);
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.skipped.len(), 1);
    assert!(c.skipped[0].path.ends_with("a.txt"));
    assert_eq!(c.skipped[0].reason, "vanished before it could be read");
}

#[test]
fn a_tree_two_hundred_folders_deep_is_walked() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for _ in 0..200 {
        deep.push("d");
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom.md"), format!("The Bottom Of The Tree\n\n{BODY}\n")).unwrap();
    // A loop at the bottom back to the top must not send the walk round again.
    std::os::unix::fs::symlink(dir.path(), deep.join("up")).unwrap();
    let v = list_json(&[dir.path()], TIMEOUT);
    assert_eq!(titles(&v), [("bottom.md".to_owned(), "The Bottom Of The Tree".to_owned())]);
    assert!(skipped(&v).is_empty(), "{v}");
}

/// 50 MB of prose with no line break at all: one enormous paragraph. It must load in
/// a bounded time (the bound is a hang guard, not a benchmark; the figure is printed),
/// and the reader must open such a paragraph and scroll to its end.
#[test]
fn fifty_megabytes_without_a_newline_loads_and_the_reader_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let sentence = "Negotiators in Geneva agreed on monitors for the front line, officials said. ";
    let text = sentence.repeat(50 * 1024 * 1024 / sentence.len());
    fs::write(&path, &text).unwrap();
    let words = text.split_whitespace().count() as u64;
    drop(text);

    let started = Instant::now();
    // A bound for a hang, not a timing: a loaded CI machine takes minutes in debug.
    let v = list_json(&[&path], Duration::from_secs(600));
    eprintln!("parallax list --json on 50 MB without a newline: {:?}", started.elapsed());
    let a = &v["articles"][0];
    assert_eq!(a["words"].as_u64(), Some(words));
    assert_eq!(a["passages"].as_u64(), Some(1));
    assert_eq!(
        str_of(&a["title"]),
        "Negotiators in Geneva agreed on monitors for the front line, officials said."
    );

    // The reader opens one and goes to its end, wrapping all of it. A tenth of the
    // size keeps the suite quick in debug builds: the reader's start-up (topic index,
    // wrap) on the full 50 MB takes about 20 s there, 3.6 s in release.
    fs::write(&path, sentence.repeat(5 * 1024 * 1024 / sentence.len())).unwrap();
    let t = Term::parallax_with(&[path.to_str().unwrap()], Opts::size(80, 24));
    let slow = Duration::from_secs(60);
    t.wait_for("1 article", slow);
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    // So long an article is read and linked on another thread: the pair opens when
    // the text is there, and keys work while the links are computed.
    t.wait_for("▶ Negotiators in Geneva agreed", slow);
    t.send("G");
    t.wait_for(" Bot ", slow);
    t.send("q");
}

#[test]
fn wide_and_combining_text_renders_inside_its_pane() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cjk = "日内瓦和平谈判周一恢复双方同意有限停火".repeat(6);
    let emoji = "和平👍🏽会谈🕊️继续👨‍👩‍👧进行🇺🇦".repeat(8);
    fs::write(
        d.join("wide.txt"),
        format!("宽字符标题 Wide Title\n\nCafe\u{301} and nai\u{308}ve.\n\n{cjk}\n\n{emoji}\n"),
    )
    .unwrap();
    fs::write(d.join("plain.txt"), format!("Plain Headline Here\n\n{BODY}\n")).unwrap();
    let wide = d.join("wide.txt");
    let plain = d.join("plain.txt");
    for (cols, rows) in [(161, 45), (80, 24), (41, 30)] {
        let t = Term::parallax_with(
            &[wide.to_str().unwrap(), plain.to_str().unwrap()],
            Opts::size(cols, rows),
        );
        t.wait_for("日内瓦和平谈判", TIMEOUT);
        t.wait_for("👍会谈", TIMEOUT);
        // The emulator shows frames as they stream in: wait for a whole frame to hold
        // the layout (a broken one never does, and the wait then fails with it).
        t.wait_until(&format!("{cols}x{rows}: every row inside its pane"), TIMEOUT, |s| {
            layout_problem(s, cols, rows).is_none()
        });
        t.send("q");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any bytes: decoding refuses or succeeds, and a parsed article's passages
    /// cover its text in order, without overlap, none blank, with no control left.
    #[test]
    fn arbitrary_bytes_load_clean_and_segment(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check_bytes(&bytes)?;
    }

    /// Text-like input, which reaches the segmenter and classifier far more often
    /// than uniform bytes: words, line breaks, escapes, wide and combining characters.
    #[test]
    fn text_like_input_segments_cleanly(
        parts in proptest::collection::vec(prop_oneof![
            "[A-Za-z]{1,12}", Just(" ".to_owned()), Just("\n".to_owned()), Just("\n\n".to_owned()),
            Just("\r\n".to_owned()), Just("\r".to_owned()), Just("\t".to_owned()), Just("\u{c}".to_owned()),
            Just(". ".to_owned()), Just("- ".to_owned()), Just("By ".to_owned()), Just("Subscribe now".to_owned()),
            Just("\x1b[31m".to_owned()), Just("\x1b]0;t\x07".to_owned()), Just("\x1b".to_owned()),
            Just("日本".to_owned()), Just("👍🏽".to_owned()), Just("e\u{301}".to_owned()),
            Just("\u{202e}".to_owned()), Just("\u{fffd}".to_owned()),
        ], 0..200)
    ) {
        check_bytes(parts.concat().as_bytes())?;
    }
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(decoded) = corpus::decode(bytes) else { return Ok(()) };
    let a = Article::parse("p.txt", &decoded.text, decoded.notice);
    prop_assert_eq!(a.text.len(), decoded.text.len());
    prop_assert!(!a.text.chars().any(|c| c.is_control() && c != '\n'), "{:?}", a.text);
    let mut end = 0;
    for p in &a.passages {
        prop_assert!(p.range.start >= end, "overlap or out of order: {:?}", a.passages);
        let s = &a.text[p.range.clone()];
        prop_assert!(!s.trim().is_empty(), "blank passage {:?}", p.range);
        prop_assert_eq!(s, s.trim(), "passages are trimmed");
        // Nothing but whitespace between passages: they cover the text.
        prop_assert!(a.text[end..p.range.start].trim().is_empty());
        end = p.range.end;
    }
    prop_assert!(a.text[end..].trim().is_empty());
    prop_assert!(!a.title.is_empty() && !a.title.contains('\n'));
    Ok(())
}

/// What is wrong with the layout of a side-by-side or stacked pair of wide text, if
/// anything: a wide character overflowing the last column or starting a row, or the
/// divider pushed out of its column.
fn layout_problem(s: &vt100::Screen, cols: u16, rows: u16) -> Option<String> {
    let text = |r, c| s.cell(r, c).map(|c| c.contents().to_owned()).unwrap_or_default();
    // Side by side, the divider stands in one column on every row of the panes: no wide
    // character pushed it right.
    let divider = (0..cols).find(|&c| text(1, c) == "│").filter(|_| cols >= 160);
    if divider.is_some() != (cols >= 160) {
        return Some(format!("{cols}x{rows}: side by side only when wide:\n{}", s.contents()));
    }
    for r in 0..rows {
        // A wide character's second half never starts a row, and the last column never
        // holds the first half of one that would overflow.
        if s.cell(r, cols - 1).is_some_and(|c| c.is_wide()) {
            return Some(format!("{cols}x{rows}: row {r} overflows:\n{}", s.contents()));
        }
        if s.cell(r, 0).is_some_and(|c| c.is_wide_continuation()) {
            return Some(format!("{cols}x{rows}: row {r} starts mid-character"));
        }
        if let Some(c) = divider.filter(|_| (1..rows - 1).contains(&r)) {
            // A border glyph (or a gutter mark drawn on it), never half of a wide
            // character that spilled over from the left pane.
            let ok = s.cell(r, c).is_some_and(|cell| {
                !cell.is_wide()
                    && !cell.is_wide_continuation()
                    && !cell.contents().trim().is_empty()
            });
            if !ok {
                return Some(format!(
                    "{cols}x{rows}: row {r} pushed the divider:\n{}",
                    s.contents()
                ));
            }
        }
    }
    None
}
