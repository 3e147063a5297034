//! The terminal session: enter, loop over events, leave — whatever happens.
//!
//! Input and signals are read on std threads and sent into one channel; the loop
//! drains the channel, applies every action, then draws once. Nothing ticks: an idle
//! reader does no work.

use crate::shift::ShiftBackend;
use crate::ui::{Theme, View};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEvent, KeyEventKind, KeyModifiers,
    MouseEventKind,
};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use parallax::app::background::Background;
use parallax::app::runtime::{Input, Message, Runtime};
use parallax::app::{App, Key, KeyCode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;
use std::sync::mpsc;
use std::thread;

enum Msg {
    Term(Event),
    Background(Background),
    Signal(i32),
    InputClosed,
}

pub use parallax::app::runtime::Files;

/// Work for a background thread; it reports through the function it is given.
pub type Job = Box<dyn FnOnce(&dyn Fn(Background)) + Send>;

/// Runs the reader until the user quits or a signal ends the session. Returns the
/// process exit code (128 + signal number when a signal ended it).
pub fn run(
    app: &mut App,
    theme: &Theme,
    files: Option<&Files>,
    mouse: bool,
    job: Option<Job>,
) -> anyhow::Result<u8> {
    let (tx, rx) = mpsc::channel();
    // Registered before the screen switches, so an early SIGTERM still restores it.
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let sig_tx = tx.clone();
    thread::spawn(move || {
        for sig in signals.forever() {
            if sig_tx.send(Msg::Signal(sig)).is_err() {
                break;
            }
        }
    });

    if let Some(job) = job {
        let bg_tx = tx.clone();
        thread::spawn(move || job(&|event| drop(bg_tx.send(Msg::Background(event)))));
    }
    enter()?;
    // A frame is sent in one write: through std's 1 KB stdout buffer a full screen went
    // out in a dozen pieces, each a wake-up of the terminal (and a packet over SSH).
    let out = std::io::BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout());
    let backend = ShiftBackend::new(CrosstermBackend::new(out), !is_dumb());
    let mut terminal = Terminal::new(backend)?;
    let work_tx = tx.clone();
    // Slow jobs run on their own threads and report into the same channel as input.
    let mut runtime = Runtime::new(files.cloned(), move |job: parallax::app::Work| {
        let tx = work_tx.clone();
        thread::spawn(move || drop(tx.send(Msg::Background((job.0)()))));
    });
    if mouse {
        crossterm::execute!(std::io::stdout(), EnableMouseCapture)?;
    }
    thread::spawn(move || {
        loop {
            match event::read() {
                Ok(ev) => {
                    if tx.send(Msg::Term(ev)).is_err() {
                        break;
                    }
                }
                Err(_) => {
                    let _ = tx.send(Msg::InputClosed);
                    break;
                }
            }
        }
    });

    let result = (|| -> anyhow::Result<u8> {
        let size = terminal.size()?;
        runtime.handle(app, Message::Input(Input::Resize(size.width, size.height)));
        // For the end-to-end test that the panic hook restores the terminal.
        let panic_after_draw = std::env::var_os("PARALLAX_TEST_PANIC").is_some();
        loop {
            draw(&mut terminal, app, theme)?;
            if panic_after_draw {
                panic!("PARALLAX_TEST_PANIC is set: panicking after the first frame");
            }
            if runtime.painted(app) {
                continue; // the pair's links, made after its first frame, are drawn now
            }
            let mut msg = rx.recv()?;
            loop {
                match msg {
                    Msg::Term(ev) => {
                        if let Some(input) = translate(ev) {
                            runtime.handle(app, Message::Input(input));
                        }
                    }
                    Msg::Background(event) => runtime.handle(app, Message::Background(event)),
                    // The terminal may be gone (SSH dropped): leave without drawing.
                    Msg::Signal(sig) => return Ok(128 + sig as u8),
                    Msg::InputClosed => return Ok(0),
                }
                if app.quit {
                    return Ok(0);
                }
                match rx.try_recv() {
                    Ok(next) => msg = next,
                    Err(_) => break,
                }
            }
        }
    })();
    if mouse {
        let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
    }
    // After SIGHUP the terminal is gone and every write fails. `ratatui::restore` and
    // the terminal's drop report such failures with `eprintln!`, which panics when
    // stderr is gone too — so restore quietly and skip the drop.
    let _ = terminal.show_cursor();
    let _ = ratatui::try_restore();
    std::mem::forget(terminal);
    result
}

/// Bytes of output gathered before a write: more than a full screen of styled text.
const FRAME_BUFFER: usize = 1 << 16;

/// What `ratatui::init` does — raw mode, the alternate screen, a panic hook that puts
/// both back — without the terminal it also builds, which would be thrown away for
/// one whose backend scrolls instead of redrawing.
fn enter() -> std::io::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::try_restore();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)
}

/// `TERM=dumb`: the terminal says it knows almost nothing.
pub fn is_dumb() -> bool {
    std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

type Screen = Terminal<ShiftBackend<CrosstermBackend<std::io::BufWriter<std::io::Stdout>>>>;

fn draw(terminal: &mut Screen, app: &App, theme: &Theme) -> anyhow::Result<()> {
    // Synchronized output: terminals that support it show the frame at once, others
    // ignore the sequence — except a dumb one, which is sent nothing optional.
    static SYNC: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let sync = *SYNC.get_or_init(|| !is_dumb());
    // The frame's markers go in the same buffer as the frame, so that the whole of it
    // leaves in one write; `Terminal::draw` flushes what it drew.
    if sync {
        crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    }
    terminal.draw(|f| f.render_widget(View { app, theme }, f.area()))?;
    if sync {
        crossterm::execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    }
    Ok(())
}

/// The terminal's event as the reader's input; `None` for what the reader ignores
/// (key releases and repeats, clicks, focus changes).
pub(crate) fn translate(ev: Event) -> Option<Input> {
    match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => key(k).map(Input::Key),
        Event::Resize(w, h) => Some(Input::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Input::Wheel { down: true }),
            MouseEventKind::ScrollUp => Some(Input::Wheel { down: false }),
            _ => None,
        },
        _ => None,
    }
}

/// The terminal's key event in parallax's terms: shift folded into the character.
pub fn key(k: KeyEvent) -> Option<Key> {
    use crossterm::event::KeyCode as C;
    let code = match k.code {
        C::Char(c) => KeyCode::Char(if k.modifiers.contains(KeyModifiers::CONTROL) {
            c.to_ascii_lowercase()
        } else {
            c
        }),
        C::Enter => KeyCode::Enter,
        C::Esc => KeyCode::Esc,
        C::Tab => KeyCode::Tab,
        C::BackTab => KeyCode::BackTab,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::Insert => KeyCode::Insert,
        C::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: k.modifiers.contains(KeyModifiers::CONTROL),
        alt: k.modifiers.contains(KeyModifiers::ALT),
    })
}
