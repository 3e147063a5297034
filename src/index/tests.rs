//! Behaviour of the index as a whole: edge cases, spans, links, topics, relatedness,
//! and a property test over arbitrary text.

use super::report;
use super::*;
use crate::corpus::Corpus;
use proptest::prelude::*;

fn corpus(texts: &[(&str, &str)]) -> Corpus {
    let mut c = Corpus::default();
    for (path, text) in texts {
        c.add(path, text.as_bytes());
    }
    c
}

const KYIV: &str = "Talks in Kyiv\n\nThe government in Kyiv rejected a truce along the current lines.\n\n\
    Zelenskyy said mobilisation would continue as recruits are scarce.\n\n\
    Farmers planted wheat near Poltava despite the shelling.\n";
const KIEV: &str = "Kiev weighs a ceasefire\n\nKiev again refused a cease-fire that would freeze the fighting.\n\n\
    Zelensky admitted the mobilization of new recruits is slow.\n\n\
    The weather in the Alps was sunny for the skiing season.\n";
const ALPS: &str = "Snow report\n\nFresh snow fell across the Alps, and skiing resorts opened early.\n\n\
    Hotels in Zermatt reported full bookings for the skiing season.\n";

#[test]
fn empty_and_single_corpora_give_empty_results() {
    let lex = Lexicons::embedded();
    let empty = Corpus::default();
    assert!(report::topics(&empty, &lex).topics.is_empty());
    assert!(report::related(&empty, &lex).is_empty());
    assert!(report::variants(&empty, &lex).variants.is_empty());
    let one = corpus(&[("a.txt", KYIV)]);
    assert!(report::topics(&one, &lex).topics.iter().all(|t| t.kind == TopicKind::Curated));
    assert_eq!(report::related(&one, &lex), vec![Vec::<Related>::new()]);
}

#[test]
fn articles_with_no_shared_words_do_not_link() {
    let lex = Lexicons::embedded();
    let c = corpus(&[
        (
            "a.txt",
            "Orchards\n\nApples and pears grow on trees in orchards, ripening through the autumn.\n",
        ),
        (
            "b.txt",
            "Navies\n\nSubmarines dive deep under polar ice, hidden from satellites and radar.\n",
        ),
    ]);
    let r = report::align(&c.articles[0], &c.articles[1], 3, &lex);
    assert_eq!(r.links.len(), c.articles[0].content_passages());
    assert!(!r.links.is_empty(), "one entry per content passage on the left");
    assert!(r.links[0].matches.is_empty());
    assert_eq!(report::related(&c, &lex), vec![vec![], vec![]]);
}

#[test]
fn spelling_variants_and_concepts_link_the_right_passages() {
    let lex = Lexicons::embedded();
    let c = corpus(&[("kyiv.txt", KYIV), ("kiev.txt", KIEV)]);
    let (left, right) = (&c.articles[0], &c.articles[1]);
    let r = report::align(left, right, 3, &lex);
    let best = |prefix: &str| {
        let link = r.links.iter().find(|l| left.passage_text(l.left).starts_with(prefix)).unwrap();
        let m = link.matches.first().expect("a match");
        (right.passage_text(m.right).to_string(), m.shared.clone())
    };
    let (text, shared) = best("The government");
    assert!(text.starts_with("Kiev again"), "{text}");
    assert!(
        shared.contains(&"Kyiv/Kiev".to_string()) && shared.contains(&"ceasefire".to_string()),
        "{shared:?}"
    );
    let (text, shared) = best("Zelenskyy said");
    assert!(text.starts_with("Zelensky admitted"), "{text}");
    assert!(shared.iter().any(|s| s == "mobilisation/mobilization"), "{shared:?}");
    // Title passages are never linked, and every left content passage has an entry.
    assert_eq!(r.links.len(), left.content_passages());
    assert!(r.left.passages[0].boilerplate);
}

