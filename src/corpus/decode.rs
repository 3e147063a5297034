//! Bytes to text: byte-order marks, UTF-8, and a detected legacy encoding otherwise.

use encoding_rs::{Encoding, UTF_8};

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Undecodable {
    #[error("empty file")]
    Empty,
    #[error("no text (whitespace only)")]
    Blank,
    #[error("binary file (contains NUL bytes)")]
    Binary,
}

/// Decoded text and, when decoding was not plain UTF-8, a note for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub notice: Option<String>,
}

/// Decodes a file. A BOM wins; then valid UTF-8; then the encoding chardetng finds
/// most likely (Windows-1251, Latin-1, …), reported in the notice, since a wrong guess
/// is visible to the reader and they should know why.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Undecodable> {
    decode_declared(bytes, None)
}

/// Decodes bytes whose encoding was declared (an HTTP `charset`, an HTML `<meta>`).
/// A BOM still wins, and text that is valid UTF-8 stays UTF-8 whatever the declaration
/// says: a page in UTF-8 sent as Latin-1 is a common server mistake, and legacy text
/// with any non-ASCII letter is almost never valid UTF-8. Otherwise the declaration is
/// taken over a guess, and the notice says it came from the page.
pub fn decode_declared(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, Undecodable> {
    if bytes.is_empty() {
        return Err(Undecodable::Empty);
    }
    let (text, notice) = if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        let notice = (enc != UTF_8 || had_errors).then(|| describe(enc, had_errors));
        (text.into_owned(), notice)
    } else if bytes.contains(&0) {
        return Err(Undecodable::Binary);
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), None)
    } else if let Some(enc) = declared.filter(|&e| e != UTF_8 && e.output_encoding() == e) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        (text.into_owned(), Some(format!("{} (declared by the page)", describe(enc, had_errors))))
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
        let (text, _, had_errors) = enc.decode(bytes);
        (text.into_owned(), Some(describe(enc, had_errors)))
    };
    if text.contains('\0') {
        return Err(Undecodable::Binary);
    }
    if text.trim().is_empty() {
        return Err(Undecodable::Blank);
    }
    Ok(Decoded { text, notice })
}

fn describe(enc: &'static Encoding, had_errors: bool) -> String {
    if enc == UTF_8 {
        "invalid UTF-8 replaced with \u{FFFD}".to_owned()
    } else if had_errors {
        format!("decoded as {} (some bytes replaced)", enc.name())
    } else {
        format!("decoded as {}", enc.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"hi").unwrap().text, "hi");
        let d = decode(b"\xEF\xBB\xBFhi").unwrap();
        assert_eq!(d.text, "hi");
        assert_eq!(d.notice, None);
    }

    #[test]
    fn utf16_both_endians() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kyiv".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Kyiv".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "Kyiv");
        assert_eq!(decode(&be).unwrap().text, "Kyiv");
    }

    #[test]
    fn windows_1251_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Война в Украине продолжается. Переговоры о перемирии в Киеве.");
        let d = decode(&bytes).unwrap();
        assert!(d.text.contains("Переговоры"), "{}", d.text);
        assert_eq!(d.notice.as_deref(), Some("decoded as windows-1251"));
    }

    #[test]
    fn latin1_is_detected() {
        let bytes =
            b"Le cessez-le-feu a \xe9t\xe9 sign\xe9 \xe0 Gen\xe8ve, d\xe9clare le minist\xe8re.";
        let d = decode(bytes).unwrap();
        assert!(d.text.contains("été signé à Genève"), "{}", d.text);
        assert!(d.notice.is_some());
    }

    #[test]
    fn a_declared_encoding_is_taken_over_a_guess_but_not_over_valid_utf8() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Мир");
        let d = decode_declared(&bytes, Some(encoding_rs::WINDOWS_1251)).unwrap();
        assert_eq!(d.text, "Мир");
        assert_eq!(d.notice.as_deref(), Some("decoded as windows-1251 (declared by the page)"));
        let utf8 = decode_declared("Мир".as_bytes(), Some(encoding_rs::WINDOWS_1252)).unwrap();
        assert_eq!((utf8.text.as_str(), utf8.notice), ("Мир", None));
        // UTF-16 declared in a page without a BOM is ignored (as browsers do).
        let d = decode_declared(&bytes, Some(encoding_rs::UTF_16LE)).unwrap();
        assert!(d.notice.is_some_and(|n| !n.contains("declared")));
    }

    #[test]
    fn empty_blank_and_binary_are_refused() {
        assert_eq!(decode(b""), Err(Undecodable::Empty));
        assert_eq!(decode(b" \n\t "), Err(Undecodable::Blank));
        assert_eq!(decode(b"PK\x03\x04\0\0abc"), Err(Undecodable::Binary));
    }
}
