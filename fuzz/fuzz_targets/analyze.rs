//! Any bytes, read as page text in one of the languages baca has data for (the first byte picks
//! it), analysed with every language's data and names pack loaded, as the CLI has them: no panic,
//! and the analysis loses nothing (the stable harness's check, `tests/common/lossless.rs`).
#![no_main]

use baca::text::{analyze, Page};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/lossless.rs"]
mod lossless;

#[path = "../../src/bin/baca/languages.rs"]
#[allow(dead_code)]
mod languages;

const LANGS: &[Option<&str>] = &[
    None,
    Some("id"),
    Some("en"),
    Some("de"),
    Some("es"),
    Some("fr"),
    Some("it"),
    Some("nl"),
    Some("pt"),
    Some("ru"),
    Some("ar"),
    Some("el"),
];

fuzz_target!(|data: &[u8]| {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(languages::add_all);
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let lang = LANGS[pick as usize % LANGS.len()];
    let text = String::from_utf8_lossy(rest);
    let page = Page::from_plain_text(&text, lang);
    let a = analyze(&page);
    lossless::check_lossless("fuzz input", &text, &a);
});
