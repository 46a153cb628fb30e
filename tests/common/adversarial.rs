//! Adversarial text families for the fuzz harness (`tests/fuzz.rs`) and the worst-case
//! benchmark (`examples/worst_case.rs`): text nobody planned for, of any size, from a seed.
//! Deterministic: the same family, seed and size give the same text on every machine.
#![allow(dead_code)]

/// A small xorshift generator: deterministic, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A family's generator: text of about `size` bytes from a generator.
pub type Generate = fn(&mut Rng, usize) -> String;

/// The families, by name: what a page may hold that no article does.
pub const FAMILIES: &[(&str, Generate)] = &[
    ("base64 lines", base64_lines),
    ("one huge token", huge_token),
    ("Title Case runs", title_case),
    ("acronym storm", acronyms),
    ("acronyms naming each other", linked_acronyms),
    ("words glued by periods", glued_periods),
    ("brackets before the periods", open_brackets),
    ("old Mac line ends", mac_lines),
    ("unclosed parentheses after names", unclosed_after_names),
    ("nested parentheses", nested_parens),
    ("chains of initials", initials),
    ("punctuation and quotes", punctuation),
    ("mixed scripts, combining marks", mixed_scripts),
    ("ZWJ emoji", emoji),
    ("RTL with bidi controls", rtl),
    ("BOM, U+2028, controls", separators),
    ("one very long line", long_line),
    ("blank lines", blank_lines),
    ("minified script", minified),
    ("table of codes", codes),
    ("repeated names", repeated_names),
    ("seed mutations", seed_mutations),
];

/// Ordinary news: the seed article, repeated to `size` (the baseline of the worst-case table).
pub fn news(_: &mut Rng, size: usize) -> String {
    repeat_to(SEED, size, "\n\n")
}

/// The demo's copy of the seed article (in the repository, so that a clone has it).
pub const SEED: &str = include_str!("../../www/demo/article.txt");

fn repeat_to(unit: &str, size: usize, sep: &str) -> String {
    let mut out = String::with_capacity(size + unit.len());
    while out.len() < size {
        out.push_str(unit);
        out.push_str(sep);
    }
    out
}

fn fill(size: usize, rng: &mut Rng, mut piece: impl FnMut(&mut Rng, &mut String)) -> String {
    let mut out = String::with_capacity(size + 64);
    while out.len() < size {
        piece(rng, &mut out);
    }
    out
}

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Random bytes as base64 in lines of 64, 76 or 80 columns.
pub fn base64_lines(rng: &mut Rng, size: usize) -> String {
    let width = rng.pick(&[64, 76, 80]);
    let mut col = 0;
    let mut out = fill(size, rng, |rng, out| {
        out.push(B64[rng.below(64)] as char);
        col += 1;
        if col == width {
            out.push('\n');
            col = 0;
        }
    });
    out.push_str("==");
    out
}

/// One token of letters (or letters and digits, or a hash) as long as the input.
pub fn huge_token(rng: &mut Rng, size: usize) -> String {
    let kind = rng.below(4);
    let mut out = String::from(rng.pick(&["Kata ", "", "data:image/png;base64,", "Dia "]));
    out.push_str(&fill(size, rng, |rng, out| {
        let c = match kind {
            0 => (b'a' + rng.below(26) as u8) as char,
            1 => B64[rng.below(62)] as char,
            2 => b"0123456789abcdef"[rng.below(16)] as char,
            _ => rng.pick(&['é', 'ß', 'а', 'A', 'b', 'Ü']),
        };
        out.push(c);
    }));
    out.push_str(rng.pick(&["", ".", " selesai.", "?"]));
    out
}

const WORDS: &[&str] = &[
    "Polisi",
    "Tangkap",
    "Pencuri",
    "Motor",
    "di",
    "Pasar",
    "Baru",
    "Presiden",
    "Rusia",
    "Kim",
    "Jong",
    "Un",
    "Bank",
    "Indonesia",
    "The",
    "New",
    "York",
    "Times",
    "Of",
    "and",
    "Dan",
    "Jakarta",
    "Utara",
    "Kementerian",
    "Luar",
    "Negeri",
    "Vladimir",
    "Putin",
    "Juru",
    "Bicara",
    "Kremlin",
    "Dmitry",
    "Peskov",
    "Sri",
    "Mulyani",
    "Washington",
    "Partai",
    "Piala",
    "Dunia",
    "Jalan",
    "Kota",
    "Bandung",
    "Gubernur",
    "Menteri",
    "Senin",
    "Video",
];

