//! Work done off the input thread — loading a large library and indexing its topics —
//! and how its results land in the state. The runtime runs [`load`] on a std thread
//! and hands each [`Background`] event to [`App::receive`]; the screen shows the
//! library at once and fills in.

use super::state::App;
use super::topics::Knowledge;
use super::update::open_pair;
use crate::corpus::{Corpus, LoadOptions, Progress, load_with_progress};
use crate::index::Lexicons;
use crate::store::SessionState;
use std::path::PathBuf;
use std::sync::Arc;

/// A result of background work.
#[derive(Debug)]
pub enum Background {
    Progress(Progress),
    /// The whole library, read.
    Corpus(Arc<Corpus>),
    /// Its topics and related articles, indexed.
    Knowledge(Knowledge),
    /// The load could not start (a path vanished since it was checked).
    Failed(String),
}

/// What to do once the library is there.
#[derive(Debug, Default)]
pub struct Pending {
    pub session: Option<SessionState>,
    /// Open the first two articles side by side (`parallax a b`).
    pub pair: bool,
}

/// Above this many articles the corpus-wide topic index is not built: it grows to
/// gigabytes and minutes (measured: 10,000 articles, 3.7 s and 716 MB). Pair links,
/// search and the lens do not need it and still work.
pub const TOPIC_INDEX_LIMIT: usize = 20_000;

/// Loads `paths` with progress, then indexes the topics: the background job.
pub fn load(paths: Vec<PathBuf>, lexicons: Lexicons, send: &dyn Fn(Background)) {
    let mut progress = |p: &Progress| send(Background::Progress(*p));
    let corpus = match load_with_progress(&paths, &LoadOptions::default(), &mut progress) {
        Ok(c) => Arc::new(c),
        Err(e) => return send(Background::Failed(e.to_string())),
    };
    send(Background::Corpus(corpus.clone()));
    if corpus.articles.len() > TOPIC_INDEX_LIMIT {
        return send(Background::Knowledge(Knowledge::default()));
    }
    send(Background::Knowledge(Knowledge::build(&corpus, &lexicons)));
}

impl App {
    /// Takes in a background result.
    pub fn receive(&mut self, event: Background) {
        match event {
            Background::Progress(p) => self.loading = Some(p),
            Background::Failed(e) => {
                self.loading = None;
                self.status = Some(format!("could not load: {e}"));
            }
            Background::Corpus(corpus) => {
                self.set_corpus(corpus);
                let pending = std::mem::take(&mut self.pending);
                if let Some(state) = &pending.session {
                    self.restore(state);
                }
                if pending.pair && self.corpus.articles.len() == 2 {
                    open_pair(self, 0, 1);
                }
                self.status = Some(match self.knowledge.topics.is_empty() {
                    true => {
                        format!("{} articles loaded; indexing topics…", self.corpus.articles.len())
                    }
                    false => format!("{} articles loaded", self.corpus.articles.len()),
                });
            }
            Background::Knowledge(k) => {
                if k.topics.is_empty() && self.corpus.articles.len() > TOPIC_INDEX_LIMIT {
                    self.status = Some(format!(
                        "{} articles: over {TOPIC_INDEX_LIMIT}, the corpus-wide topic index is not built (pair links, search and the lens work)",
                        self.corpus.articles.len()
                    ));
                }
                self.knowledge = k;
                self.loading = None;
            }
        }
    }
}
