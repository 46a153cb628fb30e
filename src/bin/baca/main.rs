//! `baca`, the command-line face of the text core.
//!
//! ```text
//! baca segment [--lang LANG] [FILE|-]   sentences as JSON Lines: {"start":B,"end":B,"text":"…"}
//! baca analyze [--lang LANG] [--glossary FILE] [FILE|-]   the whole analysis as one JSON document
//! baca entities [--lang LANG] [--glossary FILE] [FILE|-]  people, places, organisations as JSON
//! ```
//! Offsets are bytes into the input; `text` is the sentence without surrounding whitespace.
//! Blank-line-separated paragraphs are segmented independently. The language is `--lang` (one of
//! the languages baca knows: another is an error that lists them), else detected from the text
//! (a language baca does not know gets language-neutral rules).
//! Bad input prints one line on stderr and exits with code 2.

mod languages;

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use baca::text::lang::Lang;
use baca::text::{analyze_with, paragraphs, Glossary, Page, PageBlock, Segmenter};

const USAGE: &str = "usage: baca segment|analyze|entities [--lang LANG] [--glossary FILE] [FILE|-]";

struct Args {
    command: String,
    lang: Option<String>,
    glossary: Option<String>,
    input: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args
        .next()
        .ok_or_else(|| format!("missing command; {USAGE}"))?;
    if command == "--help" || command == "-h" {
        return Err(USAGE.to_owned());
    }
    if !matches!(command.as_str(), "segment" | "analyze" | "entities") {
        return Err(format!("unknown command \"{command}\"; {USAGE}"));
    }
    let mut parsed = Args {
        command,
        lang: None,
        glossary: None,
        input: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let lang = args.next().ok_or("--lang needs a value, e.g. --lang id")?;
                parsed.lang = Some(known_language(lang)?);
            }
            _ if arg.starts_with("--lang=") => {
                parsed.lang = Some(known_language(arg["--lang=".len()..].to_owned())?)
            }
            "--glossary" => {
                let file = args
                    .next()
                    .ok_or("--glossary needs a file, e.g. --glossary terms.tsv")?;
                parsed.glossary = Some(file);
            }
            _ if arg.starts_with("--glossary=") => {
                parsed.glossary = Some(arg["--glossary=".len()..].to_owned())
            }
            "-" => parsed.input = Some(arg),
            _ if arg.starts_with('-') => return Err(format!("unknown flag \"{arg}\"; {USAGE}")),
            _ if parsed.input.is_some() => {
                return Err(format!("more than one input file; {USAGE}"))
            }
            _ => parsed.input = Some(arg),
        }
    }
    Ok(parsed)
}

/// `tag` if baca knows its language; otherwise an error that lists the languages it knows.
fn known_language(tag: String) -> Result<String, String> {
    if Lang::from_tag(&tag).code().is_some() {
        return Ok(tag);
    }
    Err(format!(
        "unknown language \"{tag}\" for --lang; baca knows: {} (leave --lang out to detect the language)",
        baca::text::lang::known().join(" ")
    ))
}

fn read_input(input: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match input {
        None | Some("-") => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            bytes.len()
        }
    };
    let name = input.unwrap_or("standard input");
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

#[derive(serde::Serialize)]
struct SegmentLine<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn read_glossary(path: Option<&str>) -> Result<Glossary, String> {
    let Some(path) = path else {
        return Ok(Glossary::default());
    };
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read glossary {path}: {e}"))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("glossary {path} is not valid UTF-8"))?;
    Glossary::parse(&text).map_err(|e| format!("glossary {path}: {e}"))
}

#[derive(serde::Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct EntityOut<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    english: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description_source: Option<&'a str>,
    mentions: Vec<MentionOut<'a>>,
}

fn run(args: Args) -> Result<(), String> {
    languages::add_all();
    let glossary = read_glossary(args.glossary.as_deref())?;
    let text = read_input(args.input.as_deref())?;
    let mut out = BufWriter::new(io::stdout().lock());
    let write_err = |e: io::Error| format!("cannot write output: {e}");
    match args.command.as_str() {
        "segment" => {
            // One language for the whole input: the flag, else detected from the text.
            let segmenter = Segmenter::new(Lang::resolve(args.lang.as_deref(), &text));
            for (offset, paragraph) in paragraphs(&text) {
                for span in segmenter.spans(paragraph) {
                    let line = SegmentLine {
                        start: offset + span.start,
                        end: offset + span.end,
                        text: span.slice(paragraph),
                    };
                    serde_json::to_writer(&mut out, &line).map_err(|e| e.to_string())?;
                    out.write_all(b"\n").map_err(write_err)?;
                }
            }
        }
        command => {
            // Paragraphs keep their offsets so that mentions point into the input.
            let (offsets, blocks): (Vec<usize>, Vec<PageBlock>) = paragraphs(&text)
                .map(|(offset, p)| (offset, PageBlock::new(baca::text::BlockKind::Paragraph, p)))
                .unzip();
            let page = Page {
                lang: args.lang.clone(),
                blocks,
            };
            let analysis = analyze_with(&page, &glossary);
            if command == "analyze" {
                serde_json::to_writer(&mut out, &analysis).map_err(|e| e.to_string())?;
            } else {
                let entities: Vec<EntityOut> = analysis
                    .entities
                    .iter()
                    .map(|e| EntityOut {
                        id: &e.id,
                        name: &e.name,
                        kind: e.kind.as_str(),
                        english: e.english.as_deref(),
                        description: e.description.as_ref().map(|d| d.text.as_str()),
                        description_source: e.description.as_ref().map(|d| d.source.as_str()),
                        mentions: e
                            .mentions
                            .iter()
                            .map(|m| MentionOut {
                                start: offsets[m.block] + m.span.start,
                                end: offsets[m.block] + m.span.end,
                                text: m.span.slice(&analysis.blocks[m.block].text),
                            })
                            .collect(),
                    })
                    .collect();
                serde_json::to_writer(&mut out, &serde_json::json!({ "entities": entities }))
                    .map_err(|e| e.to_string())?;
            }
            out.write_all(b"\n").map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("baca: {message}");
            ExitCode::from(2)
        }
    }
}
