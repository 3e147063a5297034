//! Keys as data: which key does what on which screen.
//!
//! The default map is `assets/keymap.toml`, embedded; lookup is a pure function of
//! (context, key). Keys are parallax's own small type, so this module (and the core)
//! stays free of terminal crates; the binary translates terminal events into [`Key`].

use super::action::Action;
pub use super::keys::{Binding, Key, KeyCode};
use std::collections::HashMap;

/// Where a key is being interpreted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Library,
    Reading,
    /// A text box or picker has the keyboard.
    Input,
    /// A panel with sections and rows (the lens, the topic across outlets).
    Panel,
}

impl Context {
    fn from_name(s: &str) -> Option<Context> {
        Some(match s {
            "global" => Context::Global,
            "library" => Context::Library,
            "reading" => Context::Reading,
            "input" => Context::Input,
            "panel" => Context::Panel,
            _ => return None,
        })
    }
}

/// A problem in a keymap file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("{0}")]
    Syntax(String),
    #[error("[{screen}] {detail}")]
    Entry { screen: String, detail: String },
}

/// Key → action per context, plus the reverse, in file order, for the help overlay.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    map: HashMap<(Context, Binding), Action>,
    order: Vec<(Context, Action, Vec<Binding>)>,
}

/// The shipped bindings, `assets/keymap.toml`.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

