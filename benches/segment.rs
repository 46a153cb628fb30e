//! Sentence segmentation throughput: baca against unicode-segmentation's UAX #29
//! (`unicode_sentences`) and the sentencex crate, on one multi-language corpus, plus baca's
//! growth from 100 KB to 10 MB and the whole analysis. Run with `cargo bench --bench segment`.
//!
//! The corpus is assembled from texts baca may use: the demo article (Indonesian, in this
//! repository) and, when ../shared is present, the Golden Rules texts of 15 languages; each
//! language's paragraphs are repeated to the target size in fixed proportions.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // Every language's data and names pack, as the CLI and the loaders give them.
    languages::add_all();
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/bin/baca/languages.rs"]
mod languages;

// Benchmarks run natively only (sentencex is a native dev-dependency).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use baca::text::{analyze, lang::Lang, Page, Segmenter};
    use unicode_segmentation::UnicodeSegmentation;

    /// `(language, document)` pairs: each document is paragraphs separated by blank lines.
    fn build_corpus(target: usize) -> Vec<(String, String)> {
        let mut sources: Vec<(String, Vec<String>, usize)> = Vec::new(); // (lang, paragraphs, weight)
        let seed = include_str!("../www/demo/article.txt");
        sources.push((
            "id".into(),
            baca::text::paragraphs(seed)
                .map(|(_, p)| p.to_owned())
                .collect(),
            45,
        ));
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/golden-rules");
        for lang in [
            "en", "de", "es", "it", "nl", "ru", "el", "ar", "fa", "hi", "hy", "ja", "am", "my",
            "ur",
        ] {
            let Ok(json) = std::fs::read_to_string(dir.join(format!("golden_rules_{lang}.json")))
            else {
                continue;
            };
            let rules: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
            let paras: Vec<String> = rules
                .iter()
                .filter_map(|r| r["text"].as_str().map(str::to_owned))
                .collect();
            sources.push((lang.into(), paras, if lang == "en" { 30 } else { 2 }));
        }
        let weights: usize = sources.iter().map(|s| s.2).sum();
        sources
            .into_iter()
            .map(|(lang, paras, weight)| {
                let want = target * weight / weights;
                let mut doc = String::with_capacity(want + 4096);
                for p in paras.iter().cycle() {
                    if doc.len() >= want {
                        break;
                    }
                    doc.push_str(p);
                    doc.push_str("\n\n");
                }
                (lang, doc)
            })
            .collect()
    }

    fn bytes(corpus: &[(String, String)]) -> usize {
        corpus.iter().map(|(_, d)| d.len()).sum()
    }

    /// Median wall time of `runs` runs of `f`.
    fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
        let mut times = Vec::with_capacity(runs);
        let mut out = 0;
        for _ in 0..runs {
            let t = Instant::now();
            out = black_box(f());
            times.push(t.elapsed());
        }
        times.sort();
        (times[runs / 2], out)
    }

    fn mbps(bytes: usize, d: Duration) -> f64 {
        bytes as f64 / d.as_secs_f64() / 1e6
    }

    fn baca_count(corpus: &[(String, String)], segmenters: &[Segmenter]) -> usize {
        corpus
            .iter()
            .zip(segmenters)
            .map(|((_, doc), seg)| seg.spans(doc).len())
            .sum()
    }

    /// The sentences of the Indonesian NER corpora (train and dev splits, tokens joined by
    /// spaces), five to a paragraph; `None` without ../shared.
    fn varied_news() -> Option<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner");
        let files = [
            "idner-news-2k/train.txt",
            "idner-news-2k/dev.txt",
            "nergrit/train_preprocess.txt",
            "nergrit/valid_preprocess.txt",
        ];
        let mut sentences = Vec::new();
        for f in files {
            let data = std::fs::read_to_string(dir.join(f)).ok()?;
            let mut words = Vec::new();
            for line in data.lines().chain([""]) {
                match line.split_whitespace().next() {
                    Some(word) => words.push(word),
                    None if !words.is_empty() => {
                        sentences.push(std::mem::take(&mut words).join(" "))
                    }
                    None => {}
                }
            }
        }
        let paragraphs: Vec<String> = sentences.chunks(5).map(|c| c.join(" ")).collect();
        Some(paragraphs.join("\n\n"))
    }

    pub fn run() {
        let quick = std::env::args().any(|a| a == "--quick");
        let size = if quick { 1_000_000 } else { 5_000_000 };
        let main_corpus = build_corpus(size);
        let corpus = main_corpus;
        let total = bytes(&corpus);
        let langs: Vec<&str> = corpus.iter().map(|(l, _)| l.as_str()).collect();
        println!(
            "corpus: {:.2} MB in {} languages ({})",
            total as f64 / 1e6,
            langs.len(),
            langs.join(" ")
        );
        let segmenters: Vec<Segmenter> = corpus
            .iter()
            .map(|(l, _)| Segmenter::new(Lang::from_tag(l)))
            .collect();
        let runs = if quick { 3 } else { 7 };

        let (t_baca, n_baca) = time(runs, || baca_count(&corpus, &segmenters));
        let (t_uax, n_uax) = time(runs, || {
            corpus
                .iter()
                .map(|(_, d)| d.unicode_sentences().count())
                .sum()
        });
        let (t_sx, n_sx) = time(runs, || {
            corpus
                .iter()
                .map(|(l, d)| sentencex::segment(l, d).len())
                .sum()
        });
        println!("{:<28} {:>10} {:>12}", "segmenter", "MB/s", "sentences");
        println!(
            "{:<28} {:>10.1} {:>12}",
            "baca",
            mbps(total, t_baca),
            n_baca
        );
        println!(
            "{:<28} {:>10.1} {:>12}",
            "unicode-segmentation UAX29",
            mbps(total, t_uax),
            n_uax
        );
        println!(
            "{:<28} {:>10.1} {:>12}",
            "sentencex 0.1.33",
            mbps(total, t_sx),
            n_sx
        );
        println!(
            "baca / sentencex: {:.2}x",
            t_sx.as_secs_f64() / t_baca.as_secs_f64()
        );

        // The same comparison on one language at a time.
        for only in ["en", "id"] {
            let sub: Vec<(String, String)> =
                corpus.iter().filter(|(l, _)| l == only).cloned().collect();
            if sub.is_empty() {
                continue;
            }
            let segs: Vec<Segmenter> = sub
                .iter()
                .map(|(l, _)| Segmenter::new(Lang::from_tag(l)))
                .collect();
            let b = bytes(&sub);
            let (tb, _) = time(runs, || baca_count(&sub, &segs));
            let (tu, _) = time(runs, || {
                sub.iter().map(|(_, d)| d.unicode_sentences().count()).sum()
            });
            let (ts, _) = time(runs, || {
                sub.iter()
                    .map(|(l, d)| sentencex::segment(l, d).len())
                    .sum()
            });
            println!(
                "{only} only ({:.2} MB): baca {:.1}, UAX29 {:.1}, sentencex {:.1} MB/s; baca / sentencex {:.2}x",
                b as f64 / 1e6,
                mbps(b, tb),
                mbps(b, tu),
                mbps(b, ts),
                ts.as_secs_f64() / tb.as_secs_f64()
            );
        }

        println!("growth (baca): size -> ms, ms per MB");
        for target in [100_000, 1_000_000, 10_000_000] {
            let c = build_corpus(target);
            let segs: Vec<Segmenter> = c
                .iter()
                .map(|(l, _)| Segmenter::new(Lang::from_tag(l)))
                .collect();
            let b = bytes(&c);
            let (t, _) = time(if target > 1_000_000 { 3 } else { 9 }, || {
                baca_count(&c, &segs)
            });
            println!(
                "  {:>8.2} MB -> {:>8.2} ms, {:>6.2} ms/MB",
                b as f64 / 1e6,
                t.as_secs_f64() * 1e3,
                t.as_secs_f64() * 1e3 / (b as f64 / 1e6)
            );
        }

        // The whole analysis of a page: blocks, language, sentences.
        let pages: Vec<Page> = corpus
            .iter()
            .map(|(l, d)| Page::from_plain_text(d, Some(l)))
            .collect();
        let (t_an, _) = time(runs, || {
            pages.iter().map(|p| analyze(p).sentence_count()).sum()
        });
        println!(
            "analysis (baca::text::analyze): {:.1} MB/s",
            mbps(total, t_an)
        );

        // The corpus above repeats its texts to size, and the tagger keeps what it learns of
        // each word for the rest of a page: varied news, each sentence once, shows the other end.
        match varied_news() {
            Some(text) => {
                let page = Page::from_plain_text(&text, Some("id"));
                let (t_news, _) = time(runs, || analyze(&page).sentence_count());
                println!(
                    "analysis of varied news ({:.2} MB: the sentences of the NER corpora, each once): {:.1} MB/s",
                    text.len() as f64 / 1e6,
                    mbps(text.len(), t_news)
                );
            }
            None => println!("analysis of varied news: skipped: ../shared absent"),
        }
    }
}
