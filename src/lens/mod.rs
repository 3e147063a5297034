//! The framing lens (issue #5): what two outlets say differently about the same thing.
//!
//! [`Lens::build`] reads two articles once and gathers, for each: which spelling of
//! each alias-table variant group it writes (`variants`), the loaded terms of
//! [`Framing`] it uses (`loaded`), who it quotes or cites (`attributions`), and the
//! figures of each pair of linked passages side by side (`figures`).
//! [`topic_table`] lists, for one topic, the first sentence of every passage on it in
//! a corpus. Everything here is plain owned data; the terminal draws it.
//!
//! # JSON (`parallax lens LEFT RIGHT --json`)
//!
//! `serde_json::to_string(&lens)` ([`report`]) gives this stable shape; spans are byte
//! offsets `[start, end]` into each article's text (that is, into the decoded file):
//!
//! ```text
//! { "left":  {"path", "title"},  "right": {"path", "title"},
//!   "variants": [ {"group": "kyiv", "differs": bool,
//!                  "left":  [{"form": "Kiev", "spelling": "kiev", "canonical": false,
//!                             "count": 14, "spans": [[s,e],..]}],
//!                  "right": [..]} ],
//!   "loaded": [ {"term", "category", "left": {"count", "spans"}, "right": {"count", "spans"}} ],
//!   "categories": [ {"category", "left": count, "right": count} ],
//!   "attributions": {
//!       "left":  [ {"speaker", "key", "kind": "named" | "unnamed", "passage",
//!                   "span": [s,e], "quote": [s,e] | null} ],
//!       "right": [..],
//!       "both":  [ {"speaker", "key", "kind", "left": [passage ids], "right": [passage ids]} ],
//!       "left_only": [..], "right_only": [..] },
//!   "figures": [ {"left_passage", "right_passage", "score",
//!                 "left":  [{"text", "value", "kind", "unit", "qualifier", "passage", "span"}],
//!                 "right": [..],
//!                 "disagree": [{"kind", "unit", "left": [figure indices], "right": [..]}]} ] }
//! ```

mod figures;
mod framing;
mod names;
mod scan;
mod speakers;
mod spelling;
mod topic;
mod unnamed;

pub use figures::Figure;
pub use framing::{Category, Framing};
pub use speakers::SourceKind;
pub use topic::{TopicRow, topic_table};

use crate::corpus::{Article, PassageKind};
use crate::index::{Index, Lexicons, Link, Scoring};
use crate::text::Aliases;
use scan::Scan;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError};

/// How many right passages each left passage is paired with for figures.
const LINKS_PER_PASSAGE: usize = 2;

/// A byte range into an article's text, written `[start, end]` in JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span { start: r.start, end: r.end }
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// Which of the two articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

/// An article as the lens names it, with what the panes need to mark it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleLens {
    pub path: String,
    pub title: String,
    /// Passage ranges (by passage id), to place marks.
    #[serde(skip)]
    pub passages: Vec<Range<usize>>,
    /// Variant spellings and loaded terms, in text order, never overlapping.
    #[serde(skip)]
    pub marks: Vec<Mark>,
    /// Every figure of the article's content passages, in text order.
    #[serde(skip)]
    pub figures: Vec<Figure>,
}

/// Something to highlight in a pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub span: Span,
    pub kind: MarkKind,
}

/// What a mark is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// A spelling of a variant group: index into [`Lens::variants`]; `canonical` when it
    /// is the alias table's canonical form.
    Variant { group: usize, canonical: bool },
    /// A loaded term: index into [`Lens::loaded`].
    Loaded { term: usize },
}

/// One spelling of a variant group in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FormUse {
    /// As the article writes it most often, possessive dropped ("Kiev").
    pub form: String,
    /// The alias table's form it is counted under, folded ("kiev").
    pub spelling: String,
    pub canonical: bool,
    pub count: usize,
    pub spans: Vec<Span>,
}

/// A variant group and the spellings each article uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantRow {
    /// The group's canonical form, folded ("kyiv").
    pub group: String,
    /// The two articles' most used spellings differ.
    pub differs: bool,
    pub left: Vec<FormUse>,
    pub right: Vec<FormUse>,
}

/// A loaded term's uses in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TermUse {
    pub count: usize,
    pub spans: Vec<Span>,
}

/// A loaded term used by at least one of the articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadedRow {
    /// The term as the lexicon writes it.
    pub term: String,
    pub category: String,
    pub left: TermUse,
    pub right: TermUse,
}

