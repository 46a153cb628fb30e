//! Any bytes as a names pack (`data/names-<code>.bin`), as fetched from beside the wasm: a file
//! cut short or damaged in transit is refused with a reason, never a panic; one that is read
//! tags a sentence.
#![no_main]

use baca::text::ner::features::Gaz;
use baca::text::ner::model::Tagger;
use baca::text::ner::pack;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pack) = pack::read("id", data) {
        if let Some(model) = &pack.model {
            let words = ["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."];
            let tags = Tagger::default().tag(model, &words, &[Gaz::None; 7]);
            assert_eq!(tags.len(), words.len());
        }
    }
});