#[test]
fn topics_record_passages_and_spans_per_article() {
    let lex = Lexicons::embedded();
    let c = corpus(&[("kyiv.txt", KYIV), ("kiev.txt", KIEV), ("alps.txt", ALPS)]);
    let topics = report::topics(&c, &lex).topics;
    let find = |label: &str| {
        topics.iter().find(|t| t.label == label).unwrap_or_else(|| panic!("no {label}"))
    };
    let ceasefire = find("ceasefire");
    assert_eq!(ceasefire.kind, TopicKind::Curated);
    assert_eq!(ceasefire.articles.len(), 2);
    let kyiv = find("Kyiv");
    assert_eq!(kyiv.kind, TopicKind::Discovered);
    assert!(kyiv.terms.contains(&"Kiev".to_string()), "{:?}", kyiv.terms);
    let skiing = find("skiing season");
    assert_eq!(
        skiing.articles.iter().map(|a| a.path.as_str()).collect::<Vec<_>>(),
        ["kiev.txt", "alps.txt"]
    );
    for t in &topics {
        for a in &t.articles {
            let article = c.articles.iter().find(|x| x.path == a.path).unwrap();
            for p in a.passages.as_ref().expect("a library's topics list passages") {
                for &[s, e] in &p.spans {
                    let text = &article.text[s..e];
                    assert!(!text.is_empty(), "{}: empty span", t.label);
                }
            }
        }
    }
    assert!(!topics.iter().any(|t| ["The", "However", "January"].contains(&t.label.as_str())));
}

#[test]
fn related_prefers_the_same_story() {
    let lex = Lexicons::embedded();
    let c = corpus(&[("kyiv.txt", KYIV), ("alps.txt", ALPS), ("kiev.txt", KIEV)]);
    let related = report::related(&c, &lex);
    assert_eq!(related[0][0].path, "kiev.txt");
    assert_eq!(related[1][0].path, "kiev.txt", "the only other text about skiing");
    assert!(related.iter().flatten().all(|r| r.score > 0.0 && r.score <= 1.0001));
}

#[test]
fn variants_propose_unknown_spellings_only() {
    let lex = Lexicons::embedded();
    let c = corpus(&[
        ("a.txt", "T\n\nOfficials in Kharkiv met Oleksiy Reznikov in Pavlohrad.\n"),
        ("b.txt", "T\n\nOfficials in Kharkov met Alexei Reznikoff in Pavlograd.\n"),
    ]);
    let v = report::variants(&c, &lex).variants;
    let pairs: Vec<(String, String)> =
        v.iter().map(|v| (v.forms[0].text.clone(), v.forms[1].text.clone())).collect();
    assert!(pairs.contains(&("Pavlograd".into(), "Pavlohrad".into())), "{pairs:?}");
    assert!(pairs.contains(&("Reznikoff".into(), "Reznikov".into())), "{pairs:?}");
    assert!(
        !pairs.iter().any(|(a, b)| a == "Kharkov" || b == "Kharkov"),
        "already an alias: {pairs:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_indexes_and_spans_stay_inside_passages(
        a in "(\\PC|\n| |-|’|'){0,400}",
        b in "(\\PC|\n| |-|’|'){0,400}",
    ) {
        let lex = Lexicons::embedded();
        let c = corpus(&[("a.txt", &a), ("b.txt", &b), ("c.txt", &format!("{a}\n\n{b}"))]);
        let topics = report::topics(&c, &lex);
        for t in &topics.topics {
            for art in &t.articles {
                let article = c.articles.iter().find(|x| x.path == art.path).unwrap();
                for p in art.passages.as_ref().expect("a library's topics list passages") {
                    let range = &article.passages[p.id].range;
                    prop_assert!(article.passages[p.id].is_content());
                    for &[s, e] in &p.spans {
                        prop_assert!(range.start <= s && s < e && e <= range.end, "{s}..{e} outside {range:?}");
                        prop_assert!(article.text.is_char_boundary(s) && article.text.is_char_boundary(e));
                    }
                }
            }
        }
        // A file may be skipped (not text); align the first and last that loaded.
        if let (Some(left), Some(right)) = (c.articles.first(), c.articles.last()) {
            let r = report::align(left, right, 3, &lex);
            prop_assert_eq!(r.links.len(), left.content_passages());
            for l in &r.links {
                prop_assert!(left.passages[l.left].is_content());
                for m in &l.matches {
                    prop_assert!(right.passages[m.right].is_content());
                    prop_assert!(m.score.is_finite());
                }
            }
        }
        let _ = report::variants(&c, &lex);
        let _ = report::related(&c, &lex);
    }
}