/// Runs of capitalised words, as in headlines, menus and tag lists, with few terminators.
pub fn title_case(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        let w = rng.pick(WORDS);
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            out.extend(c.to_uppercase());
            out.push_str(cs.as_str());
        }
        out.push_str(match rng.below(60) {
            0 => ". ",
            1 => "\n",
            2 => ", ",
            _ => " ",
        });
    })
}

/// Acronyms everywhere, defined and not: "ABC", "(DEF)", "G20", "KPK-RI".
pub fn acronyms(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        let len = 2 + rng.below(5);
        let acronym: String = (0..len)
            .map(|_| {
                let range = if rng.chance(50) { 26 } else { 4 };
                (b'A' + rng.below(range) as u8) as char
            })
            .collect();
        match rng.below(6) {
            0 => out.push_str(&format!("({acronym}) ")),
            1 => out.push_str(&format!(
                "{} {} ({acronym}) ",
                rng.pick(WORDS),
                rng.pick(WORDS)
            )),
            2 => out.push_str(&format!("{acronym}{} ", rng.below(100))),
            3 => out.push_str(&format!("{acronym}. ")),
            _ => out.push_str(&format!("{acronym} ")),
        }
    })
}

/// Names defining in parentheses acronyms that spell other names' initials ("Northern Bank
/// (GUT) … Grand Union Trust (NB)"), and standing alone: chains and rings of aliases for
/// linking to merge (a ring of three once hung it).
pub fn linked_acronyms(rng: &mut Rng, size: usize) -> String {
    const PARTS: &[&str] = &[
        "Northern", "Bank", "Grand", "Union", "Trust", "Southern", "Coast", "Komisi", "Badan",
        "Pusat", "Partai", "Agency", "Council", "Nasional", "Bursa", "Efek",
    ];
    // A few names at a time, so that acronyms meet the names they spell.
    let mut names: Vec<String> = Vec::new();
    fill(size, rng, |rng, out| {
        if names.len() < 2 || rng.chance(20) {
            let len = 2 + rng.below(2);
            let name: Vec<&str> = (0..len).map(|_| rng.pick(PARTS)).collect();
            names.push(name.join(" "));
            if names.len() > 6 {
                names.remove(0);
            }
        }
        let name = names[rng.below(names.len())].clone();
        let other = &names[rng.below(names.len())];
        let initials: String = other.split(' ').filter_map(|w| w.chars().next()).collect();
        match rng.below(4) {
            0 => out.push_str(&format!("{initials} said so. ")),
            1 => out.push_str(&format!("The {name} met them. ")),
            _ => out.push_str(&format!(
                "The {name} ({initials}) met {} on Monday. ",
                rng.pick(WORDS)
            )),
        }
        if rng.chance(5) {
            out.push_str("\n\n");
        }
    })
}

/// Words glued by periods without a space ("Ab.Cd.Ef…", minified code, dotted paths): a
/// period between a word and a capital may end a sentence, and once each read the rest of
/// the text.
pub fn glued_periods(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        out.push_str(rng.pick(&["Cd", "Ab", "Kota", "Ef3", "Xy"]));
        out.push(rng.pick(&['.', '.', '.', '!', ',']));
    })
}

/// A long run of opening brackets and quotes, then sentences that never end (a lower-case word
/// after each period): whether a word opens its sentence was read from the sentence's start.
pub fn open_brackets(rng: &mut Rng, size: usize) -> String {
    let mut out = String::with_capacity(size + 64);
    while out.len() < size / 2 {
        out.push(rng.pick(&['(', '[', '"', '“', '«']));
    }
    out.push_str(" kata");
    while out.len() < size {
        out.push_str(rng.pick(&[". kata", ". dan", "! juga", ". di"]));
    }
    out
}

/// Lines ended by a lone carriage return (old Mac files), blank lines among them, now and then
/// a line feed: a paragraph's shape was read to the end of the text from every paragraph.
pub fn mac_lines(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        out.push_str(rng.pick(&["Ab cd", "Presiden Joko tiba", "Ef gh.", "Kim"]));
        out.push_str(rng.pick(&["\r", "\r", "\r\r", "\n", "\r\n"]));
    })
}

