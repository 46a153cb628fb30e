//! The browser DOM seen through [`PageNode`], so the extraction rules in `text` run on it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::text::PageNode;

/// A DOM node.
pub struct DomNode(pub Node);

impl PageNode for DomNode {
    fn tag_name(&self) -> Option<String> {
        self.0
            .dyn_ref::<Element>()
            .map(|e| e.local_name().to_ascii_lowercase())
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<Element>()?.get_attribute(name)
    }

    fn text(&self) -> Option<String> {
        match self.0.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => self.0.node_value(),
            _ => None,
        }
    }

    fn children(&self) -> Vec<DomNode> {
        let list = self.0.child_nodes();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(DomNode)
            .collect()
    }
}

/// The language of `element`: its own or its nearest ancestor's non-empty `lang` attribute.
pub fn lang_of(element: &Element) -> Option<String> {
    let owner = element.closest("[lang]").ok()??;
    let lang = owner.get_attribute("lang")?;
    let lang = lang.trim();
    (!lang.is_empty()).then(|| lang.to_owned())
}
