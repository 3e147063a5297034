//! The library's filter: fuzzy matching of what is typed against every article's title
//! and byline, within a keystroke's budget at 100k articles.
//!
//! Why not fuzzy-matcher, which the short lists (topics, bookmarks) use: over 100k
//! titles it costs 60–100 ms a keystroke; nucleo-matcher costs 10–26 ms (both measured
//! by `cargo bench --bench archive`). On top of that, a query that extends the last one
//! rescores only the last one's hits, and match positions (for highlighting) are
//! computed only for rows about to be shown.

use crate::corpus::Corpus;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Matcher, Utf32String};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct TitleFilter {
    matcher: Matcher,
    /// Per article, "title byline", and how many chars of it are the title. Shared by
    /// the library and its pickers; grows as the library fills in.
    haystacks: Arc<Vec<(Utf32String, usize)>>,
    /// The last search: its query, scope and library size, and its hits (narrowing).
    last: Option<(String, String, usize, Vec<usize>)>,
}

impl TitleFilter {
    fn sync(&mut self, corpus: &Corpus) {
        let have = self.haystacks.len();
        if have == corpus.articles.len() {
            return;
        }
        let hay = Arc::make_mut(&mut self.haystacks);
        hay.truncate(corpus.articles.len().min(have));
        hay.extend(corpus.articles[hay.len()..].iter().map(|a| {
            let title = Utf32String::from(a.title.as_str());
            let title_len = title.len();
            match &a.byline {
                Some(b) => (Utf32String::from(format!("{} {b}", a.title)), title_len),
                None => (title, title_len),
            }
        }));
    }

    /// The articles (for which `allowed` holds) matching `query`, best first, ties in
    /// library order. `scope` names what `allowed` is (a topic filter, say), so that
    /// narrowing from the last hits happens only within the same scope.
    pub fn hits(
        &mut self,
        corpus: &Corpus,
        query: &str,
        scope: &str,
        allowed: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        self.sync(corpus);
        let pattern = pattern(query);
        let n = corpus.articles.len();
        let candidates: Vec<usize> = match self.last.take() {
            Some((q, s, len, hits)) if query.starts_with(&q) && s == scope && len == n => hits,
            _ => (0..n).filter(|&i| allowed(i)).collect(),
        };
        let mut scored = score_all(&pattern, &self.haystacks, &candidates, &mut self.matcher);
        scored.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
        let hits: Vec<usize> = scored.into_iter().map(|(_, i)| i).collect();
        self.last = Some((query.to_owned(), scope.to_owned(), n, hits.clone()));
        hits
    }

    /// Where `query` matched in article `i`'s title, in chars (empty if it matched
    /// only the byline).
    pub fn positions(&mut self, corpus: &Corpus, i: usize, query: &str) -> Vec<usize> {
        self.sync(corpus);
        let Some((hay, title_len)) = self.haystacks.get(i) else { return Vec::new() };
        let mut at = Vec::new();
        pattern(query).indices(hay.slice(..), &mut self.matcher, &mut at);
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|c| c as usize).filter(|&c| c < *title_len).collect()
    }
}

/// Below this many candidates one thread scores them (threads cost more than they save).
const PARALLEL_FROM: usize = 16_384;

/// Scores the candidates, in order, on every core when there are many: the first
/// keystrokes over a large library score tens of thousands of titles.
fn score_all(
    pattern: &Pattern,
    haystacks: &[(Utf32String, usize)],
    candidates: &[usize],
    matcher: &mut Matcher,
) -> Vec<(u32, usize)> {
    let score = |chunk: &[usize], m: &mut Matcher| -> Vec<(u32, usize)> {
        (chunk.iter())
            .filter_map(|&i| Some((pattern.score(haystacks[i].0.slice(..), m)?, i)))
            .collect()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if candidates.len() < PARALLEL_FROM || threads == 1 {
        return score(candidates, matcher);
    }
    let per = candidates.len().div_ceil(threads);
    let matcher = &*matcher;
    std::thread::scope(|s| {
        let parts: Vec<_> = (candidates.chunks(per))
            .map(|chunk| s.spawn(move || score(chunk, &mut matcher.clone())))
            .collect();
        parts.into_iter().flat_map(|p| p.join().unwrap_or_default()).collect()
    })
}

/// Words are matched separately, in any order; lower case matches either case.
fn pattern(query: &str) -> Pattern {
    Pattern::parse(query, CaseMatching::Smart, Normalization::Smart)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    fn corpus(titles: &[&str]) -> Corpus {
        let articles = titles
            .iter()
            .map(|t| Article::parse(&format!("{t}.txt"), &format!("{t}\n\nBody."), None))
            .collect();
        Corpus { articles, ..Corpus::default() }
    }

    #[test]
    fn narrowing_finds_what_a_fresh_search_finds() {
        let c = corpus(&[
            "Geneva talks resume",
            "General strike in Lyon",
            "Ceasefire in Geneva holds",
            "Grain deal extended",
            "Energy prices",
        ]);
        let mut typed = TitleFilter::default();
        for q in ["g", "ge", "gen", "gene", "genev", "geneva"] {
            let narrowed = typed.hits(&c, q, "", |_| true);
            let fresh = TitleFilter::default().hits(&c, q, "", |_| true);
            assert_eq!(narrowed, fresh, "{q}");
        }
        assert_eq!(typed.hits(&c, "geneva", "", |_| true).len(), 2);
        // Deleting a character widens again.
        assert!(typed.hits(&c, "gen", "", |_| true).contains(&1));
    }

    #[test]
    fn narrowing_never_crosses_a_scope_or_a_grown_library() {
        let mut c = corpus(&["Geneva talks", "Geneva ceasefire"]);
        let mut f = TitleFilter::default();
        assert_eq!(f.hits(&c, "gen", "topic", |i| i == 0), [0]);
        assert_eq!(f.hits(&c, "gene", "", |_| true).len(), 2, "another scope: a full search");
        c.articles.extend(corpus(&["Geneva summit"]).articles);
        assert_eq!(f.hits(&c, "genev", "", |_| true).len(), 3, "new articles are searched");
    }

    #[test]
    fn words_match_in_any_order_and_positions_are_in_the_title() {
        let c = corpus(&["Ceasefire offer in Geneva"]);
        let mut f = TitleFilter::default();
        assert_eq!(f.hits(&c, "geneva ceasefire", "", |_| true), [0]);
        let at = f.positions(&c, 0, "gen");
        assert_eq!(at, [19, 20, 21], "the g, e, n of Geneva");
    }
}
