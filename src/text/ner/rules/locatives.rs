//! Indonesian and Malay "di" says where: a one-word name right after it is a place ("tewas di
//! Zahedan"), also where the tagger read a person in it. In the Indonesian corpora's train
//! splits a one-word person follows "di" twice in 465 names (NERGRIT, idner-news-2k), a place
//! 346 times; a body (26 times: "di KPK") is left as it is. Not "dari" or "ke", which come
//! before people too ("surat dari Ani"), nor a name of two words or more (persons' streets and
//! buildings: "di Jalan Sudirman" is the rules' for streets), nor a given name ("Di Maria").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !matches!(c.lang.code(), Some("id" | "ms")) || c.title_case {
        return;
    }
    let words = c.words;
    // "di" in lower case, or opening the sentence ("Di Zahedan, …"); not the particle of a
    // name ("Angel Di Maria") nor initials ("DI Panjaitan").
    let di = |k: usize| words[k] == "di" || k == 0 && words[k] == "Di";
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Person
            && s.1 - s.0 == 1
            && s.0 >= 1
            && di(s.0 - 1)
            && !is_given_name(words[s.0])
        {
            s.2 = EntityKind::Place;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn one_word_after_di_is_a_place() {
        let words = ["tewas", "di", "Zahedan", "kemarin"];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 3, Person)]),
            [(2, 3, Place)]
        );
        let words = ["Di", "Zahedan", ",", "polisi"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(1, 2, Place)]
        );
    }

    #[test]
    fn not_a_body_two_words_another_preposition_nor_language() {
        let words = ["bekerja", "di", "KPK"];
        let spans = [(2, 3, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["di", "Rina", "Sari"];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["surat", "dari", "Ani"];
        let spans = [(2, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["di", "Ani"];
        let spans = [(1, 2, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // A name's particle, initials, a given name after "Di" that opens the sentence.
        let words = ["gol", "Angel", "Di", "Maria"];
        let spans = [(3, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Mayjen", "DI", "Panjaitan"];
        let spans = [(2, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Di", "Maria", "mencetak", "gol"];
        let spans = [(1, 2, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
