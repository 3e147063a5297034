//! The words attributions are made of: verbs of saying in their positions, what may
//! stand between a subject and its verb, and the words that make a capitalised word a
//! description rather than a name.

/// Verbs of saying after their subject ("Peskov said").
pub(super) const VERBS: &[&str] = &[
    "accused",
    "accuses",
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "allege",
    "alleged",
    "alleges",
    "announced",
    // Belief and forecast with content ("Home Depot expects sales to grow").
    "anticipates",
    "announces",
    "apologised",
    "apologises",
    "apologized",
    "apologizes",
    "argued",
    "argues",
    "asked",
    "asks",
    "assailed",
    "asserted",
    "asserts",
    "attributed",
    "attributes",
    "believe",
    "believed",
    "believes",
    "blasted",
    "castigated",
    "cautioned",
    "cautions",
    "cited",
    "claimed",
    "claims",
    "commented",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "condemned",
    "confirmed",
    "confirms",
    "contended",
    "contends",
    "countered",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "declared",
    "declares",
    "decried",
    "demanded",
    "denied",
    "denies",
    "denounced",
    "denounces",
    "disputed",
    "downplayed",
    // "Jared Potts echoed:": saying the same again (not "echoed by", a passive).
    "echoed",
    "echoes",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "expects",
    "explained",
    "explains",
    "expressed",
    "forecasts",
    "hinted",
    "indicated",
    "insisted",
    "insists",
    "interjected",
    "joked",
    "lamented",
    "laments",
    "lauded",
    "maintained",
    "maintains",
    "mentioned",
    "noted",
    "notes",
    "observed",
    "observes",
    "pledged",
    "posted",
    "praised",
    "praises",
    "predicted",
    "predicts",
    "promised",
    "questioned",
    "quipped",
    "reasoned",
    "reiterated",
    "reiterates",
    "quoted",
    "recalled",
    "recalls",
    "remembered",
    "remembers",
    "recorded",
    "recounted",
    "remarked",
    "replied",
    "reported",
    "reports",
    "responded",
    "responds",
    "revealed",
    "reveals",
    "said",
    "say",
    "says",
    "scoffed",
    "slammed",
    "speculated",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "testified",
    "thinks",
    "told",
    "tweeted",
    "tweets",
    "urged",
    "urges",
    "voiced",
    "vowed",
    "vows",
    "warned",
    "warns",
    "wondered",
    "writes",
    "wrote",
];
/// Verbs that may stand before their subject ("…,” said Nixey; writes Politico).
pub(super) const INVERTED: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "agrees",
    "announced",
    "announces",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "asserts",
    "cautioned",
    "cautions",
    "claimed",
    "claims",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "continued",
    "countered",
    "declared",
    "declares",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "lamented",
    "laments",
    "noted",
    "notes",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "quipped",
    "recalled",
    "recalls",
    "recounted",
    "remarked",
    "replied",
    "reported",
    "reports",
    "responded",
    "responds",
    "said",
    "says",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tweeted",
    "tweets",
    "warned",
    "warns",
    "wondered",
    "writes",
    "wrote",
];
/// Participles whose speaker is the subject of their clause ("…, saying").
pub(super) const PARTICIPLES: &[&str] = &[
    "accusing",
    "acknowledging",
    "adding",
    "admitting",
    "announcing",
    "arguing",
    "asking",
    "asserting",
    "citing",
    "claiming",
    "complaining",
    "conceding",
    "concluding",
    "contending",
    "criticising",
    "criticizing",
    "declaring",
    "demanding",
    "denying",
    "emphasising",
    "emphasizing",
    "explaining",
    "insisting",
    "noting",
    "pledging",
    "praising",
    "predicting",
    "promising",
    "recalling",
    "reporting",
    "saying",
    "stating",
    "stressing",
    "suggesting",
    "telling",
    "tweeting",
    "urging",
    "vowing",
    "warning",
    "writing",
];
/// Past participles that name their speaker after "by" ("announced by Meloni").
pub(super) const PASSIVE: &[&str] = &[
    "announced",
    "argued",
    // "Asked by Matt Lauer whether she had practised": the interviewer's question.
    "asked",
    "cited",
    "explained",
    "noted",
    "predicted",
    "quoted",
    "reported",
    "revealed",
    "stated",
    "written",
];
/// Words allowed between a subject and its verb ("Peskov himself said").
pub(super) const BETWEEN: &[&str] = &[
    "again",
    // "Ruiz and Berg have both argued", "they all said", "has since apologised".
    "all",
    "already",
    "also",
    "always",
    "are",
    "both",
    "could",
    "did",
    "does",
    "earlier",
    "even",
    "first",
    "frequently",
    "further",
    "had",
    // "Carter however said".
    "however",
    "has",
    "have",
    "herself",
    "himself",
    "initially",
    "is",
    "itself",
    "just",
    "later",
    "long",
    "may",
    "meanwhile",
    "might",
    "never",
    "now",
    "often",
    "once",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "repeatedly",
    "reportedly",
    "since",
    "sometimes",
    "still",
    "themselves",
    "then",
    "today",
    "tonight",
    "too",
    "twice",
    "was",
    "were",
    "will",
    "would",
    "yesterday",
];
/// Lower-case words after a capitalised word that make it a description, not a name
/// ("Ukrainian sources", "Western officials", "Moscow analysts").
pub(super) const DESCRIBED: &[&str] = &[
    "account",
    "accounts",
    "aide",
    "aides",
    "allies",
    "analyst",
    "analysts",
    "army",
    "authorities",
    "commentators",
    "data",
    "diplomat",
    "diplomats",
    "estimates",
    "expert",
    "experts",
    "figures",
    "forces",
    "government",
    "intelligence",
    "lawmakers",
    "leader",
    "leaders",
    "legislators",
    "media",
    "members",
    "military",
    "minister",
    "observers",
    "officer",
    "officers",
    "official",
    "officials",
    "partners",
    "people",
    "president",
    "press",
    "report",
    "reports",
    "representatives",
    "senators",
    "side",
    "source",
    "speaker",
    "sources",
    "spokesman",
    "spokeswoman",
    "troops",
    "voters",
];

