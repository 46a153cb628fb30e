//! A middle initial inside a person's name ("George W. Bush", "Michael J. Fox", "Susilo B.
//! Yudhoyono"): the tokenizer splits the initial's period off, and the tagger often ends the
//! name at the initial ("George W") and marks the surname apart ("Bush") or not at all. A
//! person of two words or more that ends at a single capital letter, followed by its period and
//! a name's word, runs on to that word; a person that starts there takes the whole.
//!
//! The other way round, a person that starts after "Given X." ("George W. | Bush") takes the
//! given name and the initial where the given name is one (compromise's list, as English titles
//! use it): "Plan B. Smith said" is no name.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let n = words.len();
    // The initial's period then a name's word: "W" "." "Bush", over more initials ("George H.
    // W. Bush").
    let surname_after = |k: usize| {
        if !initial_at(words, k) {
            return None;
        }
        let mut s = k + 2;
        while initial_at(words, s) {
            s += 2;
        }
        (s < n && c.name_part(s)).then_some(s)
    };
    let before_surname = |k: usize| surname_after(k).is_some();
    let mut i = 0;
    while i < spans.len() {
        let (a, b, kind) = spans[i];
        if kind != EntityKind::Person {
            i += 1;
            continue;
        }
        // "George W" (the initial inside) or "George" (the initial just after).
        let at = if b >= a + 2 && before_surname(b - 1) {
            Some(b - 1)
        } else if b < n && before_surname(b) && is_given_name(words[b - 1]) {
            Some(b)
        } else {
            None
        };
        if let Some(surname) = at.and_then(surname_after) {
            // A place of one word there is a surname too ("Robert F. Houston"); a longer
            // name of another kind the tagger found stays ("John F. Kennedy Airport").
            let one_place =
                |s: &(usize, usize, EntityKind)| s.1 == surname + 1 && s.2 == EntityKind::Place;
            let place_only = |k: usize| {
                c.places.iter().all(|p| p.0 != k || p.1 == 1)
                    && spans.iter().all(|s| s.0 > k || k >= s.1 || one_place(s))
            };
            match spans.iter().position(|s| s.0 == surname) {
                // "Bush" marked apart: a person joins; a person of two words or more is
                // another ("… of Malcolm X. Spike Lee directed it").
                Some(j) if spans[j].2 == EntityKind::Person && spans[j].1 == surname + 1 => {
                    spans[i].1 = spans[j].1;
                    spans.remove(j);
                }
                Some(j) if one_place(&spans[j]) => {
                    spans[i].1 = spans[j].1;
                    spans.remove(j);
                }
                Some(_) => {}
                // An unmarked word after a given name the lists know ("Michael J. McDermott"),
                // not in Indonesian or Malay: their news abbreviates a suspect's name at a
                // sentence's end ("tersangka Andi S. Polisi menyita …", kept whole by the
                // segmenter).
                None if place_only(surname) && unmarked_surname(c, a, surname) => {
                    spans[i].1 = surname + 1
                }
                None => {}
            }
        }
        // A name of two words or more after an initial that opens it ("J. Edgar Hoover",
        // "F. Scott Fitzgerald"), over more initials ("J. K. Rowling"); not in Indonesian or
        // Malay, whose "H." is Haji, "R." Raden: titles outside the name. (A letter after a
        // noun, "vitamin D. John Smith said", would be read so too: rare in news.)
        let (a, b) = (spans[i].0, spans[i].1);
        let mut first = a;
        while first >= 2 && initial_at(words, first - 2) {
            first -= 2;
        }
        let opened = first < a
            && (b - a >= 2 || a - first >= 4)
            && !(first >= 1 && (c.capitalised(first - 1) || words[first - 1] == "."))
            && !super::super::is_id_or_ms(c.lang);
        if opened {
            spans[i].0 = first;
        }
        // "Bush" marked after an unmarked "George W.".
        if !opened
            && a >= 3
            && initial_at(words, a - 2)
            && is_given_name(words[a - 3])
            && c.name_part(a - 3)
            && !c.held(spans, a - 3)
        {
            spans[i].0 = a - 3;
        }
        i += 1;
    }
    spans.sort_by_key(|s| s.0);
}

/// Whether the unmarked word at `surname`, after a person starting at `a` and an initial, is
/// the surname: after a given name the lists know (not in Indonesian or Malay, whose news
/// abbreviates a suspect's name at a sentence's end: "tersangka Andi S. Polisi menyita …", kept
/// whole by the segmenter); in those where a comma or a bracket closes it ("Wicky V. Olindo, di
/// kantornya") and it is no sentence's opening word ("Andi S. Sebelumnya, polisi …": "-nya" and
/// the connectives that take a comma).
fn unmarked_surname(c: &Ctx, a: usize, surname: usize) -> bool {
    let words = c.words;
    if !super::super::is_id_or_ms(c.lang) {
        return is_given_name(words[a]);
    }
    let closed = words
        .get(surname + 1)
        .is_some_and(|w| matches!(*w, "," | ")" | ";"));
    let w = words[surname];
    closed && !w.ends_with("nya") && !CONNECTIVES_ID.contains(w)
}

