//! The framing lexicon as a session holds it: compiled on first use (the lens opens,
//! or a pair is marked), not at start-up, where it would hold up the first frame. The
//! user's own file is still read and checked at start-up, so a mistake in it stops
//! the reader before the screen changes, at its line.

use super::framing::Framing;
use crate::text::LexiconError;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The shipped lexicon with the user's file on top, compiled once and shared by every
/// copy (the reader's state and the commands hold one each).
#[derive(Debug, Clone, Default)]
pub struct FramingLexicon {
    /// The user's file, parsed and checked; merged in when the lexicon is compiled.
    user: Option<Arc<Framing>>,
    compiled: Arc<OnceLock<Framing>>,
}

impl FramingLexicon {
    /// The shipped lexicon and the user's file at `path`, if any: only the user's file
    /// is read now (a broken one is an error now, not when the lens opens).
    pub fn read(path: Option<&Path>) -> Result<FramingLexicon, LexiconError> {
        let user = path.map(Framing::read_user_file).transpose()?.map(Arc::new);
        Ok(FramingLexicon { user, compiled: Arc::default() })
    }

    /// The lexicon, compiled on the first call.
    pub fn get(&self) -> &Framing {
        self.compiled.get_or_init(|| {
            let mut framing = Framing::embedded();
            if let Some(user) = &self.user {
                framing.merge(Framing::clone(user));
            }
            framing
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_file_merges_into_the_shipped_lexicon_when_first_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("framing.toml");
        std::fs::write(&path, "[[category]]\nname = \"war naming\"\nterms = [\"zzz war\"]\n[[category]]\nname = \"mine\"\nterms = [\"qqq\"]\n").unwrap();
        let lexicon = FramingLexicon::read(Some(&path)).unwrap();
        let (f, base) = (lexicon.get(), Framing::embedded());
        assert_eq!(f.categories.len(), base.categories.len() + 1);
        assert!(
            f.terms.iter().any(|(t, c)| t == "zzz war" && f.categories[*c].name == "war naming")
        );
        // Copies share the one compiled lexicon.
        assert!(std::ptr::eq(lexicon.clone().get(), f));
    }

    #[test]
    fn a_broken_user_file_is_an_error_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("framing.toml");
        std::fs::write(&path, "[[category]\n").unwrap();
        let err = FramingLexicon::read(Some(&path)).unwrap_err();
        assert!(err.to_string().contains("framing.toml:1:"), "{err}");
    }
}
