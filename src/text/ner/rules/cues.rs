//! A person the tagger was unsure of, confirmed by how news writes about people: a role noun
//! in lower case before the name ("deputy spokesperson Vedant Patel", "billionaire"s aside),
//! a verb of speech after it ("Vedant Patel said"), "according to" before it, the role and
//! "is" or "was" before it ("his mentor was Vedant Patel"), "married to" before it, "(born"
//! after it, or an apposition
//! after it ("Han Dong-hoon, the leader of the PPP", "Lee Jae-myung, leader of …", "…, who").
//! The tagger's context features see these words too, but trained on web text and Wikipedia it
//! stays unsure of names it has not met; the cue and the tagger's guess together are a name.
//! (A name after an office in an English body the tagger doubted comes with the cues' floor,
//! [`FLOOR`], for its confidence: see `detect::window_mentions`.)
//!
//! In Indonesian and Malay a verb of speech before or after the name ("kata Retno Marsudi",
//! "Dewi Jones mengatakan") or "menurut" before it, and of two words or more "menikah dengan"
//! or "menikahi" before it, "(lahir" after it, "oleh" before it (a passive's agent: "dicetak
//! oleh Ratna Sari"; no body's head in it), or "sebagai" and a capitalised title after it
//! ("Ratna Sari sebagai Menteri …"). And a place the tagger was unsure of is
//! one after a preposition that says where ("di Salemba", "in Beit Hanun"; German "in", French
//! "à"; [`LOCATIVES`]), before a comma and a larger place ("Cianjur, Jawa Barat") or opening
//! with a capitalised noun of nature's places ("Sungai Citarum", [`NATURE_ID`]), and a body
//! one its head noun names ("Kementerian …", "… Authority").
//!
//! A capitalised title (in Indonesian also a contraction in lower case: "dr", "ir") before
//! two or more words confirms them only where the tagger's guess is not unlikely (0.5; in
//! English from 0.3 where no place's or body's noun ends them: "Former President Barack
//! Obama"; in Indonesian and Malay from 0.3 where the acronym of the office's body stands between: "Ketua
//! DPR Puan Maharani"): alone it says less, a title opening bodies' and places' names too
//! ("President Hotel", "Prince Edward Island").
//!
//! Only a person of one to four capitalised name words (one word by a verb of speech, or in
//! English by a capitalised title right before it: "President Suharto met …") that
//! no other name or place holds, in running text (a headline's capitals say nothing), and only
//! for a language whose cues are listed here.

use super::*;
use crate::support::case::with_lowercase;

/// Indonesian and Malay nouns of nature's places that open their names, capitalised ("Sungai
/// Citarum", "Gunung Semeru", "Selat Malaka"). General vocabulary, written for baca. Sorted.
static NATURE_ID: WordList =
    WordList::new("bukit danau gunung kepulauan lembah pulau selat semenanjung sungai teluk");

/// The least confidence of the tagger a confirmed person needs: below it the tagger's guess
/// is not one. Chosen on the tuning splits.
pub(in super::super) const FLOOR: f32 = 0.3;

/// English verbs of speech after a name ("Patel said"). General vocabulary. Sorted.
static SPEECH_EN: WordList = WordList::new(
    "added admitted argued asked claimed explained insisted noted replied said says stated \
     tells told warned writes wrote",
);

/// Indonesian and Malay verbs of speech after a name ("Retno Marsudi mengatakan"), with
/// "-nya" where a name follows them ("kata Retno Marsudi"). General vocabulary. Sorted.
static SPEECH_ID: WordList = WordList::new(
    "berkata jelas jelasnya kata katanya mengatakan mengungkapkan menjelaskan menuturkan \
     tambah tambahnya tegas tegasnya tutur tuturnya ujar ujarnya ungkap ungkapnya",
);

/// Indonesian and Malay verbs of speech that take an object: after a name only ("Retno
/// menyatakan …"; before one they may take a title or a thing: "menyampaikan Selamat Tahun
/// Baru"). General vocabulary. Sorted.
static SPEECH_AFTER_ID: WordList = WordList::new(
    "menambahkan menegaskan mengaku mengungkap menilai menyampaikan menyatakan menyebut \
     menyebutkan",
);

/// Prepositions of place before a place ("di Salemba", "in Beit Hanun"), by language: those
/// that say where and little else. Chosen on the tuning splits: "at", "from", "to" also come
/// before bodies and people ("at Google", "from Reuters") and cost English precision; Dutch
/// "in" and Portuguese "em" cost their splits precision too.
const LOCATIVES: &[(&str, &str)] = &[
    ("en", "in"),
    ("id", "dari"),
    ("id", "di"),
    ("id", "ke"),
    ("ms", "dari"),
    ("ms", "di"),
    ("ms", "ke"),
    ("de", "in"),
    ("fr", "à"),
];

/// How many capitalised words an Indonesian office before a name may run to ("Menteri Luar
/// Negeri").
const OFFICE_WITHIN: usize = 3;

/// The small words inside people's names ("Mohammed bin Salman", "Ursula von der Leyen", Dutch
/// "Erik ten Hag"): inside a name, never at its ends. General vocabulary. Sorted.
pub(in super::super) static NAME_PARTICLES: WordList =
    WordList::new("al bin binti da de del della den der dos du el ibn la le ten ter van von zu");

/// Articles before an apposition's role ("…, the leader of …"). Sorted.
static ARTICLES_EN: WordList = WordList::new("a an the");

/// English nouns of a region written after its name in lower case ("Idlib province", "Donetsk
/// region"); not "state", which follows peoples' adjectives too ("a Palestinian state",
/// "Saudi state media"). General vocabulary, written for baca. Sorted.
static AFTER_PLACES_EN: WordList =
    WordList::new("district governorate oblast prefecture province region");

/// How many words an apposition's role may come after its article ("the party's new leader").
const ROLE_WITHIN: usize = 4;

