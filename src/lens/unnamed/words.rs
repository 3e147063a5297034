//! The words descriptions are made of: nouns that stand for a source without naming
//! it, the institutions a definite noun names, and what may stand before or around them.

/// Nouns that stand for a source without naming it.
pub(super) const UNNAMED: &[&str] = &[
    "activists",
    "advocates",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "attorneys",
    "authorities",
    "commanders",
    "conservatives",
    "critics",
    "democrats",
    "deputies",
    "detectives",
    "diplomat",
    "diplomats",
    "documents",
    "economists",
    "expert",
    "experts",
    "families",
    "family",
    "firefighters",
    "friend",
    "friends",
    "indictment",
    "insider",
    "insiders",
    "investigators",
    "lawmakers",
    "lawyers",
    "liberals",
    "medics",
    "member",
    "members",
    "negotiators",
    "neighbor",
    "neighbors",
    "neighbours",
    "observers",
    "officers",
    "official",
    "officials",
    "opponents",
    "organisers",
    "organizers",
    "papers",
    "paramedics",
    "people",
    "person",
    "proponents",
    "prosecutors",
    "protesters",
    "records",
    "relative",
    "relatives",
    "reports",
    "republicans",
    "resident",
    "residents",
    "results",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "supporters",
    "traders",
    "troopers",
    "witness",
    "witnesses",
];

/// Lower-case nouns that name an institution once made definite ("the ministry").
pub(super) const INSTITUTIONS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "automaker",
    "bank",
    "brokerage",
    "cabinet",
    "campaign",
    "carrier",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "council",
    "department",
    "embassy",
    "firm",
    "giant",
    "government",
    "headquarters",
    "insurer",
    "label",
    "lender",
    "military",
    "ministry",
    "navy",
    "office",
    "operator",
    "presidency",
    "regulator",
    "retailer",
    "service",
    "startup",
    "team",
    "university",
];

/// Forces whose members are many: a place makes them an institution ("Dayton police
/// said"), alone they are no one in particular ("police said", "according to police").
pub(super) const FORCES: &[&str] = &["police"];

/// Lower-case words that may stand inside such a description ("a senior defence
/// official", "the interior ministry").
pub(super) const MODIFIERS: &[&str] = &[
    "anonymous",
    "defence",
    "defense",
    "foreign",
    "former",
    "government",
    "intelligence",
    "interior",
    "junior",
    "local",
    "military",
    "ministry",
    "regional",
    "security",
    "senior",
    "state",
    "tech",
    "top",
    "unnamed",
];

/// Words that open a description; only "the" (or a possessive) makes it definite.
pub(super) const DETERMINERS: &[&str] =
    &["a", "an", "the", "two", "three", "four", "five", "several", "some", "many", "other", "both"];

/// Pronouns: a capitalised one opens a sentence, it names no one by itself.
pub(super) const PRONOUNS: &[&str] =
    &["he", "her", "him", "i", "it", "one", "she", "them", "they", "we", "you"];

/// What a family calls its own, capitalised as if a name ("says his Mom").
pub(super) const KIN: &[&str] = &["dad", "grandma", "grandpa", "mom", "mum"];

/// The initials of American parties, before a hyphen and a state ("R-Texas").
pub(super) const PARTIES: &[&str] = &["d", "i", "r"];

/// Prepositions after which a description is an object, not the speaker
/// ("officials at the ministry said": the ministry does not speak).
pub(super) const PREPOSITIONS: &[&str] =
    &["at", "by", "for", "from", "in", "of", "on", "to", "with"];
