//! Keys typed before the library's background work has finished do what they would
//! do a moment later. The background results are replayed one by one between the
//! keys, in the order the reader's threads send them, so the test decides exactly
//! what has arrived when each key is pressed.

use parallax::app::background::{self, Background};
use parallax::app::runtime::{Input, Message, Runtime};
use parallax::app::{App, Key, Keymap, Screen};
use parallax::corpus::{CacheMode, Corpus, LoadOptions};
use std::path::Path;

/// The background events of listing two seed files, as `parallax a b` gets them.
fn events(dir: &Path, cache: &Path) -> Vec<Background> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths = Vec::new();
    for name in ["000_ba60962b0478ce8e.txt", "002_426d75bc5307f069.txt"] {
        std::fs::copy(seeds.join(name), dir.join(name)).unwrap();
        paths.push(dir.join(name));
    }
    let opts = LoadOptions { cache: CacheMode::At(cache.to_path_buf()), ..LoadOptions::default() };
    let events = std::sync::Mutex::new(Vec::new());
    background::load(paths, opts, parallax::index::Lexicons::embedded(), 5_000, &|e| {
        events.lock().unwrap().push(e)
    });
    events.into_inner().unwrap()
}

fn keys(rt: &mut Runtime, app: &mut App, keys: &[&str]) {
    for k in keys {
        let key = Key::parse(k).unwrap();
        rt.handle(app, Message::Input(Input::Key(key)));
    }
}

/// The pair opens, the palette is opened and a topic typed and chosen, all before the
/// topic index arrives: the choice is carried out when it does.
#[test]
fn a_topic_chosen_before_the_index_is_ready_is_taken_when_it_arrives() {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut events = events(dir.path(), cache.path()).into_iter();
    let mut app = App::new(Corpus::default(), Keymap::default_map());
    app.pending.pair = true;
    let mut rt = Runtime::new(None, |_| panic!("no slow work for two short articles"));
    rt.handle(&mut app, Message::Input(Input::Resize(160, 40)));
    // Everything up to the topic index: the listing, then every text.
    for e in events.by_ref() {
        let last = matches!(e, Background::Texts(_));
        rt.handle(&mut app, Message::Background(e));
        if last {
            break;
        }
    }
    assert_eq!(app.screen, Screen::Reading, "the pair opened with the listing");
    assert!(app.indexing && app.knowledge.topics.is_empty(), "topics not indexed yet");

    keys(&mut rt, &mut app, &["t", "k", "u", "r", "s", "k", "enter"]);
    assert!(app.reading.as_ref().unwrap().topic.is_none(), "nothing to choose yet");

    let rest: Vec<Background> = events.collect();
    // The topic index, then the archive index bringing itself up to date.
    assert!(matches!(rest.first(), Some(Background::Knowledge(_))), "{rest:?}");
    assert!(matches!(rest.last(), Some(Background::Archive(_))), "{rest:?}");
    let archive_only = rest[1..]
        .iter()
        .all(|e| matches!(e, Background::ArchiveProgress(_) | Background::Archive(_)));
    assert!(archive_only, "{rest:?}");
    for e in rest {
        rt.handle(&mut app, Message::Background(e));
    }
    let r = app.reading.as_ref().unwrap();
    let topic = r.topic.expect("the typed-ahead choice was taken");
    assert_eq!(app.knowledge.topics[topic].label, "Kursk");
    assert!(app.overlay.is_none(), "the palette closed as Enter closes it");
    let status = parallax::app::topic_jumps::topic_status(&app);
    assert!(status.starts_with("topic: Kursk · left 1/"), "{status}");
}

/// The pair open, everything but the topic index arrived; and the topic index, still to
/// be handed in.
fn paired_before_the_topics() -> (App, Runtime<'static>, Vec<Background>) {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let events = events(dir.path(), cache.path());
    let mut app = App::new(Corpus::default(), Keymap::default_map());
    app.pending.pair = true;
    let mut rt = Runtime::new(None, |_| ());
    rt.handle(&mut app, Message::Input(Input::Resize(160, 40)));
    let (knowledge, before): (Vec<_>, Vec<_>) =
        events.into_iter().partition(|e| matches!(e, Background::Knowledge(_)));
    for e in before {
        rt.handle(&mut app, Message::Background(e));
    }
    (app, rt, knowledge)
}

