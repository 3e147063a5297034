//! Topic jumps as a user meets them: the Gaiani article beside the AP article, the
//! Kursk topic, n to its next passage, ctrl-o back.

mod support;

use support::{Opts, TIMEOUT, Term, keys};

fn pair() -> Term {
    Term::parallax_with(
        &["--fresh", "seeds/000_ba60962b0478ce8e.txt", "seeds/002_426d75bc5307f069.txt"],
        Opts::size(160, 40).cwd(env!("CARGO_MANIFEST_DIR")),
    )
}

/// The text of the left and right panes (below the title bars).
fn panes(t: &Term) -> (String, String) {
    t.with_screen(|s| {
        let mut left = String::new();
        let mut right = String::new();
        for row in 1..39 {
            left.push_str(&s.contents_between(row, 0, row, 79));
            left.push('\n');
            right.push_str(&s.contents_between(row, 80, row, 160));
            right.push('\n');
        }
        (left, right)
    })
}

#[test]
fn kursk_topic_moves_both_panes_then_n_and_ctrl_o() {
    let t = pair();
    t.wait_for("▶ Zelensky and Increasingly Urgent Negotiations", TIMEOUT);
    t.send("t");
    t.wait_for("Topics · Enter: both panes jump", TIMEOUT);
    t.send("kursk");
    t.wait_for("/ kursk", TIMEOUT);
    t.send(keys::ENTER);
    t.wait_for("topic: Kursk · left 1/3 · right 1/1", TIMEOUT);
    let (left, right) = panes(&t);
    assert!(left.contains("Kursk"), "left pane on a Kursk passage:\n{left}");
    assert!(right.contains("Kursk"), "right pane on a Kursk passage:\n{right}");

    t.send("n");
    t.wait_for("topic: Kursk · left 2/3", TIMEOUT);
    let (left2, _) = panes(&t);
    assert_ne!(left, left2, "the left pane moved");
    assert!(left2.contains("Kursk"));

    t.send(&keys::ctrl('o'));
    t.wait_for("back to: topic: Kursk · left 1/3", TIMEOUT);
    assert_eq!(panes(&t).0, left, "ctrl-o returns to where n left from");
    t.send("q");
}

#[test]
fn counterpart_jump_shows_the_other_outlets_take() {
    let t = pair();
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("/desertion");
    t.send(keys::ENTER);
    t.wait_for("\"desertion\" · match 1/", TIMEOUT);
    t.send("=");
    t.wait_until("a counterpart status", TIMEOUT, |s| s.contents().contains("counterpart 1/"));
    let (_, right) = panes(&t);
    assert!(right.contains("manpower"), "the AP passage on manpower:\n{right}");
    t.send("q");
}

#[test]
fn the_lens_shows_spellings_and_a_source_jumps_to_its_quote() {
    let t = pair();
    t.wait_for("▶ Zelensky", TIMEOUT);
    t.send("L");
    t.wait_for("Kiev ×15", TIMEOUT);
    t.wait_for("Kyiv ×5", TIMEOUT);
    // To "Who speaks", down to Dmitry Peskov (quoted only on the left), Enter.
    t.send(keys::TAB);
    t.send(keys::TAB);
    t.wait_for("Who speaks", TIMEOUT);
    t.wait_for("Dmitry Peskov", TIMEOUT);
    let row = t.with_screen(|s| {
        s.contents()
            .lines()
            .filter(|l| l.contains("passage") && l.contains('⇄'))
            .position(|l| l.contains("Dmitry Peskov"))
    });
    for _ in 0..row.expect("Peskov is listed") {
        t.send("j");
    }
    t.send(keys::ENTER);
    t.wait_until("the left pane on a Peskov passage", TIMEOUT, |s| {
        (1..39).any(|r| {
            let line = s.contents_between(r, 0, r, 79);
            line.starts_with('▌') && line.contains("Peskov")
        })
    });
    t.send("q");
}
