//! Word tokens with byte spans, for the entity finder.
use crate::support::chars::{is_alphabetic, is_alphanumeric};

/// A token of a text: a word, a number, a URL or one punctuation character (`...` is one).
///
/// ```
/// let text = "Kim tiba di AS. Harga naik 3,5%.";
/// let words: Vec<&str> = baca::text::ner::tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Kim", "tiba", "di", "AS", ".", "Harga", "naik", "3,5", "%", "."]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || matches!(c, '\u{300}'..='\u{36F}')
}

/// The character at byte `i` of `text` (a boundary), decoding ASCII without the UTF-8 machinery.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// The tokens of `text`. Words keep inner hyphens, apostrophes, periods ("U.S.", "p.dw.com"),
/// and digit separators ("2.262,6", "12/09", "08:20"); URLs and e-mail addresses are one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokens.extend(Tokens::new(text, 0));
    tokens
}

/// The tokens of a text from a byte offset on, one at a time (see [`tokenize`]): a long text
/// can be read a bounded number of tokens at a time.
///
/// ```
/// use baca::text::ner::Tokens;
/// let text = "Kim tiba di AS. Harga naik.";
/// let next: Vec<&str> = Tokens::new(text, 12).take(2).map(|t| t.text(text)).collect();
/// assert_eq!(next, ["AS", "."]);
/// ```
pub struct Tokens<'t> {
    text: &'t str,
    i: usize,
}

impl<'t> Tokens<'t> {
    /// The tokens of `text` from byte `at` (a char boundary) on.
    pub fn new(text: &'t str, at: usize) -> Tokens<'t> {
        Tokens { text, i: at }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.i;
        let token = loop {
            let c = char_at(text, i)?;
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            let start = i;
            if is_word_char(c) {
                i = word_end(text, i);
                // URLs: a scheme or "www." runs to the next whitespace.
                let word = &text[start..i];
                let rest = &text[i..];
                if (word.eq_ignore_ascii_case("http") || word.eq_ignore_ascii_case("https"))
                    && rest.starts_with("://")
                    || (word
                        .get(..4)
                        .is_some_and(|w| w.eq_ignore_ascii_case("www."))
                        && rest.is_empty())
                {
                    i += rest.find(char::is_whitespace).unwrap_or(rest.len());
                    while i > start && matches!(bytes[i - 1], b'.' | b',' | b')' | b'"' | b'\'') {
                        i -= 1;
                    }
                }
            } else if c == '.' && text[i..].starts_with("...") {
                i += 3;
            } else {
                i += c.len_utf8();
            }
            break Token { start, end: i };
        };
        self.i = i;
        Some(token)
    }
}

/// The end of the word starting at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut at = start;
    let mut prev: Option<char> = None;
    let bytes = text.as_bytes();
    loop {
        // A run of ASCII letters and digits, the common case, byte by byte.
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if run > 0 {
            at += run;
            end = at;
            prev = Some(char::from(bytes[at - 1]));
        }
        let Some(c) = char_at(text, at) else { break };
        let after = at + c.len_utf8();
        if is_word_char(c) {
            end = after;
            prev = Some(c);
            at = after;
            continue;
        }
        let next = char_at(text, after);
        let joins = match (prev, next) {
            (Some(p), Some(n)) if is_word_char(n) => match c {
                '-' | '_' | '&' | '@' | '.' => true,
                '\'' | '’' => is_alphabetic(p) && is_alphabetic(n),
                ',' | '/' | ':' => p.is_ascii_digit() && n.is_ascii_digit(),
                _ => false,
            },
            _ => false,
        };
        if joins {
            prev = Some(c);
            at = after;
            continue;
        }
        // The final period of a dotted abbreviation: "U.S.", "a.m.".
        if c == '.' && is_dotted_letters(&text[start..at]) {
            end = at + 1;
        }
        break;
    }
    end
}

/// Single letters separated by periods: "U.S", "a.m", "J.R.R".
fn is_dotted_letters(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("Korea Utara (Korut) pada Selasa (12/09), kata \"Seoul\"."),
            [
                "Korea", "Utara", "(", "Korut", ")", "pada", "Selasa", "(", "12/09", ")", ",",
                "kata", "\"", "Seoul", "\"", "."
            ]
        );
        assert_eq!(
            words("the U.S. and a.m. Jum'at anti-tank COVID-19"),
            [
                "the",
                "U.S.",
                "and",
                "a.m.",
                "Jum'at",
                "anti-tank",
                "COVID-19"
            ]
        );
        assert_eq!(
            words("Rp 2.262,6 triliun pukul 08.20"),
            ["Rp", "2.262,6", "triliun", "pukul", "08.20"]
        );
        assert_eq!(
            words("lihat https://p.dw.com/p/4WDgl. Lalu"),
            ["lihat", "https://p.dw.com/p/4WDgl", ".", "Lalu"]
        );
        assert_eq!(words("tunggu... ya"), ["tunggu", "...", "ya"]);
    }
}
