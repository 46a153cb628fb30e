//! A body named after the noun for its trade: "carmaker Toyota", "news agency Reuters", "law
//! firm Baker McKenzie", "maskapai Garuda Indonesia", "produsen ban Pirelli". Business news writes a company's trade before its name as an apposition; the
//! tagger, which has not met most companies, reads the name as a person's or not at all.
//!
//! A lower-case noun of [`TRADES_EN`] or [`TRADES_ID`], then one to three capitalised words (or
//! acronyms) that end the capitals: one organisation, in place of what the tagger read there,
//! unless the tagger's span runs on past them or the words are only a known place. Nouns that
//! also come before a person's name are left out ("broadcaster David Attenborough", "publisher
//! Rupert Murdoch", "developer", "rival"), and "maker" alone ("film maker Steven Spielberg").
//! English also names a news outlet before its noun ("the state Vestrika news agency", "the
//! Halden Tribune newspaper"), where the tagger read nothing there. Not in a headline, whose
//! capitals say nothing.

use super::*;

/// English nouns for a body's trade that come right before its name. General vocabulary,
/// written for baca. Sorted.
static TRADES_EN: WordList = WordList::new(
    "agency airline automaker bank brewer carmaker chipmaker conglomerate drugmaker firm \
     insurer lender newspaper planemaker retailer startup steelmaker supermarket",
);

/// Indonesian and Malay nouns for a body's trade before its name ("maskapai Garuda", "produsen
/// ban Pirelli" after the product, "bank BRI"). General vocabulary, written for baca. Sorted.
static TRADES_ID: WordList =
    WordList::new("bank emiten maskapai operator pabrikan perusahaan produsen startup");

/// Products an Indonesian maker's noun may name before the maker ("produsen ban Pirelli",
/// "pabrikan mobil Toyota"). General vocabulary, written for baca. Sorted.
static PRODUCTS_ID: WordList =
    WordList::new("ban elektronik minuman mobil motor obat otomotif pesawat ponsel rokok");

/// Verbs that "firm" follows as an adjective ("remain firm", "stood firm"). Sorted.
static ADJECTIVE_FIRM: WordList =
    WordList::new("held hold holds remain remained remains stand stands stay stayed stood");

/// Endings of English adjectives for peoples and places that no country's name forms and
/// compromise's demonyms lack ("British", "Swedish", "Yugoslavian", "European"): before an
/// outlet's noun such a word says whose it is, not what it is called.
const ADJECTIVE_ENDINGS: [&str; 4] = ["ish", "ese", "ian", "ean"];

/// English adjectives for languages, peoples and blocs that neither a country's name nor
/// compromise's demonyms give, and no ending above marks ("an Arabic newspaper", "the Soviet
/// news agency"). General vocabulary, written for baca. Sorted.
static ADJECTIVES_EN: WordList = WordList::new(
    "arab arabic baltic basque bengali communist eastern gujarati hebrew hindi latin malay \
     nordic northern pashto punjabi sinhala slav slavic southern soviet swahili tamil urdu \
     western yiddish yugoslav zulu",
);

