//! Splitting a block of text into sentences.
//!
//! One left-to-right pass over the bytes (never quadratic): ASCII text is skipped byte by byte
//! until a terminator, a line break or a list bracket; other characters are decoded only when
//! their lead byte can start a terminator. At each terminator the engine reads the cluster
//! (`?!`, `...`, `. . .`, closing quotes and brackets), the token before it and the word after
//! it, and decides with these rules, in order:
//!
//! - terminators of scripts without spaces (`。`, `።`, `।`, …) end a sentence even when text
//!   follows directly; `.`, `!` and `?` need whitespace after them (`3.5`, `p.dw.com`, `Jr.'s`);
//! - a lower-case word after the cluster continues the sentence (`"…," kata Seoul.`,
//!   `Yahoo! in`), except after a long lower-case word (an abbreviation is never that);
//! - numbers: `Rp 2.262,6`, `3. 5 persen`, `12. Juni` stay whole, `Seite 12. Dort` splits;
//! - abbreviations from the language's list: titles (`Dr.`, `Prof. Dr.`) never end a sentence;
//!   others do only before a sentence starter (`… and co. They`); `etc.`/`dll.` before any
//!   capital; `a.m.`/`p.m.` unless the sentence so far is a fronted adverbial (`At 5 a.m. Mr. …`);
//! - initials (`B.J. Habibie`, `B. J. Habibie`, `George W. Bush`) end a sentence only before a
//!   sentence starter (`you and I. Did …`);
//! - ellipses: `. . .` inside a sentence continues it, `....` or `word...` before a capital ends
//!   it, `word. . . . Next` ends after `word.`; `[...]` is an omission, not an end;
//! - list markers (`1.`, `a)`, `2.)`, `• 9.`) never end a sentence; a run of consecutive markers
//!   that opens a line or follows a colon or a sentence's end starts a sentence at each marker
//!   (`am 14. und 15. Juli` is no list), as do two or more bullets;
//! - a dateline or caption label in capitals opening the text (`JAKARTA. Presiden …`,
//!   `SITE.COM - KOTA. …`) opens the sentence after it;
//! - after `a.m.`/`p.m.` a day, a month or a time zone continues the sentence (`8 p.m. EST`); in
//!   a Title Case sentence (a headline) an abbreviation before a capitalised starter does not end
//!   it (`Trump Says U.S. Will …`);
//! - a line break is a boundary unless the text was merely wrapped (the next line starts in lower
//!   case, the line ends with a comma or hyphen, both sides are in a script without spaces, or
//!   the paragraph's lines all have about the same length).
//!
//! After the scan, a bracketed sign-off or credit (`(ant/rzk)`, `(AFP)`) joins the sentence
//! before it (`src/text/signoff.rs`).
//!
//! Every other script and terminator follows UAX #29 (see [`crate::text::lang::TERMINATORS`]).
//! A sentence longer than [`MAX_SENTENCE`] bytes (a blob with no terminator) is cut into rows of
//! at most that size, at whitespace where there is some.
//!
//! Work is linear in the text: each rule looks at most a bounded distance around a terminator
//! (the token before it, up to 64 characters; the word after it; a fronted adverbial of at most
//! eight words), and [`Segmenter::split`] reads a text in steps of a bounded number of bytes.

use super::lang::{uax29_terminator, Lang, LangData, Term};
use super::Span;
use crate::support::case::{lower_chars, lowercase};
use crate::support::chars::{is_alphabetic, is_alphanumeric};

/// The spans of the sentences in `text`, in order, without surrounding whitespace, using the
/// rules of the language detected in `text` (see [`Segmenter`] to choose the language).
///
/// Lossless: the gaps between consecutive spans (and before the first and after the last) are
/// whitespace only, so the spans plus those gaps give back `text` exactly.
///
/// ```
/// let text = "Kim tiba di Rusia. Putin menunggu.";
/// let sentences: Vec<&str> = baca::text::sentence_spans(text).map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["Kim tiba di Rusia.", "Putin menunggu."]);
/// ```
pub fn sentence_spans(text: &str) -> SentenceSpans {
    Segmenter::new(Lang::resolve(None, text)).spans(text)
}

/// A sentence segmenter for one language.
///
/// ```
/// use baca::text::{lang::Lang, Segmenter};
/// let seg = Segmenter::new(Lang::from_tag("en"));
/// let text = "I live in the U.S. How about you? Dr. Smith lives at No. 5.";
/// let sentences: Vec<&str> = seg.spans(text).map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["I live in the U.S.", "How about you?", "Dr. Smith lives at No. 5."]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Segmenter {
    lang: Lang,
}

impl Segmenter {
    /// A segmenter applying `lang`'s rules.
    pub fn new(lang: Lang) -> Segmenter {
        Segmenter { lang }
    }

    /// The language whose rules apply.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The spans of the sentences in `text`; see [`sentence_spans`] for the guarantees.
    ///
    /// ```
    /// use baca::text::{lang::Lang, Segmenter};
    /// let text = "Kim tiba pukul 08.20 WIB. B.J. Habibie menyambut.";
    /// let n = Segmenter::new(Lang::from_tag("id")).spans(text).count();
    /// assert_eq!(n, 2);
    /// ```
    pub fn spans(&self, text: &str) -> SentenceSpans {
        let mut scanner = Scanner::new(text, self.lang, ScanState::default());
        scanner.run_until(text.len());
        SentenceSpans {
            spans: scanner.finish().into_iter(),
        }
    }

