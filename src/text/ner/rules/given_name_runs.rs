//! Names the tagger left out entirely: a capitalised run that contains a given name is a person
//! from that name on, with at most one capitalised word before it (which `split_title_words`
//! may later give to the title: "Juru bicara Kremlin Dmitry Peskov"; in English not a word for
//! a people: "American Todd Martin"), not an office's after "of"
//! ("Secretary of State Antony Blinken", "Speaker of the House …"), nor with a word for a kind of place in the run
//! ("Penyaluran Dana Desa": "Dana" is a fund in Indonesian, a given name in English), nor a
//! known place ("Sierra Leone"), nor, in English, a run ending in a place's head noun ("Logan
//! International Airport"). The given names are compromise's (English) and, where the
//! language's pack has them, those of many countries ("Sandrine Testud", "Jürgen Klopp" in
//! German news: `Pack::is_given_name`).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    {
        let mut k = 0;
        while k < n {
            let covered = |t: usize| spans.iter().any(|s| s.0 <= t && t < s.1);
            if !capitalised(words[k]) || covered(k) {
                k += 1;
                continue;
            }
            let mut end = k;
            while end < n && capitalised(words[end]) && !covered(end) && is_name_word(words[end]) {
                end += 1;
                // A possessive ends the name: "Angela Merkel's office".
                if has_possessive(words[end - 1]) {
                    break;
                }
            }
            // A run of one word is no name here: the test of length first, the list's after.
            // A function word of the page is no given name here ("Dan" is "and" in Indonesian).
            // Nor a word the page writes in lower case (Indonesian "Tim SAR": "tim", a team).
            let lower = |t: usize| c.lower_given.get(t).copied().unwrap_or(false);
            // compromise's given names, and where the pack has them, those of many countries.
            if let Some(g) =
                (k..end).find(|&t| t + 1 < end && c.given_name(t) && !c.function(t) && !lower(t))
            {
                // (A hyphenated word before is a compound title: "SWR-Landeskorrespondent".)
                // (After "of" and a title the word is the office's: "Secretary of State",
                // "Speaker of the House".)
                let of_title = |k: usize| k >= 2 && words[k - 1] == "of" && c.title(k - 2);
                let office = of_title(k) || k >= 1 && words[k - 1] == "the" && of_title(k - 1);
                let start = if g > k
                    && !words[g - 1].contains('-')
                    && !c.function(g - 1)
                    && !c.title(g - 1)
                    && !office
                    && !super::super::is_class_noun(words[g - 1], lang)
                    // A people's word is no part of a name ("American Todd Martin"; left
                    // with the name, `split_title_words` made it a body).
                    && !(lang.code() == Some("en")
                        && super::demonyms::is_english_people_word(words[g - 1]))
                    && g - k == 1
                {
                    g - 1
                } else {
                    g
                };
                // A word for a kind of place after the given name makes it a place's name
                // ("Dana Desa", "Dana Street"), not a person's; before it, it is no part of
                // the name ("kepala Desa Budi Santoso").
                // Nor is a known place of two words or more a person's name ("Sierra Leone",
                // "George Town").
                let place =
                    end - start > 1 && places.iter().any(|p| (p.0, p.0 + p.1) == (start, end));
                // Nor, in English, a run that ends in a place's head noun ("Logan International
                // Airport", a cricket ground "Trent Bridge"): either may be a person's name
                // ("Adam Beach"), and `headed_places` makes no place of a run opening with a given
                // name, so such a run is left unmarked rather than guessed. Not a body's head
                // noun, a surname as often ("Power").
                let headed = lang.code() == Some("en")
                    && super::headed_places::HEADS_EN.contains(words[end - 1]);
                let place = place || headed;
                if !place && !(g..end).any(|t| super::super::is_class_noun(words[t], lang)) {
                    spans.push((start, end, EntityKind::Person));
                }
            }
            k = end.max(k + 1);
        }
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    /// The pack's given names of many countries count where it has them, and only there.
    #[test]
    fn the_pack_s_given_names_count_where_it_has_them() {
        use super::super::tests::run_with_pack;
        use crate::text::ner::pack::{read, write};
        let words = ["sagte", "Sandrine", "Testud", "am", "Montag"];
        let with_pack = |sections: &[(&str, &[u8])]| {
            let pack = read("de", &write(sections)).unwrap();
            run_with_pack(super::apply, &words, "de", &pack)
        };
        let given: &[u8] = b"0sandrine\n";
        assert_eq!(
            with_pack(&[("lang", b"de"), ("given", given)]),
            [(1, 3, Person)]
        );
        // Not without the list, nor a given name alone.
        assert_eq!(run(super::apply, &words, "de", &[]), []);
        assert_eq!(with_pack(&[("lang", b"de")]), []);
        let alone = ["sagte", "Sandrine", "am", "Montag"];
        assert_eq!(run(super::apply, &alone, "de", &[]), []);
    }

    #[test]
    fn a_run_ending_in_a_places_head_noun_is_no_person() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        let words = ["at", "Logan", "Vestrik", "Airport", "on", "Monday"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // A body's head noun is a surname as often ("Power", "Post").
        let words = ["beat", "Logan", "Power", "on", "Monday"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Person)]);
        // A given name and the noun alone is left unmarked too (a person's name or a place's).
        let words = ["with", "Logan", "Beach", "on", "Monday"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }

    #[test]
    fn a_demonym_before_the_given_name_is_not_the_names() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        let words = ["faces", "American", "Todd", "Martin", "in"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Person)]);
        // Another word before it stays ("Kremlin Dmitry Peskov", below).
    }

    #[test]
    fn the_word_of_an_office_after_of_is_not_the_names() {
        let words = ["Secretary", "of", "State", "Antony", "Blinken", "met"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 5, Person)]);
    }

    #[test]
    fn nor_after_of_the() {
        let words = ["Speaker", "of", "the", "House", "Dana", "Whitfield", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(4, 6, Person)]);
    }

    #[test]
    fn a_capitalised_run_with_a_given_name_is_a_person() {
        let words = ["the", "spokesman", "Kremlin", "Dmitry", "Peskov", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 5, Person)]);
    }

    #[test]
    fn not_a_given_name_alone_nor_a_covered_word() {
        let words = ["said", "Dmitry", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Dmitry", "Peskov"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Organization)]),
            [(0, 2, Organization)]
        );
    }

    #[test]
    fn not_a_known_place() {
        use super::super::tests::run_with_places;
        let words = ["Nigeria", ",", "dan", "Sierra", "Leone", "."];
        let places = [(3, 2, "Sierra Leone")];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &places),
            []
        );
        // A longer run that holds the place is no place ("Sierra Leone Johnson").
        let words = ["kata", "Sierra", "Leone", "Johnson", "."];
        let places = [(1, 2, "Sierra Leone")];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &[], &places),
            [(1, 4, Person)]
        );
    }

    #[test]
    fn not_with_a_word_for_a_kind_of_place() {
        // "Dana" is a fund in Indonesian, a given name in English; "Desa" a village.
        let words = ["Penyaluran", "Dana", "Desa", "dimulai"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["on", "Dana", "Street", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["kepala", "Desa", "David", "Santoso", "berkata"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Person)]);
        let words = ["said", "Dan", "Kurniawan", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Person)]);
    }
}
