//! `mount` options from JavaScript, read by serde-wasm-bindgen into one schema and validated: an
//! unknown or wrong-typed option is an error that names it.

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

/// The options' names, as JavaScript writes them.
const KNOWN: &[&str] = &[
    "article",
    "lang",
    "glossary",
    "mode",
    "glossaryText",
    "onEntityOpen",
    "storage",
    "targetLang",
    "languageData",
    "namesData",
    "namesTimeLimit",
];
const DEFAULT_ARTICLE: &str = "article, [itemprop=articleBody]";

/// The options as serde-wasm-bindgen reads them: an unknown name is an error
/// (`deny_unknown_fields`); each typed field names itself when its value has the wrong type; the
/// JavaScript objects that stay JavaScript (the element, the callbacks, the storage) pass through
/// as `JsValue` and are checked below.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Raw {
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    article: JsValue,
    #[serde(default, deserialize_with = "lang")]
    lang: Option<String>,
    /// The URL of a glossary file: the loader (`baca.js`) fetches it and gives its text as
    /// `glossaryText`; checked here, as part of the one schema, and not used by the core.
    #[serde(default, deserialize_with = "glossary")]
    glossary: Option<String>,
    /// "inline" or "overlay": the loader draws the overlay; checked here, not used by the core.
    #[allow(dead_code)]
    #[serde(default, deserialize_with = "mode")]
    mode: Option<String>,
    #[serde(default, deserialize_with = "glossary_text")]
    glossary_text: Option<String>,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    on_entity_open: JsValue,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    storage: JsValue,
    #[serde(default, deserialize_with = "target_lang")]
    target_lang: Option<String>,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    language_data: JsValue,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    names_data: JsValue,
    #[serde(default, deserialize_with = "names_time_limit")]
    names_time_limit: Option<f64>,
}

/// A field of type `T` whose wrong value is the error `message`.
fn field<'de, D, T>(d: D, message: &str) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    use serde::de::Error;
    <Option<T> as serde::Deserialize>::deserialize(d).map_err(|_| D::Error::custom(message))
}

fn lang<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    field(
        d,
        "option \"lang\" must be a string (a BCP 47 language tag)",
    )
}

fn target_lang<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    field(
        d,
        "option \"targetLang\" must be a string (a BCP 47 language tag)",
    )
}

fn glossary<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    field(
        d,
        "option \"glossary\" must be a string (the URL of a JSON or TSV glossary)",
    )
}

fn mode<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    const MESSAGE: &str = "option \"mode\" must be either \"inline\" or \"overlay\"";
    match field::<D, String>(d, MESSAGE)? {
        Some(m) if m != "inline" && m != "overlay" => Err(serde::de::Error::custom(MESSAGE)),
        m => Ok(m),
    }
}

fn glossary_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    field(
        d,
        "option \"glossaryText\" must be the text of a JSON or TSV glossary",
    )
}

fn names_time_limit<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    const MESSAGE: &str = "option \"namesTimeLimit\" must be a number of milliseconds, 0 or more";
    match field::<D, f64>(d, MESSAGE)? {
        Some(ms) if ms.is_nan() || ms < 0.0 => Err(serde::de::Error::custom(MESSAGE)),
        ms => Ok(ms),
    }
}

impl MountOptions {
    /// Reads `mount`'s options (see [`Raw`]); an unknown or wrong-typed option is an error that
    /// names it.
    pub fn from_js(value: &JsValue) -> Result<MountOptions, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(MountOptions::from(Raw::default()));
        }
        if !value.is_object() || value.dyn_ref::<js_sys::Array>().is_some() {
            return Err(JsError::new("baca: options must be an object"));
        }
        // serde-wasm-bindgen reads a struct by its fields' names, so it never sees another key:
        // the keys are checked here first (`deny_unknown_fields` says the same to serde).
        if let Some(object) = value.dyn_ref::<Object>() {
            for key in Object::keys(object).iter() {
                let name = key.as_string().unwrap_or_default();
                if !KNOWN.contains(&name.as_str()) {
                    return Err(JsError::new(&format!(
                        "baca: unknown option \"{name}\" (known: {})",
                        KNOWN.join(", ")
                    )));
                }
            }
        }
        let raw: Raw = serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
            let message = e.to_string();
            // serde names an unknown field "unknown field `name`, expected one of …".
            match message
                .strip_prefix("unknown field `")
                .and_then(|rest| rest.split('`').next())
            {
                Some(name) => JsError::new(&format!(
                    "baca: unknown option \"{name}\" (known: {})",
                    KNOWN.join(", ")
                )),
                None => JsError::new(&format!("baca: {message}")),
            }
        })?;
        if raw.glossary.is_some() && raw.glossary_text.is_some() {
            return Err(JsError::new(
                "baca: give either option \"glossary\" (a URL) or \"glossaryText\", not both",
            ));
        }
        for (name, tag) in [("lang", &raw.lang), ("targetLang", &raw.target_lang)] {
            if let Some(tag) = tag.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                if !well_formed_tag(tag) {
                    return Err(JsError::new(&format!(
                        "baca: option \"{name}\" is not a language tag: \"{tag}\" (write e.g. \"id\", \"en-GB\")"
                    )));
                }
            }
        }
        let absent = |v: &JsValue| v.is_undefined() || v.is_null();
        if !absent(&raw.article)
            && raw.article.as_string().is_none()
            && raw.article.dyn_ref::<Element>().is_none()
        {
            return Err(JsError::new(
                "baca: option \"article\" must be a CSS selector string or an Element",
            ));
        }
        for (name, callback) in [
            ("onEntityOpen", &raw.on_entity_open),
            ("languageData", &raw.language_data),
            ("namesData", &raw.names_data),
        ] {
            if !absent(callback) && !callback.is_function() {
                return Err(JsError::new(&format!(
                    "baca: option \"{name}\" must be a function"
                )));
            }
        }
        if !absent(&raw.storage) {
            let is_fn = |name: &str| {
                Reflect::get(&raw.storage, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
            };
            if !(raw.storage.is_object() && is_fn("getItem") && is_fn("setItem")) {
                return Err(JsError::new(
                    "baca: option \"storage\" must be an object with getItem and setItem methods",
                ));
            }
        }
        Ok(MountOptions::from(raw))
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

impl Default for Raw {
    fn default() -> Raw {
        Raw {
            article: JsValue::UNDEFINED,
            lang: None,
            glossary: None,
            mode: None,
            glossary_text: None,
            on_entity_open: JsValue::UNDEFINED,
            storage: JsValue::UNDEFINED,
            target_lang: None,
            language_data: JsValue::UNDEFINED,
            names_data: JsValue::UNDEFINED,
            names_time_limit: None,
        }
    }
}

impl From<Raw> for MountOptions {
    /// Options already checked by [`MountOptions::from_js`].
    fn from(raw: Raw) -> MountOptions {
        let function = |v: JsValue| v.dyn_into::<js_sys::Function>().ok();
        let tag = |t: Option<String>| t.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        MountOptions {
            article: match raw.article.as_string() {
                Some(selector) => ArticleSource::Selector(selector),
                None => raw
                    .article
                    .dyn_into::<Element>()
                    .map_or(ArticleSource::Default, ArticleSource::Element),
            },
            lang: tag(raw.lang),
            glossary_text: raw.glossary_text,
            on_entity_open: function(raw.on_entity_open),
            storage: raw.storage.dyn_into::<Object>().ok(),
            target_lang: tag(raw.target_lang),
            language_data: function(raw.language_data),
            names_data: function(raw.names_data),
            names_time_limit: raw.names_time_limit,
        }
    }
}
