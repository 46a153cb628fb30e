//! A possessive inside a name ends the owner's name and the name owned starts after it: "Yoon's
//! People Power Party" is the party "People Power Party" (CONVENTIONS: a possessive is outside a
//! name; the owner is a mention of its own where the page names it).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    for s in spans.iter_mut() {
        if let Some(k) = (s.0..s.1.saturating_sub(1))
            .rev()
            .find(|&k| without_possessive(words[k]).len() < words[k].len())
        {
            s.0 = k + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn the_name_owned_starts_after_the_possessive() {
        let words = ["Lee’s", "People", "Power", "Party", "won"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 4, Organization)]),
            [(1, 4, Organization)]
        );
    }

    #[test]
    fn a_possessive_at_the_end_stays_for_trimming() {
        let words = ["Rishi", "Sunak's", "office"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }
}
