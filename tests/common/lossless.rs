//! The lossless invariants of an analysis, shared by the stable fuzz harness (`tests/fuzz.rs`)
//! and the coverage-guided `analyze` target (`fuzz/`).

use baca::text::{Analysis, Page};

/// Every invariant of an analysis of `text`: sentences in order, on char boundaries, not
/// overlapping, only whitespace between and around them (nothing lost); marks inside their
/// sentence, in order, not overlapping, each a mention of its entity.
pub fn check_lossless(what: &str, text: &str, a: &Analysis) {
    let page = Page::from_plain_text(text, None);
    assert_eq!(a.blocks.len(), page.blocks.len(), "{what}: blocks");
    let mut index = 0;
    for (b, block) in a.blocks.iter().enumerate() {
        assert_eq!(block.text, page.blocks[b].text, "{what}: block {b} text");
        let t = &block.text;
        let mut at = 0;
        for s in &block.sentences {
            assert_eq!(s.index, index, "{what}: sentence index");
            index += 1;
            assert!(
                at <= s.span.start && s.span.start < s.span.end,
                "{what}: span order"
            );
            assert!(
                t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end),
                "{what}: sentence span {:?} off char boundaries",
                s.span
            );
            assert!(
                t[at..s.span.start].trim().is_empty(),
                "{what}: text lost between sentences at {at}..{}",
                s.span.start
            );
            let mut mark_at = s.span.start;
            for m in &s.marks {
                assert!(
                    mark_at <= m.span.start
                        && m.span.start < m.span.end
                        && m.span.end <= s.span.end,
                    "{what}: mark {:?} outside its sentence {:?} or overlapping",
                    m.span,
                    s.span
                );
                assert!(
                    t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end),
                    "{what}: mark off char boundaries"
                );
                let entity = &a.entities[m.entity];
                assert!(
                    entity
                        .mentions
                        .iter()
                        .any(|x| x.block == b && x.span == m.span),
                    "{what}: mark not among its entity's mentions"
                );
                mark_at = m.span.end;
            }
            at = s.span.end;
        }
        assert!(
            t[at..].trim().is_empty(),
            "{what}: text lost after the last sentence"
        );
    }
    for e in &a.entities {
        assert!(
            !e.mentions.is_empty(),
            "{what}: entity {} without mentions",
            e.name
        );
    }
    let marks: usize = a
        .blocks
        .iter()
        .flat_map(|b| &b.sentences)
        .map(|s| s.marks.len())
        .sum();
    let mentions: usize = a.entities.iter().map(|e| e.mentions.len()).sum();
    assert_eq!(marks, mentions, "{what}: a mention that is not marked");
}
