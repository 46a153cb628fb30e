//! The small words inside people's names ("Ahmad bin Abdullah", "Leonardo da Vinci", "Ursula
//! von der Leyen"): the tagger, which has met few of them, often ends the name at the particle
//! and marks the rest apart ("Ahmad" | "Abdullah") or not at all.
//!
//! - A person, one or two particles, then a person: one person ("Siti Aisyah binti Ahmad").
//! - In English, Indonesian, Malay, German, Portuguese and Spanish, a person or (in English) an
//!   unmarked given name the lists know, a particle, then one or two capitalised name words
//!   nothing else holds, ending the capitals: one person ("Ahmad" | "bin Abdullah", "Leonardo
//!   da Vinci", "María Servini de Cubría"). Not where the particle is also one of the
//!   language's prepositions or articles (Indonesian "di", German "der" or "da" alone), nor in
//!   a headline, whose capitals say nothing. Portuguese and Spanish "de", "da" are prepositions
//!   too, but a place, a body or a name the tagger found after them is held, and what is left
//!   is mostly the name's own (Bosque +0.2, CoNLL-2002 Spanish +0.1); French and Italian,
//!   not measured to gain, stay out.
//! - Not two people where the particle is also a function word of the language (a preposition)
//!   and both sides are full names, the second a given name first: Italian "Giorgia Meloni da
//!   Donald Trump" is Meloni at Trump's ("Lula da Silva", "Francisco de Paula Santander" and
//!   "Maria da Graça Foster" still one).

use super::*;

/// The particles a language writes inside people's names, by the words its own text uses
/// otherwise: Indonesian and Malay "di" is "in"; German writes its own names with "von" and
/// "zu" ("von der Leyen"), and "der", "den" only after one of them; the other languages'
/// particles are their prepositions and articles too, so their names join only where both
/// sides are people already.
fn particle(c: &Ctx, k: usize, after_particle: bool) -> bool {
    let w = c.words[k];
    // Names write their particles in lower case; a capital is a name's own word ("La Liga").
    if !(w.starts_with(|ch: char| ch.is_lowercase()) && super::cues::NAME_PARTICLES.contains(w)) {
        return false;
    }
    match c.lang.code() {
        Some("id" | "ms") => w != "di",
        Some("de") if after_particle => matches!(w, "der" | "den"),
        Some("de") => matches!(w, "von" | "van" | "zu" | "bin" | "ibn"),
        _ => true,
    }
}

/// Whether a name may run on over a particle to unmarked words in this language.
fn runs_on(lang: Lang) -> bool {
    matches!(lang.code(), Some("en" | "id" | "ms" | "de" | "pt" | "es"))
}

/// How many name words may follow the particles of a name that runs on ("van Persie", "da
/// Silva Santos").
const AFTER_WITHIN: usize = 2;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let n = words.len();
    // The particles from token `p` on: where the name goes on after them (`None`: none there).
    let after_particles = |p: usize| {
        if p >= n || !particle(c, p, false) {
            return None;
        }
        let q = if p + 1 < n && particle(c, p + 1, true) {
            p + 2
        } else {
            p + 1
        };
        (q < n).then_some(q)
    };
    let mut i = 0;
    while i < spans.len() {
        let (a, b, kind) = spans[i];
        if kind != EntityKind::Person {
            i += 1;
            continue;
        }
        let Some(q) = after_particles(b) else {
            i += 1;
            continue;
        };
        // German "von" is also "from", "by": "Lob für Scholz von Macron" is two men. A name
        // runs on over it only after a given name ("Ursula von der Leyen", "Richard von
        // Weizsäcker").
        if c.lang.code() == Some("de") && !is_given_name(words[b - 1]) {
            i += 1;
            continue;
        }
        match spans.iter().position(|s| s.0 == q) {
            Some(j)
                if spans[j].2 == EntityKind::Person && !two_people(c, spans[i], b, spans[j]) =>
            {
                spans[i].1 = spans[j].1;
                spans.remove(j);
                continue;
            }
            Some(_) => {}
            None => {
                if let Some(end) = run_after(c, spans, q) {
                    spans[i] = (a, end, EntityKind::Person);
                }
            }
        }
        i += 1;
    }
    // An English given name no span holds, then a particle and a name: "Leonardo da Vinci".
    if c.lang.code() == Some("en") && !c.title_case {
        for k in 0..n.saturating_sub(2) {
            // The particle first: most windows have none.
            if !(particle(c, k + 1, false)
                && c.name_part(k)
                && is_given_name(words[k])
                && !c.held(spans, k))
            {
                continue;
            }
            // Not a given name inside a run of capitals ("Grand Leonardo da …"); a function
            // word that opens the sentence is none ("But Leonardo da Vinci …").
            if k >= 1 && c.capitalised(k - 1) && !(opens(words, k - 1) && c.function(k - 1)) {
                continue;
            }
            if let Some(end) = after_particles(k + 1).and_then(|q| run_after(c, spans, q)) {
                spans.push((k, end, EntityKind::Person));
            }
        }
    }
    spans.sort_by_key(|s| s.0);
}

