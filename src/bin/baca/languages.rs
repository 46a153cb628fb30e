//! The language data the wasm fetches from beside it (`data/<code>.txt`, `data/detect.txt`),
//! compiled into the CLI and given to the library the same way the wasm's loaders give it: the
//! library is one build everywhere, and the CLI is one more loader. The tests load it from here
//! too (`tests/common`).

/// Each language's data file as `make dist` ships it: its sentence rules' word lists, then the
/// country names CLDR gives in it that the library does not carry (`scripts/build.sh`).
const FILES: &[(&str, &str, &str)] = &[
    ("ar", include_str!("../../text/lang/data/ar.txt"), ""),
    (
        "de",
        include_str!("../../text/lang/data/de.txt"),
        include_str!("../../text/ner/data/places-de.txt"),
    ),
    ("el", include_str!("../../text/lang/data/el.txt"), ""),
    (
        "es",
        include_str!("../../text/lang/data/es.txt"),
        include_str!("../../text/ner/data/places-es.txt"),
    ),
    (
        "fr",
        include_str!("../../text/lang/data/fr.txt"),
        include_str!("../../text/ner/data/places-fr.txt"),
    ),
    (
        "it",
        include_str!("../../text/lang/data/it.txt"),
        include_str!("../../text/ner/data/places-it.txt"),
    ),
    (
        "nl",
        include_str!("../../text/lang/data/nl.txt"),
        include_str!("../../text/ner/data/places-nl.txt"),
    ),
    (
        "pt",
        include_str!("../../text/lang/data/pt.txt"),
        include_str!("../../text/ner/data/places-pt.txt"),
    ),
    ("ru", include_str!("../../text/lang/data/ru.txt"), ""),
];

/// Gives the library every language's data and the detection profile. Idempotent.
pub fn add_all() {
    for (code, rules, places) in FILES {
        baca::text::add_language_data(code, &format!("{rules}{places}"))
            .unwrap_or_else(|e| panic!("the bundled data for '{code}': {e}"));
    }
    baca::text::lang::add_detection_data(include_str!("../../text/lang/data/detect.txt"))
        .unwrap_or_else(|e| panic!("the bundled detection profile: {e}"));
}
