//! Names set off by commas, brackets or dashes, and descriptions between a name and its verb.

use super::*;

#[test]
fn an_inverted_verb_finds_the_name_set_off_after_a_description() {
    let text = "“We will appeal,” said the statement from the port's lawyer, Lena Holt.";
    assert_eq!(named(text), ["Lena Holt"]);
}

#[test]
fn a_tag_or_a_hometown_before_an_apposition_is_passed_over() {
    assert_eq!(
        named("Sen. Lena Holt, D-Ore., the chair of the panel, said the bill would pass."),
        ["Lena Holt"]
    );
    assert_eq!(named("Tom Berg, of Dayton, Ohio, said the road was shut."), ["Tom Berg"]);
    assert_eq!(named("His aide, Tom Berg, said the road was shut."), ["Tom Berg"]);
}

#[test]
fn a_long_apposition_before_the_verb() {
    let text = "The Harbour League, a group that sued the port in 2014 in an effort to stop \
                the plan and was the first to report the change on Tuesday, lashed out at \
                the press.";
    assert_eq!(named(text), ["Harbour League"]);
}

#[test]
fn a_party_member_s_description_and_a_number_of_people() {
    assert_eq!(named("Rep. Bob Berg, Democrat of Ohio, issued an apology."), ["Bob Berg"]);
    assert!(named("Dozens of teachers wrote a letter asking him to resign.").is_empty());
}

#[test]
fn a_span_of_time_and_a_title_inside_an_apposition() {
    assert_eq!(named("Press secretary Ben Ruiz last week downplayed the vote."), ["Ben Ruiz"]);
    assert_eq!(
        named("The Daily Planet, which hired Ms. Lena Holt last year, announced her exit."),
        ["Daily Planet"]
    );
}

#[test]
fn according_to_a_tie_set_off_by_a_name() {
    let text = "According to his uncle, Tom Berg, the family was away when it happened.";
    assert_eq!(named(text), ["Tom Berg"]);
    // A clause's subject after the description is not the source.
    let text = "According to his uncle, Tom Berg was away when it happened.";
    assert!(named(text).is_empty(), "{:?}", sources(text));
    let text = "According to the report, Tom Berg, 34, was away when it happened.";
    assert!(named(text).is_empty(), "{:?}", sources(text));
}

#[test]
fn stacked_descriptions_are_passed_back_to_the_name_before_them() {
    let text = "Ana Ruiz, president of the Harbour Trust, a charity here, criticized the plan.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "And Sen. Tom Berg, Democrat of Ohio, the majority leader, has promised a vote.";
    assert_eq!(named(text), ["Tom Berg"]);
    let text =
        "One rival, Tom Berg, the mayor of Dayton, who is a builder, said the pier was safe.";
    assert_eq!(named(text), ["Tom Berg"]);
    // One description is still one: the name before it.
    assert_eq!(named("Ana Ruiz, a charity director, said the pier was safe."), ["Ana Ruiz"]);
    // A clause before a description names no one in it.
    assert!(
        !named("In Dayton, where the Harbour Trust, a charity, said so, it rained.")
            .contains(&"Dayton".to_string())
    );
}

#[test]
fn two_names_set_off_after_a_description_both_speak() {
    let text = "The two senators, Ana Ruiz and Tom Berg, called on the council to act.";
    assert_eq!(named(text), ["Ana Ruiz", "Tom Berg"]);
    let text = "Its owners, Ana Ruiz and Tom Berg, said the pier was safe.";
    assert_eq!(named(text), ["Ana Ruiz", "Tom Berg"]);
}

#[test]
fn an_apposed_capitalised_office_with_a_place() {
    assert_eq!(
        named("Pankaj Pandey, Head of Research at ICICI Securities, pointed out that midcaps lag."),
        ["Pankaj Pandey"]
    );
    assert_eq!(
        named(
            "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case was clear."
        ),
        ["James P. Kennedy Jr."]
    );
}

#[test]
fn an_age_set_off_by_commas_is_passed_over_to_the_name() {
    let text = "Ana Ruiz, 35, the mother of two, said the pier was unsafe.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn an_age_and_a_hometown_set_off_stand_between_a_name_and_its_verb() {
    assert_eq!(named("Cory James, 22, of Flint, Mich., said he had hope."), ["Cory James"]);
    assert_eq!(named("Ana Ruiz, 29, of Huntsville, Ala., says her concern is heat."), ["Ana Ruiz"]);
}

