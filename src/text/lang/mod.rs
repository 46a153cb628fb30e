//! Language knowledge for segmentation: which language a text is in, and the per-language data
//! (abbreviations and their classes, sentence starters, month names) generated from registry
//! packages by `scripts/gen_segment_data.py` (sources in each data file's header).

mod terminators;

use crate::support::case::lowercase;
use crate::support::chars::is_alphabetic;
use std::sync::OnceLock;

pub use terminators::{uax29_terminator, Term, TERMINATORS};

pub(crate) use crate::support::hash::{FnvMap, FnvSet};

/// A set of words from a data file.
pub type WordSet = FnvSet<&'static str>;

/// One language's segmentation data. Abbreviations, months and fronting words are lower case
/// without the final period; starters are written as they open a sentence ("They", "Namun").
#[derive(Default, Debug)]
pub struct LangData {
    /// Abbreviations written with a final period ("dr", "u.s", "dll").
    pub abbreviations: WordSet,
    /// Abbreviations that precede a name ("mr", "prof"): never the end of a sentence.
    pub prepositive: WordSet,
    /// Abbreviations that precede a number ("p", "no", "hlm").
    pub numeric: WordSet,
    /// Function words that open sentences.
    pub starters: WordSet,
    /// Words of a fronted adverbial ("in", "the", "evening", "at" in "In the evening at 7 p.m.").
    pub fronting: WordSet,
    /// Time-of-day and era abbreviations ("a.m", "b.c") that follow a number and may end a sentence.
    pub time: WordSet,
    /// Month names, wide and abbreviated.
    pub months: WordSet,
    /// Day names, wide and abbreviated.
    pub days: WordSet,
    /// The starters in lower case: the language's function words, with a filter of which
    /// lower-cased first bytes come with which lengths (most words are ruled out by it alone:
    /// the rules ask this of every word).
    function_words: OnceLock<(FnvSet<String>, [u32; 32])>,
}

/// The slot and bit of `word` in a [`LangData`] function-word filter: its first byte in lower
/// case (ASCII; other lead bytes as they are) and its length.
fn filter_slot(word: &str) -> (usize, u32) {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    (usize::from(first & 31), 1 << word.len().min(31))
}

impl LangData {
    /// Whether `word` (any case) is one of the language's function words.
    ///
    /// ```
    /// let en = baca::text::lang::Lang::from_tag("en");
    /// assert!(en.data().unwrap().is_function_word("THE"));
    /// ```
    pub fn is_function_word(&self, word: &str) -> bool {
        let (set, filter) = self.function_words.get_or_init(|| {
            let set: FnvSet<String> = self.starters.iter().map(|w| lowercase(w)).collect();
            let mut filter = [0u32; 32];
            for w in &set {
                let (slot, bit) = filter_slot(w);
                filter[slot] |= bit;
            }
            (set, filter)
        });
        // Lower-casing keeps an ASCII word's length and first byte; another word is asked of
        // the set (its lower case may be longer or shorter).
        if word.is_ascii() {
            let (slot, bit) = filter_slot(word);
            if filter[slot] & bit == 0 {
                return false;
            }
        }
        crate::support::case::with_lowercase(word, |w| set.contains(w))
    }
}

impl LangData {
    fn parse(source: &'static str) -> LangData {
        let mut data = LangData::default();
        let mut section: Option<&mut WordSet> = None;
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "abbreviations" => Some(&mut data.abbreviations),
                    "prepositive" => Some(&mut data.prepositive),
                    "numeric" => Some(&mut data.numeric),
                    "starters" => Some(&mut data.starters),
                    "fronting" => Some(&mut data.fronting),
                    "time" => Some(&mut data.time),
                    "months" => Some(&mut data.months),
                    "days" => Some(&mut data.days),
                    _ => None,
                };
            } else if let Some(set) = section.as_deref_mut() {
                set.insert(line);
            }
        }
        data
    }
}

