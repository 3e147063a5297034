//! Large archives at test size: the mixed-format generated archive loads
//! with exactly its broken inputs reported, in the same order on any number of threads;
//! the index cache is hit, partially invalidated, and rebuilt when corrupt; article
//! texts are read on demand.

#[path = "../benches/support/archive.rs"]
mod archive;

use parallax::corpus::{self, CacheMode, Catalog, CatalogEvent, LoadOptions};
use std::fs;
use std::path::{Path, PathBuf};

fn opts(cache: &Path, threads: usize) -> LoadOptions {
    LoadOptions { threads, cache: CacheMode::At(cache.to_path_buf()), ..LoadOptions::default() }
}

/// Every event of the reader's background job on `dir`, in order (the index cache in
/// `cache`, `threads` readers, the topics in memory up to `above` articles).
fn events_of(
    dir: &Path,
    cache: &Path,
    threads: usize,
    above: usize,
) -> Vec<parallax::app::background::Background> {
    let events = std::sync::Mutex::new(Vec::new());
    parallax::app::background::load(
        vec![dir.to_path_buf()],
        opts(cache, threads),
        parallax::index::Lexicons::embedded(),
        above,
        &|e| events.lock().unwrap().push(e),
    );
    events.into_inner().unwrap()
}

fn relative(root: &Path, shown: &str) -> String {
    shown.strip_prefix(&format!("{}/", root.display())).unwrap_or(shown).to_owned()
}

fn load(root: &Path, o: &LoadOptions) -> (Catalog, Vec<CatalogEvent>) {
    let mut events = Vec::new();
    let cat = Catalog::load(&[root.to_path_buf()], o, &mut |e| events.push(e)).unwrap();
    (cat, events)
}

fn cache_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[test]
fn a_generated_archive_reports_exactly_its_broken_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Enough articles that several are broken (the rate is 1%).
    let g = archive::generate(root, 600, 7).unwrap();
    assert!(g.broken.len() >= 3, "{g:?}");
    let (cat, events) = load(root, &opts(cache.path(), 2));
    assert_eq!(cat.len(), g.articles);
    let mut skipped: Vec<String> = cat.skipped.iter().map(|s| relative(root, &s.path)).collect();
    skipped.sort();
    assert_eq!(skipped, g.broken);
    assert_eq!(cat.ignored, g.ignored);
    assert_eq!(cat.files.len(), g.files);

    // Batches arrive in library order and add up to the catalog; progress ends at the total.
    let mut streamed = Vec::new();
    let mut last = None;
    for e in &events {
        match e {
            CatalogEvent::Batch { entries, .. } => {
                streamed.extend(entries.iter().map(|e| e.path.clone()))
            }
            CatalogEvent::Progress(p) => last = Some(*p),
            CatalogEvent::Warning(w) => panic!("{w}"),
        }
    }
    assert_eq!(streamed, cat.entries.iter().map(|e| e.path.clone()).collect::<Vec<_>>());
    let last = last.unwrap();
    assert_eq!((last.done, last.total, last.articles), (g.files, g.files, g.articles));

    // The same library, in the same order, loaded with texts on another thread count.
    let mut seen = 0;
    let corpus = corpus::load_with_progress(
        &[root.to_path_buf()],
        &LoadOptions { threads: 3, ..opts(cache.path(), 3) },
        &mut |p| seen = p.done,
    )
    .unwrap();
    assert_eq!(seen, g.files);
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths, cat.entries.iter().map(|e| e.path.as_str()).collect::<Vec<_>>());
    // Sorted by file path, then by line within a JSON Lines file.
    let key = |p: &str| match p.rsplit_once(".jsonl:") {
        Some((f, n)) => (f.to_owned(), n.parse::<usize>().unwrap()),
        None => (p.to_owned(), 0),
    };
    assert!(paths.windows(2).all(|w| key(w[0]) < key(w[1])), "sorted by path");
    assert_eq!(corpus.skipped.len(), cat.skipped.len());

    // Every format is present, with its metadata; texts come back on demand, identical.
    for ext in [".txt", ".md", ".html", ".jsonl:"] {
        let i = cat
            .entries
            .iter()
            .position(|e| e.path.contains(ext))
            .unwrap_or_else(|| panic!("{ext}"));
        let a = cat.article(i).unwrap();
        assert_eq!(a.text, corpus.articles[i].text, "{ext}");
        assert_eq!(a.passages, cat.entries[i].passages, "{ext}");
        assert_eq!(a.title, cat.entries[i].title);
        if ext != ".txt" {
            assert!(a.date.is_some() && a.outlet.is_some(), "{ext}: {:?} {:?}", a.date, a.outlet);
        }
        assert!(a.byline.is_some(), "{ext}");
    }
}

