//! Runs the whole analysis over the demo article repeated to about 1 MB, or over the file named
//! as the first argument (for profilers, and to compare repetitive text with varied text).
#[path = "../src/bin/baca/languages.rs"]
mod languages;

fn main() {
    languages::add_all();
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).expect("readable UTF-8 file"),
        None => {
            let seed = include_str!("../www/demo/article.txt");
            let mut text = String::new();
            while text.len() < 1_000_000 {
                text.push_str(seed);
                text.push_str("\n\n");
            }
            text
        }
    };
    let page = baca::text::Page::from_plain_text(&text, Some("id"));
    // BACA_RUNS repeats the analysis (longer runs give profilers more samples).
    let runs: u32 = std::env::var("BACA_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = std::time::Instant::now();
    let mut a = baca::text::analyze(&page);
    for _ in 1..runs {
        a = baca::text::analyze(&page);
    }
    let dt = t.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "{} entities, {:.1} MB/s",
        a.entities.len(),
        text.len() as f64 / dt / 1e6
    );
}
