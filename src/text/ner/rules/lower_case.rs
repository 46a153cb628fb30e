//! Names are capitalised: a span written all in lower case ("desa karangasem") is none, and a
//! name's leading lower-case words are no part of it ("kota Vladivostok").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    // Names are capitalised: a span written all in lower case ("desa karangasem") is none. A
    // capital inside a word keeps it ("iPhone"); so do letters without case.
    spans.retain(|s| {
        let letters = || words[s.0..s.1].iter().flat_map(|w| w.chars());
        letters().any(char::is_uppercase) || !letters().any(char::is_lowercase)
    });
    for s in spans.iter_mut() {
        // Leading lower-case words are not part of a name (unless the whole name is lower case).
        if (s.0..s.1).any(|k| capitalised(words[k])) {
            while s.0 < s.1 && !capitalised(words[s.0]) {
                s.0 += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Other, Place};

    #[test]
    fn a_name_written_all_in_lower_case_is_none_and_leading_lower_case_goes() {
        let words = ["di", "desa", "sukamaju", "dan", "kota", "Bogor"];
        let spans = [(1, 3, Place), (4, 6, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), [(5, 6, Place)]);
    }

    #[test]
    fn a_capital_inside_a_word_or_a_script_without_case_keeps_it() {
        let words = ["harga", "iPhone", "dan", "東京"];
        let spans = [(1, 2, Other), (3, 4, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