impl Keymap {
    /// The shipped bindings. The embedded file is checked by tests, so it always parses.
    pub fn default_map() -> Keymap {
        // Parsed once: start-up needs it twice (to check the user's overrides, then to
        // apply them), before the first frame.
        static DEFAULT: std::sync::OnceLock<Keymap> = std::sync::OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("assets/keymap.toml: {e}"))
            })
            .clone()
    }

    /// Parses a keymap file; a key bound twice on one screen is an error.
    pub fn parse(src: &str) -> Result<Keymap, KeymapError> {
        // A plain table (file order kept by toml's `preserve_order`), checked by hand so
        // that errors name the screen and the action.
        let doc: toml::Table =
            toml::from_str(src).map_err(|e| KeymapError::Syntax(e.to_string()))?;
        let mut km = Keymap::default();
        km.apply(&doc, false)?;
        Ok(km)
    }

    /// These bindings with user overrides (same format) on top: an action named there
    /// keeps only the keys given, and those keys leave whatever they did before.
    pub fn with_overrides(mut self, overrides: &toml::Table) -> Result<Keymap, KeymapError> {
        self.apply(overrides, true)?;
        Ok(self)
    }

    fn apply(&mut self, doc: &toml::Table, overriding: bool) -> Result<(), KeymapError> {
        for (screen, bindings) in doc {
            let entry = |detail: String| KeymapError::Entry { screen: screen.clone(), detail };
            let ctx = Context::from_name(screen).ok_or_else(|| entry("unknown screen".into()))?;
            let bindings =
                bindings.as_table().ok_or_else(|| entry("expected a table of actions".into()))?;
            for (name, keys) in bindings {
                let keys: Vec<String> = keys
                    .clone()
                    .try_into()
                    .map_err(|_| entry(format!("{name}: expected a list of keys")))?;
                let action: Action = toml::Value::String(name.clone())
                    .try_into()
                    .map_err(|_| entry(format!("unknown action {name:?}")))?;
                let keys = keys
                    .iter()
                    .map(|k| Binding::parse(k))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(entry)?;
                if overriding {
                    self.map.retain(|&(c, k), a| c != ctx || (*a != action && !keys.contains(&k)));
                    for (c, _, ks) in &mut self.order {
                        if *c == ctx {
                            ks.retain(|k| !keys.contains(k));
                        }
                    }
                    self.order.retain(|(c, a, _)| *c != ctx || *a != action);
                }
                for &key in &keys {
                    if let Some(prev) = self.map.insert((ctx, key), action) {
                        return Err(entry(format!(
                            "key {key} is bound to both {prev:?} and {action:?}"
                        )));
                    }
                    // A key that begins a sequence cannot also act alone.
                    let clash = self.map.iter().find(|((c, b), _)| {
                        *c == ctx
                            && b.first == key.first
                            && (b.then.is_some() != key.then.is_some())
                    });
                    if let Some(((_, b), prev)) = clash {
                        return Err(entry(format!(
                            "key {key} ({action:?}) and {b} ({prev:?}) begin alike"
                        )));
                    }
                }
                self.order.push((ctx, action, keys));
            }
        }
        Ok(())
    }

    /// What `key` does in `ctx`; global bindings apply where the screen has none
    /// (but not while typing, where only control keys reach them).
    pub fn lookup(&self, ctx: Context, key: Key) -> Option<Action> {
        if let Some(&a) = self.map.get(&(ctx, key.into())) {
            return Some(a);
        }
        if ctx == Context::Input {
            if let KeyCode::Char(c) = key.code
                && !key.ctrl
                && !key.alt
            {
                return Some(Action::Input(c));
            }
            if !key.ctrl {
                return None;
            }
        }
        self.map.get(&(Context::Global, key.into())).copied()
    }

    /// Whether `key` begins a two-key sequence on this screen (it then waits for the next).
    pub fn begins_sequence(&self, ctx: Context, key: Key) -> bool {
        ctx != Context::Input
            && self.map.keys().any(|(c, b)| *c == ctx && b.first == key && b.then.is_some())
    }

    /// What the sequence `first` `then` does on this screen.
    pub fn lookup_sequence(&self, ctx: Context, first: Key, then: Key) -> Option<Action> {
        self.map.get(&(ctx, Binding { first, then: Some(then) })).copied()
    }

    /// The first key bound to `action` on a screen, or globally: what a hint shows.
    pub fn first_key(&self, ctx: Context, action: Action) -> Option<Binding> {
        [ctx, Context::Global]
            .into_iter()
            .flat_map(|c| self.bindings(c))
            .find(|(a, keys)| *a == action && !keys.is_empty())
            .map(|(_, keys)| keys[0])
    }

    /// The bindings of one context, in file order: what the help overlay lists.
    pub fn bindings(&self, ctx: Context) -> impl Iterator<Item = (Action, &[Binding])> {
        self.order.iter().filter(move |(c, ..)| *c == ctx).map(|(_, a, k)| (*a, k.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_keymap_parses_without_duplicates() {
        // `parse` refuses a key bound twice on one screen, so parsing is the check.
        let km = Keymap::parse(DEFAULT_KEYMAP).expect("assets/keymap.toml parses");
        for ctx in
            [Context::Global, Context::Library, Context::Reading, Context::Input, Context::Panel]
        {
            assert!(km.bindings(ctx).count() > 0, "{ctx:?} has bindings");
        }
    }

    #[test]
    fn duplicate_key_on_a_screen_is_refused() {
        let err = Keymap::parse("[reading]\ndown = [\"j\"]\nup = [\"j\"]\n").unwrap_err();
        assert!(err.to_string().contains("bound to both"), "{err}");
    }

    #[test]
    fn unknown_action_and_key_are_refused() {
        assert!(Keymap::parse("[reading]\nfly = [\"j\"]\n").is_err());
        assert!(Keymap::parse("[reading]\ndown = [\"hyper-j\"]\n").is_err());
        assert!(Keymap::parse("[nowhere]\ndown = [\"j\"]\n").is_err());
    }

    #[test]
    fn key_names_round_trip() {
        for s in ["j", "G", "{", "ctrl-o", "alt-x", "enter", "esc", "tab", "pageup", "f5", "space"]
        {
            let k = Key::parse(s).unwrap();
            let shown = k.to_string();
            if !shown.contains(['↑', '↓']) {
                assert_eq!(Key::parse(&shown).unwrap(), k, "{s} → {shown}");
            }
        }
    }

    #[test]
    fn two_key_sequences_are_bindings_and_never_shadow_a_key() {
        let km = Keymap::parse("[reading]\nnext_change = [\"] c\"]\n").unwrap();
        let (bracket, c) = (Key::char(']'), Key::char('c'));
        assert!(km.begins_sequence(Context::Reading, bracket));
        assert!(!km.begins_sequence(Context::Input, bracket));
        assert_eq!(km.lookup_sequence(Context::Reading, bracket, c), Some(Action::NextChange));
        assert_eq!(km.lookup_sequence(Context::Reading, bracket, Key::char('x')), None);
        assert_eq!(km.lookup(Context::Reading, bracket), None, "] alone does nothing");
        assert_eq!(km.first_key(Context::Reading, Action::NextChange).unwrap().to_string(), "]c");
        let err = Keymap::parse("[reading]\nnext_change = [\"] c\"]\nup = [\"]\"]\n");
        assert!(err.unwrap_err().to_string().contains("begin alike"));
    }

    #[test]
    fn lookup_falls_back_to_global_but_not_while_typing() {
        let km = Keymap::default_map();
        assert_eq!(km.lookup(Context::Reading, Key::char('q')), Some(Action::Quit));
        assert_eq!(km.lookup(Context::Input, Key::char('q')), Some(Action::Input('q')));
        assert_eq!(km.lookup(Context::Input, Key::ctrl('c')), Some(Action::Quit));
        assert_eq!(km.lookup(Context::Reading, Key::char('}')), Some(Action::NextPassage));
    }
}
