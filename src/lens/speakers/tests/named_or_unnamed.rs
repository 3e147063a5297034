//! Named or unnamed: institutions, forces and offices whole, descriptions that name no one.

use super::*;

#[test]
fn descriptions_are_unnamed_sources() {
    assert_eq!(unnamed("Officials said the pier would reopen."), ["officials"]);
    assert_eq!(unnamed("A senior official said the pier would reopen."), ["senior official"]);
    assert_eq!(unnamed("Sources told the agency the talks had stalled."), ["sources"]);
    assert_eq!(unnamed("Western diplomats said the talks had stalled."), ["Western diplomats"]);
    assert_eq!(unnamed("The talks stalled, according to two officials."), ["officials"]);
    assert_eq!(unnamed("“It is over,” said a senior diplomat."), ["senior diplomat"]);
    // An inverted verb's object that goes on is not its subject.
    assert!(sources("The list was read out and said many people returned home.").is_empty());
    // None of them is also given a name.
    for text in ["Officials said the pier would reopen.", "Traders said prices rose."] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
}

#[test]
fn definite_lower_case_institutions_are_named() {
    assert_eq!(named("Ships were hit, the defence ministry said."), ["defence ministry"]);
    assert_eq!(named("The talks stalled, according to the ministry."), ["ministry"]);
    assert_eq!(named("Norway's military denied the report."), ["Norway's military"]);
    assert_eq!(named("The port was hit, the US navy said."), ["US navy"]);
    // Not when the institution is where the speakers work.
    assert_eq!(unnamed("Officials at the ministry said the pier was shut."), ["officials"]);
    assert!(named("Officials at the ministry said the pier was shut.").is_empty());
}

#[test]
fn a_place_makes_its_police_a_named_institution() {
    assert_eq!(named("A man was hurt, Dayton police said."), ["Dayton police"]);
    // So do a force's own name and its members.
    let text = "Lake County Sheriff's deputies say the man was hurt.";
    assert_eq!(named(text), ["Lake County Sheriff"]);
    assert_eq!(named("Ohio State Patrol troopers said he fled."), ["Ohio State Patrol"]);
    assert!(named("Sheriff's deputies said the man was hurt.").is_empty());
    assert!(named("Three Lake County residents said the man was hurt.").is_empty());
    let got = across(&[
        "The National Park Service said the trail was shut.",
        "On Monday, the service said it would reopen.",
    ]);
    assert_eq!(got[1], ["National Park Service"]);
    let got = across(&[
        "Ohio Valley University said the dorm was shut.",
        "The university called it “isolated” and said classes go on.",
    ]);
    assert_eq!(got[1], ["Ohio Valley University"]);
}

#[test]
fn police_alone_is_unnamed_and_a_place_names_the_force() {
    for text in [
        "Police said the boys were home alone.",
        "The boys were home alone, police said.",
        "The boys were home alone, according to police.",
        "Troopers say the gun went off.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", sources(text));
        assert_eq!(unnamed(text).len(), 1, "{text}: {:?}", sources(text));
    }
    assert_eq!(named("Dayton police said the road was closed."), ["Dayton police"]);
    assert_eq!(named("The road was closed, according to Houston police."), ["Houston police"]);
}

#[test]
fn an_office_and_its_holder() {
    // The holder's possessive is inside the institution's name.
    assert_eq!(
        named("According to the Vanderburgh County Coroner’s Office, the boy died."),
        ["Vanderburgh County Coroner’s Office"]
    );
    // A named person's office speaks for them; the sheriff's office for itself.
    assert_eq!(
        named(
            "Jonathan Blodgett, the district attorney, says he surrendered. Blodgett’s office says they knew each other."
        ),
        ["Jonathan Blodgett", "Jonathan Blodgett"]
    );
    assert_eq!(named("The sheriff’s office confirms the boy was shot."), ["sheriff’s office"]);
}

#[test]
fn friends_and_a_neighbor_are_unnamed() {
    for text in [
        "Friends say she hoped to find work.",
        "Neighbor said the house was empty.",
        // One witness or resident, as many are.
        "A witness, who asked not to be named, said the house was empty.",
        "“It was quiet,” the witness said.",
        "One resident said the house was empty.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", sources(text));
        assert_eq!(unnamed(text).len(), 1, "{text}: {:?}", sources(text));
    }
}

#[test]
fn a_police_department_by_its_name_is_named_whole() {
    let text = "A man was shot, according to the Dayton Police Department.";
    assert_eq!(named(text), ["Dayton Police Department"]);
}

#[test]
fn a_capitalised_statement_noun_after_the_is_a_name() {
    let got = across(&["Tom Berg said the pier was shut.", "The Post noted that it reopened."]);
    assert_eq!(got[1], ["Post"]);
}

#[test]
fn medics_and_an_indictment_are_unnamed_sources() {
    assert!(named("Medics said the man was hurt.").is_empty());
    assert!(!unnamed("Medics said the man was hurt.").is_empty());
    assert!(!unnamed("“They hid the money,” the 47-page indictment says.").is_empty());
}

