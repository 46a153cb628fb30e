//! Trains baca's entity tagger from the Indonesian NER corpora in ../shared/data/ner (train
//! splits only) and writes src/text/ner/data/ner.model.
//!
//! ```text
//! cargo run --release --example train_ner -- [--epochs 12] [--min-count 2] [--keep 4000]
//!     [--stage 3] [--retrain 15] [--power 0.5] [--out PATH] [--errors]
//! ```
//! Corpora: NERGRIT (IndoNLU; MIT, © the NERGRIT contributors) and idner-news-2k (Khairunnisa
//! et al.; MIT). Steps: count features and drop those seen fewer than `--min-count` times;
//! train an averaged perceptron with jackknifed name-lexicon features; then, until `--keep`
//! features are left, keep a `--stage`th of them by weight × (times fired)^`--power` and retrain
//! on those alone for `--retrain` passes; write the model with the lexicon of all training
//! names. Prints exact span + type F1
//! on the held-out splits (never used for training). Deterministic.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

// Training runs natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::{HashMap, HashSet};
    use std::path::{Path, PathBuf};

    use baca::text::ner::features::{gazetteer_tags, Lexicon, Sentence};
    use baca::text::ner::model::{key_of, tag_spans as spans, train::Trainer, Model, TAGS};
    use baca::text::ner::Token;

    /// A sentence of a CoNLL file: words and tag indexes.
    struct Example {
        words: Vec<String>,
        tags: Vec<usize>,
    }

    fn tag_index(tag: &str) -> usize {
        let tag = tag
            .replace("PERSON", "PER")
            .replace("PLACE", "LOC")
            .replace("ORGANISATION", "ORG");
        TAGS.iter().position(|t| *t == tag).unwrap_or(0)
    }

    fn read_conll(path: &Path) -> Vec<Example> {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut out = Vec::new();
        let mut cur = Example {
            words: Vec::new(),
            tags: Vec::new(),
        };
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() {
                if !cur.words.is_empty() {
                    out.push(std::mem::replace(
                        &mut cur,
                        Example {
                            words: Vec::new(),
                            tags: Vec::new(),
                        },
                    ));
                }
                continue;
            }
            let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
            if cols.len() < 2 {
                continue;
            }
            cur.words.push(cols[0].to_string());
            cur.tags.push(tag_index(cols[cols.len() - 1]));
        }
        if !cur.words.is_empty() {
            out.push(cur);
        }
        out
    }

    /// The sentence as text: words joined by single spaces, and their tokens.
    fn prepare(ex: &Example) -> (String, Vec<Token>) {
        let mut text = String::new();
        let mut tokens = Vec::new();
        for w in &ex.words {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(w);
            tokens.push(Token {
                start,
                end: text.len(),
            });
        }
        (text, tokens)
    }

    fn sentence(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Sentence {
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let lex = lexicon.tags(&words);
        Sentence::new(words, gazetteer_tags(text, tokens), lex)
    }

    /// The lexicon of entity names in `examples`, each with its commonest type.
    fn lexicon_of<'a>(examples: impl Iterator<Item = &'a Example>) -> Lexicon {
        let mut counts: HashMap<String, [usize; 4]> = HashMap::new();
        for ex in examples {
            for (a, b, ty) in spans(&ex.tags) {
                counts.entry(ex.words[a..b].join(" ")).or_default()[ty] += 1;
            }
        }
        let names: Vec<(String, u8)> = counts
            .into_iter()
            .map(|(n, c)| (n, (1..4).max_by_key(|&t| c[t]).unwrap_or(1) as u8))
            .collect();
        Lexicon::new(names.iter().map(|(n, t)| (n.as_str(), *t)))
    }

    fn f1(model: &Model, data: &[Example]) -> (f64, f64, f64) {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for ex in data {
            let (text, tokens) = prepare(ex);
            let guess = model.tag(&sentence(&text, &tokens, model.lexicon()));
            let (g, p) = (spans(&ex.tags), spans(&guess));
            tp += p.iter().filter(|s| g.contains(s)).count();
            fp += p.iter().filter(|s| !g.contains(s)).count();
            fn_ += g.iter().filter(|s| !p.contains(s)).count();
        }
        let pr = tp as f64 / (tp + fp).max(1) as f64;
        let rc = tp as f64 / (tp + fn_).max(1) as f64;
        (pr, rc, 2.0 * pr * rc / (pr + rc).max(1e-9))
    }

    fn print_errors(model: &Model, data: &[Example]) {
        let names = ["", "PER", "LOC", "ORG"];
        for ex in data {
            let (text, tokens) = prepare(ex);
            let guess = model.tag(&sentence(&text, &tokens, model.lexicon()));
            let (g, p) = (spans(&ex.tags), spans(&guess));
            let show = |s: &(usize, usize, usize)| {
                format!("{}:{}", names[s.2], ex.words[s.0..s.1].join(" "))
            };
            for s in p.iter().filter(|s| !g.contains(s)) {
                println!("EXTRA {}", show(s));
            }
            for s in g.iter().filter(|s| !p.contains(s)) {
                println!("MISS  {}   | {}", show(s), ex.words.join(" "));
            }
        }
    }

    pub fn main() {
        let args: Vec<String> = std::env::args().collect();
        let arg = |name: &str, default: &str| -> String {
            args.iter()
                .position(|a| a == name)
                .and_then(|i| args.get(i + 1))
                .cloned()
                .unwrap_or(default.to_string())
        };
        let epochs: usize = arg("--epochs", "12").parse().unwrap();
        let min_count: usize = arg("--min-count", "2").parse().unwrap();
        let keep: usize = arg("--keep", "4000").parse().unwrap();
        let retrain: usize = arg("--retrain", "15").parse().unwrap();
        let stage: usize = arg("--stage", "3").parse().unwrap();
        let power: f64 = arg("--power", "0.5").parse().unwrap();
        let out = PathBuf::from(arg("--out", "src/text/ner/data/ner.model"));
        let ner = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner");
        let mut train = read_conll(&ner.join("idner-news-2k/train.txt"));
        train.extend(read_conll(&ner.join("nergrit/train_preprocess.txt")));
        let idner_dev = read_conll(&ner.join("idner-news-2k/dev.txt"));
        let nergrit_dev = read_conll(&ner.join("nergrit/valid_preprocess.txt"));
        println!("training on {} sentences", train.len());

        let prepared: Vec<(String, Vec<Token>)> = train.iter().map(prepare).collect();
        // Jackknifed lexicons: a sentence sees the names of the other four fifths of the data, so the
        // model learns how far a lexicon match can be trusted for names it has not seen.
        let folds: Vec<Lexicon> = (0..5)
            .map(|f| {
                lexicon_of(
                    train
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| k % 5 != f)
                        .map(|(_, e)| e),
                )
            })
            .collect();
        let lexicon = lexicon_of(train.iter());
        let mut counts: HashMap<u32, usize> = HashMap::new();
        let mut buf = Vec::new();
        for (k, (text, tokens)) in prepared.iter().enumerate() {
            let s = sentence(text, tokens, &folds[k % 5]);
            for i in 0..s.len() {
                buf.clear();
                s.features(i, &mut buf);
                for &f in &buf {
                    *counts.entry(f).or_default() += 1;
                }
            }
        }
        let frequent: HashSet<u32> = counts
            .iter()
            .filter(|(_, &c)| c >= min_count)
            .map(|(&f, _)| f)
            .collect();
        println!(
            "{} features, {} seen at least {min_count} times; lexicon of {} names",
            counts.len(),
            frequent.len(),
            lexicon.len()
        );

        let run = |allowed: HashSet<u32>, passes: usize| {
            let mut trainer = Trainer::restricted(allowed);
            // A fixed permutation per pass (linear congruential), so training is reproducible.
            let mut order: Vec<usize> = (0..train.len()).collect();
            let mut seed: u64 = 0x5eed;
            for _ in 0..passes {
                for i in (1..order.len()).rev() {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    order.swap(i, (seed >> 33) as usize % (i + 1));
                }
                for &k in &order {
                    let (text, tokens) = &prepared[k];
                    trainer.update(&sentence(text, tokens, &folds[k % 5]), &train[k].tags);
                }
            }
            trainer
        };
        let full = run(frequent, epochs)
            .finish(usize::MAX)
            .with_lexicon(lexicon.clone());
        let (_, _, a) = f1(&full, &idner_dev);
        let (_, _, b) = f1(&full, &nergrit_dev);
        println!(
            "all {} features: F1 idner dev {a:.3}, NERGRIT valid {b:.3}",
            full.len()
        );

        // Importance: weight size times the square root of how often the feature fires, so general
        // features (shapes, context words) outrank rare names with large weights.
        let mut fired: HashMap<u32, usize> = HashMap::new();
        for (&f, &c) in &counts {
            *fired.entry(key_of(f)).or_default() += c;
        }
        let importance = |m: &Model, keep: usize| -> HashSet<u32> {
            let mut scored: Vec<(f64, u32)> = m
                .keys()
                .iter()
                .zip(m.weight_sizes())
                .map(|(&k, w)| {
                    (
                        f64::from(w) * (fired.get(&k).copied().unwrap_or(1) as f64).powf(power),
                        k,
                    )
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0));
            scored.iter().take(keep).map(|s| s.1).collect()
        };
        // Pruned in stages, retrained after each: the weights of the features that stay take
        // over what the dropped ones did before the next cut.
        let mut model = full;
        let mut size = model.len();
        while size > keep {
            size = (size / stage).max(keep);
            model = run(importance(&model, size), retrain)
                .finish(size)
                .with_lexicon(lexicon.clone());
            let (_, _, a) = f1(&model, &idner_dev);
            let (_, _, b) = f1(&model, &nergrit_dev);
            println!("  {size} features: F1 idner dev {a:.3}, NERGRIT valid {b:.3}");
        }

        let bytes = model.to_bytes();
        let stored = Model::from_bytes(&bytes).expect("the model reads back");
        let (p, r, a) = f1(&stored, &idner_dev);
        println!(
            "stored, {} features: idner dev P {p:.3} R {r:.3} F1 {a:.3}",
            stored.len()
        );
        let (p, r, b) = f1(&stored, &nergrit_dev);
        println!(
            "stored, {} features: NERGRIT valid P {p:.3} R {r:.3} F1 {b:.3}",
            stored.len()
        );
        if args.iter().any(|a| a == "--errors") {
            print_errors(&stored, &idner_dev);
        }
        std::fs::write(&out, &bytes).unwrap();
        println!("wrote {} ({} bytes)", out.display(), bytes.len());
    }
}
