//! Indonesian and Malay news name a minister by the office's whole portfolio, whose fields a
//! comma and "dan" join ("Menteri Kelautan dan Perikanan Abdul Halim Iskandar", "Menteri
//! Pemuda dan Olahraga Dito Ariotedjo"). The tagger, which learnt names after one office word
//! or two, reads no name there, doubts it, or takes the last field into it ("Transmigrasi
//! Abdul Halim Iskandar"). The name ends the capitalised run after the fields' last
//! conjunction; where it starts, a given name after the field's first word says (English
//! given names, and the pack's where it has them; not a word the language writes in lower
//! case, "Cipta Karya"): the title and the fields stay outside it (CONVENTIONS). Without a
//! given name, or where the field's first word is one too ("… dan Abdul Halim Iskandar" may
//! be all name), the pass marks nothing, but the office is a cue for a name the tagger doubts
//! there from 0.5 ([`office_before`], read by `cues`).
//!
//! Only after an office named by a portfolio ([`PORTFOLIO_TITLES_ID`]) and fields with a
//! conjunction, with at least one field word and two name words after the conjunction, and
//! where the capitals end in a lower-case word, a day's name or punctuation, but not an
//! office's acronym in parentheses ("… Sumber Daya Mineral (ESDM) Jero Wacik"). Not a place,
//! a day, a title, a body's head noun, an acronym or a body in the name, nor a person already
//! found in a field ("Menteri BUMN Erick Thohir dan Sri Mulyani" is two people the tagger
//! finds); a person the tagger found after the last field's first word stands. Not in title
//! case (a headline's capitals say nothing).

use super::*;

/// Indonesian and Malay offices named by a portfolio ("Menteri …", "Direktur …", "Kepala
/// …"), not roles of an award's name ("Aktor Terbaik"). General vocabulary, written for baca.
/// Sorted.
pub(super) static PORTFOLIO_TITLES_ID: WordList =
    WordList::new("asisten deputi direktur dirjen kepala menko menteri sekjen sekretaris wamen");

/// The most capitalised words of one field before the last ("Sumber Daya Mineral").
const FIELD_WORDS: usize = 4;

/// The most fields before the last ("Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi").
const MAX_FIELDS: usize = 6;

/// The most words of the last field and the name together ("Hak Asasi Manusia Yasonna Hamonangan
/// Laoly").
const TAIL_WORDS: usize = 7;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) || c.title_case {
        return;
    }
    let n = c.words.len();
    let mut found = Vec::new();
    for k in 0..n {
        if !(c.capitalised(k) && PORTFOLIO_TITLES_ID.contains(c.words[k])) {
            continue;
        }
        let Some((tail, end)) = last_field(c, spans, k + 1) else {
            continue;
        };
        // A person the tagger found after the field's first word stands.
        if end - tail < 3
            || spans
                .iter()
                .any(|s| s.2 == EntityKind::Person && s.0 > tail && s.1 == end)
        {
            continue;
        }
        // The name starts at a given name after the field's first word; without one, nothing
        // says where ("… Sumber Daya Mineral mengatakan" holds none). Where the field's first
        // word is a given name too, it may open the name ("… dan Abdul Halim Iskandar"):
        // nothing says which.
        if given_name(c, tail) {
            continue;
        }
        let Some(start) = (tail + 1..end - 1).find(|&x| given_name(c, x)) else {
            continue;
        };
        let name_words = (start..end).all(|x| {
            !super::super::is_acronym(c.words[x])
                && !spans
                    .iter()
                    .any(|s| s.0 <= x && x < s.1 && s.2 != EntityKind::Person)
        });
        if end - start <= 4 && name_words {
            found.push((start, end));
        }
    }
    if found.is_empty() {
        return;
    }
    // The tagger's person that took the field in gives way.
    put(
        spans,
        found.into_iter().map(|(a, b)| (a, b, EntityKind::Person)),
    );
    spans.sort_by_key(|s| s.0);
}

