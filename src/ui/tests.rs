//! Rendering tests: insta snapshots at fixed sizes, driven by scripted key events,
//! and a property test over terminal sizes.

use super::{Theme, View};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use insta::assert_snapshot;
use parallax::app::topics::Knowledge;
use parallax::app::{Action, App, Keymap, Screen, update};
use parallax::corpus::Corpus;
use parallax::index::Lexicons;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

fn app(w: u16, h: u16) -> App {
    // The seeds' topic knowledge, computed once for the many apps these tests make.
    static KNOWLEDGE: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    let lexicons = Lexicons::embedded();
    let knowledge = KNOWLEDGE.get_or_init(|| Knowledge::build(&Corpus::seeds(), &lexicons)).clone();
    let mut app = App::with_knowledge(Corpus::seeds(), Keymap::default_map(), lexicons, knowledge);
    update(&mut app, Action::Resize(w, h));
    app
}

/// A terminal event, as the reader's event loop hands it on.
fn handle(app: &mut App, ev: Event) {
    if let Some(input) = crate::term::translate(ev) {
        app.input(input);
    }
}

fn press(app: &mut App, code: KeyCode) {
    send(app, code, KeyEventKind::Press);
}

fn send(app: &mut App, code: KeyCode, kind: KeyEventKind) {
    let ev = KeyEvent { code, modifiers: KeyModifiers::NONE, kind, state: KeyEventState::NONE };
    handle(app, Event::Key(ev));
}

fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Library → Enter (left) → Enter (right): the first two articles side by side.
fn reading(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Reading);
    app
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    let theme = Theme::named("default", false).expect("default theme");
    t.draw(|f| f.render_widget(View { app, theme: &theme }, f.area())).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn library_80x24() {
    assert_snapshot!(draw(&app(80, 24), 80, 24).backend());
}

#[test]
fn library_160x45() {
    assert_snapshot!(draw(&app(160, 45), 160, 45).backend());
}

#[test]
fn library_filtered_highlights_matches() {
    let mut app = app(80, 24);
    keys(&mut app, "/putin");
    let t = draw(&app, 80, 24);
    let screen = text(&t);
    assert!(screen.contains("/ putin"), "{screen}");
    assert!(screen.contains("Putin’s latest peace feelers"));
    let list: String = screen.lines().take(12).collect();
    assert!(!list.contains("Challenges And Prospects"), "non-matching titles are filtered out");
    assert_snapshot!(t.backend());
    // Matched letters are styled: find the 'P' of the first row's title.
    let buf = t.backend().buffer();
    let row = (0..24).find(|&y| row_text(buf, y).contains("Putin’s latest")).expect("row");
    let x = row_text(buf, row).find('P').expect("P") as u16;
    assert!(buf[(x, row)].modifier.contains(Modifier::UNDERLINED), "matched char is highlighted");
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol().chars().next().unwrap_or(' ')).collect()
}

#[test]
fn reading_80x24_stacks_panes() {
    let app = reading(80, 24);
    let t = draw(&app, 80, 24);
    assert_snapshot!(t.backend());
}

#[test]
fn reading_160x45_side_by_side_after_scrolling() {
    let mut app = reading(160, 45);
    keys(&mut app, "}}");
    press(&mut app, KeyCode::Tab);
    keys(&mut app, "jjj");
    let t = draw(&app, 160, 45);
    assert_snapshot!(t.backend());
}

#[test]
fn help_overlay_lists_the_keymap() {
    let mut app = reading(80, 24);
    keys(&mut app, "?");
    let screen = text(&draw(&app, 80, 30));
    assert!(screen.contains("next passage") && screen.contains("}"), "{screen}");
    assert!(screen.contains("swap the two panes"));
    // Any key closes it; that key is then acted on.
    keys(&mut app, "}");
    assert!(app.overlay.is_none());
}

#[test]
fn too_small_says_so() {
    assert_snapshot!("too_small_20x5", draw(&reading(20, 5), 20, 5).backend());
    let screen = text(&draw(&app(40, 5), 40, 5));
    assert!(screen.starts_with("terminal too small (40×5, needs 30×6)"), "{screen}");
    assert_eq!(text(&draw(&app(1, 1), 1, 1)), "!");
}

