//! A maker's name before a model's designation names a product, not the maker: "Boeing 737",
//! "Airbus A320", "Lockheed Martin F-16" (CONVENTIONS: products and vehicles are not names;
//! baca may list them as "other"). The organisation the tagger or a rule read becomes the
//! product, the designation in it. English only: Indonesian writes units and offices with a
//! number after them ("Kodim 0735", "Yonif 741", "Kemenkes 119").
//!
//! A designation is one word of two to twelve capital letters, digits and hyphens, with a digit,
//! that is a capital and digits ("A320", "F-16", "777-200ER"), or three digits with no zero
//! first, perhaps with a hyphen and a variant of hundreds or a small number ("737", "737-800",
//! "787-10"). Not a year ("2024"), a score ("3-1", "112-104"), an age group ("U-23") nor a word
//! with small letters ("Covid-19").
//!
//! Also, in every language, a well-known organisation (compromise's lexicon) before a capitalised
//! edition's word ([`EDITIONS`]: "Twitter Lite", "YouTube Premium", "Google Plus") is a product:
//! the tagger's person or organisation of those words becomes one, and the maker alone is the
//! organisation the lexicon says it is.

use super::*;
use crate::support::case::with_lowercase;

/// Words that name an edition of a product after its maker's name. General vocabulary, written
/// for baca. Sorted.
static EDITIONS: WordList = WordList::new("lite max mini plus premium pro ultra");

/// Whether `word` designates a model ("737", "A320", "F-16", "777-200ER", "737-800").
fn is_designation(word: &str) -> bool {
    let b = word.as_bytes();
    if !(2..=12).contains(&b.len())
        || !b
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-')
        || !b[0].is_ascii_alphanumeric()
        || !b.iter().any(u8::is_ascii_digit)
    {
        return false;
    }
    // An age group ("U-23", "U23").
    let age_group = b[0] == b'U' && {
        let rest = word[1..].trim_start_matches('-');
        rest.len() == 2 && rest.bytes().all(|c| c.is_ascii_digit())
    };
    if b.iter().any(u8::is_ascii_uppercase) {
        return !age_group;
    }
    // Digits: three, no zero first, then perhaps a hyphen and a variant's digits.
    let (model, variant) = word.split_once('-').unwrap_or((word, "1"));
    let digits = model.len() == 3
        && !model.starts_with('0')
        && model.bytes().all(|c| c.is_ascii_digit())
        && (1..=4).contains(&variant.len())
        && variant.bytes().all(|c| c.is_ascii_digit());
    // A variant is hundreds or small beside the model ("737-800", "787-10"); two numbers
    // alike are a score ("Celtics 112-104", "112-98").
    // No airliner's model in the news is under 200 ("Celtics 120-100" is a score too).
    let number = |d: &str| d.parse::<u32>().unwrap_or(0);
    let hyphened = word.contains('-');
    digits
        && (!hyphened || number(model) >= 200)
        && (variant.ends_with("00") || number(variant) * 2 <= number(model))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    editions(c, spans);
    if c.lang.code() != Some("en") {
        return;
    }
    // (The designation must be no other name's word.)
    let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Organization
            && s.1 - s.0 <= 2
            && words.get(s.1).is_some_and(|w| is_designation(w))
            && !starts.contains(&s.1)
        {
            *s = (s.0, s.1 + 1, EntityKind::Other);
        }
    }
}

/// A well-known organisation before an edition's word: the two are a product, over the
/// tagger's names inside them or of exactly them (not one that runs on past them).
fn editions(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let edition = |w: &str| capitalised(w) && with_lowercase(w, |w| EDITIONS.contains(w));
    // The lexicon's search (which `known_orgs` makes too) only where an edition's word stands.
    if !words.iter().skip(1).any(|w| edition(w)) {
        return;
    }
    let mut added = false;
    for (a, len) in organization_matches(words) {
        let b = a + len + 1;
        // After an acronym the word joins a body's name ("OPEC Plus", the oil producers).
        if len == 1 && super::super::is_acronym(words[a]) {
            continue;
        }
        if !words.get(b - 1).is_some_and(|w| edition(w))
            || words.get(b).is_some_and(|w| capitalised(w))
        {
            continue;
        }
        added |= put_within(spans, a, b, EntityKind::Other);
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Other, Person, Place};

    #[test]
    fn a_well_known_maker_before_an_editions_word_is_a_product() {
        let words = ["Twitter", "Lite", "se", "estrena", "en", "México"];
        let spans = [(0, 2, Person), (5, 6, Place)];
        assert_eq!(
            run(super::apply, &words, "es", &spans),
            [(0, 2, Other), (5, 6, Place)]
        );
        let words = ["pakai", "YouTube", "Premium", "di", "rumah"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Other)]);
    }

    #[test]
    fn not_an_unknown_maker_a_lower_case_word_nor_a_longer_name() {
        let words = ["Acme", "Pro", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Twitter", "pro", "users"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Google", "Plus", "Codes", "work"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["OPEC", "Plus", "agreed", "to", "cut"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // A name the tagger read past them stays.
        let words = ["the", "Twitter", "Pro", "League", "final"];
        let spans = [(1, 4, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }

    #[test]
    fn a_maker_before_a_models_designation_is_a_product() {
        let words = ["a", "Boeing", "737-800", "crashed"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), [(1, 3, Other)]);
        let words = ["an", "Airbus", "A320", "landed"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), [(1, 3, Other)]);
        let words = ["the", "Lockheed", "Martin", "F-16", "jets"];
        let spans = [(1, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), [(1, 4, Other)]);
    }

    #[test]
    fn not_a_year_a_score_an_age_group_a_place_nor_in_indonesian() {
        for (w, kind) in [
            ("1928", Organization),
            ("3-1", Organization),
            ("U-23", Organization),
            ("Covid-19", Organization),
            ("737", Place),
        ] {
            let words = ["against", "Persija", w, "in"];
            let spans = [(1, 2, kind)];
            assert_eq!(run(super::apply, &words, "en", &spans), spans, "{w}");
        }
        let words = ["Dandim", "Kodim", "0735", "Surakarta"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["pesawat", "Boeing", "737", "jatuh"];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn a_designation_is_capitals_and_digits_or_three_digits() {
        for w in [
            "737",
            "A320",
            "F-16",
            "777-200ER",
            "X5",
            "737-800",
            "787-10",
            "737-8",
        ] {
            assert!(super::is_designation(w), "{w}");
        }
        let not = [
            "2024",
            "3-1",
            "112-104",
            "112-98",
            "120-100",
            "12",
            "4g",
            "-16",
            "A",
            "ABC",
            "1234567890123",
            "7.5",
            "U-23",
            "U23",
            "Covid-19",
            "0735",
            "032",
            "1000",
        ];
        for w in not {
            assert!(!super::is_designation(w), "{w}");
        }
    }
}
