//! A person named by an initial and a surname ("P. Simmons", "J. K. Rowling", the way results,
//! bylines and later mentions write people): one capital letter or more, each with its period
//! (the tokenizer splits it off), then one to three name's words no mark holds, is a person.
//!
//! Not where a capitalised word stands just before ("Plan B. Smith said", "Group A. Brazil"),
//! nor where a name's word is one a headline reads in lower case (the pack's `lower` words:
//! "vitamin C. Researchers"), a function word ("grade A. The"), a known place ("N. Ireland",
//! "S. Korea") or a word the tagger marked.
//!
//! English only. Indonesian and Malay news abbreviates a suspect's name at a sentence's end
//! ("tersangka Andi S. Polisi menyita …", kept whole by the segmenter), and "H." is Haji, a
//! title outside the name; Dutch "H." is holy ("den H. Stoel", the Holy See). Measured in the
//! other languages: Europeana NL −1.0 (P −11.8), FR +0.3 (P −2.5), German and Portuguese ±0.

use super::*;

/// The most name's words after the initials.
const MOST_WORDS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if c.lang.code() != Some("en") {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    let initial = |k: usize| initial_at(words, k);
    let lower = |k: usize| c.pack.is_some_and(|p| p.is_lower_word(words[k]));
    let free = |t: usize| spans.iter().all(|x| x.1 <= t || t < x.0);
    let mut found = Vec::new();
    let mut k = 0;
    while k < n {
        // A first initial: not after a capitalised word, nor after another initial ("J. K.").
        if !initial(k) || (k >= 1 && c.capitalised(k - 1)) || (k >= 2 && initial(k - 2)) {
            k += 1;
            continue;
        }
        let mut s = k;
        while s < n && initial(s) {
            s += 2;
        }
        let mut end = s;
        while end < n
            && end - s < MOST_WORDS
            && c.name_part(end)
            && !lower(end)
            && !c.held(spans, end)
        {
            end += 1;
        }
        // The name's words end where capitals do: a longer run is another name's ("J. Edgar
        // Hoover Building"), left to the tagger.
        let ends_run = end >= n || !c.capitalised(end);
        // (The name's words are free of marks by `held` above; the initials are asked here.)
        if end > s && ends_run && (k..s).all(free) {
            found.push((k, end, EntityKind::Person));
        }
        k = end.max(s);
    }
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn an_initial_and_a_surname_are_a_person() {
        let words = ["Somerset", "174", "(", "P", ".", "Simmons", "4-38", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 6, Person)]);
        let words = ["by", "J", ".", "K", ".", "Rowling", ",", "who"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 6, Person)]);
    }

    #[test]
    fn not_after_a_capitalised_word_nor_a_function_word_after() {
        let words = ["Plan", "B", ".", "Smith", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["grade", "A", ".", "The", "farm"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }

    #[test]
    fn not_a_known_place_nor_a_marked_word() {
        let words = ["in", "N", ".", "Ireland", "and"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(3, 1, "Ireland")]);
        assert_eq!(out, []);
        let words = ["in", "S", ".", "Africa", "and"];
        let tagged = [(3, 4, Place)];
        assert_eq!(run(super::apply, &words, "en", &tagged), tagged);
    }

    #[test]
    fn not_in_other_languages_nor_a_longer_capitalised_run() {
        let words = ["tersangka", "Andi", "S", ".", "Polisi", "menyita"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["bij", "den", "H", ".", "Stoel", "in"];
        assert_eq!(run(super::apply, &words, "nl", &[]), []);
        let words = [
            "the", "J", ".", "Edgar", "Hoover", "Federal", "Building", "in",
        ];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
