//! Block extraction rules: what of an article's element tree the reader reads, and as what.
#![cfg(not(target_arch = "wasm32"))]

use baca::text::{BlockKind, Page, TreeNode};

fn el(tag: &str, attrs: &[(&str, &str)], children: Vec<TreeNode>) -> TreeNode {
    TreeNode::element(tag, attrs, children)
}
fn t(text: &str) -> TreeNode {
    TreeNode::text(text)
}
fn blocks(root: &TreeNode) -> Vec<(BlockKind, String)> {
    Page::from_tree(root, None)
        .blocks
        .into_iter()
        .map(|b| (b.kind, b.text))
        .collect()
}

#[test]
fn news_article_layout_gives_headline_lead_paragraphs_caption_subheading() {
    let article = el(
        "article",
        &[],
        vec![
            el(
                "header",
                &[],
                vec![
                    el(
                        "p",
                        &[("class", "kicker")],
                        vec![el("a", &[("rel", "tag")], vec![t("Politik")])],
                    ),
                    el("h1", &[], vec![t("Judul berita")]),
                    el(
                        "p",
                        &[("class", "dateline")],
                        vec![el("time", &[], vec![t("1 Mei 2024")])],
                    ),
                    el(
                        "p",
                        &[("class", "article-lead")],
                        vec![t("Ringkasan berita.")],
                    ),
                    el("p", &[], vec![t("https://example.org/p/123")]),
                ],
            ),
            el(
                "figure",
                &[],
                vec![
                    el("img", &[("alt", "Teks alternatif")], vec![]),
                    el(
                        "figcaption",
                        &[],
                        vec![
                            t("Keterangan foto"),
                            el("span", &[("class", "credit")], vec![t("Foto: Agensi")]),
                        ],
                    ),
                ],
            ),
            el(
                "p",
                &[],
                vec![t("Paragraf "), el("em", &[], vec![t("pertama")]), t(".")],
            ),
            el("h2", &[], vec![t("Subjudul")]),
            el("p", &[], vec![t("Paragraf kedua.")]),
            el("footer", &[], vec![el("p", &[], vec![t("ab/cd (AP)")])]),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Headline, "Judul berita".into()),
            (BlockKind::Lead, "Ringkasan berita.".into()),
            (BlockKind::Caption, "Keterangan foto".into()),
            (BlockKind::Paragraph, "Paragraf pertama.".into()),
            (BlockKind::Subheading, "Subjudul".into()),
            (BlockKind::Paragraph, "Paragraf kedua.".into()),
        ]
    );
}

#[test]
fn a_box_a_class_word_calls_a_caption_is_one_but_not_a_body_so_called() {
    // KapanLagi writes its captions as a classed box of the photo and a span, no <figcaption>.
    let article = el(
        "div",
        &[],
        vec![
            el("p", &[], vec![t("Paragraf pertama.")]),
            el(
                "div",
                &[("class", "music-newsdetail-image-caption")],
                vec![
                    el("img", &[("alt", "Foto")], vec![]),
                    el("span", &[], vec![t("Keterangan foto")]),
                ],
            ),
            el("p", &[], vec![t("Paragraf kedua.")]),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Paragraph, "Paragraf pertama.".into()),
            (BlockKind::Caption, "Keterangan foto".into()),
            (BlockKind::Paragraph, "Paragraf kedua.".into()),
        ]
    );
    // A box of paragraphs, or of boxes of text, is a body whatever its class says.
    for inner in ["p", "div"] {
        let body = el(
            "div",
            &[("class", "body has-caption")],
            vec![
                el(inner, &[], vec![t("Satu.")]),
                el(inner, &[], vec![t("Dua.")]),
            ],
        );
        assert_eq!(
            blocks(&body),
            [
                (BlockKind::Paragraph, "Satu.".into()),
                (BlockKind::Paragraph, "Dua.".into()),
            ],
            "{inner}"
        );
    }
    // A span so called stays in its paragraph.
    let paragraph = el(
        "p",
        &[],
        vec![
            t("Kata "),
            el("span", &[("class", "caption")], vec![t("dalam")]),
            t(" kalimat."),
        ],
    );
    assert_eq!(
        blocks(&paragraph),
        [(BlockKind::Paragraph, "Kata dalam kalimat.".into())]
    );
}

