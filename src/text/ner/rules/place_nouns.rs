//! Places the text names as such and the tagger left out: "the town of Bakhmut", "desa
//! Sukamaju" (see `PLACE_NOUNS_ID`): the capitalised run after the word, up to three words; in
//! Indonesian also a capitalised unit of the map with the name after it ("Kampung Melayu",
//! "Desa Sukamaju": the unit inside the place, as CONVENTIONS writes "Kabupaten Sleman"); a unit
//! inside a place the tagger found starts another ("Desa Sukamaju Kecamatan Cibeber Kabupaten
//! Cianjur" is three places).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    let nouns = super::super::place_nouns(lang);
    if !nouns.is_empty() {
        let english = lang.code() == Some("en");
        for k in 1..n {
            // Most words are not capitalised: that test first, the list's after.
            if !capitalised(words[k]) {
                continue;
            }
            let noun = if english {
                (k >= 2 && words[k - 1] == "of").then(|| words[k - 2])
            } else {
                Some(words[k - 1])
            };
            // Written in lower case, as the list's words are.
            let listed =
                |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && nouns.contains(w);
            if !noun.is_some_and(listed) || spans.iter().any(|s| s.0 <= k && k < s.1) {
                continue;
            }
            let mut end = k;
            while end < n
                && end - k < 3
                && capitalised(words[end])
                && words[end].chars().all(is_alphabetic)
                && !spans.iter().any(|s| s.0 <= end && end < s.1)
            {
                end += 1;
            }
            if end > k {
                spans.push((k, end, EntityKind::Place));
            }
        }
    }
    if super::super::is_id_or_ms(lang) && !c.title_case {
        capitalised_nouns(c, spans);
    }
}

/// Indonesian words for the units of the country's map, which its news capitalises as part of
/// the place's name ("Desa Sukamaju", "Kampung Melayu", "Kecamatan Paya Bakong", "Kota Bekasi";
/// CONVENTIONS: the prefix belongs to the place, "Kota Bandung" is one place). Not "Kota" of
/// the mayor's title "Wali Kota", which the city's name follows, nor of "Ibu Kota" (a capital:
/// "Ibu Kota Nusantara" is the capital's name, "Ibu Kota Jakarta" the city's). Sorted.
static UNITS_ID: WordList =
    WordList::new("desa dusun kabupaten kampung kecamatan kelurahan kota provinsi");

/// The units whose name Indonesian news also writes alone: a regency's, a city's, a
/// province's ("Bupati Sleman", "barat daya Sleman" after "Kabupaten Sleman"). Not a village's
/// or a kampung's, whose names are often words ("Kampung Melayu").
static NAMED_ALONE_ID: WordList = WordList::new("kabupaten kota provinsi");

/// A regency's, city's or province's name without its unit, where the name is capitalised:
/// "Sleman" of "Kabupaten Sleman", "Jawa Barat" of "Provinsi Jawa Barat".
pub(in super::super) fn bare_place_name(name: &str) -> Option<&str> {
    let (unit, rest) = name.trim().split_once(' ')?;
    (capitalised(unit) && NAMED_ALONE_ID.contains(unit) && rest.starts_with(char::is_uppercase))
        .then_some(rest)
}

/// The acronym of a province's special status, which opens its name as a unit does ("DKI
/// Jakarta": Daerah Khusus Ibukota, the special capital region): a unit only before a place the
/// gazetteer knows ("Pemprov DKI" names none). Not "DI" (Daerah Istimewa), which capitals
/// write for the preposition "di".
static SPECIAL_REGIONS_ID: [&str; 1] = ["DKI"];

