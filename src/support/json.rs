//! A small, strict JSON reader (RFC 8259) for the JSON baca reads: glossary files and the
//! reader's saved settings and work. Errors name the line. Numbers are kept as their text (baca
//! reads none but small integers). Nesting deeper than [`MAX_DEPTH`] is an error, not a stack
//! overflow. A general-purpose JSON library would add tens of kilobytes to the wasm for this.

use std::fmt;

/// How deeply arrays and objects may nest.
pub const MAX_DEPTH: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in file order (a repeated key keeps its first value for [`Json::get`]).
    Object(Vec<(String, Json)>),
}

/// Why a text is not JSON: the line (from 1) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for JsonError {}

impl Json {
    /// Parses a whole text (a leading byte-order mark is allowed).
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut p = Parser {
            s: text.as_bytes(),
            text,
            at: 0,
        };
        p.space();
        let value = p.value(0)?;
        p.space();
        if p.at < p.s.len() {
            return Err(p.error(format!("unexpected {} after the value", p.found())));
        }
        Ok(value)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A non-negative integer that fits in 64 bits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The items of an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object.
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// `s` as a JSON string literal, with quotes.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: String) -> JsonError {
        let line = 1 + self.s[..self.at.min(self.s.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        JsonError { line, message }
    }

    /// What is at the current position, for messages.
    fn found(&self) -> String {
        match self.text.get(self.at..).and_then(|r| r.chars().next()) {
            Some(c) => format!("'{c}'"),
            None => "the end of the text".to_owned(),
        }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.at) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        if self.s.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(format!("expected {what}, found {}", self.found())))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth >= MAX_DEPTH {
            return Err(self.error(format!("nested more than {MAX_DEPTH} deep")));
        }
        match self.s.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.space();
                if self.s.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.space();
                    if self.s.get(self.at) != Some(&b'"') {
                        return Err(self.error(format!(
                            "expected a member name in quotes, found {}",
                            self.found()
                        )));
                    }
                    let key = self.string()?;
                    self.space();
                    self.expect(b':', "':'")?;
                    self.space();
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    self.space();
                    match self.s.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => {
                            return Err(
                                self.error(format!("expected ',' or '}}', found {}", self.found()))
                            )
                        }
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.s.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    self.space();
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.s.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => {
                            return Err(
                                self.error(format!("expected ',' or ']', found {}", self.found()))
                            )
                        }
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error(format!("expected a value, found {}", self.found()))),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.s[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(format!("expected a value, found {}", self.found())))
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.s.get(p.at) {
                p.at += 1;
            }
            p.at > from
        };
        if self.s.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.s.get(self.at) == Some(&b'0');
        if !digits(self)
            || (leading_zero && self.at - start > 1 + usize::from(self.s[start] == b'-'))
        {
            return Err(self.error("a malformed number".to_owned()));
        }
        if self.s.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("a malformed number".to_owned()));
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.s.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("a malformed number".to_owned()));
            }
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    /// A string literal starting at the opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while let Some(&b) = self.s.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[run..self.at]);
            match self.s.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.s.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let high = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&high) {
                                if !self.s[self.at..].starts_with(b"\\u") {
                                    return Err(self.error(
                                        "an unpaired surrogate in a \\u escape".to_owned(),
                                    ));
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&low) {
                                    return Err(self.error(
                                        "an unpaired surrogate in a \\u escape".to_owned(),
                                    ));
                                }
                                0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                            } else {
                                high
                            };
                            out.push(char::from_u32(code).ok_or_else(|| {
                                self.error("an unpaired surrogate in a \\u escape".to_owned())
                            })?);
                            continue;
                        }
                        _ => {
                            return Err(self.error(format!(
                                "an unknown escape \\{}",
                                self.found().trim_matches('\'')
                            )))
                        }
                    };
                    out.push(escaped);
                    self.at += 1;
                }
                Some(_) => return Err(self.error("a control character inside a string".to_owned())),
                None => return Err(self.error("a string without its closing quote".to_owned())),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("a \\u escape without four hex digits".to_owned()))?;
        self.at += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_allows() {
        let v = Json::parse(
            " {\"a\": [1, -2.5e3, 0, \"x\\u00e9\\ud83d\\ude00\\n\"], \"b\": {}, \"c\": []}\n",
        )
        .unwrap();
        let a = v.get("a").and_then(Json::as_array).unwrap();
        assert_eq!(a[0], Json::Number("1".into()));
        assert_eq!(a[1], Json::Number("-2.5e3".into()));
        assert_eq!(a[3].as_str(), Some("xé😀\n"));
        assert_eq!(v.get("b"), Some(&Json::Object(vec![])));
    }

    #[test]
    fn refuses_what_json_does_not_allow_with_the_line() {
        for (text, line, message) in [
            ("[1,\n2,\n]", 3, "expected a value, found ']'"),
            ("{\"a\" 1}", 1, "expected ':', found '1'"),
            ("{'a': 1}", 1, "expected a member name in quotes, found '''"),
            ("[01]", 1, "a malformed number"),
            ("\"a\nb\"", 1, "a control character inside a string"),
            ("\"abc", 1, "a string without its closing quote"),
            ("[\"\\ud800\"]", 1, "an unpaired surrogate in a \\u escape"),
            ("[1] 2", 1, "unexpected '2' after the value"),
            ("", 1, "expected a value, found the end of the text"),
            ("[tru]", 1, "expected a value, found 't'"),
        ] {
            let e = Json::parse(text).unwrap_err();
            assert_eq!((e.line, e.message.as_str()), (line, message), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(Json::parse(&deep)
            .unwrap_err()
            .message
            .contains("nested more than"));
    }

    #[test]
    fn quote_round_trips() {
        for s in [
            "",
            "plain",
            "q\"uo\\te",
            "ctl\u{0}\u{1f}\t\r\n",
            "émoji 😀 </script>",
        ] {
            assert_eq!(Json::parse(&quote(s)).unwrap().as_str(), Some(s));
        }
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_1() {
        use crate::support::json::Json;
        let v = Json::parse(r#"{"source": "Korut", "n": 2, "tags": [true, null]}"#).unwrap();
        assert_eq!(v.get("source").and_then(Json::as_str), Some("Korut"));
        assert_eq!(v.get("n").and_then(Json::as_u64), Some(2));
        assert_eq!(
            Json::parse("[1,]").unwrap_err().to_string(),
            "line 1: expected a value, found ']'"
        );
    }

    /// What the documentation showed as an example.
    #[test]
    fn example_2() {
        assert_eq!(
            crate::support::json::quote("a\"b\n\u{1}"),
            r#""a\"b\n\u0001""#
        );
    }

    /// The same tree as serde_json's, with numbers as their text.
    #[cfg(not(target_arch = "wasm32"))]
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => {
                // serde_json's float parsing (without "float_roundtrip") may miss the last bit.
                let close =
                    |x: f64, y: f64| x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs());
                a == &b.to_string()
                    || a.parse::<f64>()
                        .ok()
                        .zip(b.as_f64())
                        .is_some_and(|(x, y)| close(x, y))
            }
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Object(a), Value::Object(b)) => {
                // serde_json keeps a repeated key's last value, this reader its first.
                let keys: std::collections::HashSet<&str> =
                    a.iter().map(|(k, _)| k.as_str()).collect();
                keys.len() == b.len()
                    && a.iter().all(|(k, v)| {
                        b.get(k).is_some_and(|w| {
                            a.iter().filter(|(j, _)| j == k).count() > 1 || same(v, w)
                        })
                    })
            }
            _ => false,
        }
    }

    // proptest is a native dev-dependency: these two run in the native test build.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The library it replaces: text of JSON's own characters, and JSON that serde_json
        /// wrote with one byte changed, is read or refused as serde_json reads or refuses it,
        /// and what is read is the same tree. One difference is known and kept: a number beyond
        /// f64's range ("1e400") is read as its text here, refused there.
        #[test]
        fn reads_and_refuses_as_serde_json_does(
            text in r#"[\[\]{}:,"\\/ \n0-9eE.+\-tfalsrunbuxA-F\u{e9}]{0,40}"#,
            written in written_json(),
            at in proptest::num::usize::ANY,
            byte in proptest::sample::select(b"[]{}:,\"\\/ 0e.-tnu\x01".to_vec()),
        ) {
            let mut mutated = written.into_bytes();
            let k = at % mutated.len().max(1);
            if let Some(b) = mutated.get_mut(k) {
                *b = byte;
            }
            for text in [text, String::from_utf8_lossy(&mutated).into_owned()] {
                let ours = Json::parse(&text);
                let theirs = serde_json::from_str::<serde_json::Value>(&text);
                if theirs.as_ref().is_err_and(|e| e.to_string().contains("out of range")) {
                    continue;
                }
                proptest::prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours);
                if let (Ok(a), Ok(b)) = (&ours, &theirs) {
                    proptest::prop_assert!(same(a, b), "{:?}: {:?} / {:?}", text, a, b);
                }
            }
        }

        /// JSON that serde_json writes, of any shape, reads back as the same tree.
        #[test]
        fn reads_what_serde_json_writes(text in written_json()) {
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            let ours = Json::parse(&text).unwrap();
            proptest::prop_assert!(same(&ours, &json), "{}", text);
        }
    }

    /// JSON as serde_json writes it: arrays and objects nested three deep, strings with
    /// escapes, quotes, backslashes, controls and non-ASCII, integers and fractions.
    #[cfg(not(target_arch = "wasm32"))]
    fn written_json() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            r#"[a-z\u{e9}\u{1F600}\n"\\\u{1}/]{0,6}"#.prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::vec(("[a-z\"]{0,3}", inner), 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
        .prop_map(|v| v.to_string())
    }
}
