//! What stands as the subject of a verb of saying, as the subject search reads it off
//! the words before the verb and the attributions resolve it.

use crate::lens::unnamed::Described;

pub(super) enum Subject {
    /// The token where a name run ends.
    Run(usize),
    /// A "he"/"she" token.
    Pronoun(usize),
    /// A "they" token: two people named together before may be it.
    Plural,
    /// A description in a name's place ("officials", "the ministry").
    Described(Described),
    /// A definite role ("the sheriff", "the Texas governor"): the head noun's token.
    Role(usize),
    /// A statement issued ("the statement said"): it speaks for the last source.
    Statement,
    /// A document of a body named right before its noun ("an Apopka police report"):
    /// the body, and the noun's token.
    Issued(Described, usize),
    /// The same, the body named by the run that ends at the first token ("a CNN
    /// report").
    IssuedRun(usize, usize),
    /// A document made definite ("the report"): the one whose issuer was named before.
    Document(usize),
    /// "It said": the document cited just before, if any.
    It,
}
