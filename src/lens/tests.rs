use super::build::disagreements;
use super::*;
use crate::corpus::{Article, Corpus};
use crate::index::{Index, Lexicons};
use proptest::prelude::*;

fn pair(a: usize, b: usize) -> (Corpus, Lens) {
    let c = Corpus::seeds();
    let lens =
        Lens::build(&c.articles[a], &c.articles[b], &Lexicons::embedded(), &Framing::embedded());
    (c, lens)
}

fn forms(uses: &[FormUse]) -> Vec<(&str, usize)> {
    uses.iter().map(|u| (u.form.as_str(), u.count)).collect()
}

#[test]
fn spelling_shows_each_outlets_form() {
    let (_, lens) = pair(0, 2);
    let kyiv = lens.variants.iter().find(|v| v.group == "kyiv").expect("kyiv group");
    assert!(kyiv.differs);
    assert_eq!(forms(&kyiv.left)[0].0, "Kiev");
    assert!(forms(&kyiv.left)[0].1 >= 10, "{:?}", forms(&kyiv.left));
    assert_eq!(forms(&kyiv.right), [("Kyiv", 5)]);
    // Variants come first when the outlets differ.
    assert!(lens.variants.iter().take_while(|v| v.differs).count() >= 2);
}

#[test]
fn an_abbreviation_is_shown_with_its_last_stop() {
    let left = Article::parse("l.txt", "Aid\n\nThe U.S. sent aid, and U.S. troops stayed.\n", None);
    let right = Article::parse("r.txt", "Aid\n\nThe USA sent aid.\n", None);
    let lens = Lens::build(&left, &right, &Lexicons::embedded(), &Framing::embedded());
    let us = lens.variants.iter().find(|v| v.group == "us").expect("us group");
    assert_eq!(forms(&us.left), [("U.S.", 2)]);
    assert_eq!(forms(&us.right), [("USA", 1)]);
}

#[test]
fn loaded_terms_are_counted_per_side() {
    let (c, lens) = pair(0, 2);
    let row = |t: &str| lens.loaded.iter().find(|r| r.term == t);
    let annexed = row("illegally annexed").expect("AP writes 'illegally annexed'");
    assert_eq!((annexed.left.count, annexed.right.count), (0, 1));
    let span = annexed.right.spans[0];
    assert_eq!(&c.articles[2].text[span.range()], "illegally annexed");
    assert!(
        row("puppet").is_some_and(|r| r.left.count == 1 && r.category == "delegitimising labels")
    );
    assert!(row("neoconservatives").is_some_and(|r| r.left.count == 1));
    let total: usize = lens.categories.iter().map(|c| c.left + c.right).sum();
    assert_eq!(total, lens.loaded.iter().map(|r| r.left.count + r.right.count).sum::<usize>());
}

#[test]
fn sources_quoted_by_both_and_by_one() {
    let (c, lens) = pair(0, 2);
    let both: Vec<&str> = lens.attributions.both.iter().map(|s| s.key.as_str()).collect();
    assert!(both.contains(&"putin") && both.contains(&"zelenskyy"), "{both:?}");
    let left_only: Vec<&str> =
        lens.attributions.left_only.iter().map(|s| s.speaker.as_str()).collect();
    assert!(
        left_only.contains(&"Dmitry Peskov")
            && left_only.contains(&"Institute for the Study of War"),
        "{left_only:?}"
    );
    let kofman = lens.attributions.right.iter().find(|a| a.key == "kofman").expect("Kofman");
    assert_eq!(kofman.speaker, "Michael Kofman");
    let quote = &c.articles[2].text[kofman.quote.expect("a quote").range()];
    assert!(quote.starts_with("“stabilizing"), "{quote}");
    // The UI jumps to a source's first passage.
    let first = lens.first_quote(Side::Right, "kofman").map(|a| a.passage);
    assert_eq!(first, Some(kofman.passage));
    assert!(lens.attributions_in(Side::Right, kofman.passage).any(|a| a.key == "kofman"));
}

#[test]
fn figures_of_linked_passages_stand_side_by_side() {
    let (_, lens) = pair(0, 2);
    assert!(!lens.figures.is_empty());
    for p in &lens.figures {
        assert!(!p.left.is_empty() && !p.right.is_empty());
        for d in &p.disagree {
            assert!(d.left.iter().all(|&i| p.left[i].kind == d.kind && p.left[i].unit == d.unit));
            assert!(
                d.right.iter().all(|&i| p.right[i].kind == d.kind && p.right[i].unit == d.unit)
            );
        }
    }
}

#[test]
fn disagreement_needs_same_kind_and_a_different_value() {
    let f = |value: f64, kind: &str| Figure {
        text: String::new(),
        value,
        kind: kind.into(),
        unit: "people".into(),
        qualifier: None,
        passage: 0,
        span: Span::default(),
    };
    let d = disagreements(
        &[f(1500.0, "casualties"), f(2024.0, "year")],
        &[f(1020.0, "casualties"), f(2023.0, "year")],
    );
    assert_eq!(
        d,
        [Disagreement {
            kind: "casualties".into(),
            unit: "people".into(),
            left: vec![0],
            right: vec![0]
        }]
    );
    assert!(disagreements(&[f(1500.0, "casualties")], &[f(1500.0, "casualties")]).is_empty());
    assert!(disagreements(&[f(1500.0, "troops")], &[f(10.0, "casualties")]).is_empty());
}

