//! Any bytes as a glossary file (TSV or JSON, as the reader's import reads it): no panic; a
//! glossary that parses writes TSV (OmegaT's three columns: no type) that parses again to the
//! same terms, translations and comments.
#![no_main]

use baca::text::Glossary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(glossary) = Glossary::parse(text) {
        let again = Glossary::from_tsv(&glossary.to_tsv()).expect("written TSV parses");
        let columns = |g: &Glossary| -> Vec<_> {
            g.entries()
                .iter()
                .map(|e| (e.source.clone(), e.target.clone(), e.comment.clone()))
                .collect()
        };
        assert_eq!(columns(&again), columns(&glossary));
        let _ = glossary.matches(text);
    }
});
