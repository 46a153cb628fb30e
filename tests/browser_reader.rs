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

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
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
    yew::scheduler::flush().await;

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
    yew::scheduler::flush().await;
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
    yew::scheduler::flush().await;
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