/// Whether the tagger's unsure span `i..j` of `kind` and `confidence` is a name by its cues.
pub(in super::super) fn confirms(
    c: &Ctx,
    spans: &Spans,
    i: usize,
    j: usize,
    kind: EntityKind,
    confidence: f32,
) -> bool {
    let words = c.words;
    let n = words.len();
    // "di Salemba", "in Beit Hanun": a place after a preposition of place.
    if kind == EntityKind::Place
        && !c.title_case
        && (1..=3).contains(&(j - i))
        && i >= 1
        && LOCATIVES.contains(&(c.lang.code().unwrap_or(""), words[i - 1]))
        && (i..j).all(|k| c.name_part(k) && !c.held(spans, k))
        // "di Stanford University", "di Kementerian Keuangan" are where, but the names a
        // body's; "di Piala Dunia" an event's.
        && !super::super::is_org_head(words[j - 1])
        && !super::super::opens_org_name(words[i], c.lang)
        && !super::super::EVENT_NOUNS_ID.contains(words[i])
    {
        return true;
    }
    // "Sungai Citarum", "Gunung Vestrika": a place that opens with a capitalised noun of
    // nature's places ([`NATURE_ID`]), in Indonesian and Malay.
    if kind == EntityKind::Place
        && !c.title_case
        && super::super::is_id_or_ms(c.lang)
        && confidence >= super::super::weak::FLOOR
        && (2..=4).contains(&(j - i))
        && c.capitalised(i)
        && with_lowercase(words[i], |w| NATURE_ID.contains(w))
        && (i + 1..j).all(|k| c.name_part(k))
        && (i..j).all(|k| !c.held(spans, k))
    {
        return true;
    }
    // "Idlib province", "Donetsk region": a place the text names with its kind's noun after
    // it, in lower case (the tagger may read the noun into the span; `trailing` ends the name
    // before it).
    if kind == EntityKind::Place
        && !c.title_case
        && c.lang.code() == Some("en")
        && confidence >= super::super::weak::FLOOR
        && (i..j).all(|k| !c.held(spans, k))
    {
        let noun = |k: usize| {
            words[k].starts_with(|ch: char| ch.is_ascii_lowercase())
                && AFTER_PLACES_EN.contains(words[k])
        };
        let (end, after) = if noun(j - 1) { (j - 1, j - 1) } else { (j, j) };
        if (1..=3).contains(&(end - i))
            && (i..end).all(|k| c.name_part(k))
            && after < n
            && noun(after)
        {
            return true;
        }
    }
    // "Hamas and Hezbollah", "Jakarta dan Surabaya": a name joined by a conjunction to a name
    // of the same kind the tagger is sure of is one of its kind too (a list coordinates
    // likes), where the tagger's guess is not unlikely; a body only of one word.
    if !c.title_case
        && confidence >= super::super::weak::FLOOR
        && (i..j).all(|k| !c.held(spans, k))
        && coordinated(c, spans, i, j, kind)
    {
        return true;
    }
    // "Cianjur, Jawa Barat", "Bucha, Ukraine": a place before a comma and a place the text or
    // the gazetteer is sure of is the smaller place the larger holds.
    if kind == EntityKind::Place
        && !c.title_case
        && (1..=3).contains(&(j - i))
        && (i..j).all(|k| c.name_part(k) && !c.held(spans, k))
        && j + 1 < n
        && words[j] == ","
        && (spans
            .iter()
            .any(|s| s.0 == j + 1 && s.2 == EntityKind::Place)
            || c.places.iter().any(|p| p.0 == j + 1))
    {
        return true;
    }
    // "Kementerian Luar Negeri …", "… Transport Authority": a body named by its head noun,
    // where the language writes it (first in Indonesian and Malay, last in English).
    if kind == EntityKind::Organization
        && !c.title_case
        && (2..=6).contains(&(j - i))
        && (i..j).all(|k| !c.held(spans, k))
        && org_headed(c, i, j)
    {
        return true;
    }
    let (english, german) = match c.lang.code() {
        Some("en") => (true, false),
        Some("id" | "ms") => (false, false),
        Some("de") => (false, true),
        _ => return false,
    };
    // "Nurdin Ismail alias Din Minimi": the text names one person twice (`aliases` splits it).
    // Not in a sentence of title case even where it is no headline (the lower-case "alias"
    // makes none): where most words are capitalised, where each name ends is less sure.
    if kind == EntityKind::Person && !c.title_case && named_twice(c, spans, i, j) {
        return true;
    }
    if kind != EntityKind::Person
        // A headline's capitals say nothing; a sentence dense with names whose content words
        // in lower case show it is running text ("Ketua DPR Puan Maharani menerima kunjungan
        // …": title case by its share of capitals) has the cues of running text.
        || c.headline
        || !(1..=4).contains(&(j - i))
        || (i..j).any(|k| {
            let particle = i < k && k + 1 < j && NAME_PARTICLES.contains(words[k]);
            // Initials written together before the surname ("J.B. Pritzker").
            let initials = k + 1 < j && dotted_initials(words[k]);
            !(c.name_part(k) || particle || initials) || c.held(spans, k)
        })
        // A possessive ends a name ("Kamala's Harris said" is none).
        || (i..j - 1).any(|k| has_possessive(words[k]))
    {
        return false;
    }
    let lower = |k: usize| words[k].starts_with(|ch: char| ch.is_lowercase());
    // A degree after the name ends it too ("Wismandari Wisnu SpPD-KEMD").
    let run_ends = |j: usize| j == n || !c.capitalised(j) || super::degrees::is_degree(words[j]);
    // One word is confirmed by a verb of speech only ("Eko mengatakan", "kata Meles").
    let one = j - i == 1;
    // A word alone by its verb also needs the tagger's guess not unlikely ("Tesla said").
    if one && confidence < super::super::weak::FLOOR {
        return false;
    }
    // German: a capitalised office before two or more name words ("Ministerpräsidentin Malu
    // Dreyer"), as for English below.
    if german {
        return !one && run_ends(j) && titled(c, i, j, confidence);
    }
    if !english {
        // "dr Wismandari Wisnu", "Menteri Luar Negeri Retno Marsudi": a title, or a
        // contraction in its own lower case ("dr", "drg", "ir"), before two or more words.
        let contraction = |k: usize| lower(k) && super::super::CONTRACTIONS_ID.contains(words[k]);
        // The office may run to three capitalised words ("Menteri Luar Negeri"), and a comma
        // may set the name after it apart ("Perdana Menteri Ethiopia, Meles Zenawi").
        let e = if i >= 2 && words[i - 1] == "," {
            i - 1
        } else {
            i
        };
        let office = (e.saturating_sub(OFFICE_WITHIN)..e)
            .rev()
            .take_while(|&k| c.capitalised(k))
            .any(|k| titled(c, k + 1, j, confidence))
            // A region's head is named after the region ("Bupati Sleman Kustini Sri Purnomo"):
            // a span right after the title holds the region too.
            && !(i >= 1 && super::person_titles::REGIONAL_TITLES_ID.contains(words[i - 1]))
            // Or the office's portfolio runs to fields joined by "dan" ("Menteri Pemuda dan
            // Olahraga Dito Ariotedjo").
            || super::portfolio_names::office_before(c, spans, i, j, confidence);
        // "Ketua DPR Puan Maharani", "Ketua Umum PSSI Erick Thohir": an office and the acronym
        // of its body right before the name say where it starts, from the cues' floor. An
        // acronym of letters (not a year: "Piala Presiden 2025 Persib Bandung"; not a regnal
        // number: "Raja Charles III …"), no region's word opening the name ("Bupati OKU Timur
        // …"), and no office inside a body's name.
        let acronym_office = i >= 2
            && confidence >= FLOOR
            && super::super::is_acronym(words[i - 1])
            && words[i - 1].chars().filter(|ch| ch.is_alphabetic()).count() >= 2
            && !super::super::is_regnal_number(words[i - 1])
            && !super::super::is_regency_point(words[i])
            && (i.saturating_sub(3)..i - 1)
                .rev()
                .take_while(|&k| c.capitalised(k))
                .any(|k| c.title(k) && !NOT_PEOPLE.contains(words[k]) && !in_a_body(c, k));
        let after_contraction = i >= 1
            && contraction(i - 1)
            && !in_a_body(c, i - 1)
            && confidence >= super::super::weak::FLOOR;
        // The name ends where the capitals do ("Pelatih Dewa United Jan Olde Riekerink": not
        // the club before the coach's name).
        if !one && run_ends(j) && (office || after_contraction || acronym_office) {
            return true;
        }
        // "kata Retno Marsudi", "menurut Retno Marsudi", "Retno Marsudi mengatakan".
        let before = i >= 1
            && lower(i - 1)
            && (SPEECH_ID.contains(words[i - 1]) || words[i - 1] == "menurut");
        let after = j < n
            && lower(j)
            && (SPEECH_ID.contains(words[j]) || SPEECH_AFTER_ID.contains(words[j]));
        // "menikah dengan Ratna Sari", "menikahi …", "Ratna Sari (lahir 1950)": only people.
        let married = !one
            && ((i >= 1 && words[i - 1] == "menikahi")
                || (i >= 2 && words[i - 2] == "menikah" && words[i - 1] == "dengan"));
        let born = !one && j + 1 < n && words[j] == "(" && words[j + 1] == "lahir";
        // "dicetak oleh Ratna Sari", "dibuka oleh …": a passive's agent, of two words or more,
        // where the capitals end with it and no body's head noun is in it (a body or a company
        // is an agent as often: "oleh Pemerintah Provinsi …", "oleh Wijaya Karya").
        let agent = !one
            && i >= 1
            && words[i - 1] == "oleh"
            && run_ends(j)
            && !words[i..j].iter().any(|w| super::super::is_org_head(w));
        // "Ratna Sari sebagai Menteri Keuangan": the office the person holds, after the name; a
        // capitalised title, no honorific ("sebagai Tuan Rumah", the host; "sebagai Ibu Kota").
        let office_after = !one
            && j + 1 < n
            && words[j] == "sebagai"
            && c.capitalised(j + 1)
            && c.title(j + 1)
            && !super::super::is_honorific(words[j + 1], c.lang);
        return before || after || married || born || agent || office_after;
    }
    if one {
        // "President Suharto met …", "Queen Aishwarya": a capitalised title right before one
        // word the tagger thinks not unlikely a person's (the floor above), where the capitals
        // end after it; the title opens the run of capitals, or follows another title, a place
        // or a people's word ("Syrian President …"): not one inside a name ("Omar Sheikh
        // Halvorsen"), a body's ("General Motors" aside) or an acronym.
        let titled_one = i >= 1
            && c.capitalised(i - 1)
            && c.title(i - 1)
            && !NOT_PEOPLE.contains(words[i - 1])
            && !in_a_body(c, i - 1)
            && run_ends(j)
            && !super::super::is_acronym(words[i])
            && (i < 2
                || !c.capitalised(i - 2)
                || c.title(i - 2)
                || c.places.iter().any(|p| p.0 + p.1 == i - 1)
                || super::demonyms::is_english_people_word(words[i - 2]));
        return titled_one || j < n && lower(j) && SPEECH_EN.contains(words[j]);
    }
    let role = |k: usize| lower(k) && c.title(k) && !NOT_PEOPLE.contains(words[k]);
    // Before: "spokesperson Vedant Patel", "according to Vedant Patel".
    if i >= 1 && role(i - 1) {
        return true;
    }
    // "married to Ilvana Marsk", "… (born 1950 in …)": what only people are.
    if i >= 2 && words[i - 2].eq_ignore_ascii_case("married") && words[i - 1] == "to" {
        return true;
    }
    if j + 1 < n && words[j] == "(" && words[j + 1].eq_ignore_ascii_case("born") {
        return true;
    }
    // "his mentor was Teodor Valcher": a role, then "is" or "was".
    if i >= 2 && matches!(words[i - 1], "is" | "was") && role(i - 2) {
        return true;
    }
    // "Interior Minister Lee Sang-min": a capitalised title before two or more words the
    // tagger thinks not unlikely a name (alone it says less: a title opens bodies' names too;
    // see `titled`).
    if !one && run_ends(j) && titled(c, i, j, confidence) {
        return true;
    }
    if i >= 2 && words[i - 2].eq_ignore_ascii_case("according") && words[i - 1] == "to" {
        return true;
    }
    // After: "Vedant Patel said", "Han Dong-hoon, who …", "…, the leader of …".
    if j < n && lower(j) && SPEECH_EN.contains(words[j]) {
        return true;
    }
    if j + 1 < n && words[j] == "," {
        let next = words[j + 1];
        if next == "who" || role(j + 1) {
            return true;
        }
        if ARTICLES_EN.contains(next) && lower(j + 1) {
            return (j + 2..n.min(j + 2 + ROLE_WITHIN))
                .take_while(|&k| words[k] != "," && lower(k) || words[k].ends_with("'s"))
                .any(role);
        }
    }
    false
}

