//! The whole state of a session: what is loaded, which screen shows, where each pane is.

use super::Action;
use super::background::Pending;
use super::compare::Compare;
use super::editor::LineEditor;
use super::effect::Effect;
use super::jumps::{Jump, JumpList};
use super::keymap::{Context, Key, Keymap};
use super::layout;
use super::library::{Library, Matcher};
use super::overlays::{Across, BookmarkList, LensPanel, NoteEditor};
use super::palette::TopicPalette;
use super::pane::{Anchor, Pane, Side};
use super::search::{Matching, Search};
use super::texts::Texts;
use super::topics::{Knowledge, PairLinks};
use super::wrap::{WrapCache, Wrapped};
use crate::archive::{ArchiveIndex, Indexing};
use crate::config::Startup;
use crate::corpus::{Article, Corpus, Progress};
use crate::lens::{FramingLexicon, Lens};
use crate::store::Bookmark;
use crate::text::Lexicons;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Reading,
}

/// Something drawn over the current screen that has the keyboard.
#[derive(Debug)]
pub enum Overlay {
    /// The key help, scrolled to a line.
    Help(super::help::Help),
    /// Choosing another article for the focused pane.
    Picker(Box<Library>),
    /// Writing a bookmark's note.
    Note(NoteEditor),
    /// The bookmark list.
    Bookmarks(BookmarkList),
    /// Typing a search for the focused article.
    Search(LineEditor),
    /// Typing a web page's address to fetch into the library.
    Address(LineEditor),
    /// Choosing a topic (reading: both panes jump; library: filter the list).
    Topics(TopicPalette),
    /// The framing lens of the open pair.
    Lens(LensPanel),
    /// The active topic across every article.
    Across(Across),
}

/// A pair or a pane waiting for a long article's text, read on another thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    Pair(usize, usize),
    Side(Side, usize),
}

/// Reader preferences from the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Widest text line in a pane (0: the pane's width).
    pub max_width: u16,
    /// Follow mode when a pair opens.
    pub follow: bool,
    /// Which fields of a JSON Lines record hold what (to find a bookmarked record).
    pub jsonl: crate::corpus::JsonlFields,
}

/// The two open articles.
#[derive(Debug, Clone)]
pub struct Reading {
    pub panes: [Pane; 2],
    pub focus: Side,
    /// Page furniture shown in full rather than folded.
    pub unfold: bool,
    /// The last search, highlighted in its pane; `n`/`N` walk it.
    pub search: Option<Search>,
    /// How the two articles' passages relate.
    pub links: PairLinks,
    /// The active topic (index into `Knowledge::topics`): highlighted, walked by `n`/`N`.
    pub topic: Option<usize>,
    /// The other pane keeps the counterpart of the focused pane's passage in view.
    pub follow: bool,
    /// The last counterpart jump: (from side, from passage, which match), for cycling.
    pub counterpart: Option<(Side, usize, usize)>,
    /// The framing lens of this pair, computed when first asked for.
    pub lens: Option<Lens>,
    /// Mark the lens's spellings and loaded terms in the panes.
    pub lens_marks: bool,
    /// Versions of one text, the diff, the word contrast of the passages shown.
    pub compare: Compare,
}

#[derive(Debug)]
pub struct App {
    /// Shared with the background indexer while it runs. For a large library read from
    /// its catalog, the articles are stubs until `texts` reads them (see [`App::article`]).
    pub corpus: Arc<Corpus>,
    /// Texts read on demand from the catalog of a large library.
    pub texts: Texts,
    pub keymap: Keymap,
    pub screen: Screen,
    pub library: Library,
    pub matcher: Matcher,
    pub reading: Option<Reading>,
    pub overlay: Option<Overlay>,
    /// Terminal size in cells, as last reported.
    pub size: (u16, u16),
    pub wraps: WrapCache,
    /// A message for the status line; cleared by the next key.
    pub status: Option<String>,
    pub quit: bool,
    /// Every bookmark, across corpora (the list shows which are here).
    pub bookmarks: Vec<Bookmark>,
    /// I/O for the runtime to carry out after `update`.
    pub effects: Vec<Effect>,
    pub settings: Settings,
    /// A background load in progress (the library fills in as it goes).
    pub loading: Option<Progress>,
    /// The library is listed and its topics are being indexed in the background.
    pub indexing: bool,
    /// What opens when a long article's text, being read, arrives.
    pub opening: Option<Opening>,
    /// What waits for the library to arrive.
    pub pending: Pending,
    /// The open pair was shown before its passages were linked: they are linked once
    /// that frame is drawn, or before the next message, whichever comes first.
    pub links_after_paint: bool,
    /// The topic index of a library read before the first frame is yet to be built: it
    /// starts on another thread once that frame is drawn.
    pub index_after_paint: bool,
    /// Scrolls and passage moves made on a pair shown before its texts could be read
    /// (while the library was being listed): replayed once they are, so a key pressed
    /// early does what it would have done a moment later.
    pub early_moves: Vec<Action>,
    pub jumps: JumpList,
    /// The alias and topic lists in use.
    pub lexicons: Lexicons,
    /// Topics and related articles of the corpus.
    pub knowledge: Knowledge,
    /// The archive index, once it is up to date (full-text search of the library).
    pub archive: Option<Arc<dyn ArchiveIndex>>,
    /// How far the archive index is, while it brings itself up to date.
    pub archive_progress: Option<Indexing>,
    /// The loaded-terms lexicon of the framing lens.
    pub framing: FramingLexicon,
    /// Word matching for search (stems and aliases).
    pub matching: Matching,
    /// The first key of a two-key sequence (`]` of `]c`), waiting for the second.
    pub sequence: Option<Key>,
    /// What fetches a web page asked for in the reader (none: pages are not fetched).
    pub web: Option<Arc<crate::web::Fetcher>>,
    /// Where each article was left, so swapping an article out and back keeps the place.
    pub(super) remembered: HashMap<usize, (Anchor, usize)>,
}

