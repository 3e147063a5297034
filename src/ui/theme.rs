//! Every style the views use, in one place, loaded from `assets/themes/`.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::str::FromStr;

/// One style per thing on screen. Views take styles from here and hold no colours.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub byline: Style,
    pub boilerplate: Style,
    pub header: Style,
    pub bar: Style,
    pub bar_focused: Style,
    pub selected: Style,
    pub chosen: Style,
    pub matched: Style,
    pub gutter_current: Style,
    pub gutter: Style,
    pub status: Style,
    pub hint: Style,
    pub key: Style,
    pub warning: Style,
    pub border: Style,
    pub border_focused: Style,
    /// A spelling variant, marked by the lens ("Kiev" beside "Kyiv").
    pub variant: Style,
    /// A loaded term of the framing lexicon.
    pub loaded: Style,
    /// What only this passage says, beside its counterpart (underlined).
    pub only: Style,
    /// What the counterpart says in other words (italic).
    pub reworded: Style,
    /// A name the counterpart spells otherwise (italic, underlined).
    pub respelled: Style,
    /// A figure the counterpart does not give (bold, underlined).
    pub figure: Style,
    /// In the diff: words one version changed (reversed).
    pub changed: Style,
    /// In the diff: what only the left version has.
    pub removed: Style,
    /// In the diff: what only the right version has.
    pub added: Style,
    /// In the diff: a run of unchanged paragraphs, folded.
    pub fold: Style,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Spec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    modifiers: Vec<String>,
}

const DEFAULT: &str = include_str!("../../assets/themes/default.toml");
/// The themes shipped in the binary, by the name `config.toml` gives them.
const SHIPPED: &[(&str, &str)] = &[
    ("default", DEFAULT),
    ("256", include_str!("../../assets/themes/256.toml")),
    ("truecolor", include_str!("../../assets/themes/truecolor.toml")),
];

impl Theme {
    /// The theme a configuration names: a shipped one, or a theme file's path. An
    /// error names the theme and says which of the two it was taken for, on one line.
    pub fn named(name: &str, no_color: bool) -> Result<Theme, String> {
        let theme = match SHIPPED.iter().find(|(n, _)| *n == name) {
            Some((_, src)) => Theme::parse(src).map_err(|e| format!("theme {name:?}: {e}"))?,
            None => {
                let src = std::fs::read_to_string(name).map_err(|e| {
                    let shipped: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
                    // "No such file or directory", without the OS's error number.
                    let e = e.to_string();
                    let reason = e.split(" (os error").next().unwrap_or(&e);
                    format!(
                        "theme {name:?}: not a shipped theme ({}) nor a readable file: {reason}",
                        shipped.join(", ")
                    )
                })?;
                Theme::parse(&src).map_err(|e| format!("theme {name:?}: {e}"))?
            }
        };
        Ok(if no_color { theme.monochrome() } else { theme })
    }

    /// Parses a theme file; every style must be named and valid.
    pub fn parse(src: &str) -> Result<Theme, String> {
        let mut table: std::collections::HashMap<String, Spec> =
            toml::from_str(src).map_err(|e| {
                let (line, column) =
                    parallax::config::line_col(src, e.span().map_or(0, |s| s.start));
                format!("line {line}, column {column}: {}", e.message().trim())
            })?;
        let mut take = |name: &str| -> Result<Style, String> {
            let spec = table.remove(name).ok_or_else(|| format!("missing style {name:?}"))?;
            style(&spec).map_err(|e| format!("{name}: {e}"))
        };
        let theme = Theme {
            text: take("text")?,
            dim: take("dim")?,
            title: take("title")?,
            byline: take("byline")?,
            boilerplate: take("boilerplate")?,
            header: take("header")?,
            bar: take("bar")?,
            bar_focused: take("bar_focused")?,
            selected: take("selected")?,
            chosen: take("chosen")?,
            matched: take("matched")?,
            gutter_current: take("gutter_current")?,
            gutter: take("gutter")?,
            status: take("status")?,
            hint: take("hint")?,
            key: take("key")?,
            warning: take("warning")?,
            border: take("border")?,
            border_focused: take("border_focused")?,
            variant: take("variant")?,
            loaded: take("loaded")?,
            only: take("only")?,
            reworded: take("reworded")?,
            respelled: take("respelled")?,
            figure: take("figure")?,
            changed: take("changed")?,
            removed: take("removed")?,
            added: take("added")?,
            fold: take("fold")?,
        };
        match table.keys().next() {
            Some(extra) => Err(format!("unknown style {extra:?}")),
            None => Ok(theme),
        }
    }

