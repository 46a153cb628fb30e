//! An acronym opens no person's name: the tagger reads a body's acronym into the name after it
//! ("VP Public Relations KAI Anne Purba" → "KAI Anne Purba"), where news names the body a
//! person speaks for. A person's span of three words or more that opens with three capitals or
//! more before words in small letters is the body, an organisation, and the person after it; a
//! place where the gazetteer knows the acronym or it is one of Indonesia's regions or
//! neighbours ([`REGIONS_ID`]: "Sekda DKI Marullah Matali"). Not a rank, an office's acronym or
//! a noble or religious title, which opens no body ([`TITLES`]: "CEO Elon Musk", "GKR Ayu Koes
//! Indriyah", "TGB Muhammad Zainul Majdi"). In the train splits an acronym right before a
//! person of two words or more is a body 17 times in 18; no person's name opens with one
//! outside text in capitals.
//!
//! And in Indonesian and Malay "Tim" before an acronym is the word for a team ("Tim SAR
//! gabungan", "Tim DVI Polri"), no given name: a person that opens so is none.

use super::super::is_acronym;
use super::*;

/// Acronyms of offices and of noble and religious titles that open a person's name without a
/// body (Javanese courts' "GKR", "KGPH", "KGPAA", "KRMT", "KRT"; Lombok's "TGB", "TGH"). General
/// vocabulary, written for baca. Sorted.
static TITLES: WordList = WordList::new("ceo cfo coo cto gkr kgpaa kgph krmt krt tgb tgh");

/// Acronyms of Indonesian regions and of neighbours the gazetteer lacks (DKI Jakarta, DI
/// Yogyakarta, Nusa Tenggara Barat and Timur; RRT, China; UEA, the Emirates): places. General
/// vocabulary, written for baca. Sorted.
static REGIONS_ID: WordList = WordList::new("diy dki ntb ntt rrt uea");

/// Whether `word` is an acronym of three letters or more (digits may follow: "KAI", "BNPB").
fn long_acronym(word: &str) -> bool {
    word.len() >= 3 && word.starts_with(|c: char| c.is_ascii_uppercase()) && is_acronym(word)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !matches!(c.lang.code(), Some("id" | "ms" | "en")) {
        return;
    }
    let words = c.words;
    let indonesian = super::super::is_id_or_ms(c.lang);
    let mut bodies = Vec::new();
    spans.retain_mut(|s| {
        if s.2 != EntityKind::Person || s.1 - s.0 < 2 {
            return true;
        }
        // "Tim SAR", "Tim SAR Gabungan": a team, no person.
        if indonesian && words[s.0] == "Tim" && is_acronym(words[s.0 + 1]) {
            return false;
        }
        let opener = s.0;
        if s.1 - opener >= 3
            && long_acronym(words[opener])
            && !c.title(opener)
            && !c.honorific(opener)
            && !TITLES.contains(words[opener])
            && (opener + 1..s.1).all(|k| words[k].chars().any(char::is_lowercase))
        {
            let region = indonesian && REGIONS_ID.contains(words[opener]);
            let kind = if c.in_place(opener) || region {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            bodies.push((opener, opener + 1, kind));
            s.0 += 1;
        }
        true
    });
    if !bodies.is_empty() {
        spans.extend(bodies);
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_bodys_acronym_before_a_name_is_the_body() {
        let words = ["Relations", "KAI", "Anne", "Purba", "mengatakan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Person)]),
            [(1, 2, Organization), (2, 4, Person)]
        );
        let words = ["Dubes", "USA", "Lalu", "Muhamad", "Iqbal", "hadir"];
        assert_eq!(
            run_with_places(
                super::apply,
                &words,
                "id",
                &[(1, 5, Person)],
                &[(1, 1, "USA")]
            ),
            [(1, 2, Place), (2, 5, Person)]
        );
    }

    #[test]
    fn tim_before_an_acronym_is_a_team() {
        let words = ["Tim", "SAR", "gabungan", "mencari"];
        assert_eq!(run(super::apply, &words, "id", &[(0, 2, Person)]), []);
        let words = ["Tim", "SAR", "Gabungan", "mencari"];
        assert_eq!(run(super::apply, &words, "id", &[(0, 3, Person)]), []);
        // A name: "Tim Cook".
        let words = ["CEO", "Apple", "Tim", "Cook", "datang"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn an_indonesian_regions_acronym_is_a_place() {
        let words = ["Sekda", "DKI", "Marullah", "Matali", "hadir"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Person)]),
            [(1, 2, Place), (2, 4, Person)]
        );
    }

    #[test]
    fn not_a_title_nor_a_rank_a_name_of_two_words_nor_text_in_capitals() {
        for title in ["CEO", "GKR", "TGB"] {
            let words = [title, "Ayu", "Koes", "Indriyah", "hadir"];
            let spans = [(0, 4, Person)];
            assert_eq!(run(super::apply, &words, "id", &spans), spans, "{title}");
        }
        let words = ["AKBP", "Aldi", "Subartono", "menyebut"];
        let spans = [(0, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["KAI", "Purba", "mengatakan"];
        let spans = [(0, 2, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["NATHAN", "GUSTI", "RYAN"];
        let spans = [(0, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
