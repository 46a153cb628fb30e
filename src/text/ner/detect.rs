//! Mentions in one sentence: the tagger's spans, gazetteer places, and the traps removed.

use super::features::gazetteer_positions;
use super::gazetteer::{EnglishWords, Gazetteer, Place};
use super::is_function_word;
use super::model::Tagger;
use super::pack::Pack;
use super::token::{Token, Tokens};
use crate::text::case::{lower_chars, lowercase, with_lowercase};
use crate::text::chars::{is_alphabetic, is_alphanumeric};
use crate::text::lang::Lang;
use crate::text::{EntityKind, Span};

/// A detected mention before linking.
#[derive(Clone, Debug)]
pub struct Raw {
    pub block: usize,
    pub span: Span,
    pub kind: EntityKind,
    pub place: Option<Place>,
    pub origin: Origin,
}

/// Where a mention came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Model,
    Gazetteer,
    Glossary(usize),
    /// Defined in parentheses after the mention at this index of the mention list.
    Alias(usize),
    /// Another occurrence of a name the text already gave.
    Repeat,
}

/// The longest token [`split_glued`] looks into: two words glued by copy-paste.
const GLUED_MAX: usize = 64;

/// Splits words glued by copy-paste ("PyongyangFoto", "PolitikKorea") where one side is a
/// known place: a lower-case letter followed by a capital inside a token of at most
/// [`GLUED_MAX`] bytes (a longer one is no pair of words, and each capital would cost a lookup).
fn split_glued(text: &str, tokens: &mut Vec<Token>) {
    let g = Gazetteer::get();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let word = t.text(text);
        // Most words are ASCII with no capital after the first letter: nothing to split.
        if word.len() > GLUED_MAX
            || !word
                .bytes()
                .skip(1)
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            i += 1;
            continue;
        }
        let mut split = None;
        let mut prev: Option<char> = None;
        for (k, c) in word.char_indices() {
            if prev.is_some_and(char::is_lowercase) && c.is_uppercase() && k >= 2 {
                let (a, b) = (&word[..k], &word[k..]);
                let mut rest = vec![Token {
                    start: t.start + k,
                    end: t.end,
                }];
                rest.extend_from_slice(&tokens[i + 1..tokens.len().min(i + 4)]);
                let mut buf = String::new();
                if g.lookup(a).is_some() || g.match_at(text, &rest, 0, &mut buf).is_some() {
                    let _ = b;
                    split = Some(t.start + k);
                    break;
                }
            }
            prev = Some(c);
        }
        if let Some(at) = split {
            tokens[i] = Token {
                start: t.start,
                end: at,
            };
            tokens.insert(
                i + 1,
                Token {
                    start: at,
                    end: t.end,
                },
            );
        }
        i += 1;
    }
}

pub(super) fn is_given_name(word: &str) -> bool {
    with_lowercase(word, |w| EnglishWords::get().given.contains(w))
}

/// A title word before a name in English ("Minister", "Gen.", "President").
fn is_english_title(word: &str) -> bool {
    // Titles are written "Ms", "Dr", "Gen.": an acronym is none ("MS" in a name is initials).
    if super::is_acronym(word) {
        return false;
    }
    let w = EnglishWords::get();
    with_lowercase(word.trim_end_matches('.'), |lower| {
        w.roles.contains(lower) || w.honorifics.contains(lower)
    })
}

/// English organisations by their head noun (compromise's organisation words): a capitalised
/// run that ends in one ("European Commission", "Detroit Police Department"), or one followed
/// by "of" and a capitalised run ("Bank of England", "University of the Philippines"):
/// `(first token, end token)`.
fn org_word_spans(words: &[&str], lang: Lang) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if lang.code() != Some("en") {
        return out;
    }
    let org_words = &EnglishWords::get().org_words;
    let name_word = |x: &str| capitalised(x) && x.chars().all(is_alphabetic);
    let mut k = 0;
    while k < words.len() {
        let head = words[k];
        if !name_word(head) || !with_lowercase(head, |l| org_words.contains(l)) {
            k += 1;
            continue;
        }
        let mut a = k;
        while a > 0 && name_word(words[a - 1]) {
            a -= 1;
        }
        // Not from a function word where the sentence opens ("The Commission said").
        if a < k && opens(words, a) && is_function_word(words[a], lang) {
            a += 1;
        }
        let mut b = k + 1;
        if words.get(k + 1) == Some(&"of") {
            let c = k + 2 + usize::from(words.get(k + 2) == Some(&"the"));
            let mut e = c;
            while e < words.len() && name_word(words[e]) {
                e += 1;
            }
            if e > c {
                b = e;
            }
        }
        if b - a >= 2 && !is_given_name(words[a]) {
            out.push((a, b));
        }
        k = b;
    }
    out
}

