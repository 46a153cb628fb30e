//! Features of a token in its sentence, hashed to 32 bits: word forms, shape, affixes, context
//! words and gazetteer membership. Training (`examples/train_ner.rs`) and tagging share them.

use super::gazetteer::{Gazetteer, Place, PlaceKind};
use super::token::Token;
use crate::support::case::lower_chars;
use crate::support::chars::{is_alphabetic, is_alphanumeric};

/// Gazetteer position of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gaz {
    /// Not in a place name.
    None,
    /// In a country name: first token or a later one.
    Country(bool),
    /// In a city name: first token or a later one.
    City(bool),
}

impl Gaz {
    fn index(self) -> u32 {
        match self {
            Gaz::None => 1,
            Gaz::Country(true) => 2,
            Gaz::Country(false) => 3,
            Gaz::City(true) => 4,
            Gaz::City(false) => 5,
        }
    }
}

/// The gazetteer position of every token.
pub fn gazetteer_tags(text: &str, tokens: &[Token]) -> Vec<Gaz> {
    gazetteer_positions(&Gazetteer::get().matches(text, tokens), tokens.len())
}

/// The gazetteer position of each of `n` tokens, from the places matched in them
/// ([`Gazetteer::matches`]).
pub fn gazetteer_positions(places: &[(usize, usize, Place)], n: usize) -> Vec<Gaz> {
    let mut tags = vec![Gaz::None; n];
    for &(i, len, place) in places {
        for (k, tag) in tags[i..i + len].iter_mut().enumerate() {
            *tag = match place.kind {
                PlaceKind::Country => Gaz::Country(k == 0),
                PlaceKind::City | PlaceKind::State => Gaz::City(k == 0),
            };
        }
    }
    tags
}

/// Entity names seen in the training data with their types, as 24-bit hashes of their
/// space-joined tokens: memory of names at a fraction of the size of the names themselves.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Sorted `hash << 2 | type` (type 1 = person, 2 = place, 3 = organisation).
    entries: Vec<u32>,
    max_tokens: usize,
    /// A bit per low 16 bits of the hashes present, to skip most searches.
    filter: Vec<u64>,
}

/// The hash of a name from its words' hashes ([`word_hash`]), one word at a time.
fn name_hash_step(h: u32, word: u32) -> u32 {
    fmix(h.wrapping_mul(0x9E37_79B1) ^ word)
}

/// The 24-bit lexicon hash of a name (words separated by single spaces).
fn name_hash(name: &str) -> u32 {
    name.split(' ')
        .fold(0x1234_5678, |h, w| name_hash_step(h, word_hash(w)))
        >> 8
}