/// Abbreviations meaning "and so on" / "and others": they end enumerations, so a capitalised
/// word after them starts a new sentence. Curated from each language's usage.
const ENDING: &[(&str, &[&str])] = &[
    ("de", &["usw", "etc"]),
    ("en", &["etc"]),
    ("es", &["etc"]),
    ("fr", &["etc"]),
    ("id", &["dll", "dsb", "dst", "dkk", "etc"]),
    ("it", &["ecc", "etc"]),
    ("nl", &["enz", "etc"]),
    ("pt", &["etc"]),
    ("ru", &["т.д", "т.п", "др"]),
];

/// The languages with data files.
const CODES: &[&str] = &[
    "ar", "de", "el", "en", "es", "fr", "id", "it", "nl", "pt", "ru",
];

/// The data file compiled into the library for `code`: Indonesian (its first readers) and
/// English (quoted everywhere). The others are added with [`add_data`]: the wasm's loaders fetch
/// them from beside it, the CLI bundles them in its binary. Every build of the library is the
/// same, so that the tests run what ships.
fn bundled(code: &str) -> Option<&'static str> {
    match code {
        "en" => Some(include_str!("data/en.txt")),
        "id" => Some(include_str!("data/id.txt")),
        _ => None,
    }
}

/// The languages baca has rules for (their punctuation, and for most word lists), by ISO 639-1
/// code, sorted: what [`Lang::from_tag`] knows. Any other language is read with
/// language-neutral rules.
///
/// ```
/// assert!(baca::text::lang::known().contains(&"id"));
/// assert!(!baca::text::lang::known().contains(&"tlh"));
/// ```
pub fn known() -> &'static [&'static str] {
    KNOWN
}

/// Languages whose punctuation baca treats specially, with or without data.
const KNOWN: &[&str] = &[
    "am", "ar", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "id", "it", "ja", "ko", "my", "nl",
    "pt", "ru", "uk", "ur", "zh",
];

static CACHE: [OnceLock<LangData>; CODES.len()] = [const { OnceLock::new() }; CODES.len()];

fn data_for(code: &str) -> Option<&'static LangData> {
    let i = CODES.iter().position(|c| *c == code)?;
    if let Some(data) = CACHE[i].get() {
        return Some(data);
    }
    let source = bundled(code)?;
    Some(CACHE[i].get_or_init(|| LangData::parse(source)))
}

/// Whether baca has word lists for `code` that this build does not hold yet: a data file to
/// load with [`add_data`] (`data/<code>.txt` beside the wasm).
///
/// ```
/// use baca::text::lang::needs_data;
/// assert!(!needs_data("id")); // always bundled
/// assert!(!needs_data("tlh")); // no data anywhere
/// ```
pub fn needs_data(code: &str) -> bool {
    CODES.contains(&code) && data_for(code).is_none()
}

/// Adds a language's data file (`src/text/lang/data/<code>.txt`, shipped as `data/<code>.txt`
/// beside the wasm) to a build that does not bundle it. Adding data the build already has changes
/// nothing. The text must be baca's data file for that language: anything else (an HTML error
/// page, another language's file) is refused with the reason.
///
/// ```
/// use baca::text::lang::add_data;
/// assert!(add_data("de", "# baca sentence segmenter data for 'de'.\n[abbreviations]\nz.b\n").is_ok());
/// let err = add_data("de", "<!doctype html><title>Not Found</title>").unwrap_err();
/// assert!(err.contains("not baca's data for 'de'"), "{err}");
/// assert!(add_data("xx", "").unwrap_err().contains("no data for 'xx'"));
/// ```
pub fn add_data(code: &str, text: &str) -> Result<(), String> {
    let Some(i) = CODES.iter().position(|c| *c == code) else {
        return Err(format!("baca has no data for '{code}'"));
    };
    let header = format!("# baca sentence segmenter data for '{code}'.");
    if !text.starts_with(&header) {
        let start: String = text.chars().take(40).collect();
        return Err(format!(
            "this is not baca's data for '{code}' (it starts with \"{start}\")"
        ));
    }
    if data_for(code).is_none() {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let _ = CACHE[i].set(LangData::parse(text));
    }
    Ok(())
}

