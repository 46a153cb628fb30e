//! Sentence spans: lossless, in order, on character boundaries, for any input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{lang::Lang, sentence_spans, Segmenter, Span};
use proptest::prelude::*;

/// Checks the segmentation contract and returns the sentence texts.
fn check_lossless(text: &str) -> Vec<&str> {
    check_spans(text, sentence_spans(text).collect())
}

fn check_spans(text: &str, spans: Vec<Span>) -> Vec<&str> {
    let mut rebuilt = String::new();
    let mut pos = 0;
    for span in &spans {
        assert!(
            span.start >= pos && span.start < span.end && span.end <= text.len(),
            "{span:?} in {text:?}"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let gap = &text[pos..span.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "gap {gap:?} is not whitespace"
        );
        let sentence = span.slice(text);
        assert_eq!(
            sentence,
            sentence.trim(),
            "sentence carries surrounding whitespace"
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(sentence);
        pos = span.end;
    }
    let tail = &text[pos..];
    assert!(
        tail.chars().all(char::is_whitespace),
        "tail {tail:?} is not whitespace"
    );
    rebuilt.push_str(tail);
    assert_eq!(rebuilt, text);
    spans.iter().map(|s| s.slice(text)).collect()
}

#[test]
fn splits_simple_sentences() {
    assert_eq!(
        check_lossless("  Kim tiba di Rusia.  Putin menunggu!\nApa yang dibahas? "),
        ["Kim tiba di Rusia.", "Putin menunggu!", "Apa yang dibahas?"]
    );
}

#[test]
fn empty_and_blank_inputs_have_no_sentences() {
    assert!(check_lossless("").is_empty());
    assert!(check_lossless(" \n\t\u{a0} ").is_empty());
}

#[test]
fn seed_article_is_lossless() {
    let text = include_str!("../www/demo/article.txt");
    assert!(check_lossless(text).len() > 25);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn lossless_on_arbitrary_unicode(text in "\\PC*") {
        check_lossless(&text);
    }

    #[test]
    fn lossless_in_every_language(text in "\\PC*", lang in prop::sample::select(vec!["en", "id", "de", "ar", "el", "hy", "ja", "zz"])) {
        common::load_languages();
        check_spans(&text, Segmenter::new(Lang::from_tag(lang)).spans(&text).collect());
    }

    #[test]
    fn lossless_on_punctuation_heavy_text(
        text in "([A-Za-z0-9]{0,4}[ .!?…:;)(\\[\\]\"'«»“”\n\r\t\u{a0}\u{2028}\u{3002}\u{2022}]{0,4}){0,60}",
        lang in prop::sample::select(vec!["en", "id", "hy", "el", "ar"]),
    ) {
        check_spans(&text, Segmenter::new(Lang::from_tag(lang)).spans(&text).collect());
    }

    /// Bidirectional controls around terminators and in words (a mark after a Hebrew word's
    /// last letter before its period once sliced inside a letter).
    #[test]
    fn lossless_with_bidi_controls(
        text in "([A-Za-z\u{5d0}-\u{5ea}\u{627}-\u{64a}]{0,4}[\u{200e}\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069} .?\u{61f}(]{0,3}){0,40}",
        lang in prop::sample::select(vec!["en", "id", "ar", "zz"]),
    ) {
        check_spans(&text, Segmenter::new(Lang::from_tag(lang)).spans(&text).collect());
    }

    #[test]
    fn lossless_on_sentence_like_text(text in "([A-Za-zÀ-ž0-9]{1,8}[ .!?,;:\"'()\\n\u{a0}]{1,3}){0,40}") {
        check_lossless(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A split in steps of any size gives the spans of a split in one go.
    #[test]
    fn a_split_in_steps_is_the_split_in_one_go(
        text in "([A-Za-z0-9]{0,6}[ .!?…:;)(\"\n\u{a0}]{0,3}){0,60}",
        step in 1usize..40,
        lang in prop::sample::select(vec!["en", "id", "zz"]),
    ) {
        let seg = Segmenter::new(Lang::from_tag(lang));
        let mut split = seg.split();
        let spans = loop {
            if let Some(spans) = split.step(&text, step) {
                break spans;
            }
        };
        prop_assert_eq!(spans, seg.spans(&text).collect::<Vec<_>>());
    }
}

/// A "sentence" with no end is read in rows of at most `MAX_SENTENCE` bytes: at whitespace
/// where there is some, else inside the one long token; nothing is lost.
#[test]
fn a_sentence_without_end_is_cut_into_rows() {
    use baca::text::MAX_SENTENCE;
    let words = "kata ".repeat(2000);
    let rows = check_lossless(&words);
    assert!(rows.len() > 1 && rows.iter().all(|r| r.len() <= MAX_SENTENCE));
    assert!(
        rows.iter().all(|r| r.ends_with("kata")),
        "cut at whitespace"
    );
    let token = format!("Awal {} akhir.", "é".repeat(30_000));
    let rows = check_lossless(&token);
    assert!(rows.len() > 1 && rows.iter().all(|r| r.len() <= MAX_SENTENCE));
    assert_eq!(rows.concat().replace(' ', ""), token.replace(' ', ""));
}
