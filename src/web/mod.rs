//! The JavaScript API (wasm32 only): `mount(element, options)` reads an article from the page and
//! renders the reader into `element`.
//!
//! ```js
//! import init, { mount } from "./pkg/baca.js";
//! await init();
//! const reader = mount(document.querySelector("#reader"), { article: "article", lang: "id" });
//! reader.destroy();
//! ```

mod dom;
mod options;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::text::{analyze, Page};
use crate::ui::{Reader, ReaderProps};
use options::MountOptions;

/// A mounted reader. Opaque to JavaScript: it can only be asked for its sentence count or
/// destroyed.
#[wasm_bindgen]
pub struct ReaderHandle {
    app: Option<yew::AppHandle<Reader>>,
    sentences: usize,
}

#[wasm_bindgen]
impl ReaderHandle {
    /// How many sentences the reader shows.
    #[wasm_bindgen(getter, js_name = sentenceCount)]
    pub fn sentence_count(&self) -> usize {
        self.sentences
    }

    /// Removes the reader from its element. Calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Reads the article named by `options.article` (a CSS selector or an element; default: the page's
/// `<article>` or `[itemprop=articleBody]`) and renders the reader into `root`, replacing what
/// `root` held. Options: `article`, `lang` (BCP 47; default: the article's or page's `lang`).
/// Throws an `Error` naming the problem for bad options or a missing article.
#[wasm_bindgen]
pub fn mount(root: Element, options: JsValue) -> Result<ReaderHandle, JsError> {
    let options = MountOptions::from_js(&options)?;
    let article = options.article()?;
    let lang = options.lang.clone().or_else(|| dom::lang_of(&article));
    let page = Page::from_tree(&dom::DomNode(article.into()), lang.as_deref());
    let analysis = Rc::new(analyze(&page));
    let sentences = analysis.sentence_count();
    let app = yew::Renderer::<Reader>::with_root_and_props(root, ReaderProps { analysis }).render();
    Ok(ReaderHandle {
        app: Some(app),
        sentences,
    })
}