    /// A split of one text into sentences done in steps of a bounded number of bytes, so that a
    /// browser stays responsive on a block of any length: the same spans as [`Segmenter::spans`].
    ///
    /// ```
    /// use baca::text::{lang::Lang, Segmenter};
    /// let text = "Kim tiba. Putin menunggu. ".repeat(100);
    /// let seg = Segmenter::new(Lang::from_tag("id"));
    /// let mut split = seg.split();
    /// let mut steps = 1;
    /// let spans = loop {
    ///     match split.step(&text, 256) {
    ///         Some(spans) => break spans,
    ///         None => steps += 1,
    ///     }
    /// };
    /// assert!(steps > 1);
    /// assert_eq!(spans, seg.spans(&text).collect::<Vec<_>>());
    /// ```
    pub fn split(&self) -> Split {
        Split {
            lang: self.lang,
            state: ScanState::default(),
        }
    }
}

/// A sentence split in steps: see [`Segmenter::split`].
pub struct Split {
    lang: Lang,
    state: ScanState,
}

impl Split {
    /// Reads about `bytes` more bytes of `text` (the same text at every call); the sentence
    /// spans once the whole text is read. Work per call is bounded by `bytes` plus the longest
    /// look-around of one rule.
    pub fn step(&mut self, text: &str, bytes: usize) -> Option<Vec<Span>> {
        let state = std::mem::take(&mut self.state);
        let limit = state.i.saturating_add(bytes.max(1));
        let mut scanner = Scanner::new(text, self.lang, state);
        if scanner.run_until(limit) {
            return Some(scanner.finish());
        }
        self.state = scanner.s;
        None
    }
}

/// Iterator over the [`Span`]s of the sentences of a text; see [`sentence_spans`].
#[derive(Clone, Debug)]
pub struct SentenceSpans {
    spans: std::vec::IntoIter<Span>,
}

impl Iterator for SentenceSpans {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        self.spans.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl ExactSizeIterator for SentenceSpans {}

/// Bytes that may need a decision: terminators, line breaks, list brackets, and the lead bytes of
/// the UTF-8 encodings of non-ASCII terminators, bullets and line separators.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let ascii = b".!?\n\r):;";
    let mut i = 0;
    while i < ascii.len() {
        t[ascii[i] as usize] = true;
        i += 1;
    }
    let leads = [
        0xC2u8, 0xCD, 0xD6, 0xD8, 0xDB, 0xDC, 0xDF, 0xE0, 0xE1, 0xE2, 0xE3, 0xEA, 0xEF, 0xF0,
    ];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i] as usize] = true;
        i += 1;
    }
    t
};

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '»'
            | '›'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '〗'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '［'
            | '《'
            | '〈'
            | '【'
            | '〔'
            | '—'
            | '–'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '‣' | '▪' | '●' | '∙')
}

/// Invisible bidirectional controls that wrap punctuation in right-to-left text.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Scripts written without spaces between words, where a line break inside a sentence is joined.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9D
        | 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Digit,
    /// A letter of a script without case (Arabic, Han, Devanagari, …).
    Caseless,
    Other,
}

fn case_of(c: char) -> Case {
    if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else if c.is_numeric() {
        Case::Digit
    } else if is_alphabetic(c) {
        Case::Caseless
    } else {
        Case::Other
    }
}

/// What follows a terminator cluster, after whitespace and opening quotes or brackets.
struct Next<'t> {
    case: Case,
    /// The leading run of letters and digits ("They" in "They,").
    word: &'t str,
    /// The next sentence would open with an ellipsis ("…en toen").
    ellipsis: bool,
    /// Whether a period follows the word directly ("Pol." in "Kombes. Pol. Budi").
    dotted: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkerKind {
    Digit,
    Lower,
    Upper,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Dot,
    DotParen,
    Paren,
}

/// A list marker candidate: `1.`, `a)`, `2.)`, `• 9.`.
struct Marker {
    /// Where the item starts (its bullet, if any).
    start: usize,
    /// Just after the marker's punctuation.
    end: usize,
    value: u32,
    kind: MarkerKind,
    style: MarkerStyle,
}

/// How a paragraph's lines look, for deciding which line breaks are mere wrapping.
#[derive(Clone, Copy)]
struct Shape {
    /// Hard-wrapped prose: lines of about the same length.
    wrapped: bool,
    /// A list of short lines without sentence punctuation.
    list: bool,
}

struct Cluster {
    end: usize,
    periods: usize,
    strong: bool,
    script_stop: bool,
    closers: bool,
    /// `word. . . .`: the end of the word's own period, before a spaced ellipsis.
    word_period_end: Option<usize>,
}

/// The most words of a dateline in capitals ("SITE.COM, KOTA BARU -").
const DATELINE_WORDS: usize = 6;

/// The most words of a headline read back by the Title Case rule.
const TITLE_WORDS: usize = 16;

