//! Indonesian and Malay news name a minister by the office's whole portfolio, whose fields a
//! comma and "dan" join ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono", "Menteri
//! Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim", "Menko Bidang Politik, Hukum,
//! dan Keamanan Mahfud MD"). The tagger, which learnt names after one office word or two, reads
//! no name there or takes the last field into it ("Transmigrasi Abdul Halim Iskandar"). The
//! name is what ends the capitalised run after the last conjunction: from its first given name
//! (the pack's or the English list's) if one follows the field's first word, else its last two
//! words; the title stays outside it (CONVENTIONS).
//!
//! Only after an office named by a portfolio ([`PORTFOLIO_TITLES_ID`]) and fields with a
//! conjunction, with at least one field word and two name words after the conjunction, and
//! where the capitals end in a lower-case word or punctuation other than a parenthesis (not a
//! place, a day, a title, a body's head noun, or a person already found in a field: "Menteri
//! BUMN Erick Thohir dan Sri Mulyani" is two people the tagger finds); a person the tagger
//! found after the last field stands. Not in title case (a headline's capitals say nothing).

use super::*;

/// Indonesian and Malay offices named by a portfolio ("Menteri …", "Direktur …", "Kepala
/// …"), not roles of an award's name ("Aktor Terbaik"). General vocabulary, written for baca.
/// Sorted.
static PORTFOLIO_TITLES_ID: WordList =
    WordList::new("asisten deputi direktur dirjen kepala menko menteri sekjen sekretaris wamen");

/// The most capitalised words of one field before the last ("Sumber Daya Mineral").
const FIELD_WORDS: usize = 4;

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
        if end - tail < 3 {
            continue;
        }
        // A person the tagger found after the field stands; one that took the field in, or
        // none, gives way to the name: from the first given name after the field's first word,
        // else the last two words.
        if spans
            .iter()
            .any(|s| s.2 == EntityKind::Person && s.0 > tail && s.1 == end)
        {
            continue;
        }
        let given = (tail + 1..end - 1).find(|&x| given_name(c, x));
        let start = given.unwrap_or(end - 2);
        if end - start <= 4 {
            found.push((start, end));
        }
    }
    if found.is_empty() {
        return;
    }
    // What the tagger read in the run (the field taken into a person, a body) gives way.
    put(
        spans,
        found.into_iter().map(|(a, b)| (a, b, EntityKind::Person)),
    );
    spans.sort_by_key(|s| s.0);
}

/// After a title whose portfolio starts at `x`: where the capitalised run after the fields'
/// last conjunction starts and ends, if the fields hold one and the run ends in a lower-case
/// word or punctuation.
fn last_field(c: &Ctx, spans: &Spans, x: usize) -> Option<(usize, usize)> {
    let (w, n) = (c.words, c.words.len());
    let mut k = x;
    // Fields joined by commas, up to the last "dan" or "serta".
    loop {
        let field = (k..n.min(k + FIELD_WORDS + 1))
            .take_while(|&y| field_word(c, spans, y, false))
            .count();
        if field == 0 || field > FIELD_WORDS {
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
    // Not before an acronym in parentheses ("… Sumber Daya Mineral (ESDM) Jero Wacik").
    let ends = end == n || !c.capitalised(end) && w[end] != "(";
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

/// Whether word `x` is a given name (the pack's list of many countries' or the English one).
fn given_name(c: &Ctx, x: usize) -> bool {
    let w = c.words[x];
    is_given_name(w) || c.pack.is_some_and(|p| p.is_given_name(w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in, run_with_places};
    use crate::text::EntityKind::Person;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn the_name_ends_the_run_after_the_portfolios_last_conjunction() {
        let w = words("Menteri Pemuda dan Olahraga Dito Ariotedjo hadir");
        assert_eq!(run(super::apply, &w, "id", &[]), [(4, 6, Person)]);
        let w = words(
            "Menteri Pendidikan , Kebudayaan , Riset , dan Teknologi Nadiem Makarim meresmikan",
        );
        assert_eq!(run(super::apply, &w, "id", &[]), [(9, 11, Person)]);
        // From the first given name ("Abdul"), over the tagger's span that took the field in.
        let w = words("Menteri Desa , Pembangunan Daerah Tertinggal , dan Transmigrasi Abdul Halim Iskandar meninjau");
        assert_eq!(
            run(super::apply, &w, "id", &[(8, 12, Person)]),
            [(9, 12, Person)]
        );
        let w = words("Menteri Hukum dan Hak Asasi Manusia Yasonna Laoly .");
        assert_eq!(run(super::apply, &w, "id", &[]), [(6, 8, Person)]);
    }

    #[test]
    fn not_without_a_title_a_field_or_where_the_capitals_go_on() {
        // No title; no field before the name; one word of name.
        for text in [
            "Kelautan dan Perikanan Sakti Wahyu Trenggono hadir",
            "Menteri Pertahanan dan Keamanan Prabowo hadir",
            "Menteri Kelautan dan Perikanan juga hadir",
        ] {
            let w = words(text);
            assert_eq!(run(super::apply, &w, "id", &[]), [], "{text}");
        }
        // Two people the tagger found; another title; a place; a run that goes on.
        let w = words("Menteri BUMN Erick Thohir dan Sri Mulyani Indrawati hadir");
        let spans = [
            (1, 2, crate::text::EntityKind::Organization),
            (2, 4, Person),
        ];
        assert_eq!(run(super::apply, &w, "id", &spans), spans);
        let w = words("Menteri Pertanian dan Menteri Perdagangan Budi Santoso hadir");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Kelautan dan Perikanan Indonesia Sakti Wahyu hadir");
        assert_eq!(
            run_with_places(super::apply, &w, "id", &[], &[(4, 1, "Indonesia")]),
            []
        );
        // Not a role of an award's name; not before the office's acronym; the tagger's person
        // after the field stands.
        let w = words("Aktor Terbaik dan Debut Pria Terbaik .");
        assert_eq!(run(super::apply, &w, "id", &[]), []);
        let w = words("Menteri Energi dan Sumber Daya Mineral ( ESDM ) Jero Wacik");
        assert_eq!(
            run(super::apply, &w, "id", &[(9, 11, Person)]),
            [(9, 11, Person)]
        );
        let w = words("Menteri Kelautan dan Perikanan Sharif Cicip Sutardjo mengatakan");
        assert_eq!(
            run(super::apply, &w, "id", &[(4, 7, Person)]),
            [(4, 7, Person)]
        );
        // English, and headlines, are not read.
        let w = words("Minister of Culture and Tourism Jane Doe said");
        assert_eq!(run(super::apply, &w, "en", &[]), []);
        let w = words("Menteri Pemuda dan Olahraga Dito Ariotedjo Hadir");
        assert_eq!(run_in(super::apply, &w, "id", &[], &[], true), []);
    }
}
