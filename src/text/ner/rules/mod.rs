//! The rules that correct the tagger's names from how names are written, one named pass a file,
//! applied in order to each window's spans (`(first token, end token, kind)`). A pass that
//! guesses (`guess`) runs only for a language whose pack has a model; the others use what the
//! text says for certain (definitions, known places and organisations) or only trim.
//!
//! Each pass looks at a window of at most [`super::detect::WINDOW`] tokens and compares its
//! spans with each other: its work per token is bounded by that number.

mod acronym_openers;
mod administrations;
mod age_groups;
mod ages;
mod aliases;
mod alone;
pub(super) mod balinese_names;
mod body_heads;
mod brands;
mod chinese_names;
pub(super) mod club_articles;
mod conjunctions;
mod coordinated_bodies;
mod credits;
pub(super) mod cues;
pub(super) mod currencies;
mod datelines;
mod definitions;
mod degrees;
pub(super) mod demonyms;
mod english_titles;
mod enumerations;
mod facilities;
mod given_name_before;
mod given_name_runs;
mod glued_words;
mod headed_places;
mod headline_verbs;
pub(super) mod holidays;
mod honorific_names;
mod initial_surnames;
mod known_orgs;
mod known_places;
pub(super) mod laws;
mod led_bodies;
mod legal_forms;
mod locatives;
mod lower_case;
mod mastheads;
mod middle_initials;
mod name_particles;
mod office_names;
mod openers;
mod org_heads;
mod person_run_on;
pub(super) mod person_titles;
mod place_lists;
mod place_nouns;
mod portfolio_names;
mod products;
mod regency_points;
mod relatives;
mod religions;
mod schools;
mod scorelines;
mod sports_clubs;
pub(super) mod storms;
mod team_nouns;
mod term_heads;
mod titled_bodies;
mod trade_nouns;
mod trailing;

pub(super) use super::detect::{
    abbreviates_words, capitalised, has_possessive, hyphened_organizations, is_english_title,
    is_given_name, is_trap, opens, org_word_spans, organization_matches, without_possessive,
};
pub(super) use super::gazetteer::{Place, PlaceKind};
pub(super) use super::is_function_word;
pub(super) use super::WordList;
pub(super) use crate::support::chars::{is_alphabetic, is_alphanumeric};
pub(super) use crate::text::lang::Lang;
pub(super) use crate::text::EntityKind;
pub(super) use ages::is_age;
pub(super) use legal_forms::{bare_company_name, opening_id};
pub(super) use place_nouns::bare_place_name;
pub(super) use sports_clubs::club_short_name;

/// A window's spans: `(first token, end token, kind)`.
/// A domain name: letters or digits, a period, then letters ("KOMPAS.com", "TEMPO.CO"): how
/// news outlets and agencies write their names.
pub(super) fn is_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, tld)| {
        name.chars().any(is_alphabetic)
            && name
                .chars()
                .all(|c| is_alphanumeric(c) || c == '.' || c == '-')
            && tld.chars().count() >= 2
            && tld.chars().all(is_alphabetic)
    })
}

/// A word a person's name may hold: letters, perhaps joined by hyphens ("Tae-yong", "Jong-un"),
/// perhaps with a possessive ("Merkel's").
pub(super) fn is_name_word(word: &str) -> bool {
    without_possessive(word)
        .split('-')
        .all(|part| !part.is_empty() && part.chars().all(is_alphabetic))
}

/// One word with a capital after a lower-case letter ("detikJatim"): a brand's spelling.
pub(super) fn capital_inside(word: &str) -> bool {
    word.chars().all(is_alphanumeric)
        && word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

pub(super) type Spans = Vec<(usize, usize, EntityKind)>;

/// Whether `word` is a single capital letter, as an initial is once the tokenizer has split its
/// period off ("W" of "George W. Bush").
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(x), None) if x.is_uppercase())
}

/// Whether word `k` of `words` is an initial followed by its period ("W" "." of "George W.
/// Bush").
pub(super) fn initial_at(words: &[&str], k: usize) -> bool {
    words.get(k).is_some_and(|w| is_initial(w)) && words.get(k + 1) == Some(&".")
}

