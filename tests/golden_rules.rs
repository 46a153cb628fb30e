//! The Golden Rules of sentence segmentation (pySBD's 48 English rules and pragmatic_segmenter's
//! rules in 14 other languages), read from ../shared. Each English rule is its own test.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{lang::Lang, Segmenter};
use common::{golden_rules, report, Rule};

/// The sentences baca finds in `text`. A line break left inside a sentence is one the engine
/// judged a mere wrap; the expected output shows it joined (with a space, or with nothing
/// between characters of scripts written without spaces), and so does the reader.
fn segment(lang: &str, text: &str) -> Vec<String> {
    common::load_languages();
    Segmenter::new(Lang::from_tag(lang))
        .spans(text)
        .map(|s| join_wrapped(s.slice(text)))
        .collect()
}

fn join_wrapped(sentence: &str) -> String {
    let unspaced =
        |c: Option<char>| c.is_some_and(|c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF));
    let mut out = String::new();
    for (k, line) in sentence.split('\n').enumerate() {
        let line = if k > 0 { line.trim_start() } else { line };
        if k > 0 {
            out.truncate(out.trim_end().len());
            if !(unspaced(out.chars().next_back()) && unspaced(line.chars().next())) {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    out
}

fn passes(lang: &str, rule: &Rule) -> bool {
    segment(lang, &rule.text) == rule.expected
}

fn check_english_rule(id: u64) {
    let Some(rules) = golden_rules("golden_rules_en.json") else {
        return;
    };
    let rule = rules
        .iter()
        .find(|r| r.id.as_u64() == Some(id))
        .expect("rule exists");
    assert_eq!(
        segment("en", &rule.text),
        rule.expected,
        "Golden Rule {id} ({}): {:?}",
        rule.name,
        rule.text
    );
}

macro_rules! english_rules {
    ($($name:ident = $id:literal),* $(,)?) => {
        $(#[test] fn $name() { check_english_rule($id); })*
    };
}

english_rules!(
    en_01 = 1,
    en_02 = 2,
    en_03 = 3,
    en_04 = 4,
    en_05 = 5,
    en_06 = 6,
    en_07 = 7,
    en_08 = 8,
    en_09 = 9,
    en_10 = 10,
    en_11 = 11,
    en_12 = 12,
    en_13 = 13,
    en_14 = 14,
    en_15 = 15,
    en_16 = 16,
    en_17 = 17,
    en_18 = 18,
    en_19 = 19,
    en_20 = 20,
    en_21 = 21,
    en_22 = 22,
    en_23 = 23,
    en_24 = 24,
    en_25 = 25,
    en_26 = 26,
    en_27 = 27,
    en_28 = 28,
    en_29 = 29,
    en_30 = 30,
    en_31 = 31,
    en_32 = 32,
    en_33 = 33,
    en_34 = 34,
    en_35 = 35,
    en_36 = 36,
    en_37 = 37,
    en_38 = 38,
    en_39 = 39,
    en_40 = 40,
    en_41 = 41,
    en_42 = 42,
    en_43 = 43,
    en_44 = 44,
    en_45 = 45,
    en_46 = 46,
    en_47 = 47,
    en_48 = 48,
);

#[test]
fn english_score() {
    let Some(rules) = golden_rules("golden_rules_en.json") else {
        return;
    };
    assert_eq!(rules.len(), 48);
    let passed = rules.iter().filter(|r| passes("en", r)).count();
    report(
        "golden-en",
        &format!("English Golden Rules: {passed}/48 (pySBD 47, sentencex 43, UAX #29 28)"),
    );
    assert!(passed >= 47);
}

#[test]
fn other_languages_score() {
    const LANGS: &[&str] = &[
        "am", "ar", "de", "el", "es", "fa", "hi", "hy", "it", "ja", "my", "nl", "ru", "ur",
    ];
    let mut total = 0;
    let mut passed = 0;
    let mut failures = Vec::new();
    for lang in LANGS {
        let Some(rules) = golden_rules(&format!("golden_rules_{lang}.json")) else {
            return;
        };
        for rule in &rules {
            total += 1;
            if passes(lang, rule) {
                passed += 1;
            } else {
                failures.push(format!("{lang} {} {}", rule.id, rule.name));
            }
        }
    }
    report(
        "golden-other",
        &format!(
            "Golden Rules in 14 other languages: {passed}/{total} (pySBD 33); failing: {}",
            failures.join("; ")
        ),
    );
    assert_eq!(total, 36);
    assert!(passed >= 33, "{failures:?}");
}

#[test]
fn ps52_score() {
    let Some(rules) = golden_rules("golden_rules_en_ps52.json") else {
        return;
    };
    let failing: Vec<String> = rules
        .iter()
        .filter(|r| !passes("en", r))
        .map(|r| r.id.to_string())
        .collect();
    report(
        "golden-ps52",
        &format!(
            "English Golden Rules, pragmatic_segmenter's 52: {}/{}; failing: {}",
            rules.len() - failing.len(),
            rules.len(),
            failing.join(", ")
        ),
    );
}
