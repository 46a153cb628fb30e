//! The demo article against its gold entities (../shared/data/seed/entities.gold.json): exact
//! span + type F1 over people, places and organisations in the headline, lead, photo captions
//! and body; every description of a person found; every alias linked to its entity.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;

use baca::text::{analyze, EntityKind, Page, PageBlock};

#[derive(serde::Deserialize)]
struct Gold {
    mentions: Vec<GoldMention>,
    entities: HashMap<String, GoldEntity>,
}

#[derive(serde::Deserialize)]
struct GoldMention {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    entity: String,
    zone: String,
}

#[derive(serde::Deserialize)]
struct GoldEntity {
    #[serde(rename = "type")]
    kind: String,
    canonical: String,
    description_in_text: Option<String>,
    aliases_in_text: Vec<String>,
}

const SCORED: &[&str] = &["headline", "lead", "photo-caption", "body"];

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Place => "LOC",
        EntityKind::Organization => "ORG",
        EntityKind::Other => "MISC",
    }
}

/// Code-point offset of byte offset `b` in `text` (the gold file counts code points).
fn cp(text: &str, b: usize) -> usize {
    text[..b].chars().count()
}

/// Whether code-point offset `at` is in a scored part of the article: not the navigation, the
/// category tag, a photo credit (from "Foto:" to the end of its line) or the sources line.
fn scored_region(text: &str, at: usize) -> bool {
    let line_no = text.chars().take(at).filter(|&c| c == '\n').count();
    let lines: Vec<&str> = text.lines().collect();
    let line = lines[line_no];
    let line_start: usize = lines[..line_no].iter().map(|l| l.chars().count() + 1).sum();
    let col = at - line_start;
    if line_no < 4 || line_no + 1 == lines.len() {
        return false;
    }
    match line.find("Foto:") {
        Some(b) => col < line[..b].chars().count(),
        None => true,
    }
}

#[test]
fn seed_entities() {
    common::load_languages();
    let Some(path) = common::shared("seed/entities.gold.json") else {
        return;
    };
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let text = include_str!("../www/demo/article.txt");
    let (offsets, blocks): (Vec<usize>, Vec<PageBlock>) = baca::text::paragraphs(text)
        .map(|(o, p)| (o, PageBlock::new(baca::text::BlockKind::Paragraph, p)))
        .unzip();
    let analysis = analyze(&Page {
        lang: Some("id".into()),
        blocks,
    });

    let gold_set: Vec<(usize, usize, &str)> = gold
        .mentions
        .iter()
        .filter(|m| SCORED.contains(&m.zone.as_str()) && m.kind != "MISC")
        .map(|m| (m.start, m.end, m.kind.as_str()))
        .collect();
    let mut predicted: Vec<(usize, usize, &str, String)> = Vec::new();
    for e in &analysis.entities {
        for m in &e.mentions {
            let (s, t) = (
                offsets[m.block] + m.span.start,
                offsets[m.block] + m.span.end,
            );
            let (s, t) = (cp(text, s), cp(text, t));
            if e.kind != EntityKind::Other && scored_region(text, s) {
                predicted.push((s, t, kind_name(e.kind), e.name.clone()));
            }
        }
    }
    let tp = predicted
        .iter()
        .filter(|p| gold_set.contains(&(p.0, p.1, p.2)))
        .count();
    let mut report = Vec::new();
    for p in &predicted {
        if !gold_set.contains(&(p.0, p.1, p.2)) {
            let t: String = text.chars().skip(p.0).take(p.1 - p.0).collect();
            report.push(format!("extra {} {t:?} ({})", p.2, p.3));
        }
    }
    for g in &gold_set {
        if !predicted.iter().any(|p| (p.0, p.1, p.2) == *g) {
            let t: String = text.chars().skip(g.0).take(g.1 - g.0).collect();
            report.push(format!("missed {} {t:?}", g.2));
        }
    }
    let precision = tp as f64 / predicted.len().max(1) as f64;
    let recall = tp as f64 / gold_set.len().max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);

    // Descriptions of people, and aliases linked to one entity.
    let strip = |s: &str| {
        let mut out = String::new();
        let mut depth = 0;
        for c in s.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut described = 0;
    let mut to_describe = 0;
    let mut linked = 0;
    let mut aliases = 0;
    for (id, g) in &gold.entities {
        if !matches!(g.kind.as_str(), "PER" | "LOC" | "ORG") {
            continue;
        }
        let ours = analysis.entities.iter().find(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| n == &g.canonical)
                || gold
                    .mentions
                    .iter()
                    .any(|m| &m.entity == id && e.name == m.text)
        });
        if g.kind == "PER" {
            if let Some(d) = &g.description_in_text {
                to_describe += 1;
                let ok = ours
                    .and_then(|e| e.description.as_ref())
                    .is_some_and(|ours| strip(&ours.text).contains(&strip(d)));
                if ok {
                    described += 1;
                } else {
                    report.push(format!("no description {d:?} for {}", g.canonical));
                }
            }
        }
        for alias in &g.aliases_in_text {
            let in_scored = gold
                .mentions
                .iter()
                .any(|m| &m.entity == id && &m.text == alias && SCORED.contains(&m.zone.as_str()));
            if !in_scored {
                continue;
            }
            aliases += 1;
            let ok = ours.is_some_and(|e| &e.name == alias || e.aliases.contains(alias));
            if ok {
                linked += 1;
            } else {
                report.push(format!("alias {alias:?} not linked to {}", g.canonical));
            }
        }
    }
    common::report(
        "ner-seed",
        &format!(
            "Seed entities: F1 {f1:.3} (P {precision:.3} R {recall:.3}, {tp}/{} gold, {} predicted); person descriptions {described}/{to_describe}; aliases linked {linked}/{aliases}",
            gold_set.len(),
            predicted.len()
        ),
    );
    for line in &report {
        println!("  {line}");
    }
    assert!(f1 >= 0.95, "seed F1 {f1:.3}:\n{}", report.join("\n"));
    assert_eq!(described, to_describe, "{}", report.join("\n"));
    assert_eq!(linked, aliases, "{}", report.join("\n"));
}
