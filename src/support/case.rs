//! Lower-casing for the text core, without the standard library's case table.
//!
//! `str::to_lowercase` links a table of about 1,400 code-point pairs (15 KB in the wasm); the
//! same mapping fits in 185 runs of code points that lower-case by one offset (1.5 KB). The
//! result is the standard library's, character for character: a test compares every code
//! point. Only the final-sigma rule of [`lowercase`] judges letters and case-ignorable marks
//! without Unicode's full tables (see [`lowercase`]).

/// Runs of code points that lower-case by one offset, sorted by start: `(start | (stride - 1)
/// << 21 | length << 22, offset)`. Generated from `char::to_lowercase`; the test
/// `runs_are_the_standard_librarys` prints them anew when Unicode changes.
#[rustfmt::skip]
const RUNS: [(u32, i32); 185] = [
    (0x06800041, 32), (0x05c000c0, 32), (0x01c000d8, 32), (0x06200100, 1), (0x00e00132, 1),
    (0x02200139, 1), (0x05e0014a, 1), (0x00400178, -121), (0x00e00179, 1), (0x00400181, 210),
    (0x00a00182, 1), (0x00400186, 206), (0x00400187, 1), (0x00800189, 205), (0x0040018b, 1),
    (0x0040018e, 79), (0x0040018f, 202), (0x00400190, 203), (0x00400191, 1), (0x00400193, 205),
    (0x00400194, 207), (0x00400196, 211), (0x00400197, 209), (0x00400198, 1), (0x0040019c, 211),
    (0x0040019d, 213), (0x0040019f, 214), (0x00e001a0, 1), (0x004001a6, 218), (0x004001a7, 1),
    (0x004001a9, 218), (0x004001ac, 1), (0x004001ae, 218), (0x004001af, 1), (0x008001b1, 217),
    (0x00a001b3, 1), (0x004001b7, 219), (0x004001b8, 1), (0x004001bc, 1), (0x004001c4, 2),
    (0x004001c5, 1), (0x004001c7, 2), (0x004001c8, 1), (0x004001ca, 2), (0x026001cb, 1),
    (0x026001de, 1), (0x004001f1, 2), (0x00a001f2, 1), (0x004001f6, -97), (0x004001f7, -56),
    (0x052001f8, 1), (0x00400220, -130), (0x02600222, 1), (0x0040023a, 10795), (0x0040023b, 1),
    (0x0040023d, -163), (0x0040023e, 10792), (0x00400241, 1), (0x00400243, -195),
    (0x00400244, 69), (0x00400245, 71), (0x01600246, 1), (0x00a00370, 1), (0x00400376, 1),
    (0x0040037f, 116), (0x00400386, 38), (0x00c00388, 37), (0x0040038c, 64), (0x0080038e, 63),
    (0x04400391, 32), (0x024003a3, 32), (0x004003cf, 8), (0x032003d8, 1), (0x004003f4, -60),
    (0x004003f7, 1), (0x004003f9, -7), (0x004003fa, 1), (0x00c003fd, -130), (0x04000400, 80),
    (0x08000410, 32), (0x04600460, 1), (0x06e0048a, 1), (0x004004c0, 15), (0x01e004c1, 1),
    (0x0c2004d0, 1), (0x09800531, 48), (0x098010a0, 7264), (0x004010c7, 7264),
    (0x004010cd, 7264), (0x140013a0, 38864), (0x018013f0, 8), (0x00401c89, 1),
    (0x0ac01c90, -3008), (0x00c01cbd, -3008), (0x12e01e00, 1), (0x00401e9e, -7615),
    (0x0c201ea0, 1), (0x02001f08, -8), (0x01801f18, -8), (0x02001f28, -8), (0x02001f38, -8),
    (0x01801f48, -8), (0x01201f59, -8), (0x02001f68, -8), (0x02001f88, -8), (0x02001f98, -8),
    (0x02001fa8, -8), (0x00801fb8, -8), (0x00801fba, -74), (0x00401fbc, -9), (0x01001fc8, -86),
    (0x00401fcc, -9), (0x00801fd8, -8), (0x00801fda, -100), (0x00801fe8, -8), (0x00801fea, -112),
    (0x00401fec, -7), (0x00801ff8, -128), (0x00801ffa, -126), (0x00401ffc, -9),
    (0x00402126, -7517), (0x0040212a, -8383), (0x0040212b, -8262), (0x00402132, 28),
    (0x04002160, 16), (0x00402183, 1), (0x068024b6, 26), (0x0c002c00, 48), (0x00402c60, 1),
    (0x00402c62, -10743), (0x00402c63, -3814), (0x00402c64, -10727), (0x00e02c67, 1),
    (0x00402c6d, -10780), (0x00402c6e, -10749), (0x00402c6f, -10783), (0x00402c70, -10782),
    (0x00402c72, 1), (0x00402c75, 1), (0x00802c7e, -10815), (0x0ca02c80, 1), (0x00a02ceb, 1),
    (0x00402cf2, 1), (0x05e0a640, 1), (0x03a0a680, 1), (0x01e0a722, 1), (0x07e0a732, 1),
    (0x00a0a779, 1), (0x0040a77d, -35332), (0x0160a77e, 1), (0x0040a78b, 1),
    (0x0040a78d, -42280), (0x00a0a790, 1), (0x02a0a796, 1), (0x0040a7aa, -42308),
    (0x0040a7ab, -42319), (0x0040a7ac, -42315), (0x0040a7ad, -42305), (0x0040a7ae, -42308),
    (0x0040a7b0, -42258), (0x0040a7b1, -42282), (0x0040a7b2, -42261), (0x0040a7b3, 928),
    (0x0220a7b4, 1), (0x0040a7c4, -48), (0x0040a7c5, -42307), (0x0040a7c6, -35384),
    (0x00a0a7c7, 1), (0x0040a7cb, -42343), (0x0220a7cc, 1), (0x0040a7dc, -42561),
    (0x0040a7f5, 1), (0x0680ff21, 32), (0x0a010400, 40), (0x090104b0, 40), (0x02c10570, 39),
    (0x03c1057c, 39), (0x01c1058c, 39), (0x00810594, 39), (0x0cc10c80, 64), (0x05810d50, 32),
    (0x080118a0, 32), (0x08016e40, 32), (0x06416ea0, 27), (0x0881e900, 34),
];

