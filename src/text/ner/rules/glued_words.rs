//! Words glued by copy-paste ("BandungFoto: …") are split before tagging where one side is a
//! known place (`detect::split_glued`); a name the tagger runs over such a seam is cut there,
//! keeping the place's side (or the first, before a label glued to it).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    for s in spans.iter_mut() {
        let Some(k) = (s.0..s.1.saturating_sub(1)).find(|&k| c.glued.get(k) == Some(&true)) else {
            continue;
        };
        let tail_is_place = c.places.iter().any(|p| p.0 == k + 1);
        if tail_is_place {
            *s = (k + 1, s.1, EntityKind::Place);
        } else {
            s.1 = k + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Ctx, Lang, Spans};
    use crate::text::EntityKind::Place;

    fn cut(
        words: &[&str],
        glued: &[bool],
        spans: &[(usize, usize, crate::text::EntityKind)],
    ) -> Spans {
        let c = Ctx::new(words, &[], Lang::from_tag("id"), glued, false);
        let mut spans = spans.to_vec();
        super::apply(&c, &mut spans);
        spans
    }

    #[test]
    fn a_name_over_a_seam_is_cut_there() {
        let words = ["kota", "Bandung", "Foto", ":"];
        let glued = [false, true, false, false];
        assert_eq!(cut(&words, &glued, &[(1, 3, Place)]), [(1, 2, Place)]);
    }

    #[test]
    fn a_name_without_a_seam_stays() {
        let words = ["kota", "Bandung", "Barat"];
        assert_eq!(cut(&words, &[false; 3], &[(1, 3, Place)]), [(1, 3, Place)]);
    }
}
