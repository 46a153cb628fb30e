//! A given name the tagger left out before a person's name ("Perry" in "Gubernur Bank Indonesia
//! Perry Warjiyo"): one capitalised word that no other span or place holds.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    let mut held = Vec::new();
    if spans.iter().any(|s| s.2 == EntityKind::Person && s.0 > 0) {
        held = vec![false; n];
        for &(a, b, _) in spans.iter() {
            held[a..b].iter_mut().for_each(|h| *h = true);
        }
        for &(p, len, _) in places {
            held[p..p + len].iter_mut().for_each(|h| *h = true);
        }
    }
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Person && s.0 > 0 && s.0 < s.1 {
            let w = words[s.0 - 1];
            if !held[s.0 - 1]
                && capitalised(w)
                && w.chars().all(is_alphabetic)
                && is_given_name(w)
                && !c.function(s.0 - 1)
                && !c.title(s.0 - 1)
                && !c.honorific(s.0 - 1)
            {
                s.0 -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_given_name_left_out_before_a_person_joins_it() {
        let words = [
            "Gubernur", "bank", ",", "Kenneth", "Warjiyo", ",", "berkata",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(4, 5, Person)]),
            [(3, 5, Person)]
        );
    }

    #[test]
    fn not_a_title_nor_a_word_another_name_holds() {
        let words = ["Minister", "Warjiyo", "spoke"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 2, Person)]),
            [(1, 2, Person)]
        );
        let words = ["Kenneth", "Warjiyo"];
        let spans = [(0, 1, Organization), (1, 2, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
