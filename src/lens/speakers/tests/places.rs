//! Places, towns and states: where, never who.

use super::*;

#[test]
fn a_place_after_a_preposition_does_not_speak() {
    assert!(named("The route around Africa adds ten days to each voyage.").is_empty());
}

#[test]
fn the_person_of_a_place_speaks_not_the_place() {
    let text = "Gov. Mike Pence of Indiana, moving to quell the uproar, said on Tuesday \
                that he would fix the law.";
    assert_eq!(named(text), ["Mike Pence"]);
    assert_eq!(named("The Bank of England said rates would rise."), ["Bank of England"]);
}

#[test]
fn a_person_of_a_place_in_an_apposition() {
    let text = "One of the mayor's rivals, Representative Ben Ruiz of Ohio, scoffed at the plan.";
    assert_eq!(named(text), ["Ben Ruiz"]);
}

#[test]
fn the_person_set_off_after_a_role_of_a_place_speaks_not_the_place() {
    let text = "On Saturday, the mayor of Dayton, Ana Ruiz, said the pier would reopen.";
    assert_eq!(named(text), ["Ana Ruiz"]);
    // A state after a hometown is still no one.
    assert_eq!(named("Tom Berg of Dayton, Ohio, said the pier would reopen."), ["Tom Berg"]);
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
fn a_place_name_runs_on_after_st() {
    let text = "The boy was hurt, St. Louis County police said.";
    assert_eq!(named(text), ["St. Louis County police"]);
    let text = "The boy was hurt. — St. Louis County PD (@stlcountypd) August 25, 2015";
    assert_eq!(named(text), ["St. Louis County PD"]);
    let text = "The boy was hurt, according to St. Johns County Sheriff David Shoar.";
    assert_eq!(named(text), ["David Shoar"]);
}

#[test]
fn a_state_after_a_town_is_no_subject() {
    let text = "A team led by researchers at the Goddard Space Flight Center in Greenbelt, Maryland, has confirmed traces of water.";
    assert!(!named(text).iter().any(|n| n == "Maryland"), "{:?}", named(text));
}

#[test]
fn a_town_and_its_state_stay_in_the_opening_phrase() {
    let text = "Speaking at a town hall in Salem, New Hampshire, Ana Ruiz went after Tom Berg, calling him “a total stiff.”";
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
fn a_place_joined_to_based_or_backed_describes_who_follows() {
    assert_eq!(named("“It is cratering,” Texas-based Tom Berg said."), ["Tom Berg"]);
    assert!(named("Iran-backed militias said the strike killed two.").is_empty());
}

#[test]
fn a_list_of_places_after_in_is_where_not_who() {
    let text = "Ana Ruiz, who served in Iran, Turkey and France, praised the deal.";
    assert_eq!(named(text), ["Ana Ruiz"]);
}

#[test]
fn states_that_are_places_say_nothing() {
    assert!(named("Southeastern states could play a role.").is_empty());
    assert_eq!(named("Baltic states and Poland said the talks failed."), ["Poland"]);
    assert_eq!(named("Ana Ruiz states in her letter that the pier is unsafe."), ["Ana Ruiz"]);
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