/// Whether `word` is a time-zone abbreviation ("EST", "GMT", "UTC", "WIB", "CEST"): two to
/// four capitals ending in T, or UTC, WIB, WITA.
fn is_time_zone(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    matches!(w, "UTC" | "WIB" | "WITA")
        || ((2..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && w.ends_with('T'))
}

/// The most words a fronted adverbial may have ("In the evening at 7").
const FRONTED_WORDS: usize = 8;

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    lang: Lang,
    data: Option<&'static LangData>,
    s: ScanState,
}

/// What the scanner knows between two steps (see [`Split`]): no borrow of the text.
#[derive(Default)]
struct ScanState {
    /// The next byte to read.
    i: usize,
    cuts: Vec<usize>,
    sentence_start: usize,
    line_start: usize,
    para_start: usize,
    /// `(paragraph start, hard-wrapped?)` of the last paragraph examined.
    shape: Option<(usize, Shape)>,
    markers: Vec<Marker>,
    bullets: Vec<usize>,
    lower: String,
    /// Where the text's first non-whitespace character is (found once, on the first step).
    lead: Option<usize>,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str, lang: Lang, mut s: ScanState) -> Scanner<'t> {
        s.lead
            .get_or_insert_with(|| text.len() - text.trim_start().len());
        Scanner {
            text,
            bytes: text.as_bytes(),
            lang,
            data: lang.data(),
            s,
        }
    }

    /// Reads on to byte `limit` or the end, whichever comes first; whether it reached the end.
    fn run_until(&mut self, limit: usize) -> bool {
        let n = self.bytes.len();
        let limit = limit.min(n);
        let mut i = self.s.i;
        while i < limit {
            let b = self.bytes[i];
            if !SPECIAL[b as usize] {
                i += 1;
                continue;
            }
            i = match b {
                b'\n' | b'\r' => self.newline(i),
                b'.' if self.lang.period_ends() => self.terminator(i),
                b'!' | b'?' => self.terminator(i),
                b')' => {
                    self.paren_marker(i);
                    i + 1
                }
                b':' if self.lang.colon_ends() => self.simple_stop(i, 1),
                b';' if self.lang.semicolon_ends() => self.simple_stop(i, 1),
                0x80.. => self.non_ascii(i),
                _ => i + 1,
            };
        }
        self.s.i = i;
        i >= n
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i)?.chars().next_back()
    }

    fn cut(&mut self, at: usize) {
        if self.s.cuts.last().is_none_or(|&last| at > last) {
            self.s.cuts.push(at);
        }
        self.s.sentence_start = at;
    }

    fn non_ascii(&mut self, i: usize) -> usize {
        let Some(c) = self.char_at(i) else {
            return i + 1;
        };
        let end = i + c.len_utf8();
        match c {
            '\u{85}' | '\u{2028}' | '\u{2029}' => {
                self.cut(i);
                self.s.line_start = end;
                end
            }
            '…' if self.lang.period_ends() => self.terminator(i),
            '\u{37E}' if self.lang.semicolon_ends() => self.simple_stop(i, c.len_utf8()),
            c if is_bullet(c) => {
                if self.char_before(i).is_none_or(char::is_whitespace) {
                    self.s.bullets.push(i);
                }
                end
            }
            c => match uax29_terminator(c) {
                Some(_) => self.terminator(i),
                None => end,
            },
        }
    }

    /// `:` or `;` acting as a full stop in some languages: ends a sentence when a space and more
    /// text follow.
    fn simple_stop(&mut self, i: usize, len: usize) -> usize {
        let after = i + len;
        if self.char_at(after).is_some_and(char::is_whitespace) {
            if let Some(next) = self.next_word(after) {
                if next.case != Case::Lower {
                    self.cut(after);
                }
            }
        }
        after
    }

    fn cluster(&self, i: usize) -> Cluster {
        let mut cl = Cluster {
            end: i,
            periods: 0,
            strong: false,
            script_stop: false,
            closers: false,
            word_period_end: None,
        };
        let attached = self.char_before(i).is_some_and(|c| !c.is_whitespace());
        let mut j = i;
        while let Some(c) = self.char_at(j) {
            match c {
                '.' => cl.periods += 1,
                '!' | '?' => cl.strong = true,
                '…' => cl.periods += 3,
                ' ' if cl.periods > 0 && !cl.strong && !cl.closers && self.spaced_dot_at(j + 1) => {
                    if cl.periods == 1 && attached && cl.word_period_end.is_none() {
                        cl.word_period_end = Some(j);
                    }
                }
                c if is_closer(c) => cl.closers = true,
                c if !c.is_ascii() => match uax29_terminator(c) {
                    Some(Term::Period) => cl.periods += 1,
                    Some(Term::Stop) => {
                        cl.strong = true;
                        cl.script_stop = true;
                    }
                    None => break,
                },
                _ => break,
            }
            j += c.len_utf8();
        }
        cl.end = j;
        cl
    }

    /// A `.` at `j` that continues a spaced ellipsis (`. . .`).
    fn spaced_dot_at(&self, j: usize) -> bool {
        self.bytes.get(j) == Some(&b'.')
            && match self.char_at(j + 1) {
                None => true,
                Some(c) => c == '.' || c == ' ' || is_closer(c),
            }
    }

    fn terminator(&mut self, i: usize) -> usize {
        let cl = self.cluster(i);
        let after = cl.end;
        if after >= self.bytes.len() {
            return after;
        }
        // "[...]" and "(...)" mark an omission.
        if cl.periods >= 2
            && !cl.strong
            && matches!(self.char_before(i), Some('[' | '('))
            && self.text[i..after]
                .trim_start_matches(['.', '…', ' '])
                .starts_with([']', ')'])
        {
            return after;
        }
        if let Some(word_end) = cl.word_period_end {
            // "compounds. . . . The practice": the word's period ends the sentence and the
            // ellipsis opens the next one; at the very end it is one closing ellipsis.
            if self.text[after..].chars().any(|c| !c.is_whitespace()) {
                self.cut(word_end);
            }
            return after;
        }
        let c = self.char_at(after).unwrap_or(' ');
        if !c.is_whitespace() {
            let glued =
                cl.periods == 1 && !cl.strong && !cl.closers && self.glued_sentence(i, after);
            if glued || (cl.script_stop && !(cl.closers && matches!(c, 'と' | 'っ'))) {
                self.cut(after);
            }
            return after;
        }
        let Some(next) = self.next_word(after) else {
            return after;
        };
        let ends = if cl.strong {
            next.case != Case::Lower
        } else if cl.periods >= 2 {
            let attached = self.char_before(i).is_some_and(|c| !c.is_whitespace());
            match next.case {
                Case::Upper => cl.periods >= 4 || attached,
                Case::Lower | Case::Digit => false,
                _ => attached,
            }
        } else {
            // A closing bracket or quote before a lower-case word: the sentence goes on.
            let ends = !(cl.closers && next.case == Case::Lower) && self.period_ends(i, &next);
            self.dot_marker(i, after);
            ends
        };
        if ends {
            self.cut(after);
        }
        after
    }

    /// Sentences glued by a missing space ("world.Today", "1,000.That"): the period sits between
    /// a plain word or number and a capitalised word. Domains, e-mail addresses, dotted
    /// abbreviations and names like "ASP.NET" or "KOMPAS.com" do not qualify.
    fn glued_sentence(&mut self, dot: usize, after: usize) -> bool {
        let rest = &self.text[after..];
        let mut chars = rest.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            return false;
        };
        if !(first.is_uppercase() && second.is_lowercase()) {
            return false;
        }
        if !letters_then_punctuation(rest) {
            return false;
        }
        let (_, prev) = self.prev_token(dot);
        let letters = prev.chars().filter(|&c| is_alphabetic(c)).count();
        let plain_word = letters >= 2
            && prev.chars().all(is_alphabetic)
            && prev.chars().next_back().is_some_and(char::is_lowercase);
        if !(plain_word || is_number(prev)) {
            return false;
        }
        let data = self.data;
        let lower = self.lowercase(prev);
        !data.is_some_and(|d| d.abbreviations.contains(lower))
    }

    /// The first word after `after`, skipping whitespace and opening punctuation.
    fn next_word(&self, after: usize) -> Option<Next<'t>> {
        let text = self.text;
        let rest = &text[after..];
        let mut p = after + (rest.len() - rest.trim_start().len());
        if p >= text.len() {
            return None;
        }
        while let Some(c) = self.char_at(p).filter(|&c| is_opener(c)) {
            p += c.len_utf8();
        }
        let first = self.char_at(p)?;
        let ellipsis = first == '.' || first == '…';
        let word_end = text[p..]
            .char_indices()
            .find(|&(_, c)| !is_alphanumeric(c))
            .map_or(text.len(), |(k, _)| p + k);
        Some(Next {
            case: case_of(first),
            word: &text[p..word_end],
            ellipsis,
            dotted: self.bytes.get(word_end) == Some(&b'.'),
        })
    }

    /// The token before the period at `dot`: back to whitespace, without opening punctuation,
    /// bullets or bidirectional controls. Returns its start and text.
    fn prev_token(&self, dot: usize) -> (usize, &'t str) {
        let head = &self.text[..dot];
        // Tokens longer than 64 characters (URLs, junk) are cut short: they are plain words.
        let mut start = dot;
        for (k, c) in head.char_indices().rev().take(64) {
            if c.is_whitespace() {
                break;
            }
            start = k;
        }
        // A token never reaches back past the start of the current sentence ("Tuesday.|Mr.").
        if self.s.sentence_start > start && self.s.sentence_start <= dot {
            start = self.s.sentence_start;
        }
        let token = &self.text[start..dot];
        let trimmed =
            token.trim_start_matches(|c: char| is_opener(c) || is_bullet(c) || is_bidi_control(c));
        // The start is where the opening trim left off: the closing trim moves only the end.
        let start = dot - trimmed.len();
        (start, trimmed.trim_end_matches(is_bidi_control))
    }

    /// Whether `pos` is the first token of the current sentence (after whitespace and bullets).
    fn opens_sentence(&self, pos: usize) -> bool {
        let head = &self.text[self.s.sentence_start.min(pos)..pos];
        // From the end: the first word before `pos` settles it, however long the sentence.
        head.chars()
            .rev()
            .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
    }

    fn is_starter(&self, next: &Next) -> bool {
        self.data.is_some_and(|d| d.starters.contains(next.word))
    }

    fn lowercase(&mut self, s: &str) -> &str {
        self.s.lower.clear();
        for c in s.chars() {
            self.s.lower.extend(lower_chars(c));
        }
        &self.s.lower
    }

    /// Whether everything before the token at `token_start` in this sentence is a fronted
    /// adverbial ("At 5", "In the evening at 7"): words from the fronting list, numbers and
    /// abbreviations.
    fn fronted(&self, token_start: usize) -> bool {
        let Some(data) = self.data else { return false };
        let head = &self.text[self.s.sentence_start.min(token_start)..token_start];
        // A fronted adverbial is a few words: past `FRONTED_WORDS` the sentence has begun (and
        // each period of a long sentence costs no more than that).
        let mut words = 0;
        head.split_whitespace().all(|w| {
            words += 1;
            let w = w.trim_matches(|c: char| !is_alphanumeric(c) && c != '.');
            let lower = lowercase(w);
            let bare = lower.trim_end_matches('.');
            words <= FRONTED_WORDS
                && (w.is_empty()
                    || is_number(w)
                    || data.fronting.contains(bare)
                    || data.abbreviations.contains(bare))
        })
    }

    /// Whether the period at `dot`, followed by whitespace and `next`, ends a sentence.
    fn period_ends(&mut self, dot: usize, next: &Next) -> bool {
        let (prev_start, prev) = self.prev_token(dot);
        if prev.is_empty() {
            return next.case != Case::Lower;
        }
        if next.ellipsis {
            return true;
        }
        if self.opens_sentence(prev_start) && is_marker_token(prev) {
            return false;
        }
        if is_number(prev) {
            return match next.case {
                Case::Digit | Case::Lower => false,
                _ => !self.is_month(next.word),
            };
        }
        // A dateline in capitals ("JAKARTA.") opens the sentence after it.
        if prev.chars().count() >= 3
            && prev.chars().all(char::is_uppercase)
            && next.case == Case::Upper
            && self.dateline(prev_start)
        {
            return false;
        }
        let starter = self.is_starter(next);
        let data = self.data;
        let lang = self.lang;
        let lower = self.lowercase(prev);
        if let Some(d) = data {
            if d.time.contains(lower) {
                // "4:30 a.m. Wednesday", "8 p.m. EST", "9 a.m. June 5": the time goes on.
                let word = lowercase(next.word);
                if is_time_zone(next.word)
                    || d.days.contains(word.as_str())
                    || d.months.contains(word.as_str())
                {
                    return false;
                }
                return match next.case {
                    Case::Upper => starter || !self.fronted(prev_start),
                    Case::Digit => true,
                    _ => false,
                };
            }
        }
        if lang.is_ending(lower) {
            return next.case == Case::Upper;
        }
        // All-capital tokens of three or more letters ("DPR", "IATA") are acronyms, which end
        // sentences like words, even where an abbreviation list has them ("KH." stays a title).
        let acronym = prev.chars().count() >= 3 && prev.chars().all(char::is_uppercase);
        if let Some(d) = data.filter(|_| !acronym) {
            if d.abbreviations.contains(lower) {
                if d.prepositive.contains(lower)
                    || (d.numeric.contains(lower) && next.case == Case::Digit)
                {
                    return false;
                }
                return next.case == Case::Upper && starter && !self.title_case(prev_start);
            }
        }
        let letters = prev.chars().filter(|&c| is_alphabetic(c)).count();
        let chars = prev.chars().count();
        // Initials and dotted acronyms: "E.", "B.J", "J.R.R", "U.S", "e.g".
        if (chars == 1 && letters == 1) || is_dotted(prev) || looks_abbreviated(prev) {
            return next.case == Case::Upper && starter && !self.title_case(prev_start);
        }
        match next.case {
            // An abbreviation is never a long lower-case word.
            Case::Lower => letters >= 6 && letters == chars && prev.chars().all(char::is_lowercase),
            // "N°. 5", "hlm. 5": a short token before a number is a label.
            Case::Digit => chars > 3,
            Case::Upper => !self.title_chain(prev, next),
            _ => true,
        }
    }

    /// A capitalised word before an abbreviation that is not a title ("Kombes. Pol. Budi"): such
    /// abbreviations follow ranks and names rather than open sentences, so the two are a chain of
    /// titles. Titles ("Dr."), month names and abbreviations before numbers do open sentences.
    fn title_chain(&self, prev: &str, next: &Next) -> bool {
        let Some(d) = self.data else { return false };
        let mut chars = prev.chars();
        let title_like = chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && prev.chars().count() <= 8;
        if !(title_like && next.dotted) {
            return false;
        }
        let word = lowercase(next.word);
        let word = word.as_str();
        d.abbreviations.contains(word)
            && !d.prepositive.contains(word)
            && !d.numeric.contains(word)
            && !d.months.contains(word)
            && !d.time.contains(word)
            && !self.lang.is_ending(word)
            && !(next.word.chars().count() >= 3 && next.word.chars().all(char::is_uppercase))
    }

    /// Whether the sentence before the token at `token_start` is in Title Case, as headlines
    /// are ("Biden Says U.S. Will …"): at least two words of four or more letters, all of them
    /// capitalised, and three in four words of three or more letters. There a capitalised
    /// starter after an abbreviation is one more headline word. At most [`TITLE_WORDS`] words
    /// are read back.
    fn title_case(&self, token_start: usize) -> bool {
        let head = &self.text[self.s.sentence_start.min(token_start)..token_start];
        let (mut words, mut long, mut three, mut capital) = (0, 0, 0, 0);
        for w in head.split_whitespace() {
            words += 1;
            if words > TITLE_WORDS {
                return false;
            }
            let w = w.trim_matches(|c: char| !is_alphanumeric(c));
            let letters = w.chars().filter(|&c| is_alphabetic(c)).count();
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            if letters >= 3 {
                three += 1;
                capital += usize::from(upper);
            }
            if letters >= 4 {
                long += 1;
                if !upper {
                    return false;
                }
            }
        }
        long >= 2 && capital * 4 >= three * 3
    }

    /// Whether the text's opening up to the token at `token_start` is a dateline or a caption
    /// label in capitals ("JAKARTA.", "SITE.COM - KOTA.", "FOTO ILUSTRASI."): at most
    /// [`DATELINE_WORDS`] words, each in capitals (a site's domain may be in any case) or a
    /// dash. The period after it opens the sentence, it does not end one.
    fn dateline(&self, token_start: usize) -> bool {
        // Only the text's first sentence, after whitespace alone: known without reading that
        // whitespace again at every period (a block may open with a long run of it).
        let lead = self.s.lead.unwrap_or(0).min(token_start);
        if self.s.sentence_start.min(token_start) > lead {
            return false;
        }
        let head = &self.text[lead..token_start];
        let mut words = 0;
        head.split_whitespace().all(|w| {
            words += 1;
            let domain = w.contains('.') && w.chars().any(|c| c.is_ascii_alphabetic());
            words <= DATELINE_WORDS
                && (matches!(w, "-" | "–" | "—" | "--")
                    || domain
                    || w.chars().all(|c| !is_alphabetic(c) || c.is_uppercase()))
        })
    }

    fn is_month(&self, word: &str) -> bool {
        self.data
            .is_some_and(|d| d.months.contains(lowercase(word).as_str()))
    }

    /// Records `1.` / `a.` / `2.)` as a list marker candidate when the period at `dot` ends one.
    fn dot_marker(&mut self, dot: usize, after: usize) {
        let style = match &self.text[dot..after] {
            "." => MarkerStyle::Dot,
            ".)" => MarkerStyle::DotParen,
            _ => return,
        };
        self.marker(dot, after, style);
    }

    fn paren_marker(&mut self, paren: usize) {
        if self.char_at(paren + 1).is_some_and(char::is_whitespace)
            && self.bytes.get(paren.wrapping_sub(1)) != Some(&b'.')
        {
            self.marker(paren, paren + 1, MarkerStyle::Paren);
        }
    }

    fn marker(&mut self, punct: usize, end: usize, style: MarkerStyle) {
        let head = &self.bytes[..punct];
        let digits = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let (token_start, value, kind) = if (1..=3).contains(&digits) {
            let s = punct - digits;
            let value: u32 = self.text[s..punct].parse().unwrap_or(0);
            (s, value, MarkerKind::Digit)
        } else if digits == 0 && head.last().is_some_and(u8::is_ascii_alphabetic) {
            let letter = head[head.len() - 1];
            let kind = if letter.is_ascii_lowercase() {
                MarkerKind::Lower
            } else {
                MarkerKind::Upper
            };
            // "A. B. Smith" are initials: upper-case letters mark lists only with a bracket.
            if kind == MarkerKind::Upper && style == MarkerStyle::Dot {
                return;
            }
            (
                punct - 1,
                u32::from(letter.to_ascii_lowercase() - b'a') + 1,
                kind,
            )
        } else {
            return;
        };
        // The marker stands alone: after whitespace or the start, possibly behind a bullet.
        let mut start = token_start;
        match self.char_before(token_start) {
            None => {}
            Some(c) if c.is_whitespace() => {}
            Some(c) if is_bullet(c) => start = token_start - c.len_utf8(),
            Some(_) => return,
        }
        if start == token_start {
            let before = self.text[..token_start].trim_end_matches([' ', '\t']);
            if let Some(c) = before.chars().next_back().filter(|&c| is_bullet(c)) {
                start = before.len() - c.len_utf8();
            }
        }
        self.s.markers.push(Marker {
            start,
            end,
            value,
            kind,
            style,
        });
    }

    fn newline(&mut self, i: usize) -> usize {
        let end = if self.bytes[i] == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        if self.newline_is_hard(i, end) {
            self.cut(i);
        }
        self.s.line_start = end;
        end
    }

    fn newline_is_hard(&mut self, i: usize, end: usize) -> bool {
        let prev_line = self.text[self.s.line_start..i].trim_end();
        if prev_line.trim_start().is_empty() {
            self.s.para_start = end;
            return true;
        }
        let rest = &self.text[end..];
        let next_start = end + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        let Some(next) = self.char_at(next_start) else {
            return true;
        };
        if next == '\n' || next == '\r' {
            self.s.para_start = next_start;
            return true;
        }
        if self.line_starts_item(next_start) {
            return true;
        }
        let Some(last) = prev_line.chars().next_back() else {
            return true;
        };
        if is_unspaced_script(last) && is_unspaced_script(next) {
            return false;
        }
        if matches!(last, ',' | ';' | '-' | '\u{AD}') {
            return false;
        }
        // A lower-case continuation was wrapped, unless the paragraph is a list of short lines.
        let shape = self.paragraph_shape();
        let first_letter = self.text[next_start..].chars().find(|&c| !is_opener(c));
        if first_letter.is_some_and(char::is_lowercase) && !shape.list {
            return false;
        }
        !(last != ':' && shape.wrapped)
    }

    /// Whether the line at `start` begins with a list marker or a bullet.
    fn line_starts_item(&self, start: usize) -> bool {
        let line = &self.text[start..];
        let mut chars = line.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if is_bullet(first) || ((first == '-' || first == '*') && chars.next() == Some(' ')) {
            return true;
        }
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let label = if (1..=3).contains(&digits) {
            digits
        } else if line.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            1
        } else {
            return false;
        };
        matches!(line.as_bytes().get(label), Some(b'.' | b')'))
            && line
                .as_bytes()
                .get(label + 1)
                .is_some_and(|b| b.is_ascii_whitespace())
    }

    /// The shape of the current paragraph's lines, computed once per paragraph.
    fn paragraph_shape(&mut self) -> Shape {
        if let Some((start, shape)) = self.s.shape {
            if start == self.s.para_start {
                return shape;
            }
        }
        let para = &self.text[self.s.para_start..];
        let mut lengths = Vec::new();
        let mut terminated = 0;
        for line in lines(para) {
            let line = line.trim();
            if line.is_empty() {
                if lengths.is_empty() {
                    continue;
                }
                break;
            }
            lengths.push(line.chars().count());
            terminated += usize::from(line.ends_with(['.', '!', '?', '…', '。']));
        }
        let max = lengths.iter().copied().max().unwrap_or(0);
        let shape = Shape {
            // Three or more lines, all but the last at least 60% of the longest (40+ characters).
            wrapped: lengths.len() >= 3
                && max >= 40
                && lengths[..lengths.len() - 1]
                    .iter()
                    .all(|&l| l * 10 >= max * 6),
            // Three or more short lines, none ending a sentence.
            list: lengths.len() >= 3 && max <= 40 && terminated == 0,
        };
        self.s.shape = Some((self.s.para_start, shape));
        shape
    }

    /// Whether a list may start at `start`: at the start of the text or a line, or after a
    /// colon, a semicolon or a sentence's end.
    fn list_may_start(&self, start: usize) -> bool {
        let before = self.text[..start].trim_end_matches([' ', '\t']);
        before.chars().next_back().is_none_or(|c| {
            matches!(
                c,
                '\n' | '\r' | ':' | ';' | '.' | '!' | '?' | '\u{2028}' | '\u{2029}'
            )
        })
    }

    fn finish(mut self) -> Vec<Span> {
        let mut add = Vec::new();
        let mut remove = Vec::new();
        let mut k = 0;
        while k < self.s.markers.len() {
            let mut e = k + 1;
            while e < self.s.markers.len()
                && self.s.markers[e].kind == self.s.markers[k].kind
                && self.s.markers[e].style == self.s.markers[k].style
                && self.s.markers[e].value == self.s.markers[e - 1].value + 1
            {
                e += 1;
            }
            // A run is a list when it opens where a list may: not "am 14. und 15. Juli".
            if e - k >= 2 && self.list_may_start(self.s.markers[k].start) {
                for m in &self.s.markers[k..e] {
                    add.push(m.start);
                    remove.push(m.end);
                }
            }
            k = e;
        }
        if self.s.bullets.len() >= 2 {
            add.extend(self.s.bullets.iter().copied());
        }
        if !add.is_empty() {
            remove.sort();
            self.s.cuts.retain(|c| remove.binary_search(c).is_err());
            self.s.cuts.extend(add);
            self.s.cuts.sort();
            self.s.cuts.dedup();
        }
        let text = self.text;
        let mut spans = Vec::with_capacity(self.s.cuts.len() + 1);
        let mut start = 0;
        for end in self.s.cuts.into_iter().chain(std::iter::once(text.len())) {
            if end <= start {
                continue;
            }
            let piece = &text[start..end];
            let body = piece.trim_start();
            let lead = piece.len() - body.len();
            let body = body.trim_end();
            if !body.is_empty() {
                cut_long(
                    text,
                    Span::new(start + lead, start + lead + body.len()),
                    &mut spans,
                );
            }
            start = end;
        }
        super::signoff::attach(text, &mut spans);
        spans
    }
}

