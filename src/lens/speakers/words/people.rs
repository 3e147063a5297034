//! Words for people: titles, roles and ties that make a capitalised word a
//! description rather than a name, and what they tell of whom they stand for.

/// Titles written short, with a full stop ("Sen.", "Gov.").
pub(in crate::lens::speakers) fn abbreviated(w: &str) -> bool {
    crate::lens::names::abbreviated_title(w)
}

/// A person's possessive that stands where an article would ("his lawyer", "her mother").
pub(in crate::lens::speakers) fn owner_pronoun(w: &str) -> bool {
    matches!(w, "his" | "her" | "their")
}

/// Lower-case words after a capitalised word that make it a description, not a name
/// ("Ukrainian sources", "Western officials", "Moscow analysts").
pub(in crate::lens::speakers) const DESCRIBED: &[&str] = &[
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

/// Nouns between a descriptive capitalised word and a name ("Russia specialist X").
pub(in crate::lens::speakers) const ROLE_NOUNS: &[&str] = &[
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
pub(in crate::lens::speakers) const PERSON_NOUNS: &[&str] = &[
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
pub(in crate::lens::speakers) fn kin(w: &str) -> Option<&'static str> {
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
pub(in crate::lens::speakers) fn person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(&w) || ROLE_NOUNS.contains(&w) || PERSON_ROLES.contains(&w)
}

/// Nouns of office or role that, made definite ("the sheriff said", "the Texas
/// governor"), stand for a person named before in the article.
pub(in crate::lens::speakers) const PERSON_ROLES: &[&str] = &[
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
pub(in crate::lens::speakers) fn roles_of_title(w: &str) -> &'static [&'static str] {
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
pub(in crate::lens::speakers) fn gender_of(w: &str) -> Option<bool> {
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