#[test]
fn marks_are_ordered_disjoint_and_per_passage() {
    let (c, lens) = pair(0, 2);
    let a = &c.articles[0];
    let mut n = 0;
    for (i, p) in a.passages.iter().enumerate() {
        let marks = lens.marks(Side::Left, i);
        for w in marks.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        assert!(marks.iter().all(|m| p.range.start <= m.span.start && m.span.end <= p.range.end));
        n += marks.len();
    }
    assert_eq!(n, lens.left.marks.len());
    assert!(lens.marks(Side::Left, 10_000).is_empty());
}

#[test]
fn report_has_the_documented_shape() {
    let (_, lens) = pair(0, 2);
    let v: serde_json::Value = serde_json::from_str(&report(&lens)).unwrap();
    if std::env::var_os("LENS_PRINT").is_some() {
        println!("{}", serde_json::to_string_pretty(&v).unwrap());
    }
    for key in ["left", "right", "variants", "loaded", "categories", "attributions", "figures"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert!(v["left"]["path"].as_str().is_some_and(|p| p.contains("000")));
    assert!(v["left"].get("marks").is_none());
    let a = &v["attributions"]["left"][0];
    assert!(a["span"].as_array().is_some_and(|s| s.len() == 2));
    assert!(v["attributions"]["both"][0]["left"].is_array());
    assert!(v["variants"][0]["left"][0]["spans"][0].is_array());
    let fig = &v["figures"][0];
    for key in ["left_passage", "right_passage", "left", "right", "disagree"] {
        assert!(fig.get(key).is_some(), "{key}");
    }
}

#[test]
fn topic_table_lists_first_sentences() {
    let c = Corpus::seeds();
    let lex = Lexicons::embedded();
    let index = Index::of_corpus(&c, &lex);
    let topics = index.topics();
    let topic = topics.iter().find(|t| t.articles() >= 3).expect("a topic in three seeds");
    let articles: Vec<&Article> = c.articles.iter().collect();
    let rows = topic_table(topic, &articles);
    assert_eq!(rows.len(), topic.passages.len());
    for r in &rows {
        let text = &c.articles[r.article].text;
        let passage = c.articles[r.article].passages[r.passage].range.clone();
        assert!(passage.start <= r.span.start && r.span.end <= passage.end);
        assert!(!r.sentence.is_empty() && !r.sentence.contains('\n'));
        assert!(text[r.span.range()].starts_with(r.sentence.split(' ').next().unwrap_or("")));
    }
    assert!(rows.windows(2).all(|w| (w[0].article, w[0].passage) < (w[1].article, w[1].passage)));
}

fn check_spans(a: &Article, spans: impl Iterator<Item = Span>) {
    for s in spans {
        assert!(s.start <= s.end && s.end <= a.text.len(), "{s:?}");
        assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end), "{s:?}");
    }
}

fn all_spans(lens: &Lens, side: Side) -> Vec<Span> {
    let mut v: Vec<Span> = lens.side(side).marks.iter().map(|m| m.span).collect();
    for a in lens.attributions_of(side) {
        v.push(a.span);
        v.extend(a.quote);
    }
    v.extend(lens.side(side).figures.iter().map(|f| f.span));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_builds_a_lens_with_spans_in_bounds(
        left in "(?s)[ -~\n“”‘’\"«»—–°²€$%:;.,?!'’a-zA-ZÀ-ÿ0-9Кк\u{00a0}\u{2011}]{0,400}",
        right in "\\PC{0,200}",
    ) {
        let (a, b) = (Article::parse("l.txt", &left, None), Article::parse("r.txt", &right, None));
        let lens = Lens::build(&a, &b, &Lexicons::embedded(), &Framing::embedded());
        check_spans(&a, all_spans(&lens, Side::Left).into_iter());
        check_spans(&b, all_spans(&lens, Side::Right).into_iter());
        let _ = report(&lens);
    }

    #[test]
    fn newsy_text_never_panics(words in proptest::collection::vec(prop_oneof![
        Just("said"), Just("Kofman"), Just("Mr"), Just("“"), Just("”"), Just("’"), Just("‘"),
        Just(","), Just("."), Just("according"), Just("to"), Just("the"), Just("Institute"),
        Just("of"), Just("1,020"), Just("half"), Just("a"), Just("million"), Just("$"),
        Just("%"), Just("km2"), Just("January"), Just("10"), Just("he"), Just("Kiev’s"),
        Just("-"), Just("two"), Just("thirds"), Just("\n\n"), Just(":"), Just("("), Just(")"),
        Just("saying"), Just("by"), Just("whom"), Just("square"), Just("²"), Just("and"),
    ], 0..80)) {
        let text = words.join(" ");
        let a = Article::parse("n.txt", &text, None);
        let lens = Lens::build(&a, &a, &Lexicons::embedded(), &Framing::embedded());
        check_spans(&a, all_spans(&lens, Side::Left).into_iter());
    }
}
