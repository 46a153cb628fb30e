//! Entity F1 on the dev splits of the NER corpora of every language (never used for training),
//! by the type mapping of `../shared/data/ner/SOURCES.md`. Each sentence is analysed as text (its
//! tokens joined as the source wrote them: see [`spaced`]) with the whole pipeline; a mention
//! counts when its span and type are exact.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{analyze, EntityKind, Page};

struct Sentence {
    text: String,
    gold: Vec<(usize, usize, EntityKind)>,
}

fn kind(tag: &str) -> Option<EntityKind> {
    // SOURCES.md's mapping of each corpus's types to PER/LOC/ORG; the rest is no name.
    match tag {
        "PER" | "PERSON" | "PPL" | "person" => Some(EntityKind::Person),
        "LOC" | "PLACE" | "PLC" | "location" => Some(EntityKind::Place),
        "ORG" | "ORGANISATION" | "ORGANIZATION" | "IND" | "corporation" | "group" => {
            Some(EntityKind::Organization)
        }
        _ => None,
    }
}

fn read(path: &std::path::Path) -> Vec<Sentence> {
    read_as(path, false)
}

/// [`read`], with `typographic` the quotation marks and apostrophes as most news sets them
/// (“ ” ’) instead of the corpora's straight ones.
fn read_as(path: &std::path::Path, typographic: bool) -> Vec<Sentence> {
    common::load_languages();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut gold: Vec<(usize, usize, EntityKind)> = Vec::new();
    let mut open: Option<(usize, usize, EntityKind)> = None;
    // The straight double quotes of the sentence so far: an even count opens a quotation.
    let mut quotes = 0usize;
    let flush = |text: &mut String,
                 gold: &mut Vec<_>,
                 open: &mut Option<(usize, usize, EntityKind)>,
                 out: &mut Vec<Sentence>| {
        if let Some(o) = open.take() {
            gold.push(o);
        }
        if !text.is_empty() {
            out.push(Sentence {
                text: std::mem::take(text),
                gold: std::mem::take(gold),
            });
        }
    };
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            flush(&mut text, &mut gold, &mut open, &mut out);
            quotes = 0;
            continue;
        }
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        let (word, tag) = (cols[0], cols[cols.len() - 1]);
        if spaced(&text, word, &mut quotes) && !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        if typographic && word == "\"" {
            text.push(if quotes % 2 == 1 {
                '\u{201C}'
            } else {
                '\u{201D}'
            });
        } else if typographic {
            text.push_str(&word.replace('\'', "\u{2019}"));
        } else {
            text.push_str(word);
        }
        let end = text.len();
        let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
        match (prefix, kind(ty)) {
            ("I", Some(k)) if open.is_some_and(|o| o.2 == k) => open.as_mut().unwrap().1 = end,
            ("B" | "I", Some(k)) => {
                if let Some(o) = open.take() {
                    gold.push(o);
                }
                open = Some((start, end, k));
            }
            _ => {
                if let Some(o) = open.take() {
                    gold.push(o);
                }
            }
        }
    }
    flush(&mut text, &mut gold, &mut open, &mut out);
    out
}

/// Whether a space goes between the sentence so far and its next corpus token `word`. The
/// corpora write their sentences as tokens ("Netanyahu 's refusal ( OSCE ) ,"); the news they
/// came from wrote "Netanyahu's refusal (OSCE),", and that is what baca meets on a page, so the
/// sentence is read as the source wrote it: no space before closing punctuation and English
/// clitics, none after an opening bracket, double quotes paired within the sentence (`quotes`
/// counts them; a quotation the corpus split across sentences is paired wrongly in the second).
fn spaced(before: &str, word: &str, quotes: &mut usize) -> bool {
    const CLOSING: [&str; 21] = [
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        ")",
        "]",
        "}",
        "%",
        "...",
        "''",
        "'s",
        "'S",
        "\u{2019}s",
        "n't",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
    ];
    let opened = before.ends_with(['(', '[', '{'])
        || before.ends_with("``")
        || (before.ends_with(['"', '\u{201C}']) && *quotes % 2 == 1);
    if word == "\"" {
        *quotes += 1;
        // A closing quote keeps to its quotation's last word.
        return *quotes % 2 == 1 && !opened;
    }
    // A lone apostrophe after a plural is its possessive ("prosecutors' spokesman").
    let plural_possessive = word == "'" && before.ends_with(['s', 'S']);
    !(opened || CLOSING.contains(&word) || plural_possessive)
}

