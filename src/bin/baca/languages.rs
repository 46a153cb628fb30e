//! The language data the wasm fetches from beside it (`data/<code>.txt`, `data/detect.txt`,
//! `data/names-<code>.bin`), compiled into the CLI and given to the library the same way the
//! wasm's loaders give it: the library is one build everywhere, and the CLI is one more loader.
//! The tests load it from here too (`tests/common`).

/// Each language's sentence rules' word lists, as `make dist` ships them.
const RULES: &[(&str, &str)] = &[
    ("ar", include_str!("../../text/lang/data/ar.txt")),
    ("de", include_str!("../../text/lang/data/de.txt")),
    ("el", include_str!("../../text/lang/data/el.txt")),
    ("es", include_str!("../../text/lang/data/es.txt")),
    ("fr", include_str!("../../text/lang/data/fr.txt")),
    ("it", include_str!("../../text/lang/data/it.txt")),
    ("nl", include_str!("../../text/lang/data/nl.txt")),
    ("pt", include_str!("../../text/lang/data/pt.txt")),
    ("ru", include_str!("../../text/lang/data/ru.txt")),
];

/// Each language's names pack (`baca::text::ner::pack`).
const PACKS: &[(&str, &[u8])] = &[
    ("de", include_bytes!("../../text/ner/data/packs/de.pack")),
    ("en", include_bytes!("../../text/ner/data/packs/en.pack")),
    ("es", include_bytes!("../../text/ner/data/packs/es.pack")),
    ("fr", include_bytes!("../../text/ner/data/packs/fr.pack")),
    ("id", include_bytes!("../../text/ner/data/packs/id.pack")),
    ("it", include_bytes!("../../text/ner/data/packs/it.pack")),
    ("nl", include_bytes!("../../text/ner/data/packs/nl.pack")),
    ("pt", include_bytes!("../../text/ner/data/packs/pt.pack")),
];

/// Gives the library every language's data, names pack and the detection profile. Idempotent.
pub fn add_all() {
    for (code, rules) in RULES {
        baca::text::add_language_data(code, rules)
            .unwrap_or_else(|e| panic!("the bundled data for '{code}': {e}"));
    }
    for (code, pack) in PACKS {
        baca::text::ner::pack::add(code, pack)
            .unwrap_or_else(|e| panic!("the bundled names pack for '{code}': {e}"));
    }
    baca::text::lang::add_detection_data(include_str!("../../text/lang/data/detect.txt"))
        .unwrap_or_else(|e| panic!("the bundled detection profile: {e}"));
}
