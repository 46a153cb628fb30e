//! Names packs: each language's entity model and the name data it reads (the gazetteer's places,
//! the English name lists, the country names of the language), one file per language beside
//! the wasm (`data/names-<code>.bin`), like the sentence rules' `data/<code>.txt`. The wasm
//! carries none of it: a page downloads the pack of its own language only. The loaders fetch
//! it; the CLI and the tests carry every pack (see `src/bin/baca/languages.rs`).
//!
//! A pack is a small container: the line `baca names pack 1`, then sections, each a line
//! `<name> <length in bytes>` followed by that many bytes and a line break:
//!
//! - `lang`: the language code;
//! - `model` (optional): the tagger ([`Model::to_bytes`]); a language without a model that may
//!   ship marks only what is certain (glossary, gazetteer places, names the text defines);
//! - `threshold` (with a model): the least confidence of a name the tagger alone finds, chosen on
//!   the language's dev data for precision; optionally a second, for a person's name of two
//!   words or more, where the tagger is more precise at a lower confidence (`0.85 0.75`);
//! - `places`: the gazetteer's countries, cities and states (`data/places.txt`);
//! - `names`: the country names CLDR gives in the language (`data/places-<code>.txt`), if any;
//! - `english`: the English name lists (`data/en.txt`);
//! - `lower` (optional): the words a headline (title case, every word after the first
//!   capitalised but function words: "Polisi Tangkap Pencuri Motor Sebagai Barang Bukti") has
//!   the tagger read in lower case, one a line (`data/lower-<code>.txt`: the language's stop
//!   words and the words its training text writes in lower case, less names' words);
//! - `given` (optional): given names of many countries, front-coded as `english` is
//!   (`data/given-world.txt`): in the languages whose news compromise's English list of given
//!   names serves worst, a capitalised run holding one is a person's name
//!   (`rules::given_name_runs`);
//! - `credit`: what the model was trained on, with the corpora's licences (the reader shows it).
//!
//! Reading a pack is linear in its size; a malformed one is refused with the reason and changes
//! nothing.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, PoisonError};

use super::model::Model;
use crate::support::case::{lowercase, with_lowercase};
use crate::support::hash::FnvSet;

/// The first line of a pack.
const HEADER: &str = "baca names pack 1\n";

/// A language's pack, once added.
pub struct Pack {
    /// The language code.
    pub lang: String,
    /// The tagger, if one may ship for the language.
    pub model: Option<Model>,
    /// What the model was trained on, with the corpora's licences.
    pub credit: String,
    /// The least confidence of a name the tagger alone finds (an `f32`'s bits; see
    /// [`Pack::threshold`]).
    threshold: AtomicU32,
    /// The same for a person's name of two words or more ([`Pack::people_threshold`]).
    people: AtomicU32,
    /// The `lower` section's words ([`Pack::is_lower_word`]).
    lower: FnvSet<Box<str>>,
    /// The `given` section's words ([`Pack::is_given_name`]).
    given: FnvSet<Box<str>>,
}

impl Pack {
    /// The least confidence of a name the tagger alone finds.
    pub fn threshold(&self) -> f32 {
        f32::from_bits(self.threshold.load(Ordering::Relaxed))
    }

    /// The least confidence of a person's name of two words or more that the tagger alone
    /// finds (the pack's second threshold, or else its [`Pack::threshold`]).
    pub fn people_threshold(&self) -> f32 {
        f32::from_bits(self.people.load(Ordering::Relaxed))
    }

    /// Whether `word` (any case) is one that a headline reads in lower case (the
    /// pack's `lower` section).
    ///
    /// ```
    /// use baca::text::ner::pack::{read, write};
    /// let pack = read("xx", &write(&[("lang", b"xx"), ("lower", b"adalah\ntangkap\n")])).unwrap();
    /// assert!(pack.is_lower_word("Tangkap") && !pack.is_lower_word("Jakarta"));
    /// ```
    pub fn is_lower_word(&self, word: &str) -> bool {
        !self.lower.is_empty() && with_lowercase(word, |w| self.lower.contains(w))
    }

