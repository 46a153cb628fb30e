//! A person's name starts after the last title word, at the first given name if there is one
//! ("Foreign Minister Penny Wong", "Secretary of State Antony Blinken", "Penyanyi Raisa
//! Andriana"; see `is_title`). After the title of a region's head ("Bupati", "Kajari", …) the
//! region comes before the name: a place the gazetteer knows, or else one word where three or
//! more follow ("Kajari Lhoksukon Teuku Rahmatsyah" → "Teuku Rahmatsyah").

use super::*;

/// Indonesian titles of a region's head or of its body's head, which the region follows
/// ("Bupati Sleman", "Kapolres Bantul"). Sorted.
pub(super) static REGIONAL_TITLES_ID: WordList = WordList::new(
    "bupati camat gubernur kajari kajati kapolda kapolres kapolresta kapolsek lurah walikota",
);

/// Of those, the heads of a region's body, whose title always names the region. Sorted.
static BODY_HEAD_TITLES_ID: WordList =
    WordList::new("kajari kajati kapolda kapolres kapolresta kapolsek");

/// Whether the word at `k`, right after a title, is the acronym of the office's body or
/// portfolio, which a name follows before `end` ("Menteri PUPR Basuki Hadimuljono", "Kepala
/// BNPB Suharyanto", "Direktur Utama BRI Sunarso"): three capitals or more, or two before a
/// name of two words or more ("Gubernur BI Perry Warjiyo"; two before one word are a name's
/// initials: "Jaksa Agung ST Burhanuddin"), and a capitalised name with small letters after it
/// (a line in capitals is all acronyms; "Jenderal SBY mengatakan" names SBY).
pub(super) fn portfolio_at(c: &Ctx, k: usize, end: usize) -> bool {
    // A name with small letters at `t`.
    let named = |t: usize| capitalised(c.words[t]) && c.words[t].chars().any(char::is_lowercase);
    k >= 1
        && k + 1 < end
        && c.title(k - 1)
        && (c.words[k].len() >= 3 || k + 2 < end && named(k + 2))
        && super::super::is_acronym(c.words[k])
        && named(k + 1)
}

/// Indonesian titles of a body's head, which the body's name follows ("Dirut Pertamina Nicke
/// Widyawati", "Ketua Gerindra …"). Sorted.
static BODY_TITLES_ID: WordList = WordList::new("dirut kepala ketua ketum komut sekjen");

/// Whether word `k`, after the title at `t` inside an unsure span ending at `end`, is a body's
/// one word before the name: after a body's head, before a name of two words ("Dirut Pertamina
/// Nicke Widyawati"; a name of three after it may be a person's alone);
/// after an office of two words that ends in "Umum", "Harian" and the like, before a name of
/// two or three ("Ketua Harian Gerindra Sufmi Dasco Ahmad"). Not a given name.
fn body_before_name(c: &Ctx, t: usize, k: usize, end: usize) -> bool {
    let w = c.words;
    let names = end - k - 1;
    let head = BODY_TITLES_ID.contains(w[t]) && names == 2;
    let office = t >= 1
        && BODY_TITLES_ID.contains(w[t - 1])
        && c.capitalised(t)
        && c.title(t)
        && (2..=3).contains(&names);
    (head || office) && c.capitalised(k) && !c.given_name(k)
}

