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

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::Callback;

use crate::text::{export, lang, Analysis, Analyzer, Glossary, Page, PageReader};
use crate::ui::browser::Store;
use crate::ui::{Names, Reader, ReaderProps};
use options::MountOptions;

/// Where the user's glossary is kept (one for all articles).
const GLOSSARY_KEY: &str = "baca:glossary";

/// How long one slice of analysis may run before the browser gets the main thread back (ms).
/// Well under the 50 ms that makes a "long task", leaving room for rendering in the same task.
const SLICE_MS: f64 = 12.0;

/// Snapshot size (bytes) from which an article is read over several tasks.
const LONG_ARTICLE: usize = 100_000;

/// How much work (ms, summed over slices) finding an article's names may take. Past it the
/// reader keeps the sentences without marks, with a notice, instead of working on: no text
/// holds a reader for long. A news article takes tens of milliseconds; the fuzz harness's worst
/// families a second or two a megabyte natively.
const NAMES_CEILING_MS: f64 = 4000.0;

/// The most sentences and bytes the reader renders as one block: a text without paragraphs is
/// shown in blocks of this size, rendered in bounded steps like any other (see
/// `Analysis::split_long_blocks`). News paragraphs are smaller.
const BLOCK_SENTENCES: usize = 100;
const BLOCK_BYTES: usize = 4000;

struct Inner {
    app: Option<yew::AppHandle<Reader>>,
    root: Element,
    page: Page,
    /// The user's glossary (saved in `store`).
    glossary: Rc<Glossary>,
    /// Where this reader loads and saves (the `storage` option, or `localStorage`).
    store: Store,
    /// The glossary the page provides (`glossaryText`); the user's entries win over it.
    site_glossary: Glossary,
    on_entity_open: Callback<[String; 3]>,
    target_lang: Option<yew::AttrValue>,
    sentences: usize,
    id: String,
    /// Bumped by every new analysis and by `destroy`: a running analysis that sees another
    /// number stops.
    generation: u32,
    /// Resolvers of `ready()` promises made before the reader appeared.
    waiting: Vec<js_sys::Function>,
    /// The `languageData` option.
    language_data: Option<js_sys::Function>,
    /// The `namesTimeLimit` option, or [`NAMES_CEILING_MS`].
    names_time_limit: f64,
    /// The `namesData` option.
    names_data: Option<js_sys::Function>,
    /// The page language's names pack while it loads: settled when it is added (or could not
    /// be had).
    names_loading: Option<js_sys::Promise>,
}

/// A mounted reader. Opaque to JavaScript: it can only be asked for its sentence count or
/// destroyed.
#[wasm_bindgen]
pub struct ReaderHandle {
    inner: Rc<RefCell<Inner>>,
}

#[wasm_bindgen]
impl ReaderHandle {
    /// How many sentences the reader shows (0 until the reader is on the page).
    #[wasm_bindgen(getter, js_name = sentenceCount)]
    pub fn sentence_count(&self) -> usize {
        self.inner.borrow().sentences
    }

    /// A promise that resolves when the reader is on the page (at once for a news article in a
    /// language whose rules the wasm bundles; a long article is read in steps first, and another
    /// language waits for its `languageData`). It never rejects; after `destroy` it never
    /// resolves.
    pub fn ready(&self) -> js_sys::Promise {
        let inner = self.inner.clone();
        js_sys::Promise::new(&mut |resolve, _reject| {
            let mut i = inner.borrow_mut();
            if i.app.is_some() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            } else {
                i.waiting.push(resolve);
            }
        })
    }

    /// Removes the reader from its element. Calling it again does nothing.
    pub fn destroy(&mut self) {
        let app = {
            let mut inner = self.inner.borrow_mut();
            inner.generation = inner.generation.wrapping_add(1);
            // Pending `ready()` promises stay pending; dropping their resolvers lets the page
            // collect whatever awaits them.
            inner.waiting.clear();
            inner.app.take()
        };
        if let Some(app) = app {
            app.destroy();
        } else {
            self.inner.borrow().root.set_text_content(None);
        }
    }
}