/// Precision, recall and F1 of `tp` right, `fp` wrong and `fn_` missed marks.
fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(f64::EPSILON))
}

fn score(sentences: &[Sentence], lang: &str) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for s in sentences {
        let a = analyze(&Page::from_plain_text(&s.text, Some(lang)));
        let got = common::scored_mentions(&a);
        tp += got.iter().filter(|g| s.gold.contains(g)).count();
        fp += got.iter().filter(|g| !s.gold.contains(g)).count();
        fn_ += s.gold.iter().filter(|g| !got.contains(g)).count();
    }
    prf(tp, fp, fn_)
}

/// The same score with `n` consecutive sentences analysed as one text (a paragraph each), as a
/// page is read: repeats, linking and the page's own lower-case evidence then have something to
/// work on. The corpora keep their sentences in order but not their documents' bounds, so a run
/// may join the end of one article to the start of the next.
fn score_runs(sentences: &[Sentence], lang: &str, n: usize) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for run in sentences.chunks(n) {
        let text = run
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let a = analyze(&Page::from_plain_text(&text, Some(lang)));
        assert_eq!(a.blocks.len(), run.len(), "one block a sentence");
        let got: Vec<(usize, usize, usize, EntityKind)> = a
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Other)
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(move |m| (m.block, m.span.start, m.span.end, e.kind))
            })
            .collect();
        let gold: Vec<(usize, usize, usize, EntityKind)> = run
            .iter()
            .enumerate()
            .flat_map(|(b, s)| s.gold.iter().map(move |g| (b, g.0, g.1, g.2)))
            .collect();
        tp += got.iter().filter(|g| gold.contains(g)).count();
        fp += got.iter().filter(|g| !gold.contains(g)).count();
        fn_ += gold.iter().filter(|g| !got.contains(g)).count();
    }
    prf(tp, fp, fn_)
}

/// What a dev split is for: choosing the threshold of its language's names (`Tune`),
/// checking the result on text that chose nothing (`Check`), or measuring a language that has
/// no tuning split of its own (`Measure`: Spanish and Italian, whose taggers learnt Portuguese
/// and French and whose thresholds were chosen there; some of their rules' choices were made
/// on these splits, so they are no check).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Tune,
    Check,
    Measure,
}

/// The dev splits: `(language, name, file, part, role, floor)`. `part` takes the first (0) or
/// second (1) half of the file, or all of it (2). Test splits are kept apart (SOURCES.md).
const SPLITS: &[(&str, &str, &str, u8, Role, f64)] = &[
    (
        "id",
        "NERGRIT valid",
        "nergrit/valid_preprocess.txt",
        2,
        Role::Tune,
        0.63,
    ),
    (
        "id",
        "idner-news-2k dev, first half",
        "idner-news-2k/dev.txt",
        0,
        Role::Tune,
        0.67,
    ),
    (
        "id",
        "idner-news-2k dev, second half",
        "idner-news-2k/dev.txt",
        1,
        Role::Check,
        0.72,
    ),
    (
        "en",
        "UNER English-EWT dev",
        "uner-en-ewt/dev.txt",
        2,
        Role::Tune,
        0.55,
    ),
    (
        "en",
        "wikigold dev",
        "wikigold/dev.txt",
        2,
        Role::Tune,
        0.49,
    ),
    ("en", "WNUT-17 dev", "wnut17/dev.txt", 2, Role::Tune, 0.15),
    (
        "en",
        "CoNLL-2003 dev (Reuters news)",
        "conll2003/dev.txt",
        2,
        Role::Check,
        0.56,
    ),
    (
        "de",
        "GermEval 2014 dev, second half",
        "germeval2014/dev.txt",
        1,
        Role::Tune,
        0.42,
    ),
    (
        "de",
        "Europeana DE dev",
        "europeana-de/dev.txt",
        2,
        Role::Check,
        0.24,
    ),
    (
        "nl",
        "Europeana NL dev",
        "europeana-nl/dev.txt",
        2,
        Role::Tune,
        0.22,
    ),
    (
        "nl",
        "CoNLL-2002 NL dev (news)",
        "conll2002-nl/dev.txt",
        2,
        Role::Check,
        0.3,
    ),
    (
        "fr",
        "Europeana FR dev",
        "europeana-fr/dev.txt",
        2,
        Role::Tune,
        0.29,
    ),
    (
        "pt",
        "UNER Portuguese-Bosque dev",
        "uner-pt-bosque/dev.txt",
        2,
        Role::Tune,
        0.62,
    ),
    (
        "es",
        "CoNLL-2002 ES dev (news; the tagger learnt Portuguese and French)",
        "conll2002-es/dev.txt",
        2,
        Role::Measure,
        0.44,
    ),
    (
        "it",
        "KIND Wikinews dev (the tagger learnt Portuguese and French)",
        "kind-wikinews/dev.txt",
        2,
        Role::Measure,
        0.43,
    ),
];

