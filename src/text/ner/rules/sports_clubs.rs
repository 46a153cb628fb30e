//! Sports clubs by the word that says they are clubs (CONVENTIONS: clubs and teams are
//! organisations, also one named after its city, "Persib Bandung"). A club's name is often
//! its town's, which the gazetteer and the tagger read as a place; the marker decides:
//! - after the name, "FC", "CF" ("Chelsea FC", "Borneo FC", "Borneo FC Samarinda" with its
//!   town) and "United" ("Leeds United", "Madura United"). The name is a known place (no
//!   country: "Ukraine United Against …") or a name of the tagger's ending there, with the
//!   capitalised words before it ("Semen Padang FC"); failing those, for "FC" and "CF" the
//!   capitalised words before the marker, unless a name follows "FC" ("klub Spanyol FC
//!   Barcelona"). "United" needs the place or the name, and no capitalised word after it
//!   ("United States", "United Nations");
//! - before it, "FC" over one to three name words ("FC Porto"), stopping at another name and
//!   after a place ("Presiden FC Barcelona Joan Laporta"); in Indonesian, where "FC" is also a
//!   photocopy ("FC KTP"), only over a known place or a name of the tagger's. The clubs' other
//!   abbreviations ("AC", "SSC", "VfB", "RB", …) only before a known place outside Indonesia
//!   ("AC Milan", "VfB Stuttgart"; "bus AC Surabaya" is air conditioning).
//! - Indonesia's clubs whose name contracts "Persatuan Sepak Bola" to "Pers-" before their
//!   town the gazetteer knows: "Persebaya Surabaya", "Persib Bandung", "Persija Jakarta" (not
//!   a noun of "per-…-an": "Persiapan Jakarta"), and alone where the names pack is in and has
//!   no such word of the language's ("Persib menang atas Persija"; not "Persen", "Personel";
//!   in the splits such a word is a club 21 times in 23).
//!
//! In a headline, whose words are all capitalised, only a known place or a name of the
//! tagger's is a club's name beside its marker, of one word (a contracted name before its town
//! is two). "AFC" is left out: it is a confederation or a
//! conference more often than a club ("Piala AFC", "AFC Championship").

use super::*;

/// Words after a club's name that end it (exact case).
const AFTER: &[&str] = &["CF", "FC", "United"];

/// Abbreviations before a club's name that is its town's (exact case): Italian, German,
/// Dutch, Spanish, French and eastern European clubs' forms. General vocabulary, written for
/// baca.
const BEFORE_PLACE: &[&str] = &[
    "AC", "AZ", "CD", "FK", "NK", "OGC", "PSV", "RB", "RC", "RCD", "SC", "SS", "SSC", "SV", "VfB",
    "VfL",
];

/// Whether `word` is an Indonesian club's contracted name ("Persebaya", "Persib"): "Pers" and
/// at least two more letters in lower case, not ending in "-an" ("Persiapan", "Persatuan"),
/// nor the legal form "Persero" (a state company's: "PT Pertamina (Persero)").
fn contracted(word: &str) -> bool {
    word.len() >= 6
        && word.starts_with("Pers")
        && word[4..].bytes().all(|b| b.is_ascii_lowercase())
        && !word.ends_with("an")
        && word != "Persero"
}

