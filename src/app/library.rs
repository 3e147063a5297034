//! The library screen's state: the list of articles, its fuzzy filter, the selection,
//! and the article chosen for the left pane.

use super::editor::LineEditor;
use super::title_filter::TitleFilter;
use crate::corpus::Corpus;
use crate::corpus::formats::date_sort_key;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A row of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// An article, with the positions (in chars of its title) the filter matched.
    Article { index: usize, matched: Vec<usize> },
    /// A file that could not be read; selecting it shows why.
    Skipped(usize),
}

/// The fuzzy matcher of the short lists (topics, bookmarks), shared by them: it is
/// large (it keeps scoring buffers), so it is made once. The library's own list, which
/// can be 100k long, has [`TitleFilter`].
pub struct Matcher(SkimMatcherV2);

impl Matcher {
    /// Score and matched char positions of `query` in `target`, if it matches.
    pub fn indices(&self, target: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        self.0.fuzzy_indices(target, query)
    }
}

impl Default for Matcher {
    fn default() -> Matcher {
        Matcher(SkimMatcherV2::default().ignore_case())
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher")
    }
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    /// What is typed into the filter box.
    pub query: LineEditor,
    /// The filter box has the keyboard.
    pub typing: bool,
    pub rows: Vec<Row>,
    pub selected: usize,
    /// The first row shown, kept so the selection is always in view.
    pub top: usize,
    /// The article chosen for the left pane, waiting for its partner.
    pub chosen: Option<usize>,
    /// A topic filter: its label and the articles that speak of it, with passage counts.
    pub topic: Option<(String, Vec<(usize, usize)>)>,
    /// The order of the unfiltered list (a filter orders by how well titles match).
    pub sort: Sort,
    /// Whether any article states a date / an outlet (the list shows those columns).
    pub dated: bool,
    pub has_outlets: bool,
    /// The filter searches the articles' texts (through the archive index), not titles.
    pub text_search: bool,
    /// The articles whose texts match the query, best first, when searching texts.
    pub text_hits: Option<Vec<usize>>,
    /// The passage of the selected article that says most of the query: (article,
    /// passage), shown first in the preview.
    pub matched: Option<(usize, usize)>,
    /// The selected article's closest other takes from the archive index, when the
    /// topic index does not give them: (article, related best first).
    pub related: Option<(usize, Vec<usize>)>,
    filter: TitleFilter,
    /// Rows whose match positions are computed (the first ones).
    marked: usize,
}

/// Orders of the library list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// As the files were listed (folder order, then line order in an archive).
    #[default]
    Listed,
    /// Newest first; undated articles last, as listed.
    Newest,
    /// By outlet A–Z, newest first within one; articles with no outlet last.
    Outlet,
    /// By title A–Z, ignoring case.
    Title,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Listed => Sort::Newest,
            Sort::Newest => Sort::Outlet,
            Sort::Outlet => Sort::Title,
            Sort::Title => Sort::Listed,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Listed => "as listed",
            Sort::Newest => "newest first",
            Sort::Outlet => "by outlet",
            Sort::Title => "by title",
        }
    }

    /// Sorts article indices (stable: ties keep the listed order). A date that could be
    /// read sorts by its instant (zones taken into account), before one that could not,
    /// which sorts as written.
    fn apply(self, corpus: &Corpus, order: &mut [usize]) {
        let a = |i: usize| &corpus.articles[i];
        let newest = |i: usize| {
            let date = a(i).date.as_deref();
            std::cmp::Reverse((date.and_then(date_sort_key), date.map(str::to_owned)))
        };
        match self {
            Sort::Listed => {}
            Sort::Newest => order.sort_by_cached_key(|&i| (a(i).date.is_none(), newest(i))),
            Sort::Outlet => order.sort_by_cached_key(|&i| {
                let outlet = a(i).outlet.as_deref().map(str::to_lowercase);
                (outlet.is_none(), outlet, a(i).date.is_none(), newest(i))
            }),
            Sort::Title => order.sort_by_cached_key(|&i| a(i).title.to_lowercase()),
        }
    }
}

