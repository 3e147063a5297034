//! The parallax binary: configuration and arguments first (errors print on the normal
//! screen and exit 2), then either a scripting subcommand or the reader in the terminal.

mod alloc;
mod cli;
mod shift;
mod term;
mod ui;

use anyhow::Context as _;
use parallax::app::App;
use parallax::app::background::{self, Background, Pending};
use parallax::config::Startup;
use parallax::corpus::{Corpus, Progress};
use parallax::store::{self, Bookmarks, SessionState};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use ui::Theme;

fn main() -> ExitCode {
    alloc::configure();
    let cli = cli::parse();
    let outcome = match cli.command {
        // How a user repairs a broken config file: it must not need one that works.
        Some(cli::Command::Config { .. }) => cli::print_default_config().map(|()| 0),
        command => cli::startup().and_then(|(startup, theme)| {
            let web = std::sync::Arc::new(cli::fetcher(cli.offline));
            match command {
                Some(command) => cli::run(command, &startup, &web),
                None => read(cli.paths, cli.fresh, &startup, &theme, &web),
            }
        }),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        // A reader of our output went away (`parallax list | head`): not an error.
        Err(e) if e.chain().any(is_broken_pipe) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "parallax: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Bytes of two files read before the screen comes up: a long article and a few
/// newspapers' worth of text take well under a frame to read and segment.
const READ_AT_ONCE: u64 = 1 << 20;

/// The reader: everything that can fail on bad input is checked before the screen
/// changes; the session is saved on the way out, whatever ended it.
fn read(
    mut paths: Vec<PathBuf>,
    fresh: bool,
    startup: &Startup,
    theme: &Theme,
    web: &std::sync::Arc<parallax::web::Fetcher>,
) -> anyhow::Result<u8> {
    let config = &startup.config;
    if paths.is_empty() && !config.corpus.is_empty() {
        paths.push(PathBuf::from(&config.corpus));
    }
    // Every named path must exist before the screen changes; a large library is then
    // read on a background thread while the screen is already up.
    for p in paths.iter().filter(|p| !parallax::web::is_url(p)) {
        if std::fs::metadata(p).is_err() {
            parallax::corpus::list(std::slice::from_ref(p))?;
        }
    }
    let opts = parallax::corpus::LoadOptions { jsonl: config.jsonl.clone(), ..Default::default() };
    // With a URL among them, everything named is read here, before the screen opens: a
    // page that fails alone is a line on stderr, and ctrl-c during a fetch quits as
    // any command does (raw mode is not on yet).
    let fetched =
        if parallax::web::needs_web(&paths) { Some(cli::load(&paths, &opts, web)?) } else { None };
    // Last of the checks, as the least specific: a missing file or a bad config says
    // so even over SSH without a pty, where the screen could never have come up.
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal (stdin and stdout are not both one); \
             list, topics, align, variants, lens, diff, export, notes and config work without one"
        );
    }
    // `parallax a b`, like `vimdiff a b`: two files (or pages) open side by side at once.
    let pair = paths.len() == 2 && paths.iter().all(|p| parallax::web::is_url(p) || p.is_file());
    // Two articles of ordinary size are read here, so that the first frame is the pair
    // itself; a folder or a long file is listed on a background thread instead, with
    // the screen already up.
    let small = || {
        paths.iter().map(|p| p.metadata().map_or(u64::MAX, |m| m.len())).sum::<u64>()
            <= READ_AT_ONCE
    };
    let at_once = fetched.is_some() || (pair && small());
    let in_background = !paths.is_empty() && !at_once;
    let corpus = if let Some(corpus) = fetched {
        corpus
    } else if at_once {
        // On this thread: for two articles, a worker costs more than it saves.
        let opts = parallax::corpus::LoadOptions { threads: 1, ..opts.clone() };
        parallax::corpus::load_with_progress(&paths, &opts, &mut |_| {})?
    } else if in_background {
        Corpus::default()
    } else {
        Corpus::seeds()
    };

    let mut app = App::start(startup, corpus);
    app.web = Some(web.clone());
    // An empty library while loading is not worth a warning.
    let mut warnings: Vec<String> =
        app.status.take().into_iter().filter(|_| !in_background).collect();
    let dir = store::state_dir();
    let state_path = dir.as_ref().map(|d| d.join("state.json"));
    let files = dir.as_ref().map(|d| term::Files { bookmarks: d.join("bookmarks.json") });
    if let Some(files) = &files {
        let loaded = Bookmarks::load(&files.bookmarks);
        app.bookmarks = loaded.bookmarks.bookmarks;
        warnings.extend(loaded.warning);
    }
    let mut session = None;
    if let (Some(path), false) = (&state_path, fresh) {
        let loaded = SessionState::load(path);
        warnings.extend(loaded.warning);
        session = Some(loaded.state);
    }
    let job: Option<term::Job> = if in_background {
        app.pending = Pending { session, pair, topic: None };
        app.texts = parallax::app::texts::Texts::listing();
        app.loading = Some(Progress {
            done: 0,
            total: 0,
            articles: 0,
            skipped: 0,
            cached: 0,
            elapsed: std::time::Duration::ZERO,
        });
        let lexicons = startup.lexicons.clone();
        let above = startup.config.library.topics_from_archive_above;
        Some(Box::new(move |send: &dyn Fn(Background)| {
            background::load(paths, opts, lexicons, above, send)
        }))
    } else {
        if let Some(state) = &session {
            app.restore(state);
        }
        if pair && at_once && app.corpus.articles.len() == 2 {
            parallax::app::open_pair_linking_after_paint(&mut app, 0, 1);
        }
        None
    };
    app.status = (!warnings.is_empty()).then(|| warnings.join(" · "));

    let outcome = term::run(&mut app, theme, files.as_ref(), config.mouse, job);
    // Saved whatever ended the session — a quit, a signal, a terminal error.
    if let Some(path) = &state_path
        && let Err(e) = app.session().save(path)
    {
        // stderr may be gone with the terminal (SSH dropped): never panic over it.
        let _ = writeln!(
            std::io::stderr(),
            "parallax: session not saved ({}: {e}); the previous one is kept",
            path.display()
        );
    }
    outcome.context("terminal")
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        || e.downcast_ref::<serde_json::Error>()
            .and_then(|j| j.io_error_kind())
            .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
}