/// The lower-case form of `c`, as one character: the first of [`lower_chars`].
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == '\u{130}' {
        return 'i';
    }
    let u = c as u32;
    let i = RUNS.partition_point(|&(key, _)| key & 0x1f_ffff <= u);
    if i == 0 {
        return c;
    }
    let (key, offset) = RUNS[i - 1];
    let (start, stride, len) = (key & 0x1f_ffff, (key >> 21 & 1) + 1, key >> 22);
    if u < start + stride * len && (u - start) % stride == 0 {
        char::from_u32(u.wrapping_add_signed(offset)).unwrap_or(c)
    } else {
        c
    }
}

/// The characters of `c` lower-cased, as `char::to_lowercase` yields them: one, or two for
/// 'İ' ("i" and a combining dot above).
pub fn lower_chars(c: char) -> impl Iterator<Item = char> + Clone {
    std::iter::once(lower_char(c)).chain((c == '\u{130}').then_some('\u{307}'))
}

/// `s` lower-cased, as `str::to_lowercase` does it: [`lower_chars`] for each character, and a
/// capital sigma at the end of a word becomes 'ς'. Whether a sigma ends a word is judged with
/// `char::is_lowercase`/`is_uppercase` and the titlecase letters for "cased", and the common
/// marks, apostrophes and format characters for "case-ignorable" (Unicode's full list of the
/// latter is a table this module exists to leave out).
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lowercase_into(s, &mut out);
    out
}

/// Appends `s` lower-cased (as [`lowercase`]) to `out`.
pub fn lowercase_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let after = &s[i + c.len_utf8()..];
            let last =
                ignorable_then_cased(s[..i].chars().rev()) && !ignorable_then_cased(after.chars());
            out.push(if last { 'ς' } else { 'σ' });
        } else {
            out.extend(lower_chars(c));
        }
    }
}

/// Calls `f` with `s` lower-cased, without allocating for a short ASCII word (the usual case
/// of a word looked up in a list).
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if s.len() <= buf.len() && s.is_ascii() {
        let bytes = &mut buf[..s.len()];
        bytes.copy_from_slice(s.as_bytes());
        bytes.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(bytes) {
            return f(lower);
        }
    }
    f(&lowercase(s))
}

/// Whether the first character of `chars` that is not case-ignorable is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| !case_ignorable(c))
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase() || titlecase(c))
}