/// Rows marked at once: more than any screen shows.
const MARK_AHEAD: usize = 256;

impl Library {
    pub fn new(corpus: &Corpus) -> Library {
        let mut lib = Library::default();
        lib.refilter(corpus);
        lib
    }

    /// A list over the same library that shares this one's filter data (a picker).
    pub fn sharing(&self, corpus: &Corpus) -> Library {
        let mut lib =
            Library { filter: self.filter.clone(), sort: self.sort, ..Library::default() };
        lib.refilter(corpus);
        lib
    }

    /// Recomputes the rows for the current query: all articles in library order when
    /// it is empty, else the matches best first. Skipped files are listed after the
    /// articles (and hidden while filtering).
    pub fn refilter(&mut self, corpus: &Corpus) {
        let previous = self.selected_article();
        self.rows.clear();
        let topic = self.topic.as_ref();
        let on_topic = |a: usize| topic.is_none_or(|(_, arts)| arts.iter().any(|&(x, _)| x == a));
        self.dated = corpus.articles.iter().any(|a| a.date.is_some());
        self.has_outlets = corpus.articles.iter().any(|a| a.outlet.is_some());
        if self.query.is_empty() {
            let mut order: Vec<usize> =
                (0..corpus.articles.len()).filter(|&a| on_topic(a)).collect();
            self.sort.apply(corpus, &mut order);
            self.rows
                .extend(order.into_iter().map(|index| Row::Article { index, matched: vec![] }));
            if topic.is_none() {
                self.rows.extend((0..corpus.skipped.len()).map(Row::Skipped));
            }
        } else if let Some(hits) = self.text_hits.as_ref().filter(|_| self.text_search) {
            let rows = hits.iter().filter(|&&a| on_topic(a));
            self.rows.extend(rows.map(|&index| Row::Article { index, matched: vec![] }));
        } else {
            let scope = topic.map_or("", |(label, _)| label.as_str());
            let hits = self.filter.hits(corpus, &self.query.text, scope, on_topic);
            self.rows.extend(hits.into_iter().map(|index| Row::Article { index, matched: vec![] }));
        }
        self.marked = 0;
        // Keep the same article selected when it is still listed.
        self.selected = previous.and_then(|p| self.row_of(p)).unwrap_or(0);
        self.top = 0;
        self.mark(corpus, MARK_AHEAD);
    }

    /// Computes the filter's match positions for the rows up to `upto` (highlighting
    /// is only ever needed for rows in view, and costs a rescoring each).
    pub fn mark(&mut self, corpus: &Corpus, upto: usize) {
        let upto = upto.min(self.rows.len());
        if self.query.is_empty() || self.text_search || upto <= self.marked {
            return;
        }
        for row in &mut self.rows[self.marked..upto] {
            if let Row::Article { index, matched } = row {
                *matched = self.filter.positions(corpus, *index, &self.query.text);
            }
        }
        self.marked = upto;
    }

    /// Marks the rows in a view of `height` rows, and a page beyond.
    pub fn mark_visible(&mut self, corpus: &Corpus, height: usize) {
        let want = self.top + 2 * height.max(1);
        if want > self.marked {
            self.mark(corpus, want.max(self.marked + MARK_AHEAD));
        }
    }

    /// The row that lists article `article`, when the list shows it.
    pub fn row_of(&self, article: usize) -> Option<usize> {
        self.rows.iter().position(|r| matches!(r, Row::Article { index, .. } if *index == article))
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.rows.get(self.selected)
    }

    /// With a topic filter, how many passages of `article` speak of it.
    pub fn topic_count(&self, article: usize) -> Option<usize> {
        let (_, arts) = self.topic.as_ref()?;
        arts.iter().find(|&&(a, _)| a == article).map(|&(_, n)| n)
    }

    pub fn selected_article(&self) -> Option<usize> {
        match self.selected_row() {
            Some(Row::Article { index, .. }) => Some(*index),
            _ => None,
        }
    }

    /// Moves the selection by `delta` rows, clamped, and scrolls it into a view of `height` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.keep_in_view(height);
    }

    pub fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + height {
            self.top = self.selected + 1 - height;
        }
    }
}
