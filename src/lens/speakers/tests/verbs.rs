//! Verbs of saying: their tenses, participles and inversions, and what may stand before them.

use super::*;

#[test]
fn verbs_of_criticism_cite_their_subject() {
    assert_eq!(named("President Trump assailed Democrats on Wednesday."), ["Trump"]);
    assert_eq!(named("Representative Ron Paul scoffed at the plan."), ["Ron Paul"]);
}

#[test]
fn praise_cites_its_subject_and_a_he_after_it() {
    let got = across(&[
        "Mayor Tom Berg said the pier would reopen.",
        "Former Speaker of the Senate Ana Ruiz lauded the crews. She said they had worked hard.",
    ]);
    assert_eq!(got[1], ["Ana Ruiz", "Ana Ruiz"]);
    // The office a role holds is no part of the holder's name.
    assert_eq!(named("Secretary of the Navy Tom Berg said the pier was shut."), ["Tom Berg"]);
    assert_eq!(named("The Speaker of the House said the pier was shut."), ["Speaker of the House"]);
}

#[test]
fn more_verbs_of_saying() {
    for verb in ["praised", "cited", "vowed", "condemned", "demanded"] {
        let text = format!("Tom Berg {verb} the crew's work.");
        assert_eq!(named(&text), ["Tom Berg"], "{text}");
    }
}

#[test]
fn the_subject_of_a_passive_is_spoken_of() {
    assert!(named("Tom Berg was widely criticized for the plan.").is_empty());
    assert!(named("Lena Holt was told the road was shut.").is_empty());
    // "Is said to" and "was quoted" still cite their subject.
    assert_eq!(named("Tom Berg is said to favour the plan."), ["Tom Berg"]);
}

#[test]
fn went_on_to_say_speaks_for_the_subject_of_went() {
    assert_eq!(named("Tom Berg went on to praise the crew for its work."), ["Tom Berg"]);
    assert_eq!(named("Lena Holt went on to call the plan “a fraud.”"), ["Lena Holt"]);
    assert!(named("Lena Holt went on to call her brother.").is_empty());
    assert!(named("Tom Berg went on to win the race.").is_empty());
    // So does "continued to".
    assert_eq!(named("But Mr. Tom Berg has continued to express doubt."), ["Tom Berg"]);
    assert!(named("Tom Berg continued to search the pier.").is_empty());
}

#[test]
fn lashing_out_and_asking_are_speaking() {
    assert_eq!(named("Lena Holt lashed out at the press on Monday."), ["Lena Holt"]);
    assert_eq!(named("Tom Berg stood up, asking the crew to leave."), ["Tom Berg"]);
}

#[test]
fn more_participles_of_saying_and_none_after_an_article() {
    let text = "Ana Ruiz railed against the plan, promising a vote within a week.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Tom Berg was not suggesting any delay, an aide said.";
    assert_eq!(named(text), ["Tom Berg"]);
    assert!(named("Ana Ruiz, a promising striker, joined the club.").is_empty());
}

#[test]
fn more_participles_of_saying() {
    assert_eq!(
        named("The Harbour Trust came out against the plan, stating that it was unsafe."),
        ["Harbour Trust"]
    );
}

#[test]
fn a_name_before_reports_as_its_verb_speaks() {
    assert_eq!(named("KXYZ reports the pier was shut."), ["KXYZ"]);
    assert!(named("Harbour reports of a fire were false.").is_empty());
}

