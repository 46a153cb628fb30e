//! A company's legal form makes its name one organisation, the form inside (CONVENTIONS: "PT
//! Kereta Api Indonesia", "Apple Inc."): Indonesian and Malay write it first ("PT Astra
//! Otoparts Tbk", "CV Maju Jaya", "UD Sumber Rejeki", a state company's "Perum Bulog", a
//! region's "Perumda Pasar Jaya") and a listed company's "Tbk" or a state company's
//! "(Persero)" last; English, German, Dutch, French, Spanish and Portuguese write it last
//! ("Enron Corp.", "Siemens AG", "Ahold NV", "Renault SA"). Certain: the text says what it is,
//! whatever the tagger made of the words (a company named after its founder is no person).
//!
//! The name is the capitalised run the form opens or ends (at most [`MOST`] words; "&" and "of"
//! between capitalised words belong to it: "Procter & Gamble Co.", "Bank of America Corp.").
//! After "Tbk" or "(Persero)" an Indonesian name ends, and a person the tagger ran into it is
//! the person again ("Direktur PT Astra Otoparts Tbk Yusak Kristian").

use super::*;

/// Legal forms that open a name in Indonesian and Malay text, capitalised: "PT"
/// (perseroan terbatas), "CV" (commanditaire vennootschap), "UD" (usaha dagang). Sorted.
static OPENING_ID: WordList = WordList::new("cv pt ud");

/// The state's and the regions' public companies' forms, written capitalised: "Perum"
/// (perusahaan umum), "Perumda" (perusahaan umum daerah).
const OPENING_PUBLIC_ID: &[&str] = &["Perum", "Perumda"];

/// Whether `word` is a legal form that opens a name in Indonesian and Malay text, as
/// companies write it ("PT", "Perum"; not "pt", "perum").
pub(in super::super) fn opening_id(word: &str) -> bool {
    word.len() == 2 && capitalised(word) && OPENING_ID.contains(word)
        || OPENING_PUBLIC_ID.contains(&word)
}

/// Legal forms that end a name in Indonesian and Malay text ("Tbk", "Persero" in brackets).
static ENDING_ID: WordList = WordList::new("persero tbk");

/// Legal forms that end a name, by language, written as companies write them (the case counts:
/// "Co" is a company, "co" is not). Each a general list of the language's company forms.
const ENDING: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Co", "Corp", "Inc", "LLC", "LLP", "Ltd", "PLC", "Plc", "plc", "Pty",
        ],
    ),
    ("de", &["AG", "GmbH", "KG", "KGaA", "SE"]),
    ("nl", &["BV", "NV", "B.V", "N.V"]),
    ("fr", &["SA", "SARL", "SAS"]),
    ("es", &["SA", "S.A", "Ltda", "SpA", "Srl"]),
    ("pt", &["SA", "S.A", "Ltda", "SpA", "Srl"]),
    ("it", &["SA", "S.A", "Ltda", "SpA", "Srl"]),
];

/// Whether `word` is a legal form that ends a name in `lang`'s text.
fn ending(word: &str, lang: Lang) -> bool {
    let code = lang.code().unwrap_or("");
    ENDING
        .iter()
        .any(|(c, forms)| *c == code && forms.contains(&word))
}

/// Forms written with a period ("Corp.", "Inc."): the period belongs to the name.
const DOTTED: &[&str] = &["B.V", "Co", "Corp", "Inc", "Ltd", "N.V", "Pty", "S.A"];