/// What a pass reads: the window's words, the known places in it (`(first token, length,
/// place)`), and the language.
pub(super) struct Ctx<'a> {
    pub words: &'a [&'a str],
    pub places: &'a [(usize, usize, Place)],
    pub lang: Lang,
    /// For each token, whether it is glued to the next (two words split where copy-paste
    /// joined them).
    pub glued: &'a [bool],
    /// Whether the window opens its block (its first words open the paragraph, where a
    /// dateline stands).
    pub opens_block: bool,
    /// Whether the window is title case by its share of capitals (`detect::title_case`): a
    /// headline, or a sentence dense with names (see [`Ctx::headline`]); its capitals are
    /// little evidence of a name.
    pub title_case: bool,
    /// Whether it is a headline for certain ([`super::detect::is_headline`], read from its
    /// words as written): title case with no content word in lower case ("Ia didampingi
    /// Gubernur Jawa Barat Ridwan Kamil." is title case, no headline).
    pub headline: bool,
    /// Indonesian and Malay: which words are English given names the page writes in lower case
    /// (`Window::lower_given`; empty where not known).
    pub lower_given: &'a [bool],
    /// The language's names pack, where one is in (its lists: [`super::pack::Pack::is_given_name`],
    /// [`super::pack::Pack::is_lower_word`]).
    pub pack: Option<&'a super::pack::Pack>,
    /// People of two words or more the tagger read below its threshold (`(first, end)`):
    /// no names for the rules to mark, but where one begins, a body's run of capitalised
    /// words ends ("Kepala Badan Pangan Nasional Arief Prasetyo Adi").
    pub unsure_people: Vec<(usize, usize)>,
    /// Bodies the tagger read below its threshold (`(first, end)`): where it read a
    /// definition's short form so ("Palang Merah Indonesia (PMI)"), the defined name is one.
    pub unsure_bodies: Vec<(usize, usize)>,
    /// Towns the passes read as clubs ([`scorelines`]: "Surabaya 2 Bandung 1"): their marks
    /// stay organisations where the gazetteer would make any mark of a known place a place.
    pub clubs: std::cell::RefCell<Vec<(usize, usize)>>,
    /// What each word is ([`TITLE`], [`HONORIFIC`], [`FUNCTION`]; each flag shifted four bits
    /// up once found), found when first asked: most passes ask it of many words, and each
    /// word's lists are then looked up once a window.
    flags: Vec<std::cell::Cell<u8>>,
}

/// Indonesian offices of two words whose words are no titles alone ("Jaksa Agung", the
/// Attorney General, before "ST Burhanuddin"; "Hakim Agung", a justice of the Supreme Court:
/// "Agung" and "Hakim" are given names), and "Muda" after one ("Jaksa Agung Muda"). General
/// vocabulary, written for baca.
const OFFICE_PAIRS_ID: &[(&str, &str)] = &[("Hakim", "Agung"), ("Jaksa", "Agung")];

/// Words that make one office with the title before them ("Direktur Utama", "Ketua Umum",
/// "Sekretaris Jenderal", "Direktur Eksekutif", "Ketua Harian"). General vocabulary, written
/// for baca. Sorted.
static OFFICE_WORDS_ID: WordList = WordList::new("eksekutif harian jenderal umum utama");

/// The portfolios of Indonesia's coordinating ministers, past and present, which follow
/// "Menko" as part of the office ("Menko Polhukam", "Menko Perekonomian"). General
/// vocabulary, written for baca. Sorted.
static MENKO_PORTFOLIOS_ID: WordList = WordList::new(
    "ekuin infrastruktur kemaritiman kesra maritim marves pangan perekonomian pmk polhukam polkam",
);

/// A word that is a title before a name (`is_title`, or one of an office's words:
/// `Ctx::office_pair`).
const TITLE: u8 = 1;
/// A capitalised word that is an honorific or rank (`is_honorific`).
const HONORIFIC: u8 = 2;
/// A function word of the language.
const FUNCTION: u8 = 4;