/// "Warga Kampung Melayu dievakuasi": a capitalised unit opening a run of one to three
/// capitalised name words is a place, the unit in it, where no other name holds them. A
/// place the gazetteer or the tagger knows may be the run or part of it ("Provinsi Jawa
/// Tengah", "Kabupaten Aceh Besar", "Desa Seuneubok Aceh").
fn capitalised_nouns(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    // The end of a place that starts at `k`, known or the tagger's.
    let place_from = |spans: &Spans, k: usize| {
        c.places
            .iter()
            .filter(|p| p.0 == k)
            .map(|p| p.0 + p.1)
            .chain(
                spans
                    .iter()
                    .filter(|s| s.0 == k && s.2 == EntityKind::Place)
                    .map(|s| s.1),
            )
            .max()
    };
    let unit = |k: usize| {
        (c.capitalised(k)
            && UNITS_ID.contains(words[k])
            && !(k >= 1
                && words[k].eq_ignore_ascii_case("kota")
                && (words[k - 1].eq_ignore_ascii_case("wali")
                    || words[k - 1].eq_ignore_ascii_case("ibu"))))
            || (SPECIAL_REGIONS_ID.contains(&words[k]) && c.places.iter().any(|p| p.0 == k + 1))
    };
    // A place the tagger found that opens with a unit is cut before every other unit in it that
    // follows a name word: each starts a place of its own ("Desa Alue Papeun | Kecamatan Nisam
    // Antara", "Kecamatan Cibeber | Kabupaten Cianjur"). Not a place that opens otherwise
    // ("Terminal Kampung Rambutan") nor a unit right after a unit ("Kelurahan Kampung Melayu").
    // So is a province with its compass point after a name word ("Kecamatan Nisam Antara | Aceh
    // Utara": the regency, which the gazetteer's province does not name), or a place of two
    // words or more the gazetteer knows there ("Kelurahan Menteng | Jakarta Pusat"; one word
    // may be the name's own, as below: "Desa Seuneubok Aceh").
    let regency = |k: usize| {
        k + 1 < n
            && super::super::is_regency_point(words[k + 1])
            && super::super::gazetteer::Gazetteer::get()
                .lookup(words[k])
                .is_some_and(|p| p.kind == PlaceKind::State)
    };
    let known = |k: usize| c.places.iter().any(|p| p.0 == k && p.1 >= 2);
    let inner = |s: &(usize, usize, EntityKind), k: usize| {
        s.0 < k
            && ((unit(k) && !unit(k - 1))
                || (k >= s.0 + 2 && !unit(k - 1) && (regency(k) || known(k))))
    };
    let mut cut = Vec::new();
    spans.retain(|s| {
        let split = s.2 == EntityKind::Place && unit(s.0) && (s.0 + 1..s.1).any(|k| inner(s, k));
        if split {
            cut.push(*s);
        }
        !split
    });
    for s in &cut {
        let mut from = s.0;
        for k in s.0 + 1..s.1 {
            if inner(s, k) {
                spans.push((from, k, EntityKind::Place));
                from = k;
            }
        }
        spans.push((from, s.1, EntityKind::Place));
    }
    for k in 0..n.saturating_sub(1) {
        if !unit(k) || c.held(spans, k) {
            continue;
        }
        let mut end = k + 1;
        // The special region's acronym goes on the province's name ("Provinsi DKI Jakarta").
        if end + 1 < n && SPECIAL_REGIONS_ID.contains(&words[end]) && unit(end) {
            end += 1;
        }
        // Another unit starts another place ("Kabupaten Pati Provinsi Jawa Tengah").
        while end < n && end - k <= 3 && !UNITS_ID.contains(words[end]) {
            match place_from(spans, end) {
                // Right after the unit, any place; inside the run, one word ("Desa Seuneubok
                // Aceh"; "Kabupaten Garut Jawa Barat" is two places).
                Some(e) if e - k <= 4 && (end == k + 1 || e == end + 1) => end = e,
                // Inside the run, a known place of two words or more is a place of its own
                // ("Kecamatan Nisam Antara Aceh Utara").
                Some(e) if end > k + 1 && e > end + 1 => break,
                // After the first word, a capitalised common word may go on ("Aceh Besar"),
                // not an acronym ("Desa Sukamaju RT 03").
                _ if (c.name_part(end)
                    || end > k + 1
                        && c.capitalised(end)
                        && is_name_word(words[end])
                        && !super::super::is_acronym(words[end]))
                    && !c.title(end)
                    && !c.held(spans, end) =>
                {
                    end += 1
                }
                _ => break,
            }
        }
        // Over places inside it only, not across another name.
        let crossed = spans
            .iter()
            .any(|s| s.0 < end && k < s.1 && (s.0 <= k || s.1 > end || s.2 != EntityKind::Place));
        if end > k + 1 && !crossed {
            spans.retain(|s| !(k < s.0 && s.1 <= end));
            spans.push((k, end, EntityKind::Place));
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_capitalised_indonesian_unit_and_its_name_are_a_place() {
        let words = ["Warga", "Kampung", "Melayu", "dievakuasi", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Place)]);
        // Not a unit with no name after it, nor in English, nor what a name holds.
        let words = ["Penyaluran", "Dana", "Desa", "dan", "PKH"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["the", "Desa", "Hotel"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Kabupaten", "Pati", "Provinsi", "Jawa", "Tengah"];
        let places = [(0, 2, Place), (2, 5, Place)];
        assert_eq!(run(super::apply, &words, "id", &[]), places);
        let words = ["Kepala", "Desa", "Budi", "Santoso"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // "Kota" too, not the mayor's "Wali Kota".
        let words = ["hujan", "melanda", "Kota", "Bogor", "sejak", "pagi"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Place)]);
        let words = ["Wali", "Kota", "Bogor", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["pembangunan", "Ibu", "Kota", "Negara", "dimulai"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn a_special_regions_acronym_opens_the_place_it_names() {
        // The tagger's place and the gazetteer's "Jakarta" at word `at`, and a person perhaps.
        let with_jakarta = |words: &[&str], at: usize, person: &[(usize, usize)]| {
            let mut spans = vec![(at, at + 1, Place)];
            spans.extend(person.iter().map(|&(a, b)| (a, b, Person)));
            run_with_places(super::apply, words, "id", &spans, &[(at, 1, "Jakarta")])
        };
        // CONVENTIONS: an administrative prefix belongs to the place.
        let words = ["sebagai", "Gubernur", "DKI", "Jakarta", "saat", "ini"];
        assert_eq!(with_jakarta(&words, 3, &[]), [(2, 4, Place)]);
        let words = ["Provinsi", "DKI", "Jakarta", "menjadi", "juara"];
        assert_eq!(with_jakarta(&words, 2, &[]), [(0, 3, Place)]);
        // Not with no known place after it, nor over a person, nor written in lower case.
        let words = ["anggaran", "Pemprov", "DKI", "untuk", "banjir"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Gubernur", "DKI", "Jakarta", "Basuki", "Purnama", "datang"];
        let out = with_jakarta(&words, 2, &[(3, 5)]);
        assert_eq!(out, [(1, 3, Place), (3, 5, Person)]);
        let words = ["sebagai", "dki", "Jakarta", "saat", "ini"];
        assert_eq!(with_jakarta(&words, 2, &[]), [(2, 3, Place)]);
    }

    #[test]
    fn a_unit_inside_a_place_the_tagger_found_starts_another_place() {
        use crate::text::EntityKind::Organization;
        let words = [
            "di",
            "Desa",
            "Alue",
            "Papeun",
            "Kecamatan",
            "Nisam",
            "Antara",
            ".",
        ];
        let out = run(super::apply, &words, "id", &[(1, 7, Place)]);
        assert_eq!(out, [(1, 4, Place), (4, 7, Place)]);
        let words = [
            "warga",
            "Kecamatan",
            "Cibeber",
            "Kabupaten",
            "Cianjur",
            "mengungsi",
        ];
        let out = run(super::apply, &words, "id", &[(1, 5, Place)]);
        assert_eq!(out, [(1, 3, Place), (3, 5, Place)]);
        // A regency (a province and its compass point) after the name starts a place too.
        let words = ["di", "Kecamatan", "Nisam", "Antara", "Aceh", "Utara", "."];
        let out = run(super::apply, &words, "id", &[(1, 6, Place)]);
        assert_eq!(out, [(1, 4, Place), (4, 6, Place)]);
        // Not the unit's name itself ("Kecamatan Aceh Utara" hardly, but "Kabupaten Aceh
        // Utara" is one place).
        let words = ["di", "Kabupaten", "Aceh", "Utara", "."];
        let out = run(super::apply, &words, "id", &[(1, 4, Place)]);
        assert_eq!(out, [(1, 4, Place)]);
        // Counter-examples: a body named after its unit, a place that opens with another
        // word, a unit right after a unit.
        let words = ["Pemerintah", "Kabupaten", "Sleman", "menolak"];
        for kind in [Organization, Place] {
            let spans = [(0, 3, kind)];
            assert_eq!(run(super::apply, &words, "id", &spans), spans);
        }
        let words = ["di", "Terminal", "Kampung", "Rambutan", "."];
        let spans = [(1, 4, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["warga", "Kelurahan", "Kampung", "Melayu", "hadir"];
        let spans = [(1, 4, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn the_unit_takes_the_known_place_after_it() {
        // A province the gazetteer knows, and a regency named after its province.
        let words = ["di", "Provinsi", "Jawa", "Tengah", "."];
        let out = run_with_places(super::apply, &words, "id", &[], &[(2, 2, "Jawa Tengah")]);
        assert_eq!(out, [(1, 4, Place)]);
        let words = ["warga", "Kabupaten", "Aceh", "Besar", "hadir"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(2, 3, Place)],
            &[(2, 1, "Aceh")],
        );
        assert_eq!(out, [(1, 4, Place)]);
        // Not over a province after the regency, nor over an address's acronyms.
        let words = ["di", "Kabupaten", "Garut", "Jawa", "Barat", "."];
        let out = run_with_places(super::apply, &words, "id", &[], &[(3, 2, "Jawa Barat")]);
        assert_eq!(out, [(1, 3, Place)]);
        let words = ["di", "Desa", "Sukamaju", "RT", "03", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Place)]);
        // Not over another kind of name.
        let words = ["warga", "Desa", "Budi", "Santoso", "hadir"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn a_place_the_text_names_as_such_is_one() {
        let words = ["warga", "desa", "Sukamaju", "hadir"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Place)]);
        let words = ["the", "town", "of", "Bakhmut", "fell"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(3, 4, Place)]);
    }

    #[test]
    fn not_a_capitalised_noun_nor_a_held_word() {
        let words = ["Desa", "Sukamaju"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["desa", "Sukamaju"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(1, 2, Person)]
        );
    }

    #[test]
    fn a_regency_s_name_without_its_unit() {
        use super::bare_place_name;
        assert_eq!(bare_place_name("Kabupaten Vestrik"), Some("Vestrik"));
        assert_eq!(
            bare_place_name("Provinsi Vestrik Barat"),
            Some("Vestrik Barat")
        );
        assert_eq!(bare_place_name("Kampung Vestrik"), None);
        assert_eq!(bare_place_name("kota Vestrik"), None);
        assert_eq!(bare_place_name("Kabupaten"), None);
    }
}