impl Lexicon {
    /// A lexicon of `(space-joined tokens, type)` names.
    pub fn new<'n>(names: impl IntoIterator<Item = (&'n str, u8)>) -> Lexicon {
        let mut entries = Vec::new();
        let mut max_tokens = 1;
        for (name, ty) in names {
            max_tokens = max_tokens.max(name.split(' ').count());
            entries.push(name_hash(name) << 2 | u32::from(ty & 3));
        }
        entries.sort();
        entries.dedup_by_key(|e| *e >> 2);
        Lexicon::from_parts(entries, max_tokens.min(6))
    }

    /// The stored entries and the longest name in tokens (for serialisation).
    pub fn parts(&self) -> (&[u32], usize) {
        (&self.entries, self.max_tokens)
    }

    /// Rebuilds a lexicon from [`Lexicon::parts`].
    pub fn from_parts(entries: Vec<u32>, max_tokens: usize) -> Lexicon {
        let mut filter = vec![0u64; 1 << 10];
        for &e in &entries {
            let bit = ((e >> 2) & 0xffff) as usize;
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Lexicon {
            entries,
            max_tokens,
            filter,
        }
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn lookup_hash(&self, hash: u32) -> Option<u8> {
        let bit = (hash & 0xffff) as usize;
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|w| w & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        let h = hash << 2;
        let i = self.entries.partition_point(|&e| e < h);
        self.entries
            .get(i)
            .filter(|&&e| e >> 2 == h >> 2)
            .map(|&e| (e & 3) as u8)
    }

    /// For every token: 0, or the type of the longest known name covering it, as 2 * type - 1
    /// on its first token and 2 * type on the others.
    pub fn tags(&self, words: &[&str]) -> Vec<u8> {
        let word_hashes: Vec<u32> = words.iter().map(|w| word_hash(w)).collect();
        self.tags_of_hashes(&word_hashes)
    }

    /// [`Lexicon::tags`] from the words' [`lexicon_word_hash`]es.
    pub fn tags_of_hashes(&self, word_hashes: &[u32]) -> Vec<u8> {
        let mut tags = Vec::new();
        self.tags_of_hashes_into(word_hashes, &mut tags);
        tags
    }

    /// [`Lexicon::tags_of_hashes`] into `tags` (cleared first).
    pub fn tags_of_hashes_into(&self, word_hashes: &[u32], tags: &mut Vec<u8>) {
        tags.clear();
        tags.resize(word_hashes.len(), 0);
        if self.entries.is_empty() {
            return;
        }
        let words = word_hashes;
        // The hashes of the names starting at a token, one to `max_tokens` words long.
        let mut hashes = [0u32; 8];
        let max = self.max_tokens.min(hashes.len());
        let mut i = 0;
        while i < words.len() {
            let n = max.min(words.len() - i);
            let mut h: u32 = 0x1234_5678;
            for (slot, &w) in hashes[..n].iter_mut().zip(&words[i..]) {
                h = name_hash_step(h, w);
                *slot = h >> 8;
            }
            let found = (0..n)
                .rev()
                .find_map(|k| self.lookup_hash(hashes[k]).map(|ty| (k + 1, ty)));
            match found {
                Some((len, ty)) => {
                    tags[i] = 2 * ty - 1;
                    for t in &mut tags[i + 1..i + len] {
                        *t = 2 * ty;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// Word clusters learned from unlabelled text (`examples/train_ner.rs`: spherical k-means over
/// the words' neighbours): words used alike share a cluster, so what the tagger learnt of one
/// carries to the others ("kata", "ujar" and "tutur" before a speaker's name), and a coarse
/// cluster groups the fine ones. A word is keyed by the 24-bit hash of its lower-case form.
///
/// ```
/// use baca::text::ner::features::{Clusters, WordInfo};
/// let key = |w: &str| WordInfo::of(w).key();
/// let clusters = Clusters::new([(key("kata"), 1), (key("ujar"), 1), (key("jakarta"), 2)], vec![0, 1, 2]);
/// assert_eq!(clusters.of(key("ujar")), (1, 1));
/// assert_eq!(clusters.of(key("bandung")), (0, 0));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Clusters {
    /// Sorted 24-bit word hashes.
    hashes: Vec<u32>,
    /// Each word's fine cluster (1 and up), in `hashes` order.
    fine: Vec<u8>,
    /// Each fine cluster's coarse cluster, by fine cluster (0 for none).
    coarse: Vec<u8>,
}

impl Clusters {
    /// Clusters of `(word key, fine cluster)` pairs (keys from [`WordInfo::key`]; a key given
    /// twice keeps its first cluster) and the coarse cluster of each fine one.
    pub fn new(words: impl IntoIterator<Item = (u32, u8)>, coarse: Vec<u8>) -> Clusters {
        let mut pairs: Vec<(u32, u8)> = words.into_iter().map(|(k, c)| (k >> 8, c)).collect();
        pairs.sort_by_key(|p| p.0);
        pairs.dedup_by_key(|p| p.0);
        Clusters {
            hashes: pairs.iter().map(|p| p.0).collect(),
            fine: pairs.iter().map(|p| p.1).collect(),
            coarse,
        }
    }

    /// The stored parts (for serialisation): sorted hashes, fine clusters, coarse by fine.
    pub fn parts(&self) -> (&[u32], &[u8], &[u8]) {
        (&self.hashes, &self.fine, &self.coarse)
    }

    /// Rebuilds clusters from [`Clusters::parts`]; an error if they do not fit together.
    pub fn from_parts(
        hashes: Vec<u32>,
        fine: Vec<u8>,
        coarse: Vec<u8>,
    ) -> Result<Clusters, String> {
        if hashes.len() != fine.len() || hashes.windows(2).any(|w| w[0] >= w[1]) {
            return Err("bad word clusters in model".into());
        }
        Ok(Clusters {
            hashes,
            fine,
            coarse,
        })
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether there are no clusters.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The fine and coarse cluster of the word with key `key` ([`WordInfo::key`]); `(0, 0)`
    /// for a word not clustered.
    pub fn of(&self, key: u32) -> (u32, u32) {
        match self.hashes.binary_search(&(key >> 8)) {
            Ok(i) => {
                let fine = self.fine[i];
                let coarse = self.coarse.get(usize::from(fine)).copied().unwrap_or(0);
                (u32::from(fine), u32::from(coarse))
            }
            Err(_) => (0, 0),
        }
    }
}

/// Murmur3's finaliser: spreads every input bit over the output.
fn fmix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// The hash of a word as the [`Lexicon`] knows it (FNV-1a of its bytes).
pub fn lexicon_word_hash(s: &str) -> u32 {
    word_hash(s)
}

/// FNV-1a of a string's bytes.
fn word_hash(s: &str) -> u32 {
    word_hash_bytes(s.as_bytes())
}

fn word_hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

/// A feature: a template number and up to two values, mixed.
fn feature(template: u32, a: u32, b: u32) -> u32 {
    fmix(fmix(template.wrapping_mul(0x9E37_79B1) ^ a) ^ b.wrapping_mul(0x27d4_eb2d))
}

/// The shape of a word, hashed, in full and short forms: X for upper case, x for lower case, d
/// for digits, other characters as they are; in the full form runs longer than two collapse,
/// in the short form every run does.
fn shape_hashes(word: &str) -> (u32, u32) {
    let (mut full, mut short): (u32, u32) = (0x811c_9dc5, 0x811c_9dc5);
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let s = match c {
            // ASCII without the Unicode tables (the same classes).
            'A'..='Z' => 'X',
            'a'..='z' => 'x',
            '0'..='9' => 'd',
            _ if c.is_ascii() => c,
            _ if c.is_uppercase() => 'X',
            _ if c.is_lowercase() => 'x',
            _ if c.is_numeric() => 'd',
            _ if is_alphabetic(c) => 'a',
            _ => c,
        };
        if s == last {
            run += 1;
        } else {
            run = 0;
            last = s;
            short = (short ^ s as u32).wrapping_mul(0x0100_0193);
        }
        if run < 2 {
            full = (full ^ s as u32).wrapping_mul(0x0100_0193);
        }
    }
    (full, short)
}

/// The English name lists that hold a lower-case word (see [`WordInfo`]'s `lists`).
fn list_flags(lower: &str) -> u32 {
    let w = super::gazetteer::EnglishWords::get();
    w.lists.get(lower).map_or(0, |&f| u32::from(f))
}

/// What the features need of one word, wherever it stands: computed once per distinct word
/// (the tagger keeps them for a whole text, see [`super::model::Tagger`]).
#[derive(Clone, Copy, Debug)]
pub struct WordInfo {
    word: u32,
    shape: u32,
    short_shape: u32,
    /// Hashes of the first and last 1..=4 characters (lower case); 0 where the word is shorter.
    prefix: [u32; 4],
    suffix: [u32; 4],
    chars: usize,
    cap: bool,
    /// Which of the English name lists hold the word (given names 1, role nouns 2, honorifics
    /// 4, organisations' head nouns 8): what a name's neighbours are, beyond the names seen in
    /// training.
    lists: u32,
    /// The word's fine and coarse [`Clusters`] (0 when it has none).
    cluster: (u32, u32),
}

impl WordInfo {
    /// The word-level facts of `w`, without clusters.
    pub fn of(w: &str) -> WordInfo {
        WordInfo::of_in(w, &Clusters::default())
    }

    /// The key [`Clusters`] know the word by: a hash of its lower-case form.
    pub fn key(&self) -> u32 {
        self.word
    }

    /// The word-level facts of `w`, with its cluster in `clusters`.
    pub fn of_in(w: &str, clusters: &Clusters) -> WordInfo {
        // One pass over the lower-case characters: the word's hash, its prefixes' hashes, and
        // the byte ranges of its last four characters for the suffixes.
        let mut bytes = [0u8; 64];
        let mut len = 0;
        let mut h: u32 = 0x811c_9dc5;
        let mut prefix = [0; 4];
        let mut ends = [0usize; 5];
        let mut count = 0;
        let mut push = |c: char| {
            let mut enc = [0u8; 4];
            for &b in c.encode_utf8(&mut enc).as_bytes() {
                h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
                if len < bytes.len() {
                    bytes[len] = b;
                }
                len += 1;
            }
            if count < 4 {
                prefix[count] = h;
            }
            count += 1;
            ends.rotate_left(1);
            ends[4] = len;
        };
        // Most words are ASCII: lower-cased byte by byte, the same bytes as below.
        if w.is_ascii() {
            w.bytes()
                .for_each(|b| push(char::from(b.to_ascii_lowercase())));
        } else {
            w.chars().flat_map(lower_chars).for_each(push);
        }
        let mut suffix = [0; 4];
        if len <= bytes.len() {
            for n in 1..=4.min(count) {
                suffix[n - 1] = word_hash_bytes(&bytes[ends[4 - n]..len]);
            }
        }
        let (shape, short_shape) = shape_hashes(w);
        WordInfo {
            word: h,
            shape,
            short_shape,
            prefix,
            suffix,
            chars: count,
            cap: w.starts_with(char::is_uppercase),
            lists: std::str::from_utf8(&bytes[..len.min(bytes.len())])
                .ok()
                .filter(|_| len <= bytes.len())
                .map_or(0, list_flags),
            cluster: clusters.of(h),
        }
    }

    /// Appends the features that depend on this word alone, wherever it stands.
    pub fn own_features(&self, out: &mut Vec<u32>) {
        let t = self;
        out.push(feature(2, t.word, 0));
        out.push(feature(7, t.shape, 0));
        out.push(feature(8, t.short_shape, 0));
        for n in 0..3.min(t.chars) {
            out.push(feature(11, t.prefix[n], n as u32));
            out.push(feature(12, t.suffix[n], n as u32));
        }
        out.push(feature(24, t.chars.min(8) as u32, 0));
        if t.lists != 0 {
            out.push(feature(43, t.lists, 0));
        }
        out.push(feature(46, t.cluster.0, 0));
        out.push(feature(47, t.cluster.1, 0));
        if t.chars >= 4 {
            out.push(feature(30, t.prefix[3], 0));
            out.push(feature(31, t.suffix[3], 0));
        }
    }

    /// Appends the features a token gets from the word `offset` places away from it (one of
    /// [`OFFSETS`]); `None` for the boundary beyond the sentence's start or end.
    pub fn neighbour_features(word: Option<&WordInfo>, offset: isize, out: &mut Vec<u32>) {
        let bound = if offset < 0 { BEFORE } else { AFTER };
        let (w, s) = word.map_or((bound, bound), |t| (t.word, t.shape));
        match offset {
            -1 => {
                out.push(feature(3, w, 0));
                out.push(feature(9, s, 0));
                out.push(feature(44, word.map_or(0, |t| t.lists), 0));
                let (fine, coarse) = word.map_or((BEFORE, BEFORE), |t| t.cluster);
                out.push(feature(48, fine, 0));
                out.push(feature(50, coarse, 0));
            }
            1 => {
                out.push(feature(4, w, 0));
                out.push(feature(10, s, 0));
                out.push(feature(45, word.map_or(0, |t| t.lists), 0));
                let (fine, coarse) = word.map_or((AFTER, AFTER), |t| t.cluster);
                out.push(feature(49, fine, 0));
                out.push(feature(51, coarse, 0));
            }
            -2 => out.push(feature(5, w, 0)),
            _ => out.push(feature(6, w, 0)),
        }
    }
}

/// Where the context words of a token stand, relative to it.
pub const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// Boundary values for positions before and after the sentence.
const BEFORE: u32 = 0x5eed_0001;
const AFTER: u32 = 0x5eed_0002;

/// A sentence's tokens prepared for feature extraction.
#[derive(Default)]
pub struct Sentence {
    info: Vec<WordInfo>,
    gaz: Vec<u32>,
    lex: Vec<u32>,
    /// For each token, the capitalised run it is in: `(first token, end token)`.
    runs: Vec<(usize, usize)>,
    /// For each token, whether it opens the sentence (only punctuation before it).
    opens: Vec<bool>,
    /// Whether the sentence is written in title case (a headline): then a capital says little,
    /// and the model has learnt how little from training sentences put in title case.
    title: bool,
}

impl Sentence {
    /// Prepares `words` (the tokens' texts) with their gazetteer positions and lexicon tags.
    pub fn new(words: Vec<&str>, gaz: Vec<Gaz>, lex: Vec<u8>) -> Sentence {
        Sentence::new_in(words, gaz, lex, &Clusters::default())
    }

    /// [`Sentence::new`] with the words' clusters in `clusters`.
    pub fn new_in(words: Vec<&str>, gaz: Vec<Gaz>, lex: Vec<u8>, clusters: &Clusters) -> Sentence {
        let info = words.iter().map(|w| WordInfo::of_in(w, clusters)).collect();
        Sentence::with_info(&words, info, &gaz, &lex)
    }

    /// [`Sentence::new`] with the words' [`WordInfo`] already at hand.
    pub fn with_info(words: &[&str], info: Vec<WordInfo>, gaz: &[Gaz], lex: &[u8]) -> Sentence {
        let mut sentence = Sentence::default();
        sentence.fill(words, info, gaz, lex);
        sentence
    }

    /// Makes this the sentence [`Sentence::with_info`] gives, reusing its buffers.
    pub fn fill(
        &mut self,
        words: &[&str],
        info: impl IntoIterator<Item = WordInfo>,
        gaz: &[Gaz],
        lex: &[u8],
    ) {
        let n = words.len();
        self.title = super::detect::title_case(words);
        self.info.clear();
        self.info.extend(info);
        self.gaz.clear();
        self.gaz
            .extend((0..n).map(|i| gaz.get(i).map_or(0, |g| g.index())));
        self.lex.clear();
        self.lex
            .extend((0..n).map(|i| u32::from(lex.get(i).copied().unwrap_or(0))));
        self.runs.clear();
        self.runs.resize(n, (0, 0));
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j < n && self.info[j].cap {
                j += 1;
            }
            if j == i {
                self.runs[i] = (i, i + 1);
                i += 1;
            } else {
                for r in &mut self.runs[i..j] {
                    *r = (i, j);
                }
                i = j;
            }
        }
        self.opens.clear();
        let mut only_punctuation = true;
        for w in words {
            self.opens.push(only_punctuation);
            only_punctuation &= w.chars().all(|c| !is_alphanumeric(c));
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.info.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
    }

    /// Whether token `i` opens the sentence (only punctuation before it).
    pub fn opens(&self, i: usize) -> bool {
        self.opens[i]
    }

    /// The [`WordInfo`] of token `i`, if there is one.
    pub fn info(&self, i: isize) -> Option<&WordInfo> {
        usize::try_from(i).ok().and_then(|i| self.info.get(i))
    }

    fn at(&self, i: isize, f: impl Fn(&WordInfo) -> u32) -> u32 {
        if i < 0 {
            BEFORE
        } else {
            self.info.get(i as usize).map_or(AFTER, f)
        }
    }

    fn at_place(&self, i: isize, of: &[u32]) -> u32 {
        if i < 0 {
            BEFORE
        } else {
            of.get(i as usize).copied().unwrap_or(AFTER)
        }
    }

    /// Appends the hashed features of token `i` to `out`: its own word's, its neighbours', and
    /// those of its place in the sentence.
    pub fn features(&self, i: usize, out: &mut Vec<u32>) {
        self.info[i].own_features(out);
        for offset in OFFSETS {
            WordInfo::neighbour_features(self.info(i as isize + offset), offset, out);
        }
        self.place_features(i, out);
    }

    /// Appends the features of token `i` that depend on more than one word: gazetteer and
    /// lexicon positions, word pairs, the capitalised run it is in.
    pub fn place_features(&self, i: usize, out: &mut Vec<u32>) {
        self.small_features(i, out);
        self.pair_features(i, out);
    }

    /// What [`Sentence::small_features`] reads of token `i`, packed in 32 bits (whether it
    /// opens the sentence and is capitalised, the gazetteer and lexicon positions of it and its
    /// neighbours, where it sits in a capitalised run): tokens with the same key get the same
    /// features, so a tagger can keep their score. `None` for a value outside those sets.
    pub fn small_key(&self, i: usize) -> Option<u32> {
        let code = |v: u32| match v {
            0..8 => Some(v),
            BEFORE => Some(8),
            AFTER => Some(9),
            _ => None,
        };
        let k = i as isize;
        let mut key = u32::from(self.opens[i]) << 1 | u32::from(self.info[i].cap);
        for of in [&self.gaz, &self.lex] {
            for j in [k - 1, k, k + 1] {
                key = key << 4 | code(self.at_place(j, of))?;
            }
        }
        // 26 bits so far; the run's place in 6: a flag, the position (2 bits), the length (3).
        let run = self
            .run_place(i)
            .map_or(0, |(pos, len)| 1 << 5 | pos << 3 | len);
        Some(key << 6 | run)
    }

    /// Where a capitalised token sits in its run (alone, first, last, inside) and the run's
    /// length up to 5; `None` for a token without a capital.
    fn run_place(&self, i: usize) -> Option<(u32, u32)> {
        if !self.info[i].cap {
            return None;
        }
        let (a, b) = self.runs[i];
        let pos = if b - a == 1 {
            0
        } else if i == a {
            1
        } else if i + 1 == b {
            2
        } else {
            3
        };
        Some((pos, (b - a).min(5) as u32))
    }

    /// Appends the features of token `i` whose values come from small sets (see
    /// [`Sentence::small_key`]).
    pub fn small_features(&self, i: usize, out: &mut Vec<u32>) {
        let t = &self.info[i];
        let k = i as isize;
        let gaz = |j: isize| self.at_place(j, &self.gaz);
        let lex = |j: isize| self.at_place(j, &self.lex);
        out.push(feature(1, 0, 0));
        out.push(feature(13, u32::from(self.opens[i]), u32::from(t.cap)));
        out.push(feature(15, gaz(k), 0));
        out.push(feature(16, gaz(k - 1), 0));
        out.push(feature(17, gaz(k + 1), 0));
        out.push(feature(32, lex(k), 0));
        out.push(feature(33, lex(k - 1), lex(k)));
        out.push(feature(34, lex(k), lex(k + 1)));
        if let Some((pos, len)) = self.run_place(i) {
            out.push(feature(25, pos, len));
        }
    }

    /// Appends the features of token `i` that pair it with the words around it.
    pub fn pair_features(&self, i: usize, out: &mut Vec<u32>) {
        let t = &self.info[i];
        let k = i as isize;
        WordInfo::pair_features_after(self.info(k - 1), t, out);
        WordInfo::pair_features_before(t, self.info(k + 1), out);
        t.opening_features(self.opens[i], out);
        self.run_features(i, out);
    }

    /// Appends the features of a capitalised token `i` from the run of capitalised words it is
    /// in: the words that start, end and surround the run.
    pub fn run_features(&self, i: usize, out: &mut Vec<u32>) {
        // In a title-case sentence, the word as it is (lower-cased) and its shape say what a
        // capital cannot.
        if self.title {
            let t = &self.info[i];
            out.push(feature(40, t.word, 0));
            out.push(feature(41, t.short_shape, u32::from(self.opens[i])));
            out.push(feature(42, self.lex[i], self.gaz[i]));
        }
        if let Some((pos, _)) = self.run_place(i) {
            let word = |j: isize| self.at(j, |t| t.word);
            let (a, b) = self.runs[i];
            out.push(feature(26, pos, self.info[a].word));
            out.push(feature(27, pos, self.info[b - 1].word));
            out.push(feature(28, pos, word(a as isize - 1)));
            out.push(feature(29, pos, word(b as isize)));
        }
    }
}

impl WordInfo {
    /// Appends the features a token (`this`) gets from the pair it makes with the word before
    /// it (`None` at the start of a sentence).
    pub fn pair_features_after(prev: Option<&WordInfo>, this: &WordInfo, out: &mut Vec<u32>) {
        let (w, s) = prev.map_or((BEFORE, BEFORE), |p| (p.word, p.shape));
        out.push(feature(18, w, this.word));
        out.push(feature(20, w, this.shape));
        out.push(feature(22, s, this.shape));
    }

    /// Appends the features a token (`this`) gets from the pair it makes with the word after
    /// it (`None` at the end of a sentence).
    pub fn pair_features_before(this: &WordInfo, next: Option<&WordInfo>, out: &mut Vec<u32>) {
        let (w, s) = next.map_or((AFTER, AFTER), |n| (n.word, n.shape));
        out.push(feature(19, this.word, w));
        out.push(feature(21, this.shape, s));
    }

    /// Appends the feature of this word opening a sentence or not.
    pub fn opening_features(&self, opens: bool, out: &mut Vec<u32>) {
        out.push(feature(
            23,
            u32::from(opens),
            fmix(self.shape ^ self.word.rotate_left(7)),
        ));
    }
}