/// The titlecase letters (general category Lt): "ǅ", "ᾈ" and their kin.
fn titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}'
    ) || matches!(c, '\u{1f88}'..='\u{1faf}') && (c as u32 & 0xf) >= 8
}

/// The common case-ignorable characters: combining marks, modifier letters and symbols,
/// apostrophes and word-internal punctuation, and invisible format characters.
fn case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}'
            | '\u{b8}' | '\u{2b0}'..='\u{36f}' | '\u{374}' | '\u{375}' | '\u{37a}' | '\u{384}'
            | '\u{385}' | '\u{387}' | '\u{483}'..='\u{489}' | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}' | '\u{200b}'..='\u{200f}' | '\u{2018}' | '\u{2019}'
            | '\u{2024}' | '\u{2027}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{20d0}'..='\u{20f0}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
            | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs `char::to_lowercase` gives, in the encoding of [`RUNS`].
    fn runs_of_std() -> Vec<(u32, i32)> {
        let pairs: Vec<(u32, u32)> = (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x != c => Some((c as u32, x as u32)),
                    _ => None,
                }
            })
            .collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < pairs.len() {
            let (start, to) = pairs[i];
            let offset = to as i32 - start as i32;
            let (len, stride) = [1u32, 2]
                .map(|stride| {
                    let len = pairs[i..]
                        .iter()
                        .zip(0..)
                        .take_while(|&(&(a, b), k)| {
                            a == start + stride * k && b as i32 - a as i32 == offset
                        })
                        .count() as u32;
                    (len, stride)
                })
                .into_iter()
                .max_by_key(|&(len, stride)| (len, std::cmp::Reverse(stride)))
                .unwrap();
            runs.push((start | (stride - 1) << 21 | len << 22, offset));
            i += len as usize;
        }
        runs
    }

    #[test]
    fn runs_are_the_standard_librarys() {
        let runs = runs_of_std();
        if runs != RUNS {
            let table: Vec<String> = runs
                .iter()
                .map(|(k, o)| format!("(0x{k:08x}, {o})"))
                .collect();
            panic!(
                "RUNS is out of date ({} runs); new table:\n{}",
                runs.len(),
                table.join(", ")
            );
        }
    }

    #[test]
    fn every_code_point_lower_cases_as_the_standard_library() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert!(
                lower_chars(c).eq(c.to_lowercase()),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
    }

    #[test]
    fn strings_lower_case_as_the_standard_library() {
        for s in [
            "ΟΔΥΣΣΕΑΣ",
            "Σ",
            "ΑΣ'",
            "ΑΣ' Β",
            "ΑΣ\u{301}Β",
            "ΑΣ.",
            "ΑΣ-Β",
            "'Σ'",
            "ǅΣ",
            "Ǉ ǈ ǉ",
            "İstanbul",
            "Straße ẞ",
            "Ꭰ Ᏸ ꭰ",
            "Kota BANDUNG, Jawa Barat",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_1() {
        use crate::support::case::lowercase;
        assert_eq!(
            lowercase("Jakarta ÇAĞRI ΟΔΥΣΣΕΑΣ"),
            "jakarta çağri οδυσσεας"
        );
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_2() {
        use crate::support::case::lower_char;
        assert_eq!(lower_char('Ğ'), 'ğ');
        assert_eq!(lower_char('ß'), 'ß');
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_3() {
        use crate::support::case::lower_chars;
        assert_eq!(lower_chars('İ').collect::<String>(), "i\u{307}");
        assert_eq!(lower_chars('K').collect::<String>(), "k");
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_4() {
        use crate::support::case::lowercase;
        assert_eq!(lowercase("ΣΟΦΟΣ Σ"), "σοφος σ");
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_5() {
        use crate::support::case::lowercase_into;
        let mut key = String::from("kota ");
        lowercase_into("BANDUNG", &mut key);
        assert_eq!(key, "kota bandung");
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_6() {
        use crate::support::case::with_lowercase;
        assert!(with_lowercase("Senin", |w| w == "senin"));
        assert!(with_lowercase("ΣΟΦΟΣ", |w| w == "σοφος"));
    }

    /// Every string of up to four characters over Greek and Latin with the marks and apostrophes
    /// that decide a final sigma lower-cases as the standard library does.
    #[test]
    fn lower_case_as_the_standard_library() {
        let alphabet: Vec<char> = "ΣΑσςa Z'.\u{301}\u{2019}\u{ad}İ-".chars().collect();
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
            }
            strings = longer;
        }
    }
}
