//! Writes the names packs, `src/text/ner/data/packs/<code>.pack`, from their parts as
//! `src/text/ner/data/packs.tsv` lists them: the language's model and threshold, the gazetteer's
//! places, the country names in the language, the English name lists and, where the language
//! has them, the words a headline reads in lower case (`lower-<code>.txt`) and the given names
//! of many countries (`given-world.txt`, where packs.tsv gives them; see
//! `baca::text::ner::pack`). `tests/packs.rs` checks that the committed packs are what this
//! writes.
//!
//! ```text
//! cargo run --example build_packs
//! ```

use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/ner/data");
    for (code, bytes) in baca_packs::packs(&data) {
        let path = data.join(format!("packs/{code}.pack"));
        std::fs::write(&path, &bytes).unwrap();
        println!("{} ({} bytes)", path.display(), bytes.len());
    }
}

#[path = "../tests/common/packs.rs"]
mod baca_packs;