/// The sentences of a split, or `None` (with the skip line) without ../shared.
fn split(file: &str, part: u8) -> Option<Vec<Sentence>> {
    split_as(file, part, false)
}

/// [`split`], in typographic quotes with `typographic` (see [`read_as`]).
fn split_as(file: &str, part: u8, typographic: bool) -> Option<Vec<Sentence>> {
    let path = common::shared(&format!("ner/{file}"))?;
    let mut all = read_as(&path, typographic);
    let half = all.len() / 2;
    Some(match part {
        0 => {
            all.truncate(half);
            all
        }
        1 => all.split_off(half),
        _ => all,
    })
}

/// The whole pipeline's F1 and precision on every dev split, by language (BENCHMARKS.md,
/// "Entities"), with a floor per split against regressions.
#[test]
fn every_language_on_its_dev_splits() {
    let mut lines =
        vec!["Names on the corpora's dev splits (whole pipeline, exact span and type):".to_owned()];
    let mut failed = Vec::new();
    for &(lang, name, file, part, role, floor) in SPLITS {
        let Some(sentences) = split(file, part) else {
            return;
        };
        let (p, r, f1) = score(&sentences, lang);
        let what = match role {
            Role::Tune => "threshold chosen here",
            Role::Check => "never tuned on",
            Role::Measure => "no tuning split: measured",
        };
        lines.push(format!(
            "  {lang} {name} ({} sentences, {what}): F1 {f1:.3} (P {p:.3} R {r:.3})",
            sentences.len()
        ));
        if f1 < floor {
            failed.push(format!("{lang} {name}: F1 {f1:.3} under {floor}"));
        }
    }
    // As pages are read: runs of 20 sentences as one text, on the splits the thresholds were
    // not chosen on.
    lines.push(
        "The check and measured splits read as pages (20 consecutive sentences a text):".to_owned(),
    );
    for &(lang, name, file, part, role, _) in SPLITS {
        if role == Role::Tune {
            continue;
        }
        let Some(sentences) = split(file, part) else {
            return;
        };
        let (p, r, f1) = score_runs(&sentences, lang, 20);
        lines.push(format!("  {lang} {name}: F1 {f1:.3} (P {p:.3} R {r:.3})"));
    }
    // Most news sets its quotes typographically; the corpora write them straight.
    lines.push(
        "The check and measured splits in typographic quotes (\u{201C} \u{201D} \u{2019}):"
            .to_owned(),
    );
    for &(lang, name, file, part, role, _) in SPLITS {
        if role == Role::Tune {
            continue;
        }
        let Some(sentences) = split_as(file, part, true) else {
            return;
        };
        let (p, r, f1) = score(&sentences, lang);
        lines.push(format!("  {lang} {name}: F1 {f1:.3} (P {p:.3} R {r:.3})"));
    }
    common::report("ner-corpora", &lines.join("\n"));
    // Every split is measured and reported before a floor fails the test.
    assert!(failed.is_empty(), "{}", failed.join("; "));
}