#[test]
fn key_releases_change_nothing() {
    let mut app = reading(120, 40);
    let before = text(&draw(&app, 120, 40));
    for code in
        [KeyCode::Char('j'), KeyCode::Char('}'), KeyCode::Tab, KeyCode::Esc, KeyCode::Char('q')]
    {
        send(&mut app, code, KeyEventKind::Release);
    }
    assert!(!app.quit);
    assert_eq!(text(&draw(&app, 120, 40)), before);
}

#[test]
fn esc_and_a_key_read_together_as_alt_are_esc_then_the_key() {
    let mut app = app(100, 30);
    keys(&mut app, "/zel");
    assert!(app.library.typing);
    let alt_j = KeyEvent {
        code: KeyCode::Char('j'),
        modifiers: KeyModifiers::ALT,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    };
    handle(&mut app, Event::Key(alt_j));
    assert!(!app.library.typing, "Esc closed the filter");
    assert!(app.library.query.is_empty(), "Esc cleared it");
    assert_eq!(app.library.selected, 1, "then j moved down");
}

#[test]
fn search_is_alias_aware_highlights_and_jumps_back() {
    let mut app = reading(160, 45); // 000 (writes Kiev) beside 001
    let start = app.reading.as_ref().unwrap().panes[0].clone();
    keys(&mut app, "/Kyiv");
    press(&mut app, KeyCode::Enter);
    let status = app.status.clone().unwrap_or_default();
    assert!(status.starts_with("\"Kyiv\" · match 1/"), "{status}");
    let t = draw(&app, 160, 45);
    let buf = t.backend().buffer();
    // "Kiev" is on screen, highlighted, though the query said "Kyiv".
    let left_half = |y: u16| row_text(buf, y).chars().take(79).collect::<String>();
    let (x, y) = (1..44u16)
        .find_map(|y| {
            left_half(y).find("Kiev").map(|x| (left_half(y)[..x].chars().count() as u16, y))
        })
        .expect("Kiev in the left pane");
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED), "match highlighted");
    keys(&mut app, "n");
    assert!(app.status.as_deref().unwrap_or("").contains("match 2/"));
    let after = app.reading.as_ref().unwrap().panes[0].clone();
    assert_ne!(after, start);
    press_ctrl(&mut app, 'o');
    press_ctrl(&mut app, 'o');
    assert_eq!(app.reading.as_ref().unwrap().panes[0], start, "ctrl-o back to the start");
    press_ctrl(&mut app, 'n');
    press_ctrl(&mut app, 'n');
    assert_eq!(app.reading.as_ref().unwrap().panes[0], after, "and forward again");
}

fn press_ctrl(app: &mut App, c: char) {
    let ev = KeyEvent {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    };
    handle(app, Event::Key(ev));
}

#[test]
fn swapping_one_pane_keeps_the_other_in_place() {
    let mut app = reading(120, 40);
    press(&mut app, KeyCode::Tab); // focus right
    keys(&mut app, "}}}");
    let right_before = app.reading.as_ref().map(|r| r.panes[1].clone());
    press(&mut app, KeyCode::Tab); // focus left
    keys(&mut app, "o");
    keys(&mut app, "feelers");
    press(&mut app, KeyCode::Enter);
    let r = app.reading.as_ref().expect("reading");
    assert_eq!(app.corpus.articles[r.panes[0].article].title, "Putin’s latest peace feelers");
    assert_eq!(Some(r.panes[1].clone()), right_before);
}

#[test]
fn no_color_theme_renders_without_colours_but_keeps_selection_visible() {
    let app = app(80, 24);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let theme = Theme::named("default", true).expect("default theme");
    t.draw(|f| f.render_widget(View { app: &app, theme: &theme }, f.area())).expect("draw");
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "no colour under NO_COLOR");
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let reversed = buf.content().iter().filter(|c| c.modifier.contains(Modifier::REVERSED)).count();
    assert!(reversed >= 20, "the selected row is reversed");
}