/// Uses of a category's terms per article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryRow {
    pub category: String,
    pub left: usize,
    pub right: usize,
}

/// A source quoted or cited in a passage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The fullest name the two articles give the source ("Michael Kofman").
    pub speaker: String,
    /// What makes two mentions one source: a surname, folded and aliased
    /// ("zelenskyy"), or an institution's initials ("isw"); an unnamed source's key
    /// starts with "unnamed:".
    pub key: String,
    /// Named, or only described ("officials"); added after the rest of the shape, so
    /// readers of older JSON can ignore it.
    pub kind: SourceKind,
    pub passage: usize,
    /// Where this attribution names the source (the pronoun, for "he said").
    pub span: Span,
    /// The quotation it introduces, if there is one in the sentence.
    pub quote: Option<Span>,
}

/// A source and the passages where each article cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub speaker: String,
    pub key: String,
    pub kind: SourceKind,
    pub left: Vec<usize>,
    pub right: Vec<usize>,
}

impl Source {
    /// The source as the "who speaks" list writes it: an unnamed one says so
    /// ("(unnamed) officials").
    pub fn label(&self) -> String {
        match self.kind {
            SourceKind::Named => self.speaker.clone(),
            SourceKind::Unnamed => format!("(unnamed) {}", self.speaker),
        }
    }
}

/// Who speaks in each article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Attributions {
    pub left: Vec<Attribution>,
    pub right: Vec<Attribution>,
    /// Sources both cite, then those only one cites; in each, named sources before
    /// unnamed ones, then by most citations.
    pub both: Vec<Source>,
    pub left_only: Vec<Source>,
    pub right_only: Vec<Source>,
}

/// Figures of the same kind and unit that two linked passages give differently:
/// indices into the pair's `left` and `right` figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    pub kind: String,
    pub unit: String,
    pub left: Vec<usize>,
    pub right: Vec<usize>,
}

/// The figures of two linked passages side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigurePair {
    pub left_passage: usize,
    pub right_passage: usize,
    /// The link's score (see [`crate::index::Match`]).
    pub score: f32,
    pub left: Vec<Figure>,
    pub right: Vec<Figure>,
    pub disagree: Vec<Disagreement>,
}

/// The lens on two articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Lens {
    pub left: ArticleLens,
    pub right: ArticleLens,
    /// Groups either article uses; those whose spellings differ first.
    pub variants: Vec<VariantRow>,
    /// Loaded terms either article uses, in lexicon order.
    pub loaded: Vec<LoadedRow>,
    /// Categories either article uses, in lexicon order.
    pub categories: Vec<CategoryRow>,
    pub attributions: Attributions,
    /// Linked passage pairs that both give figures, in left passage order.
    pub figures: Vec<FigurePair>,
}

/// What one article yields before the two are compared.
#[derive(Default)]
struct Reading {
    spellings: Vec<spelling::Use>,
    terms: Vec<framing::Hit>,
    cited: Vec<speakers::Cited>,
    figures: Vec<Figure>,
}

/// Kinds whose differences are not disagreements: a year or a bare number is context.
const NOT_COMPARED: &[&str] = &["year", "number", "date", "month", "duration"];

impl Reading {
    fn of(
        article: &Article,
        groups: &spelling::Groups,
        framing: &Framing,
        canon: &names::Canon,
    ) -> Reading {
        let mut r = Reading::default();
        let mut context = speakers::Context::default();
        for (id, p) in article.passages.iter().enumerate() {
            if p.kind == PassageKind::Boilerplate || article.text.get(p.range.clone()).is_none() {
                continue;
            }
            let scan = Scan::new(&article.text, p.range.clone());
            groups.find(&scan, &mut r.spellings);
            framing.find(&article.text, &scan, &mut r.terms);
            if p.is_content() {
                speakers::find(&article.text, &scan, id, canon, &mut context, &mut r.cited);
                figures::find(&article.text, &scan, id, &mut r.figures);
            }
        }
        r
    }
}

impl Lens {
    /// Reads two articles with the alias table of `lexicons` and the framing lexicon;
    /// the passage links for the figure pairs are computed here.
    pub fn build(left: &Article, right: &Article, lexicons: &Lexicons, framing: &Framing) -> Lens {
        let index = Index::build(vec![left, right], lexicons);
        let links = index.links(0, 1, LINKS_PER_PASSAGE, Scoring::Full);
        Lens::with_links(left, right, lexicons, framing, &links)
    }

