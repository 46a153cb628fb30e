//! The user's glossary: terms with a type, a target-language equivalent and a note, read from
//! JSON or from TSV as OmegaT writes it (source<TAB>target<TAB>comment). Entries are matched
//! case-insensitively on word boundaries, longest first, and override what baca detects; a
//! name (an entry typed person, place or organisation) written with a capital matches only
//! where the text capitalises it too, so that "Rose" the person does not mark "a rose".

use crate::support::case::lower_chars;
use crate::support::chars::is_alphanumeric;
use crate::text::lang::FnvSet;

use serde::Serialize;

use super::EntityKind;
use crate::support::json::Json;

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

impl GlossaryEntry {
    /// The entry's note as a description: its comment without a `type: …` clause at its start
    /// (which only says what the entry is), if anything is left.
    ///
    /// ```
    /// let g = baca::text::Glossary::from_tsv("Retno\tRetno\ttype: person\nKPK\tKPK\ttype: org; anti-graft body").unwrap();
    /// assert_eq!(g.entries()[0].note(), None);
    /// assert_eq!(g.entries()[1].note(), Some("anti-graft body"));
    /// ```
    pub fn note(&self) -> Option<&str> {
        let c = self.comment.as_deref()?.trim();
        let rest = match c.get(..5) {
            Some(p) if p.eq_ignore_ascii_case("type:") => {
                c.find([',', ';']).map_or("", |k| &c[k + 1..])
            }
            _ => c,
        };
        Some(rest.trim()).filter(|r| !r.is_empty())
    }
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
    // U+FEFF too: a byte-order mark left inside a file (two files joined) is no part of a term.
    let v = value.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if v.chars().count() > MAX_FIELD {
        return Err(GlossaryError(format!(
            "{at}: {what} is longer than {MAX_FIELD} characters"
        )));
    }
    Ok((!v.is_empty()).then(|| v.to_owned()))
}

/// A term: one line, as TSV writes it. A tab or line break inside one (JSON can hold them) is a
/// space, so that a glossary exports as it was read. (A description keeps its line breaks.)
fn term(value: &str, what: &str, at: &str) -> Result<Option<String>, GlossaryError> {
    Ok(field(value, what, at)?.map(|v| v.replace(['\t', '\n', '\r'], " ")))
}

