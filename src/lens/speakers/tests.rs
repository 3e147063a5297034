//! Who speaks, on sentences written for these tests: each rule of the module doc.

use super::*;

/// The sources cited in one passage, as (name shown, named or not), in order found.
fn sources(text: &str) -> Vec<(String, SourceKind)> {
    let scan = Scan::new(text, 0..text.len());
    let mut out = Vec::new();
    find(text, &scan, 0, &Canon::default(), &mut Antecedents::default(), &mut out);
    out.into_iter().map(|c| (c.name.shown, c.kind)).collect()
}

fn named(text: &str) -> Vec<String> {
    sources(text).into_iter().filter(|s| s.1 == SourceKind::Named).map(|s| s.0).collect()
}

fn unnamed(text: &str) -> Vec<String> {
    sources(text).into_iter().filter(|s| s.1 == SourceKind::Unnamed).map(|s| s.0).collect()
}

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
fn party_tags_are_dropped_and_titles_stripped() {
    assert_eq!(named("Sen. Ted Cruz, R-Texas, said the bill would fail."), ["Ted Cruz"]);
    assert_eq!(named("Rep. Jane Doe, D-Calif., said the vote was close."), ["Jane Doe"]);
    assert_eq!(named("Rep. Jane Doe (D-NY) warned of delays."), ["Jane Doe"]);
    // The tag's own stop closes the parenthesis.
    assert_eq!(named("Sen. Ana Ruiz (D-Ore.) suggested the pier stay shut."), ["Ana Ruiz"]);
    assert_eq!(named("Sen. Ted Cruz, R-TX, told reporters the bill would fail."), ["Ted Cruz"]);
    assert_eq!(named("Prime Minister Ana Ruiz stressed that talks go on."), ["Ana Ruiz"]);
    assert_eq!(named("Gen. Tomas Berg confirmed the withdrawal."), ["Tomas Berg"]);
    assert_eq!(named("Dr. Lena Holt noted that cases fell."), ["Lena Holt"]);
}

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
fn both_of_two_joined_names_speak() {
    assert_eq!(named("A truce was agreed, Norway and Chile announced."), ["Norway", "Chile"]);
}

#[test]
fn a_place_after_a_preposition_does_not_speak() {
    assert!(named("The route around Africa adds ten days to each voyage.").is_empty());
}

#[test]
fn he_said_is_the_person_named_last_even_if_not_yet_cited() {
    let text = "Ms. Griffin went online on Tuesday night to express regret. “I sincerely \
                apologize,” she said in a video.";
    assert_eq!(named(text), ["Griffin"]);
}

#[test]
fn an_object_is_not_who_he_is() {
    // Obama is only talked about: "he" is the sentence's subject from before.
    let text = "Rick Santorum attacked the policies of President Obama. “It is about some \
                phony theology,” he said.";
    assert_eq!(named(text), ["Rick Santorum"]);
}

#[test]
fn sentence_openers_are_not_names() {
    let text = "Updated: Rick Santorum on Sunday tried to clarify his comment, saying he \
                was referring to his view of the world.";
    assert_eq!(named(text), ["Rick Santorum"]);
    let text = "Shortly after the segment aired, reporting that talks had failed, \
                officials were silent.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn the_person_of_a_place_speaks_not_the_place() {
    let text = "Gov. Mike Pence of Indiana, moving to quell the uproar, said on Tuesday \
                that he would fix the law.";
    assert_eq!(named(text), ["Mike Pence"]);
    assert_eq!(named("The Bank of England said rates would rise."), ["Bank of England"]);
}

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

/// The named sources of each passage of an article, read in order with one context.
fn across(passages: &[&str]) -> Vec<Vec<String>> {
    sources_across(passages)
        .into_iter()
        .map(|p| p.into_iter().filter(|s| s.1 == SourceKind::Named).map(|s| s.0).collect())
        .collect()
}

/// The sources of each passage of an article, named or not, read with one context.
fn sources_across(passages: &[&str]) -> Vec<Vec<(String, SourceKind)>> {
    let text = passages.join("\n\n");
    let mut context = Antecedents::default();
    let mut at = 0;
    let mut all = Vec::new();
    for (id, p) in passages.iter().enumerate() {
        let scan = Scan::new(&text, at..at + p.len());
        let mut out = Vec::new();
        find(&text, &scan, id, &Canon::default(), &mut context, &mut out);
        all.push(out.into_iter().map(|c| (c.name.shown, c.kind)).collect());
        at += p.len() + 2;
    }
    all
}

