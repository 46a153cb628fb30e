//! Indonesian and Malay: an office before a body's name is the description of the person who
//! holds it, not part of the body's name (CONVENTIONS: titles stay outside names): "Kasat
//! Reskrim Polres Lhokseumawe" is the body "Polres Lhokseumawe", "Ketua Umum PSSI" the body
//! "PSSI". An organisation that opens with an office (`ROLES_ID`) starts at its first body's
//! head noun (`ORG_HEADS_ID`) or acronym after it. Without one it stays as it is: what follows
//! the office may be the office's own words ("Menteri Luar Negeri"), and cutting there would
//! make them a body.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    for s in spans.iter_mut() {
        if s.2 != EntityKind::Organization
            || !c.capitalised(s.0)
            || !super::super::ROLES_ID.contains(words[s.0])
        {
            continue;
        }
        let head = |k: usize| {
            let w = words[k];
            c.capitalised(k)
                && (super::super::ORG_HEADS_ID.contains(w) || super::super::is_acronym(w))
        };
        if let Some(k) = (s.0 + 1..s.1).find(|&k| head(k)) {
            s.0 = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn an_office_before_a_body_is_outside_its_name() {
        let words = ["Kasat", "Reskrim", "Polres", "Lhokseumawe", "AKP", "Yasir"];
        let spans = [(0, 4, Organization), (5, 6, Person)];
        let want = [(2, 4, Organization), (5, 6, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), want);
        let words = ["Ketua", "Umum", "PSSI", "Erick", "Thohir"];
        let spans = [(0, 3, Organization)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(2, 3, Organization)]
        );
        let words = ["Ketua", "BPK", "Isma", "Yatun"];
        let spans = [(0, 2, Organization)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 2, Organization)]
        );
        // Without a head or an acronym after the office the span is left to other passes.
        let words = ["Menteri", "Luar", "Negeri", "Retno", "Marsudi"];
        let spans = [(0, 3, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn a_body_that_opens_with_no_office_or_in_english_stays() {
        let words = ["Partai", "Gerindra", "dan", "Presiden", "University"];
        let spans = [(0, 2, Organization), (3, 5, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let spans = [(0, 2, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