/// The lines of `text`, broken at "\n", "\r\n" or a lone "\r" (the old Mac line end, which
/// `str::lines` leaves inside a line).
fn tsv_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
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
        let theirs: FnvSet<String> = other
            .entries
            .iter()
            .map(|o| o.source.to_ascii_lowercase())
            .collect();
        let mut entries: Vec<GlossaryEntry> = self
            .entries
            .iter()
            .filter(|e| !theirs.contains(&e.source.to_ascii_lowercase()))
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

    /// Reads OmegaT's TSV: `source<TAB>target[<TAB>comment]` per line (lines end at "\n",
    /// "\r\n" or a lone "\r"); blank lines and lines whose first mark is `#` are skipped, so a
    /// term that begins with `#` is written `\#` (as [`Glossary::to_tsv`] writes it). A
    /// `type: person` (place, organization, other) comment sets the type.
    ///
    /// ```
    /// let err = baca::text::Glossary::from_tsv("Kim\tKim\nno tab here").unwrap_err();
    /// assert_eq!(err.to_string(), "line 2: expected source<TAB>target[<TAB>comment], found no tab");
    /// ```
    pub fn from_tsv(text: &str) -> Result<Glossary, GlossaryError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut entries = Vec::new();
        for (n, line) in tsv_lines(text).enumerate() {
            let at = format!("line {}", n + 1);
            let bare = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            if bare.is_empty() || bare.starts_with('#') {
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
                .map(|s| match s.strip_prefix("\\#") {
                    // A term beginning with "#" (a hashtag), written so as not to be a comment.
                    Some(rest) => format!("#{rest}"),
                    None => s,
                })
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
                let read = match name {
                    "source" | "term" | "target" => term,
                    _ => field,
                };
                match item.get(name) {
                    None | Some(Json::Null) => Ok(None),
                    Some(Json::String(s)) => read(s, &format!("\"{name}\""), &at),
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

    /// Reads JSON if the text starts with `[` or `{`, else TSV. TSV whose first term starts
    /// with a bracket (`[Draft] Kemlu<TAB>…`, as a TSV export may) is read as TSV when it is no
    /// JSON and its first line has a tab.
    pub fn parse(text: &str) -> Result<Glossary, GlossaryError> {
        let t = text.trim_start_matches('\u{feff}').trim_start();
        if !(t.starts_with('[') || t.starts_with('{')) {
            return Glossary::from_tsv(text);
        }
        match Glossary::from_json(text) {
            Err(e) if t.lines().next().is_some_and(|l| l.contains('\t')) => {
                Glossary::from_tsv(text).map_err(|_| e)
            }
            read => read,
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
                let source = clean(&e.source);
                // A line starting with "#" reads as a comment: such a term gets a backslash.
                let escape = if source.starts_with('#') { "\\" } else { "" };
                let mut line = format!(
                    "{escape}{}\t{}",
                    source,
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
    /// byte end, entry index)`. Matching ignores case and respects word boundaries; runs of
    /// whitespace count as one space. A name's entry (typed person, place or organisation)
    /// whose term begins with a capital matches only text that begins with one. See
    /// [`GlossaryMatcher`] to match many texts.
    ///
    /// ```
    /// let g = baca::text::Glossary::from_tsv("korea utara\tNorth Korea\nKorea\tKorea").unwrap();
    /// let text = "Pemimpin KOREA  UTARA dan Korea.";
    /// let found: Vec<_> = g.matches(text).into_iter().map(|(s, e, i)| (&text[s..e], i)).collect();
    /// assert_eq!(found, [("KOREA  UTARA", 0), ("Korea", 1)]);
    ///
    /// let g = baca::text::Glossary::from_tsv("Rose\tRose\ttype: person").unwrap();
    /// let text = "Rose gave a rose to ROSE.";
    /// let found: Vec<_> = g.matches(text).into_iter().map(|(s, e, _)| &text[s..e]).collect();
    /// assert_eq!(found, ["Rose", "ROSE"]);
    /// ```
    pub fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.matcher().matches(text)
    }

    /// The glossary's terms prepared for matching (see [`Glossary::matches`]).
    pub fn matcher(&self) -> GlossaryMatcher {
        let mut terms: Vec<(String, usize)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (normalised(&e.source), i))
            .filter(|(t, _)| t.starts_with(is_alphanumeric))
            .collect();
        terms.sort();
        let capital = self.entries.iter().map(is_capital_name).collect();
        GlossaryMatcher { terms, capital }
    }
}

/// A glossary's terms, lower case with runs of whitespace as one space, sorted: at each word of
/// a text, one walk narrows the terms that go on as the text does, character by character, for
/// as long as some term does (at most a term's length, [`MAX_FIELD`] characters): the work per
/// word does not grow with the glossary.
///
/// ```
/// let g = baca::text::Glossary::from_tsv("Bank Indonesia\tBI\nBank\tbank").unwrap();
/// let m = g.matcher();
/// assert_eq!(m.matches("Bank Indonesia dan bank."), [(0, 14, 0), (19, 23, 1)]);
/// ```
pub struct GlossaryMatcher {
    terms: Vec<(String, usize)>,
    /// By entry: a name written with a capital, which matches only capitalised text.
    capital: Vec<bool>,
}

/// Whether an entry is a name (a person, place or organisation) whose term begins with a
/// capital: a proper noun, not the common word it may also be.
fn is_capital_name(e: &GlossaryEntry) -> bool {
    let name = matches!(
        e.kind,
        Some(EntityKind::Person | EntityKind::Place | EntityKind::Organization)
    );
    name && e.source.trim_start().chars().next().is_some_and(is_capital)
}

/// Whether `c` is a capital: a letter with a lower-case form of its own.
fn is_capital(c: char) -> bool {
    lower_chars(c).next() != Some(c)
}

impl GlossaryMatcher {
    /// See [`Glossary::matches`].
    pub fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        if self.terms.is_empty() {
            return out;
        }
        let mut pos = 0;
        let mut prev_word = false;
        while let Some(c) = text[pos..].chars().next() {
            let word = is_alphanumeric(c);
            if !word || prev_word {
                prev_word = word;
                pos += c.len_utf8();
                continue;
            }
            match self.longest_at(text, pos) {
                Some((end, i)) => {
                    out.push((pos, end, i));
                    pos = end;
                    prev_word = text[..end].chars().next_back().is_some_and(is_alphanumeric);
                }
                None => {
                    prev_word = true;
                    pos += c.len_utf8();
                }
            }
        }
        out
    }

    /// The longest term at `start` (a word's start) that ends at a word boundary: its end and
    /// entry (the first entry of equal terms that may match there).
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let (mut lo, mut hi) = (0, self.terms.len());
        let mut depth = 0; // bytes of the normalised text matched
        let mut space = false; // the last normalised byte was a space
        let mut best = None;
        let mut buf = [0u8; 4];
        let capitalised = text[start..].chars().next().is_some_and(is_capital);
        let mut chars = text[start..].char_indices().peekable();
        while let Some((k, c)) = chars.next() {
            if c.is_whitespace() {
                if space {
                    continue;
                }
                space = true;
                if !narrow(&self.terms, &mut lo, &mut hi, depth, b' ') {
                    break;
                }
                depth += 1;
                continue;
            }
            space = false;
            for l in lower_chars(c) {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    if !narrow(&self.terms, &mut lo, &mut hi, depth, b) {
                        return best;
                    }
                    depth += 1;
                }
            }
            // A whole term here, with no word character after it: the shortest terms of the
            // range come first.
            let end = start + k + c.len_utf8();
            let bounded = !chars.peek().is_some_and(|&(_, n)| is_alphanumeric(n));
            if bounded && self.terms[lo].0.len() == depth {
                // Of the equal terms, the first entry that may match here (a name written with
                // a capital only where the text has one).
                let fits = self.terms[lo..hi]
                    .iter()
                    .take_while(|t| t.0.len() == depth)
                    .find(|t| capitalised || !self.capital.get(t.1).copied().unwrap_or(false));
                if let Some(t) = fits {
                    best = Some((end, t.1));
                }
            }
        }
        best
    }
}

