//! Trains a language's entity tagger, a linear-chain CRF over baca's features, from the corpora
//! in ../shared/data/ner whose licence lets the weights ship (train splits only), and writes
//! `src/text/ner/data/<lang>.model`. Deterministic. Spanish and Italian, which have no corpus
//! that may ship, learn from Portuguese's and French's and are measured on their own.
//!
//! ```text
//! cargo run --release --example train_ner -- --lang en [--epochs 12] [--retrain 4]
//!     [--keep 60000] [--sweep 5000,10000,20000,40000,80000] [--title 0.15] [--min-count 2]
//!     [--rate 0.1] [--l2 0.000001] [--skip CORPUS,…] [--out PATH] [--eval]
//!     [--clusters 100] [--coarse 32] [--cluster-min 3] [--with CORPUS/train.txt,…]
//! ```
//! With `--eval` it trains nothing: it reads the model at `--out` and prints its precision and
//! recall on the dev splits at each confidence threshold (packs.tsv's threshold is the least
//! whose precision on the tuning splits reaches 0.90).
//! ```text
//! ```
//! Steps: read the corpora (tags mapped to PER/LOC/ORG by `../shared/data/ner/SOURCES.md`), put
//! a `--title` share of the training sentences in title case as well (so that the model learns
//! how little a headline's capitals say), count features and drop those seen fewer than
//! `--min-count` times, train for `--epochs` passes; then for each size of `--sweep` keep that
//! many features by weight × √(times fired) and retrain for `--retrain` passes, printing the
//! tagger's F1 and precision on every dev split and the model's size: the size-vs-F1 curve
//! (BENCHMARKS.md); the model written is the one of `--keep` features. A jackknifed lexicon of
//! the training names is a feature (each sentence sees the names of the other four fifths).
//! `--with` adds the train splits of other shippable corpora, to try them (those that may not
//! ship are refused).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use baca::text::ner::crf::{marginals, span_confidence, train::Trainer};
use baca::text::ner::features::{gazetteer_tags, Clusters, Lexicon, Sentence, WordInfo};
use baca::text::ner::model::{key_of, tag_spans as spans, viterbi, Model};
use baca::text::ner::Token;

/// A sentence of a corpus: words and tag indexes (0 O, 1 B-PER, 2 I-PER, 3 B-LOC, 4 I-LOC,
/// 5 B-ORG, 6 I-ORG).
#[derive(Clone)]
struct Example {
    words: Vec<String>,
    tags: Vec<usize>,
}

/// A corpus tag as baca's: PER, LOC, ORG by SOURCES.md's mapping; everything else O.
fn tag_index(tag: &str) -> usize {
    let Some((bio, ty)) = tag.split_once('-') else {
        return 0;
    };
    let ty = match ty {
        "PER" | "PERSON" | "PPL" | "person" => 1,
        "LOC" | "PLACE" | "PLC" | "location" => 2,
        "ORG" | "ORGANISATION" | "ORGANIZATION" | "IND" | "corporation" | "group" => 3,
        _ => return 0,
    };
    match bio {
        "B" => 2 * ty - 1,
        "I" => 2 * ty,
        _ => 0,
    }
}

fn read_conll(path: &Path) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    let mut cur = Example {
        words: Vec::new(),
        tags: Vec::new(),
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
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
    // IOB2: an I- that does not continue its type starts a name.
    for ex in &mut out {
        for i in 0..ex.tags.len() {
            let t = ex.tags[i];
            if t != 0
                && t % 2 == 0
                && (i == 0 || ex.tags[i - 1].div_ceil(2) != t / 2 || ex.tags[i - 1] == 0)
            {
                ex.tags[i] = t - 1;
            }
        }
    }
    out
}