    /// Whether `word` (any case) is one of the pack's given names of many countries (its
    /// `given` section; none where it has none).
    ///
    /// ```
    /// use baca::text::ner::pack::{read, write};
    /// let pack = read("xx", &write(&[("lang", b"xx"), ("given", b"0sandrine\n5o\n")])).unwrap();
    /// assert!(pack.is_given_name("Sandrine") && pack.is_given_name("Sandro"));
    /// assert!(!pack.is_given_name("Sandra"));
    /// ```
    pub fn is_given_name(&self, word: &str) -> bool {
        !self.given.is_empty() && with_lowercase(word, |w| self.given.contains(w))
    }
}

/// Sets both thresholds of the pack of `code` (for choosing them on dev data: the tests'
/// calibration); whether the pack is there.
pub fn set_threshold(code: &str, threshold: f32) -> bool {
    match get(code) {
        Some(pack) => {
            pack.threshold.store(threshold.to_bits(), Ordering::Relaxed);
            pack.people.store(threshold.to_bits(), Ordering::Relaxed);
            true
        }
        None => false,
    }
}

static PACKS: Mutex<Vec<&'static Pack>> = Mutex::new(Vec::new());

/// The languages whose names pack holds a trained model (`data/packs.tsv`), sorted: a page in
/// one of them without its model was not read for names as it should have been.
///
/// ```
/// assert!(baca::text::ner::pack::MODELS.contains(&"id"));
/// assert!(!baca::text::ner::pack::MODELS.contains(&"ru"));
/// ```
pub const MODELS: &[&str] = &["de", "en", "es", "fr", "id", "it", "nl", "pt"];

/// The sections of a pack, in order: `(name, bytes)`.
fn sections(bytes: &[u8]) -> Result<Vec<(&str, &[u8])>, String> {
    let Some(mut rest) = bytes.strip_prefix(HEADER.as_bytes()) else {
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(40)]).into_owned();
        return Err(format!(
            "this is not a baca names pack (it starts with \"{start}\")"
        ));
    };
    let mut out = Vec::new();
    while !rest.is_empty() {
        let line_end = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("a section header without its line break")?;
        let line = std::str::from_utf8(&rest[..line_end])
            .map_err(|_| "a section header that is not text")?;
        let (name, len) = line
            .split_once(' ')
            .ok_or_else(|| format!("a bad section header \"{line}\""))?;
        let len: usize = len
            .parse()
            .map_err(|_| format!("a bad section length in \"{line}\""))?;
        let body_start = line_end + 1;
        let body_end = body_start
            .checked_add(len)
            .filter(|&e| e < rest.len() && rest[e] == b'\n')
            .ok_or_else(|| format!("the section \"{name}\" is cut short"))?;
        out.push((name, &rest[body_start..body_end]));
        rest = &rest[body_end + 1..];
    }
    Ok(out)
}

/// Writes a pack from its sections (see the module documentation).
///
/// ```
/// use baca::text::ner::pack::{read, write};
/// let bytes = write(&[("lang", b"xx"), ("places", b"[countries]\nXX\tXxland\n")]);
/// let pack = read("xx", &bytes).unwrap();
/// assert!(pack.model.is_none());
/// assert!(read("xx", b"<html>").err().unwrap().contains("not a baca names pack"));
/// ```
pub fn write(sections: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = HEADER.as_bytes().to_vec();
    for (name, body) in sections {
        out.extend_from_slice(format!("{name} {}\n", body.len()).as_bytes());
        out.extend_from_slice(body);
        out.push(b'\n');
    }
    out
}