/// Every word that can start an attribution, for a quick first test of each word.
pub(super) fn cues() -> &'static std::collections::HashSet<&'static str> {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let extra = [
            "according",
            "quoting",
            "quoted",
            "cited",
            "view",
            "pointing",
            "calling",
            "lashed",
            "spoke",
            "pointed",
            "put",
            "agreed",
            "agrees",
            "disagreed",
            "disagrees",
            "issued",
            "issues",
            "released",
            "releases",
            "sent",
            "sends",
            "unveiled",
            "unveils",
            "made",
            "makes",
            "make",
            "offered",
            "offers",
            "published",
            "publishes",
            "reportedly",
            "show",
            "shows",
            "showed",
            "ran",
            "runs",
            "raised",
            "raises",
            "defended",
            "defending",
            "defends",
            "defend",
            "identified",
            "identifies",
            "referred",
        ];
        VERBS
            .iter()
            .chain(PARTICIPLES)
            .chain(INVERTED)
            .chain(PASSIVE)
            .chain(NAMING)
            .chain(GONE_ON_TO)
            .chain(STATEMENTS)
            .chain(CONVERSATIONS)
            .chain(&extra)
            .copied()
            .collect()
    })
}

/// Titles written short, with a full stop ("Sen.", "Gov.").
pub(super) fn abbreviated(w: &str) -> bool {
    crate::lens::names::abbreviated_title(w)
}

pub(super) fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the")
}

/// A person's possessive that stands where an article would ("his lawyer", "her mother").
pub(super) fn owner_pronoun(w: &str) -> bool {
    matches!(w, "his" | "her" | "their")
}

/// Nouns between a descriptive capitalised word and a name ("Russia specialist X").
pub(super) const ROLE_NOUNS: &[&str] = &[
    "activist",
    "adviser",
    "advisor",
    "aide",
    "ally",
    "analyst",
    "anchor",
    "author",
    "billionaire",
    "businessman",
    "businesswoman",
    "challenger",
    "columnist",
    "commentator",
    "confidant",
    "constituent",
    "consultant",
    "contender",
    "correspondent",
    "delegate",
    "donor",
    "economist",
    "editor",
    "entrepreneur",
    "executive",
    "expert",
    "fellow",
    "founder",
    "frontrunner",
    "historian",
    "hopeful",
    "host",
    "journalist",
    "lobbyist",
    "manager",
    "member",
    "moderator",
    "mogul",
    "nominee",
    "official",
    "operative",
    "organizer",
    "pollster",
    "professor",
    "pundit",
    "reporter",
    "researcher",
    "runner",
    "scholar",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "supporter",
    "tycoon",
    "volunteer",
    "voter",
    "writer",
];

/// Nouns for a person's tie to a story, set in lower case before their name ("said
/// neighbor Leona Flannery", "according to his uncle, Greg Johnston").
pub(super) const PERSON_NOUNS: &[&str] = &[
    "advocate",
    "aunt",
    "brother",
    "classmate",
    "cousin",
    "customer",
    "daughter",
    "employee",
    "fan",
    "father",
    "friend",
    "grandfather",
    "grandmother",
    "husband",
    "mother",
    "neighbor",
    "neighbour",
    "owner",
    "protester",
    "reader",
    "resident",
    "sister",
    "son",
    "student",
    "teacher",
    "uncle",
    "user",
    "viewer",
    "wife",
    "witness",
    "worker",
];

/// A family tie that, made definite or owned ("the mother", "his Mom"), stands for the
/// one named before with that tie ("his mother Lee Anna Richardson"), as
/// [`PERSON_NOUNS`] writes it. Not a friend or a neighbour: "her friend said" is often
/// someone else's friend.
pub(super) fn kin(w: &str) -> Option<&'static str> {
    match w {
        "mom" | "mum" | "mommy" => Some("mother"),
        "dad" | "daddy" => Some("father"),
        "classmate" | "friend" | "neighbor" | "neighbour" | "owner" | "resident" | "witness" => {
            None
        }
        _ => PERSON_NOUNS.iter().find(|n| **n == w).copied(),
    }
}