impl<'a> Ctx<'a> {
    /// The window's words, its known places, its language, which tokens are glued to the next,
    /// and whether it opens its block.
    pub fn new(
        words: &'a [&'a str],
        places: &'a [(usize, usize, Place)],
        lang: Lang,
        glued: &'a [bool],
        opens_block: bool,
    ) -> Ctx<'a> {
        Ctx {
            words,
            places,
            lang,
            glued,
            opens_block,
            title_case: false,
            headline: false,
            lower_given: &[],
            pack: None,
            unsure_people: Vec::new(),
            unsure_bodies: Vec::new(),
            clubs: std::cell::RefCell::new(Vec::new()),
            flags: vec![std::cell::Cell::new(0); words.len()],
        }
    }

    /// Whether word `k` has flag `what` ([`TITLE`], [`HONORIFIC`], [`FUNCTION`]), found the
    /// first time it is asked (`what << 4` marks it found).
    fn flag(&self, k: usize, what: u8) -> bool {
        let cell = &self.flags[k];
        if cell.get() & (what << 4) == 0 {
            let (w, lang) = (self.words[k], self.lang);
            let yes = match what {
                TITLE => super::is_title(w, lang) || self.office_pair(k),
                HONORIFIC => super::is_honorific(w, lang),
                _ => is_function_word(w, lang),
            };
            cell.set(cell.get() | (what << 4) | if yes { what } else { 0 });
        }
        cell.get() & what != 0
    }

    /// Whether word `k` is capitalised.
    pub fn capitalised(&self, k: usize) -> bool {
        capitalised(self.words[k])
    }

    /// Whether word `k` is a title before a name (`is_title`; English role nouns in lower
    /// case too: "Foreign minister Penny Wong").
    pub fn title(&self, k: usize) -> bool {
        self.flag(k, TITLE)
    }

    /// Whether word `k` is one of an Indonesian office of two words ([`OFFICE_PAIRS_ID`]:
    /// "Jaksa Agung Muda"; a title's [`OFFICE_WORDS_ID`]: "Direktur Utama"; a coordinating
    /// minister's portfolio, [`MENKO_PORTFOLIOS_ID`]). Asked once a word, with its [`TITLE`]
    /// flag.
    fn office_pair(&self, k: usize) -> bool {
        if !super::is_id_or_ms(self.lang) {
            return false;
        }
        let w = self.words;
        let pair = |a: usize| {
            w.get(a + 1)
                .is_some_and(|&b| OFFICE_PAIRS_ID.contains(&(w[a], b)))
        };
        pair(k)
            || (k >= 1 && pair(k - 1))
            || (k >= 2 && w[k] == "Muda" && pair(k - 2))
            || (k >= 1
                && self.capitalised(k)
                && OFFICE_WORDS_ID.contains(w[k])
                && super::is_title(w[k - 1], self.lang))
            || (k >= 1
                && w[k - 1].eq_ignore_ascii_case("menko")
                && self.capitalised(k)
                && MENKO_PORTFOLIOS_ID.contains(w[k]))
    }

    /// Whether word `k` is a given name: compromise's English list, and where the names pack
    /// has one, its list of many countries' (`Pack::is_given_name`).
    pub fn given_name(&self, k: usize) -> bool {
        let w = self.words[k];
        is_given_name(w) || self.pack.is_some_and(|p| p.is_given_name(w))
    }

    /// Whether word `k` is a capitalised honorific or rank (`is_honorific`).
    pub fn honorific(&self, k: usize) -> bool {
        self.capitalised(k) && self.flag(k, HONORIFIC)
    }

    /// Whether word `k` is a function word of the language.
    pub fn function(&self, k: usize) -> bool {
        self.flag(k, FUNCTION)
    }

    /// Whether word `k` may be part of a name the rules find: capitalised letters (perhaps
    /// joined by hyphens, perhaps with a possessive), and no acronym, function word or title.
    pub fn name_part(&self, k: usize) -> bool {
        self.capitalised(k)
            && is_name_word(self.words[k])
            && !super::is_acronym(self.words[k])
            && !self.function(k)
            && !self.title(k)
    }

    /// Whether token `k` lies in one of `spans` or in a known place.
    pub fn held(&self, spans: &Spans, k: usize) -> bool {
        spans.iter().any(|s| s.0 <= k && k < s.1) || self.in_place(k)
    }

    /// Whether token `k` lies in a place the gazetteer knows.
    pub fn in_place(&self, k: usize) -> bool {
        self.places.iter().any(|p| p.0 <= k && k < p.0 + p.1)
    }
}

/// Puts `marks` in place of the spans they overlap: what a pass knows for certain wins over the
/// tagger's guesses there. The caller sorts the spans once it is done.
pub(super) fn put(spans: &mut Spans, marks: impl IntoIterator<Item = (usize, usize, EntityKind)>) {
    for m in marks {
        spans.retain(|s| s.1 <= m.0 || m.1 <= s.0);
        spans.push(m);
    }
}

