//! A ministry's or agency's name often joins its fields with "and" ("Department of Health and
//! Human Services", "Ministry of Culture and Tourism", Indonesian "Kementerian Pendayagunaan
//! Aparatur Negara dan Reformasi Birokrasi", "Kementerian Koordinator Bidang Politik, Hukum
//! dan Keamanan"): the tagger ends the body at the conjunction and reads the fields after it as
//! a body of their own or as nothing. A body whose name opens with a ministry's head noun
//! ([`HEADS_ID`]; in English [`HEADS_EN`] with "of" or "for" after it), followed by fields of one
//! to three capitalised words joined by commas and a last "and"/"dan"/"serta", is one body up
//! to the last field, where the capitals end (or, in Indonesian, where a place or person
//! follows: "Dinas Kesehatan dan Kebersihan Kota Bogor").
//!
//! English puts the fields before the head noun too ("the Food and Drug Administration"): one
//! or two capitalised words and "and" after "the" and before a body that ends with its head
//! noun open its name.
//!
//! Not where a field is another body ("Kementerian Keuangan dan Bank Indonesia": a head noun
//! opens it; "the Department of Justice and Google": one word read as a body; "… and Pasteur
//! Institute": another body's head ends it; "… and Lockheed Martin", "… dan Angkasa Pura II":
//! a given name, a number, an English acronym), a place ("Ministry of Defence and France"), a
//! person, an office ("… and Human Services Secretary", "… dan Dirjen Pajak"), a day, a
//! function word or an article ("the Department of Justice and the FTC"); not where the name
//! goes on after a small word ("… Security and Immigration and Customs Enforcement"), unless
//! an Indonesian body opens there; before the head noun, not an office, a body, a chamber, a
//! people's adjective or a plural head ("the Senate and House Intelligence Committee", "the
//! Justice and Treasury Departments"). Not in title case (a headline's capitals say nothing).

use super::*;
use crate::support::case::with_lowercase;

/// Indonesian and Malay head nouns of ministries and agencies whose names list their fields.
/// General vocabulary, written for baca. Sorted.
static HEADS_ID: WordList =
    WordList::new("badan biro departemen dinas direktorat kantor kementerian komisi lembaga pusat");

/// English head nouns of ministries and agencies named "… of …" or "… for …". Not "council",
/// "institute", "center" or "centre": their names are often a place's or a field's with no
/// list ("Council of Europe and Human Rights Watch"). General vocabulary, written for baca.
/// Sorted.
static HEADS_EN: WordList = WordList::new(
    "agency bureau centers commission department directorate ministry office secretariat",
);

/// English head nouns that end another body's name, which no field holds ("… and Pasteur
/// Institute", "… and Atlantic Council"). General vocabulary, written for baca. Sorted.
static OTHER_HEADS_EN: WordList = WordList::new(
    "bank center centre committee company corporation council foundation group institute \
     laboratory university",
);

/// English words that name a legislature's chamber alone ("the Senate and House Intelligence
/// Committee" is two bodies). General vocabulary, written for baca. Sorted.
static CHAMBERS_EN: WordList = WordList::new("assembly congress house parliament senate");

/// The most capitalised words of one field ("Sumber Daya Mineral").
const FIELD_WORDS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let indonesian = super::super::is_id_or_ms(c.lang);
    if !(indonesian || c.lang.code() == Some("en")) || c.title_case {
        return;
    }
    let mut joined = Vec::new();
    for s in spans.iter() {
        if s.2 != EntityKind::Organization {
            continue;
        }
        if opens_ministry(c, s.0, s.1, indonesian) {
            if let Some(end) = fields_end(c, spans, s.1, indonesian) {
                joined.push((s.0, end));
            }
        } else if !indonesian {
            if let Some(start) = fields_before(c, spans, s.0, s.1) {
                joined.push((start, s.1));
            }
        }
    }
    if joined.is_empty() {
        return;
    }
    for (a, b) in joined {
        put_within(spans, a, b, EntityKind::Organization);
    }
    spans.sort_by_key(|s| s.0);
}

/// Whether the body `a..b` opens with a ministry's or agency's head noun (in English with "of"
/// or "for" after it: "Department of Health").
fn opens_ministry(c: &Ctx, a: usize, b: usize, indonesian: bool) -> bool {
    let w = c.words;
    if indonesian {
        HEADS_ID.contains(w[a]) && b - a >= 2
    } else {
        HEADS_EN.contains(w[a]) && b - a >= 3 && matches!(w[a + 1], "of" | "for")
    }
}

