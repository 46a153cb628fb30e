//! Mentions in one sentence: the tagger's spans, gazetteer places, and the traps removed.

use super::features::gazetteer_positions;
use super::gazetteer::{EnglishWords, Gazetteer, Place, PlaceKind};
use super::is_function_word;
use super::model::Tagger;
use super::pack::Pack;
use super::token::{Token, Tokens};
use crate::support::case::{lower_chars, lowercase, with_lowercase};
use crate::support::chars::{is_alphabetic, is_alphanumeric};
use crate::text::lang::Lang;
use crate::text::{EntityKind, Span};

/// A detected mention before linking.
#[derive(Clone, Debug)]
pub struct Raw {
    pub block: usize,
    pub span: Span,
    pub kind: EntityKind,
    /// Boxed: most marks are no known place, and a page holds a `Raw` for every mark until
    /// linking is done (64 bytes natively rather than 88: a page of a name every ten bytes
    /// holds several times its size in them).
    pub place: Option<Box<Place>>,
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
pub(super) fn is_english_title(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    let lists = EnglishWords::get();
    // Asked of most words of a page: most are ruled out by their first letter and length.
    let listed = lists.may_be_title(bare);
    if !listed && !super::HONORIFICS_EN.contains(bare) && !super::OFFICES_EN.contains(bare) {
        return false;
    }
    // Titles are written "Ms", "Dr", "Gen.": an acronym is none ("MS" in a name is initials).
    if super::is_acronym(word) {
        return false;
    }
    // Role nouns (2) and honorifics (4) in one lookup of the lists' flags.
    super::HONORIFICS_EN.contains(bare)
        || super::OFFICES_EN.contains(bare)
        || listed
            && with_lowercase(bare, |lower| {
                lists.lists.get(lower).is_some_and(|&f| f & (2 | 4) != 0)
            })
}

/// English heads of bodies' names that in Indonesian text end the name of a building, which is
/// a place (CONVENTIONS: "hotel Oranje"; the corpora mark "… Center" a place), are Indonesian
/// words as well ("Sepeda Motor", "Pusat Data"), or end English phrases Indonesian borrows
/// for a trade ("pelatihan Digital Marketing", "layanan Customer Service"). General
/// vocabulary, written for baca. Sorted.
static NOT_BODIES_ID: super::WordList = super::WordList::new(
    "cafe cathedral center centre church coffee data design development estate gas hotel hotels \
     management marketing media memorial motor museum pizza radio restaurant restaurants service \
     services",
);

/// The sides a river's bank lies on ("West Bank", "Left Bank").
const SIDES: [&str; 6] = ["east", "left", "north", "right", "south", "west"];

/// English organisations by their head noun (compromise's organisation words): a capitalised
/// run that ends in one ("European Commission", "Detroit Police Department"), or one followed
/// by "of" and a capitalised run ("Bank of England", "University of the Philippines"):
/// `(first token, end token)`. In Indonesian and Malay text too, where English names of bodies
/// keep their order ("Stanford University"), but not a head with a capitalised word after it
/// (that is the languages' own order, head first: "Bank Mandiri", "Museum Nasional") nor one of
/// [`NOT_BODIES_ID`].
pub(super) fn org_word_spans(words: &[&str], lang: Lang) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let english = lang.code() == Some("en");
    if !english && !matches!(lang.code(), Some("id" | "ms")) {
        return out;
    }
    let name_word = |x: &str| capitalised(x) && x.chars().all(is_alphabetic);
    let mut k = 0;
    while k < words.len() {
        let head = words[k];
        let indonesian_order = !english
            && (words.get(k + 1).is_some_and(|w| capitalised(w))
                || with_lowercase(head, |w| NOT_BODIES_ID.contains(w)));
        if !name_word(head) || indonesian_order || !with_lowercase(head, super::is_english_org_word)
        {
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
        // A river's bank after a side is a region ("West Bank", "Left Bank"), no bank.
        let riverside = b == k + 1
            && a + 2 == b
            && head.eq_ignore_ascii_case("bank")
            && SIDES.iter().any(|s| s.eq_ignore_ascii_case(words[a]));
        if b - a >= 2 && !is_given_name(words[a]) && !riverside {
            out.push((a, b));
        }
        k = b;
    }
    out
}

/// Well-known organisations (compromise's lexicon) in capitalised text: `(first token, length)`.
pub(super) fn organization_matches(words: &[&str]) -> Vec<(usize, usize)> {
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

/// The capitalised words of `words` that are well-known organisations written with hyphens
/// where the lexicon writes spaces ("Al-Qaeda": its "al qaeda").
pub(super) fn hyphened_organizations(words: &[&str]) -> Vec<usize> {
    let w = EnglishWords::get();
    (0..words.len())
        .filter(|&i| capitalised(words[i]) && hyphened_organization(w, words[i]))
        .collect()
}

/// Whether `word` is a well-known organisation written with hyphens where the lexicon writes
/// spaces.
fn hyphened_organization(w: &EnglishWords, word: &str) -> bool {
    if !word.contains('-') || word.len() > 40 {
        return false;
    }
    with_lowercase(&word.replace('-', " "), |spaced| {
        w.organizations.get(spaced).is_some()
    })
}

pub(super) fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// Whether the letters of `short` appear in order in `long`, starting with its first letter
/// ("Korut" in "Korea Utara", "Deplu" in "Departemen Luar Negeri", "BEI" in "Bursa Efek
/// Indonesia").
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    abbreviates_words(short, &[long])
}

/// [`abbreviates`] of `words` as if joined with spaces, without joining them.
pub(super) fn abbreviates_words(short: &str, words: &[&str]) -> bool {
    let mut long = words
        .iter()
        .flat_map(|w| w.chars())
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

/// `word` without an English possessive ending ("Merkel's" → "Merkel").
pub(super) fn without_possessive(word: &str) -> &str {
    ["'s", "’s"]
        .iter()
        .find_map(|p| word.strip_suffix(p).filter(|w| w.len() > 1))
        .unwrap_or(word)
}

/// Whether `word` ends in an English possessive ("Merkel's"; see [`without_possessive`]).
pub(super) fn has_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

/// Whether token `k` opens its sentence or a quotation or bracket inside it.
pub(super) fn opens(words: &[&str], k: usize) -> bool {
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
pub(super) fn is_trap(word: &str, lang: Lang) -> bool {
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

/// Whether a sentence that is `titled` (in title case: [`title_case`]) is a headline: no word of
/// four letters or more is in lower case that is no function word of `lang` or English. A
/// headline leaves only function words small ("Polisi Tangkap Pencuri di Pasar Baru"); a
/// sentence of names and offices with a verb in lower case is running text ("Ia didampingi
/// Gubernur Jawa Barat Ridwan Kamil."), though most of its words are capitalised.
pub(super) fn is_headline(titled: bool, words: &[&str], lang: Lang) -> bool {
    titled
        && !words.iter().skip(1).any(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && w.chars().count() >= 4
                && w.chars().all(is_alphabetic)
                && !is_function_word(w, lang)
        })
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

/// A window of a sentence as the tagger and the rules read it: its tokens (words glued by
/// copy-paste split), the gazetteer's places in it (`(first token, length, place)`), its words
/// as read (see [`window_mentions`] on title case), and which tokens are glued to the next.
pub struct Window {
    pub tokens: Vec<Token>,
    pub places: Vec<(usize, usize, Place)>,
    /// In a title-case window, each word that is read lower-cased, as read (`None`: as written).
    truecased: Option<Vec<Option<Box<str>>>>,
    pub glued: Vec<bool>,
    /// Indonesian and Malay: each word that is an English given name the page writes in lower
    /// case ("tim", "dana": a team, a fund), and so no given name here. Empty otherwise.
    pub lower_given: Vec<bool>,
    /// Whether the window is a headline ([`is_headline`], of its words as written).
    pub headline: bool,
}

impl Window {
    /// The window of `tokens` of `text` (from [`next_window`]) in `lang`; `written_lower` as
    /// [`window_mentions`] takes it; `pack` the language's, whose `lower` words a headline
    /// reads in lower case ([`super::truecase`]).
    pub fn read(
        text: &str,
        mut tokens: Vec<Token>,
        lang: Lang,
        pack: Option<&Pack>,
        written_lower: &mut dyn FnMut(&str) -> bool,
    ) -> Window {
        split_glued(text, &mut tokens);
        let mut places = Gazetteer::get().matches(text, &tokens);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let titled = title_case(&words);
        let headline = is_headline(titled, &words, lang);
        let truecased: Option<Vec<Option<Box<str>>>> = titled.then(|| {
            // Function words in lower case; in a headline also the pack's lower-case words
            // (`truecase`) and the words the page writes in lower case. A sentence dense with
            // names but with a verb in lower case (no headline) means its capitals:
            // "mengunjungi Pasar Induk Beras Cipinang" on a page about "harga beras".
            let lower = super::truecase::lower_words(&words, &places, lang, pack);
            let named = in_named_place(&words, &places);
            words
                .iter()
                .enumerate()
                .map(|(k, &w)| {
                    (k > 0
                        && !named[k]
                        && capitalised(w)
                        && (is_function_word(w, lang)
                            || lower.get(k).copied().unwrap_or(false)
                            || (headline && written_lower(w))))
                    .then(|| lowercase(w).into_boxed_str())
                })
                .collect()
        });
        // No place where a class noun stands alone ("Kota" in a headline is no city of India's)
        // nor where a title-case sentence's word is read in lower case.
        // Nor a province with a capitalised compass point, "Tengah" or "Besar" after it in
        // Indonesian (not "Bagian", "Arah": "Bali Bagian Utara" is Bali's north):
        // that names a regency ("Aceh Utara", "Maluku Tengah", "Aceh Besar"), which the
        // tagger reads as it was trained, with no gazetteer's word for the province.
        places.retain(|&(i, len, place)| {
            let class_noun = len == 1 && super::is_class_noun(words[i], lang);
            let read_lower = truecased
                .as_ref()
                .is_some_and(|t| t[i..i + len].iter().any(Option::is_some));
            let regency = place.kind == PlaceKind::State
                && super::is_id_or_ms(lang)
                && words
                    .get(i + len)
                    .is_some_and(|w| super::is_regency_point(w));
            // Nor, in English, a name the gazetteer has from Indonesian or Malay that is an
            // English demonym ("the Swiss government").
            let demonym = super::rules::demonyms::english_demonym(words[i], len, place, lang);
            !class_noun && !read_lower && !regency && !demonym
        });
        // Tokens glued to the next: two words split where copy-paste joined them.
        let glued = (0..tokens.len())
            .map(|k| {
                tokens.get(k + 1).is_some_and(|next| {
                    tokens[k].end == next.start
                        && tokens[k].text(text).starts_with(is_alphabetic)
                        && next.text(text).starts_with(is_alphabetic)
                })
            })
            .collect();
        // The given names are English (compromise's); an Indonesian page that writes one in
        // lower case uses it as a word of its own.
        let lower_given = if super::is_id_or_ms(lang) {
            words
                .iter()
                .map(|&w| capitalised(w) && is_given_name(w) && written_lower(w))
                .collect()
        } else {
            Vec::new()
        };
        Window {
            tokens,
            places,
            truecased,
            glued,
            lower_given,
            headline,
        }
    }

    /// The words as read, `text` being the window's.
    pub fn words<'a>(&'a self, text: &'a str) -> Vec<&'a str> {
        match &self.truecased {
            Some(words) => words
                .iter()
                .zip(&self.tokens)
                .map(|(lower, t)| lower.as_deref().unwrap_or(t.text(text)))
                .collect(),
            None => self.tokens.iter().map(|t| t.text(text)).collect(),
        }
    }
}

/// The mentions in a window of a sentence of `text` (block `block`): `tokens`, from
/// [`next_window`]. The tokens, with words glued by copy-paste split, are appended to
/// `tokens_out` (for the search for repeated names). The tagger's names at least as confident
/// as `thresholds` (the pack's, read once a page: for every name, and for a person's name of two
/// words or more) are marks, appended to `out`; those it is less
/// sure of, from [`super::weak::FLOOR`], that overlap no mark go to `weak` for the page to judge
/// ([`super::weak::promote`]), with `at` (the sentence's index in its block and where the window
/// starts) to find the window again.
/// `written_lower(word)` says whether the page writes `word` in lower case and never
/// capitalises it inside a sentence: in a headline such words are read in lower case, and in
/// any title-case sentence function words (document-level truecasing), so that "Joko Widodo
/// Resmikan Bandara" does not make "Resmikan Bandara" part of a name when the article says
/// "resmikan" and "bandara" elsewhere; and such a word opening a sentence is no name on its
/// own. In a headline the `pack`'s lower-case words are read so too ([`Window::read`]).
#[allow(clippy::too_many_arguments)]
pub fn window_mentions(
    block: usize,
    text: &str,
    tokens: Vec<Token>,
    at: (usize, usize),
    lang: Lang,
    pack: Option<&Pack>,
    (threshold, people_threshold): (f32, f32),
    tagger: &mut Tagger,
    written_lower: &mut dyn FnMut(&str) -> bool,
    tokens_out: &mut Vec<Token>,
    out: &mut Vec<Raw>,
    weak: &mut Vec<super::weak::Weak>,
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
    let window = Window::read(text, tokens, lang, Some(pack), written_lower);
    tokens_out.extend_from_slice(&window.tokens);
    let (tokens, places) = (&window.tokens, &window.places);
    let gaz = gazetteer_positions(places, tokens.len());
    let words = window.words(text);
    let first = out.len();
    // The tagger's names at least as confident as the pack's threshold; without a model, none.
    // Those less sure but not unlikely are kept apart with their confidence: the page may
    // repeat them (see `weak`).
    let mut spans: Vec<(usize, usize, EntityKind)> = Vec::new();
    let mut unsure: Vec<(usize, usize, EntityKind, f32)> = Vec::new();
    let mut doubtful: Vec<(usize, usize, EntityKind)> = Vec::new();
    let english = lang.code() == Lang::english().code();
    // The least confidence of a name kept apart as unsure: the page may repeat it (`weak`) or
    // the words around it confirm it (`cues`).
    const UNSURE: f32 = if super::weak::FLOOR < super::rules::cues::FLOOR {
        super::weak::FLOOR
    } else {
        super::rules::cues::FLOOR
    };
    // The least confidence of a name of `len` words the tagger alone finds (a person's or
    // another's).
    let least = |person: bool, len: usize| {
        if person && len >= 2 {
            people_threshold
        } else {
            threshold
        }
    };
    let mut tags = Vec::new();
    let mut marginals = None;
    if let Some(model) = &pack.model {
        // The words as the corpora write them (see `corpus_form`).
        let split = super::corpus_form::split(&words, &gaz, english);
        match &split {
            Some((parts, parts_gaz, firsts)) => {
                let parts: Vec<&str> = parts.iter().map(|p| p.as_ref()).collect();
                let part_tags = tagger.tag(model, &parts, parts_gaz);
                tags = super::corpus_form::tags_back(&part_tags, firsts);
            }
            None => tags = tagger.tag(model, &words, &gaz),
        }
        // Confidence is only asked of a window with names.
        let named = tags.iter().any(|&t| t != 0);
        marginals = (threshold > 0.0 && named).then(|| {
            let m = tagger.marginals(model);
            match &split {
                Some((_, _, firsts)) => super::corpus_form::marginals_back(&m, firsts),
                None => m,
            }
        });
        for (i, j, ty) in super::model::tag_spans(&tags) {
            let confidence = marginals
                .as_ref()
                .map_or(1.0, |m| super::crf::span_confidence(m, i, j, ty));
            if confidence >= least(ty == 1, j - i) {
                spans.push((i, j, kind_of_type(ty)));
            } else if ty == 3 && j - i >= 3 && english {
                // A body unsure of itself may be an office and a name ("Prime Minister Rishi
                // Sunak", below).
                doubtful.push((i, j, EntityKind::Organization));
                if confidence >= UNSURE {
                    unsure.push((i, j, kind_of_type(ty), confidence));
                }
            } else if confidence >= UNSURE {
                unsure.push((i, j, kind_of_type(ty), confidence));
            } else if ty == 1 && j - i >= 3 {
                // Less sure still, but perhaps for the title or body read into it (below).
                doubtful.push((i, j, EntityKind::Person));
            }
        }
    }
    let mut rules = super::rules::Ctx::new(
        &words,
        places,
        lang,
        &window.glued,
        opens_block(text, at.0, tokens[0].start),
    );
    rules.title_case = window.truecased.is_some();
    rules.headline = window.headline;
    rules.lower_given = &window.lower_given;
    rules.pack = Some(pack);
    // An unsure person's span may hold the title the tagger read into it: the name is what
    // follows ("Mendagri Tito Karnavian"), as sure as the tagger is that its words are in a
    // person's name (where it says).
    let trimmed = |i: usize, j: usize| {
        let start = super::rules::person_titles::name_start(&rules, i, j);
        let confidence = marginals
            .as_ref()
            .map(|m| super::crf::inside_confidence(m, start, j, 1));
        (start, confidence)
    };
    // Trimmed of the title, a name the tagger is as sure of as its threshold asks is one: the
    // doubt was the title's ("Kapolda Jateng Irjen Ribut Hari Wibowo" 0.71, the name 0.92; the
    // confidence is that of each word's being in a person's name, `crf::inside_confidence`).
    // Not in a title-case sentence, whose capitals say less of where a title ends.
    let sure =
        |i: usize, j: usize, confidence: f32| !rules.title_case && confidence >= least(true, j - i);
    for u in unsure.iter_mut().filter(|u| u.2 == EntityKind::Person) {
        let (start, confidence) = trimmed(u.0, u.1);
        if start > u.0 {
            u.0 = start;
            u.3 = confidence.unwrap_or(u.3);
            if sure(u.0, u.1, u.3) {
                spans.push((u.0, u.1, EntityKind::Person));
                // Taken: no longer unsure (dropped below).
                u.3 = -1.0;
            }
        }
    }
    // A person's span the tagger doubts for the office and body it read into it ("Ketua Harian
    // Gerindra Sufmi Dasco Ahmad") may be sure of the name after them. And in English a body
    // the tagger doubts that opens with an office may be the office and a person's name
    // ("Prime Minister Rishi Sunak": reading a body, the tagger gives the name's words as a
    // person's little): the name after the office is put to the cues as a person at their
    // floor (a confidence this step sets, not the tagger's), and only if they confirm it is
    // the body dropped (`from_bodies`); unconfirmed, it is dropped itself. Not a name of one word, in title case, ending in a
    // body's, a building's or a class's noun ("Prince Albert II Foundation"), nor holding a
    // word English writes in lower case (the pack's `lower`: compromise's role nouns hold
    // such words as "phantom", and a role before the words of a plan's name is no person's,
    // "the Deferred Phantom Cash Units").
    let mut from_bodies: Vec<(usize, usize, usize)> = Vec::new();
    for &(i, j, kind) in &doubtful {
        if let (start, Some(confidence)) = trimmed(i, j) {
            if start <= i {
                continue;
            }
            if kind == EntityKind::Person && sure(start, j, confidence) {
                spans.push((start, j, EntityKind::Person));
            } else if kind == EntityKind::Person && confidence >= UNSURE {
                unsure.push((start, j, EntityKind::Person, confidence));
            } else if kind == EntityKind::Organization
                && j - start >= 2
                && !rules.title_case
                && !super::rules::cues::ends_kind_noun(&rules, j)
                && (start..j).all(|k| !pack.is_lower_word(words[k]))
            {
                from_bodies.push((i, start, j));
                unsure.push((start, j, EntityKind::Person, super::rules::cues::FLOOR));
            }
        }
    }
    unsure.retain(|u| u.3 >= 0.0);
    spans.sort_by_key(|s| s.0);
    // Unsure people that news's cues confirm ("spokesperson Vedant Patel said") are names.
    let confirmed: Vec<bool> = unsure
        .iter()
        .map(|&(i, j, kind, confidence)| {
            super::rules::cues::confirms(&rules, &spans, i, j, kind, confidence)
        })
        .collect();
    if confirmed.contains(&true) {
        let mut yes = confirmed.iter();
        let (mut found, mut rest): (Vec<_>, Vec<_>) =
            unsure.into_iter().partition(|_| yes.next() == Some(&true));
        // A person confirmed after an office is no longer the body the tagger read.
        for &(i, start, j) in &from_bodies {
            let person = |u: &(usize, usize, EntityKind, f32)| {
                (u.0, u.1, u.2) == (start, j, EntityKind::Person)
            };
            if found.iter().any(person) {
                let body = |u: &(usize, usize, EntityKind, f32)| {
                    (u.0, u.1, u.2) == (i, j, EntityKind::Organization)
                };
                found.retain(|u| !body(u));
                rest.retain(|u| !body(u));
            }
        }
        spans.extend(found.iter().map(|u| (u.0, u.1, u.2)));
        spans.sort_by_key(|s| s.0);
        unsure = rest;
    }
    // A person after an office the cues did not confirm is no unsure name (the body stays).
    unsure.retain(|u| {
        u.3 >= super::weak::FLOOR
            && !from_bodies
                .iter()
                .any(|&(_, start, j)| (u.0, u.1, u.2) == (start, j, EntityKind::Person))
    });
    rules.unsure_people = unsure
        .iter()
        .filter(|u| u.2 == EntityKind::Person && u.1 - u.0 >= 2)
        .map(|u| (u.0, u.1))
        .collect();
    rules.unsure_bodies = unsure
        .iter()
        .filter(|u| u.2 == EntityKind::Organization)
        .map(|u| (u.0, u.1))
        .collect();
    super::rules::apply(&rules, &mut spans, pack.model.is_some());
    // A sentence's first word alone is no name when the page writes it in lower case elsewhere
    // and never capitalises it inside a sentence ("Shares fell …", "… shares rose"), nor when
    // it is a function word ("Ein", "The") where a sentence or quotation opens.
    let mut keep = |i: usize, j: usize| {
        !(j - i == 1
            && capitalised(words[i])
            && ((i == 0 && written_lower(words[0]))
                || (opens(&words, i) && is_function_word(words[i], lang))))
            && !(j - i == 1 && is_trap(words[i], lang))
            // A currency's code ("US" of "US$ 5 miliar").
            && !super::rules::currencies::before_sign(text, tokens[j - 1].end, tokens.get(j).copied())
    };
    let clubs = rules.clubs.take();
    for &(i, j, kind) in &spans {
        if keep(i, j) {
            out.push(window_raw(
                block,
                text,
                (&window, &words, lang, &clubs),
                i,
                j,
                kind,
            ));
        }
    }
    // Places the tagger left out (or was not sure enough of): the gazetteer's countries, cities
    // and states are places for certain (CONVENTIONS: a country is a place also where it
    // stands for a government), save where the words around say otherwise (below).
    for &(i, len, place) in places {
        // A place named as a people, a nationality or a language is none ("orang Jepang",
        // "bahasa Jawa"), nor a holiday ("Natal", Christmas, not the city of Brazil), nor a
        // law's place ("the Scotland Act"), nor a currency's code ("US$").
        if super::rules::demonyms::is_demonym(&words, i, place.kind, lang)
            || super::rules::holidays::opens_holiday(&words, i, len, lang)
            || super::rules::laws::before_act(&words, i + len, lang)
            || super::rules::currencies::before_sign(
                text,
                tokens[i + len - 1].end,
                tokens.get(i + len).copied(),
            )
        {
            continue;
        }
        // Where the tagger, reading the gazetteer, read no name, the name may be a word here.
        let untagged = tags
            .get(i..i + len)
            .is_some_and(|t| t.iter().all(|&t| t == 0));
        if untagged
            && super::place_words::is_word(
                &words,
                i,
                len,
                place.kind,
                lang,
                window.truecased.is_some(),
                &|k| {
                    places.iter().any(|p| p.0 == k)
                        // A person's name after a place is no word continuing it
                        // ("Gubernur Jawa Barat Ridwan Kamil"); not after a given name
                        // ("Austin Reaves").
                        || spans.iter().any(|s| s.0 == k && s.2 == EntityKind::Person)
                            && !is_given_name(words[k - 1])
                },
            )
        {
            continue;
        }
        // A possessive is outside the place (CONVENTIONS: "Jakarta's" → "Jakarta"), unless the
        // gazetteer has the name as written (Dutch "Bahama’s").
        // (The gazetteer is asked again only where the last word has a possessive's ending.)
        let last = tokens[i + len - 1];
        let bare = last.start + without_possessive(last.text(text)).len();
        let written = &text[tokens[i].start..last.end];
        let end = if bare == last.end || Gazetteer::get().lookup(written).is_some() {
            last.end
        } else {
            bare
        };
        let span = Span::new(tokens[i].start, end);
        let overlaps = out[first..]
            .iter()
            .any(|r| r.span.start < span.end && span.start < r.span.end);
        if !overlaps {
            out.push(Raw {
                block,
                span,
                kind: EntityKind::Place,
                place: Some(Box::new(place)),
                origin: Origin::Gazetteer,
            });
        }
    }
    // The unsure spans go through the rules only if the page repeats them enough to count, or
    // if they are among the few listed apart (`weak::promote`, with `rules_keep`): most never
    // do.
    for (i, j, kind, confidence) in unsure {
        if keep(i, j) {
            let raw = window_raw(block, text, (&window, &words, lang, &clubs), i, j, kind);
            let overlaps = out[first..]
                .iter()
                .any(|r| r.span.start < raw.span.end && raw.span.start < r.span.end);
            if !overlaps {
                weak.push(
                    super::weak::Weak::new(raw, confidence, at, (i, j, kind))
                        .in_headline(window.truecased.is_some()),
                );
            }
        }
    }
    out[first..].sort_by_key(|r| r.span.start);
}

/// Which of `words` are in a place of two words or more the gazetteer knows, which a title-case
/// sentence does not read in lower case although a word of it is a function word or one the
/// page writes in lower case ("New" of "New Zealand", "Great" of "Great Britain"): the words
/// together are the name. Not a place opening with "The" ("The Valley", Anguilla's capital, is
/// a phrase in a headline; "The Hague" and "The Bronx" are lost there with it, as before).
///
/// ```text
/// ["Floods", "Hit", "New", "Zealand"] with "New Zealand" at 2 → [false, false, true, true]
/// ```
fn in_named_place(words: &[&str], places: &[(usize, usize, Place)]) -> Vec<bool> {
    let mut named = vec![false; words.len()];
    for &(i, len, _) in places {
        if len >= 2 && !words[i].eq_ignore_ascii_case("the") {
            named[i..i + len].fill(true);
        }
    }
    named
}

/// Whether a window whose first token starts at byte `start` of block text `text`, in the
/// block's `sentence`th sentence, opens the block: the first sentence with nothing but spaces and
/// punctuation before the token (looked for in the 64 bytes before it: a window of punctuation
/// after a long run of it is read as not opening, and no window re-reads the block).
fn opens_block(text: &str, sentence: usize, start: usize) -> bool {
    if sentence != 0 {
        return false;
    }
    let mut from = start.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    from == 0 && !text[..start].chars().any(is_alphanumeric)
}

/// The mark of tokens `i..j` of `window` (its `words`, read in `lang`) with the tagger's
/// `kind`: a place the gazetteer knows there is a place, unless a person or a club, one a
/// Spanish article names ([`super::rules::club_articles`]) or one of the `clubs` the rules
/// read (`rules::Ctx::clubs`: a side of a match): no place of the gazetteer's then, so that
/// linking keeps the club apart from its city; the possessive is no part of the name ("Rishi
/// Sunak's office").
fn window_raw(
    block: usize,
    text: &str,
    (window, words, lang, clubs): (&Window, &[&str], Lang, &[(usize, usize)]),
    i: usize,
    j: usize,
    kind: EntityKind,
) -> Raw {
    let place = window
        .places
        .iter()
        .find(|p| p.0 == i && p.1 == j - i)
        .map(|p| Box::new(p.2));
    let last = window.tokens[j - 1].text(text);
    let end = window.tokens[j - 1].end - (last.len() - without_possessive(last).len());
    let club = |p: &Place| {
        kind == EntityKind::Organization
            && (clubs.contains(&(i, j))
                || window.truecased.is_none()
                    && super::rules::club_articles::names_club(words, i, p.kind, lang))
    };
    let (kind, place) = match place {
        Some(p) if club(&p) => (kind, None),
        Some(p) if kind != EntityKind::Person => (EntityKind::Place, Some(p)),
        place => (kind, place),
    };
    Raw {
        block,
        span: Span::new(window.tokens[i].start, end),
        kind,
        place,
        origin: Origin::Model,
    }
}

/// Which of `spans` (tokens `i..j` with the tagger's kind) of the window of sentence `sentence`
/// (the block's `index`th) of `text` starting at byte `at` the rules leave as they are: one the rules drop or change
/// (joined, split, retyped) is not kept, rather than given a confidence that was never its own.
/// The window is read again as [`window_mentions`] read it.
pub fn rules_keep(
    text: &str,
    (index, sentence): (usize, Span),
    at: usize,
    (lang, pack): (Lang, Option<&Pack>),
    written_lower: &mut dyn FnMut(&str) -> bool,
    spans: &[(usize, usize, EntityKind)],
) -> Vec<bool> {
    let (tokens, _) = next_window(text, sentence, at);
    let window = Window::read(text, tokens, lang, pack, written_lower);
    let words = window.words(text);
    let mut rules = super::rules::Ctx::new(
        &words,
        &window.places,
        lang,
        &window.glued,
        window
            .tokens
            .first()
            .is_some_and(|t| opens_block(text, index, t.start)),
    );
    rules.title_case = window.truecased.is_some();
    rules.headline = window.headline;
    rules.lower_given = &window.lower_given;
    rules.pack = pack;
    let mut ruled = spans.to_vec();
    super::rules::apply(&rules, &mut ruled, true);
    spans.iter().map(|s| ruled.contains(s)).collect()
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
        let glued = vec![false; words.len()];
        let rules = super::super::rules::Ctx::new(words, &[], Lang::from_tag(lang), &glued, false);
        super::super::rules::apply(&rules, &mut spans, true);
        spans
    }

    /// The filter in front of the lists' lookup rules out no title: `is_english_title` answers
    /// as the lookup alone did, for every word of the lists and of the demo article, in three
    /// cases, with and without a period.
    #[test]
    fn the_title_filter_rules_out_no_title() {
        super::super::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        let by_lookup = |word: &str| {
            let bare = word.trim_end_matches('.');
            !super::super::is_acronym(word)
                && (super::super::HONORIFICS_EN.contains(bare)
                    || super::super::OFFICES_EN.contains(bare)
                    || with_lowercase(bare, |lower| {
                        EnglishWords::get()
                            .lists
                            .get(lower)
                            .is_some_and(|&f| f & (2 | 4) != 0)
                    }))
        };
        let lists = EnglishWords::get().lists.keys().copied();
        let article = include_str!("../../../www/demo/article.txt").split_whitespace();
        let (mut titles, mut asked) = (0, 0);
        for word in lists.chain(article) {
            let capitalised: String = word
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(word.chars().skip(1))
                .collect();
            for w in [word.to_string(), capitalised, word.to_uppercase()] {
                for w in [w.clone(), format!("{w}.")] {
                    assert_eq!(is_english_title(&w), by_lookup(&w), "{w}");
                    titles += usize::from(by_lookup(&w));
                    asked += 1;
                }
            }
        }
        assert!(titles > 1_000 && asked > 20_000, "{titles} of {asked}");
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

    #[test]
    fn a_headlines_common_words_are_read_in_lower_case() {
        let pack = crate::text::ner::pack::read(
            "id",
            &crate::text::ner::pack::write(&[
                ("lang", b"id"),
                (
                    "lower",
                    b"sebagai\nadalah\nbicara\nbersama\ngrace\nrapids\n",
                ),
            ]),
        )
        .unwrap();
        let read_in = |text: &str, lang: &str| {
            let (tokens, _) = next_window(text, Span::new(0, text.len()), 0);
            let window = Window::read(text, tokens, Lang::from_tag(lang), Some(&pack), &mut |_| {
                false
            });
            window.words(text).join(" ")
        };
        let read = |text: &str| read_in(text, "id");
        // Title case: the pack's lower-case words, and the language's function words, in lower
        // case.
        assert_eq!(
            read("Ahmad Dani Sebagai Ketua Partai Di Jakarta Bicara"),
            "Ahmad Dani sebagai Ketua Partai di Jakarta bicara"
        );
        // Nor a word of a company's name after its legal form, nor an English given name.
        super::super::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        assert_eq!(
            read("Jaksa Periksa Direktur PT Bicara Sebagai Tbk Bersama Grace Smith"),
            "Jaksa Periksa Direktur PT Bicara Sebagai Tbk bersama Grace Smith"
        );
        // Nor, in English, a well-known organisation's.
        assert_eq!(
            read_in("Coach Of Colorado Rapids Sebagai Bersama Fans", "en"),
            "Coach of Colorado Rapids sebagai bersama Fans"
        );
        // A sentence's first word stays as it is, and a word in capitals.
        assert_eq!(
            read("Sebagai Ketua PARTAI BICARA Ahmad Dani Bicara"),
            "Sebagai Ketua PARTAI BICARA Ahmad Dani bicara"
        );
        // Running text is read as written; so is a sentence dense with names that writes other
        // words in lower case (the function words still read in lower case).
        assert_eq!(
            read("Ahmad Dani adalah Ketua Partai Sebagai Baru di kota itu"),
            "Ahmad Dani adalah Ketua Partai Sebagai Baru di kota itu"
        );
        assert_eq!(
            read("Ahmad Dani Sebagai Ketua Partai Di Jakarta Bicara sendiri"),
            "Ahmad Dani Sebagai Ketua Partai di Jakarta Bicara sendiri"
        );
    }

    #[test]
    fn a_headline_keeps_a_known_place_whose_word_is_a_function_word() {
        super::super::gazetteer::add_places(include_str!("data/places.txt"));
        let read = |text: &str| {
            let (tokens, _) = next_window(text, Span::new(0, text.len()), 0);
            // The page writes "new" in lower case elsewhere.
            let window = Window::read(text, tokens, Lang::from_tag("en"), None, &mut |w| {
                w.eq_ignore_ascii_case("new")
            });
            let places: Vec<String> = window
                .places
                .iter()
                .map(|&(i, len, _)| window.words(text)[i..i + len].join(" "))
                .collect();
            (window.words(text).join(" "), places)
        };
        // "New" (a word English opens sentences with) is the place's: read as written.
        let (words, places) = read("Floods Hit New Zealand As Storm Nears New York");
        assert_eq!(words, "Floods Hit New Zealand as Storm Nears New York");
        assert_eq!(places, ["New Zealand", "New York"]);
        // Counter-examples: a word alone is read in lower case; a place opening with "The" is
        // a phrase of the headline.
        let (words, places) = read("Storm Brings New Rules Through The Valley");
        assert_eq!(words, "Storm Brings new Rules through the Valley");
        assert!(places.is_empty(), "{places:?}");
    }
}
