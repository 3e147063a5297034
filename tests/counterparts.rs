//! Counterpart jumps in the reader land where the hand-made labels of
//! tests/quality/align.toml say the same thing is told.

use parallax::app::{Action, App, Keymap, Side, open_pair, update};
use parallax::corpus::Corpus;

#[derive(serde::Deserialize)]
struct Labels {
    pair: Vec<Pair>,
}

#[derive(serde::Deserialize)]
struct Pair {
    left: String,
    right: String,
    link: Vec<Link>,
}

#[derive(serde::Deserialize)]
struct Link {
    left: String,
    right: Vec<String>,
}

fn find(app: &App, article: usize, prefix: &str) -> usize {
    let a = &app.corpus.articles[article];
    (0..a.passages.len())
        .find(|&i| a.passages[i].is_content() && a.passage_text(i).starts_with(prefix))
        .unwrap_or_else(|| panic!("{prefix:?} in {}", a.path))
}

#[test]
fn counterpart_jumps_agree_with_the_labels() {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quality/align.toml"))
            .expect("labels");
    let labels: Labels = toml::from_str(&src).expect("labels parse");
    let (mut hits, mut total) = (0, 0);
    for pair in &labels.pair {
        let mut app = App::new(Corpus::seeds(), Keymap::default_map());
        update(&mut app, Action::Resize(160, 45));
        let index_of = |name: &str| {
            app.corpus.articles.iter().position(|a| a.path.ends_with(name)).expect("seed")
        };
        let (l, r) = (index_of(&pair.left), index_of(&pair.right));
        open_pair(&mut app, l, r);
        for link in &pair.link {
            let from = find(&app, l, &link.left);
            let expected: Vec<usize> = link.right.iter().map(|p| find(&app, r, p)).collect();
            parallax::app::jump_focused(&mut app, l, from);
            update(&mut app, Action::Counterpart);
            let reading = app.reading.as_ref().expect("reading");
            assert_eq!(reading.panes[Side::Left.index()].cursor, from, "the focused pane stays");
            total += 1;
            if expected.contains(&reading.panes[Side::Right.index()].cursor) {
                hits += 1;
            }
        }
    }
    let accuracy = hits as f64 / total as f64;
    println!("counterpart jumps on the labelled seed pairs: {hits}/{total} = {accuracy:.2}");
    assert!(total >= 20, "a labelled set worth the name");
    assert!(accuracy >= 0.55, "counterpart accuracy {accuracy:.2} below the 0.55 goal");
}