/// Whether the word before `i` is a capitalised title of a person ("Minister", not "Partner")
/// and the tagger's `confidence` in the name `i..j` after it enough: at least
/// [`super::super::weak::FLOOR`], or in English from [`FLOOR`] where the office stands right
/// before a name that ends in no place's or body's noun ("Former President Barack Obama" at
/// 0.41; not "Prince Edward Island", "President Trump Tower"). Elsewhere a body or region may
/// stand between ("Presiden Recording Academy Neil Portnow" at 0.4).
fn titled(c: &Ctx, i: usize, j: usize, confidence: f32) -> bool {
    let sure_enough = confidence >= super::super::weak::FLOOR
        || c.lang.code() == Some("en") && confidence >= FLOOR && !ends_kind_noun(c, j);
    i >= 1
        && c.capitalised(i - 1)
        && c.title(i - 1)
        && !NOT_PEOPLE.contains(c.words[i - 1])
        && !in_a_body(c, i - 1)
        && sure_enough
}

/// Whether the name that ends before `j` ends in a body's, a class's or (in English) a
/// building's noun, its possessive aside ("… Foundation", "Prince Edward Island", "President
/// Trump Tower"): no person's name.
pub(in super::super) fn ends_kind_noun(c: &Ctx, j: usize) -> bool {
    let last = without_possessive(c.words[j - 1]);
    super::super::ends_body(last)
        || super::super::is_class_noun(last, c.lang)
        || BUILDINGS_EN.contains(last)
}

