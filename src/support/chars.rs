//! `char::is_alphabetic` and `char::is_alphanumeric` with the answer for the common scripts'
//! letters and punctuation read from a short table first. The standard library looks every
//! non-ASCII character up in its Unicode tables, which was 6 % of the whole analysis of a
//! text mixing 16 languages. The answers are the standard library's for every character (a test
//! checks them all).

/// Code point runs on which both properties are constant: `(first, last, alphabetic,
/// alphanumeric)`, sorted. Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Myanmar,
/// Ethiopic, kana, Han and Hangul letters; general and CJK punctuation.
const RUNS: [(u32, u32, bool, bool); 34] = [
    (0x80, 0xA9, false, false),
    (0xC0, 0xD6, true, true),
    (0xD8, 0xF6, true, true),
    (0xF8, 0x2C1, true, true),
    (0x38E, 0x3A1, true, true),
    (0x3A3, 0x3F5, true, true),
    (0x3F7, 0x481, true, true),
    (0x48A, 0x52F, true, true),
    (0x531, 0x556, true, true),
    (0x560, 0x588, true, true),
    (0x5D0, 0x5EA, true, true),
    (0x620, 0x657, true, true),
    (0x66E, 0x6D3, true, true),
    (0x8F0, 0x93B, true, true),
    (0x93D, 0x94C, true, true),
    (0x1000, 0x1036, true, true),
    (0x1050, 0x108F, true, true),
    (0x10FC, 0x1248, true, true),
    (0x1260, 0x1288, true, true),
    (0x1290, 0x12B0, true, true),
    (0x12D8, 0x1310, true, true),
    (0x1318, 0x135A, true, true),
    (0x1E00, 0x1F15, true, true),
    (0x1FFD, 0x206F, false, false),
    (0x2E00, 0x2E2E, false, false),
    (0x2E30, 0x3004, false, false),
    (0x3008, 0x3020, false, false),
    (0x3041, 0x3096, true, true),
    (0x30A1, 0x30FA, true, true),
    (0x3400, 0x4DBF, true, true),
    (0x4E00, 0xA48C, true, true),
    (0xAC00, 0xD7A3, true, true),
    (0xFF21, 0xFF3A, true, true),
    (0xFF41, 0xFF5A, true, true),
];

/// The run holding `c` (not ASCII), if the table has one.
fn run(c: char) -> Option<(bool, bool)> {
    let cp = u32::from(c);
    let k = RUNS.partition_point(|r| r.1 < cp);
    RUNS.get(k)
        .filter(|r| r.0 <= cp)
        .map(|&(_, _, alpha, alnum)| (alpha, alnum))
}

/// Whether `c` is alphabetic, as `char::is_alphabetic` answers.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    run(c).map_or_else(|| c.is_alphabetic(), |r| r.0)
}

/// Whether `c` is alphanumeric, as `char::is_alphanumeric` answers.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    run(c).map_or_else(|| c.is_alphanumeric(), |r| r.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_gets_the_standard_answer() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_alphabetic(c),
                c.is_alphabetic(),
                "{c:?} (U+{:04X})",
                c as u32
            );
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
    }

    #[test]
    fn runs_are_sorted_and_apart() {
        assert!(RUNS.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(RUNS.iter().all(|r| r.0 <= r.1 && r.0 >= 0x80));
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_1() {
        use crate::support::chars::is_alphabetic;
        assert!(
            is_alphabetic('a') && is_alphabetic('é') && is_alphabetic('Ж') && is_alphabetic('語')
        );
        assert!(!is_alphabetic('1') && !is_alphabetic('—') && !is_alphabetic('、'));
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_2() {
        use crate::support::chars::is_alphanumeric;
        assert!(is_alphanumeric('7') && is_alphanumeric('ß') && is_alphanumeric('٣'));
        assert!(!is_alphanumeric('“') && !is_alphanumeric(' '));
    }
}
