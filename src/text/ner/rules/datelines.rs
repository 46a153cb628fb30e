//! A news article's dateline names the place it was written in and often the outlet: "JAKARTA,
//! KOMPAS.com - …", "Jakarta (ANTARA) - …", "Liputan6.com, Jakarta - …", "LONDON, Dec 4
//! (Reuters) - …", or a line of its own, "LONDON 1996-08-30". CONVENTIONS: the place is a LOC and
//! the outlet an ORG. Datelines are written in capitals the tagger reads as acronyms, and the
//! outlets' names ("KOMPAS.com", "detikJatim") are no words it knows.
//!
//! Only at the opening of a paragraph, before a dash within its first tokens (or as the whole
//! paragraph): the words there split at commas and brackets into parts, each of which must be a
//! date, a place or an outlet for the dateline to count. A place is one the gazetteer knows
//! (written in capitals or not) or a run of capitalised words in capitals; an outlet is a part in
//! brackets, a domain ("TEMPO.CO"), or one word with a capital inside ("detikJatim"), and beside a
//! known place a run of capitalised words ("CNN Indonesia"). A dateline has one place at most.

use super::*;

/// The tokens that end a dateline.
const DASHES: &[&str] = &["-", "–", "—", "--", "---", "―"];

/// A dateline holds at most this many tokens before its dash.
const MOST: usize = 12;

/// What a part of a dateline is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Part {
    Date,
    Place,
    /// A domain or a brand's word ("KOMPAS.com", "detikJatim").
    Outlet,
    /// Capitalised words in brackets ("(ANTARA)", "(Reuters)").
    Wire,
    /// Capitalised words that are an outlet only beside a known place.
    Name,
    /// A state of the United States abbreviated after the place ("Wis."): the place is one.
    State,
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !c.opens_block {
        return;
    }
    let words = c.words;
    // "Liputan6.com, Jakarta London Love Story, film …": a domain's dateline whose dash the
    // page left out (it sets the dateline in bold instead): the place is the one the gazetteer
    // knows right after the domain, and what follows it is the article's.
    let dash_at = words.iter().take(MOST + 1).position(|w| DASHES.contains(w));
    if dash_at.is_none() && words.len() > 3 && is_domain(words[0]) && words[1] == "," {
        if let Some(&(_, len, _)) = c.places.iter().find(|p| p.0 == 2) {
            let parts = [
                (0, 1, EntityKind::Organization),
                (2, 2 + len, EntityKind::Place),
            ];
            put(spans, parts);
            spans.sort_by_key(|s| s.0);
            return;
        }
    }
    let (end, dash) = match dash_at {
        // The dash may end the paragraph: the dateline is a line of its own ("TEHRAN (AFP) -").
        Some(dash) if dash > 0 => (dash, true),
        // A paragraph that is nothing but a dateline: a place and a date, or a known place
        // and its wire ("TEHRAN (AFP)").
        _ if words.len() <= MOST => (words.len(), false),
        _ => return,
    };
    let Some(parts) = parts(c, &words[..end]) else {
        return;
    };
    // A dateline opens with its place or its outlet, never with a date or a number ("3. Kenny
    // Harrison (U.S.) 17.60" is a table's line).
    if matches!(parts[0].2, Part::Date) {
        return;
    }
    let has = |what: Part| parts.iter().any(|p| p.2 == what);
    let places = parts.iter().filter(|p| p.2 == Part::Place).count();
    // Which places the gazetteer knows, asked once a part.
    let known: Vec<bool> = parts
        .iter()
        .map(|p| p.2 == Part::Place && known_place(&words[p.0..p.1], c.lang))
        .collect();
    let any_known = known.contains(&true) || has_state(&parts);
    // A place in capitals the gazetteer does not know is a dateline's beside a domain or a
    // brand only (not a heading in capitals, "BERITA TERKINI - …", nor a name and its
    // abbreviation or party in brackets, "NVIDIA (NVDA) - …"); a known place may have its
    // outlet in brackets, or a bracket alone may be the outlet of a dateline without a place.
    let all_known = has_state(&parts)
        || parts
            .iter()
            .zip(&known)
            .all(|(p, &k)| p.2 != Part::Place || k);
    // Without a dash or a date, a known place and a bracket are a dateline only as wires
    // write it, the place in capitals ("TEHRAN (AFP)"; not a table's "Indonesia (INA)").
    let capitals = parts.iter().any(|p| {
        p.2 == Part::Place
            && words[p.0..p.1]
                .iter()
                .all(|w| in_capitals(w) || w.len() < 3)
    });
    // Two places only where both are known ("KYIV, Ukraine (AP)").
    let dateline = (places <= 1 || (places == 2 && all_known))
        && (any_known || has(Part::Outlet) || (places == 0 && has(Part::Wire)))
        && (dash || (places >= 1 && has(Part::Date)) || (any_known && has(Part::Wire) && capitals));
    if !dateline {
        return;
    }
    let mut marked: Vec<(usize, usize, EntityKind)> = Vec::new();
    for &(a, b, part) in &parts {
        let kind = match part {
            Part::Date => continue,
            Part::Place | Part::State => EntityKind::Place,
            Part::Outlet | Part::Wire => EntityKind::Organization,
            // Beside the known place that opens the dateline: "Jakarta, CNN Indonesia --".
            Part::Name if known[0] => EntityKind::Organization,
            // Capitalised words beside a place in capitals: which is the outlet is not clear.
            Part::Name => return,
        };
        marked.push((a, b, kind));
    }
    put(spans, marked);
    spans.sort_by_key(|s| s.0);
}