/// English nouns of buildings and landmarks that end their names ("… Tower", "… Hospital").
/// General vocabulary, written for baca. Sorted.
static BUILDINGS_EN: WordList = WordList::new(
    "airport arena bridge building castle cathedral hall hospital palace park plaza square \
     stadium temple tower",
);

/// Whether the title at `k` is inside a body's or building's name, after its head noun or
/// acronym ("Universitas Sultan Ageng Tirtayasa", "RSUP dr Hasan Sadikin"): the name after it
/// is the namesake's, part of the body's name.
fn in_a_body(c: &Ctx, k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| c.words[b]) else {
        return false;
    };
    c.capitalised(k - 1)
        && (super::super::is_org_head(before)
            || super::super::FACILITY_NOUNS_ID.contains(before)
            || super::super::is_acronym(before))
}

/// The words that join two names of a list, by language ("and", "dan", "et"…). Sorted by
/// language code. Not German, which capitalises every noun ("Bund und Länder").
const CONJUNCTIONS: &[(&str, &[&str])] = &[
    ("en", &["and", "or"]),
    ("es", &["o", "y"]),
    ("fr", &["et", "ou"]),
    ("id", &["atau", "dan"]),
    ("it", &["e", "o"]),
    ("ms", &["atau", "dan"]),
    ("nl", &["en", "of"]),
    ("pt", &["e", "ou"]),
];

/// Whether `word` is initials written together, each capital with its period ("J.B.",
/// "A.J."; one capital and its period is the tokenizer's "J" and "." apart).
fn dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Whether `i..j` is joined by a conjunction of its language to a span of `spans` of the same
/// `kind`, after it or before it.
fn coordinated(c: &Ctx, spans: &Spans, i: usize, j: usize, kind: EntityKind) -> bool {
    let Some(code) = c.lang.code() else {
        return false;
    };
    // Name words, up to four; a body of one word only: a body's name may hold "and" itself
    // ("Kementerian Energi dan Sumber Daya Mineral", "Health and Human Services").
    let most = if kind == EntityKind::Organization {
        1
    } else {
        4
    };
    if j - i > most || !(i..j).all(|k| c.name_part(k)) {
        return false;
    }
    let Ok(at) = CONJUNCTIONS.binary_search_by(|(l, _)| l.cmp(&code)) else {
        return false;
    };
    let joins = |k: usize| CONJUNCTIONS[at].1.contains(&c.words[k]);
    let n = c.words.len();
    let next = j + 1 < n && joins(j) && spans.iter().any(|s| s.0 == j + 1 && s.2 == kind);
    let prev = i >= 2 && joins(i - 1) && spans.iter().any(|s| s.1 == i - 1 && s.2 == kind);
    next || prev || listed(c, spans, i, j, kind, &joins)
}

/// How many items either side of a name [`listed`] reads.
const LIST_ITEMS: usize = 8;

/// Whether `i..j` is an item of a list ("Kulon Progo, Bantul, Sleman dan Gunung Kidul";
/// "Aleppo, Homs and Hama") of names separated by commas and closed by a conjunction (`joins`),
/// another item of which is a span of the same `kind` and none one of another kind. An item is
/// a span or a run of one to four name words.
fn listed(
    c: &Ctx,
    spans: &Spans,
    i: usize,
    j: usize,
    kind: EntityKind,
    joins: &dyn Fn(usize) -> bool,
) -> bool {
    let (words, n) = (c.words, c.words.len());
    // The token after `k` going right or left, if any.
    let step = |k: usize, right: bool| {
        if right {
            (k + 1 < n).then_some(k + 1)
        } else {
            k.checked_sub(1)
        }
    };
    // The item that starts (going right) or ends (going left) at `k`: its far token, and its
    // kind if it is a span.
    let item = |k: usize, right: bool| -> Option<(usize, Option<EntityKind>)> {
        if let Some(s) = spans
            .iter()
            .find(|s| if right { s.0 == k } else { s.1 == k + 1 })
        {
            return Some((if right { s.1 - 1 } else { s.0 }, Some(s.2)));
        }
        let (mut far, mut at) = (None, Some(k));
        for _ in 0..4 {
            match at {
                Some(x) if c.name_part(x) && !c.held(spans, x) => {
                    far = Some(x);
                    at = step(x, right);
                }
                _ => break,
            }
        }
        far.map(|f| (f, None))
    };
    let (mut same, mut joined) = (false, false);
    for right in [true, false] {
        let mut at = if right {
            (j < n).then_some(j)
        } else {
            i.checked_sub(1)
        };
        for _ in 0..LIST_ITEMS {
            // The separators in reading order: a comma, then a conjunction (", and", "dan").
            let (mut comma, mut conj) = (false, false);
            for want_conj in [!right, right] {
                if let Some(k) = at {
                    let hit = if want_conj { joins(k) } else { words[k] == "," };
                    if hit {
                        *(if want_conj { &mut conj } else { &mut comma }) = true;
                        at = step(k, right);
                    }
                }
            }
            let Some(k) = at.filter(|_| comma || conj) else {
                break;
            };
            joined |= conj;
            let Some((far, kind_of)) = item(k, right) else {
                break;
            };
            match kind_of {
                Some(x) if x == kind => same = true,
                Some(_) => return false,
                None => {}
            }
            at = step(far, right);
            // A conjunction closes the list on the right.
            if conj && right {
                break;
            }
        }
    }
    same && joined
}