/// Whether an office named by its portfolio's fields stands before the unsure name `i..j`,
/// which ends the capitalised run after the fields' last conjunction ("Menteri Pemuda dan
/// Olahraga Dito Ariotedjo") and that the tagger's `confidence` is at least
/// [`super::super::weak::FLOOR`]: a cue that it is a person's (`cues`).
pub(in super::super) fn office_before(
    c: &Ctx,
    spans: &Spans,
    i: usize,
    j: usize,
    confidence: f32,
) -> bool {
    super::super::is_id_or_ms(c.lang)
        && !c.headline
        && confidence >= super::super::weak::FLOOR
        && (i.saturating_sub(MAX_FIELDS * (FIELD_WORDS + 1))..i).any(|k| {
            c.capitalised(k)
                && PORTFOLIO_TITLES_ID.contains(c.words[k])
                && last_field(c, spans, k + 1).is_some_and(|(tail, end)| tail < i && end == j)
        })
}

/// After a title whose portfolio starts at `x`: where the capitalised run after the fields'
/// last conjunction starts and ends, if the fields hold one and the run ends in a lower-case
/// word, a day's or month's name, or punctuation other than an acronym in parentheses.
fn last_field(c: &Ctx, spans: &Spans, x: usize) -> Option<(usize, usize)> {
    let (w, n) = (c.words, c.words.len());
    let mut k = x;
    // Fields joined by commas, up to the last "dan" or "serta".
    for fields in 0.. {
        let field = (k..n.min(k + FIELD_WORDS + 1))
            .take_while(|&y| field_word(c, spans, y, false))
            .count();
        if field == 0 || field > FIELD_WORDS || fields == MAX_FIELDS {
            return None;
        }
        k += field;
        if k < n && w[k] == "," {
            k += 1;
        }
        if k < n && matches!(w[k], "dan" | "serta") {
            k += 1;
            break;
        }
        if k == n || w[k - 1] != "," {
            return None;
        }
    }
    let tail = k;
    // The tagger's person may have taken the last field in, and must end with the run.
    let run = (tail..n.min(tail + TAIL_WORDS + 1))
        .take_while(|&y| field_word(c, spans, y, true))
        .count();
    let end = tail + run;
    // Not before the office's acronym in parentheses ("… Sumber Daya Mineral (ESDM) Jero
    // Wacik"); a caption's "(kiri)" or a date after a day's name may follow the name.
    let acronym_next =
        end + 2 < n && w[end] == "(" && super::super::is_acronym(w[end + 1]) && w[end + 2] == ")";
    let ends = end == n || (!c.capitalised(end) && !acronym_next) || is_trap(w[end], c.lang);
    let one_person = spans
        .iter()
        .all(|s| s.2 != EntityKind::Person || s.1 <= tail || s.0 >= end || s.1 == end);
    (run <= TAIL_WORDS && ends && one_person).then_some((tail, end))
}

/// Whether word `k` may be a field's or the name's: capitalised, a name's word or an acronym
/// ("UKM", "HAM"), and no title, honorific, place (or its noun: "Kota Bogor"), day or month,
/// body's head noun, function word, or word of a place or (unless `person` allows it) a person already found.
fn field_word(c: &Ctx, spans: &Spans, k: usize, person: bool) -> bool {
    let w = c.words[k];
    c.capitalised(k)
        && is_name_word(w)
        && !c.title(k)
        && !c.honorific(k)
        && !c.function(k)
        && !c.in_place(k)
        // "Kota Bogor", "Kabupaten Sleman": the place's noun is the place's.
        && !(super::super::is_class_noun(w, c.lang) && c.in_place(k + 1))
        && !is_trap(w, c.lang)
        && !super::super::opens_org_name(w, c.lang)
        && !spans.iter().any(|s| {
            s.0 <= k
                && k < s.1
                && s.2 != EntityKind::Organization
                && !(person && s.2 == EntityKind::Person)
        })
}

