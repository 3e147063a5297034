//! The words names are made of: what continues a name, what heads an institution, the
//! roles and offices before a person, and the words that open a sentence but name no one.

use crate::text::is_title;

/// Words after which "of", "for", "the", "on" continue a name
/// ("Institute for the Study of War", "Secretary of State", "Ministry of Defence").
pub(super) const JOINERS: &[&str] = &[
    "academy",
    "affairs",
    "agency",
    "alliance",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "centre",
    "center",
    "chamber",
    "chief",
    "chiefs",
    "coalition",
    "college",
    "commission",
    "commissioner",
    "committee",
    "conference",
    "council",
    "court",
    "department",
    "director",
    "federation",
    "foundation",
    "fund",
    "head",
    "house",
    "institute",
    "league",
    "minister",
    "ministry",
    "office",
    "organisation",
    "organization",
    "partnership",
    "party",
    "president",
    "representative",
    "republic",
    "school",
    "secretary",
    "service",
    "society",
    "speaker",
    "study",
    "union",
    "university",
];
pub(super) const CONNECTORS: &[&str] = &["of", "for", "the", "on"];

/// Particles of surnames, written in lower case inside a name ("Pierre de Vos").
pub(super) const PARTICLES: &[&str] =
    &["da", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von"];

/// Offices whose holder's possessive names an institution ("Sheriff's Office").
pub(super) const OFFICE_HOLDERS: &[&str] = &[
    "attorney",
    "auditor",
    "clerk",
    "commissioner",
    "coroner",
    "examiner",
    "general",
    "governor",
    "marshal",
    "mayor",
    "prosecutor",
    "sheriff",
    "treasurer",
];

/// Last words that make a name an institution, or a place no one speaks as a person
/// ("Arbors of Bastrop Apartments", "Mercy Hospital").
pub(super) const HEADS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "airlines",
    "airport",
    "airways",
    "alliance",
    "apartments",
    "army",
    "association",
    "authority",
    "avenue",
    "bank",
    "bureau",
    "capital",
    "center",
    "centre",
    "chamber",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "duma",
    "endowment",
    "enterprises",
    "entertainment",
    "federation",
    "forces",
    "foundation",
    "fund",
    "government",
    "group",
    "guardian",
    "herald",
    "holdings",
    "hospital",
    "hotel",
    "house",
    "industries",
    "institute",
    "journal",
    "kremlin",
    "league",
    "magazine",
    "mall",
    "ministry",
    "motors",
    "navy",
    "networks",
    "news",
    "office",
    "organisation",
    "organization",
    "outlets",
    "parliament",
    "partners",
    "partnership",
    "party",
    "pentagon",
    "pictures",
    "post",
    "press",
    "productions",
    "rada",
    "records",
    "review",
    "school",
    "senate",
    "service",
    "services",
    "society",
    "staff",
    "station",
    "street",
    "studios",
    "technologies",
    "telegraph",
    "times",
    "tower",
    "tribune",
    "union",
    "university",
];

/// Lower-case words that may follow a publication's name and belong to it.
pub(crate) const MEDIA_NOUNS: &[&str] = &["magazine", "newspaper", "daily", "weekly", "journal"];

/// Words of office and description that stand before a person's name.
pub(super) const ROLES: &[&str] = &[
    "affairs",
    "analyst",
    "army",
    "chief",
    "commander",
    "council",
    "defence",
    "defense",
    "deputy",
    "high",
    "interior",
    "military",
    "national",
    "outgoing",
    "policy",
    "security",
    "sheriff",
    "special",
    // "House Speaker Nancy Pelosi" is a person, not the House.
    "speaker",
    "state",
    // "State Police Trooper Stephen Limani" is a person.
    "trooper",
    "vice",
    // A firm's officers: "Apple CEO Tim Cook" is Tim Cook.
    "ceo",
    "cfo",
    "coo",
    "founder",
    // Abbreviated titles, when written without their full stop ("Gov Newsom").
    "adm",
    "col",
    "gov",
    "lt",
    "maj",
    "prof",
    "rep",
    "sgt",
    "congressman",
    "congresswoman",
    "professor",
    "eu",
    "us",
    "uk",
    "un",
    "nato",
];