/// The language rules a segmenter applies.
///
/// ```
/// use baca::text::lang::Lang;
/// assert_eq!(Lang::from_tag("id-ID").code(), Some("id"));
/// assert_eq!(Lang::from_tag("EN").code(), Some("en"));
/// assert_eq!(Lang::from_tag("tlh").code(), None); // unknown: language-neutral rules
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Lang {
    code: Option<&'static str>,
    data: Option<&'static LangData>,
}

impl Lang {
    /// Language-neutral rules: punctuation, numbers, initials, lists; no word lists.
    ///
    /// ```
    /// assert_eq!(baca::text::lang::Lang::neutral().code(), None);
    /// ```
    pub fn neutral() -> Lang {
        Lang::default()
    }

    /// English's rules: [`Lang::from_tag`]`("en")` without parsing a tag, for the lookups that
    /// consult English beside a page's language on every word.
    ///
    /// ```
    /// use baca::text::lang::Lang;
    /// assert_eq!(Lang::english().code(), Lang::from_tag("en").code());
    /// ```
    pub fn english() -> Lang {
        Lang {
            code: Some("en"),
            data: data_for("en"),
        }
    }

    /// The rules for a BCP 47 tag (only its primary subtag counts; "in" is the old code of
    /// Indonesian). Unknown languages get language-neutral rules.
    ///
    /// ```
    /// use baca::text::lang::Lang;
    /// assert_eq!(Lang::from_tag("de-AT").code(), Some("de"));
    /// assert!(Lang::from_tag("id-ID").has_data()); // bundled; others once added (`add_data`)
    /// ```
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        // "in" is the withdrawn code for Indonesian.
        let primary = if primary.eq_ignore_ascii_case("in") {
            "id"
        } else {
            primary
        };
        match KNOWN.iter().find(|k| k.eq_ignore_ascii_case(primary)) {
            Some(code) => Lang {
                code: Some(code),
                data: data_for(code),
            },
            None => Lang::neutral(),
        }
    }

    /// The rules for `tag` if given and non-empty, else for the language detected in `text`.
    ///
    /// ```
    /// use baca::text::lang::Lang;
    /// assert_eq!(Lang::resolve(Some("de"), "Hello there.").code(), Some("de"));
    /// let text = "Dia mengatakan bahwa pertemuan itu akan berlangsung di kota yang sama.";
    /// assert_eq!(Lang::resolve(None, text).code(), Some("id"));
    /// ```
    pub fn resolve(tag: Option<&str>, text: &str) -> Lang {
        match tag.map(str::trim).filter(|t| !t.is_empty()) {
            Some(tag) => Lang::from_tag(tag),
            None => detect(text).map_or_else(Lang::neutral, Lang::from_tag),
        }
    }

    /// The ISO 639-1 code of the language, if baca knows it.
    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    /// Whether word lists (abbreviations, starters, months) exist for the language.
    pub fn has_data(&self) -> bool {
        self.data.is_some()
    }

    /// The language's word lists, if any.
    pub fn data(&self) -> Option<&'static LangData> {
        self.data
    }

    /// Whether `abbrev` (lower case, no final period) closes enumerations in this language.
    pub fn is_ending(&self, abbrev: &str) -> bool {
        let code = self.code.unwrap_or("");
        ENDING
            .iter()
            .any(|(c, words)| *c == code && words.contains(&abbrev))
    }

    /// Whether `.` ends sentences. Armenian uses `։` (often typed `:`) as its full stop and `.` as
    /// a lesser pause.
    pub fn period_ends(&self) -> bool {
        self.code != Some("hy")
    }

    /// Whether `:` followed by a space ends a sentence: the Armenian full stop typed as a colon, and
    /// the colon in Arabic and Persian segmentation practice (pragmatic_segmenter, pySBD).
    pub fn colon_ends(&self) -> bool {
        matches!(self.code, Some("hy" | "ar" | "fa"))
    }

    /// Whether `;` is a question mark (Greek).
    pub fn semicolon_ends(&self) -> bool {
        self.code == Some("el")
    }
}

