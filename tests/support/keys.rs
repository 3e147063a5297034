//! What a terminal sends for special keys (xterm, normal cursor mode), for
//! [`super::Term::send`]. Plain text is sent as itself.

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const TAB: &str = "\t";
pub const BACKTAB: &str = "\x1b[Z";
pub const BACKSPACE: &str = "\x7f";
pub const DELETE: &str = "\x1b[3~";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";
pub const HOME: &str = "\x1b[H";
pub const END: &str = "\x1b[F";
pub const PAGE_UP: &str = "\x1b[5~";
pub const PAGE_DOWN: &str = "\x1b[6~";

/// Ctrl plus a letter, e.g. `ctrl('c')` is `"\x03"`.
pub fn ctrl(c: char) -> String {
    assert!(c.is_ascii_alphabetic(), "ctrl({c:?}): only letters have a control code");
    char::from(c.to_ascii_uppercase() as u8 & 0x1f).to_string()
}

/// Alt plus a key: ESC then the key, as xterm sends it by default.
pub fn alt(c: char) -> String {
    format!("\x1b{c}")
}
