//! Names of one or more words, looked up at a position in a list of words: the gazetteer's
//! places, the well-known organisations and the names a text has already given all use it.

use crate::support::case::lowercase_into;
use crate::support::hash::{text_hash, TextHash};
use crate::text::lang::FnvMap;

/// Names by their words joined with single spaces, and for each first word the word counts of
/// the names it starts: at a word, only lengths some name has are tried, longest first. The
/// names' text is kept in one string and found by its hash (compared on a hit).
///
/// ```
/// use baca::text::ner::phrases::Phrases;
/// let mut p = Phrases::default();
/// p.insert("Korea Utara".to_owned(), 1);
/// p.insert("Korea".to_owned(), 2);
/// let words = ["di", "Korea", "Utara", "itu"];
/// let word = |k: usize| words[k];
/// let mut buf = String::new();
/// assert_eq!(p.longest_at(4, word, 1, false, |_| true, &mut buf), Some((2, &1)));
/// assert_eq!(p.longest_at(4, word, 1, false, |len| len == 1, &mut buf), Some((1, &2)));
/// assert_eq!(p.longest_at(4, word, 0, false, |_| true, &mut buf), None);
/// ```
pub struct Phrases<V> {
    /// The names' text, one after another: one allocation however many names (a page's own
    /// names can be tens of thousands).
    text: String,
    /// Each name by the hash of its text ([`phrase_hash`]): where the text lies in `text`, and
    /// the value.
    names: FnvMap<u64, Entry<V>>,
    /// The names whose hash an earlier name already has, or that `text` has no room for, by
    /// their text (rare).
    others: FnvMap<Box<str>, V>,
    /// By the hash of a first word, a bit per word count (bit `n - 1` for `n` words, up to 64) of
    /// the names it starts; a hash shared by two words only costs a lookup that fails.
    lengths: FnvMap<u64, u64>,
    /// The word counts over 64 (rare), longest first.
    long: FnvMap<u64, Vec<usize>>,
}

struct Entry<V> {
    start: u32,
    len: u32,
    value: V,
}

/// The hash of a name's text. The library's unit tests keep four bits of it, so that every
/// test of a table of names also meets hashes shared by two names (the integration tests and
/// the wasm's keep all 64).
fn phrase_hash(text: &str) -> u64 {
    text_hash(text) & HASH_BITS
}

/// The bits of [`text_hash`] a [`phrase_hash`] keeps.
const HASH_BITS: u64 = if cfg!(test) { 0xF } else { u64::MAX };

/// The most words of a name [`Phrases::longest_at`] hashes a word at a time; longer names
/// (rare) are joined and hashed whole.
const MOST: usize = 64;

/// Appends `word` to `buf`, lower-cased with `lower`.
fn push_word(buf: &mut String, word: &str, lower: bool) {
    if lower {
        lowercase_into(word, buf);
    } else {
        buf.push_str(word);
    }
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            text: String::new(),
            names: FnvMap::default(),
            others: FnvMap::default(),
            lengths: FnvMap::default(),
            long: FnvMap::default(),
        }
    }
}

impl<V> Phrases<V> {
    /// Adds `name` (words separated by single spaces) unless it is there; returns whether it
    /// was added.
    pub fn insert(&mut self, name: String, value: V) -> bool {
        if self.get(&name).is_some() {
            return false;
        }
        self.add(name, value);
        true
    }

    /// Adds `name`, replacing the value of a name already there.
    pub fn replace(&mut self, name: String, value: V) {
        match self.get_mut(&name) {
            Some(v) => *v = value,
            None => self.add(name, value),
        }
    }

    /// Adds `name`, which is not there.
    fn add(&mut self, name: String, value: V) {
        self.note_length(&name);
        let start = u32::try_from(self.text.len());
        let len = u32::try_from(name.len());
        match (start, len, self.names.entry(phrase_hash(&name))) {
            (Ok(start), Ok(len), std::collections::hash_map::Entry::Vacant(slot))
                if start.checked_add(len).is_some() =>
            {
                self.text.push_str(&name);
                slot.insert(Entry { start, len, value });
            }
            _ => {
                self.others.insert(name.into_boxed_str(), value);
            }
        }
    }

