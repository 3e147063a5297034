//! Load progress on stderr for the command line: a bar with count, rate and ETA while
//! stderr is a terminal, nothing at all otherwise (pipes and logs stay clean).

use super::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A progress callback for [`super::load_with_progress`] (or the `Progress` events of
/// [`super::Catalog::load`]) that draws on stderr, labelled `label`; the bar clears
/// itself when the load is finished. Quiet when stderr is not a terminal.
pub fn stderr_progress(label: &str) -> impl FnMut(&Progress) + use<> {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{prefix} [{bar:30}] {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix(label.to_owned());
        bar
    });
    move |p: &Progress| {
        let Some(bar) = &bar else { return };
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
        bar.set_message(line(p));
        if p.finished() {
            bar.finish_and_clear();
        }
    }
}

/// "12,345/100,000 files  4,321/s  ETA 21s" (plus cached and skipped counts when any).
pub fn line(p: &Progress) -> String {
    let mut s = format!("{}/{} files  {:.0}/s", p.done, p.total, p.rate());
    if let Some(eta) = p.eta().filter(|_| !p.finished()) {
        s.push_str(&format!("  ETA {}s", eta.as_secs()));
    }
    if p.cached > 0 {
        s.push_str(&format!("  {} cached", p.cached));
    }
    if p.skipped > 0 {
        s.push_str(&format!("  {} skipped", p.skipped));
    }
    s
}
