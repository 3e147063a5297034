//! Web pages opened from inside the reader: a URL typed at `o` in the library (or as
//! the article picker's filter) is fetched on another thread — the keys answer
//! meanwhile, a stalled server freezes nothing — and the page's article joins the
//! library as a bookmark's article from another library does.

use super::opening::replace_side;
use crate::app::Action::{self, *};
use crate::app::background::{Background, FetchFor};
use crate::app::editor::LineEditor;
use crate::app::effect::{Effect, Work};
use crate::app::state::{App, Overlay, Screen};
use crate::corpus::Article;

/// Keys while the address prompt is open.
pub(crate) fn address_action(app: &mut App, mut editor: LineEditor, action: Action) {
    match action {
        Cancel => {}
        Accept => fetch(app, editor.text.trim(), FetchFor::Library),
        edit => {
            editor.edit(edit);
            app.overlay = Some(Overlay::Address(editor));
        }
    }
}

/// Whether a typed filter is an address to fetch rather than words to match.
pub(crate) fn is_address(text: &str) -> bool {
    crate::web::is_url(std::path::Path::new(text.trim()))
}

/// Starts fetching `url` for the library or a pane; what is wrong with it is said at
/// once, before any thread starts.
pub(crate) fn fetch(app: &mut App, url: &str, into: FetchFor) {
    if url.is_empty() {
        return;
    }
    if let Err(e) = crate::web::target(std::path::Path::new(url)) {
        app.status = Some(format!("{url}: {e}"));
        return;
    }
    let Some(web) = app.web.clone() else {
        app.status = Some("this reader fetches no pages".into());
        return;
    };
    app.status = Some(format!("fetching {url}…"));
    let url = url.to_owned();
    let job = move || {
        let read = web.fetch(&url).and_then(|page| crate::web::article(&page));
        Background::Fetched { url, into, read: read.map(Box::new).map_err(|e| e.to_string()) }
    };
    app.effects.push(Effect::Work(Work(Box::new(job))));
}

/// A fetched page's article arrived (or why there is none): it joins the library.
/// The bookmark to open now, when it was fetched for one.
pub(crate) fn fetched(
    app: &mut App,
    url: &str,
    into: FetchFor,
    read: Result<Box<Article>, String>,
) -> Option<usize> {
    let article = match read {
        Ok(article) => *article,
        Err(why) => {
            app.status = Some(format!("{url}: {why}"));
            return None;
        }
    };
    // The same page twice is one row.
    let known = app.corpus.articles.iter().position(|a| a.path == article.path);
    let (title, outlet) = (article.title.clone(), article.outlet.clone());
    let index = match known.map_or_else(|| adopt_article(app, article), Ok) {
        Ok(i) => i,
        Err(why) => {
            app.status = Some(format!("{url}: {why}"));
            return None;
        }
    };
    let from = outlet.map_or_else(String::new, |o| format!(" — {o}"));
    app.status = Some(format!("fetched: {title}{from}"));
    match into {
        FetchFor::Pane(side) if app.reading.is_some() => replace_side(app, side, index),
        // Still the bookmark it was fetched for (the list may have changed meanwhile).
        FetchFor::Bookmark(i) if app.bookmarks.get(i).is_some_and(|b| b.article == url) => {
            return Some(i);
        }
        _ => select(app, index),
    }
    None
}

/// Shows the library with `index`'s row selected (the filter cleared if it hid it).
fn select(app: &mut App, index: usize) {
    app.screen = Screen::Library;
    if app.library.row_of(index).is_none() {
        app.library.query.clear();
        app.library.refilter(&app.corpus);
    }
    if let Some(i) = app.library.row_of(index) {
        app.library.selected = i;
        let rows = app.library_rows();
        app.library.keep_in_view(rows);
    }
}

/// Adds an article read from elsewhere (another library's file, a fetched page) at
/// the end of this library; its index.
pub(crate) fn adopt_article(app: &mut App, article: Article) -> Result<usize, String> {
    if app.loading.is_some() {
        return Err("the library is still being listed, try again".into());
    }
    let i = app.corpus.articles.len();
    let stub = Article { text: String::new(), passages: Vec::new(), ..article.clone() };
    let kept = if app.texts.adopt(i, article.clone()) { stub } else { article };
    std::sync::Arc::make_mut(&mut app.corpus).articles.push(kept);
    app.library.refilter(&app.corpus);
    Ok(i)
}