/// Narrows the sorted `terms[lo..hi]`, which share their first `depth` bytes, to those whose
/// next byte is `b`; whether any is left.
fn narrow(terms: &[(String, usize)], lo: &mut usize, hi: &mut usize, depth: usize, b: u8) -> bool {
    let range = &terms[*lo..*hi];
    let at = |t: &(String, usize)| t.0.as_bytes().get(depth).copied();
    let first = range.partition_point(|t| at(t).is_none_or(|x| x < b));
    let last = range.partition_point(|t| at(t).is_none_or(|x| x <= b));
    (*lo, *hi) = (*lo + first, *lo + last);
    lo < hi
}

/// A term lower case, trimmed, with runs of whitespace as one space.
fn normalised(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    for word in term.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(lower_chars));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Glossary;

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        // Found by the glossary fuzz target: a file with old Mac line ends was one entry whose
        // term held the "\r" and the next line.
        let g = Glossary::from_tsv("Korut\tNorth Korea\rKorsel\tSouth Korea\r\nAS\tUS\n").unwrap();
        let sources: Vec<&str> = g.entries().iter().map(|e| e.source.as_str()).collect();
        assert_eq!(sources, ["Korut", "Korsel", "AS"]);
        let err = Glossary::from_tsv("Korut\tNorth Korea\rno tab").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2: expected source<TAB>target[<TAB>comment], found no tab"
        );
    }

    #[test]
    fn a_term_beginning_with_a_hash_is_written_so_that_it_reads_back() {
        // Found by the glossary fuzz target: "#MeToo" was written at a line's start, which
        // reads as a comment.
        let g = Glossary::from_json(r##"[{"source":"#MeToo","target":"#MeToo"}]"##).unwrap();
        assert_eq!(g.to_tsv(), "\\#MeToo\t#MeToo\n");
        assert_eq!(
            Glossary::from_tsv(&g.to_tsv()).unwrap().entries(),
            g.entries()
        );
        // A line whose first mark is "#" is a comment, after spaces, tabs or a byte-order mark.
        let read = Glossary::from_tsv(
            "\u{feff}# note\tx\n  # Korut\tNorth Korea\n\t# note\n  # People\nAS\tUS",
        )
        .unwrap();
        assert_eq!(read.entries().len(), 1);
    }

    #[test]
    fn tsv_whose_first_term_starts_with_a_bracket_reads_back() {
        // Found in review: a TSV export starting "[Draft] Kemlu\t…" was read as broken JSON.
        let g = Glossary::from_tsv("[Draft] Kemlu\tForeign Ministry\n{x}\ty\n").unwrap();
        assert_eq!(Glossary::parse(&g.to_tsv()).unwrap().entries(), g.entries());
        // JSON stays JSON, and its errors are JSON's.
        let err = Glossary::parse("[{\"source\": 1}]").unwrap_err();
        assert!(err.to_string().starts_with("entry 1"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_at_a_fields_edge_is_no_part_of_it() {
        // Found by the glossary fuzz target: "\u{feff}Korut" exported and read back as "Korut".
        let g = Glossary::from_tsv("Kim\tKim\n\u{feff}Korut\tNorth Korea\u{feff}\n").unwrap();
        assert_eq!(g.entries()[1].source, "Korut");
        assert_eq!(g.entries()[1].target.as_deref(), Some("North Korea"));
    }

    #[test]
    fn a_tab_or_line_break_inside_a_json_field_is_a_space_and_exports_as_read() {
        let g = Glossary::from_json(
            r#"[{"source":"Korea\tUtara","target":"North\nKorea","description":"a\nb"}]"#,
        )
        .unwrap();
        assert_eq!(g.entries()[0].source, "Korea Utara");
        assert_eq!(g.entries()[0].target.as_deref(), Some("North Korea"));
        // A description keeps its line breaks where it can (JSON); TSV writes them as spaces.
        assert_eq!(g.entries()[0].comment.as_deref(), Some("a\nb"));
        assert_eq!(g.to_tsv(), "Korea Utara\tNorth Korea\ta b\n");
        let g =
            Glossary::from_json(r#"[{"source":"Korea\tUtara","target":"North\nKorea"}]"#).unwrap();
        let again = Glossary::from_tsv(&g.to_tsv()).unwrap();
        assert_eq!(again.entries(), g.entries());
    }

    #[test]
    fn a_name_written_with_a_capital_marks_only_capitalised_text() {
        let found = |tsv: &str, text: &str| -> Vec<String> {
            let g = Glossary::from_tsv(tsv).unwrap();
            g.matches(text)
                .into_iter()
                .map(|(s, e, i)| format!("{}:{i}", &text[s..e]))
                .collect()
        };
        let text = "Hope said hope is not HOPE's plan; Élan and élan.";
        // A person, a place, a body written with a capital: capitalised text only (any case
        // after the first letter, as headlines write it).
        assert_eq!(
            found("Hope\tHope\ttype: person", text),
            ["Hope:0", "HOPE:0"]
        );
        assert_eq!(found("Élan\tÉlan\ttype: org", text), ["Élan:0"]);
        // Counter-examples: a term with no type, of type "other", or written in lower case
        // matches in any case, as before.
        assert_eq!(found("Hope\tHope", text), ["Hope:0", "hope:0", "HOPE:0"]);
        assert_eq!(found("Hope\tHope\ttype: other", text).len(), 3);
        assert_eq!(found("hope\thope\ttype: person", text).len(), 3);
        // Of two equal terms, the one that may match here.
        let tsv = "Rose\tRose\ttype: person\nrose\tmawar";
        assert_eq!(found(tsv, "Rose gave a rose."), ["Rose:0", "rose:1"]);
        // A longer name that may not match leaves the shorter term that may.
        let text = "a new york bagel in New York";
        assert_eq!(
            found("New York\tNew York\ttype: place\nnew\tbaru", text),
            ["new:1", "New York:0"]
        );
    }
}