/// Indonesian words that open a sentence with a comma after them and are no function words of
/// the language data ("Kemudian, …", "Padahal, …"). General vocabulary. Sorted.
static CONNECTIVES_ID: WordList =
    WordList::new("akhirnya kemudian kini lalu maka namun padahal selain sementara");

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_middle_initial_joins_the_name() {
        let words = ["President", "George", "W", ".", "Bush", "spoke", "."];
        // The tagger's name ends at the initial, the surname marked apart or not at all.
        let whole = [(1, 5, Person)];
        assert_eq!(
            run(
                super::apply,
                &words,
                "en",
                &[(1, 3, Person), (4, 5, Person)]
            ),
            whole
        );
        assert_eq!(run(super::apply, &words, "en", &[(1, 3, Person)]), whole);
        assert_eq!(run(super::apply, &words, "en", &[(1, 2, Person)]), whole);
        assert_eq!(run(super::apply, &words, "en", &[(4, 5, Person)]), whole);
        let words = ["Kata", "Susilo", "B", ".", "Yudhoyono", "."];
        assert_eq!(
            run(
                super::apply,
                &words,
                "id",
                &[(1, 3, Person), (4, 5, Person)]
            ),
            [(1, 5, Person)]
        );
        // Over more initials.
        let words = ["George", "H", ".", "W", ".", "Bush", "spoke"];
        assert_eq!(
            run(
                super::apply,
                &words,
                "en",
                &[(0, 2, Person), (5, 6, Person)]
            ),
            [(0, 6, Person)]
        );
    }

    #[test]
    fn an_initial_opening_a_name_is_in_it() {
        let words = ["nominated", "A", ".", "Noel", "Kramer", "for"];
        assert_eq!(
            run(super::apply, &words, "en", &[(3, 5, Person)]),
            [(1, 5, Person)]
        );
        let words = ["by", "J", ".", "K", ".", "Rowling", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(5, 6, Person)]),
            [(1, 6, Person)]
        );
        // Not a lone surname after one letter, not after a capitalised word (a middle
        // initial's business), not in Indonesian ("H." is Haji).
        let words = ["Plan", "B", ".", "Smith", "Jones", "said"];
        let spans = [(3, 5, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["kata", "H", ".", "Abdul", "Somad", "."];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["by", "J", ".", "Rowling", "."];
        let spans = [(3, 4, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }

    #[test]
    fn no_name_without_a_given_name_or_a_name_after() {
        // An initial that is a plan's or a vitamin's letter.
        let words = ["Plan", "B", ".", "Smith", "said", "so", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(3, 4, Person)]),
            [(3, 4, Person)]
        );
        // A person of two words after the period is another; an unmarked word after a name
        // the lists do not know is no surname.
        let words = ["of", "Malcolm", "X", ".", "Spike", "Lee", "directed", "it"];
        let spans = [(1, 3, Person), (4, 6, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["tersangka", "Andi", "S", ".", "Polisi", "menyita"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        // Closed by a comma, the word after the initial is the surname.
        let words = [
            "produser",
            "Wisnu",
            "V",
            ".",
            "Oktara",
            ",",
            "di",
            "kantornya",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 5, Person)]
        );
        for opener in ["Sebelumnya", "Kemudian"] {
            let words = [
                "tersangka",
                "Andi",
                "S",
                ".",
                opener,
                ",",
                "polisi",
                "menyita",
            ];
            assert_eq!(
                run(super::apply, &words, "id", &[(1, 3, Person)]),
                [(1, 3, Person)]
            );
        }
        // One word then a letter: no middle initial ("Vitamin D. The …").
        let words = ["Maria", "D", ".", "The", "end", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
        // A surname the gazetteer knows as a place is the person's; a longer name of another
        // kind stays as it is.
        let words = ["Robert", "F", ".", "Houston", "Jr", "."];
        assert_eq!(
            run_with_places(
                super::apply,
                &words,
                "en",
                &[(0, 2, Person)],
                &[(3, 1, "Houston")]
            ),
            [(0, 4, Person)]
        );
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person), (3, 4, Place)]),
            [(0, 4, Person)]
        );
        let words = ["John", "F", ".", "Kennedy", "Airport", "."];
        assert_eq!(
            run(
                super::apply,
                &words,
                "en",
                &[(0, 2, Person), (3, 5, Organization)]
            ),
            [(0, 2, Person), (3, 5, Organization)]
        );
    }
}
