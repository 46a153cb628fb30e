//! The reader rendered to HTML natively (Yew SSR): hooks, order, and text rendered as text.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use baca::text::{analyze, BlockKind, Page, PageBlock};
use baca::ui::{Reader, ReaderProps};

async fn render(page: Page) -> String {
    let analysis = Rc::new(analyze(&page));
    yew::LocalServerRenderer::<Reader>::with_props(ReaderProps { analysis })
        .hydratable(false)
        .render()
        .await
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
    let first = html.find("Kim ke Rusia").unwrap();
    let second = html.find("Kim tiba.").unwrap();
    let third = html.find("Putin menunggu.").unwrap();
    assert!(first < second && second < third);
    assert!(html.contains("<h2"), "the headline is a heading");
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
