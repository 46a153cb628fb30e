//! Runs the whole analysis over the demo article repeated to about 1 MB (for profilers).
fn main() {
    let seed = include_str!("../www/demo/article.txt");
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(seed);
        text.push_str("\n\n");
    }
    let page = baca::text::Page::from_plain_text(&text, Some("id"));
    let t = std::time::Instant::now();
    let a = baca::text::analyze(&page);
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{} entities, {:.1} MB/s",
        a.entities.len(),
        text.len() as f64 / dt / 1e6
    );
}