/// Whether a state's abbreviation follows the place ("LA CROSSE, Wis."): a US dateline.
fn has_state(parts: &[(usize, usize, Part)]) -> bool {
    parts.iter().any(|p| p.2 == Part::State)
}

/// The parts of a dateline's `words` with what each is, split at commas and brackets; `None`
/// where a part is none of a date, a place and an outlet.
fn parts(c: &Ctx, words: &[&str]) -> Option<Vec<(usize, usize, Part)>> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        match words[k] {
            // A bracket closed that was not opened: no dateline.
            ")" => return None,
            // Commas and other punctuation part the parts ("LONDON, …", "…, 25 may (EFE).").
            w if w != "(" && !w.chars().any(is_alphanumeric) => k += 1,
            "(" => {
                let close = k + 1 + words[k + 1..].iter().position(|w| *w == ")")?;
                let part = &words[k + 1..close];
                if part.is_empty() {
                    return None;
                }
                let what = if is_date(part, c.lang) {
                    Part::Date
                } else if out
                    .last()
                    .is_some_and(|p: &(usize, usize, Part)| p.2 == Part::Place)
                    && known_place(part, c.lang)
                {
                    // The country or state of the place before it: "Melbourne (Australia), 25
                    // may (EFE)".
                    Part::Place
                } else if part.iter().all(|w| w.starts_with(char::is_uppercase)) {
                    Part::Wire
                } else {
                    return None;
                };
                out.push((k + 1, close, what));
                k = close + 1;
            }
            _ => {
                let end = k + words[k..]
                    .iter()
                    .position(|w| *w == "(" || !w.chars().any(is_alphanumeric))
                    .unwrap_or(words.len() - k);
                // A date may follow the place without a comma ("LONDON 1996-08-30").
                let date = (k..end)
                    .find(|&d| is_date(&words[d..end], c.lang))
                    .unwrap_or(end);
                if date > k {
                    let after_place = out
                        .last()
                        .is_some_and(|p: &(usize, usize, Part)| p.2 == Part::Place);
                    let what = if after_place && is_state_abbreviation(&words[k..date]) {
                        Part::State
                    } else {
                        part(&words[k..date], c.lang)?
                    };
                    out.push((k, date, what));
                }
                if date < end {
                    out.push((date, end, Part::Date));
                }
                k = end;
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// What the part `words` (outside brackets) of a dateline is, if anything.
fn part(words: &[&str], lang: Lang) -> Option<Part> {
    if is_date(words, lang) {
        return Some(Part::Date);
    }
    if let [word] = words {
        if is_domain(word) || capital_inside(word) {
            return Some(Part::Outlet);
        }
    }
    if words.len() > 4 || !words.iter().all(|w| capitalised(w)) {
        return None;
    }
    // Words in capitals, one of three letters at least ("MEDAN", "LA CROSSE"; not "AS").
    let capitals = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_uppercase() || c == '-'))
        && words.iter().any(|w| in_capitals(w));
    if known_place(words, lang) || capitals {
        return Some(Part::Place);
    }
    words
        .iter()
        .all(|w| w.chars().all(is_alphanumeric) && !is_function_word(w, lang))
        .then_some(Part::Name)
}