/// Whether a lower-case noun is a person's tie or role ("neighbor", "spokesperson",
/// "lawyer").
pub(super) fn person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(&w) || ROLE_NOUNS.contains(&w) || PERSON_ROLES.contains(&w)
}

/// Nouns of office or role that, made definite ("the sheriff said", "the Texas
/// governor"), stand for a person named before in the article.
pub(super) const PERSON_ROLES: &[&str] = &[
    "attorney",
    "candidate",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "commissioner",
    "congressman",
    "congresswoman",
    "coroner",
    "detective",
    "director",
    "general",
    "governor",
    "judge",
    "lawmaker",
    "lawyer",
    "lieutenant",
    "magistrate",
    "mayor",
    "minister",
    "president",
    "prosecutor",
    "representative",
    "secretary",
    "senator",
    "sergeant",
    "sheriff",
    "speaker",
    "suspect",
    "victim",
];

/// The roles an abbreviated title gives its holder ("Gov." → the governor).
pub(super) fn roles_of_title(w: &str) -> &'static [&'static str] {
    match w {
        "gov" => &["governor"],
        "sen" => &["senator", "lawmaker"],
        "rep" | "representative" => &["representative", "congressman", "congresswoman", "lawmaker"],
        "congressman" => &["congressman", "representative", "lawmaker"],
        "congresswoman" => &["congresswoman", "representative", "lawmaker"],
        "atty" => &["attorney"],
        _ => &[],
    }
}

/// What a title or an apposition tells of a person's sex, for "he" and "she":
/// `Some(true)` female, `Some(false)` male.
pub(super) fn gender_of(w: &str) -> Option<bool> {
    match w {
        "ms" | "mrs" | "miss" | "woman" | "mother" | "daughter" | "wife" | "sister"
        | "grandmother" | "greatgrandmother" | "aunt" | "girlfriend" | "congresswoman"
        | "chairwoman" | "spokeswoman" | "actress" | "queen" | "she" | "her" => Some(true),
        "mr" | "man" | "father" | "son" | "husband" | "brother" | "grandfather"
        | "greatgrandfather" | "uncle" | "boyfriend" | "congressman" | "chairman" | "spokesman"
        | "actor" | "king" | "he" | "him" | "his" => Some(false),
        _ => None,
    }
}

/// Nouns for a statement a source issued ("the statement said"): it speaks for the
/// source cited last.
pub(super) const STATEMENTS: &[&str] =
    &["announcement", "email", "letter", "post", "release", "statement", "tweet"];

/// What officers respond to when "responded" is not a verb of saying ("responded to
/// an accidental shooting", "responded to the scene").
pub(super) const CALLS: &[&str] = &[
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

/// Verbs of naming: they cite their subject when a quote follows ("called it “vile”").
pub(super) const NAMING: &[&str] = &[
    "branded",
    "called",
    "calls",
    "described",
    "describes",
    "dismissed",
    "dubbed",
    "labeled",
    "labelled",
    "rejected",
    "termed",
];

/// Nouns of talk between people: "in a fireside chat with Marc Benioff", "the debate
/// between Johnson and Corbyn" cite whom it was with. Not "interview": "in an interview
/// with CNN" is the outlet asking, not speaking. Not "talks": "to resume the talks with
/// Kim Jong-un" is a negotiation, and in news of wars and ceasefires every party to one
/// would be listed as a source of the article's words.
pub(super) const CONVERSATIONS: &[&str] = &["chat", "conversation", "debate", "discussion"];

/// Verbs of saying in their plain form, after "went on to" ("Ana Ruiz went on to praise
/// the crew"): they speak for the subject of "went".
pub(super) const GONE_ON_TO: &[&str] = &[
    "accuse",
    "add",
    "argue",
    "blast",
    "call",
    "claim",
    "condemn",
    "criticise",
    "criticize",
    "declare",
    "deny",
    "describe",
    "explain",
    "express",
    "insist",
    "note",
    "praise",
    "predict",
    "say",
    "slam",
    "suggest",
    "tell",
    "urge",
    "warn",
];

/// What is issued when a source speaks by issuing it ("issued an apology").
pub(super) const ISSUED: &[&str] = &[
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
pub(super) const MADE: &[&str] =
    &["announcement", "argument", "arguments", "comments", "pitch", "remarks", "statement"];

/// What is said when it is offered ("offered a dire assessment", "offered his view").
pub(super) const OFFERED: &[&str] = &[
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
pub(super) const RAISED: &[&str] = &["concern", "concerns", "doubts", "objections", "questions"];

/// Nouns for a firm, which a firm's own name rarely ends with: made definite ("the
/// company", "the tech giant") they refer back to the last organisation named.
pub(super) const FIRMS: &[&str] = &[
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

/// Forms of "be" that make a following participle passive.
pub(super) const BE: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];