    /// As [`Lens::build`], with the links of `left` to `right` the reader already has
    /// (`Index::links(l, r, k, Scoring::Full)`): figures are paired along them.
    pub fn with_links(
        left: &Article,
        right: &Article,
        lexicons: &Lexicons,
        framing: &Framing,
        links: &[Link],
    ) -> Lens {
        let prepared = prepared(&lexicons.aliases);
        let (groups, canon) = (&prepared.0, &prepared.1);
        let readings = [left, right].map(|a| Reading::of(a, groups, framing, canon));
        let mut lens = Lens {
            left: article_lens(left, &readings[0]),
            right: article_lens(right, &readings[1]),
            variants: variant_rows(groups, [left, right], &readings),
            ..Lens::default()
        };
        (lens.loaded, lens.categories) = loaded_rows(framing, &readings);
        lens.attributions = attributions(&readings);
        lens.figures = figure_pairs(links, &readings);
        lens.mark(Side::Left, &readings[0]);
        lens.mark(Side::Right, &readings[1]);
        lens
    }

    /// One article's part of the lens.
    pub fn side(&self, side: Side) -> &ArticleLens {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    /// The marks of a passage (variant spellings and loaded terms), in text order.
    pub fn marks(&self, side: Side, passage: usize) -> &[Mark] {
        let a = self.side(side);
        let Some(r) = a.passages.get(passage) else {
            return &[];
        };
        let from = a.marks.partition_point(|m| m.span.start < r.start);
        let to = a.marks.partition_point(|m| m.span.start < r.end);
        &a.marks[from..to.max(from)]
    }

    /// The attributions of one article.
    pub fn attributions_of(&self, side: Side) -> &[Attribution] {
        match side {
            Side::Left => &self.attributions.left,
            Side::Right => &self.attributions.right,
        }
    }

    /// The attributions in a passage.
    pub fn attributions_in(
        &self,
        side: Side,
        passage: usize,
    ) -> impl Iterator<Item = &Attribution> {
        self.attributions_of(side).iter().filter(move |a| a.passage == passage)
    }

    /// The figures in a passage.
    pub fn figures_in(&self, side: Side, passage: usize) -> impl Iterator<Item = &Figure> {
        self.side(side).figures.iter().filter(move |f| f.passage == passage)
    }

    /// Every source, both-cited first: what the "who speaks" list shows.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        let a = &self.attributions;
        a.both.iter().chain(&a.left_only).chain(&a.right_only)
    }

    /// The first attribution of a source in an article (where selecting it jumps).
    pub fn first_quote(&self, side: Side, key: &str) -> Option<&Attribution> {
        self.attributions_of(side).iter().find(|a| a.key == key)
    }

    fn mark(&mut self, side: Side, reading: &Reading) {
        let mut marks: Vec<Mark> = Vec::new();
        for (g, row) in self.variants.iter().enumerate() {
            let uses = if side == Side::Left { &row.left } else { &row.right };
            for u in uses {
                marks.extend(u.spans.iter().map(|&span| Mark {
                    span,
                    kind: MarkKind::Variant { group: g, canonical: u.canonical },
                }));
            }
        }
        for (t, row) in self.loaded.iter().enumerate() {
            let used = if side == Side::Left { &row.left } else { &row.right };
            marks.extend(
                used.spans.iter().map(|&span| Mark { span, kind: MarkKind::Loaded { term: t } }),
            );
        }
        let _ = reading;
        // Longer first where two start together; a mark inside an earlier one is dropped.
        marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let mut kept: Vec<Mark> = Vec::with_capacity(marks.len());
        for m in marks {
            if kept.last().is_none_or(|k| k.span.end <= m.span.start) {
                kept.push(m);
            }
        }
        match side {
            Side::Left => self.left.marks = kept,
            Side::Right => self.right.marks = kept,
        }
    }
}

/// The lens as JSON (the shape is documented on this module).
pub fn report(lens: &Lens) -> String {
    serde_json::to_string(lens).unwrap_or_else(|_| "{}".into())
}

fn article_lens(a: &Article, r: &Reading) -> ArticleLens {
    ArticleLens {
        path: a.path.clone(),
        title: a.title.clone(),
        passages: a.passages.iter().map(|p| p.range.clone()).collect(),
        marks: Vec::new(),
        figures: r.figures.clone(),
    }
}