#[test]
fn furniture_is_skipped() {
    let article = el(
        "div",
        &[],
        vec![
            el("nav", &[], vec![t("Menu")]),
            el("div", &[("role", "navigation")], vec![t("Menu lain")]),
            el("aside", &[], vec![t("Berita terkait")]),
            el("div", &[("class", "social-share")], vec![t("Bagikan")]),
            el("div", &[("class", "ad-slot")], vec![t("Iklan")]),
            el("p", &[("hidden", "")], vec![t("Tersembunyi")]),
            el("p", &[("aria-hidden", "true")], vec![t("Tersembunyi juga")]),
            el("script", &[], vec![t("var x = 1;")]),
            el("style", &[], vec![t("p { color: red }")]),
            el("button", &[], vec![t("Tutup")]),
            el("span", &[("itemprop", "author")], vec![t("Penulis")]),
            el("p", &[], vec![t("Isi.")]),
        ],
    );
    assert_eq!(blocks(&article), [(BlockKind::Paragraph, "Isi.".into())]);
}

#[test]
fn class_words_match_whole_parts_only() {
    // "shadow" and "loaded" contain "ad" but are not ad containers; "header" is not "lead".
    let article = el(
        "div",
        &[("class", "shadow loaded header")],
        vec![el("p", &[], vec![t("Tetap dibaca.")])],
    );
    assert_eq!(
        blocks(&article),
        [(BlockKind::Paragraph, "Tetap dibaca.".into())]
    );
}

#[test]
fn whitespace_collapses_like_html_but_no_break_spaces_stay() {
    let article = el("p", &[], vec![t("\n   Kim\u{a0} akan \t\n datang.  ")]);
    assert_eq!(
        blocks(&article),
        [(BlockKind::Paragraph, "Kim\u{a0} akan datang.".into())]
    );
}

#[test]
fn line_breaks_become_newlines() {
    let article = el(
        "p",
        &[],
        vec![t("Baris satu "), el("br", &[], vec![]), t(" Baris dua")],
    );
    assert_eq!(
        blocks(&article),
        [(BlockKind::Paragraph, "Baris satu\nBaris dua".into())]
    );
}

#[test]
fn two_line_breaks_end_a_paragraph() {
    let br = || el("br", &[], vec![]);
    let article = el(
        "div",
        &[],
        vec![
            t("Satu. "),
            br(),
            t("Masih satu."),
            br(),
            t("\n "),
            br(),
            el("b", &[], vec![t("Dua.")]),
            br(),
            br(),
            br(),
            t("Tiga."),
            br(),
            t("\u{a0} "),
            br(),
            t("Empat."),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Paragraph, "Satu.\nMasih satu.".into()),
            (BlockKind::Paragraph, "Dua.".into()),
            (BlockKind::Paragraph, "Tiga.".into()),
            (BlockKind::Paragraph, "Empat.".into()),
        ]
    );
}

#[test]
fn a_description_of_several_paragraphs_is_the_body_not_a_lead() {
    let p = |s| el("p", &[], vec![t(s)]);
    let body = el(
        "div",
        &[("itemprop", "description")],
        vec![p("Satu."), p("Dua.")],
    );
    assert_eq!(
        blocks(&body),
        [
            (BlockKind::Paragraph, "Satu.".into()),
            (BlockKind::Paragraph, "Dua.".into()),
        ]
    );
    let summary = el("div", &[("itemprop", "description")], vec![p("Ringkas.")]);
    assert_eq!(blocks(&summary), [(BlockKind::Lead, "Ringkas.".into())]);
    // The body in a box of its own inside the description (Liputan6's page); a summary in a
    // box of its own is still one.
    let boxed = el(
        "div",
        &[("itemprop", "description")],
        vec![el("div", &[], vec![p("Satu."), p("Dua.")])],
    );
    assert_eq!(
        blocks(&boxed),
        [
            (BlockKind::Paragraph, "Satu.".into()),
            (BlockKind::Paragraph, "Dua.".into()),
        ]
    );
    let wrapped = el(
        "div",
        &[("itemprop", "description")],
        vec![el("div", &[], vec![t("Ringkas.")])],
    );
    assert_eq!(blocks(&wrapped), [(BlockKind::Lead, "Ringkas.".into())]);
}

#[test]
fn loose_text_in_containers_is_a_paragraph_and_ends_at_blocks() {
    let article = el(
        "div",
        &[],
        vec![
            t("Teks lepas "),
            el("b", &[], vec![t("tebal")]),
            el("p", &[], vec![t("Paragraf.")]),
            t("Ekor."),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Paragraph, "Teks lepas tebal".into()),
            (BlockKind::Paragraph, "Paragraf.".into()),
            (BlockKind::Paragraph, "Ekor.".into()),
        ]
    );
}

