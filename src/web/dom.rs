//! The browser DOM seen through [`PageNode`], so the extraction rules in `text` run on it.
//!
//! Reading a long article node by node through web-sys costs a call across the wasm boundary for
//! every tag, attribute and child (70 ms for 1 MB of text); [`snapshot`] instead serialises the
//! subtree in JavaScript, in one pass, into one string that Rust decodes into a [`TreeNode`].

use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};

use crate::text::TreeNode;

// Markers that cannot occur in the snapshot's text: the serialiser turns U+0001..U+0006 in text
// and attribute values into spaces (they are invisible control characters).
const OPEN: char = '\u{1}';
const ATTR: char = '\u{2}';
const VALUE: char = '\u{3}';
const BODY: char = '\u{4}';
const CLOSE: char = '\u{5}';
const TEXT: char = '\u{6}';

/// The attributes the extraction rules read (see `text::page`).
const ATTRIBUTES: &str = "data-baca-block hidden aria-hidden role itemprop rel class";

#[wasm_bindgen(inline_js = r#"
const MARK = /[\u0001-\u0006]/;
const MARKS = /[\u0001-\u0006]/g;
export function baca_snapshot(root, names) {
  const wanted = new Set(names.split(" "));
  const out = [];
  const clean = (s) => (MARK.test(s) ? s.replace(MARKS, " ") : s);
  // A list of what is left, not a call per level: a page may nest elements without end.
  const END = {};
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === END) {
      out.push("\u0005");
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      out.push("\u0006", clean(node.nodeValue));
      continue;
    }
    if (node.nodeType !== 1) continue;
    out.push("\u0001", node.localName.toLowerCase());
    if (node.hasAttributes()) {
      for (const a of node.attributes) {
        if (wanted.has(a.name)) out.push("\u0002", a.name, "\u0003", clean(a.value));
      }
    }
    out.push("\u0004");
    stack.push(END);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.join("");
}
"#)]
extern "C" {
    fn baca_snapshot(root: &Node, names: &str) -> String;
}

/// The subtree under `root`, serialised with only the attributes extraction reads; [`decode`]
/// turns it into a tree.
pub fn snapshot(root: &Node) -> String {
    baca_snapshot(root, ATTRIBUTES)
}

/// Decodes a [`snapshot`] (see `baca_snapshot`): elements are `OPEN tag (ATTR name VALUE value)*
/// BODY children CLOSE`, text nodes `TEXT text`.
pub fn decode(s: &str) -> TreeNode {
    let mut decoder = Decoder::default();
    loop {
        if let Some(tree) = decoder.step(s, &mut || true) {
            return tree;
        }
    }
}

/// [`decode`] in steps: 64 nodes at a time, asking `more()` after each run, so that a long article's
/// snapshot is decoded over several tasks. Work: linear in the snapshot, each byte read once.
#[derive(Default)]
pub struct Decoder {
    /// The open elements; the first is a synthetic element holding the snapshot's node.
    stack: Vec<TreeNode>,
    /// Where the next node starts.
    at: usize,
}

impl Decoder {
    /// Decodes `s` (the same at every call) from where the last call stopped until `more()` says
    /// stop (None) or the snapshot is read (its tree).
    pub fn step(&mut self, s: &str, more: &mut dyn FnMut() -> bool) -> Option<TreeNode> {
        if self.stack.is_empty() {
            self.stack.push(TreeNode::element("#root", &[], Vec::new()));
        }
        let stack = &mut self.stack;
        let mut rest = s.get(self.at..).unwrap_or("");
        // Nodes read in this call: `more()` is asked every 64.
        let mut read = 0usize;
        let until_mark = |t: &str| {
            t.find(|c: char| ('\u{1}'..='\u{6}').contains(&c))
                .unwrap_or(t.len())
        };
        while let Some(c) = rest.chars().next() {
            rest = &rest[c.len_utf8()..];
            match c {
                OPEN => {
                    let end = until_mark(rest);
                    let tag = &rest[..end];
                    rest = &rest[end..];
                    let mut attributes = Vec::new();
                    while let Some(after) = rest.strip_prefix(ATTR) {
                        let name_end = after.find(VALUE).unwrap_or(after.len());
                        let name = &after[..name_end];
                        let after = after.get(name_end + 1..).unwrap_or("");
                        let value_end = until_mark(after);
                        attributes.push((name.to_owned(), after[..value_end].to_owned()));
                        rest = &after[value_end..];
                    }
                    rest = rest.strip_prefix(BODY).unwrap_or(rest);
                    stack.push(TreeNode::Element {
                        tag: tag.to_owned(),
                        attributes,
                        children: Vec::new(),
                    });
                }
                CLOSE => {
                    if stack.len() > 1 {
                        let done = stack.pop().unwrap_or(TreeNode::Text(String::new()));
                        push_child(stack, done);
                    }
                }
                TEXT => {
                    let end = until_mark(rest);
                    let text = TreeNode::Text(rest[..end].to_owned());
                    rest = &rest[end..];
                    push_child(stack, text);
                }
                _ => {
                    // Not a marker where one was expected: skip to the next marker.
                    let end = until_mark(rest);
                    rest = &rest[end..];
                }
            }
            read += 1;
            if read % 64 == 0 && !rest.is_empty() && !more() {
                self.at = s.len() - rest.len();
                return None;
            }
        }
        while stack.len() > 1 {
            let done = stack.pop().unwrap_or(TreeNode::Text(String::new()));
            push_child(stack, done);
        }
        match stack.pop() {
            Some(TreeNode::Element {
                ref mut children, ..
            }) if children.len() == 1 => Some(children.remove(0)),
            Some(root) => Some(root),
            None => Some(TreeNode::Text(String::new())),
        }
    }
}

fn push_child(stack: &mut [TreeNode], child: TreeNode) {
    if let Some(TreeNode::Element { children, .. }) = stack.last_mut() {
        children.push(child);
    }
}

/// The language of `element`: its own or its nearest ancestor's non-empty `lang` attribute.
pub fn lang_of(element: &Element) -> Option<String> {
    let owner = element.closest("[lang]").ok()??;
    let lang = owner.get_attribute("lang")?;
    let lang = lang.trim();
    (!lang.is_empty()).then(|| lang.to_owned())
}
