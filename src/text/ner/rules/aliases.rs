//! A person known by another name: "Faisal (37) alias Komeng", "Zulkarnaini alias Glok" (also
//! "a.k.a." in English). Where a person's name stands on one side of "alias", the capitalised run
//! on the other side that nothing holds is a person too (the linking keeps them apart: the text
//! does not say which name a later mention uses).

use super::*;

/// The words between a name and another name of the same person (with "a.k.a.").
static ALIAS_WORDS: WordList = WordList::new("aka alias");

/// The most words a name beside "alias" runs to.
const MAX_WORDS: usize = 4;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    let fits = |t: usize| c.name_part(t);
    let is_alias = |k: usize| {
        words[k].starts_with(|c: char| c.is_lowercase())
            && (words[k] == "a.k.a." || ALIAS_WORDS.contains(words[k]))
    };
    // One person read across "alias" is two names of one person, each a mention.
    let mut split = Vec::new();
    for s in spans.iter_mut().filter(|s| s.2 == EntityKind::Person) {
        let alias = (s.0 + 1..s.1.saturating_sub(1)).find(|&k| is_alias(k));
        // Each side a name of at most `MAX_WORDS` words.
        if let Some(k) = alias.filter(|&k| k - s.0 <= MAX_WORDS && s.1 - k - 1 <= MAX_WORDS) {
            split.push((k + 1, s.1, EntityKind::Person));
            s.1 = k;
        }
    }
    spans.extend(split);
    for k in 1..n.saturating_sub(1) {
        if !is_alias(k) {
            continue;
        }
        let person_at = |spans: &Spans, t: usize| {
            spans
                .iter()
                .any(|s| s.0 <= t && t < s.1 && s.2 == EntityKind::Person)
        };
        // The name before: right before "alias", or before an age in parentheses.
        let before = if k >= 4 && words[k - 1] == ")" && words[k - 3] == "(" {
            k - 4
        } else {
            k - 1
        };
        let after = k + 1;
        if person_at(spans, before) && !c.held(spans, after) && fits(after) {
            let mut end = after + 1;
            while end < n && end - after < MAX_WORDS && fits(end) && !c.held(spans, end) {
                end += 1;
            }
            spans.push((after, end, EntityKind::Person));
        } else if person_at(spans, after) && !c.held(spans, before) && fits(before) {
            let mut start = before;
            while start > 0
                && before + 1 - start < MAX_WORDS
                && fits(start - 1)
                && !c.held(spans, start - 1)
            {
                start -= 1;
            }
            spans.push((start, before + 1, EntityKind::Person));
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn the_other_side_of_alias_is_a_person_too() {
        let words = [
            "melimpahkan",
            "Faisal",
            "(",
            "37",
            ")",
            "alias",
            "Komeng",
            "anggota",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(1, 2, Person), (6, 7, Person)]
        );
        let words = ["terdakwa", "Zulkarnaini", "alias", "Glok", "(", "28", ")"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 4, Person)]),
            [(1, 2, Person), (3, 4, Person)]
        );
    }

    #[test]
    fn one_person_across_alias_is_two_names() {
        let words = [
            "kelompok", "Nurdin", "Ismail", "alias", "Din", "Minimi", "ke",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 6, Person)]),
            [(1, 3, Person), (4, 6, Person)]
        );
    }

    #[test]
    fn not_without_a_person_nor_over_another_name() {
        let words = ["Budi", "alias", "Komeng"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Budi", "alias", "Persib", "Bandung"];
        assert_eq!(
            run(
                super::apply,
                &words,
                "id",
                &[(0, 1, Person), (2, 4, Organization)]
            ),
            [(0, 1, Person), (2, 4, Organization)]
        );
    }
}