/// The training corpora and the dev splits of a language (train splits of shippable corpora
/// only; a corpus that may not ship is only ever a dev split).
fn corpora(lang: &str, ner: &Path, skip: &[String]) -> (Vec<Example>, Vec<(String, Vec<Example>)>) {
    // A training corpus named in `skip` (its folder) is left out.
    let read = |f: &str| {
        if skip.iter().any(|s| f.starts_with(s.as_str())) {
            Vec::new()
        } else {
            read_conll(&ner.join(f))
        }
    };
    let read_dev = |f: &str| read_conll(&ner.join(f));
    let dev = |name: &str, f: &str| (name.to_owned(), read_dev(f));
    match lang {
        "id" => (
            [
                read("idner-news-2k/train.txt"),
                read("nergrit/train_preprocess.txt"),
            ]
            .concat(),
            vec![
                dev("idner-news-2k dev", "idner-news-2k/dev.txt"),
                dev("NERGRIT valid", "nergrit/valid_preprocess.txt"),
            ],
        ),
        "en" => (
            [
                read("uner-en-ewt/train.txt"),
                read("wikigold/train.txt"),
                read("wnut17/train.txt"),
            ]
            .concat(),
            vec![
                dev("UNER English-EWT dev", "uner-en-ewt/dev.txt"),
                dev("wikigold dev", "wikigold/dev.txt"),
                dev("WNUT-17 dev", "wnut17/dev.txt"),
                dev(
                    "CoNLL-2003 dev (news; measured, never trained on)",
                    "conll2003/dev.txt",
                ),
            ],
        ),
        "de" => {
            // GermEval 2014 has no train split here: its dev split's first half trains, the
            // second half measures.
            let germeval = read_dev("germeval2014/dev.txt");
            let half = germeval.len() / 2;
            (
                [read("europeana-de/train.txt"), germeval[..half].to_vec()].concat(),
                vec![
                    (
                        "GermEval 2014 dev, second half".to_owned(),
                        germeval[half..].to_vec(),
                    ),
                    dev("Europeana DE dev", "europeana-de/dev.txt"),
                ],
            )
        }
        "nl" => (
            read("europeana-nl/train.txt"),
            vec![
                dev("Europeana NL dev", "europeana-nl/dev.txt"),
                dev(
                    "CoNLL-2002 NL dev (news; measured, never trained on)",
                    "conll2002-nl/dev.txt",
                ),
            ],
        ),
        "fr" => (
            read("europeana-fr/train.txt"),
            vec![dev("Europeana FR dev", "europeana-fr/dev.txt")],
        ),
        "pt" => (
            read("uner-pt-bosque/train.txt"),
            vec![dev("UNER Portuguese-Bosque dev", "uner-pt-bosque/dev.txt")],
        ),
        // No Spanish or Italian corpus may ship: their taggers learn from the two shippable
        // corpora of the nearest languages, Portuguese news and French newspapers, and are
        // measured on the language's own corpus, which never trains.
        "es" | "it" => {
            let own = if lang == "es" {
                dev(
                    "CoNLL-2002 ES dev (news; measured, never trained on)",
                    "conll2002-es/dev.txt",
                )
            } else {
                dev(
                    "KIND Wikinews dev (measured, never trained on)",
                    "kind-wikinews/dev.txt",
                )
            };
            (
                [
                    read("uner-pt-bosque/train.txt"),
                    read("europeana-fr/train.txt"),
                ]
                .concat(),
                vec![
                    dev("UNER Portuguese-Bosque dev", "uner-pt-bosque/dev.txt"),
                    dev("Europeana FR dev", "europeana-fr/dev.txt"),
                    own,
                ],
            )
        }
        _ => panic!("no shippable corpus for {lang}"),
    }
}

