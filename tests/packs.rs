//! The names packs: the committed ones are what `examples/build_packs.rs` writes from their
//! parts, and a bad pack is refused with its reason.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/packs.rs"]
mod packs;

use std::path::Path;

#[test]
fn the_committed_packs_are_built_from_their_parts() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/ner/data");
    let built = packs::packs(&data);
    assert!(built.len() >= 8);
    for (code, bytes) in built {
        let committed = std::fs::read(data.join(format!("packs/{code}.pack"))).unwrap();
        assert!(
            committed == bytes,
            "packs/{code}.pack is stale: run cargo run --example build_packs"
        );
        let pack = baca::text::ner::pack::read(&code, &bytes).unwrap();
        assert!((0.0..=1.0).contains(&pack.threshold()));
    }
}

#[test]
fn a_bad_pack_is_refused_with_its_reason() {
    use baca::text::ner::pack::{add, write};
    let good = write(&[("lang", b"zz"), ("places", b"[countries]\n")]);
    let reason = |bytes: &[u8]| add("zz", bytes).unwrap_err();
    assert!(reason(b"<!doctype html>").contains("not a baca names pack"));
    assert!(reason(&good[..good.len() - 3]).contains("cut short"));
    assert!(reason(&write(&[("lang", b"en")])).contains("not of \"zz\""));
    assert!(reason(&write(&[("lang", b"zz"), ("model", b"nope")])).contains("its model"));
    assert!(reason(&write(&[("lang", b"zz"), ("threshold", b"2")])).contains("threshold"));
    for bad in [&b"0.8 2"[..], b"0.8 0.7 0.6", b"0.8 x", b""] {
        assert!(reason(&write(&[("lang", b"zz"), ("threshold", bad)])).contains("threshold"));
    }
    assert!(add("zz", &good).is_ok());
}

#[test]
fn a_pack_may_have_a_second_threshold_for_peoples_names() {
    use baca::text::ner::pack::{read, write};
    let pack = |t: &[u8]| read("zz", &write(&[("lang", b"zz"), ("threshold", t)])).unwrap();
    let two = pack(b"0.85 0.75");
    assert_eq!((two.threshold(), two.people_threshold()), (0.85, 0.75));
    let one = pack(b"0.8");
    assert_eq!((one.threshold(), one.people_threshold()), (0.8, 0.8));
}

/// The list the reader reads to tell "no model for this language" from "the model could not be
/// loaded" is the packs that have one.
#[test]
fn the_languages_with_a_model_are_the_packs_with_one() {
    let tsv = include_str!("../src/text/ner/data/packs.tsv");
    let mut with_model: Vec<&str> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let code = cols.next()?;
            (cols.next()? != "-").then_some(code)
        })
        .collect();
    with_model.sort_unstable();
    assert_eq!(with_model, baca::text::ner::pack::MODELS);
}
