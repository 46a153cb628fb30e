//! A maker's name before a model's designation names a product, not the maker: "Boeing 737",
//! "Airbus A320", "Lockheed Martin F-16" (CONVENTIONS: products and vehicles are not names;
//! baca may list them as "other"). The organisation the tagger or a rule read becomes the
//! product, the designation in it.
//!
//! A designation is one word of two to twelve letters, digits and hyphens with a digit in it,
//! and a capital letter too or three digits or more: not a year ("Persija 1928"), a score
//! ("3-1") or a small number.

use super::*;

/// Whether `word` designates a model ("737", "A320", "F-16", "777-200ER").
fn is_designation(word: &str) -> bool {
    let b = word.as_bytes();
    if !(2..=12).contains(&b.len())
        || !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        || !b[0].is_ascii_alphanumeric()
        || !b.iter().any(u8::is_ascii_digit)
    {
        return false;
    }
    if b.iter().any(u8::is_ascii_uppercase) {
        return true;
    }
    // Digits only (no lower-case letters, no hyphen: "3-1", "4g"), three or more, no year.
    let value = || b.iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    b.iter().all(u8::is_ascii_digit)
        && b.len() >= 3
        && !(b.len() == 4 && (1800..=2099).contains(&value()))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Organization
            && s.1 - s.0 <= 2
            && words.get(s.1).is_some_and(|w| is_designation(w))
        {
            *s = (s.0, s.1 + 1, EntityKind::Other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Other, Place};

    #[test]
    fn a_maker_before_a_models_designation_is_a_product() {
        let words = ["pesawat", "Boeing", "737", "jatuh"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), [(1, 3, Other)]);
        let words = ["an", "Airbus", "A320", "landed"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), [(1, 3, Other)]);
        let words = ["the", "Lockheed", "Martin", "F-16", "jets"];
        let spans = [(1, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), [(1, 4, Other)]);
    }

    #[test]
    fn not_a_year_a_score_a_small_number_nor_a_place() {
        for (w, kind) in [
            ("1928", Organization),
            ("3-1", Organization),
            ("11", Organization),
            ("737", Place),
        ] {
            let words = ["lawan", "Persija", w, "di"];
            let spans = [(1, 2, kind)];
            assert_eq!(run(super::apply, &words, "id", &spans), spans, "{w}");
        }
    }

    #[test]
    fn a_designation_has_a_digit_and_a_capital_or_three_digits() {
        for w in ["737", "A320", "F-16", "777-200ER", "X5"] {
            assert!(super::is_designation(w), "{w}");
        }
        for w in [
            "2024",
            "3-1",
            "12",
            "4g",
            "-16",
            "A",
            "ABC",
            "1234567890123",
            "7.5",
        ] {
            assert!(!super::is_designation(w), "{w}");
        }
    }
}
