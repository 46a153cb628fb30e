//! Indonesian and Malay name a team after the noun that says it is one ([`TEAM_NOUNS_ID`]:
//! "skuad Garuda", "kesebelasan Merah Putih", "klub Arema"): the capitalised run after it is
//! the team, an organisation (CONVENTIONS: clubs and teams), not the person the tagger reads in
//! a nickname ("Garuda"). The noun stays outside the name as a class noun does, also where it
//! opens the sentence with a capital ("Klub Arema FC …" is "Arema FC").
//!
//! Not over a place the gazetteer knows ("skuad Indonesia": a country is a place whatever it
//! stands for) nor over a person's name of two words or more ("klub Cristiano Ronaldo" may be
//! his club); "tim" is left out, as it comes before people as often ("tim Prabowo", a
//! campaign's team).

use super::*;

/// Indonesian and Malay nouns for a team before its name. General vocabulary, written for
/// baca. Sorted.
static TEAM_NOUNS_ID: WordList = WordList::new("kesebelasan klub skuad skuat");

/// Words of a league's name, which follows the noun as often as a club's does ("klub Liga 1",
/// "klub Serie A", "klub Premier League": a league is a competition, no name). Sorted.
static LEAGUES: WordList = WordList::new("league liga serie");

/// The most words a team's name has after its noun.
const MAX_WORDS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !matches!(c.lang.code(), Some("id" | "ms")) || c.title_case {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    let noun =
        |k: usize| crate::support::case::with_lowercase(words[k], |w| TEAM_NOUNS_ID.contains(w));
    let mut added = false;
    for s in spans.iter_mut() {
        // The noun capitalised where it opens the sentence, inside an organisation's span.
        if s.2 == EntityKind::Organization && s.1 - s.0 >= 2 && capitalised(words[s.0]) && noun(s.0)
        {
            s.0 += 1;
        }
    }
    for k in 0..n.saturating_sub(1) {
        // In lower case as the list is: no case to fold.
        if capitalised(words[k]) || !TEAM_NOUNS_ID.contains(words[k]) {
            continue;
        }
        let a = k + 1;
        let mut b = a;
        while b < n && b - a < MAX_WORDS && c.name_part(b) && !c.in_place(b) {
            b += 1;
        }
        let league =
            (a..b).any(|t| crate::support::case::with_lowercase(words[t], |w| LEAGUES.contains(w)));
        if b == a || league {
            continue;
        }
        // A person's name of two words or more is the tagger's to keep.
        let person = spans
            .iter()
            .any(|s| s.2 == EntityKind::Person && s.0 < b && a < s.1 && s.1 - s.0 >= 2);
        if !person {
            added |= put_within(spans, a, b, EntityKind::Organization);
        }
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn the_name_after_a_team_noun_is_the_team() {
        let words = ["gol", "skuad", "Garuda", "dicetak", "Egy"];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 3, Person)]),
            [(2, 3, Organization)]
        );
        let words = ["laga", "kesebelasan", "Merah", "Putih", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Organization)]);
        // The noun that opens the sentence stays outside.
        let words = ["Klub", "Arema", "FC", "merekrut", "pemain"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Organization)]),
            [(1, 3, Organization)]
        );
    }

    #[test]
    fn not_a_place_a_persons_full_name_tim_nor_another_language() {
        let words = ["skuad", "Indonesia", "menang"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 2, Place)],
            &[(1, 1, "Indonesia")],
        );
        assert_eq!(out, [(1, 2, Place)]);
        let words = ["klub", "Cristiano", "Ronaldo", "kalah"];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["klub", "Liga", "1", "dan", "klub", "Serie", "A"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["tim", "Prabowo", "menyatakan"];
        let spans = [(1, 2, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["the", "klub", "Garuda"];
        let spans = [(2, 3, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }
}
