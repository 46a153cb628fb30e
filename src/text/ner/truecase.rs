//! A headline read with its language's lower-case words (the names pack's `lower` section). In
//! a headline (a title-case sentence whose words after the first are all capitalised but
//! function words) the capitals say little, so the words the language writes in lower case
//! ("Tangkap", "Pencuri", "Sebagai") are read so by the tagger and the rules
//! ([`super::detect::Window::read`]). Not in a sentence that still writes some words in lower
//! case: one dense with names ("Menurut Lembaga Riset Pangan Nusantara (LRPN) …") has common
//! words in its names ("Lembaga", "Riset").
//!
//! Nor a word in capitals (an acronym's), nor a word of a name the text shows for certain: a
//! known place ("Ke Lima Untuk KTT", "Di Baku"), in English a well-known organisation ("Colorado
//! Rapids"), an English given name ("Grace Smith"), an Indonesian company's name after its legal
//! form ("PT Timah Tbk": up to four words, up to "Tbk").
//!
//! Linear in the window's words; the names are asked of only where the pack has a word.

use super::detect::{capitalised, is_given_name, organization_matches};
use super::gazetteer::Place;
use super::pack::Pack;
use super::{is_acronym, is_function_word};
use crate::support::chars::is_alphabetic;
use crate::text::lang::Lang;

/// Which of a title-case window's `words` the `pack` has read in lower case (empty where none
/// is, or the window is no headline); `places` are the gazetteer's matches in the words.
pub(super) fn lower_words(
    words: &[&str],
    places: &[(usize, usize, Place)],
    lang: Lang,
    pack: Option<&Pack>,
) -> Vec<bool> {
    let headline = || {
        words
            .iter()
            .skip(1)
            .all(|w| !w.starts_with(is_alphabetic) || capitalised(w) || is_function_word(w, lang))
    };
    let Some(pack) = pack.filter(|_| headline()) else {
        return Vec::new();
    };
    let mut lower: Vec<bool> = words
        .iter()
        .enumerate()
        .map(|(k, &w)| k > 0 && capitalised(w) && !is_acronym(w) && pack.is_lower_word(w))
        .collect();
    if !lower.contains(&true) {
        return lower;
    }
    // The English lists' organisations are English names: their words are in English's
    // lexicon, seldom in another language's.
    let orgs = if lang.code() == Some("en") {
        organization_matches(words)
    } else {
        Vec::new()
    };
    for (i, len) in places
        .iter()
        .map(|p| (p.0, p.1))
        .chain(orgs.iter().copied())
    {
        lower[i..i + len].fill(false);
    }
    // How many of a company's words may still follow its legal form.
    let mut form_words = 0u8;
    for (k, &w) in words.iter().enumerate() {
        form_words = if k > 0 && super::rules::opening_id(words[k - 1]) {
            4
        } else if k > 0 && words[k - 1].eq_ignore_ascii_case("tbk") {
            0
        } else {
            form_words.saturating_sub(1)
        };
        if !capitalised(w) {
            form_words = 0;
        }
        if lower[k] {
            lower[k] = form_words == 0 && !is_given_name(w);
        }
    }
    lower
}
