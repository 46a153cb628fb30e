//! The seed article's 30 gold sentences, exactly, from the text as copied off the web page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{lang::Lang, Segmenter};

#[derive(serde::Deserialize)]
struct Doc {
    text: String,
    expected: Vec<String>,
}

#[test]
fn seed_article_gold_sentences() {
    let Some(path) = common::shared("seed/sentences.gold.json") else {
        return;
    };
    let docs: Vec<Doc> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for doc in docs {
        let got: Vec<&str> = Segmenter::new(Lang::from_tag("id"))
            .spans(&doc.text)
            .map(|s| s.slice(&doc.text))
            .collect();
        let matched = got
            .iter()
            .zip(&doc.expected)
            .filter(|(g, e)| *g == e)
            .count();
        common::report(
            "seed-sentences",
            &format!(
                "Seed article: {matched}/{} gold sentences, {} found",
                doc.expected.len(),
                got.len()
            ),
        );
        assert_eq!(got, doc.expected);
    }
}

#[test]
fn seed_article_language_is_detected() {
    let text = include_str!("../www/demo/article.txt");
    assert_eq!(Lang::resolve(None, text).code(), Some("id"));
}
