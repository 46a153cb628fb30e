//! Sentence-terminating characters outside ASCII, as UAX #29 classifies them (`STerm` and `ATerm`).
//!
//! Generated from `unicode-segmentation` by probing every code point (see the test
//! `terminator_table_matches_uax29` in tests/segment_uax29.rs, which regenerates and compares it),
//! so UAX #29 stays the authority for every script baca has no rule of its own for.

/// How a terminator ends a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// Like the full stop (`ATerm`): ends a sentence only if what follows does not continue it.
    Period,
    /// Like `!` or `?` (`STerm`): ends a sentence unless a lower-case word follows.
    Stop,
}

/// `(first, last, kind)` ranges of non-ASCII terminators, sorted.
pub const TERMINATORS: &[(u32, u32, Term)] = &[
    (0x0589, 0x0589, Term::Stop),
    (0x061D, 0x061F, Term::Stop),
    (0x06D4, 0x06D4, Term::Stop),
    (0x0700, 0x0702, Term::Stop),
    (0x07F9, 0x07F9, Term::Stop),
    (0x0837, 0x0837, Term::Stop),
    (0x0839, 0x0839, Term::Stop),
    (0x083D, 0x083E, Term::Stop),
    (0x0964, 0x0965, Term::Stop),
    (0x104A, 0x104B, Term::Stop),
    (0x1362, 0x1362, Term::Stop),
    (0x1367, 0x1368, Term::Stop),
    (0x166E, 0x166E, Term::Stop),
    (0x1735, 0x1736, Term::Stop),
    (0x17D4, 0x17D5, Term::Stop),
    (0x1803, 0x1803, Term::Stop),
    (0x1809, 0x1809, Term::Stop),
    (0x1944, 0x1945, Term::Stop),
    (0x1AA8, 0x1AAB, Term::Stop),
    (0x1B4E, 0x1B4F, Term::Stop),
    (0x1B5A, 0x1B5B, Term::Stop),
    (0x1B5E, 0x1B5F, Term::Stop),
    (0x1B7D, 0x1B7F, Term::Stop),
    (0x1C3B, 0x1C3C, Term::Stop),
    (0x1C7E, 0x1C7F, Term::Stop),
    (0x2024, 0x2024, Term::Period),
    (0x203C, 0x203D, Term::Stop),
    (0x2047, 0x2049, Term::Stop),
    (0x2CF9, 0x2CFB, Term::Stop),
    (0x2E2E, 0x2E2E, Term::Stop),
    (0x2E3C, 0x2E3C, Term::Stop),
    (0x2E53, 0x2E54, Term::Stop),
    (0x3002, 0x3002, Term::Stop),
    (0xA4FF, 0xA4FF, Term::Stop),
    (0xA60E, 0xA60F, Term::Stop),
    (0xA6F3, 0xA6F3, Term::Stop),
    (0xA6F7, 0xA6F7, Term::Stop),
    (0xA876, 0xA877, Term::Stop),
    (0xA8CE, 0xA8CF, Term::Stop),
    (0xA92F, 0xA92F, Term::Stop),
    (0xA9C8, 0xA9C9, Term::Stop),
    (0xAA5D, 0xAA5F, Term::Stop),
    (0xAAF0, 0xAAF1, Term::Stop),
    (0xABEB, 0xABEB, Term::Stop),
    (0xFE12, 0xFE12, Term::Stop),
    (0xFE15, 0xFE16, Term::Stop),
    (0xFE52, 0xFE52, Term::Period),
    (0xFE56, 0xFE57, Term::Stop),
    (0xFF01, 0xFF01, Term::Stop),
    (0xFF0E, 0xFF0E, Term::Period),
    (0xFF1F, 0xFF1F, Term::Stop),
    (0xFF61, 0xFF61, Term::Stop),
    (0x10A56, 0x10A57, Term::Stop),
    (0x10F55, 0x10F59, Term::Stop),
    (0x10F86, 0x10F89, Term::Stop),
    (0x11047, 0x11048, Term::Stop),
    (0x110BE, 0x110C1, Term::Stop),
    (0x11141, 0x11143, Term::Stop),
    (0x111C5, 0x111C6, Term::Stop),
    (0x111CD, 0x111CD, Term::Stop),
    (0x111DE, 0x111DF, Term::Stop),
    (0x11238, 0x11239, Term::Stop),
    (0x1123B, 0x1123C, Term::Stop),
    (0x112A9, 0x112A9, Term::Stop),
    (0x113D4, 0x113D5, Term::Stop),
    (0x1144B, 0x1144C, Term::Stop),
    (0x115C2, 0x115C3, Term::Stop),
    (0x115C9, 0x115D7, Term::Stop),
    (0x11641, 0x11642, Term::Stop),
    (0x1173C, 0x1173E, Term::Stop),
    (0x11944, 0x11944, Term::Stop),
    (0x11946, 0x11946, Term::Stop),
    (0x11A42, 0x11A43, Term::Stop),
    (0x11A9B, 0x11A9C, Term::Stop),
    (0x11C41, 0x11C42, Term::Stop),
    (0x11EF7, 0x11EF8, Term::Stop),
    (0x11F43, 0x11F44, Term::Stop),
    (0x16A6E, 0x16A6F, Term::Stop),
    (0x16AF5, 0x16AF5, Term::Stop),
    (0x16B37, 0x16B38, Term::Stop),
    (0x16B44, 0x16B44, Term::Stop),
    (0x16D6E, 0x16D6F, Term::Stop),
    (0x16E98, 0x16E98, Term::Stop),
    (0x1BC9F, 0x1BC9F, Term::Stop),
    (0x1DA88, 0x1DA88, Term::Stop),
];

/// The UAX #29 terminator class of a non-ASCII `c`, if it is one.
///
/// ```
/// use baca::text::lang::{uax29_terminator, Term};
/// assert_eq!(uax29_terminator('。'), Some(Term::Stop));
/// assert_eq!(uax29_terminator('é'), None);
/// ```
pub fn uax29_terminator(c: char) -> Option<Term> {
    let cp = c as u32;
    TERMINATORS
        .binary_search_by(|&(first, last, _)| {
            if last < cp {
                std::cmp::Ordering::Less
            } else if first > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
        .map(|i| TERMINATORS[i].2)
}