impl App {
    /// A session over `corpus` with the shipped alias and topic lists.
    pub fn new(corpus: Corpus, keymap: Keymap) -> App {
        let lexicons = Lexicons::embedded();
        let knowledge = Knowledge::build(&corpus, &lexicons);
        App::with_knowledge(corpus, keymap, lexicons, knowledge)
    }

    /// The session the reader starts: the user's keymap, lists and settings over
    /// `corpus`. Its topic index is built on another thread once the first frame is
    /// drawn (it would hold that frame up); an empty corpus (a library being listed in
    /// the background) gets its own with its texts.
    pub fn start(startup: &Startup, corpus: Corpus) -> App {
        let lexicons = startup.lexicons.clone();
        let index = !corpus.articles.is_empty();
        let mut app =
            App::with_knowledge(corpus, startup.keymap.clone(), lexicons, Knowledge::default());
        app.indexing = index;
        app.index_after_paint = index;
        let config = &startup.config;
        app.settings = Settings {
            max_width: config.max_width,
            follow: config.follow,
            jsonl: config.jsonl.clone(),
        };
        app.framing = startup.framing.clone();
        app
    }

    /// A session whose topic knowledge was computed elsewhere (cached, or on a
    /// background thread).
    pub fn with_knowledge(
        corpus: Corpus,
        keymap: Keymap,
        lexicons: Lexicons,
        knowledge: Knowledge,
    ) -> App {
        let matcher = Matcher::default();
        let library = Library::new(&corpus);
        let status = startup_status(&corpus);
        App {
            corpus: Arc::new(corpus),
            texts: Texts::default(),
            keymap,
            screen: Screen::Library,
            library,
            matcher,
            reading: None,
            overlay: None,
            size: (0, 0),
            wraps: WrapCache::default(),
            status,
            quit: false,
            bookmarks: Vec::new(),
            effects: Vec::new(),
            settings: Settings::default(),
            loading: None,
            indexing: false,
            opening: None,
            pending: Pending::default(),
            links_after_paint: false,
            index_after_paint: false,
            early_moves: Vec::new(),
            jumps: JumpList::default(),
            matching: Matching::new(&lexicons),
            knowledge,
            framing: FramingLexicon::default(),
            archive: None,
            archive_progress: None,
            lexicons,
            sequence: None,
            web: None,
            remembered: HashMap::new(),
        }
    }

    /// Article `i`, with its text once read (a stub with no passages before).
    pub fn article(&self, i: usize) -> Option<&Article> {
        self.texts.article(&self.corpus, i)
    }

    /// Makes sure article `i`'s text is in memory, reading it from its file if need be.
    /// A file that vanished or changed is said on the status line; the article then
    /// shows as its stub, empty, and nothing else is lost.
    pub fn need_text(&mut self, i: usize) -> bool {
        match self.texts.load(i, &self.pinned()) {
            Ok(read_now) => {
                if read_now {
                    self.wraps.forget(i); // a stub's empty wrap may be cached
                }
                true
            }
            Err(why) => {
                let path = self.corpus.articles.get(i).map_or("", |a| a.path.as_str());
                self.status = Some(format!("could not read {path}: {why}"));
                false
            }
        }
    }

