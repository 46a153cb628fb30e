//! English: a country's adjective opens no name ("Russian President Vladimir Putin", "North
//! Korean troops"), nor does any word for a people open a person's ("Czech Jana Horakova"); a
//! party's adjective alone is none ("the Republican effort") nor opens a person's name
//! ("Democrat Walter Mondale"); and a title before a given name makes a person ("President
//! Vladimir Putin").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    if lang.code() != Some("en") {
        return;
    }
    for s in spans.iter_mut() {
        {
            // A country's adjective opens no name: "Russian President Vladimir Putin", "North
            // Korean troops" (CLDR's English country names and the usual endings).
            let gazetteer = super::super::gazetteer::Gazetteer::get();
            loop {
                if s.1 - s.0 >= 2
                    && gazetteer.is_english_demonym(&[words[s.0], words[s.0 + 1]].join(" "))
                {
                    s.0 += 2;
                } else if s.0 < s.1 && gazetteer.is_english_demonym(words[s.0]) {
                    s.0 += 1;
                } else if s.2 == EntityKind::Person
                    && s.1 - s.0 >= 3
                    && super::demonyms::is_english_people_word(words[s.0])
                {
                    // The demonyms no ending forms open no person's name, where two words or
                    // more are left ("Czech Jana Horakova"); a body keeps them ("American
                    // Stock Exchange").
                    s.0 += 1;
                } else {
                    break;
                }
            }
            // Nor is a party's adjective alone a name ("the Republican effort", "Democrats"),
            // nor a party's member before a person's given name ("Democrat Walter Mondale";
            // not "Tory Burch").
            let alone = s.1 - s.0 == 1;
            let before_name =
                s.2 == EntityKind::Person && s.1 - s.0 >= 2 && is_given_name(words[s.0 + 1]);
            if (alone || before_name) && super::super::PARTY_WORDS_EN.contains(words[s.0]) {
                s.0 += 1;
            }
            if s.0 >= s.1 {
                continue;
            }
            // "President Vladimir Putin" is a person, whatever the tagger made of it.
            // Not a body or building named after one ("Pope John XXIII Hospital").
            let body = super::super::ends_body(words[s.1 - 1])
                || super::super::is_class_noun(words[s.1 - 1], lang);
            if is_english_title(words[s.0])
                && !body
                && (s.0 + 1..s.1).any(|k| is_given_name(words[k]))
            {
                s.2 = EntityKind::Person;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_country_adjective_opens_no_name_and_a_title_makes_a_person() {
        let words = ["North", "Korean", "troops", "arrived"];
        let out = run(super::apply, &words, "en", &[(0, 2, Place)]);
        assert!(out.iter().all(|s| s.0 >= s.1), "{out:?}");
        let words = ["President", "Vladimir", "Putin", "spoke"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Organization)]),
            [(0, 3, Person)]
        );
    }

    #[test]
    fn a_demonym_opens_no_persons_name_but_a_body_keeps_it() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        // "Czech" and "French" come from compromise's list (no ending forms them).
        let words = ["against", "Czech", "Jana", "Horakova", "while"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 4, Person)]),
            [(2, 4, Person)]
        );
        let words = ["the", "French", "Stock", "Exchange"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 4, Organization)]),
            [(1, 4, Organization)]
        );
        // Nor from a name of two words: the rest would be one ("Dane Cook" keeps "Dane", a
        // given name too).
        let words = ["French", "Montana", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }

    #[test]
    fn a_party_adjective_alone_is_no_name_but_a_party_is() {
        let words = [
            "the",
            "Republican",
            "effort",
            "and",
            "the",
            "Democratic",
            "Party",
        ];
        let out = run(
            super::apply,
            &words,
            "en",
            &[(1, 2, Organization), (5, 7, Organization)],
        );
        assert!(out[0].0 >= out[0].1, "{out:?}");
        assert_eq!(out[1], (5, 7, Organization));
    }

    #[test]
    fn a_party_member_opens_no_person_but_a_party_is_one_body() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        let words = ["Democrat", "Walter", "Mondale", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
        // Not a given name, nor past the span's end (a demonym read alone as a person).
        let words = ["Tory", "Burch", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
        let words = ["the", "American", "Republicans"];
        let out = run(super::apply, &words, "en", &[(1, 2, Person)]);
        assert!(out.iter().all(|s| s.0 <= s.1 && s.1 <= 3), "{out:?}");
        let words = ["the", "American"];
        let out = run(super::apply, &words, "en", &[(1, 2, Person)]);
        assert!(out.iter().all(|s| s.0 <= s.1 && s.1 <= 2), "{out:?}");
        let words = ["the", "Republican", "National", "Committee"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 4, Organization)]),
            [(1, 4, Organization)]
        );
    }

    #[test]
    fn not_in_another_language_nor_without_a_given_name() {
        let words = ["North", "Korean", "troops"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Place)]),
            [(0, 2, Place)]
        );
        let words = ["President", "Zelenskyy", "spoke"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Organization)]),
            [(0, 2, Organization)]
        );
    }
}
