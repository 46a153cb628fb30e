//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

#[path = "../../src/bin/baca/languages.rs"]
mod languages;

/// Gives the library every language's data and the detection profile, as the wasm's loaders and
/// the CLI do (the library bundles Indonesian and English only). Idempotent.
pub fn load_languages() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(languages::add_all);
}

/// `../shared/data/<relative>` if present; otherwise prints the standard skip line.
pub fn shared(relative: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: ../shared absent ({relative})");
        None
    }
}

/// Records a measured score: `make test` prints every report at the end.
pub fn report(name: &str, line: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/reports");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{line}\n"));
    println!("{line}");
}

/// One Golden Rule: its id, name, input and expected sentences.
#[derive(serde::Deserialize)]
pub struct Rule {
    pub id: serde_json::Value,
    pub name: String,
    pub text: String,
    pub expected: Vec<String>,
}

/// The rules in `golden-rules/<file>`, if ../shared is present.
pub fn golden_rules(file: &str) -> Option<Vec<Rule>> {
    let path = shared(&format!("golden-rules/{file}"))?;
    Some(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

/// `(start, end, kind)` of every mention of a person, place or organisation, as the entity
/// scores count them (byte offsets into the block: these tests analyse one block).
pub fn scored_mentions(a: &baca::text::Analysis) -> Vec<(usize, usize, baca::text::EntityKind)> {
    a.entities
        .iter()
        .filter(|e| e.kind != baca::text::EntityKind::Other)
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.span.start, m.span.end, e.kind))
        })
        .collect()
}
