//! The reader mounted in a real browser (wasm-bindgen-test, headless Chromium).
#![cfg(target_arch = "wasm32")]

use baca::web::mount;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn element(tag: &str, html: &str) -> Element {
    let document = gloo::utils::document();
    let element = document.create_element(tag).unwrap();
    element.set_inner_html(html);
    document.body().unwrap().append_child(&element).unwrap();
    element
}

/// The Indonesian and English names packs, as a page that loaded them beside the wasm has them.
fn load_packs() {
    use baca::text::ner::pack::add;
    add("id", include_bytes!("../src/text/ner/data/packs/id.pack")).unwrap();
    add("en", include_bytes!("../src/text/ner/data/packs/en.pack")).unwrap();
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    load_packs();
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn sentences(root: &Element) -> Vec<(String, String)> {
    let list = root
        .query_selector_all(r#"[data-baca="sentence"]"#)
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .map(|e| {
            (
                e.get_attribute("data-index").unwrap(),
                e.text_content().unwrap(),
            )
        })
        .collect()
}

/// Waits until a mounted reader is on the page (a slow, unoptimised test build may read even a
/// short article in several steps) and rendered.
async fn shown(handle: &baca::web::ReaderHandle) {
    wasm_bindgen_futures::JsFuture::from(handle.ready())
        .await
        .unwrap();
    yew::scheduler::flush().await;
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    let value = JsValue::from(error);
    Reflect::get(&value, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
async fn mounts_the_reader_with_the_articles_sentences() {
    let article = element(
        "article",
        r#"<nav>Beranda</nav><h1>Judul</h1>
           <p>Satu kalimat. Dua kalimat.</p>
           <figure><figcaption>Keterangan<span class="credit">Foto: AP</span></figcaption></figure>"#,
    );
    article.set_attribute("lang", "id").unwrap();
    let host = element("div", "<p>Memuat…</p>");
    let mut reader = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&reader).await;

    let root = host
        .query_selector(r#"[data-baca="reader"]"#)
        .unwrap()
        .expect("reader root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("id"));
    let got = sentences(&host);
    let want = [
        ("0", "Judul"),
        ("1", "Satu kalimat."),
        ("2", "Dua kalimat."),
        ("3", "Keterangan"),
    ];
    assert_eq!(got, want.map(|(i, t)| (i.to_owned(), t.to_owned())));
    assert_eq!(reader.sentence_count(), 4);
    assert!(
        !host.text_content().unwrap().contains("Memuat"),
        "loading text replaced"
    );

    reader.destroy();
    yew::scheduler::flush().await;
    assert!(host
        .query_selector(r#"[data-baca="reader"]"#)
        .unwrap()
        .is_none());
    reader.destroy(); // a second destroy does nothing
    article.remove();
    host.remove();
}

/// A page can nest elements without end (a script can build it): an article 30,000 levels deep
/// is read (the snapshot, the decoding, the walk and the freeing keep lists, not a call per
/// level; before, the snapshot's recursion threw at about 10,000 levels).
#[wasm_bindgen_test]
async fn an_article_nested_without_end_is_read() {
    let document = gloo::utils::document();
    let article = element("article", "");
    article.set_id("deep-article");
    // Not laid out: the browser's own layout of so deep a tree is not what is tested.
    article.set_attribute("style", "display: none").unwrap();
    let mut inner: Element = article.clone();
    for i in 0..30_000 {
        let child = document.create_element(["div", "span"][i % 2]).unwrap();
        inner.append_child(&child).unwrap();
        inner = child;
    }
    inner.set_text_content(Some("Kim tiba di Rusia. Putin menunggu."));
    let host = element("div", "");
    let mut reader = mount(
        host.clone(),
        options(&[("article", "#deep-article".into()), ("lang", "id".into())]),
    )
    .unwrap();
    shown(&reader).await;
    let texts: Vec<String> = sentences(&host).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["Kim tiba di Rusia.", "Putin menunggu."]);
    reader.destroy();
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn finds_the_article_by_selector_and_reads_text_as_text() {
    let article = element(
        "section",
        "<p>&lt;img src=x onerror=alert(1)&gt; tetap teks.</p>",
    );
    article.set_id("hostile-article");
    let host = element("div", "");
    let _reader = mount(
        host.clone(),
        options(&[("article", "#hostile-article".into())]),
    )
    .unwrap();
    shown(&_reader).await;
    assert_eq!(
        sentences(&host)[0].1,
        "<img src=x onerror=alert(1)> tetap teks."
    );
    assert!(host.query_selector("img").unwrap().is_none());
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
fn bad_options_are_errors_that_name_the_problem() {
    let host = element("div", "<p>tetap</p>");
    let unknown = mount(host.clone(), options(&[("colour", "red".into())]))
        .err()
        .unwrap();
    assert!(error_message(unknown).contains("unknown option \"colour\""));
    let wrong_type = mount(host.clone(), options(&[("lang", 42.into())]))
        .err()
        .unwrap();
    assert!(error_message(wrong_type).contains("\"lang\" must be a string"));
    // Each option read by the schema names itself when its value has the wrong type.
    for (name, value, expected) in [
        (
            "targetLang",
            JsValue::from(7),
            "\"targetLang\" must be a string",
        ),
        (
            "glossaryText",
            JsValue::from(true),
            "\"glossaryText\" must be the text",
        ),
        (
            "namesTimeLimit",
            JsValue::from("soon"),
            "\"namesTimeLimit\" must be a number",
        ),
        (
            "namesTimeLimit",
            JsValue::from(-1),
            "\"namesTimeLimit\" must be a number",
        ),
        (
            "namesData",
            JsValue::from("data/"),
            "\"namesData\" must be a function",
        ),
        ("storage", JsValue::from(1), "\"storage\" must be an object"),
        (
            "lang",
            JsValue::from("not a tag!"),
            "\"lang\" is not a language tag",
        ),
        // The loader's two options are in the same schema.
        (
            "mode",
            JsValue::from("sideways"),
            "\"mode\" must be either \"inline\" or \"overlay\"",
        ),
        (
            "glossary",
            JsValue::from(3),
            "\"glossary\" must be a string",
        ),
    ] {
        let error = mount(host.clone(), options(&[(name, value)]))
            .err()
            .unwrap();
        let message = error_message(error);
        assert!(message.contains(expected), "{name}: {message}");
    }
    let both = mount(
        host.clone(),
        options(&[
            ("glossary", "/g.tsv".into()),
            ("glossaryText", "a\tb".into()),
        ]),
    )
    .err()
    .unwrap();
    assert!(error_message(both).contains("either option \"glossary\""));
    assert!(baca::web::check_options(options(&[("mode", "overlay".into())])).is_ok());
    assert!(baca::web::check_options(options(&[("colour", "red".into())])).is_err());
    let missing = mount(host.clone(), options(&[("article", "#nope".into())]))
        .err()
        .unwrap();
    assert!(error_message(missing).contains("no article element matches \"#nope\""));
    let not_object = mount(host.clone(), "article".into()).err().unwrap();
    assert!(error_message(not_object).contains("options must be an object"));
    assert_eq!(
        host.inner_html(),
        "<p>tetap</p>",
        "a failed mount leaves the host as it was"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn entity_mentions_are_marked_inside_sentences() {
    let article = element(
        "article",
        "<p>Presiden Joko Widodo tiba di Tokyo. Widodo bertemu wartawan.</p>",
    );
    article.set_attribute("lang", "id").unwrap();
    let host = element("div", "");
    let _reader = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&_reader).await;
    let marks = host.query_selector_all(r#"[data-baca="entity"]"#).unwrap();
    assert!(marks.length() >= 3, "{}", host.inner_html());
    for i in 0..marks.length() {
        let mark = marks.item(i).unwrap().dyn_into::<Element>().unwrap();
        assert_eq!(mark.get_attribute("translate").as_deref(), Some("no"));
        assert!(mark.class_list().contains("notranslate"));
        let kind = mark.get_attribute("data-type").unwrap();
        assert!(["person", "place", "organization", "other"].contains(&kind.as_str()));
        assert!(!mark.get_attribute("data-entity").unwrap().is_empty());
    }
    // Marks do not change what a sentence's text is.
    let got = sentences(&host);
    assert_eq!(got[0].1, "Presiden Joko Widodo tiba di Tokyo.");
    article.remove();
    host.remove();
}

/// Mounts a reader on a one-paragraph article and waits for its first render.
async fn reader_for(text: &str) -> (Element, Element, baca::web::ReaderHandle) {
    let article = element("article", &format!("<p>{text}</p>"));
    article.set_attribute("lang", "id").unwrap();
    let host = element("div", "");
    let handle = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&handle).await;
    (article, host, handle)
}

fn query(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.dyn_into::<HtmlElement>().unwrap())
}

/// Dispatches a bubbling `keydown` for `key` on `target`.
fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

async fn settle(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

fn clear_storage() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn keys_move_the_focus_line_and_the_tab_stop() {
    clear_storage();
    let (article, host, mut handle) = reader_for("Satu kalimat. Dua kalimat. Tiga kalimat.").await;
    let first = query(&host, r#"[data-baca="sentence"][data-index="0"]"#).unwrap();
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    key(&first, "j");
    key(&first, "ArrowDown");
    settle(0).await;
    let third = query(&host, r#"[data-baca="sentence"][data-index="2"]"#).unwrap();
    assert_eq!(third.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(third.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(third.unchecked_ref::<Element>()),
        "the sentence under the focus line has the focus"
    );
    key(&third, "k");
    settle(0).await;
    assert!(query(&host, r#"[data-index="1"][aria-current="true"]"#).is_some());
    handle.destroy();
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_focused_mark_opens_a_tooltip_a_clicked_one_a_dialog() {
    clear_storage();
    let (article, host, mut handle) =
        reader_for("Presiden Joko Widodo tiba di Tokyo. Widodo tersenyum di Tokyo.").await;
    let mark = query(&host, r#"[data-baca="entity"]"#).unwrap();
    mark.focus().unwrap();
    settle(0).await;
    let card = query(&host, r#"[data-baca="card"]"#).expect("a card on focus");
    assert_eq!(card.get_attribute("role").as_deref(), Some("tooltip"));
    assert_eq!(
        mark.get_attribute("aria-describedby"),
        card.get_attribute("id")
    );
    key(&mark, "Escape");
    settle(0).await;
    assert!(
        query(&host, r#"[data-baca="card"]"#).is_none(),
        "Esc closes"
    );

    mark.click();
    settle(0).await;
    let card = query(&host, r#"[data-baca="card"]"#).expect("a card on click");
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    let text = card.text_content().unwrap();
    assert!(text.contains("Mention 1 of 2"), "{text}");
    let next = query(&card, r#"button[aria-label="Next mention"]"#).unwrap();
    next.click();
    settle(0).await;
    let card = query(&host, r#"[data-baca="card"]"#).unwrap();
    assert!(card.text_content().unwrap().contains("Mention 2 of 2"));
    // The focus line followed the mention into the second sentence.
    assert!(query(&host, r#"[data-index="1"][aria-current="true"]"#).is_some());
    handle.destroy();
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn translations_and_settings_are_saved_and_restored() {
    clear_storage();
    let (article, host, mut handle) = reader_for("Satu kalimat. Dua kalimat.").await;
    query(&host, r#"[data-baca="toggle-settings"]"#)
        .unwrap()
        .click();
    settle(0).await;
    let view = host
        .query_selector(r#"select[name="view"]"#)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap();
    view.set_value("interleaved");
    view.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle(0).await;
    let row = host
        .query_selector(r#"[data-baca="translation"][data-index="1"]"#)
        .unwrap()
        .expect("translation rows in the interleaved view")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    row.set_value("Two sentences.");
    row.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle(500).await; // after the debounced save
    handle.destroy();
    host.set_inner_html("");

    let mut again = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&again).await;
    settle(0).await;
    let row = host
        .query_selector(r#"[data-baca="translation"][data-index="1"]"#)
        .unwrap()
        .expect("the view setting was restored")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(row.value(), "Two sentences.");
    again.destroy();
    article.remove();
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn unreadable_saved_settings_are_reported_not_fatal() {
    clear_storage();
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.set_item("baca:settings", "{oops").unwrap();
    let (article, host, mut handle) = reader_for("Satu kalimat.").await;
    assert!(query(&host, r#"[data-baca="sentence"]"#).is_some());
    let message = query(&host, r#"[data-baca="message"]"#).expect("a message");
    assert!(message
        .text_content()
        .unwrap()
        .contains("could not be read"));
    assert_eq!(
        storage.get_item("baca:settings").unwrap().as_deref(),
        Some("{oops"),
        "left as it was"
    );
    handle.destroy();
    article.remove();
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_dom_snapshot_keeps_text_structure_and_skips_hidden_parts() {
    clear_storage();
    // Control characters the snapshot uses as markers, in text and in an attribute.
    let article = element(
        "article",
        "<h1 class=\"x\u{1}y\">Judul\u{2} baru</h1>\
         <p>Satu <b>kalimat</b> di\u{6}sini. <span hidden>Tersembunyi.</span>Dua <i>kali<u>mat</u></i>.</p>\
         <p aria-hidden=\"true\">Bukan bacaan.</p><p>Tiga\u{5} kalimat.</p>",
    );
    let host = element("div", "");
    let mut handle = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&handle).await;
    let got: Vec<String> = sentences(&host).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        got,
        [
            "Judul baru",
            "Satu kalimat di sini.",
            "Dua kalimat.",
            "Tiga kalimat."
        ],
    );
    handle.destroy();
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_long_article_is_read_in_steps_with_progress_then_shown() {
    clear_storage();
    let paragraph = "<p>Presiden Joko Widodo tiba di Tokyo pada hari Senin. Ia bertemu wartawan di bandara.</p>";
    let article = element("article", &paragraph.repeat(2500));
    article.set_attribute("lang", "id").unwrap();
    let host = element("div", "");
    let handle = mount(
        host.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    let status = query(&host, r#"[data-baca="loading"]"#).expect("a progress status at once");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(handle.sentence_count(), 0);
    shown(&handle).await;
    assert_eq!(handle.sentence_count(), 5000);
    assert!(query(&host, r#"[data-baca="loading"]"#).is_none());
    assert!(query(&host, r#"[data-baca="sentence"][data-index="0"]"#).is_some());

    // Destroyed while still reading: nothing appears later.
    let other = element("div", "");
    let mut early = mount(
        other.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    early.destroy();
    settle(300).await;
    assert!(query(&other, r#"[data-baca="reader"]"#).is_none());
    assert_eq!(other.inner_html(), "");
    article.remove();
    host.remove();
    other.remove();
}

#[wasm_bindgen_test]
async fn the_on_device_translator_fills_empty_rows_after_a_click() {
    clear_storage();
    // A stand-in for the browser's Translator API: availability, create (with a download
    // progress event through the monitor), translate.
    js_sys::Function::new_no_args(
        r#"
        globalThis.__bacaCreated = 0;
        globalThis.Translator = {
          availability: async () => "downloadable",
          create: async (options) => {
            globalThis.__bacaCreated += 1;
            const target = new EventTarget();
            options.monitor && options.monitor(target);
            const e = new Event("downloadprogress"); e.loaded = 0.5; target.dispatchEvent(e);
            return { translate: async (text) => `[${options.targetLanguage}] ${text}` };
          },
        };
        "#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let (article, host, mut handle) = reader_for("Satu kalimat. Dua kalimat.").await;
    let created = || {
        Reflect::get(&js_sys::global(), &"__bacaCreated".into())
            .unwrap()
            .as_f64()
            .unwrap()
    };
    assert_eq!(created(), 0.0, "nothing is created before the user asks");
    let button = query(&host, r#"[data-baca="translate-device"]"#).expect("a translate button");
    button.click();
    settle(50).await;
    settle(0).await;
    assert_eq!(created(), 1.0);
    // The translations are there: the interleaved view shows them.
    query(&host, r#"[data-baca="toggle-settings"]"#)
        .unwrap()
        .click();
    settle(0).await;
    let view = host
        .query_selector(r#"select[name="view"]"#)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap();
    view.set_value("interleaved");
    view.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle(0).await;
    let row = host
        .query_selector(r#"[data-baca="translation"][data-index="1"]"#)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(row.value(), "[en] Dua kalimat.");
    handle.destroy();
    Reflect::delete_property(
        js_sys::global().unchecked_ref::<Object>(),
        &"Translator".into(),
    )
    .unwrap();
    article.remove();
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_with_a_page_glossary_and_an_entity_callback() {
    clear_storage();
    let article = element(
        "article",
        "<p>Pemimpin Korut tiba di Moskwa. Korut menolak.</p>",
    );
    article.set_attribute("lang", "id").unwrap();
    let outer = element("div", "");
    let shadow = outer
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let host = gloo::utils::document().create_element("div").unwrap();
    shadow.append_child(&host).unwrap();
    let opened = js_sys::Array::new();
    let record = {
        let opened = opened.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |d: JsValue| {
            opened.push(&d);
        })
    };
    let handle = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            (
                "glossaryText",
                "Korut\tNorth Korea\tshort for Korea Utara".into(),
            ),
            ("onEntityOpen", record.as_ref().clone()),
        ]),
    )
    .unwrap();
    shown(&handle).await;
    let mark = query(&host, r#"[data-baca="entity"]"#).expect("the glossary term is marked");
    assert_eq!(mark.text_content().as_deref(), Some("Korut"));
    mark.click();
    settle(0).await;
    let card = query(&host, r#"[data-baca="card"]"#).expect("a card");
    assert!(card
        .text_content()
        .unwrap()
        .contains("short for Korea Utara"));
    assert_eq!(opened.length(), 1);
    let detail = opened.get(0);
    assert_eq!(
        Reflect::get(&detail, &"name".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("Korut")
    );
    // A pointer press inside the card (seen by the document as a press on the shadow host)
    // does not close it.
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let press = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    card.dispatch_event(&press).unwrap();
    settle(0).await;
    assert!(
        query(&host, r#"[data-baca="card"]"#).is_some(),
        "still open"
    );
    // One outside closes it.
    let press = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    article.dispatch_event(&press).unwrap();
    settle(0).await;
    assert!(query(&host, r#"[data-baca="card"]"#).is_none(), "closed");
    // A bad page glossary is an error that names it.
    let bad = mount(
        element("div", ""),
        options(&[
            ("article", article.clone().into()),
            ("glossaryText", "[{\"target\": 1}]".into()),
        ]),
    )
    .err()
    .unwrap();
    assert!(error_message(bad).contains("the page's glossary: entry 1"));
    drop(handle);
    article.remove();
    outer.remove();
}

/// A host store as the extension gives one: `getItem`/`setItem` over a Map (kept as `map`),
/// holding `entries` (a JS array literal of [key, value] pairs) at first.
fn map_store(entries: &str) -> js_sys::Object {
    js_sys::Function::new_no_args(&format!(
        "const m = new Map({entries}); return {{ map: m, getItem: (k) => m.has(k) ? m.get(k) : null, setItem: (k, v) => m.set(k, String(v)) }};"
    ))
    .call0(&JsValue::NULL)
    .unwrap()
    .unchecked_into()
}

/// What `store` (a [`map_store`]) holds under `key`.
fn stored(store: &js_sys::Object, key: &str) -> Option<String> {
    Reflect::get(store, &"map".into())
        .unwrap()
        .unchecked_into::<js_sys::Map>()
        .get(&key.into())
        .as_string()
}

/// Opens the settings panel of the reader in `host` and sets its translation language to
/// `lang`, as a user does; returns the field's value before.
async fn set_target_lang(host: &Element, lang: &str) -> String {
    query(host, r#"[data-baca="toggle-settings"]"#)
        .unwrap()
        .click();
    settle(0).await;
    let field = host
        .query_selector(r#"[name="target-lang"]"#)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    let before = field.value();
    field.set_value(lang);
    let bubbles = web_sys::EventInit::new();
    bubbles.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &bubbles).unwrap())
        .unwrap();
    settle(50).await;
    before
}

#[wasm_bindgen_test]
async fn a_host_store_replaces_local_storage_and_target_lang_sets_the_start() {
    clear_storage();
    // The extension's store: a JS object with getItem and setItem (here over a Map).
    let store = map_store(
        r#"[['baca:glossary', '[{"source":"Korut","target":"North Korea","description":"from the store"}]']]"#,
    );
    let article = element("article", "<p>Korut menolak. Korut diam.</p>");
    article.set_attribute("lang", "id").unwrap();
    let host = element("div", "");
    let mut handle = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            ("storage", store.clone().into()),
            ("targetLang", "de".into()),
        ]),
    )
    .unwrap();
    shown(&handle).await;
    // The glossary came from the store.
    let mark =
        query(&host, r#"[data-baca="entity"]"#).expect("the stored glossary's term is marked");
    mark.click();
    settle(0).await;
    assert!(query(&host, r#"[data-baca="card"]"#)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("from the store"));
    key(&host, "Escape");
    settle(0).await;
    // Translations start in the given language; changing a setting saves to the store only.
    assert_eq!(set_target_lang(&host, "fr").await, "de");
    let saved = stored(&store, "baca:settings").expect("settings saved in the store");
    assert!(saved.contains(r#""target_lang":"fr""#), "{saved}");
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(local.get_item("baca:settings").unwrap(), None);
    handle.destroy();
    article.remove();
    host.remove();

    // A store without the methods is refused by name; the next plain mount uses localStorage.
    let bad = mount(
        element("div", ""),
        options(&[("storage", js_sys::Object::new().into())]),
    );
    assert!(error_message(bad.err().unwrap()).contains("\"storage\""));
    clear_storage();
}

#[wasm_bindgen_test]
fn convert_glossary_checks_and_converts_files() {
    let json = baca::web::convert_glossary("Korut\tNorth Korea\tshort form", "json").unwrap();
    assert_eq!(
        json,
        "[{\"source\":\"Korut\",\"target\":\"North Korea\",\"description\":\"short form\"}]\n"
    );
    assert_eq!(
        baca::web::convert_glossary(&json, "tsv").unwrap(),
        "Korut\tNorth Korea\tshort form\n"
    );
    let bad = baca::web::convert_glossary("Korut\tNorth Korea\nno tab", "json").unwrap_err();
    assert!(error_message(bad).contains("line 2"));
    let format = baca::web::convert_glossary("Korut\tNorth Korea", "xml").unwrap_err();
    assert!(error_message(format).contains("unknown glossary format"));
}

/// A `languageData` function: records the codes it is asked for in `globalThis[log]` and answers
/// with `body` (JavaScript, the code in `code`).
fn language_data(log: &str, body: &str) -> JsValue {
    js_sys::Function::new_with_args(
        "code",
        &format!("(globalThis.{log} ??= []).push(code); {body}"),
    )
    .into()
}

/// A new host with a reader of `article` whose `languageData` option is `loader`.
fn mount_with_language_data(
    article: &Element,
    loader: JsValue,
) -> (Element, baca::web::ReaderHandle) {
    let host = element("div", "");
    let reader = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            ("languageData", loader),
        ]),
    )
    .unwrap();
    (host, reader)
}

fn asked(log: &str) -> Vec<String> {
    Reflect::get(&js_sys::global(), &log.into())
        .ok()
        .filter(|v| !v.is_undefined())
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|c| c.as_string())
                .collect()
        })
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_language_the_wasm_does_not_bundle_is_read_with_the_rules_language_data_gives() {
    Reflect::set(
        &js_sys::global(),
        &"bacaGerman".into(),
        // As `make dist` ships data/de.txt: the word lists, then the German country names.
        &concat!(
            include_str!("../src/text/lang/data/de.txt"),
            include_str!("../src/text/ner/data/places-de.txt")
        )
        .into(),
    )
    .unwrap();
    let article = element(
        "article",
        "<h1>Neue Gesetze</h1><p>Laut Prof. Schmidt ist das sinnvoll. Das Treffen ist am 3. Oktober in Berlin.</p><p>Danach reist die Delegation nach Frankreich.</p>",
    );
    article.set_attribute("lang", "de-AT").unwrap();
    let loader = language_data(
        "bacaAskedDe",
        "return new Promise((ok) => setTimeout(() => ok(globalThis.bacaGerman), 10));",
    );
    let host = element("div", "");
    let pack = js_sys::Uint8Array::from(&include_bytes!("../src/text/ner/data/packs/de.pack")[..]);
    Reflect::set(&web_sys::window().unwrap(), &"bacaDePack".into(), &pack).unwrap();
    let names = js_sys::Function::new_with_args("code", "return window.bacaDePack;");
    let reader = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            ("languageData", loader),
            ("namesData", names.into()),
        ]),
    )
    .unwrap();
    // The reader waits for the word lists before it reads the page.
    assert_eq!(reader.sentence_count(), 0);
    shown(&reader).await;
    let got: Vec<String> = sentences(&host).into_iter().map(|s| s.1).collect();
    assert_eq!(
        got,
        [
            "Neue Gesetze",
            "Laut Prof. Schmidt ist das sinnvoll.",
            "Das Treffen ist am 3. Oktober in Berlin.",
            "Danach reist die Delegation nach Frankreich."
        ]
    );
    assert_eq!(asked("bacaAskedDe"), ["de"]);
    // The German name of a country, which only German's names pack carries, is a place with its
    // English name (once the names are in).
    for _ in 0..50 {
        if host.text_content().unwrap_or_default().contains("name")
            && host
                .query_selector(r#"[data-baca="entity"]"#)
                .unwrap()
                .is_some()
        {
            break;
        }
        settle(20).await;
    }
    let marks = host.query_selector_all(r#"[data-baca="entity"]"#).unwrap();
    let france = (0..marks.length())
        .filter_map(|i| marks.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|m| m.text_content().is_some_and(|t| t.contains("Frankreich")))
        .expect("Frankreich is marked");
    assert_eq!(france.get_attribute("data-type").as_deref(), Some("place"));
    france.click();
    settle(0).await;
    let card = query(&host, r#"[data-baca="card"]"#).expect("a card on click");
    let text = card.text_content().unwrap();
    assert!(text.contains("English: France"), "{text}");
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_language_data_function_that_fails_leaves_language_neutral_rules() {
    for (code, body) in [
        ("fr", "throw new Error('offline');"),
        ("it", "return Promise.reject(new Error('HTTP 404'));"),
        ("es", "return Promise.resolve(42);"),
        ("nl", "return 'not the file';"),
    ] {
        let log = format!("bacaAsked_{code}");
        let article = element("article", "<p>Una frase. Otra frase.</p>");
        article.set_attribute("lang", code).unwrap();
        let (host, reader) = mount_with_language_data(&article, language_data(&log, body));
        shown(&reader).await;
        assert_eq!(sentences(&host).len(), 2, "{code}");
        assert_eq!(asked(&log), [code]);
        assert!(!baca::text::lang::Lang::from_tag(code).has_data(), "{code}");
        article.remove();
        host.remove();
    }
}

/// A page that declares no language: the wasm asks for the detection profile first, and with it
/// tells Dutch apart (whose word lists this loader then fails to give).
#[wasm_bindgen_test]
async fn a_page_without_a_language_is_detected_with_the_profile_language_data_gives() {
    assert!(baca::text::lang::needs_detection_data());
    Reflect::set(
        &js_sys::global(),
        &"bacaProfile".into(),
        &include_str!("../src/text/lang/data/detect.txt").into(),
    )
    .unwrap();
    let article = element(
        "article",
        "<p>De minister zei dat het overleg in het voorjaar wordt hervat. Het kabinet wil dat de \
         nieuwe regels voor de zomer ingaan, maar de oppositie is er nog niet van overtuigd.</p>",
    );
    let loader = language_data(
        "bacaAskedUndeclared",
        "return code === 'detect' ? globalThis.bacaProfile : Promise.reject(new Error('offline'));",
    );
    let (host, reader) = mount_with_language_data(&article, loader);
    shown(&reader).await;
    assert_eq!(asked("bacaAskedUndeclared"), ["detect", "nl"]);
    assert!(!baca::text::lang::needs_detection_data());
    assert_eq!(sentences(&host).len(), 2);
    article.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn destroying_a_reader_that_waits_for_its_language_data_stops_it() {
    let article = element("article", "<p>Uma frase. Outra frase.</p>");
    article.set_attribute("lang", "pt").unwrap();
    let host = element("div", "<p>antes</p>");
    let mut reader = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            (
                "languageData",
                language_data("bacaAskedPt", "return new Promise(() => {});"),
            ),
        ]),
    )
    .unwrap();
    reader.destroy();
    gloo::timers::future::TimeoutFuture::new(20).await;
    yew::scheduler::flush().await;
    assert_eq!(asked("bacaAskedPt"), ["pt"]);
    assert!(host
        .query_selector(r#"[data-baca="reader"]"#)
        .unwrap()
        .is_none());
    assert_eq!(reader.sentence_count(), 0);
    article.remove();
    host.remove();
}

#[path = "common/adversarial.rs"]
mod adversarial;

/// The text core as the wasm ships it, on every adversarial family of the fuzz harness
/// (`tests/fuzz.rs` runs them natively, larger and timed): no trap, and sentences and marks
/// lossless, in order and on char boundaries.
#[wasm_bindgen_test]
fn the_adversarial_families_are_harmless_in_the_wasm() {
    use baca::text::{analyze, Page};
    for (f, (name, generate)) in adversarial::FAMILIES.iter().enumerate() {
        let text = generate(&mut adversarial::Rng::new(f as u64), 5_000);
        for lang in [None, Some("id"), Some("en")] {
            let page = Page::from_plain_text(&text, lang);
            let a = analyze(&page);
            assert_eq!(a.blocks.len(), page.blocks.len(), "{name}");
            for block in &a.blocks {
                let mut at = 0;
                for s in &block.sentences {
                    assert!(
                        block.text[at..s.span.start].trim().is_empty(),
                        "{name}: text lost"
                    );
                    let mut mark_at = s.span.start;
                    for m in &s.marks {
                        assert!(
                            mark_at <= m.span.start && m.span.end <= s.span.end,
                            "{name}: mark"
                        );
                        assert!(
                            block.text.is_char_boundary(m.span.start)
                                && block.text.is_char_boundary(m.span.end)
                        );
                        mark_at = m.span.end;
                    }
                    at = s.span.end;
                }
                assert!(
                    block.text[at..].trim().is_empty(),
                    "{name}: text lost at the end"
                );
            }
        }
    }
}

/// A page in a language whose names pack is not in yet: the sentences come first, the names
/// once `namesData` gives the pack; a loader that fails leaves the names to the glossary.
#[wasm_bindgen_test]
async fn names_come_with_the_names_pack() {
    let article = element(
        "article",
        "<p>Bundeskanzler Olaf Scholz reiste am Dienstag nach Paris. Scholz sprach dort lange.</p>",
    );
    article.set_attribute("lang", "nl").unwrap();
    let pack = js_sys::Uint8Array::from(&include_bytes!("../src/text/ner/data/packs/nl.pack")[..]);
    let window = web_sys::window().unwrap();
    Reflect::set(&window, &"bacaNlPack".into(), &pack).unwrap();
    let loader = js_sys::Function::new_with_args(
        "code",
        "(window.bacaAskedNames ??= []).push(code); return new Promise((r) => setTimeout(() => r(window.bacaNlPack), 50));",
    );
    let host = element("div", "");
    let reader = mount(
        host.clone(),
        options(&[
            ("article", article.clone().into()),
            ("namesData", loader.into()),
        ]),
    )
    .unwrap();
    wasm_bindgen_futures::JsFuture::from(reader.ready())
        .await
        .unwrap();
    let marks = || {
        host.query_selector_all(r#"[data-baca="entity"]"#)
            .unwrap()
            .length()
    };
    for _ in 0..100 {
        if marks() > 0 {
            break;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
    assert!(marks() > 0, "the names came with the pack");
    let asked: Vec<String> =
        js_sys::Array::from(&Reflect::get(&window, &"bacaAskedNames".into()).unwrap())
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
    assert_eq!(asked, ["nl"]);

    // A loader that fails: the sentences, no names, no trap.
    let article = element(
        "article",
        "<p>Le président Emmanuel Macron est à Paris.</p>",
    );
    article.set_attribute("lang", "fr").unwrap();
    let failing =
        js_sys::Function::new_with_args("code", "return Promise.reject(new Error('offline'));");
    let host = element("div", "");
    let reader = mount(
        host.clone(),
        options(&[("article", article.into()), ("namesData", failing.into())]),
    )
    .unwrap();
    wasm_bindgen_futures::JsFuture::from(reader.ready())
        .await
        .unwrap();
    for _ in 0..20 {
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
    assert_eq!(sentences(&host).len(), 1, "{:?}", sentences(&host));
    assert_eq!(
        host.query_selector_all(r#"[data-baca="entity"]"#)
            .unwrap()
            .length(),
        0
    );
}

#[wasm_bindgen_test]
async fn each_reader_keeps_its_own_store() {
    clear_storage();
    let store = map_store("");
    let article = element("article", "<p>Korut menolak. Korut diam.</p>");
    article.set_attribute("lang", "id").unwrap();
    let first = element("div", "");
    let mut a = mount(
        first.clone(),
        options(&[
            ("article", article.clone().into()),
            ("storage", store.clone().into()),
        ]),
    )
    .unwrap();
    shown(&a).await;
    // A second reader on the page, with localStorage: the first still saves in its own store.
    let second = element("div", "");
    let mut b = mount(
        second.clone(),
        options(&[("article", article.clone().into())]),
    )
    .unwrap();
    shown(&b).await;
    set_target_lang(&first, "nl").await;
    assert!(
        stored(&store, "baca:settings").is_some_and(|s| s.contains(r#""target_lang":"nl""#)),
        "the first reader's settings went to its own store"
    );
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(local.get_item("baca:settings").unwrap(), None);
    a.destroy();
    b.destroy();
    article.remove();
    first.remove();
    second.remove();
}
