//! Any bytes through the loader and segmenter: decode → neutralise → segment →
//! classify. Never panics; every passage is a trimmed, non-empty, in-order range of
//! the cleaned text, and no control character but `\n` survives cleaning.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::corpus::{Article, decode, segment};

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = decode(bytes) else { return };
    let article = Article::parse("fuzz.txt", &decoded.text, decoded.notice);
    assert_eq!(article.text.len(), decoded.text.len(), "cleaning keeps byte offsets");
    assert!(!article.text.chars().any(|c| c.is_control() && c != '\n'));
    let mut end = 0;
    for p in &article.passages {
        assert!(p.range.start >= end, "passages in order, no overlap");
        let s = &article.text[p.range.clone()];
        assert!(!s.is_empty() && s == s.trim(), "trimmed, non-empty: {s:?}");
        assert!(article.text[end..p.range.start].trim().is_empty(), "gaps are whitespace");
        end = p.range.end;
    }
    assert!(article.text[end..].trim().is_empty());
    // The segmenter alone, on raw (uncleaned) text as well.
    for r in segment(&decoded.text) {
        assert!(!decoded.text[r].trim().is_empty());
    }
});