/// The language of `text`, guessed from its script and, for Latin-script text, from the function
/// words it uses (the data files' starter lists, or the detection profile for languages whose
/// files the build does not bundle). `None` when unsure.
///
/// ```
/// use baca::text::lang::detect;
/// assert_eq!(detect("The minister said that the talks would resume in the spring."), Some("en"));
/// assert_eq!(detect("これはペンです。"), Some("ja"));
/// assert_eq!(detect("12345"), None);
/// ```
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = match text.char_indices().nth(4000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut counts = [0usize; 12];
    const LATIN: usize = 0;
    const CYRILLIC: usize = 1;
    const GREEK: usize = 2;
    const ARABIC: usize = 3;
    const ARMENIAN: usize = 4;
    const HAN: usize = 5;
    const KANA: usize = 6;
    const HANGUL: usize = 7;
    const DEVANAGARI: usize = 8;
    const ETHIOPIC: usize = 9;
    const MYANMAR: usize = 10;
    let mut persian = 0;
    let mut urdu = 0;
    let mut ukrainian = 0;
    for c in sample.chars().filter(|&c| is_alphabetic(c)) {
        let script = match c as u32 {
            0x41..=0x24F | 0x1E00..=0x1EFF => LATIN,
            0x400..=0x4FF => CYRILLIC,
            0x370..=0x3FF | 0x1F00..=0x1FFF => GREEK,
            0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => ARABIC,
            0x530..=0x58F => ARMENIAN,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => HAN,
            0x3040..=0x30FF => KANA,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => HANGUL,
            0x900..=0x97F => DEVANAGARI,
            0x1200..=0x139F => ETHIOPIC,
            0x1000..=0x109F => MYANMAR,
            _ => 11,
        };
        counts[script] += 1;
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => persian += 1,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' => urdu += 1,
            'і' | 'ї' | 'є' | 'ґ' => ukrainian += 1,
            _ => {}
        }
    }
    let (top, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    if n == 0 {
        return None;
    }
    match top {
        LATIN => detect_latin(sample),
        CYRILLIC => Some(if ukrainian > 0 { "uk" } else { "ru" }),
        GREEK => Some("el"),
        ARABIC => Some(if urdu > 0 {
            "ur"
        } else if persian > 0 {
            "fa"
        } else {
            "ar"
        }),
        ARMENIAN => Some("hy"),
        HAN if counts[KANA] > 0 => Some("ja"),
        HAN => Some("zh"),
        KANA => Some("ja"),
        HANGUL => Some("ko"),
        DEVANAGARI => Some("hi"),
        ETHIOPIC => Some("am"),
        MYANMAR => Some("my"),
        _ => None,
    }
}

/// The detection profile given to the wasm by [`add_detection_data`].
static LOADED_PROFILE: OnceLock<&'static str> = OnceLock::new();

/// The first line of the detection profile (`data/detect.txt`).
const PROFILE_HEADER: &str = "# baca language detection profile";

/// The detection profile, once [`add_detection_data`] gave it. Only a page that declares no
/// language needs it, so the library does not carry it: the loaders fetch `data/detect.txt` for
/// such a page alone, and the CLI gives it from its binary.
fn profile_text() -> Option<&'static str> {
    LOADED_PROFILE.get().copied()
}

/// Whether detecting a language needs the detection profile, not given yet (see
/// [`add_detection_data`]).
///
/// ```
/// use baca::text::lang::{add_detection_data, needs_detection_data};
/// add_detection_data(include_str!("data/detect.txt")).unwrap();
/// assert!(!needs_detection_data());
/// ```
pub fn needs_detection_data() -> bool {
    profile_text().is_none()
}

