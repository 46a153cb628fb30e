//! The reader rendered to HTML natively (Yew SSR): hooks, order, and text rendered as text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use baca::text::{analyze, BlockKind, Page, PageBlock};
use baca::ui::{Reader, ReaderProps};

async fn render(page: Page) -> String {
    common::load_languages();
    let analysis = Rc::new(analyze(&page));
    yew::LocalServerRenderer::<Reader>::with_props(yew::props!(ReaderProps { analysis }))
        .hydratable(false)
        .render()
        .await
}

/// The text of some HTML: everything outside tags.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[tokio::test(flavor = "current_thread")]
async fn sentences_carry_hooks_in_reading_order() {
    let page = Page {
        lang: Some("id".into()),
        blocks: vec![
            PageBlock::new(BlockKind::Headline, "Kim ke Rusia"),
            PageBlock::new(BlockKind::Paragraph, "Kim tiba. Putin menunggu."),
        ],
    };
    let html = render(page).await;
    assert!(html.contains(r#"data-baca="reader""#));
    assert!(html.contains(r#"lang="id""#));
    let indexes: Vec<&str> = html
        .split(r#"data-index=""#)
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(indexes, ["0", "1", "2"]);
    let text = strip_tags(&html);
    let first = text.find("Kim ke Rusia").unwrap();
    let second = text.find("Kim tiba.").unwrap();
    let third = text.find("Putin menunggu.").unwrap();
    assert!(first < second && second < third);
    assert!(html.contains("<h2"), "the headline is a heading");
}

#[tokio::test(flavor = "current_thread")]
async fn entity_mentions_are_marked_and_kept_from_machine_translation() {
    let page = Page::from_plain_text(
        "Presiden Joko Widodo tiba di Tokyo. Widodo tersenyum.",
        Some("id"),
    );
    let html = render(page).await;
    let marks: Vec<&str> = html.split("<mark").skip(1).collect();
    assert!(marks.len() >= 3, "{html}");
    for m in &marks {
        assert!(m.contains(r#"translate="no""#), "{m}");
        assert!(m.contains("notranslate"), "{m}");
        assert!(m.contains(r#"data-baca="entity""#), "{m}");
        assert!(m.contains(r#"data-entity=""#), "{m}");
        let kind = m
            .split(r#"data-type=""#)
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap();
        assert!(
            ["person", "place", "organization", "other"].contains(&kind),
            "{m}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn markup_in_article_text_is_escaped() {
    let page = Page::from_plain_text(
        "<img src=x onerror=alert(1)> menyerang. <script>x()</script>",
        None,
    );
    let html = render(page).await;
    assert!(!html.contains("<img"));
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}
