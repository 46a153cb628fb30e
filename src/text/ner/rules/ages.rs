//! Indonesian news gives a person's age in parentheses after the name ("Budi Santoso (45),
//! warga Sleman", "pelaku berinisial AS (32)") and hides a suspect's name behind initials
//! ("berinisial MR"): the capitalised run before "(45)" is a person where no other name holds
//! it, and initials so marked are a person's even where the gazetteer reads a country ("AS" is
//! the United States in Indonesian).

use super::*;

/// The words that announce initials ("berinisial AS", "inisial MR", "initials JD").
static INITIALS_WORDS: WordList = WordList::new("berinisial inisial initials");

/// The most words a name before an age runs to.
const MAX_WORDS: usize = 4;

/// Whether the tokens from `k` are an age in parentheses: "(", 1 to 120, ")".
fn age_at(words: &[&str], k: usize) -> bool {
    words.get(k) == Some(&"(")
        && words.get(k + 2) == Some(&")")
        && words.get(k + 1).is_some_and(|n| is_age(n))
}

/// Whether `n` is a person's age as news writes it in brackets: 1 to 120, in digits.
pub(in super::super) fn is_age(n: &str) -> bool {
    n.len() <= 3
        && n.bytes().all(|b| b.is_ascii_digit())
        && n.parse::<u16>().is_ok_and(|v| (1..=120).contains(&v))
}

/// Initials: two to four capital letters.
fn initials(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    if !matches!(lang.code(), Some("id" | "ms")) {
        return;
    }
    for k in 0..n {
        // In running text, after a lower-case word ("pelaku AS (32)"); not in a list of
        // seats or medals ("PDIP (110), PKB (68)", "China (40), AS (39)").
        let in_prose = k > 0 && words[k - 1].starts_with(char::is_lowercase);
        let announced = k > 0 && INITIALS_WORDS.contains(words[k - 1]) && initials(words[k]);
        let aged = in_prose && initials(words[k]) && age_at(words, k + 1);
        if announced || aged {
            // Initials: a person's, though the gazetteer read a country; a body the tagger
            // found stays one.
            if spans
                .iter()
                .any(|s| s.0 <= k && k < s.1 && s.2 == EntityKind::Organization)
            {
                continue;
            }
            spans.retain(|s| !(s.0 <= k && k < s.1 && s.1 - s.0 == 1));
            if !spans.iter().any(|s| s.0 <= k && k < s.1) {
                spans.push((k, k + 1, EntityKind::Person));
            }
            continue;
        }
        if !age_at(words, k + 1) {
            continue;
        }
        // A capitalised run ending here that nothing holds.
        let fits =
            |t: usize| c.capitalised(t) && is_name_word(words[t]) && !c.function(t) && !c.title(t);
        let mut start = k + 1;
        while start > 0 && k + 1 - start < MAX_WORDS && fits(start - 1) && !c.held(spans, start - 1)
        {
            start -= 1;
        }
        // One word is a name only in running text ("melimpahkan Faisal (37)"), not in a list
        // ("Gerindra (86), …").
        let prose = start > 0 && words[start - 1].starts_with(char::is_lowercase);
        if start <= k && (k > start || prose) {
            spans.push((start, k + 1, EntityKind::Person));
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_name_before_an_age_is_a_person() {
        let words = [
            "korban", ",", "Budi", "Santoso", "(", "45", ")", ",", "warga",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Person)]);
    }

    #[test]
    fn initials_with_an_age_or_so_announced_are_a_person_not_a_country() {
        let words = ["pelaku", "berinisial", "AS", "(", "32", ")", "ditangkap"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(2, 3, Place)],
            &[(2, 1, "AS")],
        );
        assert_eq!(out, [(2, 3, Person)]);
        let words = ["tersangka", "berinisial", "MR", "ditahan"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Person)]);
    }

    #[test]
    fn not_in_a_list_of_seats_or_medals() {
        let words = [
            "kursi", ":", "PDIP", "(", "110", ")", ",", "PKB", "(", "68", ")", ",", "Gerindra",
            "(", "86", ")",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["China", "(", "40", ")", ",", "AS", "(", "39", ")"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(5, 6, Place)],
            &[(0, 1, "China"), (5, 1, "AS")],
        );
        assert_eq!(out, [(5, 6, Place)]);
    }

    #[test]
    fn not_a_number_that_is_no_age_nor_another_name() {
        // A date, a year, a count: no age.
        let words = ["Jakarta", "(", "2024", ")", "dan"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Senin", "(", "4/3", ")"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A name the tagger found stays what it is; a known place is no person.
        let words = ["Persib", "(", "2", ")"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Organization)]),
            [(0, 1, Organization)]
        );
        let words = ["warga", "Surabaya", "(", "40", ")"];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Surabaya")]),
            []
        );
    }
}
