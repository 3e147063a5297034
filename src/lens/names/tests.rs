//! Names of sources, on sentences written for these tests.

use super::*;

fn names(text: &str) -> Vec<(String, String, bool)> {
    let scan = Scan::new(text, 0..text.len());
    let canon = Canon::new(&[("zelensky".into(), "zelenskyy".into())]);
    runs(text, &scan)
        .into_iter()
        .filter_map(|r| name(text, &scan, r, &canon))
        .map(|n| (n.shown, n.key, n.institution))
        .collect()
}

#[test]
fn people_lose_titles_and_institutions_keep_their_shape() {
    let got = names(
        "Ukrainian President Volodymyr Zelensky spoke to the Institute for the Study of War.",
    );
    assert_eq!(
        got,
        [
            ("Volodymyr Zelensky".into(), "zelenskyy".into(), false),
            ("Institute for the Study of War".into(), "isw".into(), true)
        ]
    );
    assert_eq!(names("Chief of Detectives Robert Boyce")[0].0, "Robert Boyce");
    assert!(names("Cpl. Gabrielle King spoke").iter().any(|n| n.0 == "Gabrielle King"));
    let got = names("Secretary General Mark Rutte met Nixey of Chatham House and the NYT");
    let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(shown, ["Mark Rutte", "Nixey", "Chatham House", "NYT"]);
    assert_eq!(got[3].1, "nyt");
}

#[test]
fn places_are_no_people() {
    for text in ["She lived at the Harbour View Apartments.", "He was taken to Mercy Hospital."] {
        assert!(names(text).iter().all(|n| n.2), "{text}: {:?}", names(text));
    }
}

#[test]
fn and_inside_an_institution_s_name() {
    let got = names("The Coast and Harbour Service met Ana Ruiz and Tom Berg.");
    let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(shown, ["Coast and Harbour Service", "Ana Ruiz", "Tom Berg"]);
    assert!(got[0].2);
    let got = names("Ana Ruiz and Congress agreed.");
    assert_eq!(got.len(), 2);
}

#[test]
fn a_date_after_a_connector_ends_the_name() {
    let got = names("President Ana Ruiz on Saturday met the Bank of England.");
    let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(shown, ["Ana Ruiz", "Bank of England"]);
}

#[test]
fn an_office_and_what_it_runs_is_no_name() {
    assert!(names("the agency's Director of Operations").is_empty());
    assert_eq!(names("Director of Operations Ana Ruiz")[0].0, "Ana Ruiz");
}

#[test]
fn openers_and_lone_titles_are_no_names() {
    assert!(names("However, the President").is_empty());
    assert_eq!(names("The Kremlin")[0].0, "Kremlin");
    for opener in ["Perhaps", "Someone", "Significantly", "Thirty", "Along"] {
        let text = format!("{opener} said the vote was close.");
        assert!(names(&text).is_empty(), "{text}: {:?}", names(&text));
    }
}