/// Whether word `x` is a given name (the pack's list of many countries' or the English one)
/// and no word the language writes in lower case ("Cipta Karya": "Karya" is a given name
/// elsewhere).
fn given_name(c: &Ctx, x: usize) -> bool {
    c.given_name(x) && !c.pack.is_some_and(|p| p.is_lower_word(c.words[x]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in, run_with_places, words};
    use crate::text::EntityKind::Person;

    #[test]
    fn the_name_ends_the_run_after_the_portfolios_last_conjunction() {
        let w = words("Menteri Kelautan dan Perikanan Abdul Halim Iskandar meninjau");
        assert_eq!(run(super::apply, &w, "id", &[]), [(4, 7, Person)]);
        // From the first given name ("Abdul"), over the tagger's span that took the field in.
        let w = words("Menteri Desa , Pembangunan Daerah Tertinggal , dan Transmigrasi Abdul Halim Iskandar meninjau");
        assert_eq!(
            run(super::apply, &w, "id", &[(8, 12, Person)]),
            [(9, 12, Person)]
        );
        let w = words("Menteri Hukum dan Hak Asasi Manusia Sri Wahyuni .");
        assert_eq!(run(super::apply, &w, "id", &[]), [(6, 8, Person)]);
        // A day's name, a caption's parenthesis after the name.
        let w = words("Menteri Kelautan dan Perikanan Abdul Halim Iskandar Senin ( 12/5 )");
        assert_eq!(run(super::apply, &w, "id", &[]), [(4, 7, Person)]);
        let w = words("Menteri Kelautan dan Perikanan Abdul Halim Iskandar ( kiri ) tiba");
        assert_eq!(run(super::apply, &w, "id", &[]), [(4, 7, Person)]);
    }

    #[test]
    fn the_office_is_a_cue_for_a_name_the_tagger_doubts_after_the_fields() {
        let w = words("Menteri Pemuda dan Olahraga Dito Ariotedjo hadir");
        let glued = vec![false; w.len()];
        let c = super::Ctx::new(&w, &[], super::Lang::from_tag("id"), &glued, true);
        assert!(super::office_before(&c, &vec![], 4, 6, 0.54));
        // Not a span that holds the field, nor without the office.
        assert!(!super::office_before(&c, &vec![], 3, 6, 0.54));
        // Nor one the tagger doubts more.
        assert!(!super::office_before(&c, &vec![], 4, 6, 0.35));
        let w = words("Pemuda dan Olahraga Dito Ariotedjo hadir");
        let c = super::Ctx::new(&w, &[], super::Lang::from_tag("id"), &glued, true);
        assert!(!super::office_before(&c, &vec![], 3, 5, 0.54));
    }

    #[test]
    fn not_without_a_title_a_field_a_given_name_or_where_the_capitals_go_on() {
        // No title; no field before the name; one word of name; no given name to start it.
        for text in [
            "Kelautan dan Perikanan Abdul Halim Iskandar hadir",
            "Menteri Pertahanan dan Keamanan Abdul hadir",
            "Menteri Kelautan dan Perikanan juga hadir",
            "Menteri Energi dan Sumber Daya Mineral mengatakan",
            "Menteri Pemuda dan Olahraga Dito Ariotedjo hadir",
        ] {
            let w = words(text);
            assert_eq!(run(super::apply, &w, "id", &[]), [], "{text}");
        }
        // Two people the tagger found; a person it found from a given name; another title; a
        // place; a run that goes on.
        let w = words("Menteri BUMN Erick Thohir dan Sri Mulyani Indrawati hadir");
        let spans = [
            (1, 2, crate::text::EntityKind::Organization),
            (2, 4, Person),
        ];
        assert_eq!(run(super::apply, &w, "id", &spans), spans);
        let w = words("Menteri BUMN Erick Thohir dan Abdul Halim Iskandar hadir");
        assert_eq!(
            run(super::apply, &w, "id", &[(5, 8, Person)]),
            [(5, 8, Person)]
        );
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Pertanian dan Menteri Perdagangan Abdul Santoso hadir");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Kelautan dan Perikanan Indonesia Abdul Halim hadir");
        assert_eq!(
            run_with_places(super::apply, &w, "id", &[], &[(4, 1, "Indonesia")]),
            []
        );
        let w = words("Menteri Kelautan dan Perikanan Abdul Halim Iskandar Cup Final");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        // Not a role of an award's name; not before the office's acronym; the tagger's person
        // after the field stands.
        let w = words("Aktor Terbaik dan Debut Pria Abdul Terbaik .");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Energi dan Sumber Daya Abdul ( ESDM ) Jero Wacik");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Kelautan dan Perikanan Sharif Abdul Sutardjo mengatakan");
        assert_eq!(
            run(super::apply, &w, "id", &[(4, 7, Person)]),
            [(4, 7, Person)]
        );
        // English, and headlines, are not read.
        let w = words("Minister of Culture and Tourism Abdul Doe said");
        assert_eq!(run(super::apply, &w, "en", &[]), []);
        let w = words("Menteri Kelautan dan Perikanan Abdul Halim Iskandar Hadir");
        assert_eq!(run_in(super::apply, &w, "id", &[], &[], true), []);
    }
}
