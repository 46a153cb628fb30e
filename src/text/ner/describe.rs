//! Descriptions: what the text says an entity is (the title before a person's name), what the
//! user's glossary says, or what kind of place the gazetteer knows.

use super::gazetteer::{EnglishWords, Gazetteer, PlaceKind};
use super::token::tokenize;
use super::{is_function_word, BlockText};
use crate::support::case::lowercase;
use crate::support::chars::is_alphabetic;
use crate::text::lang::{FnvMap, Lang};
use crate::text::{Description, DescriptionSource, Entity, EntityKind, Glossary, MentionRef, Span};

/// Whether a lower-case English word names a role: in the lexicon, or a "-man"/"-woman"/
/// "-person" compound ("spokesman", "chairwoman").
fn is_english_role(word: &str) -> bool {
    let words = EnglishWords::get();
    words.roles.contains(word)
        || words.honorifics.contains(word)
        || super::HONORIFICS_EN.contains(word)
        || super::OFFICES_EN.contains(word)
        || ["man", "woman", "person"]
            .iter()
            .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

/// Connectors inside titles ("Secretary of State", "Menteri Luar Negeri").
fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for" | "the" | "de" | "du" | "des" | "der" | "für" | "di" | "del"
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Another entity's mention (a place or an organisation).
    Mention,
    /// A parenthetical.
    Paren,
    /// A capitalised title word ("Presiden", "Secretary").
    Title,
    /// A lower-case word ("juru", "bicara", "spokesman").
    Lower,
    Connector,
}

/// How far back before a person's name [`title_before`] reads.
const TITLE_BYTES: usize = 256;

