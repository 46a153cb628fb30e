//! Any bytes, read as page text in one of the languages baca has data for (the first byte picks
//! it), analysed with every language's data and names pack loaded, as the CLI has them: no panic,
//! and the analysis loses nothing (sentences in order on char boundaries with only whitespace
//! between them; each mark inside its sentence, in order, and a mention of its entity).
#![no_main]

use baca::text::{analyze, Page};
use libfuzzer_sys::fuzz_target;

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
    assert_eq!(a.blocks.len(), page.blocks.len());
    for (b, block) in a.blocks.iter().enumerate() {
        let t = &block.text;
        let mut at = 0;
        for s in &block.sentences {
            assert!(at <= s.span.start && s.span.start < s.span.end && s.span.end <= t.len());
            assert!(t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end));
            assert!(t[at..s.span.start].trim().is_empty(), "text lost");
            let mut mark_at = s.span.start;
            for m in &s.marks {
                assert!(mark_at <= m.span.start && m.span.start < m.span.end);
                assert!(m.span.end <= s.span.end);
                assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
                assert!(a.entities[m.entity]
                    .mentions
                    .iter()
                    .any(|x| x.block == b && x.span == m.span));
                mark_at = m.span.end;
            }
            at = s.span.end;
        }
        assert!(t[at..].trim().is_empty(), "text lost at the end");
    }
});
