//! Names and titles: initials, suffixes and hyphens kept; titles and roles before passed over.

use super::*;

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
fn middle_initials_and_suffixes_stay_in_the_name() {
    assert_eq!(named("Representative Paul D. Ryan said the plan was moral."), ["Paul D. Ryan"]);
    assert_eq!(named("Joseph R. Biden Jr. said the bill would pass."), ["Joseph R. Biden Jr."]);
    // A lone capital after a lower-case word is no initial.
    assert_eq!(named("He took vitamin D. Ana Ruiz said it helped."), ["Ana Ruiz"]);
}

#[test]
fn a_middle_initial_inside_an_apposed_name() {
    let text = "“We will cooperate,” the lawyer, Tom R. Berg, said in an email.";
    assert_eq!(named(text), ["Tom R. Berg"]);
}

#[test]
fn a_tie_or_role_in_lower_case_before_the_name_after_a_verb() {
    assert_eq!(named("“The pier is shut,” said neighbor Ana Ruiz."), ["Ana Ruiz"]);
    assert_eq!(named("“We are proud of him,” said spokesperson Tom Berg."), ["Tom Berg"]);
    assert_eq!(named("The pier is shut, according to spokesman Tom Berg."), ["Tom Berg"]);
}

#[test]
fn a_qualified_role_may_stand_between_the_verb_and_the_name() {
    assert_eq!(named("“The port is open,” said senior adviser Tom Berg."), ["Tom Berg"]);
    assert_eq!(named("“It is shut,” said neighbor Lena Holt."), ["Lena Holt"]);
    assert!(named("“It is shut,” said the neighbors at the pier.").is_empty());
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
fn a_company_suffix_is_no_surname() {
    let found = named("McClatchy Co. said its finances were impaired.");
    assert_eq!(found, ["McClatchy Co."]);
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
fn a_firms_officer_is_the_person_after_the_office() {
    assert_eq!(named("Apple CEO Tim Cook said the phone sold well."), ["Tim Cook"]);
    assert_eq!(named("Microsoft Founder Ana Ruiz said the phone sold well."), ["Ana Ruiz"]);
}

#[test]
fn given_names_that_end_like_a_peoples_adjective_stay_in_the_name() {
    assert_eq!(named("“We are waiting for justice,” said Jillian Soto."), ["Jillian Soto"]);
    assert_eq!(named("Julian Assange said the charges were political."), ["Julian Assange"]);
    assert_eq!(named("Canadian Ana Ruiz said the charges were political."), ["Ana Ruiz"]);
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
fn a_verb_and_its_particle_are_no_role_between_two_names() {
    let text = "Tenney took down businessman Tom Berg in the primary, claiming 41 percent.";
    assert!(!named(text).contains(&"Tom Berg".to_string()), "{:?}", named(text));
    assert_eq!(named("Harbour lawyer Tom Berg arrived, saying the pier was shut."), ["Tom Berg"]);
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
