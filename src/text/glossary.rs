//! The user's glossary: terms with a type, a target-language equivalent and a note, read from
//! JSON or from TSV as OmegaT writes it (source<TAB>target<TAB>comment). Entries are matched
//! case-insensitively on word boundaries, longest first, and override what baca detects.

use crate::text::case::{lower_chars, lowercase};
use crate::text::chars::is_alphanumeric;
use crate::text::lang::FnvMap as HashMap;

use serde::Serialize;

use super::json::Json;
use super::EntityKind;

/// One glossary entry.
///
/// ```
/// use baca::text::{Glossary, GlossaryEntry};
/// let g = Glossary::from_tsv("Kemlu\tForeign Ministry\tIndonesia's foreign ministry").unwrap();
/// let e: &GlossaryEntry = &g.entries()[0];
/// assert_eq!((e.source.as_str(), e.target.as_deref()), ("Kemlu", Some("Foreign Ministry")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GlossaryEntry {
    /// The term as it appears in texts.
    pub source: String,
    /// Its equivalent in the target language.
    pub target: Option<String>,
    /// A note or description.
    pub comment: Option<String>,
    /// What it is, if the entry says (otherwise detection decides, else "other").
    pub kind: Option<EntityKind>,
}

/// A glossary: entries, indexed for matching.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    entries: Vec<GlossaryEntry>,
}

/// Why a glossary file could not be read. The message names the line or entry and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlossaryError(pub String);

impl std::fmt::Display for GlossaryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GlossaryError {}

/// How many characters a glossary field may hold.
const MAX_FIELD: usize = 1000;

fn field(value: &str, what: &str, at: &str) -> Result<Option<String>, GlossaryError> {
    let v = value.trim();
    if v.chars().count() > MAX_FIELD {
        return Err(GlossaryError(format!(
            "{at}: {what} is longer than {MAX_FIELD} characters"
        )));
    }
    Ok((!v.is_empty()).then(|| v.to_owned()))
}

impl Glossary {
    /// A glossary from entries (empty sources are an error).
    pub fn new(entries: Vec<GlossaryEntry>) -> Result<Glossary, GlossaryError> {
        for (i, e) in entries.iter().enumerate() {
            if e.source.trim().is_empty() {
                return Err(GlossaryError(format!(
                    "entry {}: the source term is empty",
                    i + 1
                )));
            }
        }
        Ok(Glossary { entries })
    }