fn render_at(app: &App, w: u16, h: u16) {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let theme = Theme::named("default", false).expect("default theme");
    ratatui::widgets::Widget::render(View { app, theme: &theme }, buf.area, &mut buf);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Every screen renders at every size without panicking, including after a resize
    /// the app was told about and one it was not.
    #[test]
    fn every_screen_renders_at_any_size(w in 0u16..300, h in 0u16..100, told in any::<bool>(), screen in 0..4u8) {
        let mut app = match screen { 0 => app(80, 24), _ => reading(120, 40) };
        match screen {
            2 => keys(&mut app, "?"),
            3 => keys(&mut app, "o"),
            _ => {}
        }
        if told {
            update(&mut app, Action::Resize(w, h));
            keys(&mut app, "jj}G");
        }
        render_at(&app, w, h);
    }

    /// Arbitrary key sequences never panic and never leave the selection out of range.
    #[test]
    fn arbitrary_keys_never_panic(keys_typed in proptest::collection::vec(any::<char>(), 0..60), w in 0u16..200, h in 0u16..80) {
        let mut app = app(w, h);
        for c in keys_typed {
            let code = match c {
                '\u{0}' => KeyCode::Enter,
                '\u{1}' => KeyCode::Esc,
                '\u{2}' => KeyCode::Tab,
                '\u{3}' => KeyCode::Backspace,
                c => KeyCode::Char(c),
            };
            press(&mut app, code);
            if app.quit { break; }
        }
        render_at(&app, w, h);
        prop_assert!(app.library.rows.is_empty() || app.library.selected < app.library.rows.len());
    }
}

/// The Gaiani article (000) beside the AP article (002).
fn gaiani_and_ap(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    parallax::app::open_pair(&mut app, 0, 2);
    app
}

#[test]
fn topic_palette_filtered_to_kur() {
    let mut app = gaiani_and_ap(120, 30);
    keys(&mut app, "tkur");
    let t = draw(&app, 120, 30);
    let screen = text(&t);
    assert!(screen.contains("Kursk"), "{screen}");
    assert_snapshot!(t.backend());
}

#[test]
fn choosing_kursk_moves_both_panes_and_highlights_it() {
    let mut app = gaiani_and_ap(160, 40);
    keys(&mut app, "tkursk");
    press(&mut app, KeyCode::Enter);
    let t = draw(&app, 160, 40);
    let buf = t.backend().buffer();
    let left: String =
        (1..39).map(|y| row_text(buf, y).chars().take(79).collect::<String>()).collect();
    let right: String =
        (1..39).map(|y| row_text(buf, y).chars().skip(80).collect::<String>()).collect();
    assert!(left.contains("Kursk") && right.contains("Kursk"), "both panes show a Kursk passage");
    assert!(text(&t).contains("topic: Kursk · left 1/"), "{}", text(&t));
    // Every visible "Kursk" is highlighted.
    for y in 1..39u16 {
        let row = row_text(buf, y);
        if let Some(at) = row.find("Kursk") {
            let x = row[..at].chars().count() as u16;
            assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED), "row {y}: {row}");
        }
    }
    assert_snapshot!(t.backend());
}

#[test]
fn counterpart_jump_says_why() {
    let mut app = gaiani_and_ap(160, 40);
    // The passage on desertion and recruitment in the Gaiani article.
    let target = (0..app.corpus.articles[0].passages.len())
        .find(|&i| {
            app.corpus.articles[0]
                .passage_text(i)
                .starts_with("Added to this is the rise in desertion")
        })
        .expect("passage");
    while app.reading.as_ref().unwrap().panes[0].cursor < target {
        keys(&mut app, "}");
    }
    press(&mut app, KeyCode::Enter);
    let status = app.status.clone().unwrap_or_default();
    assert!(status.starts_with("counterpart 1/") && status.contains("manpower"), "{status}");
    let right = app.reading.as_ref().unwrap().panes[1].cursor;
    assert!(app.corpus.articles[2].passage_text(right).contains("manpower"));
    assert_snapshot!(draw(&app, 160, 40).backend());
    // Again: the next best; nothing relates → says so and stays.
    press(&mut app, KeyCode::Enter);
    assert!(app.status.as_deref().unwrap_or("").starts_with("counterpart 2/"));
}