    /// Articles whose texts are kept however many others are read: the open pair, and
    /// every article with a remembered place (saved by its passage's fingerprint, which
    /// needs the text).
    pub(super) fn pinned(&self) -> Vec<usize> {
        (self.reading.iter())
            .flat_map(|r| r.panes.iter().map(|p| p.article))
            .chain(self.remembered.keys().copied())
            .collect()
    }

    /// Which keymap table applies now.
    pub fn context(&self) -> Context {
        match (&self.overlay, self.screen) {
            // Every overlay but help is a text box with a list or a prompt.
            (Some(Overlay::Help(_)), _) => self.screen_context(),
            (Some(Overlay::Lens(_) | Overlay::Across(_)), _) => Context::Panel,
            (Some(_), _) => Context::Input,
            (None, _) => self.screen_context(),
        }
    }

    fn screen_context(&self) -> Context {
        match self.screen {
            Screen::Library if self.library.typing => Context::Input,
            Screen::Library => Context::Library,
            Screen::Reading => Context::Reading,
        }
    }

    /// The screen whose keys the help lists.
    pub fn help_context(&self) -> Context {
        match self.screen {
            Screen::Library => Context::Library,
            Screen::Reading => Context::Reading,
        }
    }

    /// The action a key press asks for. With help open, the screen's scrolling keys
    /// scroll it and any other key closes it (ctrl-c still quits).
    pub fn action_for(&self, key: Key) -> Option<Action> {
        if matches!(self.overlay, Some(Overlay::Help(_))) {
            use Action::*;
            return Some(match self.keymap.lookup(self.help_context(), key) {
                Some(Quit) if key.ctrl => Quit,
                Some(
                    a @ (Down | Up | PageDown | PageUp | HalfPageDown | HalfPageUp | Top | Bottom),
                ) => a,
                _ => Cancel,
            });
        }
        self.keymap.lookup(self.context(), key)
    }

    /// The wrap of a pane at the current size, if `update` has computed it.
    pub fn pane_wrap(&self, side: Side) -> Option<Arc<Wrapped>> {
        let r = self.reading.as_ref()?;
        let width = self.pane_geometry(side).0;
        self.wraps.get(r.panes[side.index()].article, width, r.unfold)
    }

    /// (text width, text height) of a pane at the current size.
    pub fn pane_geometry(&self, side: Side) -> (usize, usize) {
        let a = self.reading_layout(self.size.0, self.size.1).panes[side.index()].text;
        (usize::from(a.w).max(1), usize::from(a.h).max(1))
    }

    /// The reading screen's geometry at a size, with the configured text width cap.
    pub fn reading_layout(&self, w: u16, h: u16) -> layout::ReadingLayout {
        let mut l = layout::reading(w, h);
        if self.settings.max_width > 0 {
            for p in &mut l.panes {
                p.text.w = p.text.w.min(self.settings.max_width);
            }
        }
        l
    }

    /// Both panes now, for the jump history.
    pub fn here(&self) -> Option<Jump> {
        self.reading.as_ref().map(|r| Jump { panes: r.panes.clone() })
    }

    /// Puts a newly loaded library in place of the current one (which is empty while a
    /// background load runs).
    pub fn set_corpus(&mut self, corpus: Arc<Corpus>) {
        self.corpus = corpus;
        self.texts = Texts::default();
        self.library = Library::new(&self.corpus);
        self.reading = None;
        self.remembered.clear();
        self.wraps = WrapCache::default();
        if let Some(s) = startup_status(&self.corpus) {
            self.status = Some(s);
        }
    }

    /// Uses these alias and topic lists (the user's own, say) instead of the shipped ones.
    pub fn set_lexicons(&mut self, lexicons: Lexicons) {
        self.matching = Matching::new(&lexicons);
        self.knowledge = Knowledge::build(&self.corpus, &lexicons);
        self.lexicons = lexicons;
    }

    /// Rows of the library list in view.
    pub fn library_rows(&self) -> usize {
        layout::library_rows(self.size.0, self.size.1).max(1)
    }
}

pub(super) fn startup_status(corpus: &Corpus) -> Option<String> {
    let skipped = corpus.skipped.len();
    let notices = corpus.articles.iter().filter(|a| a.notice.is_some()).count();
    let mut parts = Vec::new();
    if skipped > 0 {
        parts.push(format!("{skipped} file{} skipped (listed at the end)", plural(skipped)));
    }
    if notices > 0 {
        parts.push(format!("{notices} file{} not plain UTF-8 (see preview)", plural(notices)));
    }
    if corpus.articles.is_empty() {
        parts.push("no articles to read".into());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
