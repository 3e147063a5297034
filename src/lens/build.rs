//! Building the lens: each article read once, passage by passage (spellings, loaded
//! terms, who speaks, figures), then the two readings compared row by row.

use super::framing::{self, Framing};
use super::model::*;
use super::scan::Scan;
use super::{figures, names, speakers, spelling};
use crate::corpus::{Article, PassageKind};
use crate::index::{Index, Lexicons, Link, Scoring};
use crate::text::Aliases;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

/// How many right passages each left passage is paired with for figures.
const LINKS_PER_PASSAGE: usize = 2;

/// What one article yields before the two are compared.
#[derive(Default)]
struct Findings {
    spellings: Vec<spelling::Use>,
    terms: Vec<framing::Hit>,
    cited: Vec<speakers::Cited>,
    figures: Vec<Figure>,
}

/// Kinds whose differences are not disagreements: a year or a bare number is context.
const NOT_COMPARED: &[&str] = &["year", "number", "date", "month", "duration"];

impl Findings {
    fn of(
        article: &Article,
        groups: &spelling::Groups,
        framing: &Framing,
        canon: &names::Canon,
    ) -> Findings {
        let mut r = Findings::default();
        let scans: Vec<(usize, bool, Scan)> = (article.passages.iter().enumerate())
            .filter(|(_, p)| {
                p.kind != PassageKind::Boilerplate && article.text.get(p.range.clone()).is_some()
            })
            .map(|(id, p)| (id, p.is_content(), Scan::new(&article.text, p.range.clone())))
            .collect();
        // Who speaks reads how the whole article writes a word before its first passage.
        let content = scans.iter().filter(|s| s.1).map(|s| &s.2);
        let mut context = speakers::Antecedents::for_article(&article.text, content);
        for (id, content, scan) in &scans {
            groups.find(scan, &mut r.spellings);
            framing.find(&article.text, scan, &mut r.terms);
            if *content {
                speakers::find(&article.text, scan, *id, canon, &mut context, &mut r.cited);
                figures::find(&article.text, scan, *id, &mut r.figures);
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
        let readings = [left, right].map(|a| Findings::of(a, groups, framing, canon));
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

    fn mark(&mut self, side: Side, reading: &Findings) {
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

fn article_lens(a: &Article, r: &Findings) -> ArticleLens {
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
    readings: &[Findings; 2],
) -> Vec<VariantRow> {
    // group → side → form → (count, spans, surfaces)
    type Forms = BTreeMap<u32, (Vec<Span>, BTreeMap<String, usize>)>;
    let mut by_group: BTreeMap<u32, [Forms; 2]> = BTreeMap::new();
    for (side, (r, a)) in readings.iter().zip(articles).enumerate() {
        for u in &r.spellings {
            let entry = by_group.entry(u.group).or_default();
            let (spans, surfaces) = entry[side].entry(u.form).or_default();
            spans.push(u.span.clone().into());
            // "U.S.": an abbreviation's last stop is outside the word, and shown with it.
            let dotted = u.span.end + 1;
            let word = match a.text.get(u.span.start..dotted) {
                Some(w) if w.ends_with('.') && w[..w.len() - 1].contains('.') => w,
                _ => a.text.get(u.span.clone()).unwrap_or(""),
            };
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

fn loaded_rows(framing: &Framing, readings: &[Findings; 2]) -> (Vec<LoadedRow>, Vec<CategoryRow>) {
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

fn attributions(readings: &[Findings; 2]) -> Attributions {
    // The fullest name given to each key in either article.
    let mut fullest: BTreeMap<&str, &str> = BTreeMap::new();
    for c in readings.iter().flat_map(|r| &r.cited) {
        let e = fullest.entry(&c.name.key).or_insert(&c.name.shown);
        if c.name.shown.len() > e.len() {
            *e = &c.name.shown;
        }
    }
    let list = |r: &Findings| -> Vec<Attribution> {
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

fn figure_pairs(links: &[Link], readings: &[Findings; 2]) -> Vec<FigurePair> {
    let of = |r: &Findings, p: usize| -> Vec<Figure> {
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
pub(super) fn disagreements(left: &[Figure], right: &[Figure]) -> Vec<Disagreement> {
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
    let alone = Findings::of(article, &spelling::Groups::default(), &Framing::default(), &canon);
    attributions(&[alone, Findings::default()]).left
}
