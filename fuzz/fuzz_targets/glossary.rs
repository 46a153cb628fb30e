//! Any bytes as a glossary file (TSV or JSON, as the reader's import reads it): no panic; a
//! glossary that parses writes TSV (OmegaT's three columns: no type) that parses again (as the
//! reader's import reads a file) to the same terms, translations and comments.
#![no_main]

use baca::text::Glossary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(glossary) = Glossary::parse(text) {
        let tsv = glossary.to_tsv();
        if Glossary::from_json(&tsv).is_ok() {
            // TSV that is also JSON (the one term "[]", untranslated) reads as JSON: known.
            return;
        }
        let again = Glossary::parse(&tsv).expect("written TSV parses");
        let columns = |g: &Glossary| -> Vec<_> {
            g.entries()
                .iter()
                .map(|e| {
                    // A description's line breaks are spaces in TSV.
                    let comment = e.comment.as_deref().map(|c| {
                        c.replace(['\t', '\n', '\r'], " ")
                            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                            .to_owned()
                    });
                    (
                        e.source.clone(),
                        e.target.clone(),
                        comment.filter(|c| !c.is_empty()),
                    )
                })
                .collect()
        };
        assert_eq!(columns(&again), columns(&glossary));
        let _ = glossary.matches(text);
    }
});
