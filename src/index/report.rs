//! The CLI's stable JSON shapes, built from an index. Offsets are byte offsets into
//! the decoded file text; passage ids are indices into `Article::passages`.

use super::{Index, Lexicons, Scoring, TopicKind};
use crate::corpus::{Article, Corpus};
use serde::Serialize;

/// `parallax topics --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicsReport {
    pub topics: Vec<TopicEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicEntry {
    pub label: String,
    pub kind: TopicKind,
    pub terms: Vec<String>,
    pub articles: Vec<TopicArticle>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicArticle {
    pub path: String,
    /// Its passages on the topic: how many, and which (left out for a library read
    /// from the archive index, which keeps the count, not the passages).
    pub count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passages: Option<Vec<TopicPassageEntry>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicPassageEntry {
    pub id: usize,
    /// `[start, end]` byte ranges.
    pub spans: Vec<[usize; 2]>,
}

/// `parallax align LEFT RIGHT --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlignReport {
    pub left: AlignSide,
    pub right: AlignSide,
    /// One entry per content passage of the left article.
    pub links: Vec<LinkEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlignSide {
    pub path: String,
    pub title: String,
    pub passages: Vec<PassageEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassageEntry {
    pub id: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Not article content (title, byline, page furniture): never linked.
    pub boilerplate: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkEntry {
    pub left: usize,
    pub matches: Vec<MatchEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchEntry {
    pub right: usize,
    /// Cosine similarity, 0–1, rounded to 4 decimals.
    pub score: f64,
    /// "strong" (drawn as a link) or "weak" (offered, not drawn).
    pub strength: super::Strength,
    /// How specific the shared content is, rounded to 2 decimals.
    pub evidence: f64,
    pub shared: Vec<String>,
}

/// `parallax variants --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantsReport {
    pub variants: Vec<VariantEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantEntry {
    pub forms: [VariantFormEntry; 2],
    pub similarity: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantFormEntry {
    pub text: String,
    pub count: u32,
    /// Paths of the articles that use this spelling.
    pub articles: Vec<String>,
}

/// One entry of an article's `"related"` list in `parallax list --json`.
pub use super::Related;

/// Default number of matches per left passage.
pub const DEFAULT_TOP: usize = 3;
/// Related articles listed per article.
pub const RELATED_SHOWN: usize = 3;

/// Topics of a corpus.
pub fn topics(corpus: &Corpus, lexicons: &Lexicons) -> TopicsReport {
    topics_of(&Index::of_corpus(corpus, lexicons))
}

/// Topics of an existing index.
pub fn topics_of(index: &Index) -> TopicsReport {
    let topics = index
        .topics()
        .into_iter()
        .map(|t| {
            let mut articles: Vec<TopicArticle> = Vec::new();
            for p in &t.passages {
                let entry = TopicPassageEntry {
                    id: p.passage,
                    spans: p.spans.iter().map(|r| [r.start, r.end]).collect(),
                };
                let path = &index.articles[p.article].path;
                match articles.last_mut() {
                    Some(a) if &a.path == path => {
                        a.count += 1;
                        a.passages.get_or_insert_default().push(entry);
                    }
                    _ => articles.push(TopicArticle {
                        path: path.clone(),
                        count: 1,
                        passages: Some(vec![entry]),
                    }),
                }
            }
            TopicEntry { label: t.label, kind: t.kind, terms: t.terms, articles }
        })
        .collect();
    TopicsReport { topics }
}

/// Links between the passages of two articles, `top` matches per left passage.
pub fn align(left: &Article, right: &Article, top: usize, lexicons: &Lexicons) -> AlignReport {
    align_scored(left, right, top, lexicons, Scoring::Full)
}

/// [`align`] with a chosen scoring (the quality harness compares both).
pub fn align_scored(
    left: &Article,
    right: &Article,
    top: usize,
    lexicons: &Lexicons,
    scoring: Scoring,
) -> AlignReport {
    let index = Index::build(vec![left, right], lexicons);
    let links = index
        .links(0, 1, top, scoring)
        .into_iter()
        .map(|l| LinkEntry {
            left: l.left,
            matches: l
                .matches
                .into_iter()
                .map(|m| MatchEntry {
                    right: m.right,
                    score: round(m.score),
                    strength: m.strength,
                    evidence: (f64::from(m.evidence) * 100.0).round() / 100.0,
                    shared: m.shared,
                })
                .collect(),
        })
        .collect();
    AlignReport { left: side(left), right: side(right), links }
}

fn side(article: &Article) -> AlignSide {
    let passages = article
        .passages
        .iter()
        .enumerate()
        .map(|(id, p)| PassageEntry {
            id,
            start: p.range.start,
            end: p.range.end,
            text: article.passage_text(id).to_string(),
            boilerplate: !p.is_content(),
        })
        .collect();
    AlignSide { path: article.path.clone(), title: article.title.clone(), passages }
}

/// Variant spellings the alias table does not join.
pub fn variants(corpus: &Corpus, lexicons: &Lexicons) -> VariantsReport {
    let index = Index::of_corpus(corpus, lexicons);
    let paths =
        |articles: &[usize]| articles.iter().map(|&a| index.articles[a].path.clone()).collect();
    let variants = index
        .variants()
        .into_iter()
        .map(|v| {
            let [a, b] = v.forms;
            let entry = |f: super::VariantForm| VariantFormEntry {
                articles: paths(&f.articles),
                text: f.text,
                count: f.count,
            };
            VariantEntry { forms: [entry(a), entry(b)], similarity: round(v.similarity) }
        })
        .collect();
    VariantsReport { variants }
}

/// For each article of the corpus (in corpus order), its closest other articles.
pub fn related(corpus: &Corpus, lexicons: &Lexicons) -> Vec<Vec<Related>> {
    related_of(&Index::of_corpus(corpus, lexicons))
}

/// [`related`] over an existing index.
pub fn related_of(index: &Index) -> Vec<Vec<Related>> {
    index
        .related(RELATED_SHOWN)
        .into_iter()
        .map(|list| {
            list.into_iter()
                .map(|(b, score)| Related {
                    path: index.articles[b].path.clone(),
                    score: round(score) as f32,
                })
                .collect()
        })
        .collect()
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}
