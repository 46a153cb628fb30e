//! Chinese names as Latin-script news writes them, surname first in pinyin ("Xi Jinping", "Wang
//! Yi", "Li Qiang"): a capitalised Chinese surname followed by one capitalised word made of one
//! or two pinyin syllables is a person where nothing else holds the two words. The lists are
//! `data/en.txt`'s (chinese-surnames read by pinyin-pro). Not where a capitalised word goes on
//! after them ("Wan Chai District"), nor a surname that is a function word of the page ("He
//! Made"), nor over a place ("Hong Kong").

use super::*;
use crate::support::case::with_lowercase;

/// Whether `word` is short ASCII letters, as pinyin names are.
fn pinyin_letters(word: &str) -> bool {
    word.len() <= 12 && word.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether `word` (any case) is one or two pinyin syllables ("Jinping", "Yi", "Qiang").
fn is_pinyin_name(word: &str) -> bool {
    let syllables = &super::super::gazetteer::EnglishWords::get().pinyin;
    pinyin_letters(word)
        && with_lowercase(word, |lower| {
            syllables.contains(lower)
                || (2..lower.len().saturating_sub(1))
                    .any(|k| syllables.contains(&lower[..k]) && syllables.contains(&lower[k..]))
        })
}

/// Whether `word` is a Chinese surname ("Xi", "Wang"), capitalised.
fn is_surname(word: &str) -> bool {
    let surnames = &super::super::gazetteer::EnglishWords::get().surnames_zh;
    capitalised(word) && pinyin_letters(word) && with_lowercase(word, |l| surnames.contains(l))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    for k in 0..n.saturating_sub(1) {
        let (surname, given) = (words[k], words[k + 1]);
        // The capital first: cheaper than the surname's lookup, and most words have none.
        if !capitalised(given)
            || !is_surname(surname)
            || c.function(k)
            || c.function(k + 1)
            || c.honorific(k)
            || c.title(k)
            || !is_pinyin_name(given)
        {
            continue;
        }
        let goes_on = words.get(k + 2).is_some_and(|w| capitalised(w));
        let after_name = k > 0
            && capitalised(words[k - 1])
            && words[k - 1].chars().any(is_alphabetic)
            && !c.title(k - 1)
            && !c.held(spans, k - 1);
        if goes_on || after_name || c.held(spans, k) || c.held(spans, k + 1) {
            continue;
        }
        spans.push((k, k + 2, EntityKind::Person));
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_surname_and_a_pinyin_given_name_are_a_person() {
        let words = ["Chinese", "leader", "Xi", "Jinping", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Person)]);
        let words = ["Presiden", "China", "Xi", "Jinping", "tiba"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "China")]);
        assert_eq!(out, [(2, 4, Person)]);
        let words = ["menlu", "Wang", "Yi", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Person)]);
    }

    #[test]
    fn not_english_words_a_longer_run_a_place_or_another_name() {
        // "He" is a function word; "Made" is "ma" + "de" in pinyin.
        let words = ["He", "Made", "history"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["the", "Wan", "Chai", "District"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["in", "Hong", "Kong", "."];
        let out = run_with_places(super::apply, &words, "en", &[], &[(1, 2, "Hong Kong")]);
        assert_eq!(out, []);
        // An honorific is no surname ("Bu Mega": Mrs Mega).
        let words = ["kata", "Bu", "Mega", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Bank", "Wang", "Hai"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["at", "Li", "Ning", "shops"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Organization)]),
            [(1, 3, Organization)]
        );
        // Not a word that is no pinyin.
        let words = ["Li", "Smith", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
