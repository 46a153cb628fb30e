//! Credits name an agency and a person: "Foto: ANTARA/Budi Santoso", "(Foto: Rina
//! Wulandari/detikcom)", "Sumber: Kompas.com". CONVENTIONS: the agency is an ORG, the person a
//! PER. After a credit's label and colon, its parts split at slashes: an agency is written in
//! capitals ("ANTARA FOTO", "AFP"), as a domain ("Kompas.com"), as a brand with a capital inside
//! ("detikNews"), or as capitalised words holding a word in capitals, an organisation's head noun
//! or a place ("UPI Photo", "Korea News Service"); a person is two to four other capitalised
//! words joined by a slash to an agency (alone, such words may be an agency too: "Getty Images"), or alone after
//! a label for a person ("Penulis: Dewi Lestari", "Editor: …"). Capitalised words after "via"
//! are the agency that passed the picture on ("AFP via Getty Images"); one capitalised word
//! beside a person's name is the agency ("Kim Hong-Ji/Reuters"), unless it is a word credits
//! use for no agency ("Handout", "Pool", "Istimewa") or another part is the agency. Without a
//! label, a credit in brackets is one where a person's name stands beside an agency in capitals,
//! a domain or a brand ("(Mark Schiefelbein/AP)", "(AP Photo/Mark Schiefelbein)").

use super::*;

/// The words that label a credit, in the languages of baca's names packs: a picture's or a
/// text's source, an agency or a person. Sorted.
static LABELS: WordList = WordList::new(
    "bild credit foto gambar illustration ilustrasi image kredit photo photograph picture source \
     sumber video",
);

/// Capitalised words credits use for no agency: a picture handed out, shared, from the files,
/// the sender's own or a contributor's ("Foto: Dok. Pribadi", "Ist", "Humas", "Repro").
/// General vocabulary. Sorted.
static NOT_AGENCIES: WordList = WordList::new(
    "contributor courtesy dok dokumen dokumentasi file handout humas ilustrasi ist istimewa net \
     pool pribadi repro screenshot stringer supplied",
);

/// The words that label a person's credit: what follows is a person's name. Sorted.
static PERSON_LABELS: WordList = WordList::new(
    "author editor fotografer kontributor penulis pewarta photographer redaktur reporter \
     videografer wartawan writer",
);

/// Words that open a team's name in a credit rather than a person's, in Indonesian and Malay
/// ("Tim Redaksi") and in other languages ("Staff Desk"; "Tim" is a given name there). Sorted.
static GROUPS_ID: WordList = WordList::new("desk redaksi staf tim");
static GROUPS_EN: WordList = WordList::new("desk newsroom staff team");

/// A credit's parts hold at most this many tokens in all.
const MOST: usize = 12;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let mut marked: Vec<(usize, usize, EntityKind)> = Vec::new();
    // Teams credited ("Tim Redaksi"): no name, whatever read one there.
    let mut teams: Vec<(usize, usize)> = Vec::new();
    for k in 0..words.len().saturating_sub(2) {
        // "Foto: …", or a credit in brackets without a label ("(Mark Schiefelbein/AP)").
        let (start, person_label, bracketed) = if words[k + 1] == ":" {
            let Some(person_label) = label(words[k]) else {
                continue;
            };
            (k + 2, person_label, false)
        } else if words[k] == "(" && (k == 0 || words[k - 1] != ":") {
            (k + 1, false, true)
        } else {
            continue;
        };
        // The credit runs to the first token that is neither a word nor a slash.
        let end = (start..words.len().min(start + MOST))
            .find(|&e| words[e] != "/" && !words[e].starts_with(is_alphanumeric))
            .unwrap_or(words.len().min(start + MOST));
        let parts = parts(&words[start..end], start);
        let part = |p: &Part| &words[p.0..p.1];
        let listed_agency = |p: &Part| {
            !shouted_name(part(p))
                && (is_agency(part(p))
                    || p.2 && part(p).iter().all(|w| capitalised(w)) && p.1 - p.0 <= 5)
        };
        let person = |p: &Part| is_person(part(p), c.lang);
        // In brackets, a person's name beside an agency of one word in capitals, a domain or a
        // brand, or opened by one in capitals ("AP Photo"), and nothing after ("(Jordan
        // Thompson/Max Purcell)" is two players).
        let one_word_agency = |q: &Part| {
            let w = part(q);
            w.len() == 1 && is_agency(w)
                || w.len() <= 3
                    && w.iter().all(|x| capitalised(x))
                    && is_agency(&w[..1])
                    && w[0].chars().all(|ch| ch.is_uppercase())
        };
        let credited = (0..parts.len()).any(|n| {
            person(&parts[n]) && beside(n).any(|m| parts.get(m).is_some_and(one_word_agency))
        });
        if bracketed && (words.get(end) != Some(&")") || !credited) {
            continue;
        }
        // One capitalised word beside a person's name where no other part is an agency:
        // "Kim Hong-Ji/Reuters" (not the editor's code of "ANTARA FOTO/Budi/Spt").
        let listed = parts.iter().any(listed_agency);
        let agencies: Vec<bool> = (0..parts.len())
            .map(|n| {
                let beside_person =
                    beside(n).any(|m| parts.get(m).is_some_and(|q| person(q) && !listed_agency(q)));
                listed_agency(&parts[n])
                    || !listed
                        && beside_person
                        && matches!(part(&parts[n]), [w] if capitalised(w)
                            && w.chars().count() >= 2
                            && w.chars().all(is_alphabetic)
                            && !NOT_AGENCIES.contains(w)
                            && !is_function_word(w, c.lang))
            })
            .collect();
        for (n, p) in parts.iter().enumerate() {
            let beside_agency = beside(n).any(|m| agencies.get(m) == Some(&true));
            if is_team(part(p), c.lang) {
                teams.push((p.0, p.1));
            } else if agencies[n] {
                marked.push((p.0, p.1, EntityKind::Organization));
            } else if person(p) && (person_label && parts.len() == 1 || beside_agency) {
                marked.push((p.0, p.1, EntityKind::Person));
            }
        }
    }
    put(spans, marked);
    for t in teams {
        spans.retain(|s| s.1 <= t.0 || t.1 <= s.0);
    }
    spans.sort_by_key(|s| s.0);
}

