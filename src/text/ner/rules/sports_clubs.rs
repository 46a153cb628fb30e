//! Sports clubs by the word that says they are clubs (CONVENTIONS: clubs and teams are
//! organisations, also one named after its city, "Persib Bandung"). A club's name is often
//! its town's, which the gazetteer and the tagger read as a place; the marker decides:
//! - after the name, "FC", "CF", "AFC" ("Chelsea FC", "Borneo FC", "Borneo FC Samarinda" with
//!   its town) and "United" ("Leeds United", "Madura United": only after a place or a name
//!   the tagger found, and not before another capitalised word: "United States", "United
//!   Nations" follow the name rather than end it);
//! - before it, "FC", "AFC", "CF" over one to three name words ("FC Porto"), and the clubs'
//!   other abbreviations ("AC", "SSC", "VfB", "RB", …) before a known place only ("AC Milan",
//!   "VfB Stuttgart"; "AC" alone is air conditioning).
//!
//! In a headline, whose words are all capitalised, the name is one word and "United" needs a
//! known place before it. Certain where it applies: the marker says what the words are.

use super::*;

/// Words after a club's name that end it (exact case).
const AFTER: &[&str] = &["AFC", "CF", "FC", "United"];

/// Words before a club's name, whatever the name is (exact case).
const BEFORE_ANY: &[&str] = &["AFC", "CF", "FC"];

/// Abbreviations before a club's name that is its town's (exact case): Italian, German,
/// Dutch, Spanish, French and eastern European clubs' forms. General vocabulary, written for
/// baca.
const BEFORE_PLACE: &[&str] = &[
    "AC", "AJ", "AZ", "CD", "FK", "NK", "OGC", "PSV", "RB", "RC", "RCD", "SC", "SK", "SS", "SSC",
    "SV", "UD", "VfB", "VfL",
];

/// The most words of a club's name beside its marker.
const MOST: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    let most = if c.title_case { 1 } else { MOST };
    // A word of a club's name: capitalised letters or an abbreviation ("DC United"), no
    // function word, title or possessive.
    let club_word = |k: usize| {
        c.capitalised(k)
            && words[k].chars().all(is_alphanumeric)
            && words[k].chars().any(is_alphabetic)
            && !c.function(k)
            && !c.title(k)
    };
    let place_at = |k: usize| c.places.iter().find(|p| p.0 == k).map(|p| p.1);
    let place_ending = |k: usize| c.places.iter().find(|p| p.0 + p.1 == k).map(|p| p.0);
    // The club a marker after its name closes: the name, a known place or a name of the
    // tagger's that ends at the marker (or with it), or else the name words before it.
    let closed = |m: usize| -> Option<(usize, usize)> {
        let united = words[m] == "United";
        // "United States", "United Nations": the name goes on.
        if m == 0 || united && !c.title_case && m + 1 < n && c.capitalised(m + 1) {
            return None;
        }
        // The tagger's name may hold the marker too ("Madura United" as a person).
        let tagged = spans
            .iter()
            .find(|s| s.1 == m || s.0 < m && s.1 == m + 1)
            .map(|s| s.0);
        let start = match place_ending(m).or(tagged) {
            Some(s) if (s..m).all(club_word) && m - s <= most => s,
            _ if united => return None,
            _ => {
                let mut s = m;
                while s > 0 && m - s < most && club_word(s - 1) {
                    s -= 1;
                }
                s
            }
        };
        if start == m || united && c.title_case && place_ending(m) != Some(start) {
            return None;
        }
        // The club's town after "FC" ("Borneo FC Samarinda").
        let end = match place_at(m + 1) {
            Some(len) if !united && !c.title_case => m + 1 + len,
            _ => m + 1,
        };
        Some((start, end))
    };
    // The club a marker before its name opens.
    let opened = |m: usize| -> Option<(usize, usize)> {
        if BEFORE_PLACE.contains(&words[m]) {
            return place_at(m + 1).map(|len| (m, m + 1 + len));
        }
        let mut end = m + 1;
        while end < n && end - m <= most && club_word(end) && !AFTER.contains(&words[end]) {
            end += 1;
        }
        (end > m + 1).then_some((m, end))
    };
    let found: Vec<(usize, usize)> = words
        .iter()
        .enumerate()
        .filter_map(|(m, w)| {
            AFTER.contains(w).then(|| closed(m)).flatten().or_else(|| {
                (BEFORE_ANY.contains(w) || BEFORE_PLACE.contains(w))
                    .then(|| opened(m))
                    .flatten()
            })
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
    }

    #[test]
    fn fc_or_a_clubs_abbreviation_before_its_town() {
        let words = ["joined", "FC", "Porto", "in", "May"];
        let out = run_with_places(super::apply, &words, "en", &[(2, 3, Place)], &[]);
        assert_eq!(out, [(1, 3, Organization)]);
        let words = ["against", "AC", "Milan", "."];
        let out = run_with_places(super::apply, &words, "en", &[], &[(2, 1, "Milan")]);
        assert_eq!(out, [(1, 3, Organization)]);
    }

    #[test]
    fn not_united_states_nor_an_abbreviation_before_no_place() {
        let words = ["the", "United", "States", "and", "United", "Nations"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // "United" after words no name or place holds: no evidence of a club.
        let words = ["Workers", "United", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Air conditioning.
        let words = ["pasang", "AC", "Daikin", "baru"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A title before the name stays outside.
        let words = ["coach", "of", "Chelsea", "FC"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Organization)]);
    }

    #[test]
    fn in_a_headline_one_word_and_united_after_a_place_only() {
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
        let words = ["Fans", "Cheer", "Arema", "FC", "Win"];
        let out = run_in(super::apply, &words, "en", &[], &[], true);
        assert_eq!(out, [(2, 4, Organization)]);
        let words = ["Workers", "United", "Win"];
        assert_eq!(run_in(super::apply, &words, "en", &[], &[], true), []);
    }
}