/// The longest sentence, in bytes: past it a "sentence" is a data blob, a minified script or a
/// run of words with no end (no news sentence comes near), which a reader takes in rows of this
/// size and a browser renders in bounded steps.
pub const MAX_SENTENCE: usize = 2000;

/// Adds `span` of `text` to `spans`, cut into pieces of at most [`MAX_SENTENCE`] bytes: after
/// the last whitespace before the limit, else (one long token) at the last char boundary. The
/// pieces and the whitespace between them give back the span.
fn cut_long(text: &str, span: Span, spans: &mut Vec<Span>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let end = text[start..limit]
            .char_indices()
            .rev()
            .find(|&(k, c)| c.is_whitespace() && k > 0)
            .map_or(limit, |(k, _)| start + k);
        let piece = text[start..end].trim_end();
        spans.push(Span::new(start, start + piece.len()));
        start = end + (text[end..].len() - text[end..].trim_start().len());
    }
    if start < span.end {
        spans.push(Span::new(start, span.end));
    }
}

/// A number as written before a period: digits with `.,:/'-` inside, an optional currency sign
/// before and `%` after ("12", "2023", "$100.00", "1026.253.553", "08.20").
fn is_number(token: &str) -> bool {
    let t = token
        .trim_start_matches(|c: char| !is_alphanumeric(c))
        .trim_end_matches('%');
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '\'' | '-'))
}

