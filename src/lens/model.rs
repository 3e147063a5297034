//! The lens as data: what [`Lens::build`] finds in two articles, in the shape
//! `parallax lens --json` writes (documented on the module above), and the questions
//! the reading screen asks of it. Nothing here computes a lens.

use serde::{Serialize, Serializer};
use std::ops::Range;

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

impl Side {
    /// 0 for the left, 1 for the right: an index into a pair.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
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

/// A number found in a passage, with its kind and unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The words as written ("more than 1,500 people", "$300 billion").
    pub text: String,
    /// Normalised: km² for areas, km for distances, days for durations, percent for
    /// shares, the currency's units for money, MMDD for dates, YYYYMM for months.
    pub value: f64,
    /// `casualties`, `troops`, `people`, `equipment`, `area`, `distance`, `duration`,
    /// `share`, `money`, `count`, `date`, `month`, `year` or `number`.
    pub kind: String,
    /// The unit within the kind: `km2`, `km`, `days`, `%`, `USD`, the thing counted
    /// ("tank", "attack"), or empty.
    pub unit: String,
    /// "about", "more than", "up to"… when the figure is not exact.
    pub qualifier: Option<String>,
    /// Passage id.
    pub passage: usize,
    pub span: Span,
}

/// Whether a source is named (a person, an institution, an outlet) or only described
/// ("officials", "a senior diplomat").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    #[default]
    Named,
    Unnamed,
}

/// A source's name as found in a passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub shown: String,
    pub key: String,
    /// The words of the name proper (titles and "the" left out).
    pub span: Range<usize>,
    pub institution: bool,
}

impl Lens {
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
}

/// The lens as JSON (the shape is documented on this module).
pub fn report(lens: &Lens) -> String {
    serde_json::to_string(lens).unwrap_or_else(|_| "{}".into())
}
