//! Words as the tagger learnt them.
//!
//! Most corpora the taggers are trained on write quotation marks straight (`"`, `'`; the German
//! ones also „ “, whose straightening cost German nothing measured), where news sets them
//! typographically ("“Trump’s”"), and the English ones write a possessive or a
//! contraction as a token of its own ("Netanyahu 's refusal", "did n't"), as the Penn Treebank
//! does, where news writes "Netanyahu's refusal", one token for baca. Read as it stands,
//! "Netanyahu's" is a word the tagger never saw, with none of the name's own evidence (its word,
//! its lexicon entry, its cluster) and a neighbour ("refusal") where the corpora put "'s"; "“"
//! is a mark it hardly saw. So before tagging, the words are put as the corpora write them, and
//! the tags and confidences are read back onto the page's tokens: each page token takes its
//! first part's.
//!
//! Work: one pass over the window's words; nothing is allocated for a window with neither a
//! typographic quote nor (in English) a clitic.

use std::borrow::Cow;

use super::features::Gaz;
use super::model::N;
use crate::support::chars::is_alphanumeric;

/// The clitics the corpora write apart, straight apostrophe first ("n't" has its own stem:
/// "ca n't", "wo n't", as the Penn Treebank writes them).
const CLITICS: [&str; 8] = ["'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"];

/// Where `word` splits into its stem and the clitic the corpora write apart, with that clitic
/// as they write it (a curly apostrophe read as a straight one).
///
/// ```
/// use baca::text::ner::corpus_form::split_point;
/// assert_eq!(split_point("Netanyahu's"), Some((9, "'s")));
/// assert_eq!(split_point("Trump\u{2019}s"), Some((5, "'s")));
/// assert_eq!(split_point("didn't"), Some((3, "n't")));
/// assert_eq!(split_point("Paris"), None);
/// assert_eq!(split_point("'s"), None);
/// ```
pub fn split_point(word: &str) -> Option<(usize, &'static str)> {
    if !word.contains(['\'', '\u{2019}']) {
        return None;
    }
    CLITICS.into_iter().find_map(|clitic| {
        let (before, after) = clitic.split_once('\'')?;
        let stem = word
            .strip_suffix(after)
            .and_then(|w| w.strip_suffix(['\'', '\u{2019}']))
            .and_then(|w| w.strip_suffix(before))?;
        // A stem of a letter or digit at least: "'s" alone is the clitic itself.
        stem.chars()
            .next_back()
            .is_some_and(is_alphanumeric)
            .then_some((stem.len(), clitic))
    })
}

/// The typographic quotation marks and apostrophes, as the corpora write them.
fn straight(c: char) -> Option<char> {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => Some('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => Some('\''),
        _ => None,
    }
}

/// The words and gazetteer positions as the tagger reads them (typographic quotes straight,
/// and with `clitics` the English clitics apart), and each page word's first part among them;
/// `None` when every word is as the corpora write it.
///
/// ```
/// use baca::text::ner::{corpus_form::split, features::Gaz};
/// let (words, gaz, first) = split(&["“", "Netanyahu’s", "refusal"], &[Gaz::None; 3], true).unwrap();
/// assert_eq!(words, ["\"", "Netanyahu", "'s", "refusal"]);
/// assert_eq!(gaz.len(), 4);
/// assert_eq!(first, [0, 1, 3]);
/// assert!(split(&["Netanyahu's", "refusal"], &[Gaz::None; 2], false).is_none());
/// assert!(split(&["Kim", "tiba"], &[Gaz::None; 2], true).is_none());
/// ```
#[allow(clippy::type_complexity)]
pub fn split<'w>(
    words: &[&'w str],
    gaz: &[Gaz],
    clitics: bool,
) -> Option<(Vec<Cow<'w, str>>, Vec<Gaz>, Vec<usize>)> {
    let typographic = |w: &str| !w.is_ascii() && w.chars().any(|c| straight(c).is_some());
    if !words
        .iter()
        .any(|w| typographic(w) || clitics && split_point(w).is_some())
    {
        return None;
    }
    let mut out: Vec<Cow<'w, str>> = Vec::with_capacity(words.len() + 4);
    let mut out_gaz = Vec::with_capacity(words.len() + 4);
    let mut first = Vec::with_capacity(words.len());
    for (i, &w) in words.iter().enumerate() {
        first.push(out.len());
        let g = gaz.get(i).copied().unwrap_or(Gaz::None);
        let w: Cow<'w, str> = if typographic(w) {
            Cow::Owned(w.chars().map(|c| straight(c).unwrap_or(c)).collect())
        } else {
            Cow::Borrowed(w)
        };
        match clitics.then(|| split_point(&w)).flatten() {
            Some((at, clitic)) => {
                let stem = match w {
                    Cow::Borrowed(b) => Cow::Borrowed(&b[..at]),
                    Cow::Owned(mut o) => {
                        o.truncate(at);
                        Cow::Owned(o)
                    }
                };
                out.extend([stem, Cow::Borrowed(clitic)]);
                out_gaz.extend([g, Gaz::None]);
            }
            None => {
                out.push(w);
                out_gaz.push(g);
            }
        }
    }
    Some((out, out_gaz, first))
}

/// The tags of the split words read back onto the page's words (`first` from [`split`]).
///
/// ```
/// use baca::text::ner::corpus_form::tags_back;
/// // "Netanyahu 's refusal": B-PER O O.
/// assert_eq!(tags_back(&[1, 0, 0], &[0, 2]), [1, 0]);
/// ```
pub fn tags_back(tags: &[usize], first: &[usize]) -> Vec<usize> {
    first
        .iter()
        .map(|&k| tags.get(k).copied().unwrap_or(0))
        .collect()
}

/// The tagger's confidences (per-token marginals) read back the same way.
///
/// ```
/// use baca::text::ner::{corpus_form::marginals_back, model::N};
/// let m = vec![[0.5; N], [0.1; N], [0.9; N]];
/// assert_eq!(marginals_back(&m, &[0, 2]), [[0.5; N], [0.9; N]]);
/// ```
pub fn marginals_back(marginals: &[[f32; N]], first: &[usize]) -> Vec<[f32; N]> {
    first
        .iter()
        .map(|&k| marginals.get(k).copied().unwrap_or([0.0; N]))
        .collect()
}