#[test]
fn voicing_or_expressing_a_view_is_saying() {
    assert_eq!(named("Ana Ruiz had voiced support for the plan."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg expressed doubts about the pier."), ["Tom Berg"]);
    // A party before its members is no one: "Harbour senators" are a kind of people.
    let text = "The two Harbour senators met, and the firms wrote and expressed doubts.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn continuing_and_reasoning_are_speaking() {
    let got =
        across(&["“We are ready,” Ana Ruiz said.", "“We will open the port,” she continued."]);
    assert_eq!(got, [["Ana Ruiz"], ["Ana Ruiz"]]);
    assert!(
        across(&["Tom Berg was seen at the pier.", "He continued to search the woods."])[1]
            .is_empty()
    );
    assert_eq!(named("Ana Ruiz reasoned that the port would reopen."), ["Ana Ruiz"]);
}

#[test]
fn a_name_right_after_an_inverted_verb_speaks() {
    let text = "The reading of the charter on the floor of the Senate, a rite of the new \
                rules, serves two ends, said Representative Ana Ruiz, Democrat of Ohio.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // A name the verb's clause goes on from is what was said, not who said it.
    assert_eq!(named("Ana Ruiz, the mayor, said Tom Berg was wrong."), ["Ana Ruiz"]);
}

#[test]
fn a_body_which_said_speaks_and_speaking_out_is_speaking() {
    assert_eq!(
        named("The ad was denounced by the Human Rights Campaign, which said it was wrong."),
        ["Human Rights Campaign"]
    );
    assert_eq!(named("Ana Ruiz today spoke out against the attacks."), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz spoke with reporters at the pier.").is_empty());
}

#[test]
fn the_common_turns_of_attribution_in_news_copy() {
    for text in [
        "As Ana Ruiz put it, the pier is a lifeline.",
        "Ana Ruiz has long argued that the pier is safe.",
        "Ana Ruiz agreed that the pier was safe.",
        "Ana Ruiz disagreed, saying the pier was unsafe.",
        "Ana Ruiz mentioned that the pier was safe.",
        "Ana Ruiz contends the pier is open.",
        "Ana Ruiz was quoted as saying the pier was safe.",
        "In an interview with CNN, Ana Ruiz said the pier was safe.",
        "Ana Ruiz wrote on Twitter that the pier was safe.",
        "Ana Ruiz testified that the pier was safe.",
        "Ana Ruiz argued in a court filing that the pier was safe.",
    ] {
        assert_eq!(named(text), ["Ana Ruiz"], "{text}");
    }
    assert_eq!(
        named("The pier was safe, according to a statement from the Harbour Trust."),
        ["Harbour Trust"]
    );
    // Agreeing to a deal, putting something down, not speaking at all.
    for text in [
        "Ana Ruiz agreed to a deal on the pier.",
        "Ana Ruiz put the boxes on the pier.",
        "Ana Ruiz declined to comment.",
        "Ana Ruiz could not be reached for comment.",
        "Ana Ruiz walked to the pier.",
    ] {
        assert!(sources(text).is_empty(), "{text}: {:?}", sources(text));
    }
}

#[test]
fn a_forecast_cites_who_makes_it() {
    assert_eq!(named("Harbour Trust expects rents to fall 4 percent."), ["Harbour Trust"]);
    assert!(named("The storm is expected to reach Harbour Trust land.").is_empty());
}

#[test]
fn attributing_is_claiming() {
    assert_eq!(named("Ana Ruiz attributed the rally to the court's ruling."), ["Ana Ruiz"]);
}

#[test]
fn telling_accusing_and_present_tense_verbs_of_saying() {
    let text =
        "Ana Ruiz, vice chairwoman of the fund, emailed supporters, telling them, “I am proud.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz is telling customers at a breakfast spot that “I need you tomorrow.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz accuses Tom Berg of a smear over her record.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn asked_after_a_question_responds_and_interjected_speak() {
    let asked = "“Why should it be taken from him?” asked Ana Ruiz, now a radio host.";
    assert_eq!(named(asked), ["Ana Ruiz"]);
    assert_eq!(named("Ana Ruiz responds that she needs no guidelines."), ["Ana Ruiz"]);
    assert_eq!(named("She spoke on, to which Tom Berg interjected: “Not true.”"), ["Tom Berg"]);
    let moderator = "In other words, explained CBS moderator Ana Ruiz: “What does it matter?”";
    assert_eq!(named(moderator), ["Ana Ruiz"]);
}

#[test]
fn asked_by_an_interviewer_cites_the_interviewer() {
    let text = "Asked by Matt Lauer whether she had practised, Ana Ruiz said she read it once.";
    assert_eq!(named(text), ["Matt Lauer", "Ana Ruiz"]);
    assert_eq!(
        named("Ana Ruiz was asked by host John Dickerson whether the plan would work."),
        ["John Dickerson"]
    );
}

#[test]
fn speech_going_on_and_adverbs_between() {
    // "is calling for", "was quick to add": the subject speaks.
    assert_eq!(named("Senator Ana Ruiz is calling for the port to reopen."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg was quick to add that the pier is safe."), ["Tom Berg"]);
    assert!(named("Ana Ruiz was calling on Monday.").is_empty());
    assert!(named("Tom Berg was quick to leave the pier.").is_empty());
    // "both", "since", "sometimes" may stand between a subject and its verb.
    assert_eq!(
        named("Ana Ruiz and Tom Berg have both argued that the pier is unsafe."),
        ["Ana Ruiz", "Tom Berg"]
    );
    assert_eq!(named("Ana Ruiz has since apologized for the delay."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg has sometimes acknowledged the figure."), ["Tom Berg"]);
}

#[test]
fn more_forms_of_saying_cite_their_subject() {
    for t in [
        // "as … put it" with an apposition between.
        "Or, as Ana Ruiz, a former secretary of state, put it: ''The barbarians are inside.''",
        // Going on saying it.
        "Ana Ruiz is continuing to insist she will release the transcripts.",
        // A statement whose noun is a compound.
        "Facing criticism, Ana Ruiz released a follow-up statement on Saturday night.",
        // "then" joins a second verb to the first one's subject.
        "Ana Ruiz offered the man a job, then says she will welcome advice.",
        "Ana Ruiz offered the man a job, and then said she would hire him.",
        // A participle's phrase between the name and its verb.
        "Sen. Ana Ruiz, facing a spirited challenge in Iowa, a swing state, said she would welcome Berg.",
        // The role before the name of a clause's subject.
        "Republican presidential front-runner Ana Ruiz is insisting that she has “expanded the party.”",
    ] {
        assert_eq!(named(t), ["Ana Ruiz"], "{t}");
    }
}

#[test]
fn present_tense_before_its_subject_and_a_longer_time_between() {
    assert_eq!(named("\"I'm a voter,\" declares Ana Ruiz, 27, a Navy veteran."), ["Ana Ruiz"]);
    assert_eq!(named("“It is over,” concedes Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(
        named(
            "Ana Ruiz, the party chairwoman, this past week announced the creation of a website."
        ),
        ["Ana Ruiz"]
    );
}
