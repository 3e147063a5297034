//! What the reading of an article's passages yields, the sources cited, and what it
//! carries from one passage to the next: the people a pronoun or a description may
//! refer back to.

use super::casing::Casing;
use super::refer::Named;
use crate::lens::model::{Name, SourceKind};
use crate::lens::scan::Scan;
use std::ops::Range;
use std::rc::Rc;

/// Someone quoted or cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cited {
    pub name: Name,
    pub kind: SourceKind,
    pub passage: usize,
    /// Where the attribution names the source (the pronoun, for "he said").
    pub span: Range<usize>,
    pub quote: Option<Range<usize>>,
}

/// The people of the previous passage a pronoun may refer to.
#[derive(Debug, Default)]
pub(crate) struct Antecedents {
    pub(super) last_person: Option<Name>,
    /// The last person named in the passage before, cited or not.
    pub(super) last_named: Option<(Name, usize)>,
    /// The last person named in full in an earlier passage, wherever in it.
    pub(super) last_any: Option<(Name, usize)>,
    /// Everyone named so far in the article, for roles and surnames.
    pub(super) named: Named,
    /// The last named source cited, for "the statement said".
    pub(super) last_cited: Option<Name>,
    /// The last named source cited in the passage just before, whose quotation a
    /// passage wholly in quotation marks carries on.
    pub(super) quoting: Option<Name>,
    /// Whether the passage just before ended inside a quotation it left open, which
    /// a passage that closes it carries on.
    pub(super) open_quote: bool,
    /// The last named source cited in a passage before that ends with a colon
    /// ("… the principal wrote:"), whose words the passage after is.
    pub(super) introducing: Option<Name>,
    /// The one unnamed person cited last in the passage before, after any person named
    /// there ("a witness said"), whom a "she said" after may be.
    pub(super) lone_unnamed: Option<Name>,
    /// Two people who opened a sentence together ("Ana Ruiz and Tom Berg live next
    /// door."), whom a "they said" after them is.
    pub(super) pair: Option<(Name, Name)>,
    /// The issuer of the document cited last ("an Apopka police report said"), its
    /// noun, and the passage it was last cited in: "the report said" and a quick "it
    /// said" after are the issuer's.
    pub(super) document: Option<(Name, String, usize)>,
    /// The many who spoke last (a force, a body, "investigators"), as named or not,
    /// and the passage: a "they said" right after is theirs.
    pub(super) group: Option<(Name, SourceKind, usize)>,
    /// The keys of every named source cited so far in the article.
    pub(super) spoke: Vec<String>,
    /// How the article writes its words: given, or read from the whole text at its
    /// first passage.
    pub(super) casing: Option<Rc<Casing>>,
}

impl Antecedents {
    /// The context for reading an article's passages in order, with how the article
    /// writes its words read from their scans.
    pub(crate) fn for_article<'a>(text: &str, scans: impl IntoIterator<Item = &'a Scan>) -> Self {
        let casing = Some(Rc::new(Casing::of_scans(text, scans)));
        Antecedents { casing, ..Antecedents::default() }
    }
}
