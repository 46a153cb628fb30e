//! A name followed by an age group ("Persib U-23", "Arema U19", "Persekabpas U - 23") is a
//! team's: an organisation (CONVENTIONS: clubs and teams), not the person the tagger may read
//! in it ("Tim Persib"). The age group stays outside the name, and so does the Indonesian or
//! Malay noun "Tim" before the name ("Tim Persib U-23 kalah" is "Persib"); a name the tagger
//! read on after the age group is a name of its own ("Persib U-23 Robert Alberts"). Where
//! nothing was marked, up to [`MAX_WORDS`] capitalised name words before the age group are the
//! team, in running text only, and not a word for a team ("Seleksi Timnas U-17", "Tim Nasional
//! U-23"), a run a known place ends ("Bali United U-20" is the tagger's to read) or the
//! sentence's first word alone ("Skuad U-23 tiba").
//!
//! Not a place the gazetteer knows ("Indonesia U-23"): a country is a place whatever it stands
//! for, its team too.

use super::*;

/// Indonesian and Malay words for a team, which open its name or stand for no name of their
/// own ("Timnas U-19": the national team's under-19s). General vocabulary. Sorted.
static TEAM_WORDS_ID: WordList = WordList::new("tim timnas");

/// The most words a team's name has before its age group.
const MAX_WORDS: usize = 3;

/// Whether the tokens at `k` are an age group: "U-23", "U23", or "U" "-" "23", under 12 to 23.
/// The number of tokens it takes.
fn age_group(words: &[&str], k: usize) -> Option<usize> {
    let under = |digits: &str| {
        digits.len() == 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (12..=23).contains(&digits.parse::<u8>().unwrap_or(0))
    };
    let w = *words.get(k)?;
    let rest = w.strip_prefix('U')?;
    if under(rest.strip_prefix('-').unwrap_or(rest)) {
        return Some(1);
    }
    (rest.is_empty()
        && words.get(k + 1) == Some(&"-")
        && words.get(k + 2).is_some_and(|d| under(d)))
    .then_some(3)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let id = matches!(c.lang.code(), Some("id" | "ms"));
    let opens_team = |k: usize| id && words[k] == "Tim";
    let team_word = |k: usize| id && TEAM_WORDS_ID.contains(words[k]);
    let mut changed = false;
    let mut tails = Vec::new();
    spans.retain_mut(|s| {
        // The age group inside the name ("Timnas Indonesia U-20"), the "U" of "U - 23" at its
        // end, or the age group after it.
        let end = match (s.0 + 1..s.1).find(|&k| age_group(words, k).is_some()) {
            Some(k) => k,
            None if age_group(words, s.1).is_some() => s.1,
            None => return true,
        };
        changed = true;
        // The name read on after the age group is its own ("Persib U-23 Robert Alberts").
        let after = end + age_group(words, end).unwrap_or(1);
        if after < s.1 && (after..s.1).all(|k| c.name_part(k)) {
            tails.push((after, s.1, s.2));
        }
        if (s.0..end).all(|k| c.in_place(k)) {
            s.1 = end;
            return true;
        }
        let start = if end - s.0 >= 2 && opens_team(s.0) {
            s.0 + 1
        } else {
            s.0
        };
        *s = (start, end, EntityKind::Organization);
        // "Kapten Timnas U-23": a description, no name.
        !(end - start == 1 && team_word(start))
    });
    spans.extend(tails);
    // Nothing marked before an age group: the capitalised name words there, in running text.
    for k in 1..words.len() {
        if c.title_case
            || age_group(words, k).is_none()
            || spans.iter().any(|s| s.0 <= k && k <= s.1)
        {
            continue;
        }
        let mut a = k;
        while a > 0 && k - a < MAX_WORDS && c.name_part(a - 1) && !c.in_place(a - 1) {
            a -= 1;
        }
        // A known place ends the run: part of a club's name the tagger left ("Bali United").
        if a > 0 && k - a < MAX_WORDS && c.in_place(a - 1) {
            continue;
        }
        if a < k && opens_team(a) {
            a += 1;
        }
        // A word for a team in the run, "Nasional" after "Tim", or the sentence's first word
        // alone: no name.
        let team = (a..k).any(team_word)
            || a < k && words[a].eq_ignore_ascii_case("nasional")
            || k - a == 1 && a == 0;
        if team {
            continue;
        }
        if a < k && spans.iter().all(|s| s.1 <= a || k <= s.0) {
            put(spans, [(a, k, EntityKind::Organization)]);
            changed = true;
        }
    }
    if changed {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_name_before_an_age_group_is_a_team() {
        let words = ["Tim", "Persib", "U-23", "kalah", "dari", "Persija"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(1, 2, Organization)]
        );
        let words = ["Persekabpas", "U", "-", "23", "menang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 1, Organization)]
        );
        let words = ["Timnas", "Indonesia", "U-20", "menang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Organization)]),
            [(0, 2, Organization)]
        );
        let words = ["Kapten", "Timnas", "U-23", "Asnawi"];
        assert_eq!(run(super::apply, &words, "id", &[(1, 2, Person)]), []);
        // Unmarked: the capitalised words before it.
        let words = ["laga", "Arema", "U19", "berakhir"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 2, Organization)]);
        // "Timnas" alone is the national team, no name.
        let words = ["Pelatih", "Timnas", "U-19", "Indra", "Sjafri"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        for words in [
            ["jadwal", "Seleksi", "Timnas", "U-17", "digelar"],
            ["kata", "dia", "Tim", "Nasional", "U-23"],
        ] {
            assert_eq!(run(super::apply, &words, "id", &[]), [], "{words:?}");
        }
        let words = ["Skuad", "U-23", "tiba", "di", "Doha"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A known place ends the run: the tagger's to read.
        let words = ["laga", "Bali", "United", "U-20", "kemarin"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Bali")]);
        assert_eq!(out, []);
        let words = ["the", "Leeds", "United", "U21", "side"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Organization)]);
        // In English "Tim" is a given name and stays.
        let words = ["said", "Tim", "Sherwood", "U21", "coach"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Organization)]);
        // The name read on after the age group is its own.
        let words = ["pelatih", "Persib", "U-23", "Robert", "Alberts", "hadir"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 5, Person)]),
            [(1, 2, Organization), (3, 5, Person)]
        );
    }

    #[test]
    fn not_a_country_nor_other_numbers() {
        let words = ["Indonesia", "U-23", "menang"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(0, 1, Place)],
            &[(0, 1, "Indonesia")],
        );
        assert_eq!(out, [(0, 1, Place)]);
        // Not an age group: "U-2" (a submarine), "U-235", "UN".
        for group in ["U-2", "U-235", "UN", "U-99", "U-1a"] {
            let words = ["Adi", "Putra", group, "hadir"];
            let spans = [(0, 2, Person)];
            assert_eq!(run(super::apply, &words, "id", &spans), spans, "{group}");
        }
    }
}
