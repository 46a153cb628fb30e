//! People named in a list ("… oleh Egy Maulana Vikri, Ramadhan Sananta, dan Witan Sulaeman",
//! "ministers Jonathan Moyo and Saviour Kasukuwere"): where the tagger found a person among the
//! items of a list of names joined by commas and "dan"/"and", an item it left out that is a
//! run of two to four capitalised name words (no place, acronym, title or function word; a
//! middle initial's period may stand between them: "Wicky V. Olindo") is a person too, where
//! it is the only such item. A single word is no evidence ("Biden and
//! Congress").

use super::*;

/// The words that join the last item of a list ("dan", "and", "serta").
static JOINERS: WordList = WordList::new("and dan serta");

/// The most items a list is read for, and the most words an item holds.
const MAX_ITEMS: usize = 12;
const MAX_WORDS: usize = 4;

/// Whether token `t` separates a list's items: a comma, or a joiner in lower case.
pub(super) fn separator(c: &Ctx, t: usize) -> bool {
    c.words[t] == "," || (!c.capitalised(t) && JOINERS.contains(c.words[t]))
}

/// A list read from a token on (here and in `place_lists`).
pub(super) struct List {
    /// Its items, `(first token, end)`.
    pub items: Vec<(usize, usize)>,
    /// Whether a joiner ("and", "dan", "serta") stands before its last item.
    pub joined: bool,
    /// Whether it opens after a lower-case word or a comma (not inside a capitalised run:
    /// "Dalam Rapat Paripurna, Puan Maharani dan …").
    pub opens: bool,
}

/// The list from token `k`: items whose end `item(start)` gives (none where it is `start`),
/// between one or two separators (", dan"); at most [`MAX_ITEMS`].
pub(super) fn read_list(c: &Ctx, k: usize, item: impl Fn(usize) -> usize) -> List {
    let n = c.words.len();
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut at = k;
    while at < n && items.len() < MAX_ITEMS {
        let end = item(at);
        if end == at {
            break;
        }
        items.push((at, end));
        let mut next = end;
        while next < n && next - end < 2 && separator(c, next) {
            next += 1;
        }
        if next == end {
            break;
        }
        at = next;
    }
    let joined = items.len() >= 2
        && items.windows(2).last().is_some_and(|w| {
            (w[0].1..w[1].0).any(|t| JOINERS.contains(c.words[t]) && !c.capitalised(t))
        });
    let opens = items
        .first()
        .is_some_and(|i| i.0 == 0 || !c.capitalised(i.0 - 1));
    List {
        items,
        joined,
        opens,
    }
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    // A list needs a person the tagger found: most windows have none (the pass ends sorting
    // the spans, as it does after reading).
    if !spans.iter().any(|s| s.2 == EntityKind::Person) {
        spans.sort_by_key(|s| s.0);
        return;
    }
    let held = |spans: &Spans, t: usize| c.held(spans, t);
    let name_word = |t: usize| c.name_part(t);
    // A period after a single capital letter (`t` is the period's index, never 0).
    let initial_period = |t: usize| initial_at(words, t - 1);
    let mut k = 0;
    while k < n {
        // A list: items (runs of name words, or spans) between separators.
        let List {
            items,
            joined: joined_by_and,
            opens,
        } = read_list(c, k, |at| {
            if let Some(s) = spans.iter().find(|s| s.0 == at) {
                return s.1;
            }
            let (mut e, mut count) = (at, 0);
            while e < n && count < MAX_WORDS && name_word(e) && !held(spans, e) {
                (e, count) = (e + 1, count + 1);
                // A middle initial's period, the run going on after it ("Wicky V.
                // Olindo": the tokenizer splits the period off).
                if count < MAX_WORDS && initial_period(e) && e + 1 < n && name_word(e + 1) {
                    e += 1;
                }
            }
            e
        });
        let people = items
            .iter()
            .filter(|i| {
                spans
                    .iter()
                    .any(|s| (s.0, s.1) == (i.0, i.1) && s.2 == EntityKind::Person)
            })
            .count();
        // Every other item a person: a list of people and bands ("… Chick Corea and Weather
        // Report") says nothing of its unmarked items.
        if joined_by_and && opens && people >= 1 && people + 1 >= items.len() {
            for (m, &(a, b)) in items.iter().enumerate() {
                // An item ends at a separator or where the list does, holds no body's word
                // ("Bursa Efek Indonesia" cut by its place) nor a party's word ("House
                // Democrats").
                let whole = m + 1 == items.len() || separator(c, b);
                let body = (a..b).any(|t| {
                    super::super::is_org_head(words[t])
                        || super::super::PARTY_WORDS_EN.contains(words[t])
                });
                if b - a >= 2 && whole && !body && !held(spans, a) {
                    spans.push((a, b, EntityKind::Person));
                }
            }
        }
        k = items.last().map_or(k + 1, |i| i.1.max(k + 1));
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn an_item_the_tagger_left_out_of_a_list_of_people_is_one() {
        let words = [
            "oleh", "Egy", "Maulana", "Vikri", ",", "Ramadhan", "Sananta", ",", "dan", "Witan",
            "Sulaeman", ".",
        ];
        let spans = [(5, 7, Person), (9, 11, Person)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 4, Person), (5, 7, Person), (9, 11, Person)]
        );
        let words = [
            "ministers",
            "Jonathan",
            "Moyo",
            "and",
            "Saviour",
            "Kasukuwere",
            ",",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Person)]),
            [(1, 3, Person), (4, 6, Person)]
        );
    }

    #[test]
    fn a_middle_initial_s_period_stays_inside_an_item() {
        let words = [
            "produser", ",", "Sukhdev", "Singh", "dan", "Wicky", "V", ".", "Olindo", ",", "di",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 4, Person)]),
            [(2, 4, Person), (5, 9, Person)]
        );
        // Not a sentence's period after a letter that ends the list.
        let words = ["Sukhdev", "Singh", "dan", "Wicky", "V", ".", "dia"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 2, Person), (3, 5, Person)]
        );
    }

    #[test]
    fn not_a_single_word_nor_without_a_person_nor_without_and() {
        let words = ["Joe", "Biden", "and", "Congress", "agreed"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
        let words = ["Bank", "Mandiri", "dan", "Bursa", "Efek", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Organization)]),
            [(0, 2, Organization)]
        );
        let words = ["Joe", "Biden", "and", "House", "Democrats", "agreed"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
        let words = [
            "Dalam",
            "Rapat",
            "Paripurna",
            ",",
            "Puan",
            "Maharani",
            "dan",
            "Sufmi",
            "Dasco",
        ];
        let spans = [(4, 6, Person), (7, 9, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // Two items unmarked: a list of people and bands.
        let words = [
            "Pat", "Metheny", ",", "Chick", "Corea", "and", "Weather", "Report",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
        // Commas alone may be a sentence's clauses.
        let words = ["Budi", "Santoso", ",", "Kepala", "Desa", ",", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }
}
