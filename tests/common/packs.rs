//! The names packs as `examples/build_packs.rs` writes them, from `src/text/ner/data/packs.tsv`.
#![allow(dead_code)]

use std::path::Path;

/// Each pack's code and bytes, from the parts in `data` (`src/text/ner/data`).
pub fn packs(data: &Path) -> Vec<(String, Vec<u8>)> {
    let read =
        |file: &str| std::fs::read(data.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let list = std::fs::read_to_string(data.join("packs.tsv")).unwrap();
    let (places, english) = (read("places.txt"), read("en.txt"));
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let (code, model, threshold, names, given, credit) =
                (f[0], f[1], f[2], f[3], f[4], f[5]);
            let mut sections: Vec<(&str, Vec<u8>)> = vec![("lang", code.as_bytes().to_vec())];
            if model != "-" {
                sections.push(("model", read(model)));
                sections.push(("threshold", threshold.as_bytes().to_vec()));
            }
            sections.push(("places", places.clone()));
            if names != "-" {
                sections.push(("names", read(names)));
            }
            sections.push(("english", english.clone()));
            // The words a headline reads in lower case, where the language has them
            // (`data/lower-<code>.txt`).
            if let Ok(lower) = std::fs::read(data.join(format!("lower-{code}.txt"))) {
                sections.push(("lower", lower));
            }
            if given != "-" {
                sections.push(("given", read(given)));
            }
            sections.push(("credit", credit.as_bytes().to_vec()));
            let borrowed: Vec<(&str, &[u8])> =
                sections.iter().map(|(n, b)| (*n, b.as_slice())).collect();
            (code.to_owned(), baca::text::ner::pack::write(&borrowed))
        })
        .collect()
}
