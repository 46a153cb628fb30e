//! A name after a relative ("his wife Grace", "istrinya Iriana"): a lower-case word for a
//! relative (`RELATIVES_EN`, `RELATIVES_ID`) followed by a capitalised run that no span or place
//! holds names a person. English asks the run to open with a given name (compromise's list):
//! "his son Hunter" is one, "her father Trump" the tagger's to judge. Indonesian has no such list
//! to ask; there the run must not be an acronym, a title or a function word.

use super::*;

/// Words for relatives in English text (general vocabulary), sorted.
static RELATIVES_EN: WordList = WordList::new(
    "aunt brother cousin daughter father fiance fiancee granddaughter grandfather grandmother \
     grandson husband mother nephew niece sister son stepdaughter stepfather stepmother stepson \
     uncle widow widower wife",
);

/// Words for relatives in Indonesian text, also with "-nya" ("his", "her"), sorted.
static RELATIVES_ID: WordList = WordList::new(
    "adik adiknya anaknya ayah ayahnya cucu cucunya istri istrinya kakak kakaknya keponakan \
     keponakannya menantu menantunya mertua mertuanya putra putranya putri putrinya suami \
     suaminya",
);

/// Possessives between a relative and the name ("putra mereka", "son of theirs" aside). Sorted.
static POSSESSIVES: WordList = WordList::new("kami kita mereka saya");

/// Royal and religious titles before a name ("putri Raja Charles", "putra Nabi …"): a
/// relative's name is not a title. Sorted.
static ROYAL_TITLES: WordList =
    WordList::new("king nabi pangeran paus prince princess queen raja ratu sultan");

/// The most words a name after a relative runs to.
const MAX_WORDS: usize = 4;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    let (relatives, english) = match lang.code() {
        Some("en") => (&RELATIVES_EN, true),
        Some("id" | "ms") => (&RELATIVES_ID, false),
        _ => return,
    };
    let fits = |t: usize| c.name_part(t) && !c.honorific(t) && !ROYAL_TITLES.contains(words[t]);
    for k in 0..n.saturating_sub(1) {
        let relative = words[k];
        if !relative.starts_with(|c: char| c.is_lowercase()) || !relatives.contains(relative) {
            continue;
        }
        // "putra mereka, Rafathar", "their son, Hunter": a possessive and a comma between.
        let mut first = k + 1;
        let possessive = first < n && POSSESSIVES.contains(words[first]);
        if possessive {
            first += 1;
        }
        // "putra"/"putri" alone also say men's and women's ("ganda putra Piala Sudirman"):
        // a son or daughter only with whose.
        if !possessive && matches!(relative, "putra" | "putri") {
            continue;
        }
        if first < n && words[first] == "," {
            first += 1;
        }
        if first >= n {
            continue;
        }
        if !fits(first) || c.held(spans, first) || (english && !is_given_name(words[first])) {
            continue;
        }
        let mut end = first + 1;
        // A possessive ends the name: "wife Grace's".
        while end < n
            && end - first < MAX_WORDS
            && without_possessive(words[end - 1]).len() == words[end - 1].len()
            && fits(end)
            && !c.held(spans, end)
        {
            end += 1;
        }
        spans.push((first, end, EntityKind::Person));
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_given_name_after_a_relative_is_a_person() {
        let words = ["Mugabe", "and", "his", "wife", "Grace", "are", "safe"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(4, 5, Person)]);
        let words = ["Jokowi", "dan", "istrinya", "Iriana", "Widodo", "tiba"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(3, 5, Person)]);
    }

    #[test]
    fn not_mens_or_womens_in_sports_nor_a_royal_title() {
        let words = ["ganda", "putra", "Piala", "Sudirman"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["putri", "mereka", "Raja", "Charles"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn a_possessive_and_a_comma_may_stand_between() {
        let words = ["bersama", "putra", "mereka", ",", "Rafathar", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(4, 5, Person)]);
        let words = ["with", "their", "daughter", ",", "Grace", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), [(4, 5, Person)]);
    }

    #[test]
    fn not_a_word_in_english_that_is_no_given_name_nor_a_title_or_acronym() {
        // English asks for a given name: "brother Bank" is nothing to this pass.
        let words = ["his", "brother", "Bank", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["anak", "Presiden", "Jokowi"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["putra", "TNI", "berjaga"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Nor with the relative's word in capitals ("Putri Indonesia", a pageant).
        let words = ["Putri", "Bali", "datang"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn not_over_a_place_or_another_name() {
        let words = ["putra", "Jakarta", "itu"];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Jakarta")]),
            []
        );
        let words = ["his", "wife", "Grace", "Foundation"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 4, Organization)]),
            [(2, 4, Organization)]
        );
    }
}
