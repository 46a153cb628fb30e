//! English organisations by their head noun: "European Commission", "Bank of England"; in
//! Indonesian and Malay text too ("akademisi di Stanford University"), from the first word of
//! the run that is no title or function word ("Presiden Harvard University" is the president of
//! Harvard University).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    let english = lang.code() == Some("en");
    let mut last = 0;
    for (mut a, b) in org_word_spans(words, lang) {
        // In a headline a second head noun does not take the first's body into its own over
        // words between them ("Kenya Police Fire Tear Gas": the run back from "Gas" stops
        // after "Police"); a head right after the first body's is the same name's ("Detroit
        // Police Department").
        if c.title_case && b - 1 > last {
            a = a.max(last);
        }
        last = b;
        // In another language's text the English article opens no body's name either ("bank
        // sentral AS, The Federal Reserve").
        while !english
            && a + 1 < b
            && (c.title(a) || c.function(a) || c.honorific(a) || words[a] == "The")
        {
            a += 1;
        }
        if english && !c.title_case {
            a = joined_by_and(c, spans, a);
        }
        // A name that closes a quotation is a work's or an event's title there ("Shirouto
        // Club", a film; "86 Momoco Party").
        let quoted = words
            .get(b)
            .is_some_and(|w| matches!(*w, "\"" | "”" | "»" | "'" | "’"));
        if b - a < 2 || !english && quoted {
            continue;
        }
        // In a headline every word is capitalised: the head noun says a body only where the
        // tagger or the gazetteer saw a name in the run too ("Customer Service Was Excellent"
        // names none).
        if c.title_case
            && !spans.iter().any(|s| s.0 < b && a < s.1)
            && !places.iter().any(|p| p.0 < b && a < p.0 + p.1)
        {
            continue;
        }
        // A body the tagger found ending in the head noun goes on over "of" and the run
        // ("People's Bank" + "of China": the name's words the run did not take, a common
        // noun's possessive, are the tagger's).
        if let Some(s) = spans.iter().find(|s| {
            s.2 == EntityKind::Organization && s.0 < a && a < s.1 && s.1 < b && words[s.1] == "of"
        }) {
            a = s.0;
        }
        if spans
            .iter()
            .any(|s| (s.0 < a && a < s.1) || (s.0 < b && b < s.1))
        {
            continue;
        }
        spans.retain(|s| s.1 <= a || b <= s.0);
        spans.push((a, b, EntityKind::Organization));
    }
}