#[test]
fn a_name_before_a_parenthesis_and_a_description_speaks() {
    assert_eq!(
        named(
            "Rep. Ana Ruiz (Mich.), a superdelegate supporting Berg, said she has spoken with many."
        ),
        ["Ana Ruiz"]
    );
    // "for instance" is no description: the name may be anyone's before it.
    assert!(!named("Tom Berg, who worked for Sen. Ana Ruiz (R-Tenn.), one of its architects, called it “significant.”").contains(&"Ana Ruiz".to_string()));
}

#[test]
fn a_party_tag_in_parentheses_then_a_comma_before_the_verb() {
    assert_eq!(named("Gov. Ana Ruiz (R-OH), said, “We are ready.”"), ["Ana Ruiz"]);
    assert_eq!(
        named("And Sen. Tom Berg (R-Ohio), another vulnerable incumbent, said he had not decided."),
        ["Tom Berg"]
    );
}

#[test]
fn a_name_set_off_after_a_thing_or_after_whose_is_not_the_speaker() {
    let text =
        "Ana Ruiz, the editor of the town's paper, The Dayton Herald, said the pier was shut.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Tom Berg, whose hometown, Dayton, is flooded, said the pier was shut.";
    assert_eq!(named(text), ["Tom Berg"]);
    // A person set off after a person's noun is still the speaker.
    assert_eq!(named("His nominee, Tom Berg, says the pier is shut."), ["Tom Berg"]);
    let text = "The pier is shut. However, one of her lawyers, Tom Berg, says it will open.";
    assert_eq!(named(text), ["Tom Berg"]);
    // "Another Twitter user" is a description; the name after it speaks.
    assert_eq!(named("“We're anxious,” said another Twitter user, Ana Ruiz."), ["Ana Ruiz"]);
}

#[test]
fn descriptions_that_end_in_a_name_or_sit_between_dashes() {
    let text = "Tom Berg, Mayor Holt's special envoy to the coalition fighting the Dayton \
                Front, tweeted that he welcomed the action.";
    assert_eq!(named(text), ["Tom Berg"]);
    for text in [
        "Mr. Berg - in a line aimed at Ms. Holt - declared that the pier must reopen.",
        "Mr. Berg — in a line aimed at Ms. Holt — declared that the pier must reopen.",
    ] {
        assert_eq!(named(text), ["Berg"], "{text}");
    }
    // A hyphen inside a word sets off nothing.
    assert!(named("The pro-Holt crowd - loud as ever - cheered.").is_empty());
}

#[test]
fn one_named_among_many_and_a_role_at_a_place() {
    let text = "Veterans at the rallies, including Mr. Berg, said they had no problem with it.";
    assert_eq!(named(text), ["Berg"]);
    let text = "“It was his first attempt,” said his best friend at Lehigh, Tom Berg, who \
                remembered it.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn set_off_names_after_a_party_tag_a_word_or_a_body() {
    let text = "Rep. Tom Berg (D-Va.), ranking member of the House committee, said he supports it.";
    assert_eq!(named(text), ["Tom Berg"]);
    let text = "Ana Ruiz, a professor who worked for Sen. Tom Berg (D-Va.), one of its authors, \
                called it “significant.”";
    assert!(!named(text).contains(&"Tom Berg".to_string()), "{:?}", named(text));
    let text = "Tom Berg, meanwhile, who sits on the board, said the pier was shut.";
    assert_eq!(named(text), ["Tom Berg"]);
    let text = "He had a say, said a former spokesman for Dayton's Port Authority, Tom Berg, who \
                worked with him.";
    assert_eq!(named(text), ["Tom Berg"]);
    // The set-off name may end a sentence a quotation follows.
    let text = "“We're anxious,” said another reader, Lena Holt. “The pier is next.”";
    assert_eq!(named(text), ["Lena Holt"]);
}

#[test]
fn initials_inside_a_description() {
    for text in [
        "Tom Berg, a D.C.-based radio host, recalled that the pier was shut.",
        "Tom Berg, a D.C. radio host, recalled that the pier was shut.",
    ] {
        assert_eq!(named(text), ["Tom Berg"], "{text}");
    }
}

#[test]
fn a_set_off_person_of_a_body_in_a_town() {
    let text = "One pastor backing Ms. Holt, Tom Berg of Grace Baptist Church in Dunmore, said he \
                had made 150 calls.";
    assert_eq!(named(text), ["Tom Berg"]);
}
