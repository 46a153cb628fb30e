//! Any bytes as an article's element tree (as the embed and the extension read a page): each
//! byte opens an element (tags and attributes the extraction rules read), closes one, or adds
//! text; the page read from it and its analysis must not panic, no block is blank, and every
//! sentence lies on char boundaries. Deep trees (a byte an element) are welcome.
#![no_main]

use baca::text::{analyze, Page, TreeNode};
use libfuzzer_sys::fuzz_target;

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "h1",
    "h2",
    "figure",
    "figcaption",
    "blockquote",
    "li",
    "ul",
    "br",
    "script",
    "style",
    "aside",
    "nav",
    "time",
    "a",
    "b",
    "table",
    "td",
    "section",
    "header",
];
const ATTRIBUTES: &[(&str, &str)] = &[
    ("class", "lead"),
    ("class", "related"),
    ("hidden", ""),
    ("aria-hidden", "true"),
    ("role", "navigation"),
    ("itemprop", "articleBody"),
    ("itemprop", "headline"),
    ("rel", "tag"),
    ("data-baca-block", "skip"),
];
const WORDS: &[&str] = &[
    "Kim Jong Un",
    " tiba di ",
    "Rusia",
    ". ",
    "Putin",
    " menunggu",
    "\n",
    "  ",
    "Dr.",
    "(AFP)",
    "https://x.id/a",
    "2024",
    "«",
    "»",
    "\u{a0}",
    "é",
    "\u{200b}",
];

fuzz_target!(|data: &[u8]| {
    // A stack of open elements: (tag, attributes, children).
    let mut stack: Vec<(usize, Vec<(&str, &str)>, Vec<TreeNode>)> =
        vec![(0, Vec::new(), Vec::new())];
    for &b in data {
        match b % 4 {
            0 | 1 => stack.push((usize::from(b / 4) % TAGS.len(), Vec::new(), Vec::new())),
            2 => {
                let word = WORDS[usize::from(b / 4) % WORDS.len()];
                if let Some(top) = stack.last_mut() {
                    if b & 0x80 != 0 {
                        top.1
                            .push(ATTRIBUTES[usize::from(b / 4) % ATTRIBUTES.len()]);
                    }
                    top.2.push(TreeNode::text(word));
                }
            }
            _ => close(&mut stack),
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    let (_, attributes, children) = stack.pop().unwrap();
    let root = TreeNode::element("article", &attributes, children);
    let page = Page::from_tree(&&root, Some("id"));
    for block in &page.blocks {
        assert!(!block.text.trim().is_empty());
    }
    let a = analyze(&page);
    assert_eq!(a.blocks.len(), page.blocks.len());
    for block in &a.blocks {
        for s in &block.sentences {
            assert!(
                block.text.is_char_boundary(s.span.start)
                    && block.text.is_char_boundary(s.span.end)
            );
        }
    }
});

fn close(stack: &mut Vec<(usize, Vec<(&'static str, &'static str)>, Vec<TreeNode>)>) {
    if stack.len() < 2 {
        return;
    }
    let (tag, attributes, children) = stack.pop().unwrap();
    let node = TreeNode::element(TAGS[tag], &attributes, children);
    if let Some(top) = stack.last_mut() {
        top.2.push(node);
    }
}