#[test]
fn the_cache_is_hit_invalidated_per_file_and_rebuilt_when_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let g = archive::generate(root, 200, 11).unwrap();
    let o = opts(cache.path(), 2);

    let (cold, _) = load(root, &o);
    assert_eq!((cold.parsed, cold.from_cache), (g.files, 0));

    let (warm, events) = load(root, &o);
    assert_eq!((warm.parsed, warm.from_cache), (0, g.files));
    assert_eq!(warm.entries, cold.entries);
    assert_eq!(warm.skipped, cold.skipped);
    assert!(!events.iter().any(|e| matches!(e, CatalogEvent::Warning(_))));

    // One file changed: only it is parsed again, and its new title shows.
    let i = warm.entries.iter().position(|e| e.path.ends_with(".txt")).unwrap();
    let file = warm.files[warm.entries[i].file as usize].clone();
    let body = fs::read_to_string(&file).unwrap();
    fs::write(&file, body.replacen(&warm.entries[i].title, "A Completely New Headline Here", 1))
        .unwrap();
    let (partial, _) = load(root, &o);
    assert_eq!((partial.parsed, partial.from_cache), (1, g.files - 1));
    assert_eq!(partial.entries[i].title, "A Completely New Headline Here");
    assert_eq!(partial.len(), cold.len());

    // A file removed: gone from the library, the cache rewritten without it.
    fs::remove_file(&file).unwrap();
    let (fewer, _) = load(root, &o);
    assert_eq!((fewer.parsed, fewer.len()), (0, cold.len() - 1));

    // Corruption: one flipped byte in the payload is caught by the checksum.
    let c = cache_file(cache.path());
    let mut bytes = fs::read(&c).unwrap();
    let at = bytes.len() - 10;
    bytes[at] ^= 0x55;
    fs::write(&c, &bytes).unwrap();
    let (rebuilt, events) = load(root, &o);
    let warning = events.iter().find_map(|e| match e {
        CatalogEvent::Warning(w) => Some(w.clone()),
        _ => None,
    });
    assert!(
        warning.as_deref().is_some_and(|w| w.contains("corrupt") && w.contains("rebuilt")),
        "{warning:?}"
    );
    assert_eq!(rebuilt.parsed, g.files - 1);
    assert_eq!(rebuilt.entries, fewer.entries);
    // … and the rebuilt cache serves the next start.
    let (again, _) = load(root, &o);
    assert_eq!(again.parsed, 0);

    // A truncated cache and garbage are corruption too.
    fs::write(&c, &bytes[..20]).unwrap();
    assert!(load(root, &o).1.iter().any(|e| matches!(e, CatalogEvent::Warning(_))));
    fs::write(&c, b"garbage").unwrap();
    assert!(load(root, &o).1.iter().any(|e| matches!(e, CatalogEvent::Warning(_))));
}

#[test]
fn unknown_extensions_are_counted_and_named_files_read_whatever_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let body = "A Good Headline Here\n\nThe body of the article has enough words to be a paragraph of text, and more.\n";
    for name in ["a.txt", "b.pdf", "c.docx", "d", "e.JPG", "f.md", "g.HTML"] {
        fs::write(d.join(name), body).unwrap();
    }
    let listing = corpus::list(&[d.to_path_buf()]).unwrap();
    assert_eq!(listing.ignored, 4);
    assert_eq!(listing.files.len(), 3);
    let c = corpus::Corpus::load(&[d.join("b.pdf")]).unwrap();
    assert_eq!(c.articles[0].title, "A Good Headline Here");
}

