//! Honorifics and degrees open a person's name ("Drs Wiratmaja", "Haji Agus Salim", "Pak Harto",
//! "Mr Smith", "Gen. Mark Milley"): the capitalised run after one is a person, the honorific
//! outside (see `HONORIFICS_ID`, `HONORIFICS_EN`), where the tagger found nothing there. So does
//! a word for an occupation in Indonesian ("Penyanyi Raisa", "Aktris Dian Sastrowardoyo"), but
//! not an office: "Menteri Luar Negeri", "Pelatih Timnas" name a post, not a person. After an
//! occupation the run holds no place, acronym or body's noun.

use super::*;

/// Words that describe an occupation rather than name its holder ("Aktor Terbaik", "Penyanyi
/// Senior"), besides the superlatives in "ter-" (`is_superlative`). Sorted.
static OCCUPATION_ADJECTIVES_ID: WordList = WordList::new(
    "asal cantik cilik dangdut gaek internasional kawakan kondang legendaris muda nasional \
     papan pendatang pria senior tampan wanita",
);

/// An Indonesian superlative ("Terbaik", "Ternama", "Termuda"): "ter" and a consonant other than
/// "r" ("Teresa", "Terry" are names).
fn is_superlative(word: &str) -> bool {
    let rest = word
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("ter"))
        .map(|_| &word[3..]);
    rest.is_some_and(|rest| {
        rest.chars().count() >= 3
            && rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiourAEIOUR".contains(c))
    })
}

/// Indonesian words for occupations whose next capitalised words are a person's name: a subset
/// of `ROLES_ID` that heads no post or team ("pelatih Persib" is the club's coach). Sorted.
static OCCUPATIONS_ID: WordList = WordList::new(
    "advokat aktor aktris artis atlet biduan biduanita budayawan desainer ekonom gitaris \
     jurnalis komedian komika musisi pebisnis pebulutangkis pelawak pelukis pembalap pengacara \
     pengamat pengusaha penulis penyair penyanyi pesepakbola petenis petinju politikus politisi \
     presenter produser psikolog rapper sejarawan selebgram seniman sineas sosiolog sutradara \
     vokalis wartawan",
);

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    let mut k = 0;
    while k + 1 < n {
        let held = |t: usize| spans.iter().any(|s| s.0 <= t && t < s.1);
        let occupation = matches!(lang.code(), Some("id" | "ms"))
            && capitalised(words[k])
            && OCCUPATIONS_ID.contains(words[k]);
        // The honorific's period may be a token of its own ("Mr", ".", "Johnson"): where the
        // honorific opens its capitals ("Ocean Dr. Police said" is a street's) and a word, not
        // an initial or a title, follows ("Ir. H. Joko", "Mr. President").
        let dotted = c.honorific(k)
            && words[k + 1] == "."
            && (k == 0 || !capitalised(words[k - 1]) || c.honorific(k - 1));
        let mut first = if dotted { k + 2 } else { k + 1 };
        // A rank's force or a title's body, in capitals, before the name: "Letjen TNI
        // Suharyanto" (see `person_titles::portfolio_at`).
        if !occupation && c.honorific(k) && super::person_titles::portfolio_at(c, first, n) {
            first += 1;
        }
        let word_after = dotted
            && first < n
            && words[first].chars().filter(|ch| ch.is_alphabetic()).count() >= 2
            && !c.title(first);
        // A place the gazetteer knows that opens with the word is no honorific's ("DR Congo").
        let place = c.places.iter().any(|p| p.0 == k && p.1 >= 2);
        if !(occupation || c.honorific(k))
            || first >= n
            || held(first)
            || (dotted && !word_after)
            || place
        {
            k += 1;
            continue;
        }
        let mut end = first;
        while end < n
            && end - k <= 4
            && capitalised(words[end])
            && is_name_word(words[end])
            && !c.function(end)
            && !c.honorific(end)
            && !held(end)
            && !(occupation
                && (c.in_place(end)
                    || OCCUPATION_ADJECTIVES_ID.contains(words[end])
                    || is_superlative(words[end])
                    || super::super::is_acronym(words[end])
                    || c.title(end)
                    || super::super::opens_org_name(words[end], lang)))
        {
            end += 1;
            // A possessive ends the name ("Mr Obama's White House").
            if has_possessive(words[end - 1]) {
                break;
            }
        }
        // After an occupation, a run that a place, acronym or body's noun ends is no name.
        if occupation
            && end < n
            && capitalised(words[end])
            && (c.in_place(end) || super::super::is_acronym(words[end]) || held(end))
        {
            k = end;
            continue;
        }
        // A body or building named after someone ("Pope John XXIII Hospital") is no person.
        let body = end > first
            && (super::super::ends_body(words[end - 1])
                || super::super::is_class_noun(words[end - 1], lang));
        if end > first && !body {
            spans.push((first, end, EntityKind::Person));
        }
        k = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::Person;

    #[test]
    fn the_run_after_an_honorific_is_a_person() {
        let words = ["dipimpin", "Drs", "Wiratmaja", "dari", "sana", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Person)]);
        let words = ["Haji", "Agus", "Salim", "datang"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Person)]);
    }

    #[test]
    fn no_person_where_a_known_place_opens_with_the_honorific() {
        let words = ["fighting", "in", "DR", "Congo", "displaced"];
        let places = [(2, 2, "DR Congo")];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &[], &places),
            []
        );
        // A place after the honorific is the person's name ("Mr Washington").
        let words = ["said", "Mr", "Washington", "."];
        let places = [(2, 1, "Washington")];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &[], &places),
            [(2, 3, Person)]
        );
    }

    #[test]
    fn a_ranks_force_in_capitals_is_outside_the_name() {
        let words = ["Kepala", "BNPB", "Letjen", "TNI", "Suharyanto", "meminta"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(4, 5, Person)]);
        // Two capitals are initials of the name.
        let words = ["kata", "Kompol", "RM", "Sitompul", "kemarin"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Person)]);
        // A name in capitals alone is the name.
        let words = ["Jenderal", "SBY", "mengatakan", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 2, Person)]);
    }

    #[test]
    fn an_honorifics_period_may_stand_apart() {
        let words = ["Mr", ".", "Johnson", ",", "a", "Republican"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 3, Person)]);
        // Not a period that ends the sentence before a new one's function word.
        let words = ["met", "the", "Dr", ".", "The", "end"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Nor an initial, a title, or a street's "Dr.".
        let words = ["oleh", "Ir", ".", "H", ".", "Joko", "Widodo"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["said", "Mr", ".", "President", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["on", "Ocean", "Dr", ".", "Police", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Nor a body named after a person.
        let words = ["at", "the", "Pope", "John", "XXIII", "Hospital"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
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

    #[test]
    fn an_indonesian_occupation_opens_a_name_but_an_office_does_not() {
        let words = ["Aktris", "Dian", "Sastrowardoyo", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Person)]);
        let words = ["Menteri", "Luar", "Negeri", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Nor before a word that says what kind ("Aktor Terbaik", "Penyanyi Senior").
        let words = ["sebagai", "Aktor", "Terbaik", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Penyanyi", "Senior", "Titi", "DJ"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Nor before a name that ends at an acronym or a place ("Pengamat Politik UI").
        let words = ["Pengamat", "Politik", "UI", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }
}
