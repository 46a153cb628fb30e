//! Laws are no names (CONVENTIONS: "laws, budgets and programmes" are not annotated). English
//! names its laws with "Act" at the end ("the Affordable Care Act", "the Civil Rights Act of
//! 1964"); a tagger that has met few reads their first words as a body ("Affordable Care") and
//! leaves "Act" out. A span whose last word is "Act" or "Acts", or that one of them follows,
//! goes, and so does a gazetteer place before them ("the Scotland Act").
//!
//! Only the capitalised word: "act" in lower case is a verb or a deed ("Congress must act"), and
//! "ACT" in capitals an acronym (the Australian Capital Territory).

use super::*;

/// Whether token `k` of `words` is "Act" or "Acts" in English text: a name that ends before it
/// is a law's.
pub(in super::super) fn before_act(words: &[&str], k: usize, lang: Lang) -> bool {
    lang.code() == Some("en") && words.get(k).is_some_and(|&w| w == "Act" || w == "Acts")
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if c.lang.code() != Some("en") || c.title_case {
        return;
    }
    let words = c.words;
    spans.retain(|s| {
        !(before_act(words, s.1, c.lang)
            || s.1
                .checked_sub(1)
                .is_some_and(|k| before_act(words, k, c.lang)))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_law_is_no_name() {
        let words = ["The", "Affordable", "Care", "Act", "was", "debated"];
        assert_eq!(run(super::apply, &words, "en", &[(1, 3, Organization)]), []);
        assert_eq!(run(super::apply, &words, "en", &[(1, 4, Organization)]), []);
        let words = ["the", "Voting", "Rights", "Act", "of", "1965"];
        assert_eq!(run(super::apply, &words, "en", &[(1, 4, Place)]), []);
    }

    #[test]
    fn a_name_before_act_in_lower_case_or_capitals_stays() {
        let words = ["Congress", "must", "act", "now"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 1, Organization)]),
            [(0, 1, Organization)]
        );
        let words = ["Canberra", "ACT", "residents"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 1, Place)]),
            [(0, 1, Place)]
        );
        // Another language's "Act" is its own word; a headline's capitals say nothing.
        let words = ["Jokowi", "Act", "Cepat"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Person)]),
            [(0, 1, Person)]
        );
        let words = ["Congress", "Act", "Now"];
        let out = run_in(
            super::apply,
            &words,
            "en",
            &[(0, 1, Organization)],
            &[],
            true,
        );
        assert_eq!(out, [(0, 1, Organization)]);
    }
}