/// Whether the words `i..j` open with a body's head noun (Indonesian, Malay: "Kementerian",
/// "Partai") or end with one (English: "Authority", "University", "Bank's"), capitalised.
fn org_headed(c: &Ctx, i: usize, j: usize) -> bool {
    let words = c.words;
    if super::super::is_id_or_ms(c.lang) {
        c.capitalised(i)
            && super::super::ORG_HEADS_ID.contains(words[i])
            && !NOT_BODIES.contains(words[i])
    } else {
        // With its possessive ("The European Central Bank's Christine Lagarde").
        let last = without_possessive(words[j - 1]);
        c.lang.code() == Some("en")
            && c.capitalised(j - 1)
            && super::super::ends_body(last)
            && !NOT_BODIES.contains(last)
    }
}

/// Head nouns of the lists that also name leagues and buildings ("Liga Champions", "World
/// Trade Center", "Lincoln Memorial"): no evidence of a body on their own. Sorted.
static NOT_BODIES: WordList =
    WordList::new("cathedral center centre church hotel liga memorial office");

/// Role nouns of compromise's list that come before companies as often as before people
/// ("drug maker Eli Lilly", "its partner Morgan Stanley") or name no person at all: no cue.
/// Sorted.
static NOT_PEOPLE: WordList = WordList::new(
    "broker carrier champion character dealer developer distributor god host maker \
     manufacturer operator partner people phrase population producer provider publisher \
     retailer sponsor supplier winner",
);

/// Whether `i..j` is names on both sides of one "alias", each of one to four name words that
/// no other name holds.
fn named_twice(c: &Ctx, spans: &Spans, i: usize, j: usize) -> bool {
    let Some(a) = (i + 1..j.saturating_sub(1)).find(|&k| c.words[k] == "alias") else {
        return false;
    };
    a - i <= 4 && j - a - 1 <= 4 && (i..j).all(|k| k == a || (c.name_part(k) && !c.held(spans, k)))
}

#[cfg(test)]
mod tests {
    use super::super::{Ctx, Lang};
    use crate::text::EntityKind::{self, Person, Place};

    fn confirms(words: &[&str], span: (usize, usize), spans: &super::Spans) -> bool {
        confirms_in("en", words, span, spans)
    }

    fn confirms_in(lang: &str, words: &[&str], span: (usize, usize), spans: &super::Spans) -> bool {
        confirms_as(lang, words, span, spans, Person)
    }

    /// Whether the span of `kind` (at confidence 0.5) is confirmed among `spans`.
    fn confirms_as(
        lang: &str,
        words: &[&str],
        span: (usize, usize),
        spans: &super::Spans,
        kind: EntityKind,
    ) -> bool {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        let glued = vec![false; words.len()];
        let c = Ctx::new(words, &[], Lang::from_tag(lang), &glued, false);
        super::confirms(&c, spans, span.0, span.1, kind, 0.5)
    }

    #[test]
    fn initials_written_together_are_part_of_a_name() {
        let said = ["Governor", "K.H.", "Halvorsen", "said", "on", "Monday"];
        assert!(confirms(&said, (1, 3), &vec![]));
        // Not as the name's last word, nor an acronym without periods.
        let last = ["Governor", "Halvorsen", "K.H.", "said"];
        assert!(!confirms(&last, (1, 3), &vec![]));
        assert!(!super::dotted_initials("KH"));
        assert!(!super::dotted_initials("K."));
        assert!(super::dotted_initials("A.J."));
    }

    #[test]
    fn a_capitalised_title_confirms_one_word_in_english() {
        let met = ["will", "meet", "President", "Halvorsen", "on", "Monday"];
        assert!(confirms(&met, (3, 4), &vec![]));
        let queen = ["accompanied", "by", "Queen", "Astrid", "."];
        assert!(confirms(&queen, (3, 4), &vec![]));
        // Not a title inside a name, nor before more capitals, nor an acronym.
        let inside = ["Omar", "Sheikh", "Halvorsen", "arrived"];
        assert!(!confirms(&inside, (2, 3), &vec![]));
        let body = ["the", "President", "Halvorsen", "Foundation", "gave"];
        assert!(!confirms(&body, (2, 3), &vec![]));
        let acronym = ["President", "PSSI", "arrived"];
        assert!(!confirms(&acronym, (1, 2), &vec![]));
    }

    #[test]
    fn a_role_before_speech_after_or_an_apposition_confirms_a_person() {
        let said = ["spokesperson", "Vedant", "Patel", "said", "Thursday", "."];
        assert!(confirms(&said, (1, 3), &vec![]));
        assert!(confirms(&said[1..], (0, 2), &vec![]));
        let apposition = ["Han", "Dong-hoon", ",", "the", "leader", "of", "the", "PPP"];
        assert!(confirms(&apposition, (0, 2), &vec![]));
        let bare = ["Lee", "Jae-myung", ",", "leader", "of", "the", "party"];
        assert!(confirms(&bare, (0, 2), &vec![]));
        // One word by a verb of speech only.
        let one = ["spokesperson", "Patel", "said", "."];
        assert!(confirms(&one, (1, 2), &vec![]));
        let according = ["according", "to", "Maria", "Lopez", "."];
        assert!(confirms(&according, (2, 4), &vec![]));
        let was = ["his", "mentor", "was", "Maria", "Lopez", "."];
        assert!(confirms(&was, (3, 5), &vec![]));
        let married = ["she", "was", "married", "to", "Maria", "Lopez", "."];
        assert!(confirms(&married, (4, 6), &vec![]));
        let born = [
            "Maria", "Lopez", "(", "born", "1950", ")", "is", "a", "singer",
        ];
        assert!(confirms(&born, (0, 2), &vec![]));
    }

    #[test]
    fn a_region_noun_after_a_place_confirms_it() {
        let words = ["in", "the", "North", "Kivu", "province", "of", "Congo"];
        // The noun inside the tagger's span or after it.
        assert!(confirms_as("en", &words, (2, 5), &vec![], Place));
        assert!(confirms_as("en", &words, (2, 4), &vec![], Place));
        // Not a body, not capitalised ("Province"), not another language.
        assert!(!confirms_as(
            "en",
            &words,
            (2, 4),
            &vec![],
            EntityKind::Organization
        ));
        let words = ["the", "North", "Kivu", "Province", "office"];
        assert!(!confirms_as("en", &words, (1, 3), &vec![], Place));
        let words = ["wilayah", "Idlib", "province"];
        assert!(!confirms_as("id", &words, (1, 2), &vec![], Place));
    }