/// Well-known organisations (compromise's lexicon) in capitalised text: `(first token, length)`.
fn organization_matches(words: &[&str]) -> Vec<(usize, usize)> {
    let w = EnglishWords::get();
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < words.len() {
        let found = if capitalised(words[i]) {
            let last_capitalised = |len: usize| capitalised(words[i + len - 1]);
            w.organizations
                .longest_at(
                    words.len(),
                    |k| words[k],
                    i,
                    true,
                    last_capitalised,
                    &mut buf,
                )
                .map(|(len, _)| len)
        } else {
            None
        };
        match found {
            Some(len) => {
                out.push((i, len));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// Whether the letters of `short` appear in order in `long`, starting with its first letter
/// ("Korut" in "Korea Utara", "Deplu" in "Departemen Luar Negeri", "BEI" in "Bursa Efek
/// Indonesia").
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    let mut long = long
        .chars()
        .filter(|&c| is_alphanumeric(c))
        .flat_map(lower_chars);
    let mut short = short
        .chars()
        .filter(|&c| is_alphanumeric(c))
        .flat_map(lower_chars);
    let (Some(s0), Some(l0)) = (short.next(), long.next()) else {
        return false;
    };
    s0 == l0 && short.all(|c| long.any(|l| l == c))
}

/// Corrections of the tagger's spans that follow from how names are written:
/// - a capitalised run defined by a short form in parentheses is one name ("Kantor Berita
///   Pusat Korea Utara (KCNA)"), or the part of it the short form abbreviates ("Pemimpin Korea
///   Utara (Korut)" defines "Korea Utara");
/// - names are capitalised: leading lower-case words go ("kota Vladivostok");
/// - a person's name runs on over capitalised words the tagger dropped ("Kim Jong Un");
fn refine(
    words: &[&str],
    places: &[(usize, usize, Place)],
    lang: Lang,
    spans: &mut Vec<(usize, usize, EntityKind)>,
) {
    let n = words.len();
    // Definitions: Run (Short).
    let mut defined: Vec<(usize, usize, EntityKind)> = Vec::new();
    for p in 1..n.saturating_sub(2) {
        if words[p] != "(" || words[p + 2] != ")" || !capitalised(words[p + 1]) {
            continue;
        }
        let short = words[p + 1];
        let end = p;
        // A person's nickname ("Tri Rismaharini (Risma)", "Basuki Tjahaja Purnama (Ahok)")
        // names the whole person the tagger found, even where it abbreviates one word of it.
        if !super::is_acronym(short)
            && spans
                .iter()
                .any(|s| s.1 == end && s.2 == EntityKind::Person)
        {
            continue;
        }
        let mut start = end;
        while start > 0
            && capitalised(words[start - 1])
            && words[start - 1].chars().any(is_alphabetic)
        {
            start -= 1;
        }
        if start == end {
            continue;
        }
        // The capitalised run's first word from which the run abbreviates to the short form;
        // failing that, the nearest run back over lower-case connectors that does, whole:
        // "Kementerian Pendidikan dan Kebudayaan (Kemendikbud)", "Badan Meteorologi,
        // Klimatologi, dan Geofisika (BMKG)", "Organization of the Petroleum Exporting
        // Countries (OPEC)".
        let connector =
            |w: &str| w == "," || w == "&" || (!capitalised(w) && is_function_word(w, lang));
        let (mut first, mut last) = (start, end);
        let best = loop {
            if let Some(a) = (first..last).find(|&a| abbreviates(short, &words[a..end].join(" "))) {
                break Some(a);
            }
            let mut k = first;
            while k > 0 && first - k < 2 && connector(words[k - 1]) {
                k -= 1;
            }
            let mut run = k;
            while run > 0
                && capitalised(words[run - 1])
                && words[run - 1].chars().any(is_alphabetic)
            {
                run -= 1;
            }
            if k == first || run == k {
                break None;
            }
            (first, last) = (run, k);
        };
        let (a, b) = match best {
            Some(a) => (a, end),
            // Neither an acronym nor an abbreviation of the run ("PT Pindad (Persero)"), or an
            // acronym after a run that is a place ("Jakarta (ANTARA) -", a dateline): no
            // definition.
            None if !super::is_acronym(short)
                || places.iter().any(|pl| pl.0 <= start && pl.0 + pl.1 == end) =>
            {
                continue
            }
            // Not an abbreviation of the run (an English acronym, say): the whole run, without
            // a leading function word where the sentence opens.
            None => {
                let a = if opens(words, start) && is_function_word(words[start], lang) {
                    start + 1
                } else {
                    start
                };
                (a, end)
            }
        };
        if a >= b {
            continue;
        }
        let place = places.iter().any(|pl| pl.0 == a && pl.0 + pl.1 == b);
        // What the tagger made of the run, or else of the short form.
        let tagged = spans
            .iter()
            .find(|s| s.0 == a && s.1 == b)
            .or_else(|| spans.iter().find(|s| s.0 <= p + 1 && p + 1 < s.1))
            .map(|s| s.2);
        let kind = if place {
            EntityKind::Place
        } else if super::opens_org_name(words[a], lang) {
            EntityKind::Organization
        } else if let Some(k) = tagged {
            k
        } else if words[a..b].iter().any(|w| super::is_org_head(w)) {
            EntityKind::Organization
        } else {
            // Defined terms are as often things as bodies ("Bahan Bakar Minyak (BBM)", "Consumer
            // Price Index (CPI)"): a glossary entry, not claimed to be an organisation.
            EntityKind::Other
        };
        defined.push((a, b, kind));
    }
    for d in &defined {
        spans.retain(|s| s.1 <= d.0 || d.1 <= s.0);
        spans.push(*d);
    }
    // Names are capitalised: a span written all in lower case ("desa karangasem") is none. A
    // capital inside a word keeps it ("iPhone"); so do letters without case.
    spans.retain(|s| {
        let letters = || words[s.0..s.1].iter().flat_map(|w| w.chars());
        letters().any(char::is_uppercase) || !letters().any(char::is_lowercase)
    });
    for s in spans.iter_mut() {
        // Leading lower-case words are not part of a name (unless the whole name is lower case).
        if (s.0..s.1).any(|k| capitalised(words[k])) {
            while s.0 < s.1 && !capitalised(words[s.0]) {
                s.0 += 1;
            }
        }
        if s.2 == EntityKind::Person {
            // The rest of a person's name the tagger dropped: up to two capitalised words.
            let mut extra = 0;
            while s.1 < n
                && extra < 2
                && capitalised(words[s.1])
                && words[s.1].chars().all(is_alphabetic)
                && !is_function_word(words[s.1], lang)
                && !is_trap(words[s.1], lang)
                && !places.iter().any(|pl| pl.0 == s.1)
            {
                s.1 += 1;
                extra += 1;
            }
        }
    }
    let english = lang.code() == Some("en");
    for s in spans.iter_mut() {
        // A name neither starts with a function word ("The", "In") nor, for a person, with a
        // title ("Minister", "Gen."); it does not end in lower case or with a day or month.
        // Only where a sentence or quotation opens does a capital say nothing: elsewhere a
        // capitalised word the lists call a sentence starter is part of the name ("New York",
        // "Great Britain", "The Hague").
        while s.0 < s.1 && s.1 - s.0 > 1 && opens(words, s.0) && is_function_word(words[s.0], lang)
        {
            s.0 += 1;
        }
        if s.2 == EntityKind::Person {
            while s.1 - s.0 > 1 && super::is_honorific(words[s.0], lang) {
                s.0 += 1;
            }
            if s.1 - s.0 > 1 && super::opens_org_name(words[s.0], lang) {
                s.2 = EntityKind::Organization;
            }
        }
        if english {
            // A country's adjective opens no name: "Russian President Vladimir Putin", "North
            // Korean troops" (CLDR's English country names and the usual endings).
            let gazetteer = super::gazetteer::Gazetteer::get();
            loop {
                if s.1 - s.0 >= 2
                    && gazetteer.is_english_demonym(&[words[s.0], words[s.0 + 1]].join(" "))
                {
                    s.0 += 2;
                } else if s.0 < s.1 && gazetteer.is_english_demonym(words[s.0]) {
                    s.0 += 1;
                } else {
                    break;
                }
            }
            if s.0 >= s.1 {
                continue;
            }
            // "President Vladimir Putin" is a person, whatever the tagger made of it.
            if is_english_title(words[s.0]) && (s.0 + 1..s.1).any(|k| is_given_name(words[k])) {
                s.2 = EntityKind::Person;
            }
        }
        if s.2 == EntityKind::Person {
            // "Foreign Minister Penny Wong", "Secretary of State Antony Blinken": the name starts
            // after the last title word, at the first given name if there is one.
            if let Some(t) = (s.0..s.1 - 1).rev().find(|&k| is_english_title(words[k])) {
                s.0 = (t + 1..s.1 - 1)
                    .find(|&k| is_given_name(words[k]))
                    .unwrap_or(t + 1);
                while s.0 < s.1 - 1 && is_function_word(words[s.0], lang) {
                    s.0 += 1;
                }
            }
        }
        while s.1 > s.0 + 1
            && (!capitalised(words[s.1 - 1]) || is_trap(words[s.1 - 1], lang))
            && words[s.1 - 1].chars().all(is_alphabetic)
        {
            s.1 -= 1;
        }
    }
    // A given name the tagger left out before a person's name ("Perry" in "Gubernur Bank
    // Indonesia Perry Warjiyo"): one capitalised word that no other span or place holds.
    let mut held = Vec::new();
    if spans.iter().any(|s| s.2 == EntityKind::Person && s.0 > 0) {
        held = vec![false; n];
        for &(a, b, _) in spans.iter() {
            held[a..b].iter_mut().for_each(|h| *h = true);
        }
        for &(p, len, _) in places {
            held[p..p + len].iter_mut().for_each(|h| *h = true);
        }
    }
    for s in spans.iter_mut() {
        if s.2 == EntityKind::Person && s.0 > 0 && s.0 < s.1 {
            let w = words[s.0 - 1];
            if !held[s.0 - 1]
                && capitalised(w)
                && w.chars().all(is_alphabetic)
                && is_given_name(w)
                && !is_function_word(w, lang)
                && !is_english_title(w)
                && !super::is_honorific(w, lang)
            {
                s.0 -= 1;
            }
        }
    }
    // "New Zealand and New York": a span that joins a known place to another name with a
    // conjunction ("and", "dan": see `Gazetteer::is_conjunction`) is two names, and the other is
    // a place too. Not where the whole span is the place ("Bosnia and Herzegovina").
    let gazetteer = super::gazetteer::Gazetteer::get();
    let mut second = Vec::new();
    for s in spans.iter_mut() {
        let known = |a: usize, b: usize| places.iter().any(|p| p.0 == a && p.0 + p.1 == b);
        if s.1 - s.0 < 3 || known(s.0, s.1) {
            continue;
        }
        let joint = (s.0 + 1..s.1 - 1).find(|&k| {
            let w = words[k];
            gazetteer.is_conjunction(w) && (known(s.0, k) || known(k + 1, s.1))
        });
        if let Some(k) = joint {
            second.push((k + 1, s.1, EntityKind::Place));
            *s = (s.0, k, EntityKind::Place);
            continue;
        }
        // "Olaf Scholz in Berlin": a lower-case function word before a known place that ends
        // the span ends the name before it; the place is a name of its own.
        let before_place = (s.0 + 1..s.1 - 1).find(|&k| {
            let w = words[k];
            !capitalised(w) && is_function_word(w, lang) && known(k + 1, s.1)
        });
        if let Some(k) = before_place {
            second.push((k + 1, s.1, EntityKind::Place));
            s.1 = k;
        }
    }
    spans.extend(second);
    // A known place decides: it replaces a span inside it ("South Korea" for "Korea"), and a
    // "person" that is exactly a place and starts with no given name is the place.
    for &(p, len, _) in places {
        let (a, b) = (p, p + len);
        if spans
            .iter()
            .any(|s| a <= s.0 && s.1 <= b && (s.0, s.1) != (a, b))
            && !spans
                .iter()
                .any(|s| s.0 < a && a < s.1 || s.0 < b && b < s.1)
        {
            spans.retain(|s| !(a <= s.0 && s.1 <= b));
            spans.push((a, b, EntityKind::Place));
        }
        for s in spans.iter_mut() {
            if (s.0, s.1) == (a, b) && s.2 == EntityKind::Person && !is_given_name(words[a]) {
                s.2 = EntityKind::Place;
            }
        }
    }
    // English organisations by their head noun: "European Commission", "Bank of England".
    for (a, b) in org_word_spans(words, lang) {
        if spans
            .iter()
            .any(|s| (s.0 < a && a < s.1) || (s.0 < b && b < s.1))
        {
            continue;
        }
        spans.retain(|s| s.1 <= a || b <= s.0);
        spans.push((a, b, EntityKind::Organization));
    }
    // Well-known organisations.
    for (p, len) in organization_matches(words) {
        let (a, b) = (p, p + len);
        match spans.iter_mut().find(|s| (s.0, s.1) == (a, b)) {
            Some(s) => s.2 = EntityKind::Organization,
            None => {
                if !spans.iter().any(|s| s.0 < b && a < s.1) {
                    spans.push((a, b, EntityKind::Organization));
                }
            }
        }
    }
    crate::text::sort::sort_by_key(spans, |s| s.0);
    // Names the tagger left out entirely: a capitalised run that contains a given name is a
    // person from that name on, with at most one capitalised word before it, which
    // `split_title_words` may later give to the title ("Juru bicara Kremlin Dmitry Peskov").
    {
        let mut k = 0;
        while k < n {
            let covered = |t: usize| spans.iter().any(|s| s.0 <= t && t < s.1);
            if !capitalised(words[k]) || covered(k) {
                k += 1;
                continue;
            }
            let mut end = k;
            while end < n
                && capitalised(words[end])
                && !covered(end)
                && without_possessive(words[end]).chars().all(is_alphabetic)
            {
                end += 1;
                // A possessive ends the name: "Angela Merkel's office".
                if without_possessive(words[end - 1]).len() < words[end - 1].len() {
                    break;
                }
            }
            if let Some(g) = (k..end).find(|&t| is_given_name(words[t]) && t + 1 < end) {
                let start = if g > k
                    && !is_function_word(words[g - 1], lang)
                    && !is_english_title(words[g - 1])
                    && g - k == 1
                {
                    g - 1
                } else {
                    g
                };
                spans.push((start, end, EntityKind::Person));
            }
            k = end.max(k + 1);
        }
        crate::text::sort::sort_by_key(spans, |s| s.0);
    }
    // Buildings and works with their names ("Masjid Istiqlal", "Bandara Soekarno-Hatta", see
    // `FACILITY_NOUNS_ID`): the word and the capitalised run after it are one place, whatever
    // the tagger made of the run (a street named after a person is no person). In lower case
    // too ("jalan Gatot Subroto", "stasiun Gambir"): without its noun the name says
    // someone or somewhere else. Events and awards the same way ("Piala Dunia", "Perang Dunia
    // II", "Penghargaan Adipura", see `EVENT_NOUNS_ID`), capitalised, as a glossary entry of
    // kind other.
    if super::is_id_or_ms(lang) {
        let head = |w: &str| {
            if super::FACILITY_NOUNS_ID.contains(w) {
                Some(EntityKind::Place)
            } else if capitalised(w) && super::EVENT_NOUNS_ID.contains(w) {
                Some(EntityKind::Other)
            } else {
                None
            }
        };
        let name_word =
            |w: &str| capitalised(w) && w.chars().all(|c| is_alphanumeric(c) || c == '-');
        let mut k = 0;
        while k + 1 < n {
            // Most words are followed by a lower-case word: that test first.
            let kind = if capitalised(words[k + 1]) {
                head(words[k])
            } else {
                None
            };
            let Some(kind) = kind.filter(|_| {
                name_word(words[k + 1])
                    && !is_function_word(words[k + 1], lang)
                    && !spans.iter().any(|s| s.0 < k && k < s.1)
            }) else {
                k += 1;
                continue;
            };
            let mut end = k + 1;
            while end < n && name_word(words[end]) && !is_function_word(words[end], lang) {
                end += 1;
            }
            // In lower case the word may be the common noun: "pasar Tiongkok" is China's
            // market, "gedung DPR" the parliament's building. Nor is a known place or an acronym
            // alone after an event's word part of its name ("Liga Inggris", "Piala FA").
            if (!capitalised(words[k]) || kind == EntityKind::Other)
                && (places.iter().any(|pl| pl.0 == k + 1 && pl.0 + pl.1 == end)
                    || (end == k + 2 && super::is_acronym(words[k + 1])))
            {
                k += 1;
                continue;
            }
            // A name the tagger found that runs on past the capitalised run stays whole in it.
            let run = end;
            end = spans
                .iter()
                .filter(|s| s.0 < run && k < s.1)
                .fold(end, |e, s| e.max(s.1));
            spans.retain(|s| !(s.0 < end && k < s.1));
            spans.push((k, end, kind));
            k = end;
        }
        crate::text::sort::sort_by_key(spans, |s| s.0);
    }
    // Places the text names as such and the tagger left out: "the town of Bakhmut", "desa
    // Sukamaju" (see `PLACE_NOUNS_ID`): the capitalised run after the word, up to three words.
    let nouns = super::place_nouns(lang);
    if !nouns.is_empty() {
        let english = lang.code() == Some("en");
        for k in 1..n {
            // Most words are not capitalised: that test first, the list's after.
            if !capitalised(words[k]) {
                continue;
            }
            let noun = if english {
                (k >= 2 && words[k - 1] == "of").then(|| words[k - 2])
            } else {
                Some(words[k - 1])
            };
            // Written in lower case, as the list's words are.
            let listed =
                |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && nouns.contains(w);
            if !noun.is_some_and(listed) || spans.iter().any(|s| s.0 <= k && k < s.1) {
                continue;
            }
            let mut end = k;
            while end < n
                && end - k < 3
                && capitalised(words[end])
                && words[end].chars().all(is_alphabetic)
                && !spans.iter().any(|s| s.0 <= end && end < s.1)
            {
                end += 1;
            }
            if end > k {
                spans.push((k, end, EntityKind::Place));
            }
        }
    }
    // A word for a kind of place or building, or a title, alone names nothing ("Dusun"
    // before a numeral); nor do compass points ("Sebelah Barat Daya").
    spans.retain(|s| {
        s.0 < s.1
            && (s.1 - s.0 > 1
                || !(super::is_class_noun(words[s.0], lang)
                    || super::is_honorific(words[s.0], lang)))
            && !super::only_directions(&words[s.0..s.1], lang)
    });
    crate::text::sort::sort_by_key(spans, |s| s.0);
    spans.dedup_by(|b, a| b.0 < a.1);
}

/// `word` without an English possessive ending ("Merkel's" → "Merkel").
fn without_possessive(word: &str) -> &str {
    ["'s", "’s"]
        .iter()
        .find_map(|p| word.strip_suffix(p).filter(|w| w.len() > 1))
        .unwrap_or(word)
}

/// Whether token `k` opens its sentence or a quotation or bracket inside it.
fn opens(words: &[&str], k: usize) -> bool {
    k == 0
        || words[k - 1].chars().all(|c| {
            matches!(
                c,
                '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '„' | '-' | '—' | ':'
            )
        })
}

/// The kind of a span type of [`super::model::tag_spans`].
fn kind_of_type(ty: usize) -> EntityKind {
    match ty {
        1 => EntityKind::Person,
        2 => EntityKind::Place,
        _ => EntityKind::Organization,
    }
}

/// Whether a one-word mention is a trap: a month or day name, a URL, an e-mail address.
fn is_trap(word: &str, lang: Lang) -> bool {
    if word.contains("://") || word.contains('@') || !word.chars().any(is_alphabetic) {
        return true;
    }
    let en = Lang::english();
    with_lowercase(word, |lower| {
        [lang, en]
            .iter()
            .filter_map(|l| l.data())
            .any(|d| d.months.contains(lower) || d.days.contains(lower))
    })
}

/// Whether a sentence is written in title case ("Kim Jong Un Arrives In Russia For Talks"):
/// three quarters or more of its words after the first, and at least three, are capitalised, so
/// that a capital says little about a name.
pub(super) fn title_case(words: &[&str]) -> bool {
    let lettered = words[1.min(words.len())..]
        .iter()
        .filter(|w| w.starts_with(is_alphabetic));
    let (mut n, mut caps) = (0, 0);
    for w in lettered {
        n += 1;
        caps += usize::from(capitalised(w));
    }
    title_share(n, caps)
}

/// Whether `caps` capitalised words of `n` (after a sentence's first) make it title case.
pub(super) fn title_share(n: usize, caps: usize) -> bool {
    n >= 3 && caps * 4 >= n * 3
}

/// The most tokens the tagger and the rules read at once. A sentence longer than this (a list
/// without terminators, a minified script, a table) is read in windows of at most this many
/// tokens, cut after a comma, semicolon, colon, dash or bracket in its last third where there
/// is one: the rules compare a window's tokens and spans with each other, so the work per token
/// is bounded by this number, not by the sentence. News sentences are shorter (the longest in
/// the seed article has 62 tokens), so they are read whole as before.
pub const WINDOW: usize = 120;

/// The next window of the sentence `span` of `text`, from byte `at` (a char boundary inside the
/// sentence): its tokens, at most [`WINDOW`] of them, and where the window after it starts (the
/// sentence's end after the last).
///
/// ```
/// use baca::text::{ner::detect::{next_window, WINDOW}, Span};
/// let text = "satu, ".repeat(200);
/// let span = Span::new(0, text.trim_end().len());
/// let (tokens, next) = next_window(&text, span, 0);
/// assert!(tokens.len() <= WINDOW && text[..next].ends_with(','));
/// let (rest, _) = next_window(&text, span, next);
/// assert_eq!(rest[0].start, next + 1);
/// ```
pub fn next_window(text: &str, span: Span, at: usize) -> (Vec<Token>, usize) {
    let sentence = &text[..span.end];
    let mut tokens: Vec<Token> = Tokens::new(sentence, at).take(WINDOW + 1).collect();
    if tokens.len() <= WINDOW {
        return (tokens, span.end);
    }
    tokens.truncate(WINDOW);
    let soft = |t: &Token| {
        matches!(
            t.text(text),
            "," | ";" | ":" | "-" | "–" | "—" | ")" | "]" | "\"" | "”"
        )
    };
    let cut = (WINDOW * 2 / 3..WINDOW)
        .rev()
        .find(|&k| soft(&tokens[k]))
        .map_or(WINDOW, |k| k + 1);
    tokens.truncate(cut);
    let next = tokens.last().map_or(span.end, |t| t.end);
    (tokens, next)
}

/// The mentions in a window of a sentence of `text` (block `block`): `tokens`, from
/// [`next_window`]. The tokens, with words glued by copy-paste split, are appended to
/// `tokens_out` (for the search for repeated names).
/// `written_lower(word)` says whether the page writes `word` in lower case and never
/// capitalises it inside a sentence: in a title-case sentence such words, and function words,
/// are read in lower case (document-level truecasing), so that "Joko Widodo Resmikan Bandara"
/// does not make "Resmikan Bandara" part of a name when the article says "resmikan" and
/// "bandara" elsewhere; and such a word opening a sentence is no name on its own.
#[allow(clippy::too_many_arguments)]
pub fn window_mentions(
    block: usize,
    text: &str,
    mut tokens: Vec<Token>,
    lang: Lang,
    pack: Option<&Pack>,
    tagger: &mut Tagger,
    written_lower: &mut dyn FnMut(&str) -> bool,
    tokens_out: &mut Vec<Token>,
    out: &mut Vec<Raw>,
) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    // A script without capital letters (Arabic, Chinese, Devanagari…) gives the tagger, which
    // reads capitalisation, nothing to go on, and the gazetteer's names are capitalised: such
    // sentences get their names from the glossary and from linking alone.
    if !text[first.start..last.end]
        .chars()
        .any(|c| c.is_uppercase() || c.is_lowercase())
    {
        tokens_out.extend_from_slice(&tokens);
        return;
    }
    // Without the language's names pack nothing is guessed: names come from the glossary (and
    // its repeats) only.
    let Some(pack) = pack else {
        tokens_out.extend_from_slice(&tokens);
        return;
    };
    split_glued(text, &mut tokens);
    tokens_out.extend_from_slice(&tokens);
    let places = Gazetteer::get().matches(text, &tokens);
    let gaz = gazetteer_positions(&places, tokens.len());
    let mut words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let truecased: Vec<String>;
    if title_case(&words) {
        truecased = words
            .iter()
            .enumerate()
            .map(|(k, &w)| {
                if k > 0 && capitalised(w) && (is_function_word(w, lang) || written_lower(w)) {
                    lowercase(w)
                } else {
                    w.to_owned()
                }
            })
            .collect();
        words = truecased.iter().map(String::as_str).collect();
    }
    let first = out.len();
    // The tagger's names at least as confident as the pack's threshold; without a model, none.
    let mut spans: Vec<(usize, usize, EntityKind)> = match &pack.model {
        Some(model) => {
            let tags = tagger.tag(model, &words, &gaz);
            let threshold = pack.threshold;
            let marginals = (threshold > 0.0).then(|| tagger.marginals(model));
            super::model::tag_spans(&tags)
                .into_iter()
                .filter(|&(i, j, ty)| {
                    marginals
                        .as_ref()
                        .is_none_or(|m| super::crf::span_confidence(m, i, j, ty) >= threshold)
                })
                .map(|(i, j, ty)| (i, j, kind_of_type(ty)))
                .collect()
        }
        None => Vec::new(),
    };
    if pack.model.is_some() {
        refine(&words, &places, lang, &mut spans);
    }
    // A sentence's first word alone is no name when the page writes it in lower case elsewhere
    // and never capitalises it inside a sentence ("Shares fell …", "… shares rose"), nor when
    // it is a function word ("Ein", "The") where a sentence or quotation opens.
    spans.retain(|s| {
        !(s.1 - s.0 == 1
            && capitalised(words[s.0])
            && ((s.0 == 0 && written_lower(words[0]))
                || (opens(&words, s.0) && is_function_word(words[s.0], lang))))
    });
    // German writes every noun with a capital, so a capital alone says nothing there: one
    // capitalised word is a name only as a known place, a given name or an acronym ("Lage",
    // "Angaben", "Bürger" are not). Longer names, and later mentions of a name found whole
    // ("Scholz" after "Olaf Scholz"), are unaffected.
    if matches!(lang.code(), Some("de")) {
        spans.retain(|s| {
            let w = words[s.0];
            s.1 - s.0 > 1
                || places.iter().any(|p| p.0 == s.0 && p.1 == 1)
                || is_given_name(w)
                || super::is_acronym(w)
        });
    }
    for (i, j, kind) in spans {
        let place = places
            .iter()
            .find(|p| p.0 == i && p.1 == j - i)
            .map(|p| p.2);
        if !(j - i == 1 && is_trap(words[i], lang)) {
            // The possessive is no part of the name: "Rishi Sunak's office".
            let last = tokens[j - 1].text(text);
            let end = tokens[j - 1].end - (last.len() - without_possessive(last).len());
            out.push(Raw {
                block,
                span: Span::new(tokens[i].start, end),
                kind: if place.is_some() && kind != EntityKind::Person {
                    EntityKind::Place
                } else {
                    kind
                },
                place,
                origin: Origin::Model,
            });
        }
    }
    // Places the tagger left out: the tagger learnt from Indonesian news, where it has seen
    // enough places to decide itself; elsewhere CLDR and GeoNames fill its gaps.
    let trained = lang.code() == Some("id");
    for (i, len, place) in places.into_iter().filter(|_| !trained) {
        let span = Span::new(tokens[i].start, tokens[i + len - 1].end);
        let overlaps = out[first..]
            .iter()
            .any(|r| r.span.start < span.end && span.start < r.span.end);
        if !overlaps {
            out.push(Raw {
                block,
                span,
                kind: EntityKind::Place,
                place: Some(place),
                origin: Origin::Gazetteer,
            });
        }
    }
    crate::text::sort::sort_by_key(&mut out[first..], |r| r.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `refine` on `words` with the tagger's `spans` and no gazetteer places.
    fn refined(
        words: &[&str],
        lang: &str,
        spans: &[(usize, usize, EntityKind)],
    ) -> Vec<(usize, usize, EntityKind)> {
        super::super::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        let mut spans = spans.to_vec();
        refine(words, &[], Lang::from_tag(lang), &mut spans);
        spans
    }

    #[test]
    fn a_given_name_left_out_before_a_person_joins_the_name() {
        let words = [
            "Gubernur", "bank", "itu", ",", "Kenneth", "Warjiyo", ",", "berkata", ".",
        ];
        let spans = refined(&words, "id", &[(5, 6, EntityKind::Person)]);
        assert_eq!(spans, [(4, 6, EntityKind::Person)]);
        // Not a title, nor a word another span holds.
        let words = ["Minister", "Warjiyo", "spoke", "."];
        assert_eq!(
            refined(&words, "en", &[(1, 2, EntityKind::Person)]),
            [(1, 2, EntityKind::Person)]
        );
    }

    #[test]
    fn a_span_written_all_in_lower_case_is_no_name() {
        let words = [
            "Warga", "tinggal", "di", "desa", "sukamaju", "dekat", "Garut", ".",
        ];
        let tagged = [(3, 5, EntityKind::Place), (6, 7, EntityKind::Place)];
        assert_eq!(refined(&words, "id", &tagged), [(6, 7, EntityKind::Place)]);
        // A capital inside a word, or letters without case, keep it.
        let words = ["harga", "iPhone", "naik", "dan", "東京", "."];
        let tagged = [(1, 2, EntityKind::Other), (4, 5, EntityKind::Place)];
        assert_eq!(refined(&words, "id", &tagged), tagged);
    }
}