/// Puts the name `a..b` in place of the spans inside it unless a span crosses its ends (starts
/// before it and ends inside, or runs past it): that is another reading, which stays. Whether
/// it was put.
pub(super) fn put_within(spans: &mut Spans, a: usize, b: usize, kind: EntityKind) -> bool {
    let crosses = spans
        .iter()
        .any(|s| (s.0 < a && a < s.1) || (s.0 < b && b < s.1));
    if !crosses {
        put(spans, [(a, b, kind)]);
    }
    !crosses
}

/// A pass: its name (for measuring what it does), whether it guesses, and what it does.
pub struct Pass {
    /// The pass's name (its file's).
    pub name: &'static str,
    /// Whether it guesses names (and so runs only where a model does).
    pub guess: bool,
    apply: fn(&Ctx, &mut Spans),
}

/// The passes, in the order they apply.
pub static PASSES: &[Pass] = &[
    Pass {
        name: "definitions",
        guess: false,
        apply: definitions::apply,
    },
    Pass {
        name: "lower_case",
        guess: false,
        apply: lower_case::apply,
    },
    Pass {
        name: "person_run_on",
        guess: true,
        apply: person_run_on::apply,
    },
    Pass {
        name: "openers",
        guess: false,
        apply: openers::apply,
    },
    Pass {
        name: "english_titles",
        guess: true,
        apply: english_titles::apply,
    },
    Pass {
        name: "person_titles",
        guess: false,
        apply: person_titles::apply,
    },
    Pass {
        name: "given_name_before",
        guess: true,
        apply: given_name_before::apply,
    },
    Pass {
        name: "conjunctions",
        guess: true,
        apply: conjunctions::apply,
    },
    Pass {
        name: "known_places",
        guess: false,
        apply: known_places::apply,
    },
    Pass {
        name: "titled_bodies",
        guess: false,
        apply: titled_bodies::apply,
    },
    Pass {
        name: "org_heads",
        guess: true,
        apply: org_heads::apply,
    },
    Pass {
        name: "datelines",
        guess: false,
        apply: datelines::apply,
    },
    Pass {
        name: "body_heads",
        guess: true,
        apply: body_heads::apply,
    },
    Pass {
        name: "schools",
        guess: true,
        apply: schools::apply,
    },
    Pass {
        name: "known_orgs",
        guess: false,
        apply: known_orgs::apply,
    },
    Pass {
        name: "brands",
        guess: true,
        apply: brands::apply,
    },
    Pass {
        name: "legal_forms",
        guess: false,
        apply: legal_forms::apply,
    },
    Pass {
        name: "sports_clubs",
        guess: false,
        apply: sports_clubs::apply,
    },
    Pass {
        name: "club_articles",
        guess: false,
        apply: club_articles::apply,
    },
    Pass {
        name: "team_nouns",
        guess: true,
        apply: team_nouns::apply,
    },
    Pass {
        name: "scorelines",
        guess: true,
        apply: scorelines::apply,
    },
    Pass {
        name: "mastheads",
        guess: false,
        apply: mastheads::apply,
    },
    Pass {
        name: "trade_nouns",
        guess: true,
        apply: trade_nouns::apply,
    },
    Pass {
        name: "given_name_runs",
        guess: true,
        apply: given_name_runs::apply,
    },
    Pass {
        name: "acronym_openers",
        guess: false,
        apply: acronym_openers::apply,
    },
    Pass {
        name: "coordinated_bodies",
        guess: true,
        apply: coordinated_bodies::apply,
    },
    Pass {
        name: "portfolio_names",
        guess: true,
        apply: portfolio_names::apply,
    },
    Pass {
        name: "middle_initials",
        guess: true,
        apply: middle_initials::apply,
    },
    Pass {
        name: "initial_surnames",
        guess: true,
        apply: initial_surnames::apply,
    },
    Pass {
        name: "name_particles",
        guess: true,
        apply: name_particles::apply,
    },
    Pass {
        name: "office_names",
        guess: true,
        apply: office_names::apply,
    },
    Pass {
        name: "chinese_names",
        guess: true,
        apply: chinese_names::apply,
    },
    Pass {
        name: "balinese_names",
        guess: true,
        apply: balinese_names::apply,
    },
    Pass {
        name: "ages",
        guess: true,
        apply: ages::apply,
    },
    Pass {
        name: "aliases",
        guess: true,
        apply: aliases::apply,
    },
    Pass {
        name: "enumerations",
        guess: true,
        apply: enumerations::apply,
    },
    Pass {
        name: "place_lists",
        guess: true,
        apply: place_lists::apply,
    },
    Pass {
        name: "relatives",
        guess: true,
        apply: relatives::apply,
    },
    Pass {
        name: "administrations",
        guess: true,
        apply: administrations::apply,
    },
    Pass {
        name: "honorific_names",
        guess: true,
        apply: honorific_names::apply,
    },
    Pass {
        name: "age_groups",
        guess: true,
        apply: age_groups::apply,
    },
    Pass {
        name: "led_bodies",
        guess: true,
        apply: led_bodies::apply,
    },
    Pass {
        name: "facilities",
        guess: true,
        apply: facilities::apply,
    },
    Pass {
        name: "regency_points",
        guess: true,
        apply: regency_points::apply,
    },
    Pass {
        name: "place_nouns",
        guess: true,
        apply: place_nouns::apply,
    },
    Pass {
        name: "headed_places",
        guess: true,
        apply: headed_places::apply,
    },
    Pass {
        name: "locatives",
        guess: false,
        apply: locatives::apply,
    },
    Pass {
        name: "laws",
        guess: false,
        apply: laws::apply,
    },
    Pass {
        name: "term_heads",
        guess: false,
        apply: term_heads::apply,
    },
    Pass {
        name: "products",
        guess: false,
        apply: products::apply,
    },
    Pass {
        name: "holidays",
        guess: false,
        apply: holidays::apply,
    },
    Pass {
        name: "demonyms",
        guess: false,
        apply: demonyms::apply,
    },
    Pass {
        name: "religions",
        guess: false,
        apply: religions::apply,
    },
    Pass {
        name: "storms",
        guess: false,
        apply: storms::apply,
    },
    Pass {
        name: "glued_words",
        guess: false,
        apply: glued_words::apply,
    },
    Pass {
        name: "credits",
        guess: false,
        apply: credits::apply,
    },
    Pass {
        name: "degrees",
        guess: false,
        apply: degrees::apply,
    },
    Pass {
        name: "headline_verbs",
        guess: false,
        apply: headline_verbs::apply,
    },
    Pass {
        name: "trailing",
        guess: false,
        apply: trailing::apply,
    },
    Pass {
        name: "alone",
        guess: false,
        apply: alone::apply,
    },
];

