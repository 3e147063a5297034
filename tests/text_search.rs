//! The library's filter over the texts (ctrl-t), driven through the reader's own
//! runtime with the archive index handed in as the background thread hands it.

use parallax::app::Row;
use parallax::app::background;
use parallax::app::runtime::{Input, Message, Runtime};
use parallax::app::{App, Key, Keymap};
use parallax::corpus::Corpus;

fn keys(rt: &mut Runtime, app: &mut App, keys: &[&str]) {
    for k in keys {
        rt.handle(app, Message::Input(Input::Key(Key::parse(k).unwrap())));
    }
}

fn listed(app: &App) -> Vec<usize> {
    let rows = app.library.rows.iter();
    rows.filter_map(|r| match r {
        Row::Article { index, .. } => Some(*index),
        Row::Skipped(_) => None,
    })
    .collect()
}

#[test]
fn the_filter_searches_the_texts_once_the_archive_index_is_there() {
    let mut app = App::new(Corpus::seeds(), Keymap::default_map());
    let mut rt = Runtime::new(None, |_| ());
    rt.handle(&mut app, Message::Input(Input::Resize(160, 40)));
    let says_kursk: Vec<usize> = (0..app.corpus.articles.len())
        .filter(|&i| app.corpus.articles[i].text.contains("Kursk"))
        .collect();
    assert!(!says_kursk.is_empty() && says_kursk.len() < app.corpus.articles.len());
    assert!(app.corpus.articles.iter().all(|a| !a.title.contains("Kursk")));

    keys(&mut rt, &mut app, &["ctrl-t", "k", "u", "r", "s", "k"]);
    assert!(app.library.text_search && app.library.typing);
    assert_eq!(listed(&app), Vec::<usize>::new(), "no title says it, and no index yet");

    let index = background::archive_in_memory(&app.corpus, &app.lexicons);
    rt.handle(&mut app, Message::Background(index));
    let mut found = listed(&app);
    found.sort_unstable();
    assert_eq!(found, says_kursk, "the search typed ahead ran when the index came");
    let (a, p) = app.library.matched.expect("the selected hit's passage");
    assert_eq!(Some(a), app.library.selected_article());
    assert!(app.corpus.articles[a].passage_text(p).contains("Kursk"));

    keys(&mut rt, &mut app, &["down"]);
    let (b, q) = app.library.matched.expect("the next hit's passage");
    assert_ne!(a, b, "the passage follows the selection");
    assert!(app.corpus.articles[b].passage_text(q).contains("Kursk"));

    keys(&mut rt, &mut app, &["ctrl-t"]);
    assert!(!app.library.text_search);
    assert_eq!(listed(&app), Vec::<usize>::new(), "titles again");
    assert_eq!(app.library.matched, None);
}