/// Where the fields after a body ending at `b` end: one or more fields, each after a comma or
/// a conjunction, the last after a conjunction, and no capitalised word after the last (in
/// Indonesian a place or a person may follow), nor a small word and a capitalised one that
/// go on with the name. `None` where there are none.
fn fields_end(c: &Ctx, spans: &Spans, b: usize, indonesian: bool) -> Option<usize> {
    let (w, n) = (c.words, c.words.len());
    let conjunction = |k: usize| match w[k] {
        "dan" | "serta" => indonesian,
        "and" | "&" => !indonesian,
        _ => false,
    };
    let mut x = b;
    let mut end = None;
    while x < n {
        // A comma, a conjunction, or a comma and then a conjunction (the serial comma).
        let (mut y, mut last) = (x, false);
        if w[y] == "," {
            y += 1;
        }
        if y < n && conjunction(y) {
            (y, last) = (y + 1, true);
        }
        if y == x {
            break;
        }
        let field = (y..n.min(y + FIELD_WORDS + 1))
            .take_while(|&k| field_word(c, spans, k, indonesian))
            .count();
        // An English office after the field is the body's officer's ("… and Human Services
        // Secretary Robert F. Kennedy Jr."): the capitals say nothing of where the body ends.
        if field == 0
            || field > FIELD_WORDS
            || !indonesian && super::super::detect::is_english_title(w[y + field - 1])
        {
            break;
        }
        x = y + field;
        if last {
            end = Some(x);
            break;
        }
    }
    let end = end?;
    // A name that goes on after a small word is longer than its fields ("Department of Homeland
    // Security and Immigration and Customs Enforcement").
    let goes_on = end + 1 < n
        && matches!(w[end], "and" | "of" | "for" | "dan" | "serta" | "&")
        && c.capitalised(end + 1)
        // Not where another body opens after it ("… dan Perikanan dan Kementerian Pertanian").
        && !(indonesian
            && (super::super::opens_org_name(w[end + 1], c.lang) || HEADS_ID.contains(w[end + 1])));
    let next_ok = end == n
        || !c.capitalised(end) && !goes_on
        || (indonesian
            && (c.in_place(end)
                || (super::super::is_class_noun(w[end], c.lang) && c.in_place(end + 1))
                || spans
                    .iter()
                    .any(|s| s.0 == end && matches!(s.2, EntityKind::Place | EntityKind::Person))));
    // A field the tagger read as a body of one word is one ("… and Google").
    let lone_body = spans
        .iter()
        .any(|s| s.0 >= b && s.1 <= end && s.1 - s.0 == 1 && s.2 == EntityKind::Organization);
    (next_ok && !lone_body).then_some(end)
}

/// English puts the fields before the head noun too ("the Food and Drug Administration", "the
/// Fish and Wildlife Service"): where the body `a..b` ends with a body's head noun and one or
/// two field words and "and" stand before it, after "the", the name starts at the fields.
fn fields_before(c: &Ctx, spans: &Spans, a: usize, b: usize) -> Option<usize> {
    let w = c.words;
    if b - a < 2 || a < 3 || !matches!(w[a - 1], "and" | "&") {
        return None;
    }
    let head = without_possessive(w[b - 1]);
    // A plural head names two bodies ("the Justice and Treasury Departments").
    let plural = head
        .strip_suffix('s')
        .is_some_and(|one| with_lowercase(one, super::super::is_english_org_word));
    if !super::super::ends_body(head) || plural {
        return None;
    }
    // No office, body, chamber or people's adjective ("the Mayor and City Council", "the Army
    // and National Guard", "the Senate and …", "the Israeli and Palestinian Authority").
    let gazetteer = super::super::gazetteer::Gazetteer::get();
    let field = (a.saturating_sub(3)..a - 1)
        .rev()
        .take_while(|&k| {
            field_word(c, spans, k, false)
                && !c.held(spans, k)
                && !c.title(k)
                && !super::super::ends_body(c.words[k])
                && !CHAMBERS_EN.contains(c.words[k])
                && !gazetteer.is_english_demonym(c.words[k])
        })
        .count();
    let start = a - 1 - field;
    (field >= 1 && start >= 1 && w[start - 1].eq_ignore_ascii_case("the")).then_some(start)
}