/// The most words a company's name runs to, its form aside.
const MOST: usize = 6;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    let indonesian = super::super::is_id_or_ms(c.lang);
    let name_word = |k: usize| {
        c.capitalised(k)
            && words[k].chars().any(is_alphabetic)
            && words[k]
                .chars()
                .all(|ch| is_alphanumeric(ch) || ch == '-' || ch == '.')
            && !c.function(k)
    };
    // A joiner between two name words: "Procter & Gamble", "Bank of America".
    let joiner = |k: usize| matches!(words[k], "&" | "of");
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < n {
        // "PT Astra Otoparts Tbk", "PT Kereta Api Indonesia (Persero)".
        if indonesian && opening_id(words[k]) {
            // A title, a person the tagger found or a given name ends the name ("PT Pertamina
            // Direktur Utama Nicke Widyawati", "PR PT Evoluzione Alessandro Monzani").
            let person_at = |t: usize| {
                spans.iter().any(|s| s.0 == t && s.2 == EntityKind::Person)
                    || is_given_name(words[t])
            };
            let mut end = k + 1;
            while end < n && end - k <= MOST {
                if name_word(end)
                    && !ENDING_ID.contains(words[end])
                    && !c.title(end)
                    && (end == k + 1 || !person_at(end))
                {
                    end += 1;
                } else if joiner(end) && end + 1 < n && name_word(end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            let run = end;
            end = after_ending(words, end);
            // "Perum" is also a housing estate's word ("Perum Griya Asri", perumahan): the
            // state's companies it opens are one word ("Perum Bulog", "Perum Damri").
            let estate = words[k] == "Perum" && run != k + 2;
            // In a headline every word is capitalised: only a name its form closes.
            if run > k + 1 && (!c.title_case || end > run) && !estate {
                found.push((k, end));
                k = end;
                continue;
            }
        }
        // "Enron Corp.", "Siemens AG": back from the form over the name.
        if ending(words[k].trim_end_matches('.'), c.lang) && k > 0 {
            // Not over a title ("CEO of Apple Inc."), "of" only after a body's head noun ("Bank
            // of America Corp.", not "Shares of Apple Inc."), and in a headline, whose words
            // are all capitalised, the one word before the form ("Investors Sue Enron Corp").
            let most = if c.title_case { 1 } else { MOST };
            // A comma may stand before the form ("Google, Inc.", "CCNG, Inc."): the name is
            // read back from before it, the comma inside.
            let comma = k >= 2 && words[k - 1] == "," && name_word(k - 2) && !c.title(k - 2);
            let form_at = if comma { k - 1 } else { k };
            let mut start = form_at;
            while start > 0 && form_at - start < most {
                let w = start - 1;
                if name_word(w) && !c.title(w) && !(opens(words, w) && c.function(w)) {
                    start -= 1;
                } else if start >= 2
                    && start < form_at
                    && name_word(start - 2)
                    && (words[w] == "&"
                        || words[w] == "of" && super::super::is_org_head(words[start - 2]))
                {
                    start -= 2;
                } else {
                    break;
                }
            }
            if start < form_at {
                let end = if k + 1 < n && words[k + 1] == "." && DOTTED.contains(&words[k]) {
                    // The form's own period ("Corp."), which the tokenizer splits off.
                    k + 2
                } else {
                    k + 1
                };
                found.push((start, end.min(n)));
            }
        }
        k += 1;
    }
    for (a, b) in found {
        let mut rest: Option<(usize, usize, EntityKind)> = None;
        for s in spans.iter().filter(|s| s.0 < b && a < s.1) {
            // A person run into the company's name after its closing form.
            if indonesian && s.1 > b && b > a && ENDING_ID.contains(last_word(words, b)) {
                let len = s.1 - b;
                let form = |t: usize| ENDING_ID.contains(words[t]) || opening_id(words[t]);
                if (1..=4).contains(&len) && (b..s.1).all(|t| c.name_part(t) && !form(t)) {
                    rest = Some((b, s.1, EntityKind::Person));
                }
            }
        }
        spans.retain(|s| s.1 <= a || b <= s.0);
        spans.push((a, b, EntityKind::Organization));
        spans.extend(rest);
    }
    spans.sort_by_key(|s| s.0);
}

/// A company's name without its legal forms, where it has one and something is left: "Astra
/// Otoparts" of "PT Astra Otoparts Tbk", "Kereta Api Indonesia" of "PT Kereta Api Indonesia
/// (Persero)", "Procter & Gamble" of "Procter & Gamble Co.".
pub(in super::super) fn bare_company_name(name: &str) -> Option<&str> {
    let mut bare = name.trim();
    if let Some((first, rest)) = bare.split_once(' ') {
        // As companies write it: "PT", not "pt" ("str::to_lowercase" would bring the
        // standard library's case tables into the wasm, 16 KB raw).
        if opening_id(first) {
            bare = rest;
        }
    }
    while let Some(rest) = ["(Persero)", "Tbk", "Tbk."]
        .iter()
        .find_map(|form| bare.strip_suffix(form))
    {
        bare = rest.trim_end();
    }
    if let Some((rest, last)) = bare.rsplit_once(' ') {
        let form = last.trim_end_matches('.');
        if ENDING.iter().any(|(_, forms)| forms.contains(&form)) {
            bare = rest.trim_end_matches(',').trim_end();
        }
    }
    // One word left is often a word too ("News" of "News Corp.", "Garam" of "PT Garam
    // (Persero)"): a name of two words at least.
    (bare.len() < name.trim().len() && bare.contains(' ') && bare.chars().any(is_alphabetic))
        .then_some(bare)
}

/// Where an Indonesian company's name ends after its run of name words: past "Tbk" or
/// "(Persero)" where they follow.
fn after_ending(words: &[&str], mut end: usize) -> usize {
    // Both may follow: "PT Bank Rakyat Indonesia (Persero) Tbk".
    loop {
        end = match words.get(end..) {
            Some([tbk, ..]) if tbk.eq_ignore_ascii_case("tbk") => end + 1,
            Some(["(", persero, ")", ..]) if persero.eq_ignore_ascii_case("persero") => end + 3,
            _ => return end,
        };
    }
}

/// The last word of a name ending at `b`, a closing bracket aside ("(Persero)").
fn last_word<'w>(words: &[&'w str], b: usize) -> &'w str {
    match words[..b] {
        [.., w, ")"] => w,
        [.., w] => w,
        [] => "",
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn an_indonesian_company_opens_with_its_form_and_may_end_with_one() {
        let words = ["PT", "Astra", "Otoparts", "Tbk", "meluncurkan", "ban", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(0, 4, Organization)]);
        let words = [
            "oleh",
            "PT",
            "Kereta",
            "Api",
            "Indonesia",
            "(",
            "Persero",
            ")",
            ".",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 8, Organization)]);
        // A person the tagger ran into the name after "Tbk" is the person.
        let words = [
            "kata", "Direktur", "PT", "Astra", "Otoparts", "Tbk", "Yusak", "Kristian", ",",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 8, Organization)]),
            [(2, 6, Organization), (6, 8, Person)]
        );
        // Whatever the tagger made of the words: "Astra" is no person here.
        let words = ["PT", "Astra", "Otoparts", "bekerja", "sama"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(0, 3, Organization)]
        );
    }

    #[test]
    fn a_public_company_and_a_trading_firm_open_with_their_forms() {
        // A title, or a person the tagger found, after the name ends it.
        let words = [
            "Direktur", "Utama", "Perum", "Damri", "Andi", "Susanto", "berkata",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(4, 6, Person)]),
            [(2, 4, Organization), (4, 6, Person)]
        );
        let words = [
            "kios", "UD", "Maju", "Makmur", "dan", "Perumda", "Air", "Minum",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[]),
            [(1, 4, Organization), (5, 8, Organization)]
        );
        // Written as companies do: "perum" in lower case is a housing estate's word.
        let words = ["rumah", "di", "perum", "Griya", "Asri"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        assert_eq!(
            super::bare_company_name("Perum Jasa Tirta"),
            Some("Jasa Tirta")
        );
    }

    #[test]
    fn a_company_ends_with_its_form_in_english_and_german() {
        let words = ["shares", "of", "Enron", "Corp", ".", "fell"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 5, Organization)]);
        let words = ["Procter", "&", "Gamble", "Co", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(0, 4, Organization)]);
        let words = ["Bank", "of", "America", "Corp", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(0, 4, Organization)]);
        let words = ["die", "Siemens", "AG", "meldete"];
        assert_eq!(run(super::apply, &words, "de", &[]), [(1, 3, Organization)]);
        // A comma before the form: one name, not the form alone as a second body.
        let words = ["by", "Google", ",", "Inc", ".", "and"];
        assert_eq!(
            run(
                super::apply,
                &words,
                "en",
                &[(1, 2, Organization), (3, 4, Organization)]
            ),
            [(1, 5, Organization)]
        );
        // Not over a title before the comma.
        let words = ["the", "Chairman", ",", "Inc", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }

    #[test]
    fn a_company_goes_by_its_name_without_its_form() {
        use super::bare_company_name as bare;
        assert_eq!(bare("PT Astra Otoparts Tbk"), Some("Astra Otoparts"));
        assert_eq!(
            bare("PT Kereta Api Indonesia (Persero)"),
            Some("Kereta Api Indonesia")
        );
        assert_eq!(bare("Procter & Gamble Co."), Some("Procter & Gamble"));
        assert_eq!(
            bare("PT Bank Rakyat Indonesia (Persero) Tbk"),
            Some("Bank Rakyat Indonesia")
        );
        // One word left is none: "News" of "News Corp.", "Garam" of "PT Garam (Persero)".
        for name in [
            "Astra Otoparts",
            "Bank Mandiri",
            "PT",
            "Inc.",
            "News Corp.",
            "PT Garam (Persero)",
        ] {
            assert_eq!(bare(name), None, "{name}");
        }
    }

    #[test]
    fn no_company_without_its_form_and_a_name() {
        // A form alone, in lower case, or in another language's text; "PT" in lower case, or
        // with no name after it; a sentence's opening function word is no part of the name.
        for (words, lang) in [
            (&["the", "Inc", "said"][..], "en"),
            (&["a", "co", "founder"][..], "en"),
            (&["die", "Siemens", "AG"][..], "en"),
            (&["pt", "Astra", "Otoparts"][..], "id"),
            (&["PT", "dan", "CV"][..], "id"),
        ] {
            assert_eq!(run(super::apply, words, lang, &[]), [], "{words:?}");
        }
        // A title or a person ends an Indonesian company's name; a headline's needs its end.
        let words = ["PT", "Pertamina", "Direktur", "Utama", "Nicke", "Widyawati"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(0, 2, Organization)]);
        let words = ["PT", "Pertamina", "Nicke", "Widyawati", "berkata"];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 4, Person)]),
            [(0, 2, Organization), (2, 4, Person)]
        );
        // Both closing forms; no person made of a form.
        let words = [
            "PT",
            "Bank",
            "Rakyat",
            "Indonesia",
            "(",
            "Persero",
            ")",
            "Tbk",
            "mencatat",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 8, Organization)]),
            [(0, 8, Organization)]
        );
        let words = ["PR", "PT", "Evoluzione", "Alessandro", "Monzani", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Organization)]);
        let words = ["PT", "Astra", "Luncurkan", "Ban", "Baru"];
        assert_eq!(
            super::super::tests::run_title_case(super::apply, &words, "id", &[]),
            []
        );
        // Not over a title or "Shares of"; a headline's name is the word before the form.
        let words = ["Shares", "of", "Apple", "Inc", ".", "rose"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 5, Organization)]);
        let words = ["Tim", "Cook", ",", "CEO", "of", "Apple", "Inc", ".", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(5, 8, Organization)]);
        let words = ["Investors", "Sue", "Enron", "Corp"];
        assert_eq!(
            super::super::tests::run_title_case(super::apply, &words, "en", &[]),
            [(2, 4, Organization)]
        );
        let words = ["The", "Walt", "Disney", "Co", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 4, Organization)]);
    }
}