/// Every sentence of `lang`'s splits of `role`.
fn sentences_of(lang: &str, role: Role) -> Vec<Sentence> {
    SPLITS
        .iter()
        .filter(|s| s.0 == lang && s.4 == role)
        .filter_map(|s| split(s.2, s.3))
        .flatten()
        .collect()
}

/// The confidence threshold of each language's names: the whole pipeline's precision and recall
/// on its tuning splits for each threshold (`cargo test --release --test ner_corpora calibrate --
/// --ignored --nocapture`, `LANGS=en,de` for some); packs.tsv takes the least threshold whose
/// precision reaches 0.90.
#[test]
#[ignore]
fn calibrate() {
    common::load_languages();
    let only = std::env::var("LANGS").unwrap_or_default();
    for lang in ["id", "en", "de", "nl", "fr", "pt"] {
        if !only.is_empty() && !only.split(',').any(|l| l == lang) {
            continue;
        }
        let tune = sentences_of(lang, Role::Tune);
        for threshold in [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] {
            baca::text::ner::pack::set_threshold(lang, threshold);
            let (p, r, f1) = score(&tune, lang);
            println!("{lang} threshold {threshold:.2}: P {p:.3} R {r:.3} F1 {f1:.3}");
        }
    }
}

#[test]
#[ignore]
fn print_idner_errors() {
    let file = std::env::var("CORPUS").unwrap_or("ner/idner-news-2k/dev.txt".into());
    let path = common::shared(&file).unwrap();
    for s in read(&path) {
        let a = analyze(&Page::from_plain_text(&s.text, Some("id")));
        let got = common::scored_mentions(&a);
        for g in got.iter().filter(|g| !s.gold.contains(g)) {
            println!("FP {:?} {:?}", &s.text[g.0..g.1], g.2);
        }
        for g in s.gold.iter().filter(|g| !got.contains(g)) {
            println!("FN {:?} {:?}", &s.text[g.0..g.1], g.2);
        }
    }
}

/// The tagger's own spans on the corpus tokens (as `examples/train_ner.rs` scores it).
fn tagger_spans(text: &str) -> Vec<(usize, usize, EntityKind)> {
    use baca::text::ner::features::{gazetteer_tags, Sentence as Tokens};
    use baca::text::ner::model::{tag_spans, Model};
    use baca::text::ner::Token;
    let mut tokens = Vec::new();
    let mut at = 0;
    for w in text.split(' ') {
        tokens.push(Token {
            start: at,
            end: at + w.len(),
        });
        at += w.len() + 1;
    }
    common::load_languages();
    let model = Model::for_lang("id").unwrap();
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let lex = model.lexicon().tags(&words);
    let tags = model.tag(&Tokens::new(words, gazetteer_tags(text, &tokens), lex));
    tag_spans(&tags)
        .into_iter()
        .map(|(i, j, ty)| {
            let kind = match ty {
                1 => EntityKind::Person,
                2 => EntityKind::Place,
                _ => EntityKind::Organization,
            };
            (tokens[i].start, tokens[j - 1].end, kind)
        })
        .collect()
}