fn variant_rows(
    groups: &spelling::Groups,
    articles: [&Article; 2],
    readings: &[Reading; 2],
) -> Vec<VariantRow> {
    // group → side → form → (count, spans, surfaces)
    type Forms = BTreeMap<u32, (Vec<Span>, BTreeMap<String, usize>)>;
    let mut by_group: BTreeMap<u32, [Forms; 2]> = BTreeMap::new();
    for (side, (r, a)) in readings.iter().zip(articles).enumerate() {
        for u in &r.spellings {
            let entry = by_group.entry(u.group).or_default();
            let (spans, surfaces) = entry[side].entry(u.form).or_default();
            spans.push(u.span.clone().into());
            let word = a.text.get(u.span.clone()).unwrap_or("");
            *surfaces.entry(spelling::shown(word).to_string()).or_default() += 1;
        }
    }
    let mut rows: Vec<(usize, VariantRow)> = by_group
        .into_iter()
        .map(|(g, sides)| {
            let table = groups.forms.get(g as usize);
            let [l, r] = sides.map(|forms| {
                let mut uses: Vec<FormUse> = forms
                    .into_iter()
                    .map(|(f, (spans, surfaces))| {
                        let form = surfaces
                            .iter()
                            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                            .map(|(s, _)| s.clone())
                            .unwrap_or_default();
                        let spelling =
                            table.and_then(|t| t.get(f as usize)).cloned().unwrap_or_default();
                        FormUse { form, spelling, canonical: f == 0, count: spans.len(), spans }
                    })
                    .collect();
                uses.sort_by(|a, b| b.count.cmp(&a.count).then(a.form.cmp(&b.form)));
                uses
            });
            // Compared by the table's form: "emphasize" and "emphasized" are one spelling.
            let top = |u: &[FormUse]| u.first().map(|f| f.spelling.clone());
            let differs = !l.is_empty() && !r.is_empty() && top(&l) != top(&r);
            let total = l.iter().chain(&r).map(|u| u.count).sum();
            let group =
                groups.forms.get(g as usize).and_then(|f| f.first()).cloned().unwrap_or_default();
            (total, VariantRow { group, differs, left: l, right: r })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.1.differs.cmp(&a.1.differs).then(b.0.cmp(&a.0)).then(a.1.group.cmp(&b.1.group))
    });
    rows.into_iter().map(|(_, r)| r).collect()
}

fn loaded_rows(framing: &Framing, readings: &[Reading; 2]) -> (Vec<LoadedRow>, Vec<CategoryRow>) {
    let mut uses: BTreeMap<usize, [TermUse; 2]> = BTreeMap::new();
    for (side, r) in readings.iter().enumerate() {
        for h in &r.terms {
            let u = &mut uses.entry(h.term).or_default()[side];
            u.count += 1;
            u.spans.push(h.span.clone().into());
        }
    }
    let mut categories: Vec<CategoryRow> = Vec::new();
    let mut rows = Vec::new();
    for (term, [left, right]) in uses {
        let category = framing.category_of(term).to_string();
        match categories.iter_mut().find(|c| c.category == category) {
            Some(c) => {
                c.left += left.count;
                c.right += right.count;
            }
            None => categories.push(CategoryRow {
                category: category.clone(),
                left: left.count,
                right: right.count,
            }),
        }
        let written = framing.terms.get(term).map_or(String::new(), |(t, _)| t.clone());
        rows.push(LoadedRow { term: written, category, left, right });
    }
    let order = |name: &str| framing.categories.iter().position(|c| c.name == name);
    categories.sort_by_key(|c| order(&c.category));
    (rows, categories)
}

fn attributions(readings: &[Reading; 2]) -> Attributions {
    // The fullest name given to each key in either article.
    let mut fullest: BTreeMap<&str, &str> = BTreeMap::new();
    for c in readings.iter().flat_map(|r| &r.cited) {
        let e = fullest.entry(&c.name.key).or_insert(&c.name.shown);
        if c.name.shown.len() > e.len() {
            *e = &c.name.shown;
        }
    }
    let list = |r: &Reading| -> Vec<Attribution> {
        r.cited
            .iter()
            .map(|c| Attribution {
                speaker: fullest
                    .get(c.name.key.as_str())
                    .map_or(c.name.shown.clone(), |s| s.to_string()),
                key: c.name.key.clone(),
                kind: c.kind,
                passage: c.passage,
                span: c.span.clone().into(),
                quote: c.quote.clone().map(Span::from),
            })
            .collect()
    };
    let (left, right) = (list(&readings[0]), list(&readings[1]));
    let mut sources: BTreeMap<&str, Source> = BTreeMap::new();
    for (side, list) in [&left, &right].into_iter().enumerate() {
        for a in list {
            let s = sources.entry(&a.key).or_insert_with(|| Source {
                speaker: a.speaker.clone(),
                key: a.key.clone(),
                kind: a.kind,
                left: Vec::new(),
                right: Vec::new(),
            });
            let passages = if side == 0 { &mut s.left } else { &mut s.right };
            if passages.last() != Some(&a.passage) {
                passages.push(a.passage);
            }
        }
    }
    let mut out = Attributions::default();
    let mut all: Vec<Source> = sources.into_values().collect();
    all.sort_by(|a, b| {
        let cited = |s: &Source| s.left.len() + s.right.len();
        a.kind.cmp(&b.kind).then(cited(b).cmp(&cited(a))).then(a.speaker.cmp(&b.speaker))
    });
    for s in all {
        match (s.left.is_empty(), s.right.is_empty()) {
            (false, false) => out.both.push(s),
            (false, true) => out.left_only.push(s),
            _ => out.right_only.push(s),
        }
    }
    out.left = left;
    out.right = right;
    out
}

