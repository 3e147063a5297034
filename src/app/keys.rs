//! Keys in parallax's own terms: a key press after the terminal layer has normalised
//! it, and a binding (one key, or two in a row), each parsed from and shown as the
//! keymap file writes them.

use std::fmt;

/// A key press, after the terminal layer has normalised it (shift folded into the char).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Insert,
    F(u8),
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false, alt: false }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key { code: KeyCode::Char(c), ctrl: true, alt: false }
    }

    /// Parses "j", "G", "ctrl-o", "alt-x", "pagedown", "space", "f1".
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut key = Key::plain(KeyCode::Esc);
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                key.ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                key.alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if key.ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "insert" | "ins" => KeyCode::Insert,
                "space" => KeyCode::Char(' '),
                f if f.starts_with('f') && f.len() > 1 => match f[1..].parse::<u8>() {
                    Ok(n @ 1..=24) => KeyCode::F(n),
                    _ => return Err(format!("unknown key {s:?}")),
                },
                _ => return Err(format!("unknown key {s:?}")),
            },
        };
        Ok(key)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => f.write_str(match other {
                KeyCode::Enter => "enter",
                KeyCode::Esc => "esc",
                KeyCode::Tab => "tab",
                KeyCode::BackTab => "shift-tab",
                KeyCode::Backspace => "backspace",
                KeyCode::Delete => "delete",
                KeyCode::Up => "↑",
                KeyCode::Down => "↓",
                KeyCode::Left => "←",
                KeyCode::Right => "→",
                KeyCode::PageUp => "pgup",
                KeyCode::PageDown => "pgdn",
                KeyCode::Home => "home",
                KeyCode::End => "end",
                _ => "insert",
            }),
        }
    }
}

/// What a binding is pressed as: one key, or two in a row (vim's `]c`), written in the
/// keymap file with a space between them (`"] c"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Binding {
    pub first: Key,
    pub then: Option<Key>,
}

impl Binding {
    /// Parses "j", "ctrl-o" or a two-key sequence "] c".
    pub fn parse(s: &str) -> Result<Binding, String> {
        match s.split_once(' ') {
            Some((a, b)) if !b.contains(' ') => {
                Ok(Binding { first: Key::parse(a)?, then: Some(Key::parse(b)?) })
            }
            Some(_) => Err(format!("unknown key {s:?} (a sequence is two keys)")),
            None => Ok(Binding { first: Key::parse(s)?, then: None }),
        }
    }
}

impl From<Key> for Binding {
    fn from(first: Key) -> Binding {
        Binding { first, then: None }
    }
}

impl fmt::Display for Binding {
    /// A sequence as vim writes it, `]c`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first)?;
        match self.then {
            Some(k) => write!(f, "{k}"),
            None => Ok(()),
        }
    }
}
