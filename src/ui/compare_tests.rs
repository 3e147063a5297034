//! Rendering the comparison of a pair: the diff of two versions (made here by editing
//! a seed: a word changed, a paragraph dropped, one added), `]c`/`[c` between its
//! changes, and the contrast marks of `d`, which must read without colour.

use super::{Theme, View};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use insta::assert_snapshot;
use parallax::app::topics::Knowledge;
use parallax::app::{Action, App, Keymap, Side, open_pair, update};
use parallax::corpus::Corpus;
use parallax::index::Lexicons;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// The seeds and an edited copy of the AP article (002) as the last article.
fn corpus_with_a_version() -> (Corpus, usize, usize) {
    let mut corpus = Corpus::seeds();
    let original = corpus.articles.iter().position(|a| a.path.contains("002_")).expect("seed 002");
    let mut paras: Vec<String> =
        corpus.articles[original].text.split("\n\n").map(str::to_owned).collect();
    paras[5] = paras[5].replacen(" past year", " past twelve months", 1);
    paras.remove(8);
    paras.insert(12, "Officials in Brussels declined to comment on the report.".into());
    corpus.add("edited.txt", paras.join("\n\n").as_bytes());
    let edited = corpus.articles.len() - 1;
    (corpus, original, edited)
}

fn app_with(corpus: Corpus, w: u16, h: u16) -> App {
    let lexicons = Lexicons::embedded();
    let knowledge = Knowledge::build(&corpus, &lexicons);
    let mut app = App::with_knowledge(corpus, Keymap::default_map(), lexicons, knowledge);
    update(&mut app, Action::Resize(w, h));
    app
}

fn versions(w: u16, h: u16) -> App {
    let (corpus, original, edited) = corpus_with_a_version();
    let mut app = app_with(corpus, w, h);
    open_pair(&mut app, original, edited);
    app
}

fn send(app: &mut App, code: KeyCode, kind: KeyEventKind) {
    let ev = KeyEvent { code, modifiers: KeyModifiers::NONE, kind, state: KeyEventState::NONE };
    if let Some(input) = crate::term::translate(Event::Key(ev)) {
        app.input(input);
    }
}

fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        send(app, KeyCode::Char(c), KeyEventKind::Press);
    }
}

fn draw(app: &App, theme: &Theme, w: u16, h: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    ratatui::widgets::Widget::render(View { app, theme }, buf.area, &mut buf);
    buf
}

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

fn shown(buf: &Buffer) -> String {
    rows(buf).join("\n")
}

fn theme() -> Theme {
    Theme::named("default", false).expect("default theme")
}

#[test]
fn a_versions_pair_says_so_and_shows_its_diff() {
    let mut app = versions(120, 30);
    let status = app.status.clone().unwrap_or_default();
    assert_eq!(
        status,
        "versions: 3 changes · 2 words, 1 paragraph removed, 1 paragraph added, similarity 0.96"
    );
    keys(&mut app, "D");
    let buf = draw(&app, &theme(), 120, 30);
    let screen = shown(&buf);
    assert!(screen.contains("… 20 unchanged paragraphs"), "{screen}");
    assert!(screen.contains("+Officials in Brussels declined"), "{screen}");
    // The changed words, and only they, are reversed on their side.
    let row = rows(&buf).iter().position(|r| r.contains("~In the past year")).expect("changed row");
    let line = &rows(&buf)[row];
    let at = |word: &str, from: usize| {
        line[..from + line[from..].find(word).unwrap()].chars().count() as u16
    };
    let mid = line.find('│').unwrap();
    assert!(buf[(at("year", 0), row as u16)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(at("past", 0), row as u16)].modifier.contains(Modifier::REVERSED));
    assert!(buf[(at("twelve", mid), row as u16)].modifier.contains(Modifier::REVERSED));
    assert_snapshot!(screen);
}

#[test]
fn bracket_c_walks_the_changes_and_esc_leaves_the_diff() {
    let mut app = versions(120, 30);
    keys(&mut app, "D]c");
    assert_eq!(app.status.as_deref(), Some("change 1/3"));
    let top = |app: &App| rows(&draw(app, &theme(), 120, 30))[1].clone();
    assert!(top(&app).starts_with("~In the past year"), "{}", top(&app));
    keys(&mut app, "]c");
    assert!(top(&app).starts_with("-Trump, who vowed"), "{}", top(&app));
    keys(&mut app, "]c]c");
    assert_eq!(app.status.as_deref(), Some("no change after this one"));
    keys(&mut app, "[c");
    assert_eq!(app.status.as_deref(), Some("change 2/3"));
    keys(&mut app, "]x");
    assert_eq!(app.status.as_deref(), Some("]x is not a key here"));
    send(&mut app, KeyCode::Esc, KeyEventKind::Press);
    assert!(app.reading.as_ref().is_some_and(|r| r.compare.diff.is_none()));
    assert!(shown(&draw(&app, &theme(), 120, 30)).contains("▶"), "the panes again");
}

#[test]
fn contrast_marks_read_without_colour_and_releases_change_nothing() {
    let corpus = Corpus::seeds();
    let mut app = app_with(corpus, 160, 45);
    open_pair(&mut app, 0, 2);
    // A passage of the Gaiani article with a strong counterpart in the AP one.
    let r = app.reading.as_ref().unwrap();
    let p = (0..40).find(|&p| r.links.linked(Side::Left, p)).expect("a linked passage");
    parallax::app::jump_focused(&mut app, 0, p);
    send(&mut app, KeyCode::Enter, KeyEventKind::Press);
    send(&mut app, KeyCode::Char('d'), KeyEventKind::Press);
    send(&mut app, KeyCode::Char('d'), KeyEventKind::Release);
    let c = app.reading.as_ref().and_then(|r| r.compare.marked.clone()).expect("contrast marked");
    assert!(!c.1.side(Side::Left).is_empty() && !c.1.side(Side::Right).is_empty());
    let mono = Theme::named("default", true).unwrap();
    let buf = draw(&app, &mono, 160, 45);
    let underlined = |x0: u16, x1: u16| {
        (1..44u16).any(|y| (x0..x1).any(|x| buf[(x, y)].modifier.contains(Modifier::UNDERLINED)))
    };
    assert!(underlined(0, 79) && underlined(81, 160), "both panes marked without colour");
    assert!(buf.content.iter().all(|c| c.fg == ratatui::style::Color::Reset));
    keys(&mut app, "d");
    assert!(app.reading.as_ref().is_some_and(|r| !r.compare.contrast));
    assert_eq!(app.status.as_deref(), Some("contrast: off"));
}

#[test]
fn help_lists_the_comparison_keys_from_the_keymap() {
    let mut app = versions(100, 40);
    keys(&mut app, "?");
    let screen = shown(&draw(&app, &theme(), 100, 40));
    for key in ["]c", "[c", " d ", " D "] {
        assert!(screen.contains(key), "{key} missing:\n{screen}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    /// The diff renders at every size, told of it or not.
    #[test]
    fn the_diff_renders_at_any_size(w in 0u16..300, h in 0u16..100, told in any::<bool>()) {
        static APP: std::sync::OnceLock<std::sync::Mutex<App>> = std::sync::OnceLock::new();
        let app = APP.get_or_init(|| {
            let mut app = versions(120, 40);
            keys(&mut app, "D]c");
            std::sync::Mutex::new(app)
        });
        let mut app = app.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if told {
            update(&mut app, Action::Resize(w, h));
            keys(&mut app, "j]cG[c");
        }
        draw(&app, &theme(), w, h);
    }
}