/// Where the name in an unsure person's span `i..j` (or an English body's the tagger doubts:
/// "Prime Minister Rishi Sunak") starts: after the last title the tagger
/// read into it ("Mendagri Tito Karnavian", "Menko Polhukam Mahfud MD"), the acronym of the
/// office's body after a title, inside the span or before it ("Menteri PUPR Basuki
/// Hadimuljono"), and after a body's head the body's one word before the name
/// ([`body_before_name`]: "Dirut Pertamina Nicke Widyawati"). Not where a unit of the map, a
/// class noun or a body's head word follows the title ("Kepala Desa Sukamaju" is an office and
/// a village): then the span stays as it is.
pub(in super::super) fn name_start(c: &Ctx, i: usize, j: usize) -> usize {
    let Some(t) = (i..j - 1).rev().find(|&k| c.title(k)) else {
        // The title may stand before the span ("Menteri" before "PUPR Basuki Hadimuljono").
        return i + usize::from(portfolio_at(c, i, j));
    };
    let mut k = t + 1;
    if super::super::is_class_noun(c.words[k], c.lang) || super::super::is_org_head(c.words[k]) {
        return i;
    }
    if portfolio_at(c, k, j) || body_before_name(c, t, k, j) {
        k += 1;
    }
    k
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        if s.0 >= s.1 {
            continue;
        }
        if s.2 == EntityKind::Person {
            // "Secretary of State Antony Blinken", "Speaker of the House Mike Johnson": the
            // words after "of" (and "the") a title are the office's, up to the first given
            // name.
            let of_title = |k: usize| k >= 2 && words[k - 1] == "of" && c.title(k - 2);
            if (of_title(s.0) || s.0 >= 1 && words[s.0 - 1] == "the" && of_title(s.0 - 1))
                && !is_given_name(words[s.0])
            {
                // Failing a given name, one word of three or more ("State Antony Blinken").
                match (s.0 + 1..s.1).find(|&k| is_given_name(words[k])) {
                    Some(g) => s.0 = g,
                    None if s.1 - s.0 >= 3 => s.0 += 1,
                    None => {}
                }
            }
            // "Foreign Minister Penny Wong", "Secretary of State Antony Blinken": the name starts
            // after the last title word, at the first given name if there is one.
            let inner_title = (s.0..s.1 - 1).rev().find(|&k| c.title(k));
            // A title before the span, the body's acronym in it: "Letjen TNI Suharyanto".
            if inner_title.is_none() && portfolio_at(c, s.0, s.1) {
                s.0 += 1;
            }
            if let Some(t) = inner_title {
                s.0 = (t + 1..s.1 - 1)
                    .find(|&k| is_given_name(words[k]))
                    .unwrap_or(t + 1);
                while s.0 < s.1 - 1 && c.function(s.0) {
                    s.0 += 1;
                }
                if s.0 == t + 1 && portfolio_at(c, s.0, s.1) {
                    s.0 += 1;
                }
                if matches!(lang.code(), Some("id" | "ms"))
                    && s.0 == t + 1
                    && REGIONAL_TITLES_ID.contains(words[t])
                {
                    match places.iter().find(|p| p.0 == s.0) {
                        Some(p) if s.0 + p.1 < s.1 => s.0 += p.1,
                        Some(_) => {}
                        // The head of a region's body always names the region ("Kajari
                        // Lhoksukon"); a governor or regent may be named at once ("Gubernur
                        // Khofifah Indar Parawansa").
                        None if s.1 - s.0 >= 3
                            && BODY_HEAD_TITLES_ID.contains(words[t])
                            && !is_given_name(words[s.0]) =>
                        {
                            s.0 += 1
                        }
                        None => {}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_bodys_acronym_after_a_title_before_the_span_is_outside_the_name() {
        let words = ["Kepala", "BNPB", "Letjen", "TNI", "Suharyanto", "meminta"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 5, Person)]),
            [(4, 5, Person)]
        );
        // Two capitals are a name's initials.
        let words = ["Jaksa", "Agung", "ST", "Burhanuddin", "mengatakan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 4, Person)]),
            [(2, 4, Person)]
        );
    }

    #[test]
    fn a_persons_name_starts_after_the_last_title_word() {
        let words = ["Foreign", "Minister", "Penny", "Wong", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
    }

    #[test]
    fn the_words_after_a_titles_of_are_the_offices() {
        let words = ["Speaker", "of", "the", "House", "Dana", "Whitfield", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(3, 6, Person)]),
            [(4, 6, Person)]
        );
        let words = ["Secretary", "of", "State", "Marta", "Olsen", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 5, Person)]),
            [(3, 5, Person)]
        );
    }

    #[test]
    fn an_indonesian_office_of_two_words_is_the_title() {
        // "Jaksa Agung" (the Attorney General), "Jaksa Agung Muda"; "Agung" alone is a name.
        let words = ["Jaksa", "Agung", "ST", "Burhanuddin", "mengatakan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
        let words = ["Jaksa", "Agung", "Muda", "Febrie", "Adriansyah"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 5, Person)]),
            [(3, 5, Person)]
        );
        let words = ["Menteri", "Agung", "Laksono", "hadir"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
    }

    #[test]
    fn a_portfolio_after_an_office_is_the_offices() {
        // A body's acronym after the title, and a coordinating minister's portfolio.
        let words = ["Menteri", "PUPR", "Budi", "Santoso", "meninjau"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
        let words = ["Menko", "Polhukam", "Budi", "Santoso", "meninjau"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
        // Contracted offices are titles too.
        let words = ["Mendagri", "Budi", "Santoso", "meninjau"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
        // A word of the office after the title ("Direktur Utama", "Ketua Umum").
        let words = ["Direktur", "Utama", "BRI", "Budi", "Santoso", "mengatakan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 5, Person)]),
            [(3, 5, Person)]
        );
        // In capitals every word is an acronym.
        let words = ["MENTERI", "PUPR", "BUDI", "SANTOSO", "TIBA"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Person)]),
            [(1, 4, Person)]
        );
        // No title before the acronym, or nothing after it: the acronym stays.
        let words = ["kata", "BNPB", "Santoso", "kemarin"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        // A word after "Menko" that is no portfolio is the name.
        let words = ["Menko", "Budi", "Santoso", "meninjau"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
    }

    #[test]
    fn an_unsure_persons_name_starts_after_the_titles_in_it() {
        let words = ["Wamenkeu", "Budi", "Santoso", "tiba"];
        let start = |words: &[&str], i, j| {
            crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
            let glued = vec![false; words.len()];
            let c = super::Ctx::new(words, &[], super::Lang::from_tag("id"), &glued, true);
            super::name_start(&c, i, j)
        };
        assert_eq!(start(&words, 0, 3), 1);
        let words = ["Menteri", "PUPR", "Budi", "Santoso", "tiba"];
        assert_eq!(start(&words, 1, 4), 2);
        let words = ["Budi", "Santoso", "tiba"];
        assert_eq!(start(&words, 0, 2), 0);
        // A body's one word after its head's title, before a name of two.
        let words = ["Dirut", "Sentosa", "Budi", "Santoso", "mengatakan"];
        assert_eq!(start(&words, 0, 4), 2);
        // An office and a unit of the map: no name in it.
        let words = ["Kepala", "Desa", "Sukamaju", "hadir"];
        assert_eq!(start(&words, 0, 3), 0);
        // The body after an office that ends in "Harian", "Umum"; the title before the span.
        let words = [
            "Ketua",
            "Harian",
            "Gerindra",
            "Sufmi",
            "Dasco",
            "Ahmad",
            "menanggapi",
        ];
        assert_eq!(start(&words, 1, 6), 3);
        // A body's acronym after a title before the span (of the map's units' acronyms too).
        let words = ["Kepala", "BPBD", "Budi", "Santoso", "mengatakan"];
        assert_eq!(start(&words, 1, 4), 2);
        // Of two letters before a name of two words or more; before one word two capitals are
        // the name's initials.
        let words = ["Gubernur", "VK", "Kari", "Halvorsen", "mengatakan"];
        assert_eq!(start(&words, 1, 4), 2);
        let words = ["Gubernur", "VK", "Halvorsen", "mengatakan"];
        assert_eq!(start(&words, 1, 3), 1);
        // Not after an office that heads no body's name, nor a name of three words after a
        // body's head alone, nor a given name.
        let words = ["Pelatih", "Bima", "Sakti", "Tukiman", "datang"];
        assert_eq!(start(&words, 0, 4), 1);
        let words = ["Ketua", "Dahnil", "Anzar", "Simanjuntak", "Putra", "datang"];
        assert_eq!(start(&words, 0, 5), 1);
        let words = ["Ketua", "Harian", "Michael", "Jordan", "Smith", "datang"];
        assert_eq!(start(&words, 0, 5), 2);
    }

    #[test]
    fn an_organisations_name_keeps_its_words() {
        let words = ["Minister", "of", "Finance", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Organization)]),
            [(0, 3, Organization)]
        );
    }

    #[test]
    fn offices_compromise_lacks_are_titles_too() {
        // "Senator", "Governor", "Ambassador": baca's `HONORIFICS_EN`.
        for title in ["Senator", "Governor", "Ambassador"] {
            let words = [title, "Maria", "Lopez", "said"];
            assert_eq!(
                run(super::apply, &words, "en", &[(0, 3, Person)]),
                [(1, 3, Person)],
                "{title}"
            );
        }
    }

    #[test]
    fn the_words_after_of_a_title_are_the_offices() {
        let words = ["Secretary", "of", "State", "Anthony", "Blinken", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 5, Person)]),
            [(3, 5, Person)]
        );
        let words = ["Secretary", "of", "State", "Antony", "Blinken", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 5, Person)]),
            [(3, 5, Person)]
        );
        // Not a name of two words without a given name.
        let words = ["Secretary", "of", "State", "Blinken"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 4, Person)]),
            [(2, 4, Person)]
        );
    }

    #[test]
    fn the_region_after_a_regional_title_is_not_the_name() {
        let words = ["Kajari", "Lhoksukon", "Teuku", "Rahmatsyah", "menyebutkan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
        // A governor's three-word name is the whole name.
        let words = ["Gubernur", "Khofifah", "Indar", "Parawansa", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(1, 4, Person)]
        );
        // A two-word name after the title may be the whole name.
        let words = ["Bupati", "Anas", "Urbaningrum", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
    }

    #[test]
    fn an_indonesian_office_or_occupation_is_a_title() {
        let words = ["Penyanyi", "Charlotte", "Gunawan", "berpesta"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
        // A given name that is also a word for a role is not on the list ("Imam").
        let words = ["Imam", "Nahrawi", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }
}