/// The passes switched off (a bit per pass, in [`PASSES`] order), for measuring each one's worth
/// on dev data (see `tests/ner_corpora.rs`).
static OFF: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Switches the pass `name` off (or on again) for later analyses; whether there is such a pass.
pub fn switch(name: &str, on: bool) -> bool {
    use std::sync::atomic::Ordering::Relaxed;
    let Some(k) = PASSES.iter().position(|p| p.name == name) else {
        return false;
    };
    if on {
        OFF.fetch_and(!(1u64 << k), Relaxed);
    } else {
        OFF.fetch_or(1u64 << k, Relaxed);
    }
    true
}

/// Applies the passes to a window's spans (only those that do not guess without a model), then
/// sorts them and drops overlaps (the earlier span wins).
pub(super) fn apply(c: &Ctx, spans: &mut Spans, model: bool) {
    let off = OFF.load(std::sync::atomic::Ordering::Relaxed);
    for (k, pass) in PASSES.iter().enumerate() {
        if (model || !pass.guess) && off & (1u64 << k) == 0 {
            (pass.apply)(c, spans);
        }
    }
    spans.sort_by_key(|s| s.0);
    spans.dedup_by(|b, a| b.0 < a.1);
}

#[cfg(test)]
pub(super) mod tests {
    use super::{Ctx, Lang, Spans};
    use crate::text::EntityKind;

    /// The words of `text` split at its spaces (tokens written apart: "Ketua , Umum").
    pub fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    /// `pass` applied to `words` in `lang` with the tagger's `spans` and no known places.
    pub fn run(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
    ) -> Spans {
        run_with_places(pass, words, lang, spans, &[])
    }

    /// [`run_with_places`] in a title-case window (a headline), with no spans before.
    pub fn run_title_case(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        places: &[(usize, usize, &str)],
    ) -> Spans {
        run_in(pass, words, lang, &[], places, true)
    }

    /// [`run`] with the gazetteer's places among `words`: `(first token, length, name)`.
    pub fn run_with_places(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
        places: &[(usize, usize, &str)],
    ) -> Spans {
        run_in(pass, words, lang, spans, places, false)
    }