/// The title right before a person's mention at `at` in block `b`: `(start, text)`.
fn title_before(
    blocks: &[BlockText],
    others_by_block: &[Vec<Span>],
    b: usize,
    at: Span,
    lang: Lang,
    written_lower: &mut dyn FnMut(usize, &str) -> bool,
) -> Option<(usize, String)> {
    let text = blocks[b].text;
    let (_, sentence) = blocks[b].sentence_of(at)?;
    // The title is read from the last `TITLE_BYTES` before the mention at most (a title is a
    // few words), so that a long sentence with many names costs no more per name.
    let mut from = sentence.start.max(at.start.saturating_sub(TITLE_BYTES));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at.start];
    let mut tokens = tokenize(head);
    if from > sentence.start && !tokens.is_empty() {
        tokens.remove(0); // perhaps the end of a word cut in two
    }
    let in_block = others_by_block.get(b).map_or(&[][..], Vec::as_slice);
    let first = in_block.partition_point(|m| m.start < from);
    let others: Vec<Span> = in_block[first..]
        .iter()
        .take_while(|m| m.start < at.start)
        .filter(|m| m.end <= at.start)
        .map(|m| Span::new(m.start - from, m.end - from))
        .collect();
    let mut units: Vec<(usize, Unit)> = Vec::new(); // (start offset in head), innermost first
    let mut k = tokens.len();
    let mut boundary = true; // reached the sentence start or punctuation
    while k > 0 {
        let t = tokens[k - 1];
        let word = t.text(head);
        if let Some(m) = others.iter().find(|m| m.end == t.end) {
            units.push((m.start, Unit::Mention));
            // Back over the mention's tokens, and at least this one: a mention may start inside
            // a token (a name glued to the word before it).
            k -= 1;
            while k > 0 && tokens[k - 1].start >= m.start {
                k -= 1;
            }
            continue;
        }
        if word == ")" {
            // A parenthetical right after a mention or title: "Korea Utara (Korut)".
            if let Some(open) = tokens[..k].iter().rposition(|x| x.text(head) == "(") {
                if k - open <= 6 {
                    units.push((tokens[open].start, Unit::Paren));
                    k = open;
                    continue;
                }
            }
            boundary = false;
            break;
        }
        let lower = lowercase(word);
        let unit = if !word
            .chars()
            .all(|c| is_alphabetic(c) || c == '-' || c == '.')
        {
            boundary = matches!(word, "\"" | "“" | "”" | "," | ":" | ";" | "'" | "(");
            break;
        } else if is_connector(&lower) && !units.is_empty() {
            Unit::Connector
        } else if word.starts_with(char::is_uppercase) && super::detect::is_trap(word, lang) {
            // A day or a month is a date's, not a title's: "…, Sabtu (10/12) Budi mengaku".
            boundary = false;
            break;
        } else if word.starts_with(char::is_uppercase) {
            // A capitalised function word ends the title ("Menurut Menteri …"), unless it
            // stands between two title words: "Menteri Luar Negeri", "Menteri Dalam Negeri".
            let inside = || {
                units.last().is_some_and(|u| u.1 == Unit::Title)
                    && k >= 2
                    && tokens[k - 2].text(head).starts_with(char::is_uppercase)
                    && tokens[k - 2].text(head).chars().all(is_alphabetic)
                    && !is_function_word(&lowercase(tokens[k - 2].text(head)), lang)
            };
            // Right before the name it is no title either ("The Harris campaign").
            if is_function_word(&lower, lang) && !inside() {
                boundary = false;
                break;
            }
            // A headline's capitalised common word is a lower-case word ("Prabowo Bertemu Xi
            // Jinping": the page writes "bertemu").
            if written_lower(b, word) {
                Unit::Lower
            } else {
                Unit::Title
            }
        } else {
            if is_function_word(&lower, lang) {
                boundary = false;
                break;
            }
            Unit::Lower
        };
        units.push((t.start, unit));
        k -= 1;
        if units.len() > 10 {
            boundary = false;
            break;
        }
    }
    let _ = boundary;
    // Connectors only join; trailing ones (at the outer end) go.
    while units.last().is_some_and(|u| u.1 == Unit::Connector) {
        units.pop();
    }
    // Lower-case words belong to a title only where they are English role nouns ("spokesman"),
    // or, in other languages, where they run into another entity's mention ("juru bicara
    // Kremlin").
    let english = lang.code() == Some("en");
    let mut keep = 0;
    let mut lower_run = 0;
    for (n, &(_, unit)) in units.iter().enumerate() {
        match unit {
            Unit::Lower => {
                let word = &head[units[n].0..];
                let word = lowercase(word.split(char::is_whitespace).next().unwrap_or(""));
                let follows_mention = units[..n]
                    .iter()
                    .rev()
                    .find(|u| u.1 != Unit::Lower)
                    .is_some_and(|u| u.1 == Unit::Mention);
                let role = english && is_english_role(&word);
                lower_run += 1;
                // English writes its lower-case title words after the body ("Kremlin
                // spokesman"): a lower-case word before a mention is the sentence's ("…
                // Zelenskiy met NATO Secretary General …").
                if !(role || (!english && follows_mention && lower_run <= 3)) {
                    break;
                }
            }
            _ => lower_run = 0,
        }
        keep = n + 1;
    }
    units.truncate(keep);
    // A reporting verb opens the run after a quotation ('," ungkap juru bicara …'): drop one
    // leading lower-case word when more follow.
    let lowers = units
        .iter()
        .rev()
        .take_while(|u| u.1 == Unit::Lower)
        .count();
    if lowers >= 3
        || (lowers == 2
            && !english
            && units.len() > 2
            && units
                .iter()
                .rev()
                .nth(2)
                .is_some_and(|u| u.1 == Unit::Mention))
    {
        let first = units.len() - 1;
        let prev_token = tokens
            .iter()
            .rposition(|t| t.start < units[first].0)
            .map(|p| tokens[p].text(head));
        if lowers >= 3 || prev_token.is_some_and(|p| matches!(p, "\"" | "”" | ",")) {
            units.pop();
        }
    }
    // The sentence's first word opens no title when the page writes it in lower case and never
    // capitalises it inside a sentence, and a capitalised title or a name follows it ("Menurut
    // Menteri Keuangan …", "Kemarin Presiden …"). A title in lower case is still one ("Juru
    // bicara Kremlin …").
    let inner = units.len().checked_sub(2).map(|k| units[k].1);
    if let (Some(&(start, Unit::Title)), None | Some(Unit::Title | Unit::Mention)) =
        (units.last(), inner)
    {
        let opening = from == sentence.start
            && tokens
                .iter()
                .take_while(|t| t.start < start)
                .all(|t| !t.text(head).chars().any(is_alphabetic));
        let word = head[start..]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        if opening && written_lower(b, word) {
            units.pop();
        }
    }
    if !units
        .iter()
        .any(|u| matches!(u.1, Unit::Title | Unit::Lower))
    {
        return None;
    }
    let start = units.last()?.0;
    let title = head[start..].trim_end();
    // A form of address alone says how the text speaks of the person, not who they are ("Mr
    // Bankman", "Pak Budi"; a rank or "Dr" says more).
    let address = ADDRESS_FORMS.contains(title.trim_end_matches('.'));
    (!title.is_empty() && !address).then(|| (from + start, title.to_owned()))
}

/// Forms of address before a name in English, German and Indonesian ("Mr", "Frau", "Pak",
/// "Ibu"): no description. General vocabulary. Sorted.
static ADDRESS_FORMS: super::WordList = super::WordList::new(
    "bapak bpk bu frau herr herrn ibu mbah messrs mlle mme mr mrs ms nyonya pak sdr tuan",
);