    /// The same theme with every colour removed; modifiers carry the meaning.
    pub fn monochrome(&self) -> Theme {
        let strip = |s: Style| Style { fg: None, bg: None, underline_color: None, ..s };
        Theme {
            text: strip(self.text),
            dim: strip(self.dim),
            title: strip(self.title),
            byline: strip(self.byline),
            boilerplate: strip(self.boilerplate),
            header: strip(self.header),
            bar: strip(self.bar),
            // Without colour, focus must still show: reversed and bold.
            bar_focused: strip(self.bar_focused).add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected: strip(self.selected),
            chosen: strip(self.chosen),
            matched: strip(self.matched),
            gutter_current: strip(self.gutter_current),
            gutter: strip(self.gutter),
            status: strip(self.status),
            hint: strip(self.hint),
            key: strip(self.key),
            warning: strip(self.warning),
            border: strip(self.border),
            border_focused: strip(self.border_focused),
            variant: strip(self.variant),
            loaded: strip(self.loaded),
            only: strip(self.only),
            reworded: strip(self.reworded),
            respelled: strip(self.respelled),
            figure: strip(self.figure),
            changed: strip(self.changed),
            removed: strip(self.removed),
            added: strip(self.added),
            fold: strip(self.fold),
        }
    }
}

fn style(spec: &Spec) -> Result<Style, String> {
    let color = |s: &Option<String>| -> Result<Option<Color>, String> {
        s.as_deref()
            .map(|c| Color::from_str(c).map_err(|_| format!("unknown colour {c:?}")))
            .transpose()
    };
    let mut style = Style::new();
    style.fg = color(&spec.fg)?;
    style.bg = color(&spec.bg)?;
    for m in &spec.modifiers {
        style = style.add_modifier(match m.as_str() {
            "bold" => Modifier::BOLD,
            "dim" => Modifier::DIM,
            "italic" => Modifier::ITALIC,
            "underlined" => Modifier::UNDERLINED,
            "reversed" => Modifier::REVERSED,
            other => return Err(format!("unknown modifier {other:?}")),
        });
    }
    Ok(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_theme_parses_and_uses_only_16_colours() {
        let t = Theme::parse(DEFAULT).expect("default theme parses");
        for s in [t.bar_focused, t.matched, t.gutter_current, t.warning] {
            for c in [s.fg, s.bg].into_iter().flatten() {
                assert!(
                    !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                    "{c:?} is not one of the 16"
                );
            }
        }
    }

    #[test]
    fn monochrome_keeps_selection_and_focus_visible() {
        let t = Theme::named("default", true).unwrap();
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.bar_focused.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(t.bar_focused.fg, None);
    }

    #[test]
    fn every_shipped_theme_parses() {
        for (name, _) in SHIPPED {
            Theme::named(name, false).unwrap_or_else(|e| panic!("{e}"));
        }
        let e = Theme::named("/no/such/theme.toml", false).err().unwrap_or_default();
        assert!(e.contains("\"/no/such/theme.toml\"") && e.contains("default, 256"), "{e}");
    }

    #[test]
    fn bad_theme_is_an_error() {
        assert!(Theme::parse("text = { fg = \"nocolour\" }").is_err());
    }
}
