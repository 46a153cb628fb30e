//! Names of one or more words, looked up at a position in a list of words: the gazetteer's
//! places, the well-known organisations and the names a text has already given all use it.

use crate::support::case::{lowercase, lowercase_into};
use crate::text::lang::FnvMap;

/// Names by their words joined with single spaces, and for each first word the word counts of
/// the names it starts, longest first: at a word, only lengths some name has are tried.
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
    names: FnvMap<String, V>,
    lengths: FnvMap<String, Vec<usize>>,
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            names: FnvMap::default(),
            lengths: FnvMap::default(),
        }
    }
}

impl<V> Phrases<V> {
    /// Adds `name` (words separated by single spaces) unless it is there; returns whether it
    /// was added.
    pub fn insert(&mut self, name: String, value: V) -> bool {
        if self.names.contains_key(&name) {
            return false;
        }
        self.note_length(&name);
        self.names.insert(name, value);
        true
    }

    /// Adds `name`, replacing the value of a name already there.
    pub fn replace(&mut self, name: String, value: V) {
        self.note_length(&name);
        self.names.insert(name, value);
    }

    fn note_length(&mut self, name: &str) {
        let first = name.split(' ').next().unwrap_or(name);
        let count = name.split(' ').count();
        let lengths = match self.lengths.get_mut(first) {
            Some(lengths) => lengths,
            None => self.lengths.entry(first.to_owned()).or_default(),
        };
        if let Err(at) = lengths.binary_search_by(|l| count.cmp(l)) {
            lengths.insert(at, count);
        }
    }

    /// The value of the name written exactly `name`.
    pub fn get(&self, name: &str) -> Option<&V> {
        self.names.get(name)
    }

    /// Whether there are no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
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
        let first = word(i);
        let lengths = if lower {
            // Lower-cased in `buf`, without allocating.
            buf.clear();
            lowercase_into(first, buf);
            self.lengths.get(buf.as_str())
        } else {
            self.lengths.get(first)
        }?;
        for &len in lengths.iter().filter(|&&l| i + l <= n) {
            if !accept(len) {
                continue;
            }
            buf.clear();
            for k in i..i + len {
                if k > i {
                    buf.push(' ');
                }
                buf.push_str(word(k));
            }
            let found = if lower && buf.is_ascii() {
                buf.make_ascii_lowercase();
                self.names.get(buf.as_str())
            } else if lower {
                self.names.get(lowercase(buf).as_str())
            } else {
                self.names.get(buf.as_str())
            };
            if let Some(value) = found {
                return Some((len, value));
            }
        }
        None
    }
}