/// Names each followed by an opening parenthesis that no ")" closes nearby: each name's alias
/// was sought up to the block's end.
pub fn unclosed_after_names(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        out.push_str(rng.pick(&["Jakarta (", "Rusia ( ", "Joko Widodo (", "London ("]));
    })
}

/// Parentheses nested deep, with names inside and around them, some never closed.
pub fn nested_parens(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| match rng.below(5) {
        0 | 1 => out.push('('),
        2 => out.push(')'),
        3 => out.push_str(&format!("{} ", rng.pick(WORDS))),
        _ => out.push_str(&format!("({}) ", rng.pick(WORDS).to_uppercase())),
    })
}

/// Chains of initials: "A. B. C. D.", "J.R.R.", "M. S. Dhoni".
pub fn initials(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        let c = (b'A' + rng.below(26) as u8) as char;
        match rng.below(10) {
            0 => out.push_str(&format!("{c}.")),
            1 => out.push_str(&format!("{} ", rng.pick(WORDS))),
            2 => out.push_str(&format!("{c}.{}. ", (b'A' + rng.below(26) as u8) as char)),
            _ => out.push_str(&format!("{c}. ")),
        }
    })
}

/// Storms of punctuation and quotes of every kind, terminators and ellipses among them.
pub fn punctuation(rng: &mut Rng, size: usize) -> String {
    const P: &[&str] = &[
        ".", "?", "!", "…", "\"", "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", ",", ";",
        ":", "-", "—", "–", " ", " ", "...", "?!", "。", "！", "¿", "¡", "/", "•", "*", "“Kata",
        " Dia.", "\n",
    ];
    fill(size, rng, |rng, out| out.push_str(rng.pick(P)))
}

/// Latin, Cyrillic, Greek, Devanagari, Thai, Han and Hangul, with stacks of combining marks.
pub fn mixed_scripts(rng: &mut Rng, size: usize) -> String {
    const S: &[&str] = &[
        "Москва",
        "Αθήνα",
        "दिल्ली",
        "กรุงเทพ",
        "北京",
        "서울",
        "Zürich",
        "İstanbul",
        "Ǆemal",
        "ﬁn",
        "ΣΑΣ",
        "ßẞ",
        "Łódź",
        ".",
        " ",
        " ",
        "।",
        "。",
        "Ａｂｃ",
    ];
    const MARKS: &[char] = &[
        '\u{301}', '\u{308}', '\u{327}', '\u{20DD}', '\u{0E31}', '\u{093F}',
    ];
    fill(size, rng, |rng, out| {
        out.push_str(rng.pick(S));
        let most = if rng.chance(5) { 40 } else { 3 };
        for _ in 0..rng.below(most) {
            out.push(rng.pick(MARKS));
        }
        out.push(' ');
    })
}

/// Emoji joined with ZWJ, skin tones, flags and keycaps, between words.
pub fn emoji(rng: &mut Rng, size: usize) -> String {
    const E: &[&str] = &[
        "👩\u{200D}👩\u{200D}👧\u{200D}👦",
        "🏳\u{FE0F}\u{200D}🌈",
        "👍🏽",
        "🇮🇩",
        "🇷🇺",
        "1\u{FE0F}\u{20E3}",
        "\u{200D}",
        "Kim",
        "Putin.",
        " ",
        "🙂",
        "🧑🏿\u{200D}🚀",
    ];
    fill(size, rng, |rng, out| out.push_str(rng.pick(E)))
}

/// Arabic and Hebrew with bidi controls and Latin names inside.
pub fn rtl(rng: &mut Rng, size: usize) -> String {
    const R: &[&str] = &[
        "مرحبا",
        "بوتين",
        "في",
        "موسكو",
        ".",
        "؟",
        "،",
        "שלום",
        "ירושלים",
        "\u{200F}",
        "\u{202E}",
        "\u{2067}",
        "\u{2069}",
        "Putin",
        "(KCNA)",
        " ",
        " ",
        "\u{061C}",
    ];
    fill(size, rng, |rng, out| out.push_str(rng.pick(R)))
}