#[test]
fn no_cache_mode_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    archive::generate(dir.path(), 30, 3).unwrap();
    let o = LoadOptions { cache: CacheMode::Off, ..LoadOptions::default() };
    let (a, _) = load(dir.path(), &o);
    let (b, _) = load(dir.path(), &o);
    assert_eq!((a.parsed, b.parsed), (a.files.len(), b.files.len()));
}

/// The reader's side: the library is listed from the catalog (stubs, no texts), an
/// article's text is read when it is previewed or opened, a file gone since is said on
/// the status line, and the full texts arriving later change nothing on screen.
#[test]
fn an_article_read_with_its_listed_passages_is_the_article_parsed_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    archive::generate(root, 150, 11).unwrap();
    // A page in a legacy charset, and controls and CRLF in a text file.
    let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head>\
        <body><article><h1>Caf\xe9 talks</h1><p>Delegates met at the caf\xe9 on Monday.</p>\
        <p>They spoke of a ceasefire.</p></article></body></html>";
    fs::write(root.join("legacy.html"), page).unwrap();
    fs::write(root.join("crlf.txt"), "Title\r\n\r\nA line\x1b[31m with escapes.\r\n").unwrap();
    load(root, &opts(cache.path(), 2));
    // The second load takes every entry's passages from the index cache.
    let (cat, _) = load(root, &opts(cache.path(), 2));
    assert_eq!(cat.parsed, 0);
    let mut formats = std::collections::HashSet::new();
    for i in 0..cat.len() {
        let (listed, parsed) = (cat.article_listed(i).unwrap(), cat.article(i).unwrap());
        let what = &parsed.path;
        assert_eq!(listed.text, parsed.text, "{what}");
        assert_eq!(listed.passages, parsed.passages, "{what}");
        assert_eq!(
            (&listed.title, &listed.byline, listed.words, &listed.date, &listed.notice),
            (&parsed.title, &parsed.byline, parsed.words, &parsed.date, &parsed.notice),
            "{what}"
        );
        formats.insert(
            what.rsplit('.').next().unwrap_or("").split(':').next().unwrap_or("").to_owned(),
        );
    }
    for f in ["txt", "md", "html", "jsonl"] {
        assert!(formats.contains(f), "no {f} article among {formats:?}");
    }
}

#[test]
fn the_reader_lists_from_the_catalog_and_reads_texts_on_demand() {
    use parallax::app::background::{self, Background};
    use parallax::app::{Action, App, Keymap, update};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (i, place) in ["Geneva", "Vienna", "Oslo"].iter().enumerate() {
        let body = format!("Talks in {place}\n\nDelegates met in {place} on day {i}.\n\nMore.\n");
        fs::write(dir.path().join(format!("{i}.txt")), body).unwrap();
    }
    let events = events_of(dir.path(), cache.path(), 2, background::TOPICS_FROM_ARCHIVE_ABOVE);
    let texts_at = events.iter().position(|e| matches!(e, Background::Texts(_))).unwrap();
    let (listing, rest): (Vec<_>, Vec<_>) =
        events.into_iter().enumerate().partition(|(i, _)| *i < texts_at);

    let mut app = App::new(corpus::Corpus::default(), Keymap::default_map());
    update(&mut app, Action::Resize(120, 40));
    for (_, e) in listing {
        app.receive(e);
    }
    assert_eq!(app.corpus.articles.len(), 3);
    assert!(app.corpus.articles.iter().all(|a| a.text.is_empty()), "stubs until read");
    assert!(app.texts.has(0), "the selected article is read for its preview");
    assert!(!app.texts.has(2));

    fs::remove_file(dir.path().join("1.txt")).unwrap();
    update(&mut app, Action::Choose); // left chosen; the selection moves on to 1.txt
    let status = app.status.clone().unwrap_or_default();
    assert!(status.starts_with("could not read") && status.contains("1.txt"), "{status}");
    update(&mut app, Action::Down);
    update(&mut app, Action::Choose);
    let r = app.reading.as_ref().expect("a pair is open");
    let [l, rt] = [r.panes[0].article, r.panes[1].article];
    assert_eq!((l, rt), (0, 2));
    assert!(app.article(2).unwrap().text.contains("Delegates met in Oslo"));
    assert!(!app.article(2).unwrap().passages.is_empty());

    for (_, e) in rest {
        app.receive(e);
    }
    assert!(app.texts.is_empty(), "the whole corpus replaced the texts read on demand");
    assert!(app.corpus.articles[0].text.contains("Geneva"));
    assert_eq!(app.reading.as_ref().map(|r| r.panes[1].article), Some(2), "the pair stays");
}

