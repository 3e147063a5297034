//! The topic palette: every topic of the corpus, fuzzy-filtered, with its passage
//! counts in the left article, the right article and the corpus; topics both open
//! articles speak of come first.

use super::editor::LineEditor;
use super::library::Matcher;
use super::topics::Knowledge;

#[derive(Debug, Clone)]
pub struct PaletteRow {
    pub topic: usize,
    /// Passages in the left and right articles (zero in the library) and the corpus.
    pub left: usize,
    pub right: usize,
    pub corpus: usize,
    /// Matched char positions in the label.
    pub matched: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct TopicPalette {
    pub filter: LineEditor,
    pub rows: Vec<PaletteRow>,
    pub selected: usize,
    /// The articles counted in the left and right columns.
    pub pair: Option<(usize, usize)>,
    /// Enter was pressed before the topics were indexed: it takes effect on the rows
    /// as they are once they are, as it would have a moment later.
    pub waiting: bool,
}

impl TopicPalette {
    pub fn new(
        knowledge: &Knowledge,
        pair: Option<(usize, usize)>,
        matcher: &Matcher,
    ) -> TopicPalette {
        let mut p = TopicPalette { pair, ..TopicPalette::default() };
        p.refilter(knowledge, matcher);
        p
    }

    pub fn refilter(&mut self, knowledge: &Knowledge, matcher: &Matcher) {
        let query = self.filter.text.trim();
        let mut rows: Vec<(i64, PaletteRow)> = knowledge
            .topics
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let (score, matched) = if query.is_empty() {
                    (0, Vec::new())
                } else {
                    // Labels first; a term ("truce" in "ceasefire") also finds the topic.
                    match matcher.indices(&t.label, query) {
                        Some(hit) => hit,
                        None => {
                            let term = t
                                .terms
                                .iter()
                                .filter_map(|w| matcher.indices(w, query))
                                .max_by_key(|h| h.0)?;
                            (term.0 / 2, Vec::new())
                        }
                    }
                };
                let (left, right) = self
                    .pair
                    .map_or((0, 0), |(l, r)| (knowledge.count(i, l), knowledge.count(i, r)));
                let corpus = knowledge.library_passages(i);
                Some((score, PaletteRow { topic: i, left, right, corpus, matched }))
            })
            .collect();
        // Topics in both open articles first; then the best match; then the most passages.
        rows.sort_by_key(|(score, r)| {
            (
                std::cmp::Reverse(r.left > 0 && r.right > 0),
                std::cmp::Reverse(*score),
                std::cmp::Reverse(r.corpus),
            )
        });
        self.rows = rows.into_iter().map(|(_, r)| r).collect();
        self.selected = 0;
    }

    pub fn selected_topic(&self) -> Option<usize> {
        self.rows.get(self.selected).map(|r| r.topic)
    }
}
