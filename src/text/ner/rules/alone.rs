//! A word for a kind of place or building, or a title, alone names nothing ("Dusun" before a
//! numeral); nor do compass points ("Sebelah Barat Daya"), nor an Indonesian office's words
//! ("Wakil Presiden").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang) = (c.words, c.lang);
    spans.retain(|s| {
        s.0 < s.1
            && (s.1 - s.0 > 1
                || !(super::super::is_class_noun(words[s.0], lang)
                    || super::super::is_honorific(words[s.0], lang)))
            && !super::super::only_directions(&words[s.0..s.1], lang)
            // "Wakil Presiden": an office alone is a description, no name (Indonesian, whose
            // offices the lists hold).
            && !(super::super::is_id_or_ms(lang) && (s.0..s.1).all(|k| c.title(k)))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::Place;

    #[test]
    fn a_class_noun_a_title_or_a_compass_point_alone_names_nothing() {
        let words = ["Dusun", "3", "di", "Sebelah", "Barat", "Daya"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Place), (3, 6, Place)]),
            []
        );
    }

    #[test]
    fn an_indonesian_office_alone_is_no_name() {
        use crate::text::EntityKind::Person;
        let words = ["Wakil", "Presiden", "Jusuf", "Kalla"];
        let spans = [(0, 2, Person), (2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), [(2, 4, Person)]);
        // The second word of an office of two ("Jaksa Agung") is no person alone.
        let words = ["Menurut", "Jaksa", "Agung", ",", "berkas", "lengkap"];
        assert_eq!(run(super::apply, &words, "id", &[(2, 3, Person)]), []);
    }

    #[test]
    fn with_a_name_they_stay() {
        let words = ["Dusun", "Induk", "Kota", "Bogor"];
        let spans = [(0, 2, Place), (2, 4, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