    pub fn run_in(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
        places: &[(usize, usize, &str)],
        title_case: bool,
    ) -> Spans {
        run_with(pass, words, lang, spans, places, title_case, None)
    }

    /// `pass` applied to `words` in `lang` with the names pack `pack` in the context.
    pub fn run_with_pack(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        pack: &crate::text::ner::pack::Pack,
    ) -> Spans {
        run_with(pass, words, lang, &[], &[], false, Some(pack))
    }

    /// [`run_with_pack`] in a title-case window with the tagger's `spans`.
    pub fn run_title_case_with_pack(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
        pack: &crate::text::ner::pack::Pack,
    ) -> Spans {
        run_with(pass, words, lang, spans, &[], true, Some(pack))
    }

    /// `pass` applied to `words` in `lang` with the tagger's `spans` and the people it was
    /// unsure of (`unsure`), no known places.
    pub fn run_with_unsure(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
        unsure: &[(usize, usize)],
    ) -> Spans {
        let glued = vec![false; words.len()];
        let mut c = Ctx::new(words, &[], Lang::from_tag(lang), &glued, true);
        c.unsure_people = unsure.to_vec();
        let mut spans = spans.to_vec();
        pass(&c, &mut spans);
        spans
    }

    fn run_with(
        pass: fn(&Ctx, &mut Spans),
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
        places: &[(usize, usize, &str)],
        title_case: bool,
        pack: Option<&crate::text::ner::pack::Pack>,
    ) -> Spans {
        use crate::text::ner::gazetteer::{add_places, EnglishWords, Gazetteer};
        EnglishWords::add(include_str!("../data/en.txt"));
        add_places(include_str!("../data/places.txt"));
        let places: Vec<_> = places
            .iter()
            .map(|&(a, len, name)| (a, len, Gazetteer::get().lookup(name).expect(name)))
            .collect();
        let glued = vec![false; words.len()];
        let mut c = Ctx::new(words, &places, Lang::from_tag(lang), &glued, true);
        c.title_case = title_case;
        c.headline = super::super::detect::is_headline(title_case, words, c.lang);
        c.pack = pack;
        let mut spans = spans.to_vec();
        pass(&c, &mut spans);
        spans
    }

    #[test]
    fn a_dateline_is_cut_off_before_the_bodies_are_read() {
        // The tagger's one span over the outlet and the body after the dash: the dateline
        // takes the outlet, and the body's head then finds its body.
        let words = [
            "SURABAYA",
            ",",
            "KOMPAS.com",
            "–",
            "Penyidik",
            "Polres",
            "Surabaya",
            "menahan",
        ];
        let spans = [(2, 7, EntityKind::Organization)];
        let out = run_with_places(
            |c, spans| super::apply(c, spans, true),
            &words,
            "id",
            &spans,
            &[(6, 1, "Surabaya")],
        );
        assert!(out.contains(&(5, 7, EntityKind::Organization)), "{out:?}");
        assert!(out.contains(&(2, 3, EntityKind::Organization)), "{out:?}");
    }

    #[test]
    fn a_name_word_is_letters_perhaps_joined_by_hyphens() {
        for w in ["Tae-yong", "Jong-un", "Merkel's", "Budi"] {
            assert!(super::is_name_word(w), "{w}");
        }
        for w in ["COVID-19", "-an", "Tae-", "U.S.", "2024"] {
            assert!(!super::is_name_word(w), "{w}");
        }
    }

    #[test]
    fn the_spans_of_every_pass_end_with_no_day_name() {
        // `given_name_runs` finds the run "Maria Santoso Selasa" after the tagger; `trailing`,
        // which runs after every pass that makes spans, leaves the day out.
        let words = ["kata", "Maria", "Santoso", "Selasa", "pagi"];
        let out = run(|c, spans| super::apply(c, spans, true), &words, "id", &[]);
        assert_eq!(out, [(1, 3, EntityKind::Person)]);
    }

    #[test]
    fn trailing_follows_every_pass_that_makes_spans() {
        let order = |name| super::PASSES.iter().position(|p| p.name == name).unwrap();
        for maker in [
            "given_name_runs",
            "coordinated_bodies",
            "portfolio_names",
            "honorific_names",
            "facilities",
            "place_nouns",
            "headed_places",
        ] {
            assert!(order(maker) < order("trailing"), "{maker}");
        }
    }
}