/// The parts beside part `n` (before it, wrapping to an index no part has, and after it).
fn beside(n: usize) -> impl Iterator<Item = usize> {
    [n.wrapping_sub(1), n + 1].into_iter()
}

/// Whether `word` labels a credit ("Foto", "Penulis"): `Some(true)` where it labels a person's.
fn label(word: &str) -> Option<bool> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    if PERSON_LABELS.contains(word) {
        Some(true)
    } else {
        LABELS.contains(word).then_some(false)
    }
}

/// A part of a credit: its first token, its end, and whether "via" comes before it.
type Part = (usize, usize, bool);

/// The parts of a credit's `words` (the first at token `first`), split at slashes and at "via"
/// ("AFP via Getty Images").
fn parts(words: &[&str], first: usize) -> Vec<Part> {
    let mut out = Vec::new();
    let (mut a, mut via) = (0, false);
    for (k, w) in words.iter().enumerate().chain([(words.len(), &"/")]) {
        if *w == "/" || *w == "via" {
            if k > a {
                out.push((first + a, first + k, via));
            }
            (a, via) = (k + 1, *w == "via");
        }
    }
    out
}

/// An agency's name: up to three words in capitals, a domain, one brand word, or words of
/// which one is in capitals, an organisation's head noun or a place ("UPI Photo", "Korean
/// Central News Agency", "Korea News Service": in a credit, no person's).
fn is_agency(words: &[&str]) -> bool {
    let capitals = |w: &&str| {
        w.chars().filter(|c| is_alphabetic(*c)).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    match words {
        [word] => capitals(word) || is_domain(word) || is_brand(word),
        _ => {
            words.len() <= 5
                && words.iter().all(|w| capitalised(w))
                && words.iter().any(|w| {
                    capitals(w)
                        || super::super::is_org_head(w)
                        || super::super::gazetteer::Gazetteer::get()
                            .lookup(w)
                            .is_some()
                })
        }
    }
}

/// A person's name in a credit: two to four capitalised words (an initial among them; a
/// hyphen inside one: "Hong-Ji"), not all in capitals.
fn is_person(words: &[&str], lang: Lang) -> bool {
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| capitalised(w) && is_name_word(w) && !is_function_word(w, lang))
        && (words.iter().any(|w| w.chars().any(char::is_lowercase)) || shouted_name(words))
}

/// A photographer's name in capitals, as some papers write credits ("PETER MWALE/AFP"):
/// two to four words in capitals, the first a given name.
fn shouted_name(words: &[&str]) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.split('-')
                .all(|p| p.chars().count() >= 2 && p.chars().all(|c| c.is_uppercase()))
        })
        && super::super::detect::is_given_name(words[0])
}

