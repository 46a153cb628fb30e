//! The worst-case table (BENCHMARKS.md, "Adversarial input"): MB/s and peak memory of the whole
//! analysis on each adversarial family of `tests/common/adversarial.rs`, next to ordinary news.
//!
//! ```text
//! cargo run --release --example worst_case -- [--size BYTES] [--family NAME] [--lang CODE|none]
//! ```
//! The release profile is what `cargo build --release` gives the CLI. Each family is generated at
//! `--size` bytes (default 1 MB) from seed 1 and analysed twice; the faster run counts.

#[path = "../tests/common/adversarial.rs"]
mod adversarial;
#[path = "../src/bin/baca/languages.rs"]
mod languages;
#[path = "../tests/common/measure.rs"]
mod measure;

fn main() {
    let mut size = 1_000_000;
    let mut only: Option<String> = None;
    // The page's language: Indonesian by default, whose model reads every family (a page that
    // declares none is detected, and most families then have no language and no names).
    let mut lang = Some("id".to_owned());
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--size" => {
                size = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--size BYTES")
            }
            "--family" => only = args.next(),
            "--lang" => lang = args.next().filter(|l| l != "none"),
            _ => panic!("unknown argument {a}"),
        }
    }
    // Every language's data and names pack, as the CLI has them; then the lazily built tables
    // warmed up, so that no family pays for them.
    languages::add_all();
    let _ = measure::measured(adversarial::SEED, Some("id"));
    println!(
        "| input ({} KB, read as {}) | MB/s | peak memory | sentences | names |",
        size / 1000,
        lang.as_deref().unwrap_or("detected")
    );
    println!("|---|---:|---:|---:|---:|");
    let families = std::iter::once((
        "ordinary news (the seed, repeated)",
        adversarial::news as adversarial::Generate,
    ))
    .chain(adversarial::FAMILIES.iter().copied());
    let mut worst = f64::MAX;
    for (name, generate) in families {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let text = generate(&mut adversarial::Rng::new(1), size);
        let mut best = None;
        let mut result = None;
        for _ in 0..2 {
            let (a, cost) = measure::measured(&text, lang.as_deref());
            if best
                .as_ref()
                .is_none_or(|b: &measure::Cost| cost.time < b.time)
            {
                best = Some(cost);
            }
            result = Some(a);
        }
        let (cost, a) = (best.unwrap(), result.unwrap());
        let mbs = text.len() as f64 / 1e6 / cost.time.as_secs_f64();
        worst = worst.min(mbs);
        println!(
            "| {name} | {mbs:.1} | {:.1} MB ({:.1}× the input) | {} | {} |",
            cost.peak as f64 / 1e6,
            cost.peak as f64 / text.len() as f64,
            a.sentence_count(),
            a.entities.iter().map(|e| e.mentions.len()).sum::<usize>()
        );
    }
    println!("worst: {worst:.1} MB/s");
}