/// What follows a name, with a stop, and is not the name: "Jr.", "III", "Co.", "Inc.".
pub(crate) fn is_suffix(folded: &str) -> bool {
    matches!(folded, "jr" | "sr" | "ii" | "iii") || CORPORATE.contains(&folded)
}

pub(super) const CORPORATE: &[&str] = &["co", "corp", "inc", "llc", "ltd", "plc"];

/// Head words of a place in nature ("Aral Sea", "Rocky Mountains").
pub(super) const GEOGRAPHIC: &[&str] = &[
    "bay",
    "canal",
    "canyon",
    "desert",
    "gulf",
    "island",
    "islands",
    "lake",
    "mountain",
    "mountains",
    "ocean",
    "peninsula",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Words of a race for office that a party's adjective describes ("Republican
/// presidential hopeful", "Democratic front-runner").
pub(super) const CANDIDACY: &[&str] = &[
    "candidate",
    "challenger",
    "contender",
    "front",
    "frontrunner",
    "hopeful",
    "nominee",
    "presidential",
    "primary",
    "rival",
];

/// Capitalised words that open a sentence but do not begin a name.
pub(super) const OPENERS: &[&str] = &[
    // Conjunctions and quantifiers, which a sentence may open with a capital but which
    // are never a name ("Although in September she said", "Many of them, he said").
    "although",
    "though",
    "late",
    "either",
    "neither",
    "whereas",
    "many",
    "most",
    "several",
    "few",
    "both",
    "each",
    "last",
    "next",
    "otherwise",
    "other",
    "others",
    "rather",
    "additional",
    // Small counts of people ("Two objectors, …, had challenged").
    "two",
    "three",
    "four",
    "five",
    "according",
    "additionally",
    "also",
    // "Another candidate, Doug Ducey, …": a word that counts people names no one.
    "another",
    "despite",
    // Numbers of people: "Dozens of faculty members …" names no one.
    "dozens",
    "hundreds",
    "scores",
    "thousands",
    "earlier",
    "finally",
    "furthermore",
    "however",
    "indeed",
    "instead",
    "judging",
    "later",
    "meanwhile",
    "moreover",
    "nevertheless",
    "still",
    "then",
    "therefore",
    "thus",
    "unlike",
    "yesterday",
    "today",
    // Adverbs, pronouns and prepositions that open a sentence and name no one
    // ("Perhaps", "Someone", "Along with …", "Significantly, …").
    "across",
    "along",
    "amid",
    "back",
    "anyone",
    "apparently",
    "certainly",
    "clearly",
    "currently",
    "enough",
    "early",
    "elsewhere",
    "eventually",
    "everyone",
    "given",
    "inside",
    "likewise",
    "maybe",
    "nearby",
    "never",
    "nobody",
    "notably",
    "often",
    "overall",
    "perhaps",
    "recently",
    "shortly",
    "significantly",
    "similarly",
    "someone",
    "soon",
    "sooner",
    "ultimately",
    "whenever",
    // Counts past the small ones ("Eight of them …", "Thirty percent …").
    "six",
    "eight",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    // Spans of time open sentences ("Hours before the game, …") and name no one.
    "days",
    "hours",
    "minutes",
    "moments",
    "months",
    "seconds",
    "weeks",
    "years",
];

pub(crate) fn is_role(folded: &str) -> bool {
    is_title(folded) || ROLES.contains(&folded) || is_nationality(folded)
}

/// A people's adjective ("Canadian", "Sudanese"), by its ending unless it is a given
/// name ("Julian", "Jillian", "Therese").
pub(super) fn is_nationality(w: &str) -> bool {
    (["ian", "ean", "ese", "ish"].iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        && !crate::lens::given::is_given_name(w))
        || matches!(
            w,
            "american"
                | "german"
                | "korean"
                | "mexican"
                | "african"
                | "cuban"
                | "moroccan"
                | "chilean"
                | "dutch"
                | "french"
                | "greek"
                | "swiss"
                | "thai"
                | "western"
                | "eastern"
                | "european"
                | "israeli"
                | "iraqi"
                | "pakistani"
                | "saudi"
                | "emirati"
                // A faith's adjective describes as a people's does ("Catholic bishop").
                | "catholic"
                | "protestant"
                | "evangelical"
                | "muslim"
                | "jewish"
                | "hindu"
                | "buddhist"
                | "mormon"
        )
}
