//! Definitions in parentheses: a capitalised run defined by a short form right after it is one
//! name ("Kantor Berita Pusat Korea Utara (KCNA)"), or the part of it the short form abbreviates
//! ("Pemimpin Korea Utara (Korut)" defines "Korea Utara"). Certain: the text says so. Where the
//! name goes on after an acronym ("Rumah Sakit Umum Daerah (RSUD) Sleman"), the one name runs to
//! its end, unless what follows is a country ("Departemen Luar Negeri (Deplu) AS").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    // Definitions: Run (Short).
    let mut defined: Vec<(usize, usize, EntityKind)> = Vec::new();
    for p in 1..n.saturating_sub(2) {
        if words[p] != "(" || words[p + 2] != ")" || !capitalised(words[p + 1]) {
            continue;
        }
        let short = words[p + 1];
        let end = p;
        // A person's nickname ("Tri Rismaharini (Risma)", "Basuki Tjahaja Purnama (Ahok)")
        // names the whole person the tagger found, even where it abbreviates one word of it.
        if !super::super::is_acronym(short)
            && spans
                .iter()
                .any(|s| s.1 == end && s.2 == EntityKind::Person)
        {
            continue;
        }
        let mut start = end;
        while start > 0
            && capitalised(words[start - 1])
            && words[start - 1].chars().any(is_alphabetic)
        {
            start -= 1;
        }
        if start == end {
            continue;
        }
        // The capitalised run's first word from which the run abbreviates to the short form;
        // failing that, the nearest run back over lower-case connectors that does, whole:
        // "Kementerian Pendidikan dan Kebudayaan (Kemendikbud)", "Badan Meteorologi,
        // Klimatologi, dan Geofisika (BMKG)", "Organization of the Petroleum Exporting
        // Countries (OPEC)".
        let connector =
            |w: &str| w == "," || w == "&" || (!capitalised(w) && is_function_word(w, lang));
        let (mut first, mut last) = (start, end);
        let best = loop {
            if let Some(a) = (first..last).find(|&a| abbreviates_words(short, &words[a..end])) {
                break Some(a);
            }
            let mut k = first;
            while k > 0 && first - k < 2 && connector(words[k - 1]) {
                k -= 1;
            }
            let mut run = k;
            while run > 0
                && capitalised(words[run - 1])
                && words[run - 1].chars().any(is_alphabetic)
            {
                run -= 1;
            }
            if k == first || run == k {
                break None;
            }
            (first, last) = (run, k);
        };
        let (a, b) = match best {
            Some(a) => (a, end),
            // Neither an acronym nor an abbreviation of the run ("PT Pindad (Persero)"), or an
            // acronym after a run that is a place ("Jakarta (ANTARA) -", a dateline): no
            // definition.
            None if !super::super::is_acronym(short)
                || places.iter().any(|pl| pl.0 <= start && pl.0 + pl.1 == end) =>
            {
                continue
            }
            // Not an abbreviation of the run (an English acronym, say): the whole run, without
            // a leading function word where the sentence opens.
            None => {
                let a = if opens(words, start) && is_function_word(words[start], lang) {
                    start + 1
                } else {
                    start
                };
                (a, end)
            }
        };
        if a >= b {
            continue;
        }
        // An acronym that does not abbreviate the run names the run only where something says
        // the run is a body: the tagger (not as a person), an opening word or a head noun of
        // bodies. Otherwise it says whose party or body the run is ("Ministerpräsidentin Malu
        // Dreyer (SPD)"), and the run is not made an organisation for it.
        if best.is_none()
            && !super::super::opens_org_name(words[a], lang)
            && !super::super::opens_hospital(words, a, lang)
            && !words[a..b].iter().any(|w| super::super::is_org_head(w))
            && !spans
                .iter()
                .any(|s| s.0 <= a && b <= s.1 && s.2 != EntityKind::Person)
        {
            continue;
        }
        let place = places.iter().any(|pl| pl.0 == a && pl.0 + pl.1 == b);
        // What the tagger made of the run, or else of the short form.
        let tagged = spans
            .iter()
            .find(|s| s.0 == a && s.1 == b)
            .or_else(|| spans.iter().find(|s| s.0 <= p + 1 && p + 1 < s.1))
            .map(|s| s.2);
        let kind = if place {
            EntityKind::Place
        } else if super::super::opens_org_name(words[a], lang)
            || super::super::opens_hospital(words, a, lang)
        {
            EntityKind::Organization
        } else if let Some(k) = tagged {
            k
        } else if words[a..b].iter().any(|w| super::super::is_org_head(w))
            // The tagger's body, below its threshold, in the run or the short form.
            || c.unsure_bodies.iter().any(|u| u.0 <= p + 1 && p + 1 < u.1 || *u == (a, b))
        {
            EntityKind::Organization
        } else {
            // Defined terms are as often things as bodies ("Bahan Bakar Minyak (BBM)", "Consumer
            // Price Index (CPI)"): a glossary entry, not claimed to be an organisation.
            EntityKind::Other
        };
        // Where the name goes on after an acronym with a region, one name runs to its end
        // (CONVENTIONS: "Rumah Sakit Umum Daerah (RSUD) Sleman"); a country added to say whose
        // body it is stays a place of its own ("Departemen Luar Negeri (Deplu) AS").
        // Only a region goes on a name: words the tagger or the gazetteer hold as a place other
        // than a country ("Kepala Badan … (BNPB) Suharyanto" is the body and its head), or
        // any name's words after an acronym that heads bodies' names.
        let region = |k: usize| {
            spans
                .iter()
                .any(|s| s.0 <= k && k < s.1 && s.2 == EntityKind::Place)
                || places
                    .iter()
                    .any(|pl| pl.0 <= k && k < pl.0 + pl.1 && pl.2.kind != PlaceKind::Country)
        };
        // An acronym that is itself a body's head ("RSUD", "KPU") takes the words after it as
        // "RSUD Sleman" would, up to a person, a title, a day or month ("(BPS) Senin") or a
        // country ("(Deplu) AS").
        let head = super::super::opens_org_name(short, lang);
        let person = |k: usize| {
            spans
                .iter()
                .any(|s| s.0 <= k && k < s.1 && s.2 == EntityKind::Person)
        };
        let mut on = p + 3;
        // A region ends what follows the acronym ("(BPBD) Jawa Tengah" and the head's name
        // after it: "… Jawa Tengah Bergas Catursasi").
        let mut after_region = false;
        while on < n
            && (!after_region || region(on))
            && capitalised(words[on])
            && words[on].chars().all(|c| is_alphabetic(c) || c == '-')
            && !is_function_word(words[on], lang)
            && (region(on)
                || head
                    && !person(on)
                    && !c.title(on)
                    && !is_trap(words[on], lang)
                    && !places.iter().any(|pl| {
                        pl.0 <= on && on < pl.0 + pl.1 && pl.2.kind == PlaceKind::Country
                    }))
        {
            after_region |= region(on);
            on += 1;
        }
        let b = if on > p + 3 && super::super::is_acronym(short) {
            on
        } else {
            b
        };
        defined.push((a, b, kind));
    }
    put(spans, defined);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Place};

    #[test]
    fn a_run_defined_by_its_short_form_is_one_name() {
        let words = [
            "Kantor",
            "Berita",
            "Pusat",
            "Korea",
            "Utara",
            "(",
            "KCNA",
            ")",
            "melaporkan",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(0, 5, Organization)]);
        let words = ["Pemimpin", "Korea", "Utara", "(", "Korut", ")", "tiba"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Place)]),
            [(1, 3, Place)]
        );
    }

    #[test]
    fn a_short_form_the_tagger_read_as_a_body_below_its_threshold_makes_a_body() {
        use super::super::{Ctx, Lang};
        let words = [
            "Palang",
            "Vestrika",
            "Halvor",
            "(",
            "PVH",
            ")",
            "mendirikan",
            "posko",
        ];
        let glued = vec![false; words.len()];
        let mut c = Ctx::new(&words, &[], Lang::from_tag("id"), &glued, true);
        let mut spans = Vec::new();
        super::apply(&c, &mut spans);
        assert_eq!(spans, [(0, 3, crate::text::EntityKind::Other)]);
        c.unsure_bodies = vec![(4, 5)];
        let mut spans = Vec::new();
        super::apply(&c, &mut spans);
        assert_eq!(spans, [(0, 3, Organization)]);
    }

    #[test]
    fn a_name_goes_on_after_its_acronym_over_a_region_only() {
        use crate::text::EntityKind::Person;
        let words = ["Dinas", "Sosial", "(", "DS", ")", "Karangsari", "penuh"];
        assert_eq!(
            run(super::apply, &words, "id", &[(5, 6, Place)]),
            [(0, 6, Organization)]
        );
        let words = ["Badan", "Nasional", "(", "BN", ")", "Suharyanto", "berkata"];
        assert_eq!(
            run(super::apply, &words, "id", &[(5, 6, Person)]),
            [(5, 6, Person), (0, 2, Organization)]
        );
    }

    #[test]
    fn an_acronym_that_abbreviates_no_body_defines_nothing() {
        use crate::text::EntityKind::Person;
        // A party after a person, in a capitalised run with a German noun before it: found by
        // the tagger or not.
        let words = [
            "Ministerpräsidentin",
            "Malu",
            "Dreyer",
            "(",
            "SPD",
            ")",
            "sagte",
        ];
        assert_eq!(
            run(
                super::apply,
                &words,
                "de",
                &[(1, 3, Person), (4, 5, Organization)]
            ),
            [(1, 3, Person), (4, 5, Organization)]
        );
        assert_eq!(
            run(super::apply, &words, "de", &[(4, 5, Organization)]),
            [(4, 5, Organization)]
        );
        // Counter-example: the person's own initials define the person.
        let words = ["Susilo", "Bambang", "Yudhoyono", "(", "SBY", ")", "tiba"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(0, 3, Person)]
        );
    }

    #[test]
    fn a_legal_form_or_a_dateline_defines_nothing() {
        let words = ["PT", "Pindad", "(", "Persero", ")", "menjual"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["dari", "kota", "lain", "(", "x", ")"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn a_bodys_acronym_runs_on_over_no_day_nor_country() {
        // A day after it, or a country saying whose body it is ("(Deplu) AS"; here after a
        // body's head).
        for after in ["Senin", "Jepang"] {
            let words = [
                "Komisi",
                "Pemilihan",
                "Umum",
                "(",
                "KPU",
                ")",
                after,
                "menolak",
            ];
            let places: &[(usize, usize, &str)] = if after == "Jepang" {
                &[(6, 1, "Jepang")]
            } else {
                &[]
            };
            assert_eq!(
                run_with_places(super::apply, &words, "id", &[], places),
                [(0, 3, Organization)],
                "{after}"
            );
        }
    }

    #[test]
    fn a_hospital_defined_by_its_acronym_runs_on_to_its_name() {
        use crate::text::EntityKind::Person;
        // CONVENTIONS: "Rumah Sakit Umum Daerah (RSUD) Sleman" is one organisation: a
        // hospital is a body, and "RSUD" heads bodies' names, whatever region follows.
        let words = [
            "ke", "Rumah", "Sakit", "Umum", "Daerah", "(", "RSUD", ")", "Sleman", "untuk",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 9, Organization)]);
        // Not over a person the tagger found, nor after an acronym that heads no body.
        let words = [
            "Rumah", "Sakit", "Umum", "(", "RSUD", ")", "Budi", "Santoso", "berkata",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(6, 8, Person)]),
            [(6, 8, Person), (0, 3, Organization)]
        );
        let words = ["Badan", "Nasional", "(", "BN", ")", "Sleman", "berkata"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(0, 2, Organization)]);
    }

    #[test]
    fn a_region_ends_what_follows_the_acronym() {
        use super::super::tests::run_with_places;
        use crate::text::EntityKind::Place;
        // The head of the body after it is no part of its name, although the tagger missed
        // the person.
        let words = [
            "dan", "Badan", "Bencana", "Daerah", "(", "BPBD", ")", "Jawa", "Tengah", "Joko",
            "Vestrik", "hadir",
        ];
        let places = [(7, 2, "Jawa Tengah")];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[(7, 9, Place)], &places),
            [(1, 9, Organization)]
        );
        // The region itself stays the name's, at the sentence's end as before a lower word.
        let words = [
            "dan", "Badan", "Bencana", "Daerah", "(", "BPBD", ")", "Jawa", "Tengah", "hadir",
        ];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[(7, 9, Place)], &places),
            [(1, 9, Organization)]
        );
    }
}