/// The user's saved glossary in `store`; an unreadable one is left there and ignored.
fn saved_glossary(store: &Store) -> Glossary {
    match store.load(GLOSSARY_KEY) {
        Ok(Some(text)) => Glossary::parse(&text).unwrap_or_default(),
        _ => Glossary::default(),
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Starts the first analysis, once the page's language is known and has its word lists. A page
/// that declares no language is detected, with the detection profile asked of the `languageData`
/// option first (as `"detect"`); without it the page is detected as Indonesian or English, or
/// not at all. A declared language is a hint: it stays unless detection is sure of another
/// ([`Page::language_override`], with a console note), using the word lists at hand (the
/// bundled Indonesian and English ones, and any loaded), so that a page that declares its
/// language costs no extra request. A language the wasm does not bundle is asked of
/// `languageData` next. Without its word lists (no option, or the data could not be had) the
/// page is read with language-neutral rules and a console warning.
fn start(inner: &Rc<RefCell<Inner>>) {
    let (loader, generation) = {
        let i = inner.borrow();
        let detecting = i.page.lang.is_none() && lang::needs_detection_data();
        (i.language_data.clone().filter(|_| detecting), i.generation)
    };
    let Some(loader) = loader else {
        return start_with_language(inner);
    };
    let inner = inner.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load_data(&loader, "detect")
            .await
            .and_then(|text| lang::add_detection_data(&text));
        if let Err(problem) = loaded {
            gloo::console::warn!(format!(
                "baca: the language detection profile could not be loaded ({problem}): the page declares no language and is detected as Indonesian or English only"
            ));
        }
        if inner.borrow().generation == generation {
            start_with_language(&inner);
        }
    });
}

/// [`start`] once detection has what it needs.
fn start_with_language(inner: &Rc<RefCell<Inner>>) {
    let (code, loader, generation) = {
        let mut i = inner.borrow_mut();
        if let Some(sure) = i.page.language_override() {
            gloo::console::info!(format!(
                "baca: the page declares the language \"{}\" but its text is clearly \"{sure}\": reading it as \"{sure}\"",
                i.page.lang.as_deref().unwrap_or_default()
            ));
            i.page.lang = Some(sure.to_owned());
        }
        let found = i.page.language().code();
        // A detected language is kept as the page's, so that no later analysis (this one, or
        // one after a glossary change) detects it again; the reader shows the same code.
        if i.page.lang.is_none() {
            i.page.lang = found.map(str::to_owned);
        }
        if let Some(tag) = i.page.lang.as_deref().filter(|_| found.is_none()) {
            gloo::console::warn!(format!(
                "baca: no rules for the language \"{tag}\": reading with language-neutral rules (baca knows {})",
                lang::known().join(" ")
            ));
        }
        if let Some(found) = found {
            load_names(&mut i, found);
        }
        let code = found.filter(|c| lang::needs_data(c));
        (code, i.language_data.clone(), i.generation)
    };
    let Some(code) = code else {
        return analyse(inner);
    };
    let Some(loader) = loader else {
        gloo::console::warn!(format!(
            "baca: no word lists for '{code}' (mount option languageData): reading with language-neutral rules"
        ));
        return analyse(inner);
    };
    let inner = inner.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(problem) = load_language(&loader, code).await {
            gloo::console::warn!(format!(
                "baca: the word lists for '{code}' could not be loaded ({problem}): reading with language-neutral rules"
            ));
        }
        if inner.borrow().generation == generation {
            analyse(&inner);
        }
    });
}

/// Starts loading the names pack of `code` with the `namesData` option, unless it is in or
/// there is no option: the analysis shows the sentences meanwhile and finds the names once the
/// pack is settled. Without a pack the page gets no guessed names (only the glossary's).
fn load_names(i: &mut Inner, code: &'static str) {
    if crate::text::ner::pack::get(code).is_some() {
        return;
    }
    let Some(loader) = i.names_data.clone() else {
        return;
    };
    let future = async move {
        let describe = |e: JsValue| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "namesData failed".to_owned())
        };
        let loaded: Result<Option<Vec<u8>>, String> = async {
            let value = loader
                .call1(&JsValue::NULL, &JsValue::from_str(code))
                .map_err(describe)?;
            let value = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&value))
                .await
                .map_err(describe)?;
            if value.is_null() || value.is_undefined() {
                return Ok(None);
            }
            if let Some(buffer) = value.dyn_ref::<js_sys::ArrayBuffer>() {
                return Ok(Some(js_sys::Uint8Array::new(buffer).to_vec()));
            }
            value
                .dyn_ref::<js_sys::Uint8Array>()
                .map(|a| Some(a.to_vec()))
                .ok_or_else(|| "namesData gave neither an ArrayBuffer nor a Uint8Array".to_owned())
        }
        .await;
        match loaded.and_then(|bytes| match bytes {
            Some(bytes) => crate::text::ner::pack::add(code, &bytes),
            None => Ok(()),
        }) {
            Ok(()) => {}
            Err(problem) => gloo::console::warn!(format!(
                "baca: the names pack for '{code}' could not be loaded ({problem}): names come from the glossary only"
            )),
        }
        Ok(JsValue::UNDEFINED)
    };
    i.names_loading = Some(wasm_bindgen_futures::future_to_promise(future));
}