#[test]
fn paragraphs_inherit_the_kind_of_their_container() {
    let article = el(
        "div",
        &[],
        vec![
            el("blockquote", &[], vec![el("p", &[], vec![t("Kutipan.")])]),
            el(
                "figcaption",
                &[],
                vec![el("p", &[], vec![t("Keterangan.")])],
            ),
            el("ul", &[], vec![el("li", &[], vec![t("Butir.")])]),
            el(
                "div",
                &[("class", "intro")],
                vec![el("p", &[], vec![t("Pengantar.")])],
            ),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Quote, "Kutipan.".into()),
            (BlockKind::Caption, "Keterangan.".into()),
            (BlockKind::ListItem, "Butir.".into()),
            (BlockKind::Lead, "Pengantar.".into()),
        ]
    );
}

#[test]
fn time_inside_a_paragraph_is_text_but_a_standalone_time_is_a_dateline() {
    let article = el(
        "div",
        &[],
        vec![
            el("time", &[], vec![t("12 September 2023")]),
            el(
                "p",
                &[],
                vec![
                    t("Pada "),
                    el("time", &[], vec![t("Selasa")]),
                    t(" Kim tiba."),
                ],
            ),
        ],
    );
    assert_eq!(
        blocks(&article),
        [(BlockKind::Paragraph, "Pada Selasa Kim tiba.".into())]
    );
}

#[test]
fn publishers_can_name_blocks_explicitly() {
    let article = el(
        "div",
        &[],
        vec![
            el("div", &[("data-baca-block", "lead")], vec![t("Ringkas.")]),
            el(
                "p",
                &[("data-baca-block", "skip")],
                vec![t("Jangan dibaca.")],
            ),
            el(
                "p",
                &[("data-baca-block", "caption")],
                vec![t("Foto kecil.")],
            ),
        ],
    );
    assert_eq!(
        blocks(&article),
        [
            (BlockKind::Lead, "Ringkas.".into()),
            (BlockKind::Caption, "Foto kecil.".into())
        ]
    );
}

#[test]
fn blocks_without_letters_or_digits_and_bare_urls_are_dropped() {
    let article = el(
        "div",
        &[],
        vec![
            el("p", &[], vec![t(" • ")]),
            el("p", &[], vec![t("www.example.org/berita")]),
            el(
                "p",
                &[],
                vec![t("Lihat https://example.org untuk rincian.")],
            ),
        ],
    );
    assert_eq!(
        blocks(&article),
        [(
            BlockKind::Paragraph,
            "Lihat https://example.org untuk rincian.".into()
        )]
    );
}

/// A page may nest elements without end (a script can): reading and freeing a tree of any depth
/// costs no stack (the walk and the drop keep a list; a call per level overflowed at about
/// 100,000 levels natively, far fewer in the wasm).
#[test]
fn a_tree_of_any_depth_is_read_and_freed() {
    let mut node = t("Kim tiba di Rusia. Putin menunggu.");
    for i in 0..300_000 {
        let tag = ["div", "span", "section", "b"][i % 4];
        node = el(tag, &[], vec![node]);
    }
    let root = el("article", &[], vec![el("h1", &[], vec![t("Judul")]), node]);
    let page = Page::from_tree(&&root, None);
    let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Judul", "Kim tiba di Rusia. Putin menunggu."]);
    drop(root);
}

/// Read a few nodes at a time (as the browser reads a long article, between paints), a tree
/// gives the page it gives read in one go.
#[test]
fn a_tree_read_in_steps_is_the_tree_read_in_one_go() {
    let part = |i: usize| {
        vec![
            el("h2", &[], vec![t(&format!("Bagian {i}"))]),
            el("p", &[("class", "lead")], vec![t("Ringkasan.")]),
            el(
                "p",
                &[],
                vec![
                    t("Baris satu"),
                    el("br", &[], vec![]),
                    el("b", &[], vec![t("dua")]),
                ],
            ),
            el(
                "div",
                &[],
                vec![t("Lepas "), el("p", &[], vec![t("dalam")]), t(" sesudah")],
            ),
            el(
                "figure",
                &[],
                vec![el("figcaption", &[], vec![t("Foto bersama.")])],
            ),
            el("nav", &[], vec![t("Menu")]),
        ]
    };
    let root = el(
        "article",
        &[],
        std::iter::once(el("h1", &[], vec![t("Judul")]))
            .chain((0..60).flat_map(part))
            .collect(),
    );
    let whole = Page::from_tree(&&root, Some("id"));
    let mut reader = baca::text::PageReader::new(&&root, Some("id"));
    let mut steps = 1;
    let stepped = loop {
        match reader.step(&mut || false) {
            Some(page) => break page,
            None => steps += 1,
        }
    };
    assert_eq!(stepped, whole);
    assert!(steps > 10, "{steps} steps");
}
