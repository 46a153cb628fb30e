//! Start-up cost: parsing the bundled word lists and model on first use, then the first analysis
//! of the demo article against later ones (`cargo run --release --example cold_start`).
use std::time::Instant;

fn ms(t: Instant) -> String {
    format!("{:.2} ms", t.elapsed().as_secs_f64() * 1e3)
}

fn main() {
    let t = Instant::now();
    baca::text::ner::pack::add("id", include_bytes!("../src/text/ner/data/packs/id.pack")).unwrap();
    println!("names pack (id): {}", ms(t));
    let t = Instant::now();
    let _ = baca::text::ner::gazetteer::Gazetteer::get();
    println!("gazetteer: {}", ms(t));
    let t = Instant::now();
    let _ = baca::text::ner::gazetteer::EnglishWords::get();
    println!("English lists: {}", ms(t));
    let t = Instant::now();
    let _ = baca::text::lang::Lang::from_tag("id")
        .data()
        .map(|d| d.is_function_word("x"));
    let _ = baca::text::lang::Lang::from_tag("en")
        .data()
        .map(|d| d.is_function_word("x"));
    println!("sentence rules (id, en): {}", ms(t));
    let text = include_str!("../www/demo/article.txt");
    let page = baca::text::Page::from_plain_text(text, Some("id"));
    for run in 0..3 {
        let t = Instant::now();
        let a = baca::text::analyze(&page);
        println!("analysis {run}: {}, {} entities", ms(t), a.entities.len());
    }
}