    #[test]
    fn an_office_and_its_bodys_acronym_confirm_a_name_from_the_floor() {
        let at = |words: &[&str], confidence: f32| {
            let glued = vec![false; words.len()];
            let c = Ctx::new(words, &[], Lang::from_tag("id"), &glued, false);
            let n = words.len();
            super::confirms(&c, &vec![], n - 3, n - 1, Person, confidence)
        };
        let words = ["Ketua", "DPR", "Puan", "Maharani", "menerima"];
        assert!(at(&words, 0.35));
        // Not under the floor, nor without the acronym between (the office alone asks 0.5).
        assert!(!at(&words, 0.25));
        let words = ["bersama", "Ketua", "Puan", "Maharani", "menerima"];
        assert!(!at(&words, 0.35) && at(&words, 0.5));
        // Not a year nor a regnal number for the acronym.
        let words = ["Piala", "Presiden", "2025", "Persib", "Bandung", "menang"];
        assert!(!at(&words, 0.35));
        let words = ["Ketua", "III", "Budi", "Santoso", "menerima"];
        assert!(!at(&words, 0.35));
    }

    #[test]
    fn person_cues_read_a_sentence_dense_with_names_but_not_a_headline() {
        let words = ["kata", "Retno", "Marsudi", "Gubernur", "Jawa", "Barat"];
        let glued = vec![false; words.len()];
        let mut c = Ctx::new(&words, &[], Lang::from_tag("id"), &glued, false);
        c.title_case = true;
        assert!(super::confirms(&c, &vec![], 1, 3, Person, 0.5));
        c.headline = true;
        assert!(!super::confirms(&c, &vec![], 1, 3, Person, 0.5));
    }

    #[test]
    fn a_capitalised_title_confirms_two_words_the_tagger_thinks_not_unlikely() {
        let words = ["against", "Interior", "Minister", "Lee", "Sang-min", "."];
        assert!(confirms(&words, (3, 5), &vec![]));
        let glued = vec![false; words.len()];
        let c = Ctx::new(&words, &[], Lang::from_tag("en"), &glued, false);
        // Less sure than the weak floor will do ("Former President Barack Obama" at 0.41);
        // one word, or after a role that comes before companies ("Partner"): no.
        assert!(super::confirms(&c, &vec![], 3, 5, Person, 0.35));
        // Not a place's or building's name after the title ("Prince Edward Island").
        let island = ["on", "Prince", "Edward", "Island", "."];
        let c = Ctx::new(&island, &[], Lang::from_tag("en"), &glued, false);
        assert!(!super::confirms(&c, &vec![], 2, 4, Person, 0.35));
        let tower = ["at", "President", "Trump", "Tower", "."];
        let c = Ctx::new(&tower, &[], Lang::from_tag("en"), &glued, false);
        assert!(!super::confirms(&c, &vec![], 2, 4, Person, 0.35));
        // Not in Indonesian, where a body may stand between the office and the name.
        let words = [
            "Presiden",
            "Recording",
            "Academy",
            "Neil",
            "Portnow",
            "naik",
        ];
        let c = Ctx::new(&words, &[], Lang::from_tag("id"), &glued, false);
        assert!(!super::confirms(&c, &vec![], 1, 5, Person, 0.35));
        assert!(!confirms(&words, (3, 4), &vec![]));
        let partner = ["its", "Partner", "Morgan", "Stanley", "."];
        assert!(!confirms(&partner, (2, 4), &vec![]));
    }

    #[test]
    fn an_indonesian_title_or_lower_case_contraction_confirms_two_words() {
        let words = [
            "Mangunkusumo",
            "dr",
            "Wismandari",
            "Wisnu",
            "SpPD-KEMD",
            "berkata",
        ];
        assert!(confirms_in("id", &words[..5], (2, 4), &vec![]));
        let words = ["Menteri", "Luar", "Negeri", "Retno", "Marsudi", "hadir"];
        assert!(confirms_in("id", &words, (3, 5), &vec![]));
        // An office whose portfolio's fields "dan" joins.
        let portfolio = [
            "Menteri",
            "Pemuda",
            "dan",
            "Olahraga",
            "Dito",
            "Ariotedjo",
            "hadir",
        ];
        assert!(confirms_in("id", &portfolio, (4, 6), &vec![]));
        // Not one word, nor after "ibu" in lower case (a mother).
        assert!(!confirms_in("id", &words, (4, 5), &vec![]));
        let words = ["kata", "ibu", "Ani", "Susanti"];
        assert!(!confirms_in("id", &words[1..], (1, 3), &vec![]));
        // Not a namesake inside a body's name, nor a span the capitals run on after.
        let words = ["di", "RSUP", "dr", "Hasan", "Sadikin", "Bandung"];
        assert!(!confirms_in("id", &words, (3, 5), &vec![]));
        let words = [
            "Universitas",
            "Sultan",
            "Ageng",
            "Tirtayasa",
            "di",
            "Serang",
        ];
        assert!(!confirms_in("id", &words, (2, 4), &vec![]));
        let words = [
            "Pelatih",
            "Dewa",
            "United",
            "Jan",
            "Olde",
            "Riekerink",
            "berkata",
        ];
        assert!(!confirms_in("id", &words, (1, 3), &vec![]));
        let words = ["Bupati", "Sleman", "Kustini", "Sri", "Purnomo", "hadir"];
        assert!(!confirms_in("id", &words, (1, 5), &vec![]));
    }

    #[test]
    fn small_words_inside_a_name_do_not_stop_a_cue() {
        let words = ["Crown", "Prince", "Mohammed", "bin", "Salman", "said"];
        assert!(confirms(&words, (2, 5), &vec![]));
        // Not at a name's end.
        let words = ["Prince", "Mohammed", "bin", "said"];
        assert!(!confirms(&words, (1, 3), &vec![]));
    }

    #[test]
    fn a_place_before_a_comma_and_a_sure_place_is_one() {
        let words = ["mengguncang", "Cianjur", ",", "Jawa", "Barat", "."];
        let sure = vec![(3, 5, Place)];
        assert!(confirms_as("id", &words, (1, 2), &sure, Place));
        // Not before a person, nor a person before a place.
        assert!(!confirms_as(
            "id",
            &words,
            (1, 2),
            &vec![(3, 5, Person)],
            Place
        ));
        assert!(!confirms_as("id", &words, (1, 2), &sure, Person));
    }

