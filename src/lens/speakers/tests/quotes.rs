//! Quotations and passages: quote marks, a quotation run on over passages, colons and transcripts.

use super::*;

#[test]
fn quote_forms() {
    let cases = [
        ("“The pier is open,” Ana Ruiz said.", "Ana Ruiz"),
        ("Ana Ruiz said “the pier is open.”", "Ana Ruiz"),
        ("Ana Ruiz said that the pier was open.", "Ana Ruiz"),
        ("The pier is open, according to Ana Ruiz.", "Ana Ruiz"),
        ("Ana Ruiz told reporters the pier was open.", "Ana Ruiz"),
        ("Ana Ruiz, the mayor of Tromso, said the pier was open.", "Ana Ruiz"),
        ("“The pier is open,” said Ana Ruiz.", "Ana Ruiz"),
        ("“The pier is open,” said Sen. Ana Ruiz.", "Ana Ruiz"),
    ];
    for (text, who) in cases {
        assert_eq!(named(text), [who], "{text}");
    }
    for verb in [
        "added",
        "noted",
        "warned",
        "stressed",
        "argued",
        "claimed",
        "insisted",
        "denied",
        "confirmed",
        "announced",
        "wrote",
        "tweeted",
    ] {
        let text = format!("Ana Ruiz {verb} that the pier was open.");
        assert_eq!(named(&text), ["Ana Ruiz"], "{text}");
    }
}

#[test]
fn a_name_right_after_a_quote_speaks_it_whatever_the_verb() {
    let text = "“I cannot believe it,” Lena Holt, the pilot's mother, sobbed by phone.";
    assert_eq!(named(text), ["Lena Holt"]);
    assert_eq!(named("“Who goes first?” Mr. Tom Berg was quoted as saying."), ["Tom Berg"]);
    // Two apostrophes close the quotation.
    assert_eq!(named("“The road is shut,’’ Tom Berg said at a briefing."), ["Tom Berg"]);
    // A place before a role and a name is not who speaks; the name is.
    let text = "“The road is shut,” Dayton school superintendent Tom Berg said.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn a_passage_wholly_in_quotation_marks_carries_on_the_speaker_before() {
    let got = across(&[
        "Ana Ruiz said the pier would reopen in May.",
        "“We have waited long enough. The town needs its harbour back.”",
        "“And the boats need somewhere to go.”",
    ]);
    assert_eq!(got, [["Ana Ruiz"], ["Ana Ruiz"], ["Ana Ruiz"]]);
    // Not after a passage that cited no one, and not when the passage says who speaks.
    let got = across(&["The pier was shut in May.", "“We have waited long enough.”"]);
    assert_eq!(got, [Vec::<String>::new(), Vec::new()]);
    let got = across(&[
        "Ana Ruiz said the pier would reopen.",
        "“We have waited long enough,” said Tom Berg.",
    ]);
    assert_eq!(got, [["Ana Ruiz"], ["Tom Berg"]]);
}

#[test]
fn a_passage_that_closes_the_quotation_before_carries_on_its_speaker() {
    let got = across(&[
        "Ana Ruiz added: “The town has waited long enough.",
        "We will reopen the pier in May.”",
    ]);
    assert_eq!(got, [["Ana Ruiz"], ["Ana Ruiz"]]);
    // Not when the quotation before was closed, nor when the passage names its speaker.
    let got = across(&["Ana Ruiz added: “The town has waited.”", "We will reopen the pier.”"]);
    assert_eq!(got, [vec!["Ana Ruiz".to_string()], Vec::new()]);
    let got = across(&[
        "Ana Ruiz added: “The town has waited long enough.",
        "We will reopen the pier,” Tom Berg said.",
    ]);
    assert_eq!(got, [["Ana Ruiz"], ["Tom Berg"]]);
}

#[test]
fn a_passage_after_a_colon_is_the_words_of_who_introduced_it() {
    let got = across(&[
        "In a letter to parents, principal Ana Ruiz wrote:",
        "Dear parents, the school will close early today. Please take care.",
        "The roads were icy.",
    ]);
    assert_eq!(got[0], ["Ana Ruiz"]);
    assert_eq!(got[1], ["Ana Ruiz"]);
    assert!(got[2].is_empty());
}

#[test]
fn a_transcript_s_speaker_before_a_colon_speaks() {
    let got = across(&[
        "JAKE TAPPER: Governor, Donald Trump released a video. Do you think it helps?",
        "TRUMP: The deaths make clear how much more work we have to do.",
        "TAPPER: Do you think he has campaigned as a healer?",
        "EDITOR'S NOTE: This story has been updated.",
        "READ MORE: The plan fails.",
        "FALLIN: Well, I think the whole nation needs to work together.",
        "Ryan S. Hollman: Dealing in methamphetamine, held in jail in lieu of bond.",
    ]);
    assert_eq!(got[..3], [["JAKE TAPPER"], ["Donald Trump"], ["JAKE TAPPER"]]);
    // Labels, a surname never named in full and a list's entry are no one.
    assert!(got[3..].iter().all(Vec::is_empty), "{got:?}");
}

#[test]
fn two_apostrophes_open_a_quotation_in_archive_copy() {
    let text = "''If she thinks so, she's wrong!'' Mr. Trump wrote on Twitter on Monday.";
    assert_eq!(named(text), ["Trump"]);
    assert_eq!(named("Ana Ruiz called it ''predatory.''"), ["Ana Ruiz"]);
}

#[test]
fn an_opening_mark_typed_for_a_closing_one_still_ends_the_quote() {
    assert_eq!(named("“It's unusual,“ said Tom Berg, an attorney."), ["Tom Berg"]);
    assert_eq!(named("“We never saw it coming, “ Ruiz said."), ["Ruiz"]);
}

#[test]
fn a_deed_before_a_colon_and_a_quote_is_how_it_was_said() {
    assert_eq!(named("And Tom Berg gloated: “I told you it would shut.”"), ["Tom Berg"]);
    assert!(named("Ana Ruiz was asked: “Will it open?”").is_empty());
    assert!(named("The pier's motto is printed: “Always open.”").is_empty());
}

#[test]
fn echoing_and_a_deed_after_and_before_a_colon_and_a_quote() {
    assert_eq!(named("Tom Berg leaned in and boomed: “The pier is shut.”"), ["Tom Berg"]);
    assert_eq!(named("Ana Ruiz echoed: “The pier is shut.”"), ["Ana Ruiz"]);
    assert!(named("The call was echoed by Tom Berg.").is_empty());
}