#[test]
fn lens_panel_for_gaiani_and_ap() {
    let mut app = gaiani_and_ap(140, 40);
    keys(&mut app, "L");
    let t = draw(&app, 140, 40);
    let screen = text(&t);
    assert!(screen.contains("Kiev ×15") && screen.contains("Kyiv ×5"), "{screen}");
    assert_snapshot!("lens_spelling", t.backend());
    // Who speaks: sources both quote come first; Enter sends both panes there.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let t = draw(&app, 140, 40);
    assert!(text(&t).contains("Who speaks"));
    assert_snapshot!("lens_sources", t.backend());
    let before = app.reading.as_ref().unwrap().panes.clone();
    press(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "the panel closes on a jump");
    assert_ne!(app.reading.as_ref().unwrap().panes, before, "the panes went to the source");
}

#[test]
fn topic_across_outlets_opens_a_row_in_the_other_pane() {
    let mut app = gaiani_and_ap(140, 40);
    keys(&mut app, "tkursk");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "c");
    let t = draw(&app, 140, 40);
    let screen = text(&t);
    assert!(screen.contains("Kursk across outlets"), "{screen}");
    assert_snapshot!("across_kursk", t.backend());
    let Some(parallax::app::Overlay::Across(across)) = &app.overlay else { panic!("across view") };
    let last = across.rows.last().cloned().expect("rows");
    for _ in 0..across.rows.len() {
        keys(&mut app, "j");
    }
    press(&mut app, KeyCode::Enter);
    let right = &app.reading.as_ref().unwrap().panes[1];
    assert_eq!((right.article, right.cursor), (last.article, last.passage));
}

/// A JSON Lines archive of three outlets: the list shows outlet and date columns, and
/// `s` sorts by date (newest first), by outlet, by title, and back to as listed.
#[test]
fn dated_library_shows_outlets_and_dates_and_sorts() {
    let mut corpus = Corpus::default();
    let records = [
        r#"{"title":"Talks stall in Geneva","source":"Northern Courier","date":"2024-03-02","text":"Delegates left early."}"#,
        r#"{"title":"Ceasefire offer made","source":"Agence Sud","date":"2024-03-09","text":"An offer was made."}"#,
        r#"{"title":"Border crossing reopens","source":"Northern Courier","text":"The crossing reopened."}"#,
    ];
    corpus.add("wire.jsonl", records.join("\n").as_bytes());
    assert_eq!(corpus.articles.len(), 3);
    let mut app = App::new(corpus, Keymap::default_map());
    update(&mut app, Action::Resize(160, 12));
    let order = |app: &App| -> Vec<String> {
        // The list's column only (the preview repeats the selected title).
        let t = draw(app, 160, 12);
        let screen: String =
            text(&t).lines().map(|l| l.chars().take(85).collect::<String>() + "\n").collect();
        let mut rows: Vec<(usize, String)> = ["Talks", "Ceasefire", "Border"]
            .iter()
            .map(|w| (screen.find(w).expect(w), w.to_string()))
            .collect();
        rows.sort();
        rows.into_iter().map(|(_, w)| w).collect()
    };
    let screen = text(&draw(&app, 160, 12));
    let row = screen.lines().find(|l| l.contains("Ceasefire offer made")).unwrap();
    assert!(row.contains("Agence Sud") && row.contains("2024-03-09"), "{row}");
    assert_eq!(order(&app), ["Talks", "Ceasefire", "Border"], "as listed");
    keys(&mut app, "s");
    assert_eq!(order(&app), ["Ceasefire", "Talks", "Border"], "newest first, undated last");
    assert_eq!(app.status.as_deref(), Some("sorted newest first"));
    keys(&mut app, "s");
    assert_eq!(order(&app), ["Ceasefire", "Talks", "Border"], "Agence before Northern");
    keys(&mut app, "s");
    assert_eq!(order(&app), ["Border", "Ceasefire", "Talks"], "by title");
    keys(&mut app, "s");
    assert_eq!(order(&app), ["Talks", "Ceasefire", "Border"], "as listed again");
    // Narrow: the outlet column goes first, then the date; the title stays.
    let narrow = text(&draw(&app, 56, 12));
    assert!(!narrow.contains("Agence Sud") && narrow.contains("2024-03-09"), "{narrow}");
    assert!(narrow.contains("Ceasefire offer made"), "{narrow}");
    let narrower = text(&draw(&app, 44, 12));
    assert!(!narrower.contains("2024-03-09") && narrower.contains("Ceasefire offer"), "{narrower}");
}