/// A list marker token: one to three digits, or one letter.
fn is_marker_token(token: &str) -> bool {
    let n = token.len();
    (1..=3).contains(&n) && token.bytes().all(|b| b.is_ascii_digit())
        || (token.chars().count() == 1 && token.chars().all(is_alphabetic))
}

/// Letters separated by periods, each part one or two letters: "U.S", "B.J", "J.R.R", "e.g".
fn is_dotted(token: &str) -> bool {
    token.contains('.')
        && token
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(is_alphabetic))
}

/// A short Latin token without vowels and not all capitals ("Jl", "Tn", "Mr", "Mrs", "Dr"): an
/// abbreviation by its shape. All-capital acronyms ("DPR", "KPK") are words that end sentences.
fn looks_abbreviated(token: &str) -> bool {
    let n = token.len();
    (2..=4).contains(&n)
        && token.bytes().all(|b| b.is_ascii_alphabetic())
        && token.bytes().any(|b| b.is_ascii_lowercase())
        && !token
            .bytes()
            .any(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u'))
}

/// The lines of `text` as the scanner breaks them: at "\n", "\r\n" and a lone "\r" (an old
/// Mac file). `str::lines` keeps a lone "\r" inside a line, so that a paragraph's shape was
/// read to the end of such a text from every paragraph.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match rest.find(['\n', '\r']) {
            Some(i) if rest[i..].starts_with("\r\n") => (&rest[..i], i + 2),
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        rest = &rest[next..];
        Some(line)
    })
}

