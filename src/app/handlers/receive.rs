//! How background results land in the state: the library filling in, its texts and
//! topics arriving, a long text read or a long pair linked on another thread.

use super::address;
use super::bookmarks::open_bookmark;
use super::opening::{open_pair, open_pair_linking_after_paint, replace_side};
use super::panes::{ensure_wraps, move_focused, read_selected, relink, see_topics};
use super::topic_jumps::topics_arrived;
use crate::app::background::Background;
use crate::app::state::{App, Opening, plural, startup_status};
use crate::app::texts::Texts;
use crate::corpus::Article;
use std::sync::Arc;

impl App {
    /// Takes in a background result.
    pub fn receive(&mut self, event: Background) {
        match event {
            Background::Progress(p) => self.loading = Some(p),
            Background::Failed(e) => {
                self.loading = None;
                self.status = Some(format!("could not load: {e}"));
            }
            Background::Warning(w) => self.status = Some(w),
            Background::Batch { articles, skipped } => {
                // The job holds no reference to the library, so this appends in place.
                let corpus = Arc::make_mut(&mut self.corpus);
                corpus.articles.extend(articles);
                corpus.skipped.extend(skipped);
                // Rows arrive below the ones in view: the view stays where the user put it.
                let top = self.library.top;
                self.library.refilter(&self.corpus);
                self.library.top = top.min(self.library.selected);
            }
            Background::Catalog(catalog) => {
                let corpus = Arc::make_mut(&mut self.corpus);
                corpus.ignored = catalog.ignored;
                self.texts = Texts::on_demand(catalog);
                self.loading = None;
                // From every text, or from the archive index once it is up to date.
                self.indexing = true;
                self.reread_open_pair();
                self.arrived();
                read_selected(self);
            }
            Background::Texts(mut corpus) => {
                // Articles adopted since the listing (a bookmark's) come after it.
                let listed = corpus.articles.len();
                if self.corpus.articles.len() > listed {
                    let adopted: Vec<Article> = (listed..self.corpus.articles.len())
                        .filter_map(|i| self.article(i).cloned())
                        .collect();
                    Arc::make_mut(&mut corpus).articles.extend(adopted);
                }
                // Same articles, same order: places, panes and the list all stay.
                if corpus.articles.len() == self.corpus.articles.len() {
                    self.corpus = corpus;
                    self.texts = Texts::default();
                    self.library.refilter(&self.corpus);
                    self.reread_open_pair();
                    self.open_waiting();
                }
            }
            Background::Text { article, read } => self.text_arrived(article, read),
            Background::Fetched { url, into, read } => {
                if let Some(bookmark) = address::fetched(self, &url, into, read) {
                    open_bookmark(self, bookmark);
                }
            }
            Background::ArchiveProgress(p) => self.archive_progress = Some(p),
            Background::Archive(index) => {
                self.archive = Some(index);
                self.archive_progress = None;
                // A text search typed while the index was being built runs now, and
                // the selected row's related articles can be found.
                super::text_search::refresh(self);
                super::related::settle(self);
            }
            Background::Links { pair, links } => {
                let Some(r) = self.reading.as_mut() else { return };
                if [r.panes[0].article, r.panes[1].article] == pair {
                    r.links = links;
                    r.counterpart = None;
                    self.status = Some("passages linked".into());
                }
            }
            Background::Knowledge(k) => {
                self.knowledge = k;
                self.indexing = false;
                // A restored pair's topic, which waited for the topics.
                let label = self.pending.topic.take();
                let topic =
                    label.and_then(|l| self.knowledge.topics.iter().position(|t| t.label == l));
                if let (Some(r), Some(t)) = (self.reading.as_mut(), topic) {
                    r.topic.get_or_insert(t);
                }
                see_topics(self);
                topics_arrived(self);
            }
        }
    }

    /// A long article's text arrived: keep it, and open what waited for it.
    fn text_arrived(&mut self, article: usize, read: Result<Box<Article>, String>) {
        match read {
            Ok(a) => self.texts.insert(article, *a, &self.pinned()),
            Err(why) => {
                let path = self.corpus.articles.get(article).map_or("", |a| a.path.as_str());
                self.status = Some(format!("could not read {path}: {why}"));
                self.opening = None;
                return;
            }
        }
        self.open_waiting();
    }

    /// Opens what waits for long texts, once they are all in memory (read on their own
    /// threads, or arrived with every text of the library, whichever came first).
    fn open_waiting(&mut self) {
        let Some(opening) = self.opening else { return };
        let ready = match opening {
            Opening::Pair(l, r) => self.texts.has(l) && self.texts.has(r),
            Opening::Side(_, i) => self.texts.has(i),
        };
        if ready {
            self.opening = None;
            match opening {
                Opening::Pair(l, r) => open_pair(self, l, r),
                Opening::Side(side, i) => replace_side(self, side, i),
            }
        }
    }

    /// A pair opened while the library was still being listed shows stubs (nothing
    /// could be read yet): now that texts can be read, read them and redo its links.
    fn reread_open_pair(&mut self) {
        let Some(open) = self.reading.as_ref().map(|r| r.panes.clone().map(|p| p.article)) else {
            return;
        };
        let stubs: Vec<usize> = (open.into_iter()).filter(|&a| self.shown_as_stub(a)).collect();
        if stubs.is_empty() {
            return;
        }
        for a in stubs {
            self.need_text(a);
            self.wraps.forget(a);
        }
        relink(self);
        ensure_wraps(self);
        see_topics(self);
        for action in std::mem::take(&mut self.early_moves) {
            move_focused(self, action);
        }
    }

    /// Whether article `a` was shown (and wrapped) as a stub.
    fn shown_as_stub(&self, a: usize) -> bool {
        self.article(a).is_none_or(|x| x.passages.is_empty()) || self.wraps.has_empty(a)
    }

    /// The whole library is listed: say what it holds, then do what waited for it.
    fn arrived(&mut self) {
        if let Some(s) = startup_status(&self.corpus) {
            self.status = Some(s);
        }
        let pending = std::mem::take(&mut self.pending);
        if let Some(state) = &pending.session {
            self.restore(state);
        }
        if pending.pair && self.corpus.articles.len() == 2 {
            open_pair_linking_after_paint(self, 0, 1);
        }
        if self.status.is_none() {
            let n = self.corpus.articles.len();
            self.status = Some(format!("{n} article{}", plural(n)));
        }
    }
}