/// The sentence as text: words joined by single spaces, and their tokens.
fn prepare(words: &[String]) -> (String, Vec<Token>) {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for w in words {
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

/// The features of every token of a sentence, with `lexicon`'s names and `clusters`.
fn featurize(words: &[String], lexicon: &Lexicon, clusters: &Clusters) -> Vec<Vec<u32>> {
    let (text, tokens) = prepare(words);
    let ws: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
    let lex = lexicon.tags(&ws);
    let s = Sentence::new_in(ws, gazetteer_tags(&text, &tokens), lex, clusters);
    (0..s.len())
        .map(|i| {
            let mut f = Vec::with_capacity(64);
            s.features(i, &mut f);
            f
        })
        .collect()
}

/// A small deterministic generator (xorshift) for the clustering's seeds.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Spherical k-means of unit `rows` (sparse: `(dimension, value)`) in `dims` dimensions into
/// `k` clusters: k-means++ seeds, then `rounds` of assigning each row to its nearest centroid
/// (largest cosine) and re-centring. Returns each row's cluster and the unit centroids.
fn spherical_kmeans(
    rows: &[Vec<(usize, f32)>],
    dims: usize,
    k: usize,
    rounds: usize,
) -> (Vec<usize>, Vec<Vec<f32>>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let dot = |row: &[(usize, f32)], c: &[f32]| row.iter().map(|&(d, v)| v * c[d]).sum::<f32>();
    let dense = |row: &[(usize, f32)]| {
        let mut c = vec![0.0; dims];
        for &(d, v) in row {
            c[d] = v;
        }
        c
    };
    let k = k.min(rows.len()).max(1);
    let mut centroids = vec![dense(&rows[(rng.next() % rows.len() as u64) as usize])];
    // k-means++: each next seed drawn with probability by its distance (1 − cosine) to the
    // nearest seed so far.
    let mut nearest: Vec<f32> = rows.iter().map(|r| 1.0 - dot(r, &centroids[0])).collect();
    while centroids.len() < k {
        let total: f64 = nearest.iter().map(|&d| f64::from(d.max(0.0))).sum();
        let mut pick = (rng.next() % 1_000_000) as f64 / 1e6 * total;
        let mut chosen = rows.len() - 1;
        for (i, &d) in nearest.iter().enumerate() {
            pick -= f64::from(d.max(0.0));
            if pick <= 0.0 {
                chosen = i;
                break;
            }
        }
        let c = dense(&rows[chosen]);
        for (n, r) in nearest.iter_mut().zip(rows) {
            *n = n.min(1.0 - dot(r, &c));
        }
        centroids.push(c);
    }
    let mut assign = vec![0; rows.len()];
    for _ in 0..rounds {
        for (a, r) in assign.iter_mut().zip(rows) {
            *a = (0..k)
                .max_by(|&x, &y| dot(r, &centroids[x]).total_cmp(&dot(r, &centroids[y])))
                .unwrap_or(0);
        }
        let mut sums = vec![vec![0.0f32; dims]; k];
        for (&a, r) in assign.iter().zip(rows) {
            for &(d, v) in r {
                sums[a][d] += v;
            }
        }
        for (c, s) in centroids.iter_mut().zip(sums) {
            let norm = s.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                *c = s.iter().map(|v| v / norm).collect();
            }
        }
    }
    (assign, centroids)
}

/// Word clusters from the text of `examples` (their words alone, no tags): each word seen at
/// least `min` times is described by its neighbours one and two places either side (the
/// `contexts` commonest words, and one slot for the rest), weighted by positive pointwise mutual
/// information; `fine` clusters by spherical k-means, then `coarse` clusters of those.
fn learn_clusters(
    examples: &[Example],
    fine: usize,
    coarse: usize,
    min: usize,
    contexts: usize,
) -> Clusters {
    let keys: Vec<Vec<u32>> = examples
        .iter()
        .map(|ex| ex.words.iter().map(|w| WordInfo::of(w).key()).collect())
        .collect();
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(*k).or_default() += 1;
    }
    let mut by_count: Vec<(u32, usize)> = counts.iter().map(|(&k, &c)| (k, c)).collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let context: HashMap<u32, usize> = by_count
        .iter()
        .take(contexts)
        .enumerate()
        .map(|(i, &(k, _))| (k, i))
        .collect();
    let vocab: HashMap<u32, usize> = by_count
        .iter()
        .filter(|&&(_, c)| c >= min)
        .enumerate()
        .map(|(i, &(k, _))| (k, i))
        .collect();
    let slots = contexts + 2; // the context words, "another word", the sentence's edge
    let dims = 4 * slots;
    let mut cooc: Vec<HashMap<usize, f32>> = vec![HashMap::new(); vocab.len()];
    for sentence in &keys {
        for (i, k) in sentence.iter().enumerate() {
            let Some(&row) = vocab.get(k) else { continue };
            for (p, offset) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let slot = usize::try_from(i as isize + offset)
                    .ok()
                    .and_then(|j| sentence.get(j))
                    .map_or(contexts + 1, |c| {
                        context.get(c).copied().unwrap_or(contexts)
                    });
                *cooc[row].entry(p * slots + slot).or_default() += 1.0;
            }
        }
    }
    // In dimension order, so that every sum is the same from run to run.
    let cooc: Vec<Vec<(usize, f32)>> = cooc
        .into_iter()
        .map(|m| {
            let mut v: Vec<(usize, f32)> = m.into_iter().collect();
            v.sort_by_key(|e| e.0);
            v
        })
        .collect();
    let mut column = vec![0.0f32; dims];
    for row in &cooc {
        for &(d, v) in row {
            column[d] += v;
        }
    }
    let total: f32 = column.iter().sum();
    let rows: Vec<Vec<(usize, f32)>> = cooc
        .iter()
        .map(|row| {
            let sum: f32 = row.iter().map(|e| e.1).sum();
            let mut r: Vec<(usize, f32)> = row
                .iter()
                .map(|&(d, v)| (d, (v * total / (sum * column[d])).ln()))
                .filter(|&(_, v)| v > 0.0)
                .collect();
            let norm = r.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-6);
            r.iter_mut().for_each(|e| e.1 /= norm);
            r
        })
        .collect();
    let (assign, centroids) = spherical_kmeans(&rows, dims, fine, 20);
    let centroid_rows: Vec<Vec<(usize, f32)>> = centroids
        .iter()
        .map(|c| {
            c.iter()
                .copied()
                .enumerate()
                .filter(|e| e.1 != 0.0)
                .collect()
        })
        .collect();
    let (groups, _) = spherical_kmeans(&centroid_rows, dims, coarse, 20);
    let coarse_of: Vec<u8> = std::iter::once(0)
        .chain(groups.iter().map(|&g| (g + 1) as u8))
        .collect();
    let mut words: Vec<(u32, u8)> = vocab
        .iter()
        .map(|(&k, &row)| (k, (assign[row] + 1) as u8))
        .collect();
    words.sort();
    let clusters = Clusters::new(words, coarse_of);
    println!(
        "clusters: {} words seen at least {min} times, {fine} fine and {coarse} coarse clusters",
        clusters.len()
    );
    clusters
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

