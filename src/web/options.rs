//! `mount` options from JavaScript, validated: an unknown or wrong-typed option is an error that
//! names it.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::Element;

/// Where the article is.
pub enum ArticleSource {
    /// The page's `<article>` or `[itemprop=articleBody]`.
    Default,
    /// A CSS selector.
    Selector(String),
    /// An element.
    Element(Element),
}

/// Validated options.
pub struct MountOptions {
    pub article: ArticleSource,
    pub lang: Option<String>,
    /// A glossary file's text (JSON or TSV) that the page provides.
    pub glossary_text: Option<String>,
    /// Called with `{ id, name, type }` when a glossary card opens.
    pub on_entity_open: Option<js_sys::Function>,
    /// Where the reader saves, instead of `localStorage`: `{ getItem(key), setItem(key, value) }`.
    pub storage: Option<Object>,
    /// The language translations start in.
    pub target_lang: Option<String>,
    /// Gives the text of `data/<code>.txt` (or a promise of it) for a language whose word lists
    /// the wasm does not bundle.
    pub language_data: Option<js_sys::Function>,
    /// Gives the bytes of `data/names-<code>.bin` (an `ArrayBuffer` or `Uint8Array`, or a promise
    /// of one; `null` for a language without a pack): the language's names pack.
    pub names_data: Option<js_sys::Function>,
    /// How much work (ms) finding the names may take before the reader shows the sentences
    /// without them.
    pub names_time_limit: Option<f64>,
}

const KNOWN: &[&str] = &[
    "article",
    "lang",
    "glossaryText",
    "onEntityOpen",
    "storage",
    "targetLang",
    "languageData",
    "namesData",
    "namesTimeLimit",
];
const DEFAULT_ARTICLE: &str = "article, [itemprop=articleBody]";

impl MountOptions {
    pub fn from_js(value: &JsValue) -> Result<MountOptions, JsError> {
        let mut options = MountOptions {
            article: ArticleSource::Default,
            lang: None,
            glossary_text: None,
            on_entity_open: None,
            storage: None,
            target_lang: None,
            language_data: None,
            names_data: None,
            names_time_limit: None,
        };
        if value.is_undefined() || value.is_null() {
            return Ok(options);
        }
        let Some(object) = value.dyn_ref::<Object>().filter(|_| value.is_object()) else {
            return Err(JsError::new("baca: options must be an object"));
        };
        for key in Object::keys(object).iter() {
            let name = key.as_string().unwrap_or_default();
            if !KNOWN.contains(&name.as_str()) {
                return Err(JsError::new(&format!(
                    "baca: unknown option \"{name}\" (known: {})",
                    KNOWN.join(", ")
                )));
            }
        }
        let get = |name: &str| Reflect::get(object, &JsValue::from_str(name)).unwrap_or_default();
        let article = get("article");
        if let Some(selector) = article.as_string() {
            options.article = ArticleSource::Selector(selector);
        } else if let Some(element) = article.dyn_ref::<Element>() {
            options.article = ArticleSource::Element(element.clone());
        } else if !article.is_undefined() {
            return Err(JsError::new(
                "baca: option \"article\" must be a CSS selector string or an Element",
            ));
        }
        for (name, slot) in [
            ("lang", &mut options.lang),
            ("targetLang", &mut options.target_lang),
        ] {
            let value = get(name);
            if let Some(lang) = value.as_string() {
                let lang = lang.trim();
                if !lang.is_empty() && !well_formed_tag(lang) {
                    return Err(JsError::new(&format!(
                        "baca: option \"{name}\" is not a language tag: \"{lang}\" (write e.g. \"id\", \"en-GB\")"
                    )));
                }
                if !lang.is_empty() {
                    *slot = Some(lang.to_owned());
                }
            } else if !value.is_undefined() {
                return Err(JsError::new(&format!(
                    "baca: option \"{name}\" must be a string (a BCP 47 language tag)"
                )));
            }
        }
        let glossary = get("glossaryText");
        if let Some(text) = glossary.as_string() {
            options.glossary_text = Some(text);
        } else if !glossary.is_undefined() && !glossary.is_null() {
            return Err(JsError::new(
                "baca: option \"glossaryText\" must be the text of a JSON or TSV glossary",
            ));
        }
        for (name, slot) in [
            ("onEntityOpen", &mut options.on_entity_open),
            ("languageData", &mut options.language_data),
            ("namesData", &mut options.names_data),
        ] {
            let callback = get(name);
            if let Some(f) = callback.dyn_ref::<js_sys::Function>() {
                *slot = Some(f.clone());
            } else if !callback.is_undefined() && !callback.is_null() {
                return Err(JsError::new(&format!(
                    "baca: option \"{name}\" must be a function"
                )));
            }
        }
        let limit = get("namesTimeLimit");
        if let Some(ms) = limit.as_f64().filter(|ms| *ms >= 0.0) {
            options.names_time_limit = Some(ms);
        } else if !limit.is_undefined() && !limit.is_null() {
            return Err(JsError::new(
                "baca: option \"namesTimeLimit\" must be a number of milliseconds, 0 or more",
            ));
        }
        let storage = get("storage");
        if !storage.is_undefined() && !storage.is_null() {
            let is_fn = |name: &str| {
                Reflect::get(&storage, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
            };
            match storage.dyn_ref::<Object>() {
                Some(store) if storage.is_object() && is_fn("getItem") && is_fn("setItem") => {
                    options.storage = Some(store.clone());
                }
                _ => return Err(JsError::new(
                    "baca: option \"storage\" must be an object with getItem and setItem methods",
                )),
            }
        }
        Ok(options)
    }

    /// The article element the options name.
    pub fn article(&self) -> Result<Element, JsError> {
        let selector = match &self.article {
            ArticleSource::Element(element) => return Ok(element.clone()),
            ArticleSource::Selector(selector) => selector.as_str(),
            ArticleSource::Default => DEFAULT_ARTICLE,
        };
        let document = gloo::utils::document();
        match document.query_selector(selector) {
            Ok(Some(element)) => Ok(element),
            Ok(None) => Err(JsError::new(&format!(
                "baca: no article element matches \"{selector}\""
            ))),
            Err(_) => Err(JsError::new(&format!(
                "baca: option \"article\" is not a valid CSS selector: \"{selector}\""
            ))),
        }
    }
}

/// Whether `tag` is a well-formed BCP 47 tag as far as baca reads one: a primary subtag of 2 to
/// 8 letters, then subtags of 1 to 8 letters or digits, separated by hyphens (or underscores,
/// as some pages write them).
pub fn well_formed_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