/// A date, or part of one: numbers, day and month names ("Dec 4", "Senin (3/10)"), with a
/// number or such a name among them (punctuation alone is none).
fn is_date(words: &[&str], lang: Lang) -> bool {
    let named = |w: &str| {
        w.chars().any(is_alphabetic)
            && (is_trap(w, lang)
                || is_trap(w.trim_end_matches('.'), lang)
                || is_month_abbreviation(w))
    };
    let digits = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    words
        .iter()
        .all(|w| digits(w) || named(w) || !w.chars().any(is_alphanumeric))
        && words.iter().any(|w| digits(w) || named(w))
}

/// The United States' states as AP datelines abbreviate them ("LA CROSSE, Wis. (AP)"), without
/// their periods; general knowledge (the AP Stylebook's list). Sorted.
static STATES_US: WordList = WordList::new(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la mass md mich minn miss mo mont \
     nc nd neb nev nh nj nm ny okla ore pa ri sc sd tenn va vt wash wis wva wyo",
);

/// A state's abbreviation in a dateline ("Calif.", "N.Y."), periods left out.
fn is_state_abbreviation(words: &[&str]) -> bool {
    let [word] = words else {
        return false;
    };
    let letters: String = word.chars().filter(|&c| c != '.').collect();
    capitalised(word) && letters.len() <= 5 && STATES_US.contains(&letters)
}

/// English months abbreviated ("Dec", "Sept."), as wire datelines write them. Sorted.
static MONTHS: WordList = WordList::new("apr aug dec feb jan jul jun mar nov oct sep sept");

/// An English month abbreviated ("Dec", "Sept.").
fn is_month_abbreviation(word: &str) -> bool {
    MONTHS.contains(word.trim_end_matches('.'))
}

/// Whether the gazetteer knows `words` as a place, written in capitals or not ("JAKARTA",
/// "BANDA ACEH").
fn known_place(words: &[&str], lang: Lang) -> bool {
    // A class noun alone ("KOTA") is the word, not a place of that name.
    if let [word] = words {
        if super::super::is_class_noun(word, lang) {
            return false;
        }
    }
    super::super::gazetteer::Gazetteer::get()
        .lookup_styled(&words.join(" "))
        .is_some()
}