/// Whether the token `rest` starts with (up to its first whitespace) is letters followed by
/// ASCII punctuation only ("Today", "Today.", "That?!"): read no further than it must, so that
/// text without spaces ("Ab.Cd.Cd…") is not read to its end at every period.
fn letters_then_punctuation(rest: &str) -> bool {
    let mut chars = rest.chars();
    let mut after = None;
    for c in chars.by_ref() {
        if !is_alphabetic(c) {
            after = Some(c);
            break;
        }
    }
    let Some(c) = after else { return true };
    if c.is_whitespace() {
        return true;
    }
    if !c.is_ascii_punctuation() {
        return false;
    }
    for c in chars {
        if c.is_whitespace() {
            return true;
        }
        if !c.is_ascii_punctuation() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_where_the_scanner_does() {
        let got: Vec<&str> = lines("a\rb\r\nc\n\rd").collect();
        assert_eq!(got, ["a", "b", "c", "", "d"]);
        assert_eq!(lines("a\n").collect::<Vec<_>>(), ["a"]);
        assert_eq!(lines("").count(), 0);
    }

    #[test]
    fn a_glued_word_is_letters_then_ascii_punctuation() {
        for yes in ["Today", "Today.", "That?!) rest", "Été, x", "Cd"] {
            assert!(letters_then_punctuation(yes), "{yes}");
        }
        for no in ["Cd.Ef", "Cd's", "Cd…", "Ab3", "Cd.)x"] {
            assert!(!letters_then_punctuation(no), "{no}");
        }
    }

    fn split(lang: &str, text: &str) -> Vec<String> {
        Segmenter::new(Lang::from_tag(lang))
            .spans(text)
            .map(|s| s.slice(text).to_owned())
            .collect()
    }

    #[test]
    fn numbers_abbreviations_and_initials() {
        assert_eq!(
            split("id", "Harga naik 3. 5 persen dari Rp 2.262,6 triliun."),
            ["Harga naik 3. 5 persen dari Rp 2.262,6 triliun."]
        );
        assert_eq!(
            split("id", "Ia tiba pukul 08.20 WIB. Kami menunggu."),
            ["Ia tiba pukul 08.20 WIB.", "Kami menunggu."]
        );
        assert_eq!(
            split("id", "Menurut B. J. Habibie, itu benar."),
            ["Menurut B. J. Habibie, itu benar."]
        );
        assert_eq!(
            split("en", "George W. Bush spoke."),
            ["George W. Bush spoke."]
        );
        assert_eq!(
            split("id", "Prof. Dr. Budi hadir."),
            ["Prof. Dr. Budi hadir."]
        );
    }

    #[test]
    fn wrapped_lines_join_and_real_lines_split() {
        assert_eq!(
            split("id", "Judul berita\nParagraf pertama."),
            ["Judul berita", "Paragraf pertama."]
        );
        assert_eq!(
            split("id", "Kalimat yang panjang ini terputus\ndi tengah jalan."),
            ["Kalimat yang panjang ini terputus\ndi tengah jalan."]
        );
    }
}
