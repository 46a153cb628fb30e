//! A word written with a capital inside it after small letters ("TikTok", "WhatsApp",
//! "PayPal", "LinkedIn") is a brand: a company or its service, an organisation (the corpora
//! mark "YouTube" and "Twitter" so), not the place the tagger reads after "di" ("viral di
//! TikTok"). Where the tagger read such a word as a place the gazetteer does not know, it is
//! an organisation. Not the names whose inner capital follows a prefix of people's and places'
//! names ("McAllen", "DeKalb", "LaGuardia", "MacArthur"), which are no brands. Indonesian and
//! Malay only.

use super::*;

/// Prefixes after which a capital is a name's own ("McDonald", "DeSantis", "LaGuardia",
/// "KwaMashu"). General vocabulary, written for baca.
const NAME_PREFIXES: &[&str] = &[
    "De", "Di", "Du", "Kwa", "La", "Le", "Mac", "Mc", "Van", "Von",
];

/// Whether `word` is written as a brand: a capital first, then small letters, then a capital
/// after them that no name prefix explains.
fn is_brand(word: &str) -> bool {
    let mut chars = word.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) || !word.chars().all(is_alphabetic) {
        return false;
    }
    let mut after_small = false;
    for (i, c) in chars {
        if c.is_uppercase() && after_small {
            return !NAME_PREFIXES.contains(&&word[..i]);
        }
        after_small = c.is_lowercase();
    }
    false
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    // Indonesian and Malay, whose "di" (at, on) makes the tagger read a place; old text in
    // other languages glues places' words by OCR ("VieuxBerquin": Europeana FR −0.2).
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    let words = c.words;
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Place
            && s.1 - s.0 == 1
            && is_brand(words[s.0])
            && !c.places.iter().any(|p| p.0 == s.0)
        {
            s.2 = EntityKind::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Place};

    #[test]
    fn a_brand_read_as_a_place_is_an_organisation() {
        let words = ["viral", "di", "TikTok", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 3, Place)]),
            [(2, 3, Organization)]
        );
        assert!(super::is_brand("WhatsApp") && super::is_brand("LinkedIn"));
    }

    #[test]
    fn not_a_names_prefix_a_known_place_or_a_plain_word() {
        for w in [
            "McAllen",
            "DeKalb",
            "LaGuardia",
            "MacArthur",
            "KwaZulu",
            "Jakarta",
            "USA",
        ] {
            assert!(!super::is_brand(w), "{w}");
        }
        // A place the gazetteer knows stays one.
        let words = ["à", "VieuxBerquin", "."];
        let spans = [(1, 2, Place)];
        assert_eq!(run(super::apply, &words, "fr", &spans), spans);
        let words = ["di", "Jakarta", "."];
        let places = [(1, 1, "Jakarta")];
        let out = run_with_places(super::apply, &words, "id", &[(1, 2, Place)], &places);
        assert_eq!(out, [(1, 2, Place)]);
    }
}