/// Fills in descriptions.
pub fn describe(
    blocks: &[BlockText],
    entities: &mut [Entity],
    glossary: &Glossary,
    lang: Lang,
    written_lower: &mut dyn FnMut(usize, &str) -> bool,
) {
    let gazetteer = Gazetteer::get();
    // The glossary speaks first: its types count for every entity before titles are read. Its
    // entries by source, ignoring ASCII case (the first of equal ones): one lookup a name.
    let mut by_source: FnvMap<String, usize> = FnvMap::default();
    for (k, g) in glossary.entries().iter().enumerate() {
        by_source.entry(g.source.to_ascii_lowercase()).or_insert(k);
    }
    let mut from_glossary = vec![false; entities.len()];
    for (i, e) in entities.iter_mut().enumerate() {
        let found = std::iter::once(&e.name)
            .chain(&e.aliases)
            .filter_map(|n| by_source.get(&n.to_ascii_lowercase()))
            .min();
        if let Some(entry) = found.map(|&k| &glossary.entries()[k]) {
            let (target, comment, kind) = (
                entry.target.clone(),
                entry.note().map(str::to_owned),
                entry.kind,
            );
            if let Some(kind) = kind {
                e.kind = kind;
            }
            if target.is_some() {
                e.english = target;
            }
            if let Some(c) = comment {
                e.description = Some(Description {
                    text: c,
                    source: DescriptionSource::Glossary,
                    evidence: None,
                });
                from_glossary[i] = true;
            }
        }
    }
    // The mentions of places and organisations in each block, in text order (what may stand
    // in a person's title), gathered once: searching every entity's mentions for each person's
    // mention was quadratic on a long page.
    let mut others_by_block: Vec<Vec<Span>> = vec![Vec::new(); blocks.len()];
    for m in entities
        .iter()
        .filter(|e| e.kind != EntityKind::Person)
        .flat_map(|e| e.mentions.iter())
    {
        if let Some(list) = others_by_block.get_mut(m.block) {
            list.push(m.span);
        }
    }
    for list in &mut others_by_block {
        list.sort_by_key(|m| m.start);
    }
    for i in 0..entities.len() {
        if from_glossary[i] {
            continue;
        }
        let e = &entities[i];
        if e.kind == EntityKind::Person {
            let found = e.mentions.iter().find_map(|m| {
                title_before(
                    blocks,
                    &others_by_block,
                    m.block,
                    m.span,
                    lang,
                    written_lower,
                )
                .map(|(start, text)| (m, start, text))
            });
            if let Some((m, start, text)) = found {
                entities[i].description = Some(from_article(m, start, text));
            }
            continue;
        }
        if e.kind == EntityKind::Place {
            let place = std::iter::once(&e.name)
                .chain(&e.aliases)
                .find_map(|n| gazetteer.lookup_styled(n));
            // A state the linking preferred to the country of its name ("Georgia").
            let place = match gazetteer.hidden_state(&e.name) {
                Some(state) if e.country.as_deref() == Some(state.country) => Some(state),
                _ => place,
            };
            if let Some(place) = place {
                let text = match place.kind {
                    PlaceKind::Country => "country or territory".to_owned(),
                    PlaceKind::City => match gazetteer.country_name(place.country) {
                        Some(country) => format!("city in {country}"),
                        None => "city".to_owned(),
                    },
                    PlaceKind::State => {
                        // Indonesia's and Canada's are provinces, the United Kingdom's four
                        // its countries (and province), the others' states.
                        let word = match place.country {
                            "ID" | "CA" => "province",
                            "GB" => "part",
                            _ => "state",
                        };
                        match gazetteer.country_name(place.country) {
                            Some(country) => format!("{word} of {country}"),
                            None => word.to_owned(),
                        }
                    }
                };
                entities[i].description = Some(Description {
                    text,
                    source: DescriptionSource::Gazetteer,
                    evidence: None,
                });
            } else if let Some((m, start, text)) = e.mentions.iter().find_map(|m| {
                place_noun_before(blocks[m.block].text, m.span.start, lang)
                    .map(|(start, text)| (m, start, text))
            }) {
                entities[i].description = Some(from_article(m, start, text));
            }
        }
    }
}

/// A description the article gives in `text` before mention `m`, from byte `start` of its block.
fn from_article(m: &MentionRef, start: usize, text: String) -> Description {
    Description {
        text,
        source: DescriptionSource::Article,
        evidence: Some(MentionRef {
            block: m.block,
            span: Span::new(start, m.span.end),
        }),
    }
}

/// What kind of place the text says the place at `at` is, by the lower-case word before it:
/// `(start of that word, the word)`. "ibu kota" keeps both words; English reads "the city of".
fn place_noun_before(text: &str, at: usize, lang: Lang) -> Option<(usize, String)> {
    // Up to three words before `at`, nearest first, each with its start.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = at;
    while words.len() < 3 {
        let head = text[..end].trim_end();
        if head.len() == end {
            break; // no space before: glued to what precedes, or the text's start
        }
        // A word of the lists is short: a longer one (a token of any length) ends the search.
        let mut back = head.char_indices().rev().take(24);
        let start = match back.find(|&(_, c)| c.is_whitespace()) {
            Some((i, c)) => i + c.len_utf8(),
            None if head.len() <= 24 * 4 && head.chars().count() < 24 => 0,
            None => break,
        };
        words.push((start, &head[start..]));
        end = start;
    }
    let &(start, word) = words.first()?;
    let nouns = super::place_nouns(lang);
    // A word of the list, written in lower case as the list is.
    let lower = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase()) && nouns.contains(w);
    if lang.code() == Some("en") {
        let &(s, noun) = words.get(1).filter(|_| word == "of")?;
        return lower(noun).then(|| (s, noun.to_owned()));
    }
    if !lower(word) {
        return None;
    }
    match words.get(1) {
        Some(&(s, "ibu")) if word == "kota" => Some((s, "ibu kota".to_owned())),
        _ => Some((start, word.to_owned())),
    }
}