/// Whether the person `right` after the particle at `p` is someone else than the person
/// `left` before it: the particle is a function word of the language too (a preposition), and
/// both are full names of two words or more, `right`'s first a given name (English's, or the
/// pack's of many countries).
fn two_people(
    c: &Ctx,
    left: (usize, usize, EntityKind),
    p: usize,
    right: (usize, usize, EntityKind),
) -> bool {
    let first = c.words[right.0];
    c.function(p)
        && left.1 - left.0 >= 2
        && right.1 - right.0 >= 2
        && (is_given_name(first) || c.pack.is_some_and(|pack| pack.is_given_name(first)))
}

/// The end of one or two capitalised name words from `q` that nothing holds and that end the
/// capitals, where the language lets a name run on and the window is no headline.
fn run_after(c: &Ctx, spans: &Spans, q: usize) -> Option<usize> {
    if !runs_on(c.lang) || c.title_case {
        return None;
    }
    let n = c.words.len();
    let end = (q..n.min(q + AFTER_WITHIN))
        .take_while(|&k| c.name_part(k) && !c.held(spans, k))
        .last()?
        + 1;
    (end == n || !c.capitalised(end)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_title_case};
    use crate::text::EntityKind::*;

    #[test]
    fn two_people_either_side_of_a_particle_are_one() {
        let words = ["Siti", "Aisyah", "binti", "Ahmad", "ditangkap"];
        let out = run(
            super::apply,
            &words,
            "id",
            &[(0, 2, Person), (3, 4, Person)],
        );
        assert_eq!(out, [(0, 4, Person)]);
        let words = ["Ursula", "von", "der", "Leyen", "sagte"];
        let out = run(
            super::apply,
            &words,
            "de",
            &[(0, 1, Person), (3, 4, Person)],
        );
        assert_eq!(out, [(0, 4, Person)]);
    }

    #[test]
    fn a_preposition_between_two_full_names_parts_two_people() {
        // Italian "da": Meloni went to Trump's. ("Da" is among Italian's function words.)
        crate::text::add_language_data("it", include_str!("../../lang/data/it.txt")).unwrap();
        crate::text::add_language_data("pt", include_str!("../../lang/data/pt.txt")).unwrap();
        let words = ["Bene", "Giorgia", "Meloni", "da", "Donald", "Trump", "per"];
        let spans = [(1, 3, Person), (4, 6, Person)];
        assert_eq!(run(super::apply, &words, "it", &spans), spans);
        // A surname after the particle is the same person's.
        let words = ["Luiz", "Inácio", "Lula", "da", "Silva", "disse"];
        let out = run(
            super::apply,
            &words,
            "pt",
            &[(0, 3, Person), (4, 5, Person)],
        );
        assert_eq!(out, [(0, 5, Person)]);
    }

    #[test]
    fn a_person_runs_on_over_a_particle_to_unmarked_name_words() {
        let words = ["Ahmad", "bin", "Abdullah", "divonis"];
        let out = run(super::apply, &words, "id", &[(0, 1, Person)]);
        assert_eq!(out, [(0, 3, Person)]);
        // Spanish: the name's own word after "de"; a place there is where the man is from.
        let words = ["Juan", "Pérez", "de", "Tudela", "dijo"];
        let out = run(super::apply, &words, "es", &[(0, 2, Person)]);
        assert_eq!(out, [(0, 4, Person)]);
        let words = ["Juan", "Pérez", "de", "Madrid", "dijo"];
        let places = [(3, 1, "Madrid")];
        let out = super::super::tests::run_with_places(
            super::apply,
            &words,
            "es",
            &[(0, 2, Person)],
            &places,
        );
        assert_eq!(out, [(0, 2, Person)]);
    }

    #[test]
    fn an_english_given_name_takes_the_particle_and_the_surname() {
        let words = ["painter", "Leonardo", "da", "Vinci", "died"];
        let out = run(super::apply, &words, "en", &[]);
        assert_eq!(out, [(1, 4, Person)]);
    }

    #[test]
    fn german_von_joins_only_after_a_given_name() {
        let words = ["Lob", "für", "Scholz", "von", "Macron"];
        let out = run(
            super::apply,
            &words,
            "de",
            &[(2, 3, Person), (4, 5, Person)],
        );
        assert_eq!(out, [(2, 3, Person), (4, 5, Person)]);
        let words = ["Karl", "zu", "Guttenberg", "sagte"];
        assert_eq!(
            run(super::apply, &words, "de", &[(0, 1, Person)]),
            [(0, 3, Person)]
        );
    }

    #[test]
    fn a_given_name_after_a_sentences_opening_function_word_takes_its_surname() {
        let words = ["But", "Leonardo", "da", "Vinci", "died"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 4, Person)]);
        let words = ["Grand", "Leonardo", "da", "Vinci", "Hotel"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
    }

    #[test]
    fn a_preposition_of_the_language_is_no_particle() {
        // Indonesian "di" is "in": "Budi di Jakarta" is a man in a city.
        let words = ["kata", "Budi", "di", "Kemang", "kemarin"];
        let out = run(super::apply, &words, "id", &[(1, 2, Person)]);
        assert_eq!(out, [(1, 2, Person)]);
        // German "der" alone is an article.
        let words = ["Merkel", "der", "Kanzlerin", "Europas"];
        let out = run(super::apply, &words, "de", &[(0, 1, Person)]);
        assert_eq!(out, [(0, 1, Person)]);
        // French "de" is a preposition: only two people join over it.
        let words = ["Macron", "de", "Paris", "a", "dit"];
        let out = run(super::apply, &words, "fr", &[(0, 1, Person)]);
        assert_eq!(out, [(0, 1, Person)]);
    }

    #[test]
    fn a_place_or_a_body_after_the_particle_stays_apart() {
        let words = ["Ahmad", "bin", "Jakarta", "Raya"];
        let out = run(super::apply, &words, "id", &[(0, 1, Person), (2, 4, Place)]);
        assert_eq!(out, [(0, 1, Person), (2, 4, Place)]);
    }

    #[test]
    fn the_name_words_must_end_the_capitals() {
        // "van Den Bosch Group Holdings": a body's name goes on.
        let words = ["Mark", "van", "Den", "Bosch", "Group", "said"];
        let out = run(super::apply, &words, "en", &[(0, 1, Person)]);
        assert_eq!(out, [(0, 1, Person)]);
    }

    #[test]
    fn a_capitalised_particle_is_a_word_of_another_name() {
        let words = ["Messi", "La", "Liga", "debut"];
        let out = run(super::apply, &words, "en", &[(0, 1, Person)]);
        assert_eq!(out, [(0, 1, Person)]);
    }

    #[test]
    fn a_headline_runs_on_nothing() {
        let words = ["Robin", "Van", "Persie", "Scores", "Twice"];
        let out = run_title_case(super::apply, &words, "en", &[]);
        assert!(out.is_empty(), "{out:?}");
    }
}
