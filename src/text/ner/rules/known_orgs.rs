//! Well-known organisations and sports teams (compromise's lexicon) in capitalised text.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for (p, len) in organization_matches(words) {
        let (a, b) = (p, p + len);
        match spans.iter_mut().find(|s| (s.0, s.1) == (a, b)) {
            Some(s) => s.2 = EntityKind::Organization,
            None => {
                if !spans.iter().any(|s| s.0 < b && a < s.1) {
                    spans.push((a, b, EntityKind::Organization));
                }
            }
        }
    }
    // Written with a hyphen, where no other name is read: the lexicon's spelling differs, and
    // the tagger's reading of the word stays ("Notre-Dame" the cathedral, the lexicon's "notre
    // dame" a university).
    for k in hyphened_organizations(words) {
        if !spans.iter().any(|s| s.0 <= k && k < s.1) {
            spans.push((k, k + 1, EntityKind::Organization));
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Place};

    #[test]
    fn a_well_known_organisation_is_one() {
        let words = ["a", "report", "by", "Al", "Jazeera", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 5, Organization)]);
    }

    #[test]
    fn a_well_known_organisation_written_with_a_hyphen_is_one() {
        let words = ["anggota", "Al-Qaeda", "yang", "tewas"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 2, Organization)]);
        // Not in lower case, nor a hyphened word the lexicon does not hold, nor over another
        // reading.
        let words = ["anggota", "al-qaeda", "yang", "Al-Qaedah"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Katedral", "Notre-Dame", "di", "Paris"];
        let spans = [(0, 2, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let spans = [(1, 2, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn a_sports_team_of_the_lexicon_is_one() {
        let words = ["beat", "the", "Boston", "Red", "Sox", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 5, Organization)]);
    }

    #[test]
    fn not_in_lower_case_nor_inside_another_name() {
        let words = ["a", "report", "by", "al", "jazeera"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