/// A team's name: a word for a team and capitalised words after it ("Reporter: Tim Redaksi",
/// "Writer: Staff Desk").
fn is_team(words: &[&str], lang: Lang) -> bool {
    let groups = if matches!(lang.code(), Some("id" | "ms")) {
        &GROUPS_ID
    } else {
        &GROUPS_EN
    };
    words.first().is_some_and(|w| groups.contains(w)) && words.iter().all(|w| capitalised(w))
}

/// A brand's one word, with a capital after a lower-case letter ("detikNews").
fn is_brand(word: &str) -> bool {
    word.chars().count() >= 4 && word.starts_with(is_alphabetic) && capital_inside(word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_team_is_no_person() {
        // Nor what another reading made of it.
        let words = ["Reporter", ":", "Tim", "Redaksi"];
        assert_eq!(run(super::apply, &words, "id", &[(2, 4, Person)]), []);
        // In English "Tim" is a given name.
        let words = ["Reporter", ":", "Tim", "Harper"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Person)]);
    }

    #[test]
    fn an_agency_and_a_photographer() {
        let words = ["Foto", ":", "ANTARA", "/", "Budi", "Santoso"];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(2, 3, Organization), (4, 6, Person)]
        );
        let words = ["(", "Foto", ":", "Rina", "Wulandari", "/", "detikNews", ")"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 5, Organization)]),
            [(3, 5, Person), (6, 7, Organization)]
        );
        let words = ["Sumber", ":", "Kompas.com", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Organization)]);
    }

    #[test]
    fn a_person_after_a_label_for_one() {
        let words = ["Penulis", ":", "Dewi", "Lestari", "Putri"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 5, Person)]);
        let words = [
            "Reporter", ":", "Arif", "Rahman", "|", "Editor", ":", "Nur", "Aini",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(2, 4, Person), (7, 9, Person)]
        );
        // One word, or words in capitals, may be a desk or an agency.
        let words = ["Editor", ":", "Redaksi"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn an_agency_of_several_words_is_no_person() {
        let words = [
            "Foto", ":", "Korea", "News", "Service", "/", "AP", "/", "picture", "alliance",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(2, 5, Organization), (6, 7, Organization)]
        );
        let words = ["Foto", ":", "UPI", "Photo", "/", "Newscom"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Organization)]);
        // A word in lower case is no agency ("istimewa": courtesy).
        let words = ["(", "Foto", ":", "istimewa", ")"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn capitalised_words_without_an_agency_beside_them_are_left_alone() {
        let words = ["Photo", ":", "Getty", "Images"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Foto", ":", "Istimewa"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // No label, no credit.
        let words = ["Kata", "dia", ":", "ANTARA", "/", "Budi", "Santoso"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // A word credits use for no agency.
        let words = ["Photo", ":", "Jane", "Doe", "/", "Handout"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Where a part is an agency, a word beside the name is no other one (an editor's code).
        let words = ["Foto", ":", "ANTARA", "/", "Budi", "Santoso", "/", "Spt"];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(2, 3, Organization), (4, 6, Person)]
        );
    }

    #[test]
    fn an_agency_via_another_and_one_word_beside_a_name() {
        let words = [
            "Photo",
            ":",
            "Jekesai",
            "Njikizana",
            "/",
            "AFP",
            "via",
            "Getty",
            "Images",
        ];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(2, 4, Person), (5, 6, Organization), (7, 9, Organization)]
        );
        let words = ["Credit", ":", "PETER", "MWALE", "/", "AFP"];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(2, 4, Person), (5, 6, Organization)]
        );
        let words = ["Photograph", ":", "Kim", "Hong-Ji", "/", "Reuters"];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(2, 4, Person), (5, 6, Organization)]
        );
    }

    #[test]
    fn a_credit_in_brackets_needs_a_name_beside_an_agency() {
        let words = ["(", "Mark", "Schiefelbein", "/", "AP", ")"];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(1, 3, Person), (4, 5, Organization)]
        );
        let words = ["(", "AP", "Photo", "/", "Mark", "Schiefelbein", ")"];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(1, 3, Organization), (4, 6, Person)]
        );
        // Two currencies, two places: no credit.
        let words = ["(", "USD", "/", "IDR", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["(", "Jakarta", "/", "Bandung", ")"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        // Two players, one named as a country is: no credit.
        let words = ["(", "Jordan", "Thompson", "/", "Max", "Purcell", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Something after the credit: no credit.
        let words = ["(", "Mark", "Schiefelbein", "/", "AP", "said", ")"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