/// The sentence in title case: every word's first letter capitalised (a headline).
fn title_cased(ex: &Example) -> Example {
    let words = ex
        .words
        .iter()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect();
    Example {
        words,
        tags: ex.tags.clone(),
    }
}

/// Precision, recall and F1 of the tagger on `data`, keeping names of at least `threshold`
/// confidence.
fn score(model: &Model, data: &[Example], threshold: f32) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for ex in data {
        let feats = featurize(&ex.words, model.lexicon(), model.clusters());
        let emissions = model.emissions(&feats);
        let tags = viterbi(&emissions, model.trans());
        let m = marginals(&emissions, model.trans());
        let guess: Vec<_> = spans(&tags)
            .into_iter()
            .filter(|&(a, b, ty)| span_confidence(&m, a, b, ty) >= threshold)
            .collect();
        let gold = spans(&ex.tags);
        tp += guess.iter().filter(|s| gold.contains(s)).count();
        fp += guess.iter().filter(|s| !gold.contains(s)).count();
        fn_ += gold.iter().filter(|s| !guess.contains(s)).count();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: &str| -> String {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
            .unwrap_or(default.to_string())
    };
    let lang = arg("--lang", "id");
    let epochs: usize = arg("--epochs", "12").parse().unwrap();
    let retrain: usize = arg("--retrain", "4").parse().unwrap();
    let keep: usize = arg("--keep", "60000").parse().unwrap();
    let sweep: Vec<usize> = arg("--sweep", "")
        .split(',')
        .filter_map(|s| s.parse().ok())
        .collect();
    let title: f64 = arg("--title", "0.15").parse().unwrap();
    let power: f64 = arg("--power", "0.5").parse().unwrap();
    let min_count: usize = arg("--min-count", "2").parse().unwrap();
    let rate: f32 = arg("--rate", "0.1").parse().unwrap();
    let l2: f32 = arg("--l2", "0.000001").parse().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(arg(
        "--out",
        &format!("{}/src/text/ner/data/{lang}.model", root.display()),
    ));

    // The gazetteer and name lists the features read, as the language's pack gives them.
    let data = root.join("src/text/ner/data");
    let text = |f: &str| std::fs::read_to_string(data.join(f)).unwrap_or_default();
    baca::text::ner::gazetteer::add_places(&text("places.txt"));
    baca::text::ner::gazetteer::add_place_names(&lang, &text(&format!("places-{lang}.txt")));
    baca::text::ner::gazetteer::EnglishWords::add(&text("en.txt"));

    let ner = root.join("../shared/data/ner");
    let skip: Vec<String> = arg("--skip", "")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let (mut train, mut devs) = corpora(&lang, &ner, &skip);
    // More train splits of shippable corpora, to try them (`--with folder/train.txt,…`): never
    // a corpus that may not ship, which only ever measures.
    for f in arg("--with", "").split(',').filter(|s| !s.is_empty()) {
        let measures_only = ["conll2002", "conll2003", "kind-wikinews"];
        assert!(
            !measures_only.iter().any(|c| f.starts_with(c)) && f.ends_with("train.txt")
                || f == "nergrit/train_preprocess.txt",
            "--with {f}: only the train split of a corpus whose weights may ship"
        );
        train.extend(read_conll(&ner.join(f)));
    }
    // Word clusters from the training text as it is (before the title-case copies).
    let fine: usize = arg("--clusters", "100").parse().unwrap();
    let clusters = if fine > 0 {
        let coarse: usize = arg("--coarse", "32").parse().unwrap();
        let min: usize = arg("--cluster-min", "3").parse().unwrap();
        // Unlabelled text beside the training corpora: a shippable corpus whose tags do not
        // serve the tagger (NERP is lower-cased) still shows how words are used.
        let unlabelled = match lang.as_str() {
            "id" => read_conll(&ner.join("nerp/train.txt")),
            _ => Vec::new(),
        };
        let text = [train.as_slice(), &unlabelled].concat();
        learn_clusters(&text, fine.min(255), coarse.min(255), min, 500)
    } else {
        Clusters::default()
    };
    // The first dev split again in title case, as headlines write it: what a capital is worth
    // there.
    let headlines = devs[0].1.iter().map(title_cased).collect();
    devs.push((format!("{} in title case", devs[0].0), headlines));
    // Title-case copies of a share of the sentences (every n-th, deterministic).
    if title > 0.0 {
        let every = (1.0 / title).round().max(1.0) as usize;
        let copies: Vec<Example> = train.iter().step_by(every).map(title_cased).collect();
        train.extend(copies);
    }
    if args.iter().any(|a| a == "--eval") {
        // The stored model: the least confidence at which the tagger's names reach a precision
        // of 0.90 on the tuning splits (all but those never tuned on and the title-case copy).
        let model = Model::from_bytes(&std::fs::read(&out).unwrap()).unwrap();
        let tune: Vec<Example> = devs
            .iter()
            .filter(|(name, _)| !name.contains("never") && !name.contains("title case"))
            .flat_map(|(_, d)| d.iter().cloned())
            .collect();
        for t in [
            0.0, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
        ] {
            let (p, r, f) = score(&model, &tune, t);
            let mut line = format!(
                "{lang} tagger, confidence ≥ {t:.2}: tuning splits P {p:.3} R {r:.3} F1 {f:.3}"
            );
            for (name, dev) in &devs {
                let (p, r, f) = score(&model, dev, t);
                line.push_str(&format!(" | {name}: F1 {f:.3} P {p:.3} R {r:.3}"));
            }
            println!("{line}");
        }
        return;
    }
    println!("{lang}: training on {} sentences", train.len());

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
    let feats: Vec<Vec<Vec<u32>>> = train
        .iter()
        .enumerate()
        .map(|(k, ex)| featurize(&ex.words, &folds[k % 5], &clusters))
        .collect();
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for f in feats.iter().flatten().flatten() {
        *counts.entry(*f).or_default() += 1;
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

    let run = |trainer: &mut Trainer, passes: usize| {
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut seed: u64 = 0x5eed;
        for pass in 0..passes {
            for i in (1..order.len()).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                order.swap(i, (seed >> 33) as usize % (i + 1));
            }
            for &k in &order {
                trainer.update(&feats[k], &train[k].tags);
            }
            eprint!("  pass {} of {passes}\r", pass + 1);
        }
    };
    // Each model as it is stored (weights quantized, see `Model::to_bytes`).
    let report = |label: &str, model: &Model| {
        let bytes = model.to_bytes();
        let size = bytes.len();
        let model = &Model::from_bytes(&bytes).expect("the model reads back");
        let mut line = format!("{label}: {} features, {size} bytes", model.len());
        for (name, dev) in &devs {
            let (p, r, f) = score(model, dev, 0.0);
            line.push_str(&format!(" | {name}: F1 {f:.3} P {p:.3} R {r:.3}"));
        }
        println!("{line}");
    };
    let mut trainer = Trainer::restricted(frequent, rate, l2);
    run(&mut trainer, epochs);
    // The weights as trained (full hashes, floats), for comparison with the stored model.
    let mut line = String::from("trainer");
    for (name, dev) in &devs {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for ex in dev {
            let guess = spans(&trainer.tag(&featurize(&ex.words, &lexicon, &clusters)));
            let gold = spans(&ex.tags);
            tp += guess.iter().filter(|s| gold.contains(s)).count();
            fp += guess.iter().filter(|s| !gold.contains(s)).count();
            fn_ += gold.iter().filter(|s| !guess.contains(s)).count();
        }
        let (p, r) = (
            tp as f64 / (tp + fp).max(1) as f64,
            tp as f64 / (tp + fn_).max(1) as f64,
        );
        line.push_str(&format!(
            " | {name}: F1 {:.3} P {p:.3} R {r:.3}",
            2.0 * p * r / (p + r).max(1e-9)
        ));
    }
    println!("{line}");
    let full = trainer
        .finish(usize::MAX)
        .with_lexicon(lexicon.clone())
        .with_clusters(clusters.clone());
    report("all", &full);

    // Importance: weight size times how often the feature fires to the power `--power`.
    let mut fired: HashMap<u32, usize> = HashMap::new();
    for (&f, &c) in &counts {
        *fired.entry(key_of(f)).or_default() += c;
    }
    let by_importance = |m: &Model| -> Vec<u32> {
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
        scored.into_iter().map(|s| s.1).collect()
    };
    let ranked = by_importance(&full);
    let keys_of = |n: usize| -> HashSet<u32> { ranked.iter().take(n).copied().collect() };
    // The features of a pruned model: those whose stored keys are among the kept.
    let allowed = |n: usize| -> HashSet<u32> {
        let kept = keys_of(n);
        counts
            .keys()
            .filter(|f| kept.contains(&key_of(**f)))
            .copied()
            .collect()
    };
    let prune = |n: usize| -> Model {
        let mut t = Trainer::restricted(allowed(n), rate, l2);
        run(&mut t, retrain);
        t.finish(n)
            .with_lexicon(lexicon.clone())
            .with_clusters(clusters.clone())
    };
    for &n in &sweep {
        if n < full.len() {
            report(&format!("{n}"), &prune(n));
        }
    }
    let model = if keep < full.len() { prune(keep) } else { full };
    let bytes = model.to_bytes();
    let stored = Model::from_bytes(&bytes).expect("the model reads back");
    report("stored", &stored);
    for threshold in [0.5, 0.7, 0.8, 0.9] {
        let mut line = format!("  tagger alone, confidence ≥ {threshold}:");
        for (name, dev) in &devs {
            let (p, r, f) = score(&stored, dev, threshold);
            line.push_str(&format!(" | {name}: F1 {f:.3} P {p:.3} R {r:.3}"));
        }
        println!("{line}");
    }
    std::fs::write(&out, &bytes).unwrap();
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
}
