//! References back: the sheriff, the company, the statement, a surname or a given name met before.

use super::*;

#[test]
fn a_role_refers_back_to_the_person_named_with_it() {
    let got = across(&[
        "Sheriff Tom Berg visited the road on Monday.",
        "The sheriff said it would reopen.",
        "Lena Holt, the interior secretary, toured the port.",
        "The secretary said the port was safe, and the sheriff agreed.",
        "“It is safe,” said the secretary.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
    assert_eq!(got[3], ["Lena Holt"]);
    assert_eq!(got[4], ["Lena Holt"]);
    // An abbreviated title gives its role.
    let got = across(&["Gov. Ana Ruiz of Ohio met farmers.", "The governor said prices fell."]);
    assert_eq!(got[1], ["Ana Ruiz"]);
    // A role no one was named with speaks for no one.
    assert!(across(&["The mayor said the pier was shut."])[0].is_empty());
}

#[test]
fn a_surname_met_before_in_full_is_that_person() {
    let got = across(&[
        "The road was shut, according to Cpl. Dana King of the state patrol.",
        "“It will stay shut,” King said.",
    ]);
    assert_eq!(got, [["Dana King"], ["Dana King"]]);
}

#[test]
fn the_statement_speaks_for_the_source_cited_last() {
    let got = across(&[
        "Lena Holt said on Monday that the port would appeal.",
        "“We will win,” the statement said.",
    ]);
    assert_eq!(got[1], ["Lena Holt"]);
    assert!(across(&["“We will win,” the statement said."])[0].is_empty());
}

#[test]
fn one_surname_in_a_family_is_not_one_person() {
    let got = across(&[
        "“We are lost,” said Tom Berg, Lena Berg's brother.",
        "Ana Berg said the family had met. She said she had spoken to her sister.",
    ]);
    assert_eq!(got[1], ["Ana Berg", "Ana Berg"]);
}

#[test]
fn according_to_the_statement_is_the_source_cited_last() {
    let got = across(&[
        "Dayton police said the road was shut.",
        "“No one was hurt,” according to the police statement.",
        "According to the statement, the school stayed open.",
    ]);
    assert_eq!(got[1], ["Dayton police"]);
    assert_eq!(got[2], ["Dayton police"]);
    assert!(across(&["According to the statement, the school stayed open."])[0].is_empty());
}

#[test]
fn the_institution_is_the_one_whose_head_it_names() {
    let got = across(&[
        "The Northern Conference of Harbour Masters wrote to the minister.",
        "On Monday, the conference said the letters stood.",
    ]);
    assert_eq!(got[1], ["Northern Conference of Harbour Masters"]);
}

#[test]
fn an_office_named_is_its_holder_for_the_role() {
    let got = across(&[
        "The Marlow County Sheriff is looking into the crash.",
        "The sheriff said the driver was hurt.",
    ]);
    assert_eq!(got[1], ["Marlow County Sheriff"]);
}

#[test]
fn officials_of_a_named_institution_cite_it_too() {
    let got = across(&[
        "The Marlow County Sheriff's Department sent two cars.",
        "The boy was hurt, according to officials with the department.",
        "Officials at the department said the boy was hurt.",
    ]);
    assert_eq!(got[1], ["Marlow County Sheriff's Department"]);
    assert_eq!(got[2], ["Marlow County Sheriff's Department"]);
    // No department named before: the officials alone.
    assert!(across(&["Officials at the department said the boy was hurt."])[0].is_empty());
}

#[test]
fn a_bare_apostrophe_is_a_possessive_and_a_campaign_speaks_for_its_candidate() {
    let got = across(&[
        "Lena Jones spoke in Dayton on Monday.",
        "Jones’ campaign told reporters: “The charges are serious.”",
    ]);
    assert_eq!(got[1], ["Lena Jones"]);
}

#[test]
fn the_company_is_the_firm_named_before() {
    let got = across(&[
        "In 2014, Zentro was hacked, and the company said in a statement that data was lost.",
        "“We do not sell data,” the tech giant said.",
    ]);
    assert_eq!(got, [["Zentro"], ["Zentro"]]);
    // A person's title or sex makes them no firm.
    let got = across(&["Mr. Zentro left.", "The company said he had quit."]);
    assert_eq!(got[1], ["company"]);
    // Nor does a surname alone, once the person was named in full.
    let got = across(&[
        "Lena Holt accused the label of bullying.",
        "Holt got support last week.",
        "But the company says she did not need its permission.",
    ]);
    assert_eq!(got[2], ["company"]);
    // A name set off after a firm's noun is a firm, though of two words.
    let got = across(&[
        "The group that owns her songs, Deep Harbour, says she may sing them.",
        "Lena Holt accused the label of bullying.",
        "But the company says she did not need its permission.",
    ]);
    assert_eq!(got[2], ["Deep Harbour"]);
}

#[test]
fn a_prefixed_name_is_no_firm() {
    let got =
        across(&["Zentro fired two pro-Berg writers, and the company said it would not comment."]);
    assert_eq!(got[0], ["Zentro"]);
}

#[test]
fn the_office_is_the_person_whose_office_was_named_last() {
    let got = across(&[
        "Tom Berg leads the inquiry.",
        "Agents from Mr. Berg’s office met on Monday. The office said it would seek records.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
    // Another office named after it is not his.
    let got = across(&[
        "Tom Berg leads the inquiry.",
        "Mr. Berg’s office and the sheriff’s office met. The office said it would look.",
    ]);
    assert!(!got[1].contains(&"Tom Berg".to_string()), "{got:?}");
}

#[test]
fn a_capitalised_role_after_the_is_the_person_named_with_it() {
    let got = across(&[
        "Police Lieutenant Tom Berg says three people were found.",
        "The Lieutenant says, “The inquiry goes on.”",
    ]);
    assert_eq!(got, [["Tom Berg"], ["Tom Berg"]]);
}

#[test]
fn the_house_speaker_is_the_speaker_named_before() {
    let got = across(&[
        "House Speaker Ana Ruiz is not upset over the vote, she said on Friday.",
        "“I don’t like that language,” the House speaker continued, noting the vote.",
    ]);
    assert_eq!(got[0], ["Ana Ruiz"]);
    assert_eq!(got[1], ["Ana Ruiz"]);
}

#[test]
fn a_given_name_alone_is_the_one_person_named_with_it() {
    let got = across(&[
        "Tom Berg called 911, Trooper Lena Holt said.",
        "Tom later told officers he had found the gun.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
    // Two people named Tom: neither is chosen for him.
    let got = across(&[
        "Tom Berg and Tom Ruiz were there, Trooper Lena Holt said.",
        "Tom later told officers he had found the gun.",
    ]);
    assert_ne!(got[1], ["Tom Berg"]);
    assert_ne!(got[1], ["Tom Ruiz"]);
    // A surname met with its title stays itself, whatever full name starts with it.
    let got = across(&[
        "Mr. Lee said the pier was shut. Lee Tomas, his aide, agreed.",
        "Lee later told reporters it would reopen.",
    ]);
    assert_eq!(got[1], ["Lee"]);
    let got = across(&["Lee Tomas, an aide, was there.", "“It is shut,” Mr. Lee said."]);
    assert_eq!(got[1], ["Lee"]);
}

#[test]
fn an_outlet_named_with_the_and_a_hyphened_role() {
    let text = "Ana Ruiz criticized the plan for its secrecy, according to The Hill.";
    assert_eq!(named(text), ["Ana Ruiz", "Hill"]);
    // Only "The" opens a run that way: a verb of saying that opens the sentence is no
    // name ("Added to this is …").
    assert!(named("Added to this is the rise in desertion.").is_empty());
    let got = across(&[
        "Former Rep. Tom Berg pleaded guilty Wednesday.",
        "Later, the ex-congressman said he fully accepts the blame.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
}

#[test]
fn a_candidate_s_team_speaks_for_the_candidate() {
    let got = across(&[
        "Gov. Ana Ruiz said the pier would reopen.",
        "Ruiz's team had also denied the claims.",
        "The Ruiz team said so again on Monday.",
    ]);
    assert_eq!(got[1], ["Ana Ruiz"]);
    assert_eq!(got[2], ["Ana Ruiz"]);
    // A team no one named is no institution.
    assert!(named("The team said the pier was shut.").is_empty());
}

#[test]
fn sheriff_s_deputies_are_the_sheriff_s_office_named_before() {
    let got = across(&[
        "Lake County Sheriff's deputies say the man fled.",
        "Sheriff's deputies identified the man as Ed Ruiz.",
    ]);
    assert_eq!(got[1], ["Lake County Sheriff"]);
    // Not a sheriff named as a person.
    let got = sources_across(&[
        "Sheriff Tom Berg said the man fled.",
        "Sheriff's deputies identified the man as Ed Ruiz.",
    ]);
    assert!(got[1].iter().all(|s| s.1 == SourceKind::Unnamed), "{:?}", got[1]);
}

#[test]
fn a_paper_reports_and_the_newspaper_is_the_one_named_before() {
    assert_eq!(
        named("Director Gary Ross will not helm the sequel, the Los Angeles Times reports."),
        ["Los Angeles Times"]
    );
    for first in ["The Denver Post reported the arrest.", "The Standard-Times reported the arrest."]
    {
        let got = across(&[first, "He had just been released from jail, the newspaper reported."]);
        assert_eq!(got[1], got[0], "{first}");
        assert_eq!(got[1].len(), 1, "{first}");
    }
    // No paper named before: no one.
    assert!(named("He had just been released from jail, the newspaper reported.").is_empty());
}

#[test]
fn a_role_set_in_lower_case_before_a_name_is_theirs() {
    let got = across(&[
        "Hunger Games director Gary Ross will not helm the sequel.",
        "The director denied reports that his talks hit a snag.",
    ]);
    assert_eq!(got[1], ["Gary Ross"]);
}

#[test]
fn a_role_of_two_hyphened_words_refers_back() {
    let got = across(&[
        "Director-General Ana Ruiz said the attacks were wrong.",
        "“The location was known,” the Director-General said.",
    ]);
    assert_eq!(got, [vec!["Ana Ruiz"], vec!["Ana Ruiz"]]);
}

#[test]
fn the_bank_is_the_bank_named_before() {
    let text = "Kotak Mahindra Bank cut its forecast. A slowdown could last, the bank said.";
    assert_eq!(named(text), ["Kotak Mahindra Bank"]);
    // A bank nobody named is no one in particular.
    assert!(named("Rates will rise, the bank said.").is_empty());
}

#[test]
fn the_suspect_named_before_speaks_as_the_suspect() {
    let text = "The suspect, Michael Webb, was convicted last Thursday. The suspect said he needed to get dressed.";
    assert_eq!(named(text), ["Michael Webb"]);
}

#[test]
fn his_office_speaks_for_him() {
    let text =
        "Teachers did not see Eric Holcomb at the Statehouse. His office said he was traveling.";
    assert_eq!(named(text), ["Eric Holcomb"]);
}

#[test]
fn a_surname_is_shown_as_the_person_named_in_full_before() {
    let found = across(&[
        "The president appointed retired Lieutenant General Keith Kellogg as envoy.",
        "Kellogg said the war must end.",
        "Mr. Kellogg told reporters it would.",
    ]);
    assert_eq!(found, [vec![], vec!["Keith Kellogg"], vec!["Keith Kellogg"]] as [Vec<&str>; 3]);
    // Not a person met only as an institution, nor a surname nobody gave in full.
    assert_eq!(across(&["Kellogg said sales rose."]), [vec!["Kellogg"]]);
}

#[test]
fn a_family_tie_refers_back_to_the_one_named_with_it() {
    let found = across(&[
        "“It’s horrible,” says his mother Ana Ruiz.",
        "The boy went hunting with his father.",
        "“I never thought I’d be here,” says his Mom, “hoping he’d survive.”",
        "“You survive on prayers,” his mother says.",
    ]);
    assert_eq!(found, [vec!["Ana Ruiz"], vec![], vec!["Ana Ruiz"], vec!["Ana Ruiz"]]);
    // With no mother named, she is an unnamed source.
    assert_eq!(unnamed("“You survive on prayers,” his mother says."), ["mother"]);
    // A tie in a clause after a name is no apposition of it.
    let found = across(&[
        "As Tom Berg mocked Ana Ruiz, his son said the campaign had begun.",
        "“We are ready,” his son said.",
    ]);
    assert!(found.iter().flatten().all(|n| n != "Ana Ruiz"), "{found:?}");
}