/// Asks `loader` for a language's data file and adds its word lists and place names.
async fn load_language(loader: &js_sys::Function, code: &str) -> Result<(), String> {
    let text = load_data(loader, code).await?;
    crate::text::add_language_data(code, &text)
}

/// The text `loader` gives for `name` (a language code, or `"detect"`).
async fn load_data(loader: &js_sys::Function, name: &str) -> Result<String, String> {
    let describe = |e: JsValue| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "languageData failed".to_owned())
    };
    let value = loader
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .map_err(describe)?;
    let value = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&value))
        .await
        .map_err(describe)?;
    value
        .as_string()
        .ok_or_else(|| "languageData gave no text".to_owned())
}

/// Runs one slice of the analysis.
fn slice(analyzer: &mut Analyzer) -> Option<Analysis> {
    let deadline = now() + SLICE_MS;
    analyzer.step(&mut || now() < deadline)
}

/// Analyses the page with the current glossary and shows the result: at once when it takes one
/// slice (a news article); otherwise slice by slice with the browser free in between, showing
/// progress until the sentences are split, then the sentences while the names are found, then
/// the names, unless finding them takes more than [`NAMES_CEILING_MS`] of work.
fn analyse(inner: &Rc<RefCell<Inner>>) {
    let (mut analyzer, generation, ceiling, mut names_loading) = {
        let mut i = inner.borrow_mut();
        i.generation = i.generation.wrapping_add(1);
        (
            Analyzer::new(i.page.clone(), i.site_glossary.merged(&i.glossary)),
            i.generation,
            i.names_time_limit,
            i.names_loading.clone(),
        )
    };
    // A news article whose names pack is in takes one slice.
    if names_loading.is_none() {
        if let Some(analysis) = slice(&mut analyzer) {
            show(inner, analysis, Names::Found);
            return;
        }
    }
    progress(inner, analyzer.percent());
    let inner = inner.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut shown = false;
        let mut names_work = 0.0;
        loop {
            gloo::timers::future::TimeoutFuture::new(0).await;
            if inner.borrow().generation != generation {
                return;
            }
            if !analyzer.sentences_done() {
                let deadline = now() + SLICE_MS;
                if !analyzer.step_sentences(&mut || now() < deadline) {
                    progress(&inner, analyzer.percent());
                }
                continue;
            }
            // The sentences, in a task of their own (a first render is work enough for one).
            if !shown {
                shown = true;
                show(&inner, analyzer.without_names(), Names::Finding);
                continue;
            }
            // The names wait for the language's pack.
            if let Some(loading) = names_loading.take() {
                let _ = wasm_bindgen_futures::JsFuture::from(loading).await;
                continue;
            }
            let started = now();
            let done = slice(&mut analyzer);
            names_work += now() - started;
            if let Some(analysis) = done {
                return show(&inner, analysis, Names::Found);
            }
            if names_work > ceiling {
                gloo::console::warn!(format!(
                    "baca: finding the names took more than {ceiling} ms of work (namesTimeLimit); the reader shows the sentences without them"
                ));
                return show(&inner, analyzer.without_names(), Names::Skipped);
            }
        }
    });
}

/// Shows how far the first analysis is (as text: the root is the host page's element).
fn progress(inner: &Rc<RefCell<Inner>>, percent: u32) {
    let i = inner.borrow();
    if i.app.is_some() {
        return;
    }
    let document = gloo::utils::document();
    let status = match i.root.query_selector(r#"[data-baca="loading"]"#) {
        Ok(Some(el)) => el,
        _ => {
            let Ok(el) = document.create_element("p") else {
                return;
            };
            let _ = el.set_attribute("data-baca", "loading");
            let _ = el.set_attribute("role", "status");
            let _ = el.set_attribute("class", "baca-loading");
            i.root.set_text_content(None);
            let _ = i.root.append_child(&el);
            el
        }
    };
    status.set_text_content(Some(&format!("baca is reading the article… {percent}%")));
}