#[test]
fn a_description_with_a_phrase_after_it_is_unnamed() {
    for text in [
        "Family members of the child said the boys often played there.",
        "A spokesman for the U.S. attorney in Oslo said he could not comment.",
        "Friends of the victims told reporters they would wait.",
        "A spokesperson for HPD told reporters the shooting was an accident.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", sources(text));
        assert_eq!(unnamed(text).len(), 1, "{text}: {:?}", sources(text));
    }
    // A person's relative is no unnamed source by that alone.
    assert!(sources("The mother of the boy said he was kind.").is_empty());
}

#[test]
fn a_family_member_and_authorities_who_allege_are_unnamed() {
    assert_eq!(unnamed("A family member told us the boy was hurt."), ["member"]);
    assert_eq!(unnamed("Authorities allege the gun was unlocked."), ["authorities"]);
}

#[test]
fn records_that_show_and_what_is_reportedly_so_are_unnamed() {
    assert_eq!(unnamed("He was jailed in 2004, court records show."), ["records"]);
    assert_eq!(unnamed("The autopsy results showed he was shot."), ["results"]);
    assert_eq!(unnamed("He reportedly told officers he was home."), ["reportedly"]);
    assert!(sources("The photos show the pier at dusk.").is_empty());
}

#[test]
fn a_family_speaks_unnamed_not_as_the_one_it_belongs_to() {
    for text in [
        "Michael's family said he was always safe around guns.",
        "Rangel's family says her brother was moving his rifle.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", sources(text));
        assert_eq!(unnamed(text).len(), 1, "{text}: {:?}", sources(text));
    }
    // An adverb in "-ly" still stands between a subject and its verb.
    assert_eq!(named("Ana Ruiz repeatedly said the pier was safe."), ["Ana Ruiz"]);
}

#[test]
fn a_role_no_one_was_named_in_is_an_unnamed_source() {
    for text in
        ["Ana Ruiz's attorney confirmed the charges.", "The sheriff said the pier was shut."]
    {
        assert!(named(text).is_empty(), "{text}: {:?}", sources(text));
        assert_eq!(unnamed(text).len(), 1, "{text}: {:?}", sources(text));
    }
    // Named in that role before, it is the person.
    let got = across(&["Sheriff Tom Berg closed the pier.", "The sheriff said it was shut."]);
    assert_eq!(got[1], ["Tom Berg"]);
}

#[test]
fn a_family_by_its_surname_is_unnamed() {
    let got = sources_across(&[
        "Jaibreon Cook was a sophomore at Pensacola High School.",
        "The Cooks said his life was cut too short.",
    ]);
    assert_eq!(got[1], [("Cooks".to_string(), SourceKind::Unnamed)]);
    // A team of no one named before is itself.
    assert_eq!(named("The Yankees said the game was postponed."), ["Yankees"]);
}

#[test]
fn an_office_for_a_district_is_named_whole() {
    let text = "A man pleaded guilty, the U.S. Attorney’s Office for the Western District of New York announced Monday.";
    let found = named(text);
    assert!(
        found.iter().any(|n| n.contains("Attorney’s Office for the Western District")),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n == "Western District of New York" || n == "District"));
}

#[test]
fn an_association_or_a_chamber_is_named_whole() {
    for (text, want) in [
        ("The National Rifle Association said the bill was wrong.", "National Rifle Association"),
        ("The Alliance for Justice said the bill was wrong.", "Alliance for Justice"),
        ("The Chamber of Commerce said the bill was wrong.", "Chamber of Commerce"),
        (
            "The Society of Professional Journalists said it was wrong.",
            "Society of Professional Journalists",
        ),
    ] {
        assert_eq!(named(text), [want], "{text}");
    }
}

#[test]
fn the_country_before_a_body_is_part_of_its_name() {
    assert_eq!(
        named("The U.S. Chamber of Commerce said the rule would hurt firms."),
        ["U.S. Chamber of Commerce"]
    );
    assert_eq!(
        named("The US Chamber of Commerce said the rule would hurt firms."),
        ["US Chamber of Commerce"]
    );
    assert_eq!(named("The U.S. Army said the base would close."), ["U.S. Army"]);
    // Before a person it is still a title.
    assert_eq!(named("U.S. Sen. Ana Ruiz said the base would close."), ["Ana Ruiz"]);
}

#[test]
fn a_capitalised_insider_ends_a_title() {
    assert_eq!(named("Business Insider said the plan failed."), ["Business Insider"]);
    // Many, capitalised, are still unnamed.
    assert!(named("Senate Democrats said the plan failed.").is_empty());
    assert_eq!(unnamed("An insider said the plan failed."), ["insider"]);
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    assert_eq!(named("Tom Berg of the Dayton Fund told reporters, “We suffered.”"), ["Tom Berg"]);
    let text = "As Dr. Tom Berg of the Lutheran Synod of Dayton told the Herald, “We suffered.”";
    assert_eq!(named(text), ["Tom Berg"]);
    // With no person named in full before it, the body speaks.
    assert_eq!(named("Friends of the Dayton Fund said the pier was shut."), ["Dayton Fund"]);
}
