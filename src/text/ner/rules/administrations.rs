//! A person named by the government they lead: "the Biden administration", "the Obama
//! presidency". English news writes a leader's surname before
//! these nouns far more often than the corpora the tagger learnt from (web text of the 2000s,
//! which wrote "the Bush administration", a name it knows), so it leaves most such names
//! unmarked.
//!
//! "The", then one or two capitalised name words that no span, place or well-known body holds,
//! then one of [`LED`]: a person. Not a demonym ("the Russian administration") or a party's
//! word ("the Republican administration"), nor a word the
//! language writes in lower case ("the Border administration", the pack's `lower` words), nor in a
//! headline, whose capitals say nothing. English only: Indonesian writes the name after the
//! noun ("pemerintahan Jokowi"), where the tagger finds it.

use super::*;

/// Nouns for what a person leads that English writes after the person's surname ("the Biden
/// administration"). Not "government", "camp" or "era", which follow a country, a party or a
/// period as often ("the Tory government", "the Labour camp", "the Meiji era"), nor
/// "campaign", which follows a place as often ("the Fallujah campaign"). General vocabulary,
/// written for baca. Sorted.
static LED: WordList = WordList::new("administration administrations presidency");

/// How many name words may stand between "the" and the noun ("the Joe Biden administration").
const WITHIN: usize = 2;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if c.lang.code() != Some("en") || c.title_case {
        return;
    }
    let words = c.words;
    let gazetteer = super::super::gazetteer::Gazetteer::get();
    // Looked up only where the noun is: most windows have none.
    let mut bodies: Option<Vec<(usize, usize)>> = None;
    for k in 2..words.len() {
        // Capitalised, the noun is a body's own name ("the Small Business Administration").
        let noun = without_possessive(words[k]);
        if !(LED.contains(noun) && noun.starts_with(|ch: char| ch.is_lowercase())) {
            continue;
        }
        let Some(the) = (k.saturating_sub(WITHIN + 1)..k - 1)
            .rev()
            .find(|&t| words[t].eq_ignore_ascii_case("the"))
        else {
            continue;
        };
        let (a, b) = (the + 1, k);
        let bodies: &[(usize, usize)] = bodies.get_or_insert_with(|| organization_matches(words));
        let pack = super::super::pack::get("en");
        let lower_word = |w: &str| pack.is_some_and(|p| p.is_lower_word(w));
        let fits = |t: usize| {
            c.name_part(t)
                && !words[t].contains('-')
                && !c.held(spans, t)
                && !lower_word(words[t])
                && !bodies.iter().any(|o| o.0 <= t && t < o.0 + o.1)
                // "the Republican administration": a party's, not a person's.
                && !super::super::PARTY_WORDS_EN.contains(words[t])
        };
        if (a..b).all(fits) && !gazetteer.is_english_demonym(&words[a..b].join(" ")) {
            spans.push((a, b, EntityKind::Person));
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_title_case};
    use crate::text::EntityKind::*;

    #[test]
    fn a_name_before_the_administration_is_its_leader() {
        let words = ["The", "Biden", "administration", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 2, Person)]);
        let words = ["under", "the", "Joe", "Biden", "presidency"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Person)]);
    }

    #[test]
    fn not_a_demonym_a_place_or_a_span_already_there() {
        let words = ["the", "Russian", "administration"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        let words = ["the", "Biden", "administration"];
        let out = run(super::apply, &words, "en", &[(1, 2, Organization)]);
        assert_eq!(out, [(1, 2, Organization)]);
    }

    #[test]
    fn not_a_partys_word_nor_a_well_known_body() {
        let words = ["the", "Republican", "administration", "said"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        // Compromise's organisations: "Google" anywhere in the run, not only first.
        let words = ["so", "the", "Google", "administration", "said"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
    }

    #[test]
    fn a_possessive_after_the_noun_is_the_same_leader() {
        let words = ["the", "Biden", "administration's", "plan"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 2, Person)]);
    }

    #[test]
    fn a_body_named_administration_is_none() {
        // Capitalised, the noun is the body's own name.
        let words = ["the", "Small", "Business", "Administration", "said"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
    }

    #[test]
    fn not_in_a_headline_nor_in_indonesian() {
        let words = ["The", "Biden", "Administration", "Said"];
        assert!(run_title_case(super::apply, &words, "en", &[]).is_empty());
        let words = ["the", "Biden", "administration"];
        assert!(run(super::apply, &words, "id", &[]).is_empty());
    }
}