/// Where an English body's run starts after "and" or "&", the start of the body's name with
/// the words before them ("the Securities and Exchange Commission", "Food and Drug
/// Administration"): one to three name words (no day, month or given name: "on Tuesday and
/// Federal Reserve officials") that no span or known place holds, after a word in lower case,
/// a function word opening the sentence ("The … and …") or the window's start. A name the
/// tagger, the gazetteer or this pass read there is a body or place of its own ("Germany and
/// European Commission", "the Vestrik Foundation and Halvorsen Commission").
fn joined_by_and(c: &Ctx, spans: &Spans, a: usize) -> usize {
    let words = c.words;
    if a < 2 || !matches!(words[a - 1], "and" | "&") {
        return a;
    }
    let word = |k: usize| c.name_part(k) && !is_trap(words[k], c.lang) && !c.given_name(k);
    let mut start = a - 1;
    while start > 0 && a - 1 - start < 3 && word(start - 1) {
        start -= 1;
    }
    // After a word in lower case (a comma says a list of bodies).
    let before_ok = start == 0
        || words[start - 1].starts_with(|ch: char| ch.is_lowercase())
        || (opens(words, start - 1) && c.function(start - 1));
    let free = (start..a - 1).all(|k| !c.held(spans, k));
    if start < a - 1 && before_ok && free {
        start
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_run_ending_in_an_organisations_head_noun_is_one() {
        let words = ["the", "European", "Commission", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Organization)]);
    }

    #[test]
    fn a_body_the_tagger_found_goes_on_over_of_and_the_run() {
        let words = ["The", "People's", "Bank", "of", "China", "said"];
        let spans = [(1, 3, Organization), (4, 5, Place)];
        assert_eq!(
            run(super::apply, &words, "en", &spans),
            [(1, 5, Organization)]
        );
        // Not a person the tagger read there.
        let words = ["The", "People's", "Bank", "of", "China", "said"];
        let spans = [(1, 3, Person), (4, 5, Place)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }

    #[test]
    fn an_english_body_in_indonesian_text_is_one() {
        let words = ["akademisi", "di", "Stanford", "University", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Organization)]);
        // Over the tagger's place of the same words; not over a title.
        let words = ["sentral", "AS", ",", "The", "Vestrik", "Reserve", ","];
        assert_eq!(run(super::apply, &words, "id", &[]), [(4, 6, Organization)]);
        let words = ["kata", "Presiden", "Harvard", "University", "itu"];
        let spans = [(2, 4, Place)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(2, 4, Organization)]
        );
    }

    #[test]
    fn not_in_indonesian_order_nor_a_building_nor_another_language() {
        // Head first, as Indonesian names a body: the tagger's reading stays.
        let words = ["dari", "Bank", "Mandiri", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Gubernur", "Bank", "Indonesia", "Perry", "Warjiyo"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["menginap", "di", "Grand", "Hyatt", "Hotel", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["pelatihan", "Digital", "Marketing", "bagi", "UMKM"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["la", "European", "Commission"];
        assert_eq!(run(super::apply, &words, "it", &[]), []);
        // A quoted title.
        let words = ["film", "\"", "Shirouto", "Club", "\"", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn not_a_head_noun_alone() {
        let words = ["The", "Commission", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // A river's bank on a side is a region.
        let words = ["in", "the", "West", "Bank", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["the", "West", "Bank", "of", "Scotland"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 5, Organization)]);
    }

    #[test]
    fn in_a_headline_only_with_a_name_in_the_run() {
        use super::super::tests::run_title_case;
        let words = ["The", "Customer", "Service", "Was", "Excellent"];
        assert_eq!(run_title_case(super::apply, &words, "en", &[]), []);
        // (As the pass reads a headline: its common words in lower case.)
        let words = ["Bank", "of", "Canada", "raises", "rates"];
        assert_eq!(
            run_title_case(super::apply, &words, "en", &[(2, 1, "Canada")]),
            [(0, 3, Organization)]
        );
    }

    #[test]
    fn in_a_headline_a_second_head_noun_does_not_take_the_first_body() {
        use super::super::tests::{run_in, run_title_case};
        let words = ["Norway", "Police", "Fire", "Tear", "Gas", "At", "Crowds"];
        let places = [(0, 1, "Norway")];
        assert_eq!(
            run_title_case(super::apply, &words, "en", &places),
            [(0, 2, Organization)]
        );
        // A head noun right after the first body's is the same body's.
        let words = ["Norway", "Police", "Department", "Raids", "Homes"];
        assert_eq!(
            run_title_case(super::apply, &words, "en", &places),
            [(0, 3, Organization)]
        );
        // In running text the head's run back is not cut.
        let words = ["the", "Norway", "Police", "Gas", "Service", "said"];
        assert_eq!(
            run_in(super::apply, &words, "en", &[], &[(1, 1, "Norway")], false),
            [(1, 5, Organization)]
        );
    }

    #[test]
    fn a_body_named_with_and_is_one() {
        let words = ["the", "Vestrik", "and", "Halvorsen", "Commission", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 5, Organization)]);
        let words = ["The", "Vestrik", "and", "Halvorsen", "Commission", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 5, Organization)]);
        let words = [
            "the",
            "Securities",
            "and",
            "Halvorsen",
            "Commission",
            "said",
        ];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 5, Organization)]);
        // Not over a name the tagger or the gazetteer read before "and".
        let spans = [(1, 2, Organization)];
        assert_eq!(
            run(super::apply, &words, "en", &spans),
            [(1, 2, Organization), (3, 5, Organization)]
        );
        let words = ["Norway", "and", "Halvorsen", "Commission", "said"];
        assert_eq!(
            super::super::tests::run_in(
                super::apply,
                &words,
                "en",
                &[],
                &[(0, 1, "Norway")],
                false
            ),
            [(2, 4, Organization)]
        );
        // Nor from inside a longer capitalised run.
        let words = [
            "the",
            "Big",
            "Four",
            "Vestrik",
            "Nord",
            "and",
            "Halvorsen",
            "Commission",
        ];
        assert_eq!(run(super::apply, &words, "en", &[]), [(6, 8, Organization)]);
        // Nor over a day or a given name.
        let words = [
            "on",
            "Tuesday",
            "and",
            "Halvorsen",
            "Commission",
            "officials",
        ];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 5, Organization)]);
        let words = [
            "said",
            "Kevin",
            "and",
            "Halvorsen",
            "Commission",
            "officials",
        ];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 5, Organization)]);
        // Nor over a list's bodies: after a comma, nor over a body this pass read.
        let words = [",", "Vestrik", "and", "Halvorsen", "Commission"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 5, Organization)]);
        let words = [
            "the",
            "Vestrik",
            "Foundation",
            "and",
            "Halvorsen",
            "Commission",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(1, 3, Organization), (4, 6, Organization)]
        );
    }
}
