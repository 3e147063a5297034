//! What never speaks: weekdays, datelines, pronouns alone, counts, credit lines, owners.

use super::*;

#[test]
fn weekdays_and_months_never_speak() {
    assert!(named("The harbour authority said Tuesday that the pier would reopen.").is_empty());
    assert!(named("“We are ready,” said Wednesday a statement from the port.").is_empty());
    assert_eq!(named("“The pier is open,” said Ana Ruiz Thursday."), ["Ana Ruiz"]);
    assert!(named("The new tariffs, announced by March, hit grain exports.").is_empty());
}

#[test]
fn datelines_never_speak() {
    for text in [
        "OSLO — The talks resumed, Ana Ruiz said.",
        "LIMA, Peru (AP) — Ana Ruiz said the talks resumed.",
        "NAIROBI (Reuters) - Ana Ruiz said the talks resumed.",
    ] {
        assert_eq!(named(text), ["Ana Ruiz"], "{text}");
    }
    // An acronym opening a passage without a dash is no dateline.
    assert_eq!(named("OPEC said the cuts would hold."), ["OPEC"]);
}

#[test]
fn pronouns_never_speak_by_themselves() {
    for text in [
        "They said the talks would resume.",
        "It said the talks would resume.",
        "We said the talks would resume.",
        "“The talks will resume,” they said.",
    ] {
        assert!(sources(text).is_empty(), "{text}: {:?}", sources(text));
    }
    // "He said" is still given to the person just cited.
    assert_eq!(
        named("Ana Ruiz said the pier was shut. She said it would reopen."),
        ["Ana Ruiz", "Ana Ruiz"]
    );
}

#[test]
fn the_outlet_told_is_not_a_source() {
    assert_eq!(named("Ana Ruiz told CNN the pier was open."), ["Ana Ruiz"]);
    assert_eq!(named("“It is shut,” Tom Berg told the Daily Planet."), ["Tom Berg"]);
}

#[test]
fn groups_participles_and_objects_are_no_named_source() {
    let text = "More than a dozen House and Senate Democrats also have said they will skip it.";
    assert!(named(text).is_empty(), "{:?}", sources(text));
    assert!(named("Proponents say the law protects vendors.").is_empty());
    let text = "Asserting that the law was not about discrimination, Mr. Pence said it was fair.";
    assert_eq!(named(text), ["Pence"]);
    // A verb of saying with a subject of its own is no inversion.
    let text = "Three women who claimed Moore pursued them spoke to the paper.";
    assert!(named(text).is_empty(), "{:?}", sources(text));
    assert_eq!(named("The talks will resume, said Ana Ruiz."), ["Ana Ruiz"]);
}

#[test]
fn a_name_after_a_quantifier_is_no_one_in_particular() {
    let text = "Every Harbour Trust signed the letter, promising to block the plan.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn another_counts_people_and_names_no_one() {
    let text = "Another candidate, Tom Berg, the state treasurer, hedged, saying he would wait.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn abbreviated_months_name_no_one() {
    let found = named("The quarter ended Sept. 29, and McClatchy said its finances were impaired.");
    assert_eq!(found, ["McClatchy"]);
}

#[test]
fn a_title_case_dateline_with_a_postal_code_is_no_source() {
    let text =
        "New York, NY – With engagement moving to phones, Ana Ruiz said the firm would grow.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn conjunctions_counts_and_party_adjectives_are_no_speakers() {
    for text in [
        "Although in September she said her decision was a mistake, she stood by it.",
        "Many of the closures, he said, have involved public courses.",
        "Last month, he suggested that the plan should be dropped.",
        "Two objectors had challenged the bid, contending that it did not comply.",
        "“He is the best recruiter,” she said. “They are showing videos.”",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
    // A party's adjective before a person's role does not make the party speak.
    let text = "Democratic front-runner Ana Ruiz said the pier would reopen.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_town_before_a_wire_in_brackets_is_a_dateline() {
    // The clause a participle ends opens after it: "saying" is not the town's.
    for text in [
        "Lima (AFP) – Ana Ruiz took a swipe at the plan, saying it would fail.",
        "New York (Reuters) - Ana Ruiz took a swipe at the plan, saying it would fail.",
    ] {
        assert_eq!(named(text), ["Ana Ruiz"], "{text}");
    }
}

#[test]
fn a_title_case_headline_joins_no_names() {
    let got =
        across(&["Bolton and Gorka Slam ‘Neocons For Hillary.’", "“I am disturbed,” Gorka said."]);
    assert_eq!(got[1], ["Gorka"]);
}

#[test]
fn a_reporters_credit_line_cites_no_one() {
    for text in [
        "Wolf reported from Washington.",
        "Phillip reported from Oakland, Calif.; Gearan, from Washington.",
    ] {
        assert!(sources(text).is_empty(), "{text}: {:?}", sources(text));
    }
    // What was reported from a place is still reported.
    assert_eq!(named("Ana Ruiz reported from Kyiv that the talks had stalled."), ["Ana Ruiz"]);
}

#[test]
fn places_faiths_and_verbs_of_talk_are_no_one() {
    // A faith's adjective alone is no name.
    assert_eq!(
        named("His Catholic faith is important to him, and he said he often thinks of it."),
        Vec::<String>::new()
    );
    // "to chat with" is a verb, not a talk the partner speaks in.
    assert_eq!(
        named("He was excited to chat with Mr. Berg and float his idea."),
        Vec::<String>::new()
    );
    // A place in nature is no one "he" refers to.
    let sea =
        ["The Aral Sea shrank to a tenth of its size.", "\"I'm not a climatologist,\" he said."];
    assert_eq!(across(&sea), [Vec::<String>::new(), vec![]]);
    assert_eq!(named("Late last month, Ana Ruiz wrote a letter to the president."), ["Ana Ruiz"]);
}

#[test]
fn an_owner_is_no_speaker_but_the_person_it_qualifies_is() {
    for text in [
        "Tom Berg, host of a morning show, suggested business mogul Ana Ruiz’s refusal could cost her.",
        "He faces two years in prison, according to Berg's plea agreement.",
    ] {
        assert!(
            !named(text).iter().any(|n| n.contains("Ruiz") || n == "Berg"),
            "{text}: {:?}",
            named(text)
        );
    }
    assert_eq!(
        named("An article written by Harbour Review’s Ian Berg accuses the port."),
        ["Ian Berg"]
    );
    assert_eq!(
        named("The port made 300 false claims, according to The Harbour Post's Fact Checker."),
        ["Harbour Post"]
    );
}
