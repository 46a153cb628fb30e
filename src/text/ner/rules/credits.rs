//! Credits name an agency and a person: "Foto: ANTARA/Budi Santoso", "(Foto: Rina
//! Wulandari/detikcom)", "Sumber: Kompas.com". CONVENTIONS: the agency is an ORG, the person a
//! PER. After a credit's label and colon, its parts split at slashes: an agency is written in
//! capitals ("ANTARA FOTO", "AFP"), as a domain ("Kompas.com"), as a brand with a capital inside
//! ("detikNews"), or as capitalised words holding a word in capitals, an organisation's head noun
//! or a place ("UPI Photo", "Korea News Service"); a person is two to four other capitalised
//! words joined by a slash to an agency (alone, such words may be an agency too: "Getty Images"), or alone after
//! a label for a person ("Penulis: Dewi Lestari", "Editor: …").

use super::*;

/// The words that label a credit, in the languages of baca's names packs: a picture's or a
/// text's source, an agency or a person. Sorted.
static LABELS: WordList =
    WordList::new("credit foto illustration ilustrasi kredit photo source sumber video");

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
        if words[k + 1] != ":" {
            continue;
        }
        let Some(person_label) = label(words[k]) else {
            continue;
        };
        // The credit runs to the first token that is neither a word nor a slash.
        let start = k + 2;
        let end = (start..words.len().min(start + MOST))
            .find(|&e| words[e] != "/" && !words[e].starts_with(is_alphanumeric))
            .unwrap_or(words.len().min(start + MOST));
        let parts = parts(&words[start..end], start);
        let agency = |p: &(usize, usize)| is_agency(&words[p.0..p.1]);
        for (n, p) in parts.iter().enumerate() {
            if is_team(&words[p.0..p.1], c.lang) {
                teams.push(*p);
            } else if agency(p) {
                marked.push((p.0, p.1, EntityKind::Organization));
            } else if is_person(&words[p.0..p.1], c.lang)
                && (person_label && parts.len() == 1
                    || [n.wrapping_sub(1), n + 1]
                        .iter()
                        .any(|&m| parts.get(m).is_some_and(agency)))
            {
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

/// The parts of a credit's `words` (the first at token `first`), split at slashes: `(first
/// token, end)`.
fn parts(words: &[&str], first: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut a = 0;
    for (k, w) in words.iter().enumerate().chain([(words.len(), &"/")]) {
        if *w == "/" {
            if k > a {
                out.push((first + a, first + k));
            }
            a = k + 1;
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

/// A person's name in a credit: two to four capitalised words (an initial among them), not all
/// in capitals.
fn is_person(words: &[&str], lang: Lang) -> bool {
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| capitalised(w) && w.chars().all(is_alphabetic) && !is_function_word(w, lang))
        && words.iter().any(|w| w.chars().any(char::is_lowercase))
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
    }
}
