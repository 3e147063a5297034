//! Reader figures: `parallax list --json` on the seeds, and one full frame of the
//! reading screen at 200×60. Run with `cargo bench --bench reader`.
//!
//! The frame bench renders through the binary's own view code: `src/ui` is a module
//! of the binary (the library has no terminal code), so it is included here by path.

#[allow(dead_code)]
#[path = "../src/shift.rs"]
mod shift;
#[allow(dead_code)]
#[path = "../src/term.rs"]
mod term;
// The view's own unit tests come along with the module but do not run here.
#[allow(dead_code, unused_imports)]
#[path = "../src/ui/mod.rs"]
mod ui;

use criterion::{Criterion, criterion_group};
use parallax::app::{Action, App, Keymap, open_pair, update};
use parallax::corpus::Corpus;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::hint::black_box;
use std::process::Command;

fn list_json(c: &mut Criterion) {
    // The whole command, as a script runs it: process start, seeds, JSON out.
    let exe = env!("CARGO_BIN_EXE_parallax");
    c.bench_function("parallax list --json (seeds, whole process)", |b| {
        b.iter(|| {
            let out = Command::new(exe).args(["list", "--json"]).output().expect("run parallax");
            assert!(out.status.success());
            black_box(out.stdout.len())
        })
    });
    c.bench_function("load + segment the seed corpus (in process)", |b| {
        b.iter(|| black_box(Corpus::seeds().articles.len()))
    });
}

fn frame(c: &mut Criterion) {
    let mut app = App::new(Corpus::seeds(), Keymap::default_map());
    update(&mut app, Action::Resize(200, 60));
    open_pair(&mut app, 0, 2);
    let theme = ui::Theme::named("default", false).expect("default theme");
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    c.bench_function("reading screen frame 200x60", |b| {
        b.iter(|| {
            buf.reset();
            ui::View { app: &app, theme: &theme }.render(area, &mut buf);
            black_box(&buf);
        })
    });
    c.bench_function("key j + frame 200x60", |b| {
        b.iter(|| {
            update(&mut app, Action::Down);
            buf.reset();
            ui::View { app: &app, theme: &theme }.render(area, &mut buf);
            black_box(&buf);
        })
    });
}

/// Key press → `update` (including the jump computation) → a full frame, as the
/// reader does it; criterion gives the mean/median, and `percentiles` prints p50/p99.
fn jumps(c: &mut Criterion) {
    let (mut app, theme) = kursk_pair();
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    let mut flip = false;
    c.bench_function("n/N on the Kursk topic + frame 200x60", |b| {
        b.iter(|| {
            flip = !flip;
            update(&mut app, if flip { Action::NextMatch } else { Action::PrevMatch });
            draw(&app, &theme, area, &mut buf);
        })
    });
    c.bench_function("counterpart (Enter) + frame 200x60", |b| {
        b.iter(|| {
            update(&mut app, Action::Counterpart);
            draw(&app, &theme, area, &mut buf);
        })
    });
    c.bench_function("open a pair (links both ways) + frame 200x60", |b| {
        b.iter(|| {
            open_pair(&mut app, 0, 2);
            draw(&app, &theme, area, &mut buf);
        })
    });
}

fn kursk_pair() -> (App, ui::Theme) {
    let mut app = App::new(Corpus::seeds(), Keymap::default_map());
    update(&mut app, Action::Resize(200, 60));
    open_pair(&mut app, 0, 2);
    let kursk = app.knowledge.topics.iter().position(|t| t.label == "Kursk").expect("Kursk topic");
    parallax::app::topic_jumps::activate(&mut app, kursk);
    (app, ui::Theme::named("default", false).expect("default theme"))
}

fn draw(app: &App, theme: &ui::Theme, area: Rect, buf: &mut Buffer) {
    buf.reset();
    ui::View { app, theme }.render(area, buf);
    black_box(&*buf);
}

/// p50 and p99 of key → frame over many presses (criterion does not print tails).
fn percentiles() {
    let (mut app, theme) = kursk_pair();
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    let keys = [
        Action::NextMatch,
        Action::Counterpart,
        Action::PrevMatch,
        Action::Counterpart,
        Action::NextPassage,
    ];
    let mut times: Vec<std::time::Duration> = (0..5000)
        .map(|i| {
            let t = std::time::Instant::now();
            update(&mut app, keys[i % keys.len()]);
            draw(&app, &theme, area, &mut buf);
            t.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize];
    println!(
        "key press to finished frame (n, N, Enter, }}; seeds, 200x60, 5000 presses): p50 {:?}  p99 {:?}  max {:?}",
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
}

criterion_group!(benches, list_json, frame, jumps);

fn main() {
    benches();
    percentiles();
    Criterion::default().configure_from_args().final_summary();
}