/// A pair opened while the library is still being listed (stubs, nothing readable yet)
/// gets its texts when the listing completes, without another key.
#[test]
fn a_pair_opened_during_listing_fills_in() {
    use parallax::app::background::Background;
    use parallax::app::{Action, App, Keymap, update};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    for (i, place) in ["Geneva", "Vienna"].iter().enumerate() {
        let body = format!("Talks in {place}\n\nDelegates met in {place}.\n");
        fs::write(dir.path().join(format!("{i}.txt")), body).unwrap();
    }
    let events = events_of(dir.path(), cache.path(), 1, 5_000);
    let mut app = App::new(corpus::Corpus::default(), Keymap::default_map());
    app.texts = parallax::app::texts::Texts::listing();
    update(&mut app, Action::Resize(120, 40));
    let mut events = events.into_iter();
    for e in events.by_ref() {
        let batch = matches!(e, Background::Batch { .. });
        app.receive(e);
        if batch {
            break;
        }
    }
    update(&mut app, Action::Choose);
    update(&mut app, Action::Choose);
    let wrap = app.pane_wrap(parallax::app::Side::Left).unwrap();
    assert!(wrap.lines.is_empty(), "a stub: nothing to show yet");
    // Pressed on the stub: carried out once the text is there.
    update(&mut app, Action::NextPassage);
    let next = events.next().unwrap();
    assert!(matches!(next, Background::Progress(_) | Background::Catalog(_)), "{next:?}");
    app.receive(next);
    for e in events.by_ref() {
        let done = matches!(e, Background::Catalog(_));
        app.receive(e);
        if done {
            break;
        }
    }
    let wrap = app.pane_wrap(parallax::app::Side::Left).unwrap();
    assert!(!wrap.lines.is_empty(), "read once the listing completed");
    let pane = &app.reading.as_ref().unwrap().panes[0];
    assert_eq!(pane.cursor, 1, "the early move to the next passage was made");
    assert!(app.article(1).unwrap().text.contains("Delegates met in Vienna"));
}

/// A library of a very long article (over 200k words) and a short one, listed up to
/// its catalog; the background events still to come (every text, the index); and the
/// folders, kept for as long as the test reads from them.
type Kept = (tempfile::TempDir, tempfile::TempDir);
fn long_library() -> (parallax::app::App, Vec<parallax::app::background::Background>, Kept) {
    use parallax::app::background::Background;
    use parallax::app::{Action, App, Keymap, update};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let para = "Negotiators in Geneva agreed on monitors for the front line, officials said. ";
    let long = format!(
        "A Very Long Report\n\n{}\n",
        [para.repeat(40), String::new()].join("\n\n").repeat(800)
    );
    fs::write(dir.path().join("long.txt"), &long).unwrap();
    fs::write(dir.path().join("short.txt"), format!("Short Note\n\n{para}\n")).unwrap();
    let events = events_of(dir.path(), cache.path(), 1, 5_000);
    let mut app = App::new(corpus::Corpus::default(), Keymap::default_map());
    update(&mut app, Action::Resize(120, 40));
    let mut events = events.into_iter();
    for e in events.by_ref() {
        let done = matches!(e, Background::Catalog(_));
        app.receive(e);
        if done {
            break;
        }
    }
    assert!(app.corpus.articles[0].words > 200_000, "{}", app.corpus.articles[0].words);
    assert!(!app.texts.has(0), "too long to read for a preview");
    (app, events.collect(), (dir, cache))
}