/// What the pipeline changes against the tagger alone: gold mentions it loses or wins, and its
/// false positives the tagger did not make. `CORPUS=ner/nergrit/valid_preprocess.txt` for NERGRIT.
#[test]
#[ignore]
fn print_pipeline_changes() {
    let file = std::env::var("CORPUS").unwrap_or("ner/idner-news-2k/dev.txt".into());
    let path = common::shared(&file).unwrap();
    let (mut lost, mut won, mut added) = (0, 0, 0);
    for s in read(&path) {
        let a = analyze(&Page::from_plain_text(&s.text, Some("id")));
        let got = common::scored_mentions(&a);
        let tagger = tagger_spans(&s.text);
        for g in &s.gold {
            if tagger.contains(g) != got.contains(g) {
                let what = if got.contains(g) {
                    won += 1;
                    "WON "
                } else {
                    lost += 1;
                    "LOST"
                };
                let near: Vec<&str> = got
                    .iter()
                    .filter(|x| x.0 < g.1 && g.0 < x.1)
                    .map(|x| &s.text[x.0..x.1])
                    .collect();
                println!(
                    "{what} {:?} {:?}, pipeline: {near:?}",
                    &s.text[g.0..g.1],
                    g.2
                );
            }
        }
        for x in got
            .iter()
            .filter(|x| !s.gold.contains(x) && !tagger.contains(x))
        {
            added += 1;
            let near: Vec<String> = tagger
                .iter()
                .filter(|t| t.0 < x.1 && x.0 < t.1)
                .map(|t| format!("{:?} {:?}", &s.text[t.0..t.1], t.2))
                .collect();
            println!("FP+  {:?} {:?}, tagger: {near:?}", &s.text[x.0..x.1], x.2);
            if std::env::var_os("SENTENCES").is_some() {
                println!("     in: {}", s.text);
            }
        }
    }
    println!("lost {lost}, won {won}, false positives added {added}");
}

