//! Deeds that are words (issuing, calling on, naming) and deeds that are not (scoring, winning).

use super::*;

#[test]
fn answering_a_call_is_not_speaking() {
    assert!(
        named("The Marion County Sheriff's Department responded to an accidental shooting.")
            .is_empty()
    );
    assert_eq!(
        named("The Marion County Sheriff's Department responded to the criticism."),
        ["Marion County Sheriff's Department"]
    );
    // Nor is a force going to a place.
    assert!(sources("Deputies responded to a farmhouse near Woodburn.").is_empty());
    assert!(named("Dayton Police Department responded to the Best Inn on Tuesday.").is_empty());
    assert!(sources("Police responded about 2:20 p.m. Sunday.").is_empty());
    assert_eq!(unnamed("Police responded that the road was shut."), ["police"]);
}

#[test]
fn naming_with_a_quote_is_speaking() {
    assert_eq!(named("Chelsea Clinton called it “vile and wrong” in a post."), ["Chelsea Clinton"]);
    assert_eq!(named("Ana Ruiz described the plan as “a fraud.”"), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz called her mother on Monday.").is_empty());
    // The quote may stand further on, after what is named and its owner.
    let text = "Tom Berg on Tuesday called the harbour board's plans for the old pier “reckless.”";
    assert_eq!(named(text), ["Tom Berg"]);
    // Not past a clause of its own, nor past a participle's few words.
    let text = "Tom Berg called the harbour board on Monday, and its chair told him “no.”";
    assert!(!named(text).contains(&"Tom Berg".to_string()), "{:?}", sources(text));
    let text = "Plans put forward by Tom Berg calling for a new harbour wall make the port “a fortress,” Lena Holt said.";
    assert_eq!(named(text), ["Lena Holt"]);
}

#[test]
fn issuing_an_apology_is_speaking_and_documents_are_not() {
    assert_eq!(named("Rep. Tom Berg issued an apology on Monday."), ["Tom Berg"]);
    assert_eq!(
        named("The Harbour Agency issued a report Tuesday claiming the pier was safe."),
        ["Harbour Agency"]
    );
    assert!(named("Tom Berg issued new permits on Monday.").is_empty());
}

#[test]
fn calling_on_someone_is_asking() {
    assert_eq!(named("Ana Ruiz called on the council to close the pier."), ["Ana Ruiz"]);
    assert_eq!(named("The Harbour Trust calls on the council to act."), ["Harbour Trust"]);
    // A day, being called on, or calls as a noun are no asking.
    assert!(named("Tom Berg called on Monday to book a table.").is_empty());
    assert!(named("Ana Ruiz was called on to testify.").is_empty());
    assert!(named("Amid calls on her to quit, Ana Ruiz stayed on.").is_empty());
    // Calling for something is asking for it, but calls for it as a noun are not.
    assert_eq!(named("Ana Ruiz also called for safety classes."), ["Ana Ruiz"]);
    assert!(named("Amid calls for her to quit, Ana Ruiz stayed on.").is_empty());
    assert!(named("Ana Ruiz was called for jury duty.").is_empty());
}

#[test]
fn what_is_issued_raised_or_reiterated_is_said() {
    assert_eq!(named("Ana Ruiz issued a bombastic call for the mayor to resign."), ["Ana Ruiz"]);
    assert_eq!(named("Ana Ruiz also raised the concern that the pier is unsafe."), ["Ana Ruiz"]);
    assert_eq!(named("Later, Ana Ruiz reiterated her call for a ban."), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz raised the flag over the pier.").is_empty());
    // So is what is made in words, not what is made by hand.
    assert_eq!(named("Ana Ruiz made a public announcement at noon."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg made the same argument on the stump."), ["Tom Berg"]);
    assert!(named("Ana Ruiz made a cake for the crew.").is_empty());
    let text = "Tom Berg offered a fairly dire assessment of the pier.";
    assert_eq!(named(text), ["Tom Berg"]);
    assert!(named("Tom Berg offered a fairly large reward for the dog.").is_empty());
}

#[test]
fn defending_oneself_against_what_was_said_is_speech() {
    let text = "Ana Ruiz is defending herself against a report she misstated her record.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz defended herself against charges that she misled voters.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    assert!(named("Tom Berg defended himself against the attacker with a chair.").is_empty());
}

#[test]
fn identifying_someone_is_saying_who_they_are() {
    assert_eq!(named("Police chief Tom Berg identified the man as Ed Ruiz."), ["Tom Berg"]);
    assert_eq!(unnamed("Police identified the victim as Ed Ruiz, 19."), ["police"]);
    // A passive says nothing of who identified him; nor does a bare "identified".
    assert!(sources("The victim was identified as Ed Ruiz.").is_empty());
    assert!(sources("Tom Berg identified with the team.").is_empty());
    let text = "Both Ana Ruiz and Tom Berg referred to the fire as “an act of hate.”";
    assert_eq!(named(text), ["Ana Ruiz", "Tom Berg"]);
    assert!(sources("Tom Berg referred the case to the court.").is_empty());
}

#[test]
fn scoring_and_playing_are_not_speaking() {
    for text in [
        "Drake countered with a 9-2 run and missed a tying trey.",
        "Indianapolis responded down the stretch with a touchdown.",
        "Artino scored a career-high 14 points, adding six rebounds.",
        "Cornerback Vontae Davis recorded his first interception in the third quarter.",
        "Tom Berg added 12 points.",
    ] {
        assert!(sources(text).is_empty(), "{text}: {:?}", sources(text));
    }
    // The same verbs speaking.
    assert_eq!(named("Ana Ruiz countered with a statement of her own."), ["Ana Ruiz"]);
    assert_eq!(named("Ana Ruiz recorded a video message for the crew."), ["Ana Ruiz"]);
    assert_eq!(named("“It is shut,” Tom Berg added."), ["Tom Berg"]);
    assert_eq!(named("Tom Berg added that the pier was shut."), ["Tom Berg"]);
}

#[test]
fn saying_nothing_is_not_speaking() {
    assert_eq!(
        named("LaCalamita said nothing after officers surrounded him, Pickell said."),
        ["Pickell"]
    );
    assert!(named("Ana Ruiz would not say whether the pier was shut.").is_empty());
    assert!(named("Ana Ruiz never said the pier was shut.").is_empty());
}

#[test]
fn responding_by_an_act_is_not_speech() {
    assert!(named("Tom Berg responded by hitting Ana Ruiz with his helmet.").is_empty());
    assert_eq!(named("Tom Berg responded by saying the helmet had slipped."), ["Tom Berg"]);
}

#[test]
fn standing_positions_and_the_market_are_no_sources() {
    assert!(named("Nissan still believes in sedans for their practicality.").is_empty());
    assert!(named("Wall Street predicted $2.52 a share.").is_empty());
    assert!(named("Despite reports urging new rules, officials have made no changes.").is_empty());
}

#[test]
fn remembering_and_rejecting_with_words() {
    assert_eq!(named("Tim Cook remembered Jobs rehearsing there."), ["Tim Cook"]);
    assert_eq!(named("The Pentagon rejected the accusations as “patently false.”"), ["Pentagon"]);
    // Without words quoted, rejecting is an act.
    assert!(named("The Pentagon rejected the offer.").is_empty());
}

#[test]
fn adding_to_a_lead_is_not_speaking() {
    let text = "Ana Ruiz won the primary on Tuesday, adding to her lead over Sen. Tom Berg.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    let text = "Ana Ruiz won the primary, adding that the pier would reopen.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn calling_someone_a_quoted_name_and_asks_are_speech() {
    let text = "Ana Ruiz went after Tom Berg, calling him “a total stiff.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz went after Tom Berg, calling for a recount.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    let text = "Ana Ruiz asks at Western High School, “Any questions I can answer?”";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_view_of_someone_and_a_lead_maintained_are_no_words() {
    assert!(named("Most voters have a favorable view of Ana Ruiz.").is_empty());
    assert_eq!(named("In the view of Ana Ruiz, the plan fails."), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz maintains a commanding lead in the polls.").is_empty());
    assert_eq!(named("Ana Ruiz maintained that the plan works."), ["Ana Ruiz"]);
}

#[test]
fn a_firms_accounts_are_no_ones_words() {
    for text in [
        "Lowe’s reports earnings Wednesday.",
        "Home Depot will report results before the bell on Tuesday.",
    ] {
        assert!(sources(text).is_empty(), "{text}: {:?}", sources(text));
    }
    // Figures told are the firm's.
    for text in [
        "Home Depot reported that sales fell.",
        "Home Depot reported third-quarter earnings that topped estimates.",
    ] {
        assert_eq!(named(text), ["Home Depot"], "{text}");
    }
}

#[test]
fn naming_oneself_is_saying_who_one_is() {
    assert_eq!(named("Ana Ruiz describes herself as a pro-life Catholic."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg calls himself a democratic socialist."), ["Tom Berg"]);
    assert_eq!(named("Ana Ruiz describes the party as “a six-lane highway”."), ["Ana Ruiz"]);
    // Naming someone else with no quotation is no citation.
    assert!(named("Tom Berg called Ana Ruiz on Tuesday.").is_empty());
}

#[test]
fn took_to_a_platform_to_say_speaks_for_the_subject() {
    assert_eq!(named("Ana Ruiz took to Twitter to say thanks."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg took to social media to slam the ruling."), ["Tom Berg"]);
    assert!(named("Tom Berg took to Paris to buy a house.").is_empty());
}

#[test]
fn describing_is_telling_quoted_or_not() {
    assert_eq!(named("Ana Ruiz has described the pier as unsafe."), ["Ana Ruiz"]);
    assert_eq!(named("Tom Berg described a night of shelling in the port."), ["Tom Berg"]);
    // Described, not describing.
    assert!(named("Tom Berg, described by police as a drifter, was arrested.").is_empty());
    assert!(named("Tom Berg was described as a drifter.").is_empty());
}

#[test]
fn added_to_an_outlet_responded_with_words_and_however() {
    assert_eq!(named("“It was a record,” Tom Berg added to People. “I feel good.”"), ["Tom Berg"]);
    assert_eq!(named("“It is shut,” Ana Ruiz added to reporters."), ["Ana Ruiz"]);
    assert!(named("Tom Berg won the heat, adding to Ana Ruiz’s lead.").is_empty());
    assert_eq!(named("Ana Ruiz responds to Berg with, “Why now?”"), ["Ana Ruiz"]);
    assert_eq!(named("The Harbour Post responded with a critical piece."), ["Harbour Post"]);
    assert!(named("Tom Berg responded with a 9-2 run.").is_empty());
    assert_eq!(named("Tom Berg however said the pier was shut."), ["Tom Berg"]);
}

#[test]
fn a_win_claimed_or_posted_is_no_ones_words() {
    for text in [
        "Ana Ruiz won the Minnesota caucus, claiming her third victory of the night.",
        "Tom Berg eked out a win before Ana Ruiz posted an overwhelming victory in the primary.",
        "Ana Ruiz had also claimed a victory in the primary last month.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
    assert_eq!(named("Ana Ruiz claimed the count was rigged."), ["Ana Ruiz"]);
    assert_eq!(named("Ana Ruiz posted that the pier would reopen."), ["Ana Ruiz"]);
}
