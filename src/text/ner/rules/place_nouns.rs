//! Places the text names as such and the tagger left out: "the town of Bakhmut", "desa
//! Sukamaju" (see `PLACE_NOUNS_ID`): the capitalised run after the word, up to three words.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    let nouns = super::super::place_nouns(lang);
    if !nouns.is_empty() {
        let english = lang.code() == Some("en");
        for k in 1..n {
            // Most words are not capitalised: that test first, the list's after.
            if !capitalised(words[k]) {
                continue;
            }
            let noun = if english {
                (k >= 2 && words[k - 1] == "of").then(|| words[k - 2])
            } else {
                Some(words[k - 1])
            };
            // Written in lower case, as the list's words are.
            let listed =
                |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && nouns.contains(w);
            if !noun.is_some_and(listed) || spans.iter().any(|s| s.0 <= k && k < s.1) {
                continue;
            }
            let mut end = k;
            while end < n
                && end - k < 3
                && capitalised(words[end])
                && words[end].chars().all(is_alphabetic)
                && !spans.iter().any(|s| s.0 <= end && end < s.1)
            {
                end += 1;
            }
            if end > k {
                spans.push((k, end, EntityKind::Place));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_place_the_text_names_as_such_is_one() {
        let words = ["warga", "desa", "Sukamaju", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Place)]);
        let words = ["the", "town", "of", "Bakhmut", "fell"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 4, Place)]);
    }

    #[test]
    fn not_a_capitalised_noun_nor_a_held_word() {
        let words = ["Desa", "Sukamaju"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["desa", "Sukamaju"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(1, 2, Person)]
        );
    }
}