/// Renders an analysis: the first time into the root, then as new props.
fn show(inner: &Rc<RefCell<Inner>>, mut analysis: Analysis, names: Names) {
    analysis.split_long_blocks(BLOCK_SENTENCES, BLOCK_BYTES);
    let code = analysis
        .lang
        .as_deref()
        .and_then(|tag| lang::Lang::from_tag(tag).code());
    let pack = code.and_then(crate::text::ner::pack::get);
    let names_credit = pack
        .filter(|p| !p.credit.is_empty())
        .map(|p| p.credit.clone().into());
    // While the names are sought the pack may still be on its way: nothing is said yet.
    let names_model = names == Names::Finding || pack.is_some_and(|p| p.model.is_some());
    let names_note = (!names_model).then(|| {
        if code.is_some_and(|c| crate::text::ner::pack::MODELS.contains(&c)) {
            "baca's names model for this language could not be loaded here: only the names in your glossary are marked."
        } else {
            "baca cannot find names in this language by itself yet: it marks only the names in your glossary."
        }
        .into()
    });
    let analysis = Rc::new(analysis);
    let props = {
        let mut i = inner.borrow_mut();
        i.sentences = analysis.sentence_count();
        ReaderProps {
            analysis,
            glossary: i.glossary.clone(),
            on_glossary: on_glossary(inner),
            on_entity_open: i.on_entity_open.clone(),
            id: i.id.clone().into(),
            target_lang: i.target_lang.clone(),
            names,
            names_credit,
            names_model,
            names_note,
            store: i.store.clone(),
        }
    };
    let mut i = inner.borrow_mut();
    match i.app.as_mut() {
        Some(app) => app.update(props),
        None => {
            let root = i.root.clone();
            i.app = Some(yew::Renderer::<Reader>::with_root_and_props(root, props).render());
            let waiting = std::mem::take(&mut i.waiting);
            drop(i);
            for resolve in waiting {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        }
    }
}

/// Saves a new user glossary and analyses the page again with it.
fn on_glossary(inner: &Rc<RefCell<Inner>>) -> Callback<Glossary> {
    // A strong reference: the page may drop the handle while the reader stays mounted. The cycle
    // (inner → app → props → callback → inner) is broken by `destroy`, which drops the app.
    let inner = inner.clone();
    Callback::from(move |g: Glossary| {
        let store = inner.borrow().store.clone();
        let _ = store.save(GLOSSARY_KEY, &export::glossary_json(&g));
        inner.borrow_mut().glossary = Rc::new(g);
        analyse(&inner);
    })
}

/// The reader's stylesheet, for hosts that adopt it into a shadow root (the embed does).
#[wasm_bindgen]
pub fn stylesheet() -> String {
    crate::ui::STYLESHEET.to_owned()
}

/// Checks a glossary file (JSON or TSV, as `mount`'s `glossaryText` and the reader's import take)
/// and returns it as `to`: `"json"` (baca's glossary JSON) or `"tsv"` (OmegaT's format). Throws an
/// `Error` that names the line and the problem when the file is bad.
///
/// ```js
/// convertGlossary("Korut\tNorth Korea", "json"); // [{"source":"Korut","target":"North Korea"}]
/// ```
#[wasm_bindgen(js_name = convertGlossary)]
pub fn convert_glossary(text: &str, to: &str) -> Result<String, JsError> {
    let glossary = Glossary::parse(text).map_err(|e| JsError::new(&format!("baca: {}", e.0)))?;
    match to {
        "json" => Ok(export::glossary_json(&glossary)),
        "tsv" => Ok(glossary.to_tsv()),
        _ => Err(JsError::new(&format!(
            "baca: unknown glossary format \"{to}\" (known: json, tsv)"
        ))),
    }
}

/// Checks `mount`'s options against the one schema every front door uses (`mount` itself, the
/// embed's loader before it fetches a glossary, the extension) without mounting anything. Throws
/// an `Error` naming the first unknown or wrong option.
///
/// ```js
/// checkOptions({ lang: "id", mode: "overlay" }); // fine
/// checkOptions({ colour: "red" }); // Error: baca: unknown option "colour" (known: article, …)
/// ```
#[wasm_bindgen(js_name = checkOptions)]
pub fn check_options(options: JsValue) -> Result<(), JsError> {
    MountOptions::from_js(&options).map(|_| ())
}

/// Reads the article named by `options.article` (a CSS selector or an element; default: the page's
/// `<article>` or `[itemprop=articleBody]`) and renders the reader into `root`, replacing what
/// `root` held. Options: `article`, `lang` (BCP 47; default: the article's or page's `lang`),
/// `glossaryText`, `onEntityOpen`, `storage`, `targetLang`, `namesTimeLimit`, `namesData(code)`,
/// `languageData(code)`, which gives
/// the text (or a promise of it) of `data/<code>.txt` for a language whose sentence rules the
/// wasm does not bundle, and of `data/detect.txt` (code `"detect"`) for a page that declares no
/// language; and the loader's `glossary` (a URL it fetches into `glossaryText`) and `mode`, which
/// are checked here and used only by the loader. Throws an `Error` naming the problem for bad
/// options or a missing article.
#[wasm_bindgen]
pub fn mount(root: Element, options: JsValue) -> Result<ReaderHandle, JsError> {
    thread_local!(static COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
    let options = MountOptions::from_js(&options)?;
    let article = options.article()?;
    let store = Store::new(options.storage.clone());
    let lang = options.lang.clone().or_else(|| dom::lang_of(&article));
    let site_glossary = match &options.glossary_text {
        Some(text) => Glossary::parse(text)
            .map_err(|e| JsError::new(&format!("baca: the page's glossary: {}", e.0)))?,
        None => Glossary::default(),
    };
    let on_entity_open = match options.on_entity_open.clone() {
        Some(f) => Callback::from(move |[id, name, kind]: [String; 3]| {
            let detail = js_sys::Object::new();
            for (k, v) in [("id", id), ("name", name), ("type", kind)] {
                let _ =
                    js_sys::Reflect::set(&detail, &JsValue::from_str(k), &JsValue::from_str(&v));
            }
            let _ = f.call1(&JsValue::NULL, &detail);
        }),
        None => Callback::noop(),
    };
    // The DOM is read now (the page may change later); a long article is turned into blocks in
    // the next task, so that no single task holds the main thread for long.
    let snapshot = dom::snapshot(&article);
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let id = if n == 1 {
        "baca".to_owned()
    } else {
        format!("baca{n}")
    };
    let inner = Rc::new(RefCell::new(Inner {
        app: None,
        root,
        page: Page::default(),
        glossary: Rc::new(saved_glossary(&store)),
        store,
        site_glossary,
        on_entity_open,
        target_lang: options.target_lang.clone().map(Into::into),
        sentences: 0,
        id,
        generation: 0,
        waiting: Vec::new(),
        language_data: options.language_data.clone(),
        names_time_limit: options.names_time_limit.unwrap_or(NAMES_CEILING_MS),
        names_data: options.names_data.clone(),
        names_loading: None,
    }));
    if snapshot.len() < LONG_ARTICLE {
        inner.borrow_mut().page = Page::from_tree(&&dom::decode(&snapshot), lang.as_deref());
        start(&inner);
    } else {
        progress(&inner, 0);
        let generation = inner.borrow().generation;
        let inner = inner.clone();
        wasm_bindgen_futures::spawn_local(async move {
            gloo::timers::future::TimeoutFuture::new(0).await;
            // The snapshot decoded, then read into blocks, a slice at a time.
            let mut decoder = dom::Decoder::default();
            let tree = loop {
                if inner.borrow().generation != generation {
                    return;
                }
                let deadline = now() + SLICE_MS;
                if let Some(tree) = decoder.step(&snapshot, &mut || now() < deadline) {
                    break tree;
                }
                gloo::timers::future::TimeoutFuture::new(0).await;
            };
            drop(snapshot);
            let root = &tree;
            let mut reader = PageReader::new(&root, lang.as_deref());
            let page = loop {
                gloo::timers::future::TimeoutFuture::new(0).await;
                if inner.borrow().generation != generation {
                    return;
                }
                let deadline = now() + SLICE_MS;
                if let Some(page) = reader.step(&mut || now() < deadline) {
                    break page;
                }
            };
            drop(reader);
            drop(tree);
            inner.borrow_mut().page = page;
            gloo::timers::future::TimeoutFuture::new(0).await;
            if inner.borrow().generation == generation {
                start(&inner);
            }
        });
    }
    Ok(ReaderHandle { inner })
}