/// A club's name without its town, which news uses alone after naming the club in full
/// ("Persebaya" of "Persebaya Surabaya"): the contracted name of a name of two words whose
/// second is an Indonesian town the gazetteer knows, as [`apply`] finds clubs.
pub(in super::super) fn club_short_name(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let (Some(club), Some(town), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let town_known = super::super::gazetteer::Gazetteer::get()
        .lookup(town)
        .is_some_and(|p| is_club_town(&p));
    (contracted(club) && town_known).then_some(club)
}

/// Whether `place` is a town an Indonesian club's contracted name comes before: Indonesian, no
/// country.
fn is_club_town(place: &Place) -> bool {
    place.country == "ID" && place.kind != PlaceKind::Country
}

/// The most words of a club's name beside its marker.
const MOST: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    let most = if c.title_case { 1 } else { MOST };
    let indonesian = super::super::is_id_or_ms(c.lang);
    // A word of a club's name: capitalised letters or an abbreviation ("DC United"), no
    // function word, title or possessive.
    let club_word = |k: usize| {
        c.capitalised(k)
            && words[k].chars().all(is_alphanumeric)
            && words[k].chars().any(is_alphabetic)
            && !c.function(k)
            && !c.title(k)
    };
    let place_at = |k: usize| c.places.iter().find(|p| p.0 == k);
    // A word of a country's name is no club's ("klub Spanyol FC Barcelona").
    let country = |k: usize| {
        c.places
            .iter()
            .any(|p| p.0 <= k && k < p.0 + p.1 && p.2.kind == PlaceKind::Country)
    };
    // A known place, not a country, ending at `k`: where it starts.
    let town_ending = |k: usize| {
        c.places
            .iter()
            .find(|p| p.0 + p.1 == k && p.2.kind != PlaceKind::Country)
            .map(|p| p.0)
    };
    // A name of the tagger's (not a place: those are the gazetteer's above) that ends at `k`,
    // or at `k + 1` holding the marker ("Madura United" read as a person): where it starts.
    let tagged_ending = |k: usize| {
        spans
            .iter()
            .find(|s| s.1 == k || s.0 < k && s.1 == k + 1)
            .map(|s| s.0)
    };
    // The club a marker after its name closes.
    let closed = |m: usize| -> Option<(usize, usize)> {
        let united = words[m] == "United";
        if m == 0 || united && !c.title_case && m + 1 < n && c.capitalised(m + 1) {
            return None;
        }
        let evidence = match (town_ending(m), tagged_ending(m)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let mut start = match evidence {
            Some(s) if (s..m).all(club_word) && m - s <= most => s,
            Some(_) => return None,
            // Without one, "FC" before a name opens that name instead ("Spanyol FC
            // Barcelona"); a headline's capitals say nothing.
            None if united || c.title_case => return None,
            None if m + 1 < n && club_word(m + 1) && place_at(m + 1).is_none() => return None,
            None => m,
        };
        // Beyond the place or name, not over a sentence's first word, capitalised anyway
        // ("Klub Valencia CF …").
        while start > 0
            && m - start < most
            && club_word(start - 1)
            && !country(start - 1)
            && !(evidence.is_some() && opens(words, start - 1))
        {
            start -= 1;
        }
        if start == m {
            return None;
        }
        // The club's town after "FC" ("Borneo FC Samarinda").
        let end = match place_at(m + 1) {
            Some(p) if !united && !c.title_case => m + 1 + p.1,
            _ => m + 1,
        };
        Some((start, end))
    };
    // The club "FC" or an abbreviation opens.
    let opened = |m: usize| -> Option<(usize, usize)> {
        if BEFORE_PLACE.contains(&words[m]) {
            return place_at(m + 1)
                .filter(|p| p.2.country != "ID")
                .map(|p| (m, m + 1 + p.1));
        }
        // Another name stops the run; a place ends it.
        let other = |t: usize| {
            spans
                .iter()
                .any(|s| s.0 <= t && t < s.1 && s.2 != EntityKind::Place)
        };
        let held = |t: usize| c.held(spans, t);
        let mut end = m + 1;
        while end < n && end - m <= most && club_word(end) && !other(end) {
            end += match place_at(end) {
                Some(p) if end + p.1 - m <= most + 1 => p.1,
                Some(_) => break,
                None => 1,
            };
            if place_at(end).is_none() && (m + 1..end).any(|t| place_at(t).is_some()) {
                break;
            }
        }
        let known = (m + 1..end).any(held);
        (end > m + 1 && (known || !indonesian && !c.title_case)).then_some((m, end))
    };
    // "Persebaya Surabaya": the club and its town.
    let with_town = |m: usize| -> Option<(usize, usize)> {
        place_at(m + 1)
            .filter(|p| indonesian && is_club_town(&p.2))
            .map(|p| (m, m + 1 + p.1))
    };
    // "Persib menang atas Persija": a contracted name alone, no word of the language's
    // ("Persen", "Personel" are the pack's lower-case words; "Personality" English).
    let alone = |m: usize| -> Option<(usize, usize)> {
        let w = words[m];
        (indonesian
            && contracted(w)
            && !w.starts_with("Person")
            && c.pack.is_some_and(|p| !p.is_lower_word(w)))
        .then_some((m, m + 1))
    };
    let found: Vec<(usize, usize)> = words
        .iter()
        .enumerate()
        .filter_map(|(m, w)| {
            AFTER
                .contains(w)
                .then(|| closed(m))
                .flatten()
                .or_else(|| {
                    (*w == "FC" || BEFORE_PLACE.contains(w))
                        .then(|| opened(m))
                        .flatten()
                })
                .or_else(|| contracted(w).then(|| with_town(m)).flatten())
                .or_else(|| alone(m))
        })
        .collect();
    for (a, b) in found {
        organization_over(spans, a, b);
    }
    spans.sort_by_key(|s| s.0);
}

/// Makes tokens `a..b` one organisation over the names inside them, unless a name runs across
/// its edge.
fn organization_over(spans: &mut Spans, a: usize, b: usize) {
    if spans
        .iter()
        .any(|s| s.0 < b && a < s.1 && (s.0 < a || s.1 > b))
    {
        return;
    }
    spans.retain(|s| !(a <= s.0 && s.1 <= b));
    spans.push((a, b, EntityKind::Organization));
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn an_indonesian_clubs_contracted_name_alone_is_the_club_where_the_pack_says_no_word() {
        use super::super::tests::run_with_pack;
        use crate::text::ner::pack::{read, write};
        let pack = read("id", &write(&[("lang", b"id"), ("lower", b"persen\n")])).unwrap();
        let words = ["Persib", "menang", "atas", "Persija", ",", "Persen", "naik"];
        assert_eq!(
            run_with_pack(super::apply, &words, "id", &pack),
            [(0, 1, Organization), (3, 4, Organization)]
        );
        // Not without the pack, nor an English word.
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Personality", "matters"];
        assert_eq!(run_with_pack(super::apply, &words, "id", &pack), []);
    }

    #[test]
    fn an_indonesian_clubs_contracted_name_before_its_town_is_the_club() {
        let words = [
            "Persebaya",
            "Surabaya",
            "menang",
            "atas",
            "Persib",
            "Bandung",
        ];
        let places = [(1, 1, "Surabaya"), (5, 1, "Bandung")];
        let out = run_with_places(super::apply, &words, "id", &[(0, 1, Person)], &places);
        assert_eq!(out, [(0, 2, Organization), (4, 6, Organization)]);
        // A noun of "per-…-an", no town, a foreign town or another language: no club.
        for (words, place, lang) in [
            (
                ["Persiapan", "Surabaya", "Jadi", "Tuan"],
                (1, 1, "Surabaya"),
                "id",
            ),
            (
                ["Persebaya", "kalah", "lagi", "kemarin"],
                (3, 1, "Surabaya"),
                "id",
            ),
            (
                ["Persebaya", "Madrid", "kalah", "lagi"],
                (1, 1, "Madrid"),
                "id",
            ),
            (
                ["Persebaya", "Surabaya", "lost", "again"],
                (1, 1, "Surabaya"),
                "en",
            ),
        ] {
            let out = run_with_places(super::apply, &words, lang, &[], &[place]);
            assert_eq!(out, [], "{words:?}");
        }
    }

    #[test]
    fn a_clubs_short_name_is_its_contracted_name_before_its_town() {
        crate::text::ner::gazetteer::add_places(include_str!("../data/places.txt"));
        assert_eq!(
            super::club_short_name("Persebaya Surabaya"),
            Some("Persebaya")
        );
        // Not a noun, a name without its town or with a foreign one, nor a longer name.
        for name in [
            "Persiapan Surabaya",
            "Persebaya FC",
            "Persebaya Madrid",
            "Persebaya",
            "Persebaya Surabaya Putri",
            "Persero Batam",
        ] {
            assert_eq!(super::club_short_name(name), None, "{name}");
        }
    }

    #[test]
    fn a_name_before_fc_or_united_is_a_club() {
        let words = ["Chelsea", "FC", "signed", "him"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(0, 2, Organization)]);
        // The town the gazetteer knows is the club's name, not a place.
        let words = ["beat", "Manchester", "United", "on", "Sunday"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(1, 1, "Manchester")]);
        assert_eq!(out, [(1, 3, Organization)]);
        // A name the tagger read as a person.
        let words = ["melawan", "Madura", "United", "di", "kandang"];
        let out = run(super::apply, &words, "id", &[(1, 3, Person)]);
        assert_eq!(out, [(1, 3, Organization)]);
        // The club's town after "FC".
        let words = ["pemain", "Borneo", "FC", "Samarinda", "itu"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(3, 1, "Samarinda")]);
        assert_eq!(out, [(1, 4, Organization)]);
        // The words before the town are the club's too, but not a sentence's first word.
        let words = ["Klub", "Valencia", "CF", "menang"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Valencia")]);
        assert_eq!(out, [(1, 3, Organization)]);
        let words = ["tim", "Semen", "Padang", "FC", "menang"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(2, 1, "Padang")]);
        assert_eq!(out, [(1, 4, Organization)]);
    }

    #[test]
    fn fc_or_a_clubs_abbreviation_before_its_town() {
        let words = ["joined", "FC", "Porto", "in", "May"];
        let out = run_with_places(super::apply, &words, "en", &[(2, 3, Place)], &[]);
        assert_eq!(out, [(1, 3, Organization)]);
        let words = ["against", "AC", "Milan", "."];
        let out = run_with_places(super::apply, &words, "en", &[], &[(2, 1, "Milan")]);
        assert_eq!(out, [(1, 3, Organization)]);
        // A country before "FC" is the club's country, not its name.
        let words = ["klub", "Spanyol", "FC", "Barcelona", "menang"];
        let places = [(1, 1, "Spanyol"), (3, 1, "Barcelona")];
        let out = run_with_places(super::apply, &words, "id", &[], &places);
        assert_eq!(out, [(2, 4, Organization)]);
        // The run ends after the town: a person follows.
        let words = ["President", "FC", "Barcelona", "Joan", "Laporta", "said"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(3, 5, Person)],
            &[(2, 1, "Barcelona")],
        );
        assert_eq!(out, [(1, 3, Organization), (3, 5, Person)]);
    }

    #[test]
    fn not_united_states_nor_an_abbreviation_before_no_place() {
        let words = ["the", "United", "States", "and", "United", "Nations"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // "United" after words no name or place holds: no evidence of a club.
        let words = ["Workers", "United", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Air conditioning, and a photocopy.
        let words = ["pasang", "AC", "Daikin", "baru"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["naik", "bus", "AC", "Surabaya", "-", "Malang"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(3, 1, "Surabaya")]);
        assert_eq!(out, []);
        let words = ["Syarat", ":", "FC", "KTP", "dan", "FC", "Kartu", "Keluarga"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A title before the name stays outside.
        let words = ["coach", "of", "Chelsea", "FC"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Organization)]);
    }

    #[test]
    fn in_a_headline_only_a_known_place_or_a_tagged_name() {
        let words = ["Fans", "Cheer", "Manchester", "United", "Win"];
        let out = run_in(
            super::apply,
            &words,
            "en",
            &[],
            &[(2, 1, "Manchester")],
            true,
        );
        assert_eq!(out, [(2, 4, Organization)]);
        let words = ["Mourinho", "Resmi", "Latih", "FC", "Porto"];
        let out = run_in(super::apply, &words, "id", &[], &[(4, 1, "Porto")], true);
        assert_eq!(out, [(3, 5, Organization)]);
        for words in [
            ["Fans", "Cheer", "Arema", "FC", "Win"],
            ["Ukraine", "United", "Against", "Invasion", "."],
            ["Workers", "United", "Win", "Vote", "."],
        ] {
            let out = run_in(super::apply, &words, "en", &[], &[(0, 1, "Ukraine")], true);
            assert_eq!(out, [], "{words:?}");
        }
    }
}
