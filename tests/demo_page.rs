//! The demo page carries the seed article: every line of the repository's copy of the article
//! appears in index.html, and the copy is the seed itself when ../shared is present.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const ARTICLE: &str = include_str!("../www/demo/article.txt");
const INDEX: &str = include_str!("../index.html");

/// index.html's text with its character references decoded (the page uses only these).
fn index_text() -> String {
    INDEX
        .replace("&nbsp;", "\u{a0}")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn every_line_of_the_article_is_on_the_demo_page() {
    let page = index_text();
    for line in ARTICLE.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // The skip links drop their list numbers, the category tags are two links, and photo
        // credits are elements of their own after the caption.
        let line = line
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        let pieces: Vec<&str> = match line {
            "PolitikKorea Utara" => vec!["Politik", "Korea Utara"],
            _ => line.split("Foto: ").collect(),
        };
        for piece in pieces {
            assert!(page.contains(piece), "index.html lacks {piece:?}");
        }
    }
}

#[test]
fn the_demo_copy_is_the_seed_article() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed/article.txt");
    let Ok(seed) = std::fs::read_to_string(&seed) else {
        println!("skipped: ../shared absent");
        return;
    };
    assert_eq!(seed, ARTICLE);
}

#[test]
fn the_demo_page_loads_nothing_from_other_hosts() {
    for attr in ["src=\"", "href=\""] {
        for (i, _) in INDEX.match_indices(attr) {
            let value = &INDEX[i + attr.len()..];
            assert!(
                !value.starts_with("http") && !value.starts_with("//"),
                "index.html refers to another host: {}",
                &value[..value.find('"').unwrap_or(value.len())]
            );
        }
    }
}