/// Gives the wasm the detection profile (`src/text/lang/data/detect.txt`, shipped as
/// `data/detect.txt` beside the wasm): the function words by which it tells the Latin-script
/// languages whose data files it does not bundle apart, for a page that declares no language.
/// Without it such a page is detected as Indonesian or English, or not at all. Anything but the
/// profile (an HTML error page, a language's data file) is refused with the reason; giving it
/// twice changes nothing.
///
/// ```
/// use baca::text::lang::add_detection_data;
/// assert!(add_detection_data("# baca language detection profile\n[de]\nund\n").is_ok());
/// let err = add_detection_data("<!doctype html><title>Not Found</title>").unwrap_err();
/// assert!(err.contains("not baca's language detection profile"), "{err}");
/// ```
pub fn add_detection_data(text: &str) -> Result<(), String> {
    if !text.starts_with(PROFILE_HEADER) {
        let start: String = text.chars().take(40).collect();
        return Err(format!(
            "this is not baca's language detection profile (it starts with \"{start}\")"
        ));
    }
    if profile_text().is_none() {
        let _ = LOADED_PROFILE.set(Box::leak(text.to_owned().into_boxed_str()));
    }
    Ok(())
}

/// The function words of `code` from the detection profile (`data/detect.txt`: the lower-cased
/// starters of the Latin-script languages whose data files the wasm does not bundle).
fn profile(code: &str) -> Option<impl Iterator<Item = &'static str>> {
    let profile = profile_text()?;
    let header = format!("[{code}]");
    let start = profile.find(&header)? + header.len();
    let section = &profile[start..];
    let end = section.find('[').unwrap_or(section.len());
    Some(section[..end].split_whitespace())
}

/// Latin-script languages by how many of the text's words are their function words.
fn detect_latin(sample: &str) -> Option<&'static str> {
    let ranking = latin_ranking(sample)?;
    let (best, second) = (ranking.best, ranking.second);
    // At least two hits, one word in ten, and a clear lead over the runner-up.
    (best >= 2 && best * 10 >= ranking.words && best > second + second / 4).then_some(ranking.code)
}

/// How the Latin-script candidates score on a sample: the leader's function-word hits, the
/// runner-up's, and the sample's words.
struct LatinRanking {
    code: &'static str,
    best: usize,
    second: usize,
    words: usize,
}