/// A word in capitals, of letters only and at least three of them ("MEDAN", not "AS").
fn in_capitals(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(|c| c.is_uppercase() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_place_in_capitals_with_its_us_state_and_a_wire() {
        // AP: "LA CROSSE, Wis. (AP) — …", "WOODSIDE, Calif. (AP) — …".
        let words = [
            "LA", "CROSSE", ",", "Wis", ".", "(", "AP", ")", "—", "After", "a", "summer",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(0, 2, Place), (3, 4, Place), (6, 7, Organization)]
        );
        // Not a state's abbreviation that opens the line ("Miss. …" is no dateline's place).
        let words = ["Miss", ".", "(", "AP", ")", "—", "After"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }

    #[test]
    fn a_place_in_capitals_and_an_outlet_open_the_paragraph() {
        let words = ["MAKASSAR", ",", "KOMPAS.com", "-", "Hujan", "turun", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(0, 1, Place), (2, 3, Organization)]
        );
        let words = ["SLEMAN", ",", "detikJateng", "-", "Warga", "berkumpul", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Organization)]),
            [(0, 1, Place), (2, 3, Organization)]
        );
    }

    #[test]
    fn the_outlet_first_or_in_brackets_and_a_date_between() {
        let words = ["Katadata.co.id", ",", "Bogor", "-", "Harga", "naik", "."];
        let out = run_with_places(super::apply, &words, "id", &[], &[(2, 1, "Bogor")]);
        assert_eq!(out, [(0, 1, Organization), (2, 3, Place)]);
        let words = [
            "PARIS", ",", "March", "3", "(", "AFP", ")", "-", "Rain", "fell", ".",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[(5, 6, Person)]),
            [(0, 1, Place), (5, 6, Organization)]
        );
    }

    #[test]
    fn a_domains_dateline_without_its_dash_ends_at_the_known_place() {
        // The dateline in bold and no dash: the title of the film after it is no place's.
        let words = [
            "Liputan6.com",
            ",",
            "Jakarta",
            "Rindu",
            "Kota",
            "Lama",
            ",",
            "film",
            "kedua",
        ];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(2, 6, Place)],
            &[(2, 1, "Jakarta")],
        );
        assert_eq!(out, [(0, 1, Organization), (2, 3, Place)]);
        // Not without a known place right after the domain's comma.
        let words = [
            "Liputan6.com",
            ",",
            "menemui",
            "duo",
            "produser",
            "film",
            "ini",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn an_outlet_of_capitalised_words_beside_a_known_place() {
        let words = [
            "Bogor",
            ",",
            "Metro",
            "Pagi",
            "--",
            "Warga",
            "berkumpul",
            ".",
        ];
        let out = run_with_places(super::apply, &words, "id", &[], &[(0, 1, "Bogor")]);
        assert_eq!(out, [(0, 1, Place), (2, 4, Organization)]);
    }

    #[test]
    fn a_place_with_its_country_in_brackets_and_a_full_stop() {
        let words = [
            "Sydney",
            "(",
            "Australia",
            ")",
            ",",
            "25",
            "may",
            "(",
            "EFE",
            ")",
            ".",
        ];
        assert_eq!(
            run(super::apply, &words, "es", &[]),
            [(0, 1, Place), (2, 3, Place), (8, 9, Organization)]
        );
        // A stray bracket: none.
        let words = ["Sydney", ")", ",", "25", "may", "-", "x", "."];
        assert_eq!(run(super::apply, &words, "es", &[]), []);
    }

    #[test]
    fn a_line_of_results_is_no_dateline() {
        let words = ["3.", "Kenny", "Harrison", "(", "Australia", ")", "17.60"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        let words = ["Kenny", "Harrison", "(", "Australia", ")", "17.60"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }

    #[test]
    fn a_paragraph_that_is_a_dateline() {
        let words = ["MADRID", "2001-05-17"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(0, 1, Place)]);
        // Not a known place without a date.
        let words = ["MADRID"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // A line of its own, the article in the next paragraph: with its dash or without.
        let words = ["TEHRAN", "(", "AFP", ")", "-"];
        let wire = [(0, 1, Place), (2, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &[(0, 1, Person)]), wire);
        assert_eq!(run(super::apply, &words[..4], "en", &[]), wire);
        // Not a place the gazetteer does not know, nor a heading ending in a dash.
        let words = ["NVIDIA", "(", "NVDA", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Nor a known place not in capitals without its dash (a table's "Indonesia (INA)").
        let words = ["Indonesia", "(", "INA", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["BERITA", "TERKINI", "-"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn no_dateline_where_a_part_is_no_place_outlet_or_date() {
        // A sentence with a dash early on.
        let words = [
            "Presiden", "Joko", "Santoso", ",", "kata", "dia", "-", "ya", ".",
        ];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // Two places in capitals: no outlet.
        let words = ["BREAKING", "NEWS", ",", "MEDAN", "-", "Banjir", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Capitalised words beside a place in capitals: which is the outlet is not clear.
        let words = ["SLEMAN", ",", "Metro", "Pagi", "-", "Banjir", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A name in capitals and its abbreviation or party in brackets.
        let words = ["NVIDIA", "(", "NVDA", ")", "–", "Shares", "rose", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["PRABOWO", "(", "kiri", ")", "-", "Ia", "datang", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Punctuation is no date.
        let words = ["SLEMAN", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A heading in capitals, and a paragraph of capitals alone.
        let words = ["BERITA", "TERKINI", "-", "Banjir", "melanda", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["BERITA", "TERKINI"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn only_where_a_paragraph_opens() {
        use super::super::{Ctx, Lang};
        let words = ["MAKASSAR", ",", "KOMPAS.com", "-", "Hujan", "turun", "."];
        let glued = vec![false; words.len()];
        let c = Ctx::new(&words, &[], Lang::from_tag("id"), &glued, false);
        let mut spans = Vec::new();
        super::apply(&c, &mut spans);
        assert_eq!(spans, []);
    }
}
