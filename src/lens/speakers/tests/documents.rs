//! Statements, reports, letters, posts, tweets and talks, and what “according to” cites.

use super::*;

#[test]
fn a_post_is_spoken() {
    assert_eq!(named("“The road is shut,” Lena Holt posted on Monday."), ["Lena Holt"]);
}

#[test]
fn an_embedded_tweet_cites_its_author() {
    let text =
        "Crews are at the pier now. pic.twitter.com/abc123 — Ana Ruiz (@anaruiz) May 2, 2015";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // A name in parentheses with no handle, or a handle with no dash, signs nothing.
    assert!(named("Crews met at the pier — Ana Ruiz (Dayton) on May 2, 2015").is_empty());
    assert!(named("Crews met at the pier with Ana Ruiz (@anaruiz) on May 2, 2015").is_empty());
    // The tweet's own full stop before the dash.
    let text = "The pier is shut. More to follow. — Harbour Trust (@trust) May 2, 2015";
    assert_eq!(named(text), ["Harbour Trust"]);
}

#[test]
fn an_opening_statement_or_tweet_is_its_subject_s_words() {
    let text = "In a statement Saturday afternoon, harbour spokesman Tom Berg doubled down on \
                the plan.";
    assert_eq!(named(text), ["Tom Berg"]);
    assert_eq!(
        named("In a follow-up tweet posted later, Ana Ruiz renewed her call."),
        ["Ana Ruiz"]
    );
    let text = "In a letter to families, Harbour View School principal Lena Holt wrote:";
    assert_eq!(named(text), ["Lena Holt"]);
    // A video shows; a name spoken of is no speaker.
    assert!(named("In a video posted online, Tom Berg walks to the pier.").is_empty());
    assert!(named("In a statement, Tom Berg was praised for the plan.").is_empty());
    assert!(named("In the harbour, Tom Berg doubled down on the plan.").is_empty());
}

#[test]
fn a_document_speaks_for_the_body_that_issued_it() {
    let got = sources_across(&[
        "Tom Berg told officers he was home, a Dayton police report said.",
        "He then left the house, it said.",
        "Ana Ruiz, a neighbour, said she saw him leave.",
        "He came back an hour later, the report said.",
        "The car was found on Monday, it said.",
    ]);
    let police = ("Dayton police".to_string(), SourceKind::Named);
    assert_eq!(got[0], [("Tom Berg".to_string(), SourceKind::Named), police.clone()]);
    for p in [1, 3, 4] {
        assert_eq!(got[p], std::slice::from_ref(&police), "{p}");
    }
    // With no issuer named, a report is an unnamed source, and "it" is no one.
    let got = sources_across(&["The man fled, an arrest report said.", "It said he ran."]);
    assert_eq!(got[0], [("report".to_string(), SourceKind::Unnamed)]);
    assert!(got[1].is_empty());
    assert_eq!(named("The pier shut early, a CNN report said."), ["CNN"]);
    // An outlet's report, by any name.
    let got = across(&[
        "The Harbour Herald reported that the pier was shut.",
        "Mayor Tom Berg denied it.",
        "The article said the mayor knew.",
    ]);
    assert_eq!(got[2], ["Harbour Herald"]);
    // Publishing a story is reporting it.
    let got =
        across(&["The Harbour Herald published the story on Monday.", "The article said so."]);
    assert_eq!(got, [["Harbour Herald"], ["Harbour Herald"]]);
    assert!(named("The Harbour Herald published a cookbook.").is_empty());
}

#[test]
fn according_to_two_names_joined_is_both() {
    let text = "Ana Ruiz told the crew at noon, according to NBC and the AP.";
    assert_eq!(named(text), ["Ana Ruiz", "NBC", "AP"]);
    let text = "The pier shut, according to Tom Berg and his lawyers.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn a_release_from_a_body_speaks_for_it_then_and_after() {
    let got = across(&[
        "A press release from the Tyler County Sheriff's Office identified the victim as Dakota Schriefer.",
        "“No foul play is suspected at this time,” the press release stated.",
    ]);
    assert_eq!(got, [vec!["Tyler County Sheriff's Office"], vec!["Tyler County Sheriff's Office"]]);
    assert_eq!(
        named("Police received a call from UAMS saying they were treating a child."),
        ["UAMS"]
    );
}