/// The most words a body's name after its trade runs to.
const MOST: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (trades, indonesian) = match c.lang.code() {
        Some("en") => (&TRADES_EN, false),
        Some("id" | "ms") => (&TRADES_ID, true),
        _ => return,
    };
    if c.title_case {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    let lower = |k: usize| words[k].starts_with(|ch: char| ch.is_lowercase());
    // A word of the name: capitalised letters and digits (perhaps a possessive: "Toyota's"),
    // no function word, title, day or month ("The lender Tuesday posted …").
    let word = |k: usize| {
        c.capitalised(k)
            && without_possessive(words[k])
                .chars()
                .all(|ch| is_alphanumeric(ch) || ch == '-' || ch == '&')
            && !c.function(k)
            && !c.title(k)
            && !is_trap(words[k], c.lang)
    };
    for k in 0..n.saturating_sub(1) {
        if !(lower(k) && trades.contains(words[k])) {
            continue;
        }
        // "firm" is an adjective too ("a firm Republican opposition", "stood firm"): a noun
        // after "the" or after a noun of its trade ("law firm", "consulting firm").
        if words[k] == "firm"
            && !(k >= 1
                && (words[k - 1] == "the"
                    || (lower(k - 1)
                        && !c.function(k - 1)
                        && !matches!(words[k - 1], "a" | "an")
                        && !ADJECTIVE_FIRM.contains(words[k - 1]))))
        {
            continue;
        }
        // "produsen ban Pirelli": the product between the maker's noun and its name.
        let a = if indonesian && k + 2 < n && lower(k + 1) && PRODUCTS_ID.contains(words[k + 1]) {
            k + 2
        } else {
            k + 1
        };
        let run = (a..n.min(a + MOST + 1)).take_while(|&t| word(t)).count();
        if run == 0 || run > MOST {
            continue;
        }
        let b = a + run;
        // A known place alone ("bank Indonesia" aside from its capital) is where, not whose; one
        // that opens the run says whose country the body is ("perusahaan China Huawei").
        let a = match c.places.iter().find(|p| p.0 == a) {
            Some(p) if p.0 + p.1 >= b => continue,
            Some(p) => p.0 + p.1,
            None => a,
        };
        // The tagger's name that runs on past the words is another reading; leave it.
        if spans
            .iter()
            .any(|s| (s.0 < a && a < s.1) || (s.0 < b && b < s.1))
        {
            continue;
        }
        put(spans, [(a, b, EntityKind::Organization)]);
    }
    // English also writes a news outlet's name before its noun: "the state Vestrika news
    // agency", "the Halden Tribune newspaper". One to three capitalised words (perhaps after an
    // owner's possessive: "Norway's Vestrika news agency") where the tagger read nothing: no
    // word for a people, a language or a faith ("the Iranian news agency", "an Arabic
    // newspaper", "a Catholic newspaper"), no compound of a lower-case word ("an
    // English-language newspaper", "a Jakarta-based newspaper"), not only a known place ("a
    // Berlin newspaper"), nor before the outlet's own name after its noun ("the Soviet news
    // agency Tass").
    if !indonesian {
        for k in 1..n {
            let outlet = lower(k)
                && (words[k] == "newspaper"
                    || words[k] == "news" && words.get(k + 1) == Some(&"agency"));
            if !outlet {
                continue;
            }
            let after = if words[k] == "news" { k + 2 } else { k + 1 };
            if after < n && c.capitalised(after) {
                continue;
            }
            let possessive = |t: usize| has_possessive(words[t]);
            let name = |t: usize| {
                let w = words[t];
                word(t)
                    && !possessive(t)
                    && !w
                        .split('-')
                        .skip(1)
                        .any(|part| part.starts_with(char::is_lowercase))
                    && !super::demonyms::is_english_people_word(w)
                    && !super::religions::is_english_religion_word(w)
                    && !crate::support::case::with_lowercase(w, |l| ADJECTIVES_EN.contains(l))
                    && !ADJECTIVE_ENDINGS.iter().any(|e| {
                        let w = w.as_bytes();
                        w.len() > e.len()
                            && w[w.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
                    })
            };
            let run = (0..k).rev().take_while(|&t| name(t)).count();
            let before = k - run;
            if run == 0
                || run > MOST
                || (before > 0 && c.capitalised(before - 1) && !possessive(before - 1))
            {
                continue;
            }
            let (a, b) = (before, k);
            if c.places.iter().any(|p| p.0 == a && p.0 + p.1 >= b)
                || spans.iter().any(|s| s.0 < b && a < s.1)
            {
                continue;
            }
            put(spans, [(a, b, EntityKind::Organization)]);
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_title_case, run_with_places};
    use crate::text::EntityKind::*;

    #[test]
    fn a_name_after_the_noun_for_its_trade_is_a_body() {
        let words = ["Italian", "carmaker", "Ferrari", "reported", "profits"];
        let out = run(super::apply, &words, "en", &[(2, 3, Person)]);
        assert_eq!(out, [(2, 3, Organization)]);
        let words = ["news", "agency", "AFP", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 3, Organization)]);
        let words = ["maskapai", "Garuda", "Indonesia", "menunda"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Organization)]);
        let words = ["produsen", "ban", "Pirelli", "dengan"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 3, Organization)]);
    }

    #[test]
    fn an_outlets_name_before_its_noun_is_a_body() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        let words = ["the", "state", "Vestrika", "news", "agency", "reported"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 3, Organization)]);
        let words = ["the", "Halden", "Tribune", "newspaper", "wrote"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 3, Organization)]);
        // After an owner's possessive.
        let words = ["Norway's", "Vestrika", "news", "agency", "reported"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 2, Organization)]);
    }

    #[test]
    fn not_a_word_for_a_people_a_language_or_a_faith_nor_what_the_tagger_read() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        for adjective in [
            "Iranian",
            "Danish",
            "Arabic",
            "Soviet",
            "Catholic",
            "English-language",
        ] {
            let words = ["a", adjective, "newspaper", "ran", "it"];
            assert!(
                run(super::apply, &words, "en", &[]).is_empty(),
                "{adjective}"
            );
        }
        // A day, a place alone, the end of a longer run.
        let words = ["the", "Sunday", "newspaper", "said"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        let words = ["a", "Berlin", "newspaper", "said"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(1, 1, "Berlin")]);
        assert!(out.is_empty());
        let words = ["In", "The", "New", "York", "Times", "Magazine", "newspaper"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        // The owner the tagger read stays a person ("a Halvorsen newspaper").
        let words = ["a", "Halvorsen", "newspaper", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 2, Person)]),
            [(1, 2, Person)]
        );
        // The outlet's own name after its noun is the name.
        let words = ["the", "Soviet", "news", "agency", "Tass", "reported"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(4, 5, Organization)]);
    }

    #[test]
    fn a_country_before_the_name_stays_a_place_and_a_day_ends_it() {
        let words = ["perusahaan", "China", "Huawei", "menolak"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "China")]);
        assert_eq!(out, [(2, 3, Organization)]);
        let words = ["The", "lender", "Tuesday", "posted", "a", "loss"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
    }

    #[test]
    fn firm_the_adjective_names_nothing() {
        let words = ["a", "firm", "Republican", "opposition"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        let words = ["law", "firm", "Baker", "McKenzie", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Organization)]);
    }

    #[test]
    fn nouns_left_out_because_they_also_come_before_people_say_nothing() {
        let words = ["film", "maker", "Steven", "Spielberg", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 4, Person)]),
            [(2, 4, Person)]
        );
        let words = ["broadcaster", "David", "Attenborough", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
    }

    #[test]
    fn not_a_run_that_goes_on_nor_a_name_the_tagger_reads_longer() {
        let words = ["firm", "Baker", "McKenzie", "Hill", "Knowlton", "said"];
        assert!(run(super::apply, &words, "en", &[]).is_empty());
        let words = ["lender", "Bank", "of", "America", "said"];
        let out = run(super::apply, &words, "en", &[(1, 4, Organization)]);
        assert_eq!(out, [(1, 4, Organization)]);
    }

    #[test]
    fn not_in_a_headline() {
        let words = ["Carmaker", "Toyota", "Recalls", "Cars"];
        assert!(run_title_case(super::apply, &words, "en", &[]).is_empty());
    }
}
