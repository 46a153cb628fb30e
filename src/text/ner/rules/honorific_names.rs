//! Honorifics and degrees open a person's name ("Drs Wiratmaja", "Haji Agus Salim", "Pak Harto",
//! "Mr Smith", "Gen. Mark Milley"): the capitalised run after one is a person, the honorific
//! outside (see `HONORIFICS_ID`, `HONORIFICS_EN`), where the tagger found nothing there.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    let mut k = 0;
    while k + 1 < n {
        let held = |t: usize| spans.iter().any(|s| s.0 <= t && t < s.1);
        if !super::super::is_honorific(words[k], lang) || held(k + 1) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < n
            && end - k <= 4
            && capitalised(words[end])
            && words[end].chars().all(is_alphabetic)
            && !is_function_word(words[end], lang)
            && !super::super::is_honorific(words[end], lang)
            && !held(end)
        {
            end += 1;
        }
        if end > k + 1 {
            spans.push((k + 1, end, EntityKind::Person));
        }
        k = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::Person;

    #[test]
    fn the_run_after_an_honorific_is_a_person() {
        let words = ["dipimpin", "Drs", "Wiratmaja", "dari", "sana", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Person)]);
        let words = ["Haji", "Agus", "Salim", "datang"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Person)]);
    }

    #[test]
    fn ranks_of_the_police_and_the_forces_stay_outside() {
        let words = [
            "kata", "Kombes", "Pol", "Dedi", "Kurnia", "kepada", "wartawan",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(3, 5, Person)]);
        let words = ["Letkol", "Arif", "Rahman", "tiba"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Person)]);
    }

    #[test]
    fn english_honorifics_open_a_name_too() {
        let words = ["Mr", "Smith", "and", "Gen.", "Mark", "Milley", "came"];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(1, 2, Person), (4, 6, Person)]
        );
    }

    #[test]
    fn not_a_lower_case_word_nor_in_another_language() {
        let words = ["Pak", "guru", "datang"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Dr", "Smith", "came"];
        assert_eq!(run(super::apply, &words, "de", &[]), []);
    }
}