#[test]
fn an_account_speaks_for_its_owner_and_a_tweet_for_its_signer() {
    assert_eq!(
        named("The Key Club Cabaret’s Twitter said it was offering happy hour all day Friday."),
        ["Key Club Cabaret"]
    );
    assert_eq!(
        named(
            "Two students found shot. pic.twitter.com/32uNurEW5u — Kaitlyn Pratt Fox 5 (@Fox5Kaitlyn) October 4, 2016"
        ),
        ["Kaitlyn Pratt"]
    );
}

#[test]
fn according_to_findings_from_a_body() {
    assert_eq!(
        named("Spending passed all other display ads, according to analysis from Poynter."),
        ["Poynter"]
    );
    assert_eq!(
        named("Rents fell 4 percent, according to data from the Harbour Trust."),
        ["Harbour Trust"]
    );
}

#[test]
fn a_letter_from_someone_is_theirs() {
    assert_eq!(
        named("In December, Tom Berg released a letter from his physician Dr. Ana Ruiz."),
        ["Ana Ruiz"]
    );
}

#[test]
fn a_tweet_signature_on_its_own_line_cites_the_signer() {
    assert_eq!(named("— Rep. Ana Ruiz (@AnaRuiz) November 19, 2019"), ["Ana Ruiz"]);
}

#[test]
fn a_statement_from_someone_anywhere_in_the_sentence() {
    assert_eq!(named("The court read a statement from Ana Ruiz before the verdict."), ["Ana Ruiz"]);
    // Not a statement noun: a visit from someone is no citation.
    assert!(named("The court had a visit from Ana Ruiz before the verdict.").is_empty());
}

#[test]
fn a_statement_from_someones_lawyer_is_not_theirs() {
    let found =
        named("“We are disappointed,” said the statement from Grimm's attorney, William McGinley.");
    assert!(!found.iter().any(|n| n == "Grimm"), "{found:?}");
}

#[test]
fn said_a_report_from_a_body() {
    assert_eq!(
        named(
            "“The market is factoring in a recovery,” said a report from Kotak Institutional Equities."
        ),
        ["Kotak Institutional Equities"]
    );
    assert_eq!(
        named(
            "Sales fell 10 percent, according to the TexAuto Facts report from InfoNation, a data provider."
        ),
        ["InfoNation"]
    );
}

#[test]
fn a_talk_with_someone_cites_them() {
    let text = "Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff that it was so.";
    assert_eq!(named(text), ["Tim Cook", "Marc Benioff"]);
    let text = "The debate between Boris Johnson and Jeremy Corbyn was heated.";
    assert_eq!(named(text), ["Boris Johnson", "Jeremy Corbyn"]);
}

#[test]
fn talks_with_a_leader_are_a_negotiation_not_his_words() {
    let text = "Trump intends to resume the talks with North Korean leader Kim Jong-un.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    assert_eq!(
        named("In a fireside chat with Salesforce founder Marc Benioff, the pier was discussed."),
        ["Marc Benioff"]
    );
}

#[test]
fn a_statement_released_or_sent_is_its_senders() {
    assert_eq!(named("Ana Ruiz released the following statement:"), ["Ana Ruiz"]);
    assert_eq!(named("The Harbour Board sent out a statement on Monday."), ["Harbour Board"]);
    assert_eq!(named("The Pier Workers Union issued a formal complaint."), ["Pier Workers Union"]);
    // Someone else's letter, passed on, is its writer's.
    assert_eq!(named("Tom Berg released a letter from Ana Ruiz."), ["Ana Ruiz"]);
    assert!(named("The police released a man on bail.").is_empty());
}

#[test]
fn a_talk_told_by_its_owner_is_theirs_alone() {
    assert_eq!(
        named("Ana Ruiz said much of her discussion with Berg was about Kenya."),
        ["Ana Ruiz"]
    );
    assert_eq!(
        named(
            "“It was pulled in,” Ana Ruiz said in a fireside chat with Acme founder and co-CEO Tom Berg."
        ),
        ["Ana Ruiz", "Tom Berg"]
    );
}

#[test]
fn a_count_or_a_filing_speaks_for_its_author_and_a_statement_for_its_speaker() {
    assert_eq!(
        named("Clinton had 2,205 delegates, according to a tally by the Associated Press."),
        ["Associated Press"]
    );
    assert_eq!(
        named(
            "“It is insufficient,” according to a court document filed by state attorney Ana Ruiz."
        ),
        ["Ana Ruiz"]
    );
    assert_eq!(
        named(
            "Tom Berg said in a statement released by the Ruiz campaign that the report merits an inquiry."
        ),
        ["Tom Berg"]
    );
}