#[test]
fn the_outlet_told_is_not_a_source() {
    assert_eq!(named("Ana Ruiz told CNN the pier was open."), ["Ana Ruiz"]);
    assert_eq!(named("“It is shut,” Tom Berg told the Daily Planet."), ["Tom Berg"]);
}

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
fn she_is_not_the_last_man_named() {
    let text = "Ms. Lena Holt spoke after Mr. Tom Berg said the road was shut. “It will \
                reopen soon,” she said.";
    assert_eq!(named(text), ["Tom Berg", "Lena Holt"]);
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
fn an_inverted_verb_finds_the_name_set_off_after_a_description() {
    let text = "“We will appeal,” said the statement from the port's lawyer, Lena Holt.";
    assert_eq!(named(text), ["Lena Holt"]);
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
fn appositions_and_adverbs_between_subject_and_verb() {
    assert_eq!(named("Tom Berg, Lena Holt's brother, said the road was shut."), ["Tom Berg"]);
    assert_eq!(named("Tom Berg often notes that the road is shut."), ["Tom Berg"]);
    assert_eq!(named("Gov. Tom Berg of Ohio on Tuesday said the road was shut."), ["Tom Berg"]);
    // The place after "of" is never the speaker.
    assert!(named("Residents of Dayton said the road was shut.").is_empty());
}

#[test]
fn a_verb_after_and_belongs_to_the_clause_subject() {
    assert_eq!(
        named("Tom Berg walked out, turned around and said the road was shut."),
        ["Tom Berg"]
    );
    let text = "In a CBS interview, Tom Berg spoke of the road, saying it was shut.";
    assert_eq!(named(text), ["Tom Berg"]);
    // After "but", the subject of the clause before it.
    assert_eq!(named("Ana Ruiz first backed the toll but said it had failed."), ["Ana Ruiz"]);
    let text = "The Harbour Authority has not shut the pier, but said it will watch it.";
    assert_eq!(named(text), ["Harbour Authority"]);
    assert!(named("The toll was cut but said to be too high.").is_empty());
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
fn more_verbs_of_saying() {
    for verb in ["praised", "cited", "vowed", "condemned", "demanded"] {
        let text = format!("Tom Berg {verb} the crew's work.");
        assert_eq!(named(&text), ["Tom Berg"], "{text}");
    }
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
fn middle_initials_and_suffixes_stay_in_the_name() {
    assert_eq!(named("Representative Paul D. Ryan said the plan was moral."), ["Paul D. Ryan"]);
    assert_eq!(named("Joseph R. Biden Jr. said the bill would pass."), ["Joseph R. Biden Jr."]);
    // A lone capital after a lower-case word is no initial.
    assert_eq!(named("He took vitamin D. Ana Ruiz said it helped."), ["Ana Ruiz"]);
}

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
fn the_subject_of_a_passive_is_spoken_of() {
    assert!(named("Tom Berg was widely criticized for the plan.").is_empty());
    assert!(named("Lena Holt was told the road was shut.").is_empty());
    // "Is said to" and "was quoted" still cite their subject.
    assert_eq!(named("Tom Berg is said to favour the plan."), ["Tom Berg"]);
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
fn a_relative_clause_speaks_for_the_name_before_it() {
    assert_eq!(
        named("The plan was backed by Sen. Lena Holt, R-Ky., who said it would pass."),
        ["Lena Holt"]
    );
    assert_eq!(
        named("It won praise from Mayor Tom Berg of Dayton, Ohio, who called it “a gift.”"),
        ["Tom Berg"]
    );
    assert_eq!(
        named("Sen. Lena Holt, R-Ky., who backed the bill, said it would pass."),
        ["Lena Holt"]
    );
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
fn a_post_is_spoken() {
    assert_eq!(named("“The road is shut,” Lena Holt posted on Monday."), ["Lena Holt"]);
}

#[test]
fn he_is_the_person_named_before_him_in_his_sentence() {
    let text = "Lena Holt said the road was shut. And when Mr. Tom Berg gave up the race, \
                he said he did not want to split the vote.";
    assert_eq!(named(text), ["Lena Holt", "Tom Berg"]);
    // A name after a preposition is no subject.
    let text = "After a talk with Lena Holt, he said the road would reopen.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn he_may_be_the_person_named_passages_before_with_no_one_between() {
    let got = across(&[
        "The crew sent a letter to Mayor Tom Berg on Monday.",
        "It asked for the pier to reopen.",
        "“This is a stunt,” he said.",
    ]);
    assert_eq!(got[2], ["Tom Berg"]);
    // A place after "in" is no one.
    let got = across(&["The crew met in New York City.", "“This is a stunt,” he said."]);
    assert!(got[1].is_empty(), "{got:?}");
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
fn issuing_an_apology_is_speaking_and_documents_are_not() {
    assert_eq!(named("Rep. Tom Berg issued an apology on Monday."), ["Tom Berg"]);
    assert_eq!(
        named("The Harbour Agency issued a report Tuesday claiming the pier was safe."),
        ["Harbour Agency"]
    );
    assert!(named("Tom Berg issued new permits on Monday.").is_empty());
}

#[test]
fn lashing_out_and_asking_are_speaking() {
    assert_eq!(named("Lena Holt lashed out at the press on Monday."), ["Lena Holt"]);
    assert_eq!(named("Tom Berg stood up, asking the crew to leave."), ["Tom Berg"]);
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
fn an_opening_participle_s_phrase_is_passed_over() {
    let text = "Asked whether he was suggesting that Mr. Tom Berg lacked any sympathy for the \
                crew, Mr. Ben Ruiz did not back down, saying the crew was paid.";
    assert_eq!(named(text), ["Ben Ruiz"]);
}

#[test]
fn a_person_of_a_place_in_an_apposition() {
    let text = "One of the mayor's rivals, Representative Ben Ruiz of Ohio, scoffed at the plan.";
    assert_eq!(named(text), ["Ben Ruiz"]);
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
fn a_short_phrase_of_time_or_manner_between_subject_and_verb() {
    assert_eq!(named("Zentro at the time said it was a glitch."), ["Zentro"]);
    assert_eq!(named("Lena Holt in a statement said the pier was shut."), ["Lena Holt"]);
    assert!(named("Crews in the area said the pier was shut.").is_empty());
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
fn a_middle_initial_inside_an_apposed_name() {
    let text = "“We will cooperate,” the lawyer, Tom R. Berg, said in an email.";
    assert_eq!(named(text), ["Tom R. Berg"]);
}

#[test]
fn the_person_set_off_after_a_role_of_a_place_speaks_not_the_place() {
    let text = "On Saturday, the mayor of Dayton, Ana Ruiz, said the pier would reopen.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // A state after a hometown is still no one.
    assert_eq!(named("Tom Berg of Dayton, Ohio, said the pier would reopen."), ["Tom Berg"]);
}

#[test]
fn a_tie_or_role_in_lower_case_before_the_name_after_a_verb() {
    assert_eq!(named("“The pier is shut,” said neighbor Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(named("“We are proud of him,” said spokesperson Tom Berg."), ["Tom Berg"]);
    assert_eq!(named("The pier is shut, according to spokesman Tom Berg."), ["Tom Berg"]);
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
fn he_may_be_a_surname_that_opened_the_passage_before() {
    let got = across(&[
        "Gov. Ana Ruiz named Tom Berg to the seat.",
        "Berg joins Sen. Lena Holt in the chamber.",
        "Ruiz gave little away.",
        "The only rival she confirmed meeting was Tom Berg.",
    ]);
    assert_eq!(got[3], ["Ana Ruiz"]);
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
fn more_participles_of_saying_and_none_after_an_article() {
    let text = "Ana Ruiz railed against the plan, promising a vote within a week.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Tom Berg was not suggesting any delay, an aide said.";
    assert_eq!(named(text), ["Tom Berg"]);
    assert!(named("Ana Ruiz, a promising striker, joined the club.").is_empty());
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
fn a_capitalised_statement_noun_after_the_is_a_name() {
    let got = across(&["Tom Berg said the pier was shut.", "The Post noted that it reopened."]);
    assert_eq!(got[1], ["Post"]);
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
fn more_participles_of_saying() {
    assert_eq!(
        named("The Harbour Trust came out against the plan, stating that it was unsafe."),
        ["Harbour Trust"]
    );
}

#[test]
fn a_name_after_a_quantifier_is_no_one_in_particular() {
    let text = "Every Harbour Trust signed the letter, promising to block the plan.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn two_names_set_off_after_a_description_both_speak() {
    let text = "The two senators, Ana Ruiz and Tom Berg, called on the council to act.";
    assert_eq!(named(text), ["Ana Ruiz", "Tom Berg"]);
    let text = "Its owners, Ana Ruiz and Tom Berg, said the pier was safe.";
    assert_eq!(named(text), ["Ana Ruiz", "Tom Berg"]);
}

#[test]
fn a_name_right_before_a_participle_is_its_subject() {
    let text = "The new film ends with Ana Ruiz claiming, “The pier is ours.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // The object of another preposition is no subject.
    let text = "The Harbour Trust sent a letter to Mayor Tom Berg warning him of delays.";
    assert_eq!(named(text), ["Harbour Trust"]);
    // A possessive is no subject.
    let text = "The new film ends with Ana Ruiz’s crew claiming the pier.";
    assert!(!named(text).contains(&"Ana Ruiz".to_string()), "{:?}", named(text));
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
fn a_participle_opening_the_sentence_is_not_who_he_is() {
    let got = across(&[
        "Ana Ruiz spoke in Lima on Monday.",
        "Asked on radio whether she would run again, she said, “Not yet.”",
        "Talking about the port, she said it would reopen.",
    ]);
    assert_eq!(got[1], ["Ana Ruiz"]);
    assert_eq!(got[2], ["Ana Ruiz"]);
}

#[test]
fn he_may_be_a_surname_named_earlier_in_the_passage() {
    let got = across(&[
        "Ana Ruiz, the mayor, opened the port in May.",
        "Lena Holt built the port in 2001 and Ruiz has run it since.",
        "In reply to a question, Ruiz toured the dock. “The crew is the best,” she said.",
        "The remarks helped Ruiz make her case. She said the port would grow.",
    ]);
    assert_eq!(got[2], ["Ana Ruiz"]);
    assert_eq!(got[3], ["Ana Ruiz"]);
    // A capitalised law before "he" in the passage is no one.
    let got = across(&[
        "Gov. Tom Berg spoke in Lima.",
        "The crowd cheered the state’s Port Safety Act, which the assembly passed. He said it was overdue.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
}

#[test]
fn he_is_not_whom_his_relative_clause_describes() {
    let got = across(&[
        "Tom Berg tweeted that the port must close.",
        "He also took aim at Mayor Dan Holt, who he said “was wrong in 2001.”",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
}

#[test]
fn a_qualified_role_may_stand_between_the_verb_and_the_name() {
    assert_eq!(named("“The port is open,” said senior adviser Tom Berg."), ["Tom Berg"]);
    assert_eq!(named("“It is shut,” said neighbor Lena Holt."), ["Lena Holt"]);
    assert!(named("“It is shut,” said the neighbors at the pier.").is_empty());
}

#[test]
fn medics_and_an_indictment_are_unnamed_sources() {
    assert!(named("Medics said the man was hurt.").is_empty());
    assert!(!unnamed("Medics said the man was hurt.").is_empty());
    assert!(!unnamed("“They hid the money,” the 47-page indictment says.").is_empty());
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
fn the_house_speaker_is_the_speaker_named_before() {
    let got = across(&[
        "House Speaker Ana Ruiz is not upset over the vote, she said on Friday.",
        "“I don’t like that language,” the House speaker continued, noting the vote.",
    ]);
    assert_eq!(got[0], ["Ana Ruiz"]);
    assert_eq!(got[1], ["Ana Ruiz"]);
}

#[test]
fn a_pronoun_is_never_a_place() {
    let got = across(&[
        "For residents of the Harbour View Apartments, it was a quiet night.",
        "“We heard shots,” she said.",
    ]);
    assert!(got.iter().all(|p| p.is_empty()), "{got:?}");
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
fn she_after_a_lone_unnamed_witness_is_the_witness() {
    let got = sources_across(&[
        "Tom Berg, 20, was named as the gunman.",
        "A witness, who asked not to be named, said she was at the pool. What she saw \
         next, she says, will stay with her.",
        "“We heard shots,” she said.",
        "“It was loud.”",
    ]);
    for p in &got[1..] {
        assert!(!p.is_empty() && p.iter().all(|s| s.1 == SourceKind::Unnamed), "{got:?}");
    }
    // A person named after the witness is still "she".
    let got = across(&[
        "A neighbor said the pier was shut. Ana Ruiz, the mayor, agreed.",
        "She said it would reopen.",
    ]);
    assert_eq!(got[1], ["Ana Ruiz"]);
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
fn names_after_a_preposition_are_no_subjects() {
    // Joined by "and" to one after "for", both are its objects.
    let text = "Prosecutors and lawyers for both Tom Berg Jr. and Lena Berg said they were ready.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    // Before a relative clause, a name after "from" is not who called.
    let text = "An executive from Harbour Works Inc., which plans a plant, called the mayor.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    // A capitalised preposition opening the sentence is no name.
    let text = "Among the Republicans vying for the seat, there was consensus against the bill, \
                which would protect firms after denying services.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    // Two people joined, with no preposition before them, still speak.
    assert_eq!(named("Ana Ruiz and Tom Berg said the pier was shut."), ["Ana Ruiz", "Tom Berg"]);
}
#[test]
fn the_subject_of_a_clause_is_no_object_and_no_owner() {
    // A name after a preposition is not who cites.
    let text = "An executive from Harbour Works Inc. sent a letter citing the state’s growth.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    // "Berg lawyer Ana Ruiz": the lawyer.
    let text =
        "Berg lawyer Ana Ruiz praised the office for “its care” and asked the press to wait.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // The hour before a day ends no sentence: the caller is the clause's subject.
    let text = "Tom Berg called 911 just before 7 a.m. Wednesday, saying his mother was hurt, \
                Trooper Lena Holt said.";
    assert_eq!(named(text), ["Tom Berg", "Lena Holt"]);
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
fn defending_oneself_against_what_was_said_is_speech() {
    let text = "Ana Ruiz is defending herself against a report she misstated her record.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz defended herself against charges that she misled voters.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    assert!(named("Tom Berg defended himself against the attacker with a chair.").is_empty());
}

#[test]
fn they_after_two_people_named_together_is_both() {
    let got = across(&[
        "Ana Ruiz and Tom Berg live five doors down. They said the house was quiet.",
        "But they said it was not the first time police came.",
        "Police said the man fled. They said he was armed.",
    ]);
    assert_eq!(got[0], ["Ana Ruiz", "Tom Berg"]);
    assert_eq!(got[1], ["Ana Ruiz", "Tom Berg"]);
    assert!(got[2].is_empty(), "{got:?}");
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
fn a_clause_after_a_dateline_opens_after_it() {
    let text = "OSLO — With the Senate set to vote, a Harbour Trust panel released a report \
                that called for armed guards, urging towns to act.";
    assert!(!named(text).iter().any(|n| n == "Senate"), "{:?}", named(text));
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
fn they_after_a_force_or_body_is_that_force() {
    let got = sources_across(&[
        "The man was in bed at noon, Dayton police said.",
        "Then he got up, they said.",
        "Detectives said the door was open. They said it was dark.",
        "Ana Ruiz said she heard a shot.",
        "They said the man ran.",
    ]);
    assert_eq!(got[1], [("Dayton police".to_string(), SourceKind::Named)]);
    let detectives = ("detectives".to_string(), SourceKind::Unnamed);
    assert_eq!(got[2], [detectives.clone(), detectives]);
    // Not after a person, nor two passages on.
    assert!(got[4].is_empty());
    let got = sources_across(&["Dayton police said the man fled.", "He ran.", "They said so."]);
    assert!(got[2].is_empty());
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
fn a_place_name_runs_on_after_st() {
    let text = "The boy was hurt, St. Louis County police said.";
    assert_eq!(named(text), ["St. Louis County police"]);
    let text = "The boy was hurt. — St. Louis County PD (@stlcountypd) August 25, 2015";
    assert_eq!(named(text), ["St. Louis County PD"]);
    let text = "The boy was hurt, according to St. Johns County Sheriff David Shoar.";
    assert_eq!(named(text), ["David Shoar"]);
}

#[test]
fn according_to_two_names_joined_is_both() {
    let text = "Ana Ruiz told the crew at noon, according to NBC and the AP.";
    assert_eq!(named(text), ["Ana Ruiz", "NBC", "AP"]);
    let text = "The pier shut, according to Tom Berg and his lawyers.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn a_pronoun_before_an_aside_is_the_subject() {
    let got = across(&[
        "Rep. Tom Berg said the pier was unsafe.",
        "He, along with several other members, suggested a new fence.",
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
fn another_counts_people_and_names_no_one() {
    let text = "Another candidate, Tom Berg, the state treasurer, hedged, saying he would wait.";
    assert_eq!(named(text), ["Tom Berg"]);
}

#[test]
fn a_name_after_a_preposition_and_its_article_is_no_subject() {
    let text = "Residents a mile away from the Harbour Mall say the boy is often here.";
    assert!(named(text).is_empty(), "{:?}", named(text));
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
fn a_trailing_he_said_is_the_one_who_spoke_before_not_the_clauses_subject() {
    let got = across(&[
        "“He was home,” said Gregg Miliote, a spokesman for the district attorney.",
        "Catherine Gomes lived in that apartment, he said.",
    ]);
    assert_eq!(got, [vec!["Gregg Miliote"], vec!["Gregg Miliote"]]);
    // A subject who has spoken before tells of herself.
    let got = across(&[
        "Ana Ruiz said she heard shots. Tom Berg said he ran.",
        "Ana Ruiz was asleep upstairs at the time, she said.",
    ]);
    assert_eq!(got[1], ["Ana Ruiz"]);
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
fn a_body_which_said_speaks_and_speaking_out_is_speaking() {
    assert_eq!(
        named("The ad was denounced by the Human Rights Campaign, which said it was wrong."),
        ["Human Rights Campaign"]
    );
    assert_eq!(named("Ana Ruiz today spoke out against the attacks."), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz spoke with reporters at the pier.").is_empty());
}

#[test]
fn a_given_name_hyphened_in_lower_case_is_whole() {
    for (text, who) in [
        ("Ban Ki-moon said the attacks were wrong.", "Ban Ki-moon"),
        ("Kim Jong-un said the talks were over.", "Kim Jong-un"),
    ] {
        assert_eq!(named(text), [who], "{text}");
    }
    assert!(named("Obama-era rules said little.").is_empty());
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
fn an_officer_with_a_force_and_a_tie_before_a_name_speak() {
    assert_eq!(
        named("Lt. Col. Ken Cox with St. Louis County Police says it started earlier."),
        ["Ken Cox"]
    );
    assert_eq!(
        named(
            "Owen Hicks was shot at 5:08 p.m., according to Floyd County police Lt. Dan Pendley."
        ),
        ["Dan Pendley"]
    );
    assert_eq!(named("According to Houston police, the pier was shut."), ["Houston police"]);
    assert_eq!(
        named("“It’s horrible,” says his mother Lee Anna Richardson with tears in her eyes."),
        ["Lee Anna Richardson"]
    );
    assert_eq!(
        named("Bill Ritz, EDS spokesman, pointed out that the deal needs approval."),
        ["Bill Ritz"]
    );
    // What a family calls its own is no name.
    assert!(named("“We hoped he would survive,” says his Mom.").is_empty());
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
fn spans_of_time_open_sentences_but_name_no_one() {
    let text = "Hours before Ana Ruiz's goal Tuesday, coach Tom Berg expressed confidence, saying she always scores.";
    assert!(!named(text).iter().any(|n| n == "Hours"), "{:?}", named(text));
    assert!(
        named("Weeks later, Ana Ruiz said the pier was shut.").contains(&"Ana Ruiz".to_string())
    );
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
fn a_forecast_cites_who_makes_it() {
    assert_eq!(named("Harbour Trust expects rents to fall 4 percent."), ["Harbour Trust"]);
    assert!(named("The storm is expected to reach Harbour Trust land.").is_empty());
}

#[test]
fn a_statement_from_someones_lawyer_is_not_theirs() {
    let found =
        named("“We are disappointed,” said the statement from Grimm's attorney, William McGinley.");
    assert!(!found.iter().any(|n| n == "Grimm"), "{found:?}");
}

#[test]
fn responding_by_an_act_is_not_speech() {
    assert!(named("Tom Berg responded by hitting Ana Ruiz with his helmet.").is_empty());
    assert_eq!(named("Tom Berg responded by saying the helmet had slipped."), ["Tom Berg"]);
}

#[test]
fn a_company_suffix_is_no_surname() {
    let found = named("McClatchy Co. said its finances were impaired.");
    assert_eq!(found, ["McClatchy Co."]);
}

#[test]
fn abbreviated_months_name_no_one() {
    let found = named("The quarter ended Sept. 29, and McClatchy said its finances were impaired.");
    assert_eq!(found, ["McClatchy"]);
}

#[test]
fn a_state_after_a_town_is_no_subject() {
    let text = "A team led by researchers at the Goddard Space Flight Center in Greenbelt, Maryland, has confirmed traces of water.";
    assert!(!named(text).iter().any(|n| n == "Maryland"), "{:?}", named(text));
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
fn attributing_is_claiming() {
    assert_eq!(named("Ana Ruiz attributed the rally to the court's ruling."), ["Ana Ruiz"]);
}

#[test]
fn twice_between_subject_and_verb() {
    assert_eq!(named("Big Machine have twice denied doing anything wrong."), ["Big Machine"]);
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
fn she_after_one_spoken_to_is_that_one() {
    let text = "Ana Ruiz wrote about it. WIRED spoke to a mother, who knew her son had an account. “I am so ahead,” she said.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    assert_eq!(unnamed(text), ["mother"]);
}

#[test]
fn a_title_case_dateline_with_a_postal_code_is_no_source() {
    let text =
        "New York, NY – With engagement moving to phones, Ana Ruiz said the firm would grow.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn standing_positions_and_the_market_are_no_sources() {
    assert!(named("Nissan still believes in sedans for their practicality.").is_empty());
    assert!(named("Wall Street predicted $2.52 a share.").is_empty());
    assert!(named("Despite reports urging new rules, officials have made no changes.").is_empty());
}

#[test]
fn his_office_speaks_for_him() {
    let text =
        "Teachers did not see Eric Holcomb at the Statehouse. His office said he was traveling.";
    assert_eq!(named(text), ["Eric Holcomb"]);
}

#[test]
fn remembering_and_rejecting_with_words() {
    assert_eq!(named("Tim Cook remembered Jobs rehearsing there."), ["Tim Cook"]);
    assert_eq!(named("The Pentagon rejected the accusations as “patently false.”"), ["Pentagon"]);
    // Without words quoted, rejecting is an act.
    assert!(named("The Pentagon rejected the offer.").is_empty());
}

#[test]
fn a_talk_with_someone_cites_them() {
    let text = "Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff that it was so.";
    assert_eq!(named(text), ["Tim Cook", "Marc Benioff"]);
    let text = "The debate between Boris Johnson and Jeremy Corbyn was heated.";
    assert_eq!(named(text), ["Boris Johnson", "Jeremy Corbyn"]);
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
fn talks_with_a_leader_are_a_negotiation_not_his_words() {
    let text = "Trump intends to resume the talks with North Korean leader Kim Jong-un.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    assert_eq!(
        named("In a fireside chat with Salesforce founder Marc Benioff, the pier was discussed."),
        ["Marc Benioff"]
    );
}

#[test]
fn a_title_written_short_ends_no_name_before_the_person() {
    let text = "Vermont Sen. Bernie Sanders also sent out a call, asking supporters to give.";
    assert_eq!(named(text), ["Bernie Sanders"]);
    let text = "New Jersey Gov. Chris Christie (R), an ally, conceded the point, saying, \"It is different.\"";
    assert_eq!(named(text), ["Chris Christie"]);
    let text = "Democratic presidential candidate Sen. Bernie Sanders criticized the accord, saying it goes nowhere.";
    assert_eq!(named(text), ["Bernie Sanders"]);
}

#[test]
fn initials_stay_inside_the_name() {
    let text = "“The reach is wide,” said J.M. Berger, a fellow at the institute.";
    assert_eq!(named(text), ["J.M. Berger"]);
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
fn adding_to_a_lead_is_not_speaking() {
    let text = "Ana Ruiz won the primary on Tuesday, adding to her lead over Sen. Tom Berg.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    let text = "Ana Ruiz won the primary, adding that the pier would reopen.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_pronoun_opening_the_clause_is_its_subject_not_the_name_after_it() {
    let text = "She also compared Tom Berg to the mayor, saying they are both part of the system.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn an_inverted_subject_may_be_qualified_by_place_and_party() {
    let text = "“It took time,” said former Utah governor Tom Berg, a confidant.";
    assert_eq!(named(text), ["Tom Berg"]);
    let text = "“How much worse could it get?” said Florida-based Republican strategist Ana Ruiz.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_campaign_role_between_two_names_makes_the_second_speak() {
    let text = "Berg campaign manager Ana Ruiz rejected the idea, saying the crowds prove it.";
    assert_eq!(named(text), ["Ana Ruiz"]);
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
fn calling_someone_a_quoted_name_and_asks_are_speech() {
    let text = "Ana Ruiz went after Tom Berg, calling him “a total stiff.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "Ana Ruiz went after Tom Berg, calling for a recount.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    let text = "Ana Ruiz asks at Western High School, “Any questions I can answer?”";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_town_and_its_state_stay_in_the_opening_phrase() {
    let text = "Speaking at a town hall in Salem, New Hampshire, Ana Ruiz went after Tom Berg, calling him “a total stiff.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn an_age_set_off_by_commas_is_passed_over_to_the_name() {
    let text = "Ana Ruiz, 35, the mother of two, said the pier was unsafe.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_state_after_its_town_is_where_not_who() {
    for (text, who) in [
        ("Stacy Baker of Columbia, South Carolina says she thinks Cruz can win.", "Stacy Baker"),
        (
            "Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will win.",
            "Dean Johnson",
        ),
        (
            "Libby Schaaf, the mayor of Oakland, California, also spoke out against it:",
            "Libby Schaaf",
        ),
        ("Tom Berg, a delegate from Akron, Ohio, said the vote was close.", "Tom Berg"),
    ] {
        assert_eq!(named(text), [who], "{text}");
    }
}

#[test]
fn a_place_is_no_one_he_refers_to_and_before_a_role_is_the_role() {
    let got = across(&[
        "Sen. Tom Berg won the vote. New Hampshire has four votes.",
        "“We have come a long way,” he told supporters.",
    ]);
    assert_eq!(got[1], ["Tom Berg"]);
    assert!(named("The Florida senator is predicting a win in March.").is_empty());
}

#[test]
fn a_view_of_someone_and_a_lead_maintained_are_no_words() {
    assert!(named("Most voters have a favorable view of Ana Ruiz.").is_empty());
    assert_eq!(named("In the view of Ana Ruiz, the plan fails."), ["Ana Ruiz"]);
    assert!(named("Ana Ruiz maintains a commanding lead in the polls.").is_empty());
    assert_eq!(named("Ana Ruiz maintained that the plan works."), ["Ana Ruiz"]);
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
fn asked_after_a_question_responds_and_interjected_speak() {
    let asked = "“Why should it be taken from him?” asked Ana Ruiz, now a radio host.";
    assert_eq!(named(asked), ["Ana Ruiz"]);
    assert_eq!(named("Ana Ruiz responds that she needs no guidelines."), ["Ana Ruiz"]);
    assert_eq!(named("She spoke on, to which Tom Berg interjected: “Not true.”"), ["Tom Berg"]);
    let moderator = "In other words, explained CBS moderator Ana Ruiz: “What does it matter?”";
    assert_eq!(named(moderator), ["Ana Ruiz"]);
}

#[test]
fn a_title_case_headline_joins_no_names() {
    let got =
        across(&["Bolton and Gorka Slam ‘Neocons For Hillary.’", "“I am disturbed,” Gorka said."]);
    assert_eq!(got[1], ["Gorka"]);
}

#[test]
fn a_pronoun_is_never_someone_whose_given_name_is_the_other_sex() {
    let got = across(&[
        "Tom Berg said the pier would reopen.",
        "Gloria Major runs the ferry.",
        "“We are ready,” he said.",
    ]);
    assert!(got[2].is_empty(), "{got:?}");
    let got = across(&[
        "Gloria Major said the pier would reopen.",
        "Tom Berg runs the ferry.",
        "“We are ready,” she said.",
    ]);
    assert!(got[2].is_empty(), "{got:?}");
    // A pronoun of the name's own sex still refers back to them.
    let got = across(&[
        "Tom Berg said the pier would reopen.",
        "Gloria Major runs the ferry.",
        "“We are ready,” she said.",
    ]);
    assert_eq!(got[2], ["Gloria Major"]);
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
fn a_superlative_before_a_role_is_an_epithet_not_a_name() {
    let text = "The self-titled America's Toughest Sheriff, who has long battled the federal \
                government, said the ruling was wrong.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    // A county's office and a given name ending so are still names.
    assert_eq!(
        named("Maricopa County Sheriff said the ruling was wrong."),
        ["Maricopa County Sheriff"]
    );
    assert_eq!(named("Ernest Judge said the ruling was wrong."), ["Ernest Judge"]);
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
fn who_after_a_body_named_in_an_apposition_is_the_person_before() {
    let text = "Ana Ruiz, the director of the Partnership for Conservative Principles, who \
                also said that the men must do more, spoke on Monday.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // A person right before "who" is still who.
    assert_eq!(named("Tom Berg met Ana Ruiz, who said the pier would reopen."), ["Ana Ruiz"]);
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
fn given_opening_a_sentence_is_no_name() {
    let text = "Given that history -- and the fact that Trump has made many false claims, \
                according to The Washington Post's Fact Checker -- there is every reason to \
                doubt the story.";
    assert_eq!(named(text), ["Washington Post"]);
}

#[test]
fn a_firms_officer_is_the_person_after_the_office() {
    assert_eq!(named("Apple CEO Tim Cook said the phone sold well."), ["Tim Cook"]);
    assert_eq!(named("Microsoft Founder Ana Ruiz said the phone sold well."), ["Ana Ruiz"]);
}

#[test]
fn a_capitalised_preposition_opening_a_sentence_still_governs_its_name() {
    // "In a Tumblr post … and accused him": Tumblr is where she wrote, not who.
    let text = "Ana Ruiz posted on Tumblr. In a Tumblr post at the time she described it as \
                the worst case and accused him of bullying.";
    assert!(!named(text).contains(&"Tumblr".to_string()), "{:?}", named(text));
}

#[test]
fn a_participle_after_be_is_a_verb_of_the_noun_before_it() {
    // "companies are writing apps" is no clause the opening name speaks.
    let text = "Apple is now in every large firm, and eight in ten companies are writing \
                custom apps, Cook told Benioff.";
    assert_eq!(named(text), ["Cook"]);
    // A name right before the verb still speaks.
    assert_eq!(named("Ana Ruiz is warning residents to stay indoors."), ["Ana Ruiz"]);
}

#[test]
fn she_is_the_woman_speaking_rather_than_someone_named_in_passing() {
    let found = across(&[
        "Ana Ruiz said the pier would reopen in spring.",
        "The pier was built by a firm owned by developer Jordan Okafor.",
        "In an interview she said repairs would take a month.",
    ]);
    assert_eq!(found[2], ["Ana Ruiz"], "{found:?}");
}

#[test]
fn a_pronoun_in_an_apposition_is_someone_else() {
    // "Jordan Lee, her lawyer": "her" is the client; the lawyer's sex is not told.
    let found = across(&[
        "Jordan Lee, her lawyer, said the deal was fair.",
        "He said it would close soon.",
    ]);
    assert_eq!(found[1], ["Jordan Lee"], "{found:?}");
}

#[test]
fn a_firm_named_by_its_trade_word_is_a_body_they_speak_for() {
    // "Productions", "Capital", "Records": a firm's name, so "they said" after it is its.
    let found = across(&[
        "The company that runs the awards, Dick Clark Productions, denies that anything is settled.",
        "\"We have no further comment,\" they said.",
    ]);
    assert_eq!(found[1], ["Dick Clark Productions"], "{found:?}");
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

#[test]
fn she_after_a_family_surname_is_the_one_of_them_who_spoke() {
    let found = across(&[
        "Kaiyana Rockingham said her son Dewaun Rockingham was the light of her life.",
        "Rockingham and her family sold food at a church.",
        "“He was a loving kid,” she said.",
    ]);
    assert_eq!(found[2], ["Kaiyana Rockingham"], "{found:?}");
}

#[test]
fn a_gerund_opening_a_sentence_is_no_part_of_a_name() {
    let text = "Hosting Tom Berg at the summit \"is our dream,\" Ana Ruiz said.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let found = across(&["Hosting Cook at the summit was a coup.", "“It went well,” Cook said."]);
    assert_eq!(found[1], ["Cook"], "{found:?}");
    // A given name ending so is still one.
    assert_eq!(named("Irving Berg said the pier would reopen."), ["Irving Berg"]);
}

#[test]
fn who_after_a_persons_name_after_a_preposition_is_that_person() {
    assert_eq!(
        named("The plan was criticised by Ana Ruiz, who said it was reckless."),
        ["Ana Ruiz"]
    );
    assert_eq!(named("The plan drew fire from Ana Ruiz, who said it was reckless."), ["Ana Ruiz"]);
    // A place, or one word that may be a body, is not whom "who" means.
    assert!(named("He met officials in Brussels, who said it was reckless.").is_empty());
    assert!(named("The deal was backed by executives at Apple, who said it was fair.").is_empty());
}

#[test]
fn given_names_that_end_like_a_peoples_adjective_stay_in_the_name() {
    assert_eq!(named("“We are waiting for justice,” said Jillian Soto."), ["Jillian Soto"]);
    assert_eq!(named("Julian Assange said the charges were political."), ["Julian Assange"]);
    assert_eq!(named("Canadian Ana Ruiz said the charges were political."), ["Ana Ruiz"]);
}

#[test]
fn a_town_and_its_state_after_in_are_where_not_who() {
    let text = "Sandy Phillips, who lost her daughter during the mass shooting in Aurora, \
                Colorado, in July 2012, said the call went badly.";
    assert_eq!(named(text), ["Sandy Phillips"]);
    assert_eq!(
        named("Ana Ruiz, who works in Greenbelt, Maryland, said the launch was late."),
        ["Ana Ruiz"]
    );
    // A person after a town is no state: "Harlem, Clinton" is Clinton.
    assert_eq!(
        named("Speaking in Harlem, Clinton, without naming him, also accused Sanders of it."),
        ["Clinton"]
    );
    // The person an article is about is not its subject, however far back.
    let text = "An article about Tashfeen Malik, one of the attackers in the shooting in San \
                Bernardino, Calif., based on accounts from officials, reported that she posted.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn an_owners_pronoun_after_the_one_person_of_a_sentence_tells_their_sex() {
    // Nothing but her pronouns says Taylor Swift is a woman; the passer-by named after
    // her is not whom "she" means.
    let article = [
        "Taylor Swift accused the label of trying to stop her performing her old songs.",
        "The label was bought by talent manager Scooter Braun.",
        "In a post at the time she described this as the “worst case scenario”.",
    ];
    assert_eq!(across(&article)[2], ["Taylor Swift"]);
    // In what a verb of saying reports, "her" may be someone else's.
    let article = [
        "Robin Vale says the singer may play her old songs at the show.",
        "In a post he described the decision as “generous”.",
    ];
    assert_eq!(across(&article)[1], ["Robin Vale"]);
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
fn a_place_joined_to_based_or_backed_describes_who_follows() {
    assert_eq!(named("“It is cratering,” Texas-based Tom Berg said."), ["Tom Berg"]);
    assert!(named("Iran-backed militias said the strike killed two.").is_empty());
}

#[test]
fn an_age_and_a_hometown_set_off_stand_between_a_name_and_its_verb() {
    assert_eq!(named("Cory James, 22, of Flint, Mich., said he had hope."), ["Cory James"]);
    assert_eq!(named("Ana Ruiz, 29, of Huntsville, Ala., says her concern is heat."), ["Ana Ruiz"]);
}

#[test]
fn a_list_of_places_after_in_is_where_not_who() {
    let text = "Ana Ruiz, who served in Iran, Turkey and France, praised the deal.";
    assert_eq!(named(text), ["Ana Ruiz"]);
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
fn a_statement_released_or_sent_is_its_senders() {
    assert_eq!(named("Ana Ruiz released the following statement:"), ["Ana Ruiz"]);
    assert_eq!(named("The Harbour Board sent out a statement on Monday."), ["Harbour Board"]);
    assert_eq!(named("The Pier Workers Union issued a formal complaint."), ["Pier Workers Union"]);
    // Someone else's letter, passed on, is its writer's.
    assert_eq!(named("Tom Berg released a letter from Ana Ruiz."), ["Ana Ruiz"]);
    assert!(named("The police released a man on bail.").is_empty());
}

#[test]
fn a_manner_phrase_opening_the_passage_is_read_without_a_subject_before_it() {
    // The walk back over "in a statement" once looked one word before the passage.
    assert!(named("In a statement said the harbour was shut.").is_empty());
    assert!(named("At the time said nothing.").is_empty());
    assert_eq!(named("Ana Ruiz in a statement said the pier was shut."), ["Ana Ruiz"]);
}

/// The words the rules look back and forward for: verbs, the phrases walked over
/// between a subject and its verb, titles, pronouns and the punctuation around them.
const RULE_WORDS: &[&str] = &[
    "In",
    "in",
    "a",
    "the",
    "The",
    "statement",
    "time",
    "said",
    "told",
    "according",
    "to",
    "saying",
    "went",
    "on",
    "quick",
    "was",
    "calling",
    "for",
    "released",
    "from",
    "Ana",
    "Ruiz",
    "Mr.",
    "Sen.",
    "R-Texas",
    "Jr.",
    ",",
    "“",
    "”",
    ":",
    "—",
    "he",
    "she",
    "they",
    "It",
    "who",
    "which",
    "his",
    "her",
    "herself",
    "of",
    "by",
    "at",
    "At",
    "last",
    "week",
    "Monday",
    "and",
    "Calif.",
    "22",
    "Texas-based",
    "(",
    ")",
    "asked",
    "took",
    "Twitter",
    "called",
    "office",
    "report",
    "TAPPER:",
    "Q:",
    "’s",
    "added",
    "that",
    "family",
    "police",
    "officials",
    "spokesman",
    "quoting",
    "view",
    "put",
    "As",
    "spoke",
    "out",
    "agreed",
    "continued",
    "as",
    "identified",
    "wrote",
];

/// Every passage of up to `longest` rule words, each read once: none may panic. Rules
/// look a fixed number of words back or ahead, so a short passage is where an index
/// leaves the passage ("In a statement said" once did).
fn every_short_passage(longest: u32) -> Vec<String> {
    let n = RULE_WORDS.len();
    let mut panicked = Vec::new();
    for len in 1..=longest {
        for mut code in 0..n.pow(len) {
            let mut words = Vec::new();
            for _ in 0..len {
                words.push(RULE_WORDS[code % n]);
                code /= n;
            }
            let passage = words.join(" ");
            // Between two passages, as in an article: the gaps at its edges are the
            // breaks between passages, not the end of the text.
            let text = format!("Before.\n\n{passage}\n\nAfter.");
            let read = || {
                let scan = Scan::new(&text, 9..9 + passage.len());
                let mut out = Vec::new();
                find(&text, &scan, 1, &Canon::default(), &mut Antecedents::default(), &mut out);
            };
            // A score of them is enough to see the rule at fault.
            if std::panic::catch_unwind(read).is_err() && panicked.len() < 20 {
                panicked.push(passage);
            }
        }
    }
    panicked
}

#[test]
fn no_passage_of_three_rule_words_panics() {
    assert_eq!(every_short_passage(3), Vec::<String>::new());
}

/// Four words each is 39 million passages: minutes in a release build, run by hand.
#[test]
#[ignore = "minutes in a debug build: cargo test --release -- --ignored every_passage_of_four"]
fn every_passage_of_four_rule_words_is_read_without_panic() {
    assert_eq!(every_short_passage(4), Vec::<String>::new());
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
fn a_capitalised_insider_ends_a_title() {
    assert_eq!(named("Business Insider said the plan failed."), ["Business Insider"]);
    // Many, capitalised, are still unnamed.
    assert!(named("Senate Democrats said the plan failed.").is_empty());
    assert_eq!(unnamed("An insider said the plan failed."), ["insider"]);
}

#[test]
fn a_role_before_the_name_is_passed_over() {
    // Owned, then the name set off by commas.
    assert_eq!(
        named("“It was long,” said Ruiz’s deputy campaign manager, Tom Berg, who ran it."),
        ["Tom Berg"]
    );
    assert_eq!(named("“They agree,” said Ruiz constituent Tom Berg when asked."), ["Tom Berg"]);
    assert_eq!(named("Band member Tom Berg shared the news, writing “We are back.”"), ["Tom Berg"]);
    // "replied", "conceded" and the like stand before their subject too.
    assert_eq!(named("“Well, it is close to true,” replied Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(named("“We lost,” conceded Tom Berg."), ["Tom Berg"]);
}

#[test]
fn states_that_are_places_say_nothing() {
    assert!(named("Southeastern states could play a role.").is_empty());
    assert_eq!(named("Baltic states and Poland said the talks failed."), ["Poland"]);
    assert_eq!(named("Ana Ruiz states in her letter that the pier is unsafe."), ["Ana Ruiz"]);
}

#[test]
fn a_name_is_whole_whatever_writes_its_possessive_or_call_sign() {
    // An opening quote mark typed for an apostrophe is still a possessive.
    assert_eq!(
        named("Tom Berg landed in trouble by saying Ana Ruiz‘s case was weak, Berg said."),
        ["Tom Berg"]
    );
    // A title's word in a call sign is no title.
    assert_eq!(named("Marchers held roses aloft, KING-TV reported."), ["KING-TV"]);
}

#[test]
fn a_role_before_a_name_is_passed_over_however_it_is_written() {
    for t in [
        "“It matters,” said Ohio dairy-farm owner Ana Ruiz.",
        "“It matters,” said Berg ally Ana Ruiz.",
        "“It matters,” said Berg’s top foreign policy aide Ana Ruiz.",
        "Ana Ruiz, Tribune’s Deputy Managing Editor, explained why.",
        "The plant is under pressure from imports, said the company's chief executive, Ana Ruiz.",
        "Despite being surrounded by critics, led by former Mayor Tom Berg, Ana Ruiz has said she will run.",
    ] {
        assert_eq!(named(t), ["Ana Ruiz"], "{t}");
    }
    assert_eq!(
        named("Presumptive Republican nominee Tom Berg called on Congress to act."),
        ["Tom Berg"]
    );
}

#[test]
fn words_that_open_a_sentence_are_not_names() {
    assert_eq!(
        named("Back in May, he wrote a letter to Ruiz asking for money."),
        Vec::<String>::new()
    );
    assert_eq!(named("Neither Tom Berg nor Ana Ruiz would comment."), Vec::<String>::new());
    assert_eq!(
        named("Under the Green Belt plan, Kenya is promising to spend millions."),
        ["Kenya"]
    );
    // "she" is no common word that happens to open the sentence.
    assert_eq!(named("Things have changed, she says."), Vec::<String>::new());
    // The article writes "voters" in lower case, and never as a name.
    let voters = ["Voters in Ohio say the tax is too high.", "Many voters agreed, Tom Berg said."];
    assert_eq!(across(&voters), [vec![], vec!["Tom Berg".to_string()]]);
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
#[test]
fn an_opening_phrase_or_a_long_description_is_passed_over() {
    assert_eq!(
        named(
            "Down in the polls, Texas Gov. Ana Ruiz is on the attack, claiming in a new ad that Berg is waging a war."
        ),
        ["Ana Ruiz"]
    );
    assert_eq!(
        named(
            "Ana Ruiz, a former Republican congresswoman from Arkansas who led the task force, unveiled the report at a news conference."
        ),
        ["Ana Ruiz"]
    );
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
fn an_agents_noun_before_a_full_name_is_a_role() {
    assert_eq!(
        named("\"It is no mistake,\" said retired neurosurgeon Ana Ruiz, asked about it."),
        ["Ana Ruiz"]
    );
    assert_eq!(
        named("\"Over time,\" said former Utah governor Ana Ruiz, a Berg confidant."),
        ["Ana Ruiz"]
    );
    // "senior" is no agent, and one capitalised word after it no name.
    assert_eq!(
        named("“That can go a long way,” said a senior Berg adviser."),
        Vec::<String>::new()
    );
    // A surname spelt as a participle is a name when a verb follows it.
    assert_eq!(named("Husted continued by saying, “We will appeal this decision.”"), ["Husted"]);
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

#[test]
fn states_as_places_and_places_before_a_person_never_speak() {
    for text in [
        "Voters went to the polls in Ohio, Rust Belt states that have suffered intensely.",
        "Their show of force in crucial Rust Belt states underscored how important it was.",
        "“We can't have that,” said the New York businessman, who campaigned in Ohio.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
    assert_eq!(named("The report states that the pier is shut, Ana Ruiz said."), ["Ana Ruiz"]);
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

#[test]
fn a_name_that_the_opens_is_no_one_a_pronoun_stands_for() {
    let got = across(&[
        "The Internet has sped up misinformation, said Ana Ruiz, the site's editor.",
        "The Internet has also made it possible for people to organize, she said.",
    ]);
    assert_eq!(got, [vec!["Ana Ruiz"], vec!["Ana Ruiz"]]);
    assert!(named("The Harbour made it possible, she said.").is_empty());
}

#[test]
fn a_verb_and_its_particle_are_no_role_between_two_names() {
    let text = "Tenney took down businessman Tom Berg in the primary, claiming 41 percent.";
    assert!(!named(text).contains(&"Tom Berg".to_string()), "{:?}", named(text));
    assert_eq!(named("Harbour lawyer Tom Berg arrived, saying the pier was shut."), ["Tom Berg"]);
}

#[test]
fn when_and_though_open_a_clause_whose_subject_speaks() {
    let text =
        "Some in the crowd booed, and when Berg thanked Miami and said it was great, a man yelled.";
    assert_eq!(named(text), ["Berg"]);
}

#[test]
fn an_opening_mark_typed_for_a_closing_one_still_ends_the_quote() {
    assert_eq!(named("“It's unusual,“ said Tom Berg, an attorney."), ["Tom Berg"]);
    assert_eq!(named("“We never saw it coming, “ Ruiz said."), ["Ruiz"]);
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
fn a_comparison_or_while_and_a_participle_open_the_sentence_before_its_subject() {
    let text =
        "Like Berg, Ruiz also rejected the notion that the pier could close, arguing it was safe.";
    assert_eq!(named(text), ["Ruiz"]);
    let text = "While celebrating five wins Tuesday night, Ruiz mocked her rival, saying she lacked strength.";
    assert_eq!(named(text), ["Ruiz"]);
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

#[test]
fn a_former_title_a_first_initial_and_a_placed_role_before_the_verb() {
    assert_eq!(named("“The pier is shut,” said former Sen. Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(named("The pier is shut, according to retired Gen. Tom Berg."), ["Tom Berg"]);
    assert_eq!(
        named("“The pier is shut,” said T. Lena Holt Jr., a harbour official."),
        ["T. Lena Holt Jr."]
    );
    assert_eq!(
        named("Tom Berg, Dayton director for the campaign, said the pier was shut."),
        ["Tom Berg"]
    );
    // A state written short after "from" is where the person is from, not a speaker.
    let text = "Ana Ruiz, a pier keeper from Jackson, Miss., said the pier was shut.";
    assert_eq!(named(text), ["Ana Ruiz"]);
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
fn a_deed_before_a_colon_and_a_quote_is_how_it_was_said() {
    assert_eq!(named("And Tom Berg gloated: “I told you it would shut.”"), ["Tom Berg"]);
    assert!(named("Ana Ruiz was asked: “Will it open?”").is_empty());
    assert!(named("The pier's motto is printed: “Always open.”").is_empty());
}

#[test]
fn a_title_s_place_a_surname_s_particles_and_a_name_ending_its_sentence() {
    assert_eq!(named("“The pier is shut,” said former Ohio Gov. Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(
        named("“The pier is shut,” said Lena van der Holt, a sailor."),
        ["Lena van der Holt"]
    );
    let text = "Tom Berg, whose latest start-up, Pierworks, builds boats, said the pier was shut.";
    assert_eq!(named(text), ["Tom Berg"]);
    // The name set off after the role ends with its sentence, whatever opens the next.
    let text =
        "In nearby Dayton, the pier is shut, said the harbour's chief, Ana Ruiz. Boats wait.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn an_opening_clause_of_time_and_a_name_set_off_before_of() {
    let text = "When asked whom she backed, Ana Ruiz smiled and said the pier was shut.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    let text = "“It will open,” said a leading harbour advocate, Ana Ruiz of the firm Pierworks.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn a_span_ago_a_short_place_an_ampersand_and_two_initials_before_the_verb() {
    let text = "The Harbour Board less than two weeks ago said the pier was shut.";
    assert_eq!(named(text), ["Harbour Board"]);
    let text = "Tom Berg, who at the time was a Ft. Wayne sailor, said the pier was shut.";
    assert_eq!(named(text), ["Tom Berg"]);
    let text = "Ana Ruiz, who surveys piers for the firm Holt & Berg, said the pier was shut.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    assert_eq!(named("“The pier is shut,” said T. J. Holt, a sailor."), ["T. J. Holt"]);
    let text = "Ana Ruiz, a former harbour official who is now a senior fellow at the Centre for Pier Studies, which works on piers, said the pier was shut.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn echoing_and_a_deed_after_and_before_a_colon_and_a_quote() {
    assert_eq!(named("Tom Berg leaned in and boomed: “The pier is shut.”"), ["Tom Berg"]);
    assert_eq!(named("Ana Ruiz echoed: “The pier is shut.”"), ["Ana Ruiz"]);
    assert!(named("The call was echoed by Tom Berg.").is_empty());
}

#[test]
fn a_place_opening_the_sentence_is_no_one_he_could_be() {
    assert!(named("In Dunmore, he said the pier was shut.").is_empty());
    assert!(named("On Zentrobook, she responded by saying, “Stop.”").is_empty());
    // "From" introduces the words of the one it names.
    assert_eq!(named("From Lena Holt writing at the Dayton Herald:"), ["Lena Holt"]);
    // A country is no company.
    let got = across(&[
        "Zentro faces lawsuits in the United States and Canada.",
        "On Tuesday, the company said it would not file in time.",
    ]);
    assert_eq!(got[1], ["Zentro"]);
}

#[test]
fn a_name_inside_a_relative_clause_is_not_its_subject() {
    for text in [
        "Tom Berg, who backed Sen. Lena Holt, R-Ohio, last week said the pier was shut.",
        "Tom Berg, who backed Sen. Lena Holt, R-Ohio, and opposed the mayor in the primaries, \
         said the pier was shut.",
    ] {
        assert_eq!(named(text), ["Tom Berg"], "{text}");
    }
    // A case's second party is no one's voice.
    let text = "The rulings include Zentro Stores v. Dukes, which denied the workers' claims.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    assert_eq!(named("Tom Berg of the Dayton Fund told reporters, “We suffered.”"), ["Tom Berg"]);
    let text = "As Dr. Tom Berg of the Lutheran Synod of Dayton told the Herald, “We suffered.”";
    assert_eq!(named(text), ["Tom Berg"]);
    // With no person named in full before it, the body speaks.
    assert_eq!(named("Friends of the Dayton Fund said the pier was shut."), ["Dayton Fund"]);
}

#[test]
fn along_with_others_the_first_named_speaks() {
    let text = "Ms. Holt, along with Judge Tom Berg of the Court of Appeals for the Sixth Circuit \
                and Ana Ruiz, a law professor at the University of Dayton, wrote an assessment.";
    assert_eq!(named(text), ["Holt"]);
    // The clause must close before the verb: "who Beck called" is Beck's.
    let text = "Much of the ire was directed at Tom Berg, who Ana Ruiz on Wednesday called “a \
                horrible human being.”";
    assert_eq!(named(text), ["Ana Ruiz"]);
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