    fn note_length(&mut self, name: &str) {
        let first = name.split(' ').next().unwrap_or(name);
        let count = name.split(' ').count();
        let key = phrase_hash(first);
        if count <= 64 {
            *self.lengths.entry(key).or_default() |= 1 << (count - 1);
        } else {
            let long = self.long.entry(key).or_default();
            if let Err(at) = long.binary_search_by(|l| count.cmp(l)) {
                long.insert(at, count);
            }
        }
    }

    /// The value of `name`, where the table holds it.
    fn get_mut(&mut self, name: &str) -> Option<&mut V> {
        let text = &self.text;
        match self.names.get_mut(&phrase_hash(name)) {
            Some(e) if text[e.start as usize..][..e.len as usize] == *name => Some(&mut e.value),
            _ => self.others.get_mut(name),
        }
    }

    /// The value of the name written exactly `name`.
    pub fn get(&self, name: &str) -> Option<&V> {
        self.get_hashed(name, phrase_hash(name))
    }

    /// [`Phrases::get`] with `name`'s [`phrase_hash`] known.
    fn get_hashed(&self, name: &str, hash: u64) -> Option<&V> {
        match self.names.get(&hash) {
            Some(e) if self.text[e.start as usize..][..e.len as usize] == *name => Some(&e.value),
            _ if self.others.is_empty() => None,
            _ => self.others.get(name),
        }
    }