    #[test]
    fn a_name_joined_to_a_sure_name_of_its_kind_is_one() {
        use crate::text::EntityKind::Organization;
        let words = ["while", "Hamas", "and", "Hezbollah", "praised", "it"];
        let sure = vec![(3, 4, Organization)];
        assert!(confirms_as("en", &words, (1, 2), &sure, Organization));
        let words = ["banjir", "di", "Bekasi", "dan", "Jakarta"];
        let sure = vec![(4, 5, Place)];
        assert!(confirms_as("id", &words, (2, 3), &sure, Place));
        // Not of another kind, nor by another language's word.
        let words = ["while", "Hamas", "and", "Hezbollah", "praised", "it"];
        assert!(!confirms_as(
            "en",
            &words,
            (1, 2),
            &vec![(3, 4, Place)],
            Organization
        ));
        let words = ["Hamas", "of", "Hezbollah"];
        assert!(!confirms_as(
            "en",
            &words,
            (0, 1),
            &vec![(2, 3, Organization)],
            Organization
        ));
        // An item of a list with a sure name of its kind and a conjunction.
        let words = [
            "ke", "Kulon", "Progo", ",", "Bantul", ",", "Sleman", "dan", "Gunung", "Kidul",
        ];
        let sure = vec![(1, 3, Place), (8, 10, Place)];
        assert!(confirms_as("id", &words, (4, 5), &sure, Place));
        let words = ["near", "Aleppo", ",", "Homs", ",", "and", "Hama", "."];
        let sure = vec![(1, 2, Place)];
        assert!(confirms_as("en", &words, (6, 7), &sure, Place));
        // Not without a conjunction, nor where an item is of another kind.
        let words = ["Aleppo", ",", "Homs", ",", "Hama"];
        assert!(!confirms_as(
            "en",
            &words,
            (2, 3),
            &vec![(0, 1, Place)],
            Place
        ));
        let words = ["Jokowi", ",", "Jakarta", ",", "Bantul", "dan", "KPK"];
        let sure = vec![(0, 1, Person), (2, 3, Place), (6, 7, Organization)];
        assert!(!confirms_as("id", &words, (4, 5), &sure, Place));
        // Nor the rest of a body's name that holds "and", nor German nouns.
        let words = ["Kementerian", "Energi", "dan", "Sumber", "Daya", "Mineral"];
        let sure = vec![(0, 2, Organization)];
        assert!(!confirms_as("id", &words, (3, 6), &sure, Organization));
        let words = ["Bund", "und", "Länder"];
        let sure = vec![(0, 1, Organization)];
        assert!(!confirms_as("de", &words, (2, 3), &sure, Organization));
    }

    #[test]
    fn a_german_office_before_a_name_confirms_a_person() {
        let words = [
            "Ministerpräsidentin",
            "Elke",
            "Brandt",
            "(",
            "SPD",
            ")",
            "sagte",
        ];
        assert!(confirms_in("de", &words, (1, 3), &vec![]));
        // Not one word, not without the office, not a run that goes on capitalised.
        assert!(!confirms_in("de", &words, (2, 3), &vec![]));
        let words = ["Laut", "Elke", "Brandt", "sagte"];
        assert!(!confirms_in("de", &words, (1, 3), &vec![]));
        let words = ["Umweltministerin", "Elke", "Brandt", "Stiftung", "sagte"];
        assert!(!confirms_in("de", &words, (1, 3), &vec![]));
    }

    #[test]
    fn an_indonesian_office_confirms_the_name_a_comma_sets_apart() {
        let words = [
            "kata", "Perdana", "Menteri", "Ethiopia", ",", "Meles", "Zenawi", ",", "kemarin",
        ];
        assert!(confirms_in("id", &words, (5, 7), &vec![]));
        // Not a comma after no office.
        let words = ["di", "Addis", "Ababa", ",", "Meles", "Zenawi", "berkata"];
        assert!(!confirms_in("id", &words[..6], (4, 6), &vec![]));
    }

    #[test]
    fn indonesian_verbs_of_speech_confirm_a_person() {
        let after = [
            "Tetangga",
            "bernama",
            "Dewi",
            "Jones",
            "mengatakan",
            "bahwa",
        ];
        assert!(confirms_in("id", &after, (2, 4), &vec![]));
        let before = ["kata", "Retno", "Marsudi", "di", "Jakarta", "."];
        assert!(confirms_in("id", &before, (1, 3), &vec![]));
        let one = ["Eko", "mengatakan", "relokasi", "dimulai", "."];
        assert!(confirms_in("id", &one, (0, 1), &vec![]));
        // Not a name the cue does not touch, nor a language without cues.
        let far = ["Dewi", "Jones", "pulang", "dan", "mengatakan", "bahwa"];
        assert!(!confirms_in("id", &far, (0, 2), &vec![]));
        assert!(!confirms_in("de", &after, (2, 4), &vec![]));
    }

    #[test]
    fn an_indonesian_marriage_or_birth_confirms_a_person_of_two_words() {
        let married = ["ia", "menikah", "dengan", "Ratna", "Sari", "pada", "1990"];
        assert!(confirms_in("id", &married, (3, 5), &vec![]));
        let married = ["ia", "menikahi", "Ratna", "Sari", "."];
        assert!(confirms_in("id", &married, (2, 4), &vec![]));
        let born = ["Ratna", "Sari", "(", "lahir", "1950", ")", "adalah"];
        assert!(confirms_in("id", &born, (0, 2), &vec![]));
        // One word, or "dengan" without the marriage: no.
        let one = ["ia", "menikahi", "Ratna", "."];
        assert!(!confirms_in("id", &one, (2, 3), &vec![]));
        let with = ["ia", "bertemu", "dengan", "Ratna", "Sari", "."];
        assert!(!confirms_in("id", &with, (3, 5), &vec![]));
    }

    #[test]
    fn an_indonesian_passives_agent_confirms_a_person_of_two_words() {
        let words = [
            "gol", "dicetak", "oleh", "Ratna", "Sari", "pada", "menit", "ke-52",
        ];
        assert!(confirms_in("id", &words, (3, 5), &vec![]));
        // One word, or another language's "oleh".
        let one = ["dicetak", "oleh", "Ratna", "."];
        assert!(!confirms_in("id", &one, (2, 3), &vec![]));
        // Nor the first words of a longer run, nor a body's.
        let longer = ["dibangun", "oleh", "Vestrika", "Halvor", "Jaya", "."];
        assert!(!confirms_in("id", &longer, (2, 4), &vec![]));
        let body = ["dibangun", "oleh", "Badan", "Vestrika", "."];
        assert!(!confirms_in("id", &body, (2, 4), &vec![]));
        assert!(!confirms_in("de", &words, (3, 5), &vec![]));
    }