/// Diagnostic: the pipeline's errors on a corpus (`CORPUS`, default NERGRIT valid), sorted into
/// wrong type (same span), wrong span (overlapping a gold mention), false alarms and misses.
/// `cargo test --release --test ner_corpora print_errors -- --ignored --nocapture`
#[test]
#[ignore]
fn print_errors() {
    let file = std::env::var("CORPUS").unwrap_or("ner/nergrit/valid_preprocess.txt".into());
    let lang = std::env::var("LANG_CODE").unwrap_or("id".into());
    let path = common::shared(&file).unwrap();
    let mut counts = [0usize; 4];
    // PART=0 or 1: one half of the file (the splits' halves: never print a check half's errors).
    let mut all = read(&path);
    match std::env::var("PART").as_deref() {
        Ok("0") => all.truncate(all.len() / 2),
        Ok("1") => drop(all.drain(..all.len() / 2)),
        _ => {}
    }
    // PAGES=n: runs of n sentences read as one page (as `tuning_pages` reads them); each
    // sentence's errors are printed as alone.
    let pages: usize = std::env::var("PAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let mut found: Vec<Vec<(usize, usize, EntityKind)>> = Vec::new();
    for run in all.chunks(pages.max(1)) {
        let text = run
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        // DUMP=words: the text of the page holding them, to read it again by hand.
        if let Ok(words) = std::env::var("DUMP") {
            if run.iter().any(|s| s.text.contains(&words)) {
                println!("PAGE\n{text}\nEND PAGE");
            }
        }
        let a = analyze(&Page::from_plain_text(&text, Some(&lang)));
        let mut per = vec![Vec::new(); run.len()];
        for e in a.entities.iter().filter(|e| e.kind != EntityKind::Other) {
            for m in &e.mentions {
                per[m.block].push((m.span.start, m.span.end, e.kind));
            }
        }
        found.extend(per);
    }
    for (s, got) in all.iter().zip(found) {
        let overlaps =
            |x: &(usize, usize, EntityKind), y: &(usize, usize, EntityKind)| x.0 < y.1 && y.0 < x.1;
        for g in got.iter().filter(|g| !s.gold.contains(g)) {
            let (kind, near) = match s.gold.iter().find(|y| overlaps(g, y)) {
                Some(y) if (y.0, y.1) == (g.0, g.1) => (0, format!("gold {:?}", y.2)),
                Some(y) => (1, format!("gold {:?} {:?}", &s.text[y.0..y.1], y.2)),
                None => (2, String::new()),
            };
            counts[kind] += 1;
            let label = ["TYPE", "SPAN", "FP  "][kind];
            // A false one with its sentence: gold may leave such a name unmarked on purpose.
            let context = if kind == 2 {
                format!("  | {}", s.text)
            } else {
                String::new()
            };
            println!("{label} {:?} {:?} {near}{context}", &s.text[g.0..g.1], g.2);
        }
        for g in s
            .gold
            .iter()
            .filter(|g| !got.iter().any(|x| overlaps(x, g)))
        {
            counts[3] += 1;
            println!("MISS {:?} {:?}   | {}", &s.text[g.0..g.1], g.2, s.text);
        }
    }
    println!(
        "type {}, span {}, false alarms {}, misses {}",
        counts[0], counts[1], counts[2], counts[3]
    );
}

/// What each rule pass is worth: the whole pipeline's F1 on every language's tuning splits with
/// the pass switched off, against all on (`cargo test --release --test ner_corpora ablation --
/// --ignored --nocapture`). A pass that does not help where it applies leaves the pile.
#[test]
#[ignore]
fn ablation() {
    use baca::text::ner::rules::{switch, PASSES};
    common::load_languages();
    let langs = ["id", "en", "de", "nl", "fr", "pt", "es", "it"];
    let sets: Vec<(&str, Vec<Sentence>)> = langs
        .iter()
        .map(|&lang| {
            let s = SPLITS
                .iter()
                .filter(|s| s.0 == lang && s.4 != Role::Check)
                .filter_map(|s| split(s.2, s.3))
                .flatten()
                .collect();
            (lang, s)
        })
        .collect();
    let row = |label: &str| {
        let mut line = format!("{label:>20}");
        for (lang, set) in &sets {
            line.push_str(&format!(" {lang} {:.3}", score(set, lang).2));
        }
        println!("{line}");
    };
    row("all on");
    for pass in PASSES {
        switch(pass.name, false);
        row(pass.name);
        switch(pass.name, true);
    }
}

/// The tuning splits read as pages, as `every_language_on_its_dev_splits` reads the check
/// splits: for choosing what works across a page (`cargo test --release --test ner_corpora
/// tuning_pages -- --ignored --nocapture`, `LANGS=en` for some).
#[test]
#[ignore]
fn tuning_pages() {
    common::load_languages();
    let only = std::env::var("LANGS").unwrap_or_default();
    for &(lang, name, file, part, role, _) in SPLITS {
        if role != Role::Tune || !only.is_empty() && !only.split(',').any(|l| l == lang) {
            continue;
        }
        let Some(sentences) = split(file, part) else {
            continue;
        };
        let (p, r, f1) = score_runs(&sentences, lang, 20);
        println!("  {lang} {name}: F1 {f1:.3} (P {p:.3} R {r:.3})");
    }
}

/// The tagger's spans on a language's tuning splits by kind and length (one word, more), with
/// their precision by confidence: whether a kind or length earns its own threshold.
/// `LANGS=en cargo test --release --test ner_corpora confidence_by_kind -- --ignored --nocapture`
#[test]
#[ignore]
fn confidence_by_kind() {
    use baca::text::ner::features::gazetteer_tags;
    use baca::text::ner::model::{tag_spans, Model, Tagger};
    use baca::text::ner::Token;
    common::load_languages();
    let lang = std::env::var("LANGS").unwrap_or("en".into());
    let model = Model::for_lang(&lang).unwrap();
    let tune = sentences_of(&lang, Role::Tune);
    // (kind, long, bin) -> (right, all)
    let mut counts = std::collections::BTreeMap::<(u8, bool, u8), (u32, u32)>::new();
    let mut tagger = Tagger::default();
    for s in &tune {
        let mut tokens = Vec::new();
        let mut at = 0;
        for w in s.text.split(' ') {
            tokens.push(Token {
                start: at,
                end: at + w.len(),
            });
            at += w.len() + 1;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text(&s.text)).collect();
        let tags = tagger.tag(model, &words, &gazetteer_tags(&s.text, &tokens));
        let m = tagger.marginals(model);
        for (i, j, ty) in tag_spans(&tags) {
            let c = baca::text::ner::crf::span_confidence(&m, i, j, ty);
            let kind = match ty {
                1 => EntityKind::Person,
                2 => EntityKind::Place,
                _ => EntityKind::Organization,
            };
            let right = s.gold.contains(&(tokens[i].start, tokens[j - 1].end, kind));
            let e = counts
                .entry((ty as u8, j - i > 1, (c * 20.0).min(19.0) as u8))
                .or_default();
            e.0 += u32::from(right);
            e.1 += 1;
        }
    }
    for ((ty, long, bin), (right, all)) in counts {
        println!(
            "{lang} type {ty} {} conf {:.2}-{:.2}: {right}/{all} = {:.2}",
            if long { "long" } else { "one " },
            f32::from(bin) / 20.0,
            f32::from(bin + 1) / 20.0,
            f64::from(right) / f64::from(all)
        );
    }
}

/// The whole pipeline on a language's tuning splits with every sentence put in title case, as
/// headlines write (each word's first ASCII letter capitalised): what headlines cost and what
/// the passes for them win. `LANGS=id cargo test --release --test ner_corpora title_case_tuning
/// -- --ignored --nocapture`
#[test]
#[ignore]
fn title_case_tuning() {
    common::load_languages();
    let lang = std::env::var("LANGS").unwrap_or("id".into());
    // CHECK=1: the check splits instead, to report (never to tune on).
    let role = if std::env::var("CHECK").is_ok() {
        Role::Check
    } else {
        Role::Tune
    };
    let tune: Vec<Sentence> = sentences_of(&lang, role)
        .into_iter()
        .map(|s| Sentence {
            text: s
                .text
                .split(' ')
                .map(|w| {
                    let mut w = w.to_owned();
                    if let Some(first) = w.get_mut(..1) {
                        first.make_ascii_uppercase();
                    }
                    w
                })
                .collect::<Vec<_>>()
                .join(" "),
            gold: s.gold,
        })
        .collect();
    let (p, r, f1) = score(&tune, &lang);
    println!("{lang} {role:?} splits in title case: P {p:.3} R {r:.3} F1 {f1:.3}");
    // PRINT=1: the marks no gold name is, to read (tuning splits only).
    if std::env::var("PRINT").is_ok() && role == Role::Tune {
        for s in &tune {
            let a = analyze(&Page::from_plain_text(&s.text, Some(&lang)));
            for g in common::scored_mentions(&a) {
                if !s.gold.iter().any(|y| y.0 < g.1 && g.0 < y.1) {
                    println!("FP {:?} {:?}", &s.text[g.0..g.1], g.2);
                }
            }
        }
    }
}

/// A corpus sentence reads as its source wrote it.
#[test]
fn corpus_tokens_read_as_the_source_wrote_them() {
    let joined = |words: &[&str]| {
        let (mut text, mut quotes) = (String::new(), 0);
        for w in words {
            if spaced(&text, w, &mut quotes) && !text.is_empty() {
                text.push(' ');
            }
            text.push_str(w);
        }
        text
    };
    assert_eq!(
        joined(&[
            "Netanyahu",
            "'s",
            "refusal",
            "(",
            "OSCE",
            ")",
            ",",
            "he",
            "did",
            "n't"
        ]),
        "Netanyahu's refusal (OSCE), he didn't"
    );
    assert_eq!(
        joined(&["\"", "We", "won", "\"", ",", "Ani", "said", ":", "\"", "(", "Yes", ")", "\""]),
        "\"We won\", Ani said: \"(Yes)\""
    );
    // In typographic quotes as the report writes them.
    let (mut text, mut quotes) = (String::new(), 0);
    for w in ["\"", "We", "won", "\""] {
        if spaced(&text, w, &mut quotes) && !text.is_empty() {
            text.push(' ');
        }
        match w {
            "\"" => text.push(if quotes % 2 == 1 {
                '\u{201C}'
            } else {
                '\u{201D}'
            }),
            _ => text.push_str(w),
        }
    }
    assert_eq!(text, "\u{201C}We won\u{201D}");
    assert_eq!(
        joined(&["a", "prosecutors", "'", "spokesman", "-", "3,5", "%"]),
        "a prosecutors' spokesman - 3,5%"
    );
}