    /// Whether there are no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.others.is_empty()
    }

    /// The longest name that starts at word `i` of the `n` words `word` gives and whose word
    /// count `accept` takes: its word count and value. With `lower`, the names are lower case
    /// and the words are compared lower-cased.
    pub fn longest_at<'w>(
        &self,
        n: usize,
        word: impl Fn(usize) -> &'w str,
        i: usize,
        lower: bool,
        accept: impl Fn(usize) -> bool,
        buf: &mut String,
    ) -> Option<(usize, &V)> {
        if i >= n {
            return None;
        }
        // The first word, as the names are written (lower-cased with `lower`).
        buf.clear();
        push_word(buf, word(i), lower);
        let key = phrase_hash(buf);
        let bits = self.lengths.get(&key).copied().unwrap_or(0);
        // Names of more than 64 words are rare: most sets have none to look up.
        let long = match self.long.is_empty() {
            true => &[][..],
            false => self.long.get(&key).map_or(&[][..], Vec::as_slice),
        };
        if bits == 0 && long.is_empty() {
            return None;
        }
        // The words up to the longest count (at most `MOST`) joined in `buf` once, with the
        // hash of each count's prefix as it grows: each word is copied and hashed once, however
        // many counts are tried (joining each count's words anew cost the square of the count).
        let most = (64 - bits.leading_zeros() as usize).min(n - i);
        let mut prefixes = [(0usize, TextHash::default()); MOST];
        let mut h = TextHash::default();
        h.push(buf.as_bytes());
        prefixes[0] = (buf.len(), h);
        for (c, prefix) in prefixes.iter_mut().enumerate().take(most).skip(1) {
            let from = buf.len();
            buf.push(' ');
            push_word(buf, word(i + c), lower);
            h.push(&buf.as_bytes()[from..]);
            *prefix = (buf.len(), h);
        }
        // Longest first: the counts over 64, then the bits from the highest.
        let mut rest = bits;
        let counts = long.iter().copied().chain(std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let b = 63 - rest.leading_zeros() as usize;
                rest &= !(1 << b);
                b + 1
            })
        }));
        for len in counts.filter(|&l| i + l <= n) {
            if !accept(len) {
                continue;
            }
            let found = match prefixes.get(len - 1) {
                Some(&(end, h)) if len <= most => {
                    self.get_hashed(&buf[..end], h.value() & HASH_BITS)
                }
                _ => {
                    let mut joined = String::new();
                    for k in i..i + len {
                        if k > i {
                            joined.push(' ');
                        }
                        push_word(&mut joined, word(k), lower);
                    }
                    self.get(&joined)
                }
            };
            if let Some(value) = found {
                return Some((len, value));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table answers as a map of names and a search of every length would, on generated
    /// tables and sentences of words of one or two letters (so that names share words and
    /// prefixes), with hashes shared by many names (four bits of them in these tests). Letters
    /// beyond ASCII ("É", "Σ", lower-cased by context) check that words lower-cased one by one
    /// read as the names lower-cased whole. Generated here rather than by proptest, so that it
    /// runs in every build the library's tests run in.
    mod against_a_plain_map {
        use super::*;
        use crate::support::case::lowercase;
        use std::collections::HashMap;

        /// What [`Phrases::longest_at`] answers, by trying every length at a word.
        fn longest(
            names: &HashMap<String, usize>,
            words: &[&str],
            i: usize,
            lower: bool,
            accept: impl Fn(usize) -> bool,
        ) -> Option<(usize, usize)> {
            (1..=words.len().saturating_sub(i)).rev().find_map(|len| {
                let mut text = words[i..i + len].join(" ");
                if lower {
                    text = lowercase(&text);
                }
                names.get(&text).filter(|_| accept(len)).map(|&v| (len, v))
            })
        }

        /// A small deterministic generator (xorshift).
        struct Gen(u64);

        impl Gen {
            fn below(&mut self, n: usize) -> usize {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 % n as u64) as usize
            }

            fn word(&mut self) -> String {
                const LETTERS: [&str; 6] = ["a", "A", "b", "B", "É", "Σ"];
                let n = 1 + self.below(2);
                (0..n).map(|_| LETTERS[self.below(LETTERS.len())]).collect()
            }

            fn words(&mut self, from: usize, to: usize) -> Vec<String> {
                let n = from + self.below(to - from);
                (0..n).map(|_| self.word()).collect()
            }
        }

        #[test]
        fn finds_what_a_plain_map_finds() {
            let mut gen = Gen(0x9E37_79B9_7F4A_7C15);
            for _ in 0..3000 {
                let lower = gen.below(2) == 1;
                let cased = |name: String| if lower { lowercase(&name) } else { name };
                let mut table = Phrases::default();
                let mut plain: HashMap<String, usize> = HashMap::new();
                for v in 0..gen.below(40) {
                    let name = cased(gen.words(1, 4).join(" "));
                    let added = table.insert(name.clone(), v);
                    assert_eq!(added, !plain.contains_key(&name));
                    plain.entry(name).or_insert(v);
                }
                // A name there or not: `replace` sets its value either way.
                let name = cased(gen.words(1, 4).join(" "));
                table.replace(name.clone(), 99);
                plain.insert(name, 99);
                assert_eq!(table.is_empty(), plain.is_empty());
                for (name, v) in &plain {
                    assert_eq!(table.get(name), Some(v));
                }
                let words = gen.words(0, 12);
                let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                let word = |k: usize| refs[k];
                let mut buf = String::new();
                for i in 0..=words.len() {
                    for one in [false, true] {
                        let accept = |l: usize| !one || l == 1;
                        assert_eq!(
                            table
                                .longest_at(words.len(), word, i, lower, accept, &mut buf)
                                .map(|(l, &v)| (l, v)),
                            longest(&plain, &refs, i, lower, accept),
                            "{refs:?} at {i}, lower {lower}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn names_of_more_than_64_words_are_found() {
        let mut table = Phrases::default();
        let words: Vec<String> = (0..70).map(|k| format!("W{k}")).collect();
        table.insert(words.join(" "), 1);
        table.insert(words[..3].join(" "), 2);
        let word = |k: usize| words[k].as_str();
        let mut buf = String::new();
        assert_eq!(
            table.longest_at(70, word, 0, false, |_| true, &mut buf),
            Some((70, &1))
        );
        assert_eq!(
            table.longest_at(69, word, 0, false, |_| true, &mut buf),
            Some((3, &2))
        );
        // Exactly 64 words: the longest count hashed a word at a time.
        table.insert(words[..64].join(" "), 3);
        assert_eq!(
            table.longest_at(69, word, 0, false, |_| true, &mut buf),
            Some((64, &3))
        );
        assert_eq!(
            table.longest_at(70, word, 0, false, |l| l < 70, &mut buf),
            Some((64, &3))
        );
    }
}
