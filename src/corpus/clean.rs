//! Neutralising untrusted text before anything else sees it.
//!
//! Every article is untrusted: raw ESC/CSI/OSC sequences could retitle the terminal or
//! move the cursor, and C0/C1 controls confuse width computations. Cleaning is
//! *length-preserving* — each removed byte becomes an ASCII space — so byte offsets
//! into the cleaned text are byte offsets into the decoded file text, which is what the
//! CLI promises its scripts.

/// Replaces control characters and escape sequences with spaces of the same byte
/// length, keeping `\n`. CR becomes a space (CRLF) or a newline (a lone CR, old Mac
/// files); a form feed becomes a newline so that it still separates paragraphs.
pub fn neutralise(decoded: &str) -> String {
    let bytes = decoded.as_bytes();
    let mut out = String::with_capacity(decoded.len());
    // Safe text is copied in runs, not a char at a time: files can be tens of megabytes.
    let mut kept = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7f).contains(&b) || b == b'\n' {
            i += 1;
            continue;
        }
        // `i` is always a char boundary: it only moves past whole chars and sequences.
        let Some(c) = decoded[i..].chars().next() else { break };
        if !is_unsafe(c) {
            i += c.len_utf8();
            continue;
        }
        out.push_str(&decoded[kept..i]);
        i = match c {
            '\r' => {
                let crlf = bytes.get(i + 1) == Some(&b'\n');
                out.push(if crlf { ' ' } else { '\n' });
                i + 1
            }
            '\u{0c}' => {
                out.push('\n');
                i + 1
            }
            '\t' => {
                out.push(' ');
                i + 1
            }
            '\u{1b}' => {
                // Swallow the whole sequence so no "[2J" residue is left on screen.
                let end = escape_end(bytes, i);
                pad(&mut out, end - i);
                end
            }
            c => {
                pad(&mut out, c.len_utf8());
                i + c.len_utf8()
            }
        };
        kept = i;
    }
    out.push_str(&decoded[kept..]);
    debug_assert_eq!(out.len(), decoded.len());
    out
}

/// A one-line, display-safe copy of a short string such as a file name or a title
/// taken from metadata: controls become `?`, line breaks become spaces.
pub fn display_safe(s: &str) -> String {
    neutralise(s)
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// C0 and C1 controls, DEL, and the bidi overrides that can reorder what a terminal
/// shows (a "Trojan Source"-style trick). Zero-width joiners and combining marks stay:
/// they are legitimate text.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Byte index one past the end of the escape sequence starting at `start` (an ESC).
/// CSI runs to its final byte, OSC/DCS/APC/PM/SOS to BEL or ST, anything else is a
/// two-byte escape.
fn escape_end(bytes: &[u8], start: usize) -> usize {
    let n = bytes.len();
    let Some(&kind) = bytes.get(start + 1) else {
        return n;
    };
    let mut j = start + 2;
    match kind {
        b'[' => {
            while j < n && !(0x40..=0x7e).contains(&bytes[j]) {
                if bytes[j] >= 0x80 || bytes[j] == b'\n' {
                    return j; // malformed: stop before real text
                }
                j += 1;
            }
            (j + 1).min(n)
        }
        b']' | b'P' | b'_' | b'^' | b'X' => {
            while j < n {
                match bytes[j] {
                    0x07 => return j + 1,
                    0x1b if bytes.get(j + 1) == Some(&b'\\') => return j + 2,
                    b'\n' => return j,
                    _ => j += 1,
                }
            }
            n
        }
        k if k.is_ascii() && k != b'\n' => start + 2,
        _ => start + 1,
    }
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lone_cr_become_line_breaks_without_moving_offsets() {
        let s = "a\r\nb\rc";
        let out = neutralise(s);
        assert_eq!(out, "a \nb\nc");
        assert_eq!(out.len(), s.len());
    }

    #[test]
    fn csi_and_osc_sequences_leave_no_residue() {
        let s = "x\u{1b}[2J\u{1b}]0;evil title\u{07}y\u{1b}[31mred\u{1b}[0m";
        let out = neutralise(s);
        assert_eq!(out.len(), s.len());
        assert!(!out.contains('\u{1b}'));
        assert!(!out.contains("2J") && !out.contains("evil") && !out.contains("31m"));
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["x", "y", "red"]);
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_removed_but_combining_marks_stay() {
        let s = "a\u{9b}b\u{202e}c e\u{301}\u{200d}";
        let out = neutralise(s);
        assert_eq!(out.len(), s.len());
        assert!(!out.contains('\u{9b}') && !out.contains('\u{202e}'));
        assert!(out.contains("e\u{301}\u{200d}"));
    }

    #[test]
    fn escapes_next_to_multibyte_text_and_at_the_end() {
        for s in [
            "\u{1b}]0;t\u{e9}\u{7}\u{e9}",
            "\u{e9}\u{1b}[\u{e9}",
            "x\u{1b}",
            "\u{1b}\u{1b}",
            "\u{1b}]\u{4e2d}",
        ] {
            let out = neutralise(s);
            assert_eq!(out.len(), s.len(), "{s:?}");
            assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{s:?} -> {out:?}");
        }
        assert_eq!(neutralise("\u{e9}\u{1b}[\u{e9}"), "\u{e9}  \u{e9}");
    }

    #[test]
    fn tabs_and_form_feeds() {
        assert_eq!(neutralise("a\tb\u{0c}c"), "a b\nc");
    }

    #[test]
    fn display_safe_is_one_line() {
        assert_eq!(display_safe("dir/\u{1b}]2;x\u{07}name\n.txt"), "dir/ name .txt");
    }
}