/// Jobs the runtime was handed, run by the test instead of on threads.
type Jobs = std::rc::Rc<std::cell::RefCell<Vec<parallax::app::Work>>>;

/// The reader's runtime, with its slow jobs queued in `Jobs` for the test to run.
fn runtime() -> (parallax::app::runtime::Runtime<'static>, Jobs) {
    let jobs = Jobs::default();
    let queue = jobs.clone();
    (parallax::app::runtime::Runtime::new(None, move |w| queue.borrow_mut().push(w)), jobs)
}

/// Presses a key through the runtime, as the reader does.
fn press(rt: &mut parallax::app::runtime::Runtime, app: &mut parallax::app::App, key: &str) {
    use parallax::app::runtime::{Input, Message};
    let key = parallax::app::Key::parse(key).unwrap();
    rt.handle(app, Message::Input(Input::Key(key)));
}

/// Runs the jobs queued so far, handing each result back through the runtime (which
/// may queue more, left for the next call); how many ran.
fn run_jobs(
    rt: &mut parallax::app::runtime::Runtime,
    app: &mut parallax::app::App,
    jobs: &Jobs,
) -> usize {
    let queued = std::mem::take(&mut *jobs.borrow_mut());
    let ran = queued.len();
    for job in queued {
        rt.handle(app, parallax::app::runtime::Message::Background((job.0)()));
    }
    ran
}

fn linked(app: &parallax::app::App) -> bool {
    let r = app.reading.as_ref().unwrap();
    (0..80).any(|p| r.links.linked(parallax::app::Side::Left, p))
}

/// A very long article is read, and its pair linked, on another thread: the keys go
/// on working while that happens, and the pair opens (then gets its links) when the
/// results come back.
#[test]
fn a_very_long_article_opens_without_holding_up_the_keyboard() {
    let (mut app, _later, _kept) = long_library();
    let (mut rt, jobs) = runtime();
    press(&mut rt, &mut app, "enter");
    press(&mut rt, &mut app, "enter");
    assert!(app.reading.is_none(), "waits for the text");
    assert!(app.status.as_deref().unwrap_or("").starts_with("reading A Very Long Report"));
    press(&mut rt, &mut app, "k"); // the keyboard still works meanwhile
    assert_eq!(run_jobs(&mut rt, &mut app, &jobs), 1, "one read");
    let r = app.reading.as_ref().expect("opened when the text arrived");
    assert_eq!([r.panes[0].article, r.panes[1].article], [0, 1]);
    assert!(!linked(&app), "links come later");
    // The text's arrival queued the linking with no key pressed since.
    assert_eq!(run_jobs(&mut rt, &mut app, &jobs), 1, "one linking");
    assert!(linked(&app), "linked");
    assert_eq!(app.status.as_deref(), Some("passages linked"));
}

/// When the library's every text arrives before the pair's own read, the pair opens
/// with them; the late read changes nothing.
#[test]
fn a_waiting_pair_opens_with_whichever_read_comes_first() {
    let (mut app, later, _kept) = long_library();
    let (mut rt, jobs) = runtime();
    press(&mut rt, &mut app, "enter");
    press(&mut rt, &mut app, "enter");
    assert!(app.reading.is_none());
    assert_eq!(jobs.borrow().len(), 1, "the long text's own read, not yet run");
    for e in later {
        rt.handle(&mut app, parallax::app::runtime::Message::Background(e));
    }
    assert!(app.reading.is_some(), "opened with the library's texts");
    // Opening on a background result queued the pair's linking at once, not at the
    // next key.
    assert_eq!(jobs.borrow().len(), 2, "the read and the linking");
    run_jobs(&mut rt, &mut app, &jobs);
    run_jobs(&mut rt, &mut app, &jobs);
    assert!(linked(&app));
    assert_eq!(app.reading.as_ref().map(|r| r.panes[0].article), Some(0));
}
