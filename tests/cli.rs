//! The `baca` command line: JSON Lines with byte offsets, and clear errors with exit code 2.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn baca(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baca"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("baca runs");
    // baca may exit before reading its input (a bad flag): a broken pipe is expected then.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn segment_prints_byte_offsets_into_the_input() {
    let input = "Éé. Kim tiba di Rusia.\n\n  Putin menunggu. ";
    let out = baca(&["segment", "-"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["Éé.", "Kim tiba di Rusia.", "Putin menunggu."]);
    for line in &lines {
        let (start, end) = (
            line["start"].as_u64().unwrap() as usize,
            line["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[start..end], line["text"].as_str().unwrap());
    }
}

#[test]
fn segment_follows_the_language_flag() {
    // "12. Juni" is a German date; English rules do not know the month and split after "12.".
    let input = "Die Sitzung vom 12. Juni war lang.";
    let count = |args: &[&str]| {
        String::from_utf8(baca(args, input.as_bytes()).stdout)
            .unwrap()
            .lines()
            .count()
    };
    assert_eq!(count(&["segment", "--lang", "de"]), 1);
    assert_eq!(count(&["segment", "--lang=en", "-"]), 2);
    assert_eq!(count(&["segment"]), 1, "German detected from the text");
}

#[test]
fn analyze_prints_blocks_with_sentences() {
    let out = baca(&["analyze", "--lang", "id"], b"Judul\n\nSatu. Dua.");
    assert!(out.status.success());
    let analysis: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(analysis["lang"], "id");
    assert_eq!(analysis["blocks"].as_array().unwrap().len(), 2);
    assert_eq!(analysis["blocks"][1]["sentences"][1]["index"], 2);
}

#[test]
fn bad_input_is_one_clear_line_and_exit_code_2() {
    let cases: [(&[&str], &[u8], &str); 6] = [
        (
            &["segment", "/nonexistent/file.txt"],
            b"",
            "cannot read /nonexistent/file.txt",
        ),
        (&["segment"], b"ok \xff\xfe", "not valid UTF-8"),
        (
            &["segment", "--frobnicate"],
            b"",
            "unknown flag \"--frobnicate\"",
        ),
        (&["translate"], b"", "unknown command \"translate\""),
        (
            &["segment", "--lang", "xx"],
            b"Halo.",
            "unknown language \"xx\" for --lang; baca knows: am ar de el en es",
        ),
        (
            &["entities", "--lang=klingon"],
            b"Halo.",
            "unknown language \"klingon\"",
        ),
    ];
    for (args, stdin, message) in cases {
        let out = baca(args, stdin);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn entities_prints_entities_with_byte_offsets() {
    let input = "Pembukaan.\n\nMenteri Keuangan Sri Mulyani Indrawati tiba di Jakarta. Indrawati berbicara.";
    let out = baca(&["entities", "--lang", "id"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entities = json["entities"].as_array().unwrap();
    let person = entities
        .iter()
        .find(|e| e["name"] == "Sri Mulyani Indrawati")
        .expect("the person");
    assert_eq!(person["type"], "person");
    assert_eq!(person["description"], "Menteri Keuangan");
    assert_eq!(person["description_source"], "article");
    for m in person["mentions"].as_array().unwrap() {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], m["text"].as_str().unwrap());
    }
    let place = entities
        .iter()
        .find(|e| e["name"] == "Jakarta")
        .expect("the place");
    assert_eq!(place["type"], "place");
    assert_eq!(place["english"], "Jakarta");
}

#[test]
fn entities_uses_the_glossary_and_rejects_a_bad_one() {
    let dir = std::env::temp_dir().join(format!("baca-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "Kemlu\tForeign Ministry\ttype: organization\n").unwrap();
    let out = baca(
        &["entities", "--glossary", good.to_str().unwrap()],
        "Kemlu mengumumkan hasilnya.".as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["entities"][0]["english"], "Foreign Ministry");
    assert_eq!(json["entities"][0]["type"], "organization");
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "Kemlu\tForeign Ministry\nno tab on this line\n").unwrap();
    let out = baca(
        &["entities", "--glossary", bad.to_str().unwrap()],
        b"Kemlu.",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 2: expected source<TAB>target"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The input that once made `baca entities` grow to 18 GB (random base64) finishes at once.
#[test]
fn the_entity_hang_reproducer_finishes() {
    let input = include_bytes!("data/regressions/entities-hang-2323b.txt");
    for command in ["entities", "analyze"] {
        let start = std::time::Instant::now();
        let out = baca(&[command], input);
        assert!(out.status.success(), "{command}");
        // Generous for a debug build on a busy machine; it takes milliseconds.
        assert!(
            start.elapsed().as_secs() < 20,
            "{command}: {:?}",
            start.elapsed()
        );
    }
}
