//! Reader figures: `parallax list --json` on the seeds, and one full frame of the
//! reading screen at 200×60. Run with `cargo bench --bench reader`.
//!
//! The frame bench renders through the binary's own view code: `src/ui` is a module
//! of the binary (the library has no terminal code), so it is included here by path.

#[allow(dead_code)]
#[path = "../src/term.rs"]
mod term;
// The view's own unit tests come along with the module but do not run here.
#[allow(dead_code, unused_imports)]
#[path = "../src/ui/mod.rs"]
mod ui;

use criterion::{Criterion, criterion_group, criterion_main};
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

criterion_group!(benches, list_json, frame);
criterion_main!(benches);