/// Typed ahead with no topic matching: said plainly once the index is there.
#[test]
fn a_typed_ahead_topic_that_matches_nothing_says_so() {
    let (mut app, mut rt, knowledge) = paired_before_the_topics();
    keys(&mut rt, &mut app, &["t", "q", "x", "z", "enter"]);
    for e in knowledge {
        rt.handle(&mut app, Message::Background(e));
    }
    assert!(app.reading.as_ref().unwrap().topic.is_none());
    assert_eq!(app.status.as_deref(), Some("no topic matches “qxz”"));
}

/// A prompt being typed into when the topics arrive stays open with what was typed.
#[test]
fn the_topics_arriving_leave_an_open_prompt_alone() {
    let (mut app, mut rt, knowledge) = paired_before_the_topics();
    keys(&mut rt, &mut app, &["/", "K", "y"]);
    for e in knowledge {
        rt.handle(&mut app, Message::Background(e));
    }
    match &app.overlay {
        Some(parallax::app::Overlay::Search(editor)) => assert_eq!(editor.text, "Ky"),
        other => panic!("the search prompt closed: {other:?}"),
    }
}

/// The pair `parallax a b` opens is shown before its passages are linked; the links
/// come once that frame is painted, or before a key typed ahead of the paint acts.
#[test]
fn the_first_pair_is_linked_after_its_first_frame_or_before_the_first_key() {
    let linked = |app: &App| {
        let r = app.reading.as_ref().unwrap();
        let passages = app.article(r.panes[0].article).unwrap().passages.len();
        (0..passages).any(|p| r.links.linked(parallax::app::Side::Left, p))
    };
    let (mut app, mut rt, _) = paired_before_the_topics();
    assert!(app.links_after_paint && !linked(&app), "shown first, linked after");
    assert!(rt.painted(&mut app), "the paint links it");
    assert!(linked(&app) && !rt.painted(&mut app), "once");

    let (mut app, mut rt, _) = paired_before_the_topics();
    keys(&mut rt, &mut app, &["j"]);
    assert!(linked(&app), "a key typed before the paint finds the links made");
}

/// A library read before the first frame (two short files, or the seeds) is drawn
/// without its topic index; the index is built on another thread once that frame is
/// drawn, and arrives as a listed library's does.
#[test]
fn the_topic_index_of_a_library_read_at_start_follows_the_first_frame() {
    let startup = parallax::config::Startup {
        config: Default::default(),
        keymap: Keymap::default_map(),
        lexicons: parallax::index::Lexicons::embedded(),
        framing: Default::default(),
        file: Default::default(),
    };
    let mut app = App::start(&startup, Corpus::seeds());
    assert!(app.indexing && app.knowledge.topics.is_empty(), "nothing indexed before the frame");
    let jobs = std::cell::RefCell::new(Vec::new());
    let mut rt = Runtime::new(None, |job| jobs.borrow_mut().push(job));
    rt.handle(&mut app, Message::Input(Input::Resize(160, 40)));
    keys(&mut rt, &mut app, &["j", "enter"]);
    assert!(jobs.borrow().is_empty(), "no work starts before the first frame");

    rt.painted(&mut app);
    let queued: Vec<_> = jobs.borrow_mut().drain(..).collect();
    assert_eq!(queued.len(), 2, "two jobs: the topic index and the archive index");
    rt.painted(&mut app);
    assert!(jobs.borrow().is_empty(), "the indexes are started once");
    let events: Vec<Background> = queued.into_iter().map(|job| (job.0)()).collect();
    assert!(matches!(events[0], Background::Knowledge(_)), "{:?}", events[0]);
    assert!(matches!(events[1], Background::Archive(_)), "{:?}", events[1]);
    for event in events {
        rt.handle(&mut app, Message::Background(event));
    }
    assert!(!app.indexing, "indexed");
    assert!(app.knowledge.topics.iter().any(|t| t.label == "Kursk"));
    assert_eq!(app.knowledge.related.len(), app.corpus.articles.len());
    assert!(app.archive.is_some(), "the library's texts can be searched");
}