fn latin_ranking(sample: &str) -> Option<LatinRanking> {
    const CANDIDATES: &[&str] = &["en", "id", "de", "es", "fr", "it", "nl", "pt"];
    type Sets = Vec<(&'static str, FnvSet<String>)>;
    static SETS: OnceLock<Sets> = OnceLock::new();
    let build = || -> Sets {
        CANDIDATES
            .iter()
            .filter_map(|code| {
                let words = match data_for(code) {
                    Some(data) => data.starters.iter().map(|w| lowercase(w)).collect(),
                    None => profile(code)?.map(str::to_owned).collect(),
                };
                Some((*code, words))
            })
            .collect()
    };
    // Kept once complete: a wasm without the profile builds them for this call only, so that
    // the profile, once given, counts.
    let partial;
    let sets = match SETS.get() {
        Some(sets) => sets,
        None if profile_text().is_some() => SETS.get_or_init(build),
        None => {
            partial = build();
            &partial
        }
    };
    let mut scores = vec![0usize; sets.len()];
    let mut words = 0;
    for word in sample
        .split(|c: char| !is_alphabetic(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = lowercase(word);
        for (score, (_, set)) in scores.iter_mut().zip(sets) {
            if set.contains(&lower) {
                *score += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, &str)> = scores
        .iter()
        .copied()
        .zip(sets.iter().map(|s| s.0))
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (best, code) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.0);
    Some(LatinRanking {
        code,
        best,
        second,
        words,
    })
}

/// The language of `text` when detection is sure of it, else `None`: what may override a
/// page's declared language (a page's `lang` is often a template's default, and two of eight
/// Indonesian news sites tried declare English). Sure means, for Latin-script text, at least 20
/// function words of the language, one word in eight, and twice the runner-up's; for other
/// scripts, at least 200 letters of which under a fifth are Latin.
///
/// ```
/// use baca::text::lang::detect_sure;
/// let id = "Polisi mengatakan bahwa tersangka yang ditangkap di rumahnya itu akan segera \
///     diserahkan ke kejaksaan. Dia juga mengatakan bahwa barang bukti yang disita dari \
///     tersangka sudah diperiksa oleh tim dari kepolisian daerah, dan hasilnya akan \
///     diumumkan pada pekan depan setelah semua saksi yang ada dimintai keterangan.";
/// assert_eq!(detect_sure(id), Some("id"));
/// // One sentence is not enough to overrule a declaration.
/// assert_eq!(detect_sure("Dia mengatakan bahwa itu benar."), None);
/// ```
pub fn detect_sure(text: &str) -> Option<&'static str> {
    let sample = match text.char_indices().nth(4000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let code = detect(sample)?;
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in sample.chars().filter(|&c| is_alphabetic(c)) {
        letters += 1;
        if matches!(c as u32, 0x41..=0x24F | 0x1E00..=0x1EFF) {
            latin += 1;
        }
    }
    if latin * 2 < letters {
        return (letters >= 200 && latin * 5 < letters).then_some(code);
    }
    let r = latin_ranking(sample)?;
    (r.code == code && r.best >= 20 && r.best * 8 >= r.words && r.best >= 2 * r.second)
        .then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The detection profile holds exactly the lower-cased starters of each language's data file,
    /// so a wasm that has not loaded a language detects it as a native build does.
    #[test]
    fn detection_profile_matches_the_data_files() {
        let mut profiled = 0;
        for code in ["de", "es", "fr", "it", "nl", "pt"] {
            let file = std::fs::read_to_string(format!("src/text/lang/data/{code}.txt")).unwrap();
            add_data(code, &file).unwrap();
            add_detection_data(include_str!("data/detect.txt")).unwrap();
            let mut from_profile: Vec<&str> = profile(code).expect(code).collect();
            let data = data_for(code).expect(code);
            let mut from_data: Vec<String> = data.starters.iter().map(|w| lowercase(w)).collect();
            from_profile.sort_unstable();
            from_profile.dedup();
            from_data.sort_unstable();
            from_data.dedup();
            assert_eq!(from_profile, from_data, "detect.txt and {code}.txt differ");
            profiled += 1;
        }
        assert_eq!(profiled, 6);
        assert!(profile("en").is_none() && profile("id").is_none());
    }

    /// The loaders prefetch the files the wasm does not bundle: their list names exactly those.
    #[test]
    fn the_loaders_know_which_files_ship_beside_the_wasm() {
        let js = include_str!("../../../www/shared/language-data.js");
        let list = js
            .split("BESIDE = [")
            .nth(1)
            .and_then(|l| l.split(']').next());
        let listed: Vec<&str> = list
            .unwrap()
            .split(',')
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        let beside: Vec<&str> = CODES
            .iter()
            .copied()
            .filter(|c| !["en", "id"].contains(c))
            .collect();
        assert_eq!(listed, beside);
        // The names packs the loaders know are those packs.tsv lists.
        let packs = js
            .split("PACKS = [")
            .nth(1)
            .and_then(|l| l.split(']').next())
            .unwrap();
        let listed: Vec<&str> = packs
            .split(',')
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        let mut tsv: Vec<&str> = include_str!("../ner/data/packs.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .collect();
        tsv.sort_unstable();
        assert_eq!(listed, tsv);
        // What the library bundles.
        let source = include_str!("mod.rs");
        let bundled = source
            .split("fn bundled")
            .nth(1)
            .unwrap()
            .split("\n}\n")
            .next()
            .unwrap();
        assert!(bundled.contains("\"en\" =>") && bundled.contains("\"id\" =>"));
        assert_eq!(bundled.matches("include_str!").count(), 2);
    }

    #[test]
    fn added_data_is_checked_and_kept() {
        assert!(add_data("ru", "<html>").is_err());
        assert!(add_data("ru", "# baca sentence segmenter data for 'de'.").is_err());
        assert!(add_data("ru", "# baca sentence segmenter data for 'ru'.\n").is_ok());
        assert!(Lang::from_tag("ru").has_data());
        assert!(!needs_data("ru"));
    }
}