    #[test]
    fn an_indonesian_office_after_sebagai_confirms_a_person_of_two_words() {
        let words = [
            "dilantik", "Ratna", "Sari", "sebagai", "Menteri", "Keuangan", ".",
        ];
        assert!(confirms_in("id", &words, (1, 3), &vec![]));
        // Not "sebagai" before a word that is no title, nor one word.
        let words = ["Ratna", "Sari", "sebagai", "contoh", "."];
        assert!(!confirms_in("id", &words, (0, 2), &vec![]));
        let one = ["dilantik", "Ratna", "sebagai", "Menteri", "Keuangan"];
        assert!(!confirms_in("id", &one, (1, 2), &vec![]));
        // Nor a role noun in lower case, nor an honorific.
        let words = ["Vestrika", "Halvor", "sebagai", "operator", "jalan", "tol"];
        assert!(!confirms_in("id", &words, (0, 2), &vec![]));
        let words = ["Vestrika", "Halvor", "sebagai", "Tuan", "Rumah", "."];
        assert!(!confirms_in("id", &words, (0, 2), &vec![]));
    }

    #[test]
    fn a_name_and_its_alias_confirm_a_person() {
        let words = [
            "kelompok", "Nurdin", "Ismail", "alias", "Din", "Minimi", "ke",
        ];
        assert!(confirms_in("id", &words, (1, 6), &vec![]));
        // Not an alias at the span's edge, nor words that are no name.
        assert!(!confirms_in("id", &words, (1, 4), &vec![]));
        let words = ["kelompok", "Nurdin", "alias", "dia", "ke"];
        assert!(!confirms_in("id", &words, (1, 4), &vec![]));
    }

    #[test]
    fn a_noun_of_natures_places_opening_it_confirms_a_place() {
        use crate::text::EntityKind::Organization;
        let words = ["setelah", "Sungai", "Vestrika", "meluap"];
        assert!(confirms_as("id", &words, (1, 3), &vec![], Place));
        // Not in lower case, not alone, not another kind or language.
        let words = ["setelah", "sungai", "Vestrika", "meluap"];
        assert!(!confirms_as("id", &words, (1, 3), &vec![], Place));
        let words = ["setelah", "Sungai", "meluap"];
        assert!(!confirms_as("id", &words, (1, 2), &vec![], Place));
        let words = ["setelah", "Sungai", "Vestrika", "meluap"];
        assert!(!confirms_as("id", &words, (1, 3), &vec![], Organization));
        assert!(!confirms_as("en", &words, (1, 3), &vec![], Place));
    }

    #[test]
    fn a_preposition_of_place_confirms_a_place() {
        use crate::text::EntityKind::Organization;
        let check = |lang: &str, words: &[&str], span: (usize, usize), kind| {
            confirms_as(lang, words, span, &vec![], kind)
        };
        assert!(check(
            "id",
            &["di", "Salemba", ",", "Jakarta"],
            (1, 2),
            Place
        ));
        assert!(check("en", &["in", "Beit", "Hanun", "."], (1, 3), Place));
        // Not after another word, not another kind, not a language without the word listed.
        assert!(!check("en", &["at", "Beit", "Hanun", "."], (1, 3), Place));
        assert!(!check(
            "en",
            &["in", "Beit", "Hanun", "."],
            (1, 3),
            Organization
        ));
        assert!(!check("nl", &["in", "Beit", "Hanun", "."], (1, 3), Place));
        assert!(!check(
            "id",
            &["di", "Stanford", "University"],
            (1, 3),
            Place
        ));
        assert!(!check(
            "id",
            &["di", "Kementerian", "Keuangan"],
            (1, 3),
            Place
        ));
        assert!(!check("id", &["di", "Piala", "Dunia"], (1, 3), Place));
    }

    #[test]
    fn a_head_noun_confirms_a_body() {
        use crate::text::EntityKind::Organization;
        let check = |lang: &str, words: &[&str], span: (usize, usize)| {
            confirms_as(lang, words, span, &vec![], Organization)
        };
        assert!(check("id", &["oleh", "Partai", "Buruh", "Tani"], (1, 4)));
        assert!(check(
            "en",
            &["the", "Athens", "Transport", "Authority"],
            (1, 4)
        ));
        assert!(check(
            "en",
            &["The", "European", "Central", "Bank's", "Christine"],
            (1, 4)
        ));
        // A league's or a building's head is no body's, with its possessive too.
        assert!(!check(
            "en",
            &["the", "World", "Trade", "Center's", "roof"],
            (1, 4)
        ));
        assert!(!check("id", &["ke", "Liga", "Champions"], (1, 3)));
        assert!(!check("en", &["the", "Lincoln", "Memorial"], (1, 3)));
        // The head on the other end, in lower case, or one word alone: no.
        assert!(!check("en", &["the", "Authority", "Athens"], (1, 3)));
        assert!(!check("id", &["oleh", "partai", "Buruh"], (1, 3)));
        assert!(!check("id", &["oleh", "Partai"], (1, 2)));
    }

    #[test]
    fn no_cue_no_confirmation() {
        // No cue, one word, a capitalised word before, an apposition with no role, or a word
        // another name holds.
        let none = ["It", "was", "Vedant", "Patel", "again", "."];
        assert!(!confirms(&none, (2, 4), &vec![]));
        let one = ["spokesperson", "Patel", "is", "here", "."];
        assert!(!confirms(&one, (1, 2), &vec![]));
        let one = ["Patel", ",", "the", "leader", "of", "it"];
        assert!(!confirms(&one, (0, 1), &vec![]));
        let place = ["Grand", "Rapids", ",", "the", "city", "of", "furniture"];
        assert!(!confirms(&place, (0, 2), &vec![]));
        // A role that comes before companies too.
        let maker = ["drug", "maker", "Eli", "Lilly", "rose"];
        assert!(!confirms(&maker, (2, 4), &vec![]));
        let possessive = ["Later", "Kamala's", "Harris", "said", "so"];
        assert!(!confirms(&possessive, (1, 3), &vec![]));
        let held = ["leader", "Vedant", "Patel", "said"];
        assert!(!confirms(&held, (1, 3), &vec![(2, 3, Place)]));
        // "is" or "was" after what is no role.
        let was = ["the", "meeting", "was", "Maria", "Lopez", "."];
        assert!(!confirms(&was, (3, 5), &vec![]));
        let to = ["she", "went", "to", "Maria", "Lopez", "."];
        assert!(!confirms(&to, (3, 5), &vec![]));
        let paren = ["Maria", "Lopez", "(", "Spain", ")"];
        assert!(!confirms(&paren, (0, 2), &vec![]));
    }
}