    /// This glossary with `other`'s entries added; where both have a term (compared ignoring
    /// ASCII case), `other`'s entry wins.
    ///
    /// ```
    /// use baca::text::Glossary;
    /// let site = Glossary::from_tsv("Korut\tNorth Korea\nAS\tUS").unwrap();
    /// let mine = Glossary::from_tsv("korut\tthe DPRK").unwrap();
    /// let both = site.merged(&mine);
    /// assert_eq!(both.to_tsv(), "AS\tUS\nkorut\tthe DPRK\n");
    /// ```
    pub fn merged(&self, other: &Glossary) -> Glossary {
        let mut entries: Vec<GlossaryEntry> = self
            .entries
            .iter()
            .filter(|e| {
                !other
                    .entries
                    .iter()
                    .any(|o| o.source.eq_ignore_ascii_case(&e.source))
            })
            .cloned()
            .collect();
        entries.extend(other.entries.iter().cloned());
        Glossary { entries }
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[GlossaryEntry] {
        &self.entries
    }

    /// Whether the glossary has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Reads OmegaT's TSV: `source<TAB>target[<TAB>comment]` per line; blank lines and lines
    /// starting with `#` are skipped. A `type: person` (place, organization, other) comment
    /// sets the type.
    ///
    /// ```
    /// let err = baca::text::Glossary::from_tsv("Kim\tKim\nno tab here").unwrap_err();
    /// assert_eq!(err.to_string(), "line 2: expected source<TAB>target[<TAB>comment], found no tab");
    /// ```
    pub fn from_tsv(text: &str) -> Result<Glossary, GlossaryError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let at = format!("line {}", n + 1);
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 {
                return Err(GlossaryError(format!(
                    "{at}: expected source<TAB>target[<TAB>comment], found no tab"
                )));
            }
            if cols.len() > 3 {
                return Err(GlossaryError(format!(
                    "{at}: expected at most 3 columns, found {}",
                    cols.len()
                )));
            }
            let source = field(cols[0], "the source term", &at)?
                .ok_or_else(|| GlossaryError(format!("{at}: the source term is empty")))?;
            let target = field(cols[1], "the target term", &at)?;
            let comment = match cols.get(2) {
                Some(c) => field(c, "the comment", &at)?,
                None => None,
            };
            let kind = comment.as_deref().and_then(|c| {
                let c = c.trim().to_ascii_lowercase();
                c.strip_prefix("type:")
                    .and_then(|t| EntityKind::from_name(t.split([',', ';']).next().unwrap_or("")))
            });
            entries.push(GlossaryEntry {
                source,
                target,
                comment,
                kind,
            });
        }
        Ok(Glossary { entries })
    }

    /// Reads JSON: an array of entries, or `{"entries": [...]}`; each entry an object with
    /// `source` (or `term`), and optional `target`, `type`, `description` (or `comment`).
    ///
    /// ```
    /// let g = baca::text::Glossary::from_json(r#"[{"source":"Korut","target":"North Korea","type":"place"}]"#).unwrap();
    /// assert_eq!(g.entries()[0].kind, Some(baca::text::EntityKind::Place));
    /// let err = baca::text::Glossary::from_json(r#"[{"source":"X","type":"planet"}]"#).unwrap_err();
    /// assert!(err.to_string().starts_with("entry 1: \"type\" must be one of"));
    /// ```
    pub fn from_json(text: &str) -> Result<Glossary, GlossaryError> {
        let value = Json::parse(text).map_err(|e| {
            GlossaryError(format!("line {}: not valid JSON: {}", e.line, e.message))
        })?;
        let list = match value
            .as_array()
            .or_else(|| value.get("entries").and_then(Json::as_array))
        {
            Some(list) => list,
            None => {
                return Err(GlossaryError(
                    "expected an array of entries or {\"entries\": [...]}".into(),
                ))
            }
        };
        let mut entries = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let at = format!("entry {}", i + 1);
            let obj = item
                .as_object()
                .ok_or_else(|| GlossaryError(format!("{at}: expected an object")))?;
            for key in obj.iter().map(|(k, _)| k) {
                if !matches!(
                    key.as_str(),
                    "source" | "term" | "target" | "type" | "description" | "comment"
                ) {
                    return Err(GlossaryError(format!("{at}: unknown field \"{key}\"")));
                }
            }
            let text_field = |name: &str| -> Result<Option<String>, GlossaryError> {
                match item.get(name) {
                    None | Some(Json::Null) => Ok(None),
                    Some(Json::String(s)) => field(s, &format!("\"{name}\""), &at),
                    Some(_) => Err(GlossaryError(format!("{at}: \"{name}\" must be a string"))),
                }
            };
            let source = match text_field("source")? {
                Some(s) => Some(s),
                None => text_field("term")?,
            }
            .ok_or_else(|| GlossaryError(format!("{at}: \"source\" is missing or empty")))?;
            let kind = match text_field("type")? {
                None => None,
                Some(t) => Some(EntityKind::from_name(&t).ok_or_else(|| {
                    GlossaryError(format!("{at}: \"type\" must be one of person, place, organization, other, not \"{t}\""))
                })?),
            };
            let comment = match text_field("description")? {
                Some(d) => Some(d),
                None => text_field("comment")?,
            };
            entries.push(GlossaryEntry {
                source,
                target: text_field("target")?,
                comment,
                kind,
            });
        }
        Ok(Glossary { entries })
    }

    /// Reads JSON if the text starts with `[` or `{`, else TSV.
    pub fn parse(text: &str) -> Result<Glossary, GlossaryError> {
        let t = text.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('[') || t.starts_with('{') {
            Glossary::from_json(text)
        } else {
            Glossary::from_tsv(text)
        }
    }

    /// This glossary as OmegaT TSV.
    ///
    /// ```
    /// let g = baca::text::Glossary::from_tsv("Korut\tNorth Korea\tshort form").unwrap();
    /// assert_eq!(g.to_tsv(), "Korut\tNorth Korea\tshort form\n");
    /// ```
    pub fn to_tsv(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        self.entries
            .iter()
            .map(|e| {
                let mut line = format!(
                    "{}\t{}",
                    clean(&e.source),
                    clean(e.target.as_deref().unwrap_or(""))
                );
                if let Some(c) = &e.comment {
                    line.push('\t');
                    line.push_str(&clean(c));
                }
                line.push('\n');
                line
            })
            .collect()
    }

    /// Every match in `text`, longest first where matches overlap, in text order: `(byte start,
    /// byte end, entry index)`. Matching ignores case and respects word boundaries.
    ///
    /// ```
    /// let g = baca::text::Glossary::from_tsv("korea utara\tNorth Korea\nKorea\tKorea").unwrap();
    /// let text = "Pemimpin KOREA UTARA dan Korea.";
    /// let found: Vec<_> = g.matches(text).into_iter().map(|(s, e, i)| (&text[s..e], i)).collect();
    /// assert_eq!(found, [("KOREA UTARA", 0), ("Korea", 1)]);
    /// ```
    pub fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        if self.entries.is_empty() {
            return Vec::new();
        }
        // Entries by their first word, lower case; longest first.
        let mut index: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, e) in self.entries.iter().enumerate() {
            let first = e
                .source
                .split(|c: char| !is_alphanumeric(c))
                .find(|w| !w.is_empty())
                .unwrap_or("");
            index.entry(lowercase(first)).or_default().push(i);
        }
        for list in index.values_mut() {
            crate::text::sort::sort_by_key(list, |&i| {
                std::cmp::Reverse(self.entries[i].source.chars().count())
            });
        }
        let mut out = Vec::new();
        let mut pos = 0;
        let is_word = |c: char| is_alphanumeric(c);
        while pos < text.len() {
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            let at_boundary = is_word(c) && !text[..pos].chars().next_back().is_some_and(is_word);
            if !at_boundary {
                pos += c.len_utf8();
                continue;
            }
            let word_end = text[pos..]
                .find(|c: char| !is_word(c))
                .map_or(text.len(), |k| pos + k);
            let word = lowercase(&text[pos..word_end]);
            let mut matched = None;
            if let Some(candidates) = index.get(&word) {
                for &i in candidates {
                    if let Some(end) = match_ignoring_case(text, pos, &self.entries[i].source) {
                        if !text[end..].chars().next().is_some_and(is_word) {
                            matched = Some((end, i));
                            break;
                        }
                    }
                }
            }
            match matched {
                Some((end, i)) => {
                    out.push((pos, end, i));
                    pos = end.max(pos + 1);
                }
                None => pos = word_end,
            }
        }
        out
    }
}

/// The end of `term` matched at `start` in `text`, ignoring case and treating runs of
/// whitespace as equal.
fn match_ignoring_case(text: &str, start: usize, term: &str) -> Option<usize> {
    let mut t = text[start..].char_indices().peekable();
    let mut end = start;
    let mut term_chars = term.trim().chars().peekable();
    while let Some(tc) = term_chars.next() {
        if tc.is_whitespace() {
            while term_chars.peek().is_some_and(|c| c.is_whitespace()) {
                term_chars.next();
            }
            let mut any = false;
            while let Some(&(k, c)) = t.peek() {
                if !c.is_whitespace() {
                    break;
                }
                any = true;
                end = start + k + c.len_utf8();
                t.next();
            }
            if !any {
                return None;
            }
            continue;
        }
        let (k, c) = t.next()?;
        if !(c == tc || lower_chars(c).eq(lower_chars(tc))) {
            return None;
        }
        end = start + k + c.len_utf8();
    }
    Some(end)
}