/// BOMs, line and paragraph separators, NULs and other controls between ordinary words.
pub fn separators(rng: &mut Rng, size: usize) -> String {
    const S: &[&str] = &[
        "\u{FEFF}", "\u{2028}", "\u{2029}", "\0", "\u{7}", "\r", "\r\n", "\u{85}", "\u{B}",
        "\u{C}", "\u{200B}", "\u{AD}", "\u{A0}", "Kim", "Jong", "Un", "tiba.", " ", "Rusia", "\t",
    ];
    fill(size, rng, |rng, out| out.push_str(rng.pick(S)))
}

/// Ordinary words in one line with no sentence end.
pub fn long_line(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        out.push_str(rng.pick(WORDS));
        out.push(' ');
    })
}

/// Thousands of blank lines (with spaces and tabs) between short paragraphs.
pub fn blank_lines(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| match rng.below(8) {
        0 => out.push_str("Kim tiba di Rusia."),
        1 => out.push_str(" \t"),
        _ => out.push('\n'),
    })
}

/// A minified script: identifiers, strings, braces and semicolons, no spaces.
pub fn minified(rng: &mut Rng, size: usize) -> String {
    const T: &[&str] = &[
        "function",
        "(a,b)",
        "{",
        "}",
        "return",
        "a.b",
        "=>",
        ";",
        "var",
        "e=",
        "\"Kim Jong Un\"",
        "window.Baca",
        "0x1f",
        ".prototype.",
        "||",
        "&&",
        "!0",
        "void 0",
        "JSON.parse(",
        ")",
        "new Date",
        "A.B.C",
        "'(X)'",
        "?",
        ":",
    ];
    fill(size, rng, |rng, out| out.push_str(rng.pick(T)))
}

/// A table of codes: rows of short capitalised codes, numbers and units.
pub fn codes(rng: &mut Rng, size: usize) -> String {
    fill(size, rng, |rng, out| {
        for _ in 0..6 {
            match rng.below(4) {
                0 => out.push_str(&format!(
                    "{}{}",
                    (b'A' + rng.below(26) as u8) as char,
                    rng.below(1000)
                )),
                1 => out.push_str(&format!("{}.{}", rng.below(100), rng.below(100))),
                2 => out.push_str(rng.pick(&["ID", "RU", "US", "Rp", "kg", "No.", "Tbk", "PT"])),
                _ => out.push_str(&format!("{:X}", rng.next() % 0xFFFFF)),
            }
            out.push(if rng.chance(50) { '\t' } else { ' ' });
        }
        out.push('\n');
    })
}

/// Thousands of distinct names, each repeated, with acronyms and short forms: the linking and
/// repeat search's worst case.
pub fn repeated_names(rng: &mut Rng, size: usize) -> String {
    const GIVEN: &[&str] = &[
        "Joko", "Sri", "Dmitry", "Vladimir", "Anies", "Maria", "John",
    ];
    fill(size, rng, |rng, out| {
        let a = rng.below(5000);
        let name = format!("{} Nama{a} Marga{}", rng.pick(GIVEN), a % 97);
        out.push_str(&format!(
            "Presiden {name} bertemu Nama{} di Kota{} ({}K{}). ",
            rng.below(5000),
            a % 300,
            (b'A' + rng.below(26) as u8) as char,
            a % 13
        ));
        if rng.chance(10) {
            out.push_str("\n\n");
        }
    })
}

/// The seed article with bytes flipped, runs duplicated, deleted and shuffled, at char
/// boundaries: valid UTF-8 that is almost news.
pub fn seed_mutations(rng: &mut Rng, size: usize) -> String {
    let base = repeat_to(SEED, size, "\n\n");
    let chars: Vec<char> = base.chars().collect();
    let mut out = String::with_capacity(size + size / 4);
    let mut i = 0;
    while i < chars.len() && out.len() < size + size / 4 {
        match rng.below(200) {
            0 => i += rng.below(50),
            1 => {
                let end = (i + rng.below(80)).min(chars.len());
                let run: String = chars[i..end].iter().collect();
                out.push_str(&run);
                out.push_str(&run);
                i = end;
            }
            2 => out.push(rng.pick(&['(', ')', '.', '"', '\n', 'A', '\u{301}', 'İ', ' '])),
            3 => {
                out.push_str(&chars[i].to_uppercase().to_string());
                i += 1;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}