#[test]
fn index_and_lexicons_can_cross_threads() {
    // The reader builds the index on a background thread.
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Index<'static>>();
    send_sync::<Lexicons>();
    send_sync::<report::AlignReport>();
}

#[test]
fn a_storys_follow_up_is_closer_than_another_story_of_its_kind() {
    let lex = Lexicons::embedded();
    let shooting = "Man shot in Tacoma\n\nPolice said a man was shot and killed in a parking lot \
        on Hosmer Street in Tacoma late Monday.\n\nOfficers found the victim after residents \
        reported shots fired, police said. No suspect has been arrested.\n";
    let follow_up = "Arrest in Hosmer Street killing\n\nDetectives arrested Darnell Quillfeather \
        on Thursday in the killing of Marcus Tolbertine on Hosmer Street in Tacoma.\n\n\
        Quillfeather was booked into the Pierce County jail.\n";
    let another = "Man shot in parking lot\n\nPolice said a man was shot and killed in a parking \
        lot late Monday.\n\nOfficers found the victim after residents reported shots fired, \
        police said. No suspect has been arrested, and police are investigating.\n";
    let c = corpus(&[("a.txt", shooting), ("b.txt", follow_up), ("c.txt", another)]);
    let arts: Vec<&Article> = c.articles.iter().collect();
    let index = Index::build(arts, &lex);
    let (kin, kind) = (index.affinity(0, 1), index.affinity(0, 2));
    // The other shooting shares nearly every word but the names; the follow-up shares
    // only the street and the city.
    assert!(kin > kind, "follow-up {kin:.3} against another shooting {kind:.3}");
}

#[test]
fn articles_in_another_language_link_only_where_their_passages_agree() {
    let lex = Lexicons::embedded();
    let weather = "Sturm über Norddeutschland\n\nDer Deutsche Wetterdienst hat für die Küste eine \
        Unwetterwarnung ausgegeben. Die Böen sollen in der Nacht auf Sonntag Orkanstärke \
        erreichen.\n\nDie Feuerwehr rief die Bewohner auf, nicht in die Wälder zu gehen und lose \
        Gegenstände auf den Balkonen zu sichern.\n";
    let football = "Bayern gewinnt das Spitzenspiel\n\nDer FC Bayern München hat das Spitzenspiel \
        gegen Borussia Dortmund mit drei zu eins gewonnen und die Tabellenführung ausgebaut.\n\n\
        Die Dortmunder hatten in der ersten Hälfte mehr vom Spiel, konnten ihre Chancen aber \
        nicht nutzen, sagte der Trainer nach dem Abpfiff.\n";
    let storm = "Orkan an der Küste\n\nDer Deutsche Wetterdienst hat für die Küste eine \
        Unwetterwarnung ausgegeben, die Böen sollen in der Nacht Orkanstärke erreichen.\n\n\
        Die Polizei meldete am Abend umgestürzte Bäume in mehreren Orten.\n";
    let c = corpus(&[("a.txt", weather), ("b.txt", football), ("c.txt", storm)]);
    let index = Index::build(c.articles.iter().collect(), &lex);
    assert!(!index.reads_as_english(0) && !index.reads_as_english(1));
    // "der", "die", "und" are as unknown to the English background as a rare name:
    // they must not make two stories one.
    let r = report::align(&c.articles[0], &c.articles[1], 3, &lex);
    assert!(r.links.iter().all(|l| l.matches.is_empty()), "{:?}", r.links);
    // A passage told again nearly word for word still links.
    let r = report::align(&c.articles[0], &c.articles[2], 3, &lex);
    assert!(!r.links[0].matches.is_empty(), "{:?}", r.links);
}
