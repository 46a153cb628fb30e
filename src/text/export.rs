//! Segments and glossaries as files: TSV, JSON and XLIFF 2.1. Plain string building, so the
//! files are the same from the reader, the CLI and tests, and the wasm carries no JSON library.

use super::{Analysis, Glossary};

/// A JSON string literal for `s` (the same as [`json::quote`](crate::support::json::quote)).
///
/// ```
/// assert_eq!(baca::text::export::json_string("a\"b\n"), r#""a\"b\n""#);
/// ```
pub fn json_string(s: &str) -> String {
    crate::support::json::quote(s)
}

/// Text made safe for one TSV field: tabs and line breaks become spaces.
fn tsv_field(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Text escaped for XML character data and attributes.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The reader's note on sentence `i`, if not blank.
fn note_of(notes: &[String], i: usize) -> Option<&str> {
    notes.get(i).map(|n| n.trim()).filter(|n| !n.is_empty())
}

/// Every sentence with its translation (empty where there is none), in reading order.
fn segments<'a>(
    analysis: &'a Analysis,
    translations: &'a [String],
) -> impl Iterator<Item = (usize, &'a str, &'a str)> {
    analysis.blocks.iter().flat_map(move |b| {
        b.sentences.iter().map(move |s| {
            let t = translations.get(s.index).map_or("", String::as_str);
            (s.index, b.sentence_text(s), t)
        })
    })
}

/// Segments as TSV, one line per sentence: `index<TAB>source<TAB>translation`, no header; the index
/// is the sentence's position in reading order from 0 (the reader's `data-index`).
///
/// ```
/// use baca::text::{analyze, export, Page};
/// let a = analyze(&Page::from_plain_text("Satu. Dua.", Some("id")));
/// let tsv = export::segments_tsv(&a, &["One.".to_string()]);
/// assert_eq!(tsv, "0\tSatu.\tOne.\n1\tDua.\t\n");
/// ```
pub fn segments_tsv(analysis: &Analysis, translations: &[String]) -> String {
    let mut out = String::new();
    for (i, source, target) in segments(analysis, translations) {
        out.push_str(&format!(
            "{i}\t{}\t{}\n",
            tsv_field(source),
            tsv_field(target)
        ));
    }
    out
}

/// Segments as JSON: `{"lang": …, "segments": [{"index", "source", "translation", "note"?}]}`,
/// indexes from 0 as in TSV; `note` only where the reader wrote one.
///
/// ```
/// use baca::text::{analyze, export, Page};
/// let a = analyze(&Page::from_plain_text("Satu.", Some("id")));
/// let json = export::segments_json(&a, &[], &["check".to_string()]);
/// assert!(json.contains(r#""index":0,"source":"Satu.","translation":"","note":"check"}"#));
/// ```
pub fn segments_json(analysis: &Analysis, translations: &[String], notes: &[String]) -> String {
    let lang = analysis
        .lang
        .as_deref()
        .map_or("null".to_owned(), json_string);
    let items: Vec<String> = segments(analysis, translations)
        .map(|(i, s, t)| {
            let note = note_of(notes, i)
                .map_or(String::new(), |n| format!(",\"note\":{}", json_string(n)));
            format!(
                r#"{{"index":{i},"source":{},"translation":{}{note}}}"#,
                json_string(s),
                json_string(t)
            )
        })
        .collect();
    format!("{{\"lang\":{lang},\"segments\":[{}]}}\n", items.join(","))
}

/// Segments as an XLIFF 2.1 document: one unit per sentence, the translation as the target
/// where there is one, the reader's note as the unit's note.
///
/// ```
/// use baca::text::{analyze, export, Page};
/// let a = analyze(&Page::from_plain_text("Harga < 5 & naik.", Some("id")));
/// let x = export::segments_xliff(&a, &["Price < 5 & up.".to_string()], &["a note".to_string()], "en");
/// assert!(x.contains(r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en">"#));
/// assert!(x.contains("<source>Harga &lt; 5 &amp; naik.</source>"));
/// assert!(x.contains("<target>Price &lt; 5 &amp; up.</target>"));
/// assert!(x.contains("<notes><note>a note</note></notes>"));
/// ```
pub fn segments_xliff(
    analysis: &Analysis,
    translations: &[String],
    notes: &[String],
    target_lang: &str,
) -> String {
    let src = analysis.lang.as_deref().unwrap_or("und");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">\n  <file id=\"article\">\n",
        xml(src),
        xml(target_lang)
    );
    for (i, source, target) in segments(analysis, translations) {
        out.push_str(&format!("    <unit id=\"s{i}\">\n"));
        if let Some(note) = note_of(notes, i) {
            out.push_str(&format!(
                "      <notes><note>{}</note></notes>\n",
                xml(note)
            ));
        }
        out.push_str(&format!(
            "      <segment>\n        <source>{}</source>\n",
            xml(source)
        ));
        if !target.is_empty() {
            out.push_str(&format!("        <target>{}</target>\n", xml(target)));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// A glossary as JSON (the format [`Glossary::from_json`] reads).
///
/// ```
/// use baca::text::{export, Glossary};
/// let g = Glossary::from_tsv("Korut\tNorth Korea\tshort form").unwrap();
/// let back = Glossary::from_json(&export::glossary_json(&g)).unwrap();
/// assert_eq!(back, g);
/// ```
pub fn glossary_json(glossary: &Glossary) -> String {
    let items: Vec<String> = glossary
        .entries()
        .iter()
        .map(|e| {
            let mut fields = vec![format!("\"source\":{}", json_string(&e.source))];
            if let Some(t) = &e.target {
                fields.push(format!("\"target\":{}", json_string(t)));
            }
            if let Some(k) = e.kind {
                fields.push(format!("\"type\":{}", json_string(k.as_str())));
            }
            if let Some(c) = &e.comment {
                fields.push(format!("\"description\":{}", json_string(c)));
            }
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!("[{}]\n", items.join(","))
}
