//! Nouns for what sources issue, make, offer or raise, for the calls officers answer,
//! for talk between people, and for firms.

/// Nouns for a statement a source issued ("the statement said"): it speaks for the
/// source cited last.
pub(in crate::lens::speakers) const STATEMENTS: &[&str] =
    &["announcement", "email", "letter", "post", "release", "statement", "tweet"];

/// What officers respond to when "responded" is not a verb of saying ("responded to
/// an accidental shooting", "responded to the scene").
pub(in crate::lens::speakers) const CALLS: &[&str] = &[
    "address",
    "alarm",
    "call",
    "calls",
    "crash",
    "disturbance",
    "emergency",
    "fire",
    "home",
    "house",
    "incident",
    "location",
    "residence",
    "scene",
    "shooting",
    "shootings",
];

/// Nouns of talk between people: "in a fireside chat with Marc Benioff", "the debate
/// between Johnson and Corbyn" cite whom it was with. Not "interview": "in an interview
/// with CNN" is the outlet asking, not speaking. Not "talks": "to resume the talks with
/// Kim Jong-un" is a negotiation, and in news of wars and ceasefires every party to one
/// would be listed as a source of the article's words.
pub(in crate::lens::speakers) const CONVERSATIONS: &[&str] =
    &["chat", "conversation", "debate", "discussion"];

/// What is issued when a source speaks by issuing it ("issued an apology").
pub(in crate::lens::speakers) const ISSUED: &[&str] = &[
    "apology",
    "appeal",
    "call",
    "complaint",
    "denial",
    "letter",
    "plea",
    "rebuke",
    "report",
    "response",
    "statement",
    "statements",
    "warning",
];

/// What is said when it is made ("made a public announcement", "made the argument").
pub(in crate::lens::speakers) const MADE: &[&str] =
    &["announcement", "argument", "arguments", "comments", "pitch", "remarks", "statement"];

/// What is said when it is offered ("offered a dire assessment", "offered his view").
pub(in crate::lens::speakers) const OFFERED: &[&str] = &[
    "analysis",
    "apology",
    "assessment",
    "condolences",
    "defense",
    "explanation",
    "praise",
    "view",
    "views",
    "warning",
];

/// What is said when it is raised ("raised the concern that …").
pub(in crate::lens::speakers) const RAISED: &[&str] =
    &["concern", "concerns", "doubts", "objections", "questions"];

/// Nouns for a firm, which a firm's own name rarely ends with: made definite ("the
/// company", "the tech giant") they refer back to the last organisation named.
pub(in crate::lens::speakers) const FIRMS: &[&str] = &[
    "agency",
    "automaker",
    "bank",
    "brokerage",
    "carrier",
    "company",
    "firm",
    "giant",
    "insurer",
    "label",
    "lender",
    "retailer",
    "startup",
];