/// Whether word `k` may be a word of a field: capitalised (in Indonesian an acronym too: "dan
/// HAM"), a name's word, and no given name, number, head noun of a body, place (or its noun:
/// "Kota Bogor"), person's word, title or honorific, day or month, function word or article.
fn field_word(c: &Ctx, spans: &Spans, k: usize, indonesian: bool) -> bool {
    let w = c.words[k];
    // English role nouns include field words ("Human"): its offices and honorifics only (and
    // an office that ends a field, in `fields_end`).
    let (title, head) = if indonesian {
        (
            c.title(k) || super::portfolio_names::PORTFOLIO_TITLES_ID.contains(w),
            super::super::opens_org_name(w, c.lang) || HEADS_ID.contains(w),
        )
    } else {
        (
            super::super::OFFICES_EN.contains(w),
            HEADS_EN.contains(w) || OTHER_HEADS_EN.contains(w),
        )
    };
    // A given name or a number says another body or a person ("… and Lockheed Martin",
    // "… dan Angkasa Pura II"); an English acronym another body ("… and NATO").
    let other = c.given_name(k)
        || super::schools::is_number(w)
        || !indonesian && super::super::is_acronym(w);
    c.capitalised(k)
        && is_name_word(w)
        && !other
        && !is_trap(w, c.lang)
        && !c.function(k)
        && !title
        && !head
        && !c.honorific(k)
        && !c.in_place(k)
        // "Kota Bogor", "Kabupaten Sleman": the place's noun is the place's.
        && !(super::super::is_class_noun(w, c.lang) && c.in_place(k + 1))
        && !spans
            .iter()
            .any(|s| s.0 <= k && k < s.1 && s.2 != EntityKind::Organization)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in, run_with_places, words};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_ministrys_fields_joined_by_and_are_its_name() {
        let words = [
            "the",
            "Department",
            "of",
            "Health",
            "and",
            "Human",
            "Services",
            "said",
        ];
        assert_eq!(
            run(
                super::apply,
                &words,
                "en",
                &[(1, 4, Organization), (5, 7, Organization)]
            ),
            [(1, 7, Organization)]
        );
        let words = ["Ministry", "of", "Culture", "and", "Tourism", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Organization)]),
            [(0, 5, Organization)]
        );
        let words = [
            "Kementerian",
            "Koordinator",
            "Bidang",
            "Politik",
            ",",
            "Hukum",
            "dan",
            "Keamanan",
            "menyatakan",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Organization)]),
            [(0, 8, Organization)]
        );
    }

    #[test]
    fn an_indonesian_body_may_end_before_a_place_or_a_person() {
        let words = [
            "Dinas",
            "Kesehatan",
            "dan",
            "Kebersihan",
            "Kota",
            "Bogor",
            "menutup",
        ];
        assert_eq!(
            run(
                super::apply,
                &words,
                "id",
                &[(0, 2, Organization), (4, 6, Place)]
            ),
            [(0, 4, Organization), (4, 6, Place)]
        );
        // The place the gazetteer knows, after its noun ("Kota").
        assert_eq!(
            run_with_places(
                super::apply,
                &words,
                "id",
                &[(0, 2, Organization)],
                &[(5, 1, "Bogor")]
            ),
            [(0, 4, Organization)]
        );
        let words = [
            "Badan", "Keuangan", "dan", "Aset", "Daerah", "Sri", "Wahyuni",
        ];
        assert_eq!(
            run(
                super::apply,
                &words,
                "id",
                &[(0, 2, Organization), (5, 7, Person)]
            ),
            [(0, 5, Organization), (5, 7, Person)]
        );
    }

    #[test]
    fn not_another_body_a_place_a_person_or_a_run_that_goes_on() {
        // Another body: a head noun opens it, or the tagger read it as one word.
        let words = [
            "Kementerian",
            "Keuangan",
            "dan",
            "Bank",
            "Indonesia",
            "sepakat",
        ];
        let spans = [(0, 2, Organization), (3, 5, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = [
            "the",
            "Department",
            "of",
            "Justice",
            "and",
            "Google",
            "agreed",
        ];
        let spans = [(1, 4, Organization), (5, 6, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // An article, a person, a place.
        let words = ["the", "Department", "of", "Justice", "and", "the", "FTC"];
        let spans = [(1, 4, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["Ministry", "of", "Defence", "and", "John", "Healey", "said"];
        let spans = [(0, 3, Organization), (4, 6, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["Ministry", "of", "Defence", "and", "France", "agreed"];
        let spans = [(0, 3, Organization)];
        let places = [(4, 1, "France")];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &spans, &places),
            spans
        );
        // The capitals go on past three words, or no conjunction ends the list.
        let words = [
            "Ministry", "of", "Health", "and", "Red", "Cross", "Team", "Leader", "X",
        ];
        let spans = [(0, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["Ministry", "of", "Health", ",", "Education", "said"];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // No "of" after an English head; not in a headline.
        let words = ["Health", "Department", "and", "Police", "said"];
        let spans = [(0, 2, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["Ministry", "of", "Culture", "and", "Tourism", "Says"];
        let spans = [(0, 3, Organization)];
        assert_eq!(run_in(super::apply, &words, "en", &spans, &[], true), spans);
    }

    #[test]
    fn for_serta_and_the_ampersand_join_too_and_a_place_may_follow_in_indonesian() {
        let w = words("the Centers for Medicare & Medicaid Services said");
        assert_eq!(
            run(super::apply, &w, "en", &[(1, 4, Organization)]),
            [(1, 7, Organization)]
        );
        let w = words("Badan Kepegawaian serta Pelatihan Jakarta menyatakan");
        assert_eq!(
            run_with_places(
                super::apply,
                &w,
                "id",
                &[(0, 2, Organization)],
                &[(4, 1, "Jakarta")]
            ),
            [(0, 4, Organization)]
        );
    }

    #[test]
    fn not_a_second_body_an_officer_a_name_that_goes_on_or_a_day() {
        let spans = [(1, 4, Organization)];
        for text in [
            // A given name, a number, an English acronym: another body.
            "the Department of Defense and Lockheed Martin said",
            "the Department of Defense and NATO said",
            // The body's officer; a name longer than its fields.
            "the Department of Health and Human Services Secretary said",
            "the Department of Homeland Security and Immigration and Customs Enforcement",
            // A day after the conjunction.
            "the Department of Health and Monday",
        ] {
            let w = words(text);
            assert_eq!(run(super::apply, &w, "en", &spans), spans, "{text}");
        }
        let w = words("Kementerian Perhubungan dan Angkasa Pura II menyatakan");
        let spans = [(0, 2, Organization)];
        assert_eq!(run(super::apply, &w, "id", &spans), spans);
        // An Indonesian office, and a body of one word the tagger read.
        let w = words("Kementerian Keuangan dan Dirjen Pajak Suryo Utomo hadir");
        let spans = [(0, 2, Organization), (5, 7, Person)];
        assert_eq!(run(super::apply, &w, "id", &spans), spans);
        let w = words("Kementerian Keuangan dan Pertamina sepakat");
        let spans = [(0, 2, Organization), (3, 4, Organization)];
        assert_eq!(run(super::apply, &w, "id", &spans), spans);
    }

    #[test]
    fn english_fields_before_the_head_noun_after_the_open_the_name() {
        let w = words("The Food and Drug Administration approved it");
        assert_eq!(
            run(super::apply, &w, "en", &[(3, 5, Organization)]),
            [(1, 5, Organization)]
        );
        // Not without "the", not a person or place before "and", not a body with no head noun.
        let spans = [(3, 5, Organization)];
        for text in [
            "as Food and Drug Administration approved it",
            "the Sarah and Drug Administration approved it",
        ] {
            let w = words(text);
            assert_eq!(run(super::apply, &w, "en", &spans), spans, "{text}");
        }
        let w = words("the Google and Drug Administration approved it");
        let two = [(1, 2, Organization), (3, 5, Organization)];
        assert_eq!(run(super::apply, &w, "en", &two), two);
        let w = words("the Food and Drug Lobby said");
        assert_eq!(run(super::apply, &w, "en", &spans), spans);
        let w = words("the France and Drug Administration");
        assert_eq!(
            run_with_places(super::apply, &w, "en", &spans, &[(1, 1, "France")]),
            spans
        );
    }

    #[test]
    fn another_bodys_head_a_chamber_an_office_or_a_plural_head_keeps_two_bodies() {
        let w = words("the Ministry of Health and Pasteur Institute said");
        let spans = [(1, 4, Organization), (5, 7, Organization)];
        assert_eq!(run(super::apply, &w, "en", &spans), spans);
        for text in [
            "the Senate and House Intelligence Committee met",
            "the Mayor and City Council agreed",
            "the Justice and Treasury Departments said",
            "the Israeli and Palestinian Authority met",
        ] {
            let w = words(text);
            let spans = [(3, 6, Organization)];
            assert_eq!(run(super::apply, &w, "en", &spans), spans, "{text}");
        }
        // In Indonesian another body may open after the fields.
        let w = words("Kementerian Kelautan dan Perikanan dan Kementerian Pertanian sepakat");
        assert_eq!(
            run(
                super::apply,
                &w,
                "id",
                &[(0, 2, Organization), (5, 7, Organization)]
            ),
            [(0, 4, Organization), (5, 7, Organization)]
        );
    }
}