fn figure_pairs(links: &[Link], readings: &[Reading; 2]) -> Vec<FigurePair> {
    let of = |r: &Reading, p: usize| -> Vec<Figure> {
        r.figures.iter().filter(|f| f.passage == p).cloned().collect()
    };
    let mut out = Vec::new();
    for link in links {
        let left = of(&readings[0], link.left);
        if left.is_empty() {
            continue;
        }
        // Only passages that tell the same thing have figures worth setting side by
        // side: a weak link's numbers are as likely to count different things.
        for m in link.matches.iter().filter(|m| m.strength == crate::index::Strength::Strong) {
            let right = of(&readings[1], m.right);
            if right.is_empty() {
                continue;
            }
            let disagree = disagreements(&left, &right);
            out.push(FigurePair {
                left_passage: link.left,
                right_passage: m.right,
                score: m.score,
                left: left.clone(),
                right,
                disagree,
            });
        }
    }
    out
}

/// Same kind and unit on both sides, and a value on one side that the other lacks.
fn disagreements(left: &[Figure], right: &[Figure]) -> Vec<Disagreement> {
    let same = |a: f64, b: f64| (a - b).abs() <= 0.01 * a.abs().max(b.abs()).max(1.0);
    let mut kinds: Vec<(&str, &str)> =
        left.iter().map(|f| (f.kind.as_str(), f.unit.as_str())).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
        .into_iter()
        .filter(|(k, _)| !NOT_COMPARED.contains(k))
        .filter_map(|(kind, unit)| {
            let pick = |fs: &[Figure], other: &[Figure]| -> Vec<usize> {
                fs.iter()
                    .enumerate()
                    .filter(|(_, f)| f.kind == kind && f.unit == unit)
                    .filter(|(_, f)| {
                        !other
                            .iter()
                            .any(|o| o.kind == kind && o.unit == unit && same(o.value, f.value))
                    })
                    .map(|(i, _)| i)
                    .collect()
            };
            let has = |fs: &[Figure]| fs.iter().any(|f| f.kind == kind && f.unit == unit);
            let (l, r) = (pick(left, right), pick(right, left));
            (has(right) && (!l.is_empty() || !r.is_empty())).then(|| Disagreement {
                kind: kind.to_string(),
                unit: unit.to_string(),
                left: l,
                right: r,
            })
        })
        .collect()
}

/// The variant groups and name keys of an alias table, made once per table (the
/// reader builds a lens each time a pair opens).
fn prepared(aliases: &Aliases) -> Arc<(spelling::Groups, names::Canon)> {
    type Cache = Mutex<Option<(u64, Arc<(spelling::Groups, names::Canon)>)>>;
    static CACHE: Cache = Mutex::new(None);
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    aliases.pairs.hash(&mut hasher);
    let fingerprint = hasher.finish();
    let mut slot = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((f, p)) = slot.as_ref()
        && *f == fingerprint
    {
        return Arc::clone(p);
    }
    let p = Arc::new((spelling::Groups::new(aliases), names::Canon::new(&aliases.pairs)));
    *slot = Some((fingerprint, Arc::clone(&p)));
    p
}

/// The attributions of one article alone (for measuring extraction).
pub fn attributions_of(article: &Article, aliases: &Aliases) -> Vec<Attribution> {
    let canon = names::Canon::new(&aliases.pairs);
    let alone = Reading::of(article, &spelling::Groups::default(), &Framing::default(), &canon);
    attributions(&[alone, Reading::default()]).left
}

#[cfg(test)]
mod tests;