/// Reads the pack of language `code`: checks it and gives its model and threshold; the name
/// data is added by [`add`].
pub fn read(code: &str, bytes: &[u8]) -> Result<Pack, String> {
    let sections = sections(bytes)?;
    let get = |name: &str| sections.iter().find(|s| s.0 == name).map(|s| s.1);
    let lang = get("lang").and_then(|l| std::str::from_utf8(l).ok());
    if lang != Some(code) {
        return Err(format!(
            "this is the names pack of \"{}\", not of \"{code}\"",
            lang.unwrap_or("?")
        ));
    }
    for text in ["places", "names", "english", "lower", "given", "credit"] {
        if get(text).is_some_and(|t| std::str::from_utf8(t).is_err()) {
            return Err(format!("the section \"{text}\" is not UTF-8 text"));
        }
    }
    let model = get("model")
        .map(Model::from_bytes)
        .transpose()
        .map_err(|e| format!("its model: {e}"))?;
    // One or two numbers from 0 to 1: names, then people's names of two words or more.
    let (threshold, people) = match get("threshold") {
        Some(t) => {
            let numbers: Option<Vec<f32>> = std::str::from_utf8(t).ok().and_then(|t| {
                t.split_whitespace()
                    .map(|n| n.parse::<f32>().ok().filter(|n| (0.0..=1.0).contains(n)))
                    .collect()
            });
            match numbers.as_deref() {
                Some(&[t]) => (t, t),
                Some(&[t, p]) => (t, p),
                _ => return Err("a bad threshold".to_owned()),
            }
        }
        None => (0.0, 0.0),
    };
    let credit = get("credit")
        .and_then(|c| std::str::from_utf8(c).ok())
        .unwrap_or("")
        .to_owned();
    let lower = get("lower")
        .and_then(|t| std::str::from_utf8(t).ok())
        .map(|t| {
            t.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| lowercase(l).into_boxed_str())
                .collect()
        })
        .unwrap_or_default();
    let mut given = FnvSet::default();
    if let Some(text) = get("given").and_then(|t| std::str::from_utf8(t).ok()) {
        super::gazetteer::for_each_front_decoded(text, |_, w| {
            given.insert(lowercase(w).into_boxed_str());
        });
    }
    Ok(Pack {
        lang: code.to_owned(),
        credit,
        model,
        threshold: AtomicU32::new(threshold.to_bits()),
        people: AtomicU32::new(people.to_bits()),
        lower,
        given,
    })
}

/// Adds the names pack of language `code` (`data/names-<code>.bin`): its model for that
/// language, and its places and name lists for every analysis after it. Adding a language's pack
/// again changes nothing. A malformed pack is refused with the reason.
pub fn add(code: &str, bytes: &[u8]) -> Result<(), String> {
    if get(code).is_some() {
        return Ok(());
    }
    let pack = read(code, bytes)?;
    let mut packs = PACKS.lock().unwrap_or_else(PoisonError::into_inner);
    if packs.iter().any(|p| p.lang == code) {
        return Ok(());
    }
    let sections = sections(bytes)?;
    let text = |name: &str| {
        sections
            .iter()
            .find(|s| s.0 == name)
            .and_then(|s| std::str::from_utf8(s.1).ok())
    };
    if let Some(places) = text("places") {
        super::gazetteer::add_places(places);
    }
    if let Some(names) = text("names") {
        super::gazetteer::add_place_names(code, names);
    }
    if let Some(english) = text("english") {
        super::gazetteer::EnglishWords::add(english);
    }
    packs.push(Box::leak(Box::new(pack)));
    Ok(())
}

/// The pack of the language `code`, if added.
pub fn get(code: &str) -> Option<&'static Pack> {
    let packs = PACKS.lock().unwrap_or_else(PoisonError::into_inner);
    packs.iter().find(|p| p.lang == code).copied()
}

/// Whether any pack has been added (the gazetteer and the name lists come with the first).
pub fn any() -> bool {
    !PACKS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .is_empty()
}
