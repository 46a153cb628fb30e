//! The text core: page text in, [`Analysis`] out. Pure Rust, no browser dependencies, so it runs
//! the same in the reader, the CLI and native tests.
//!
//! ```
//! use baca::text::{analyze, Page};
//! let page = Page::from_plain_text("Kim ke Rusia\n\nKim tiba di Rusia. Putin menunggu.", Some("id"));
//! let analysis = analyze(&page);
//! assert_eq!(analysis.sentence_count(), 3);
//! ```

mod analysis;
mod entity;
pub mod export;
mod glossary;
pub mod lang;
pub mod ner;
mod page;
mod segment;
mod signoff;
mod span;

pub use analysis::{analyze, analyze_with, Analysis, Analyzer, Block, Sentence};
pub use entity::{Candidate, Description, DescriptionSource, Entity, EntityKind, Mark, MentionRef};
pub use glossary::{Glossary, GlossaryEntry, GlossaryError, GlossaryMatcher};
pub use page::{
    paragraphs, BlockKind, Page, PageBlock, PageNode, PageReader, Paragraphs, TreeNode,
};
pub use segment::{sentence_spans, Segmenter, SentenceSpans, Split, MAX_SENTENCE};
pub use span::Span;

/// Adds a language's data file as `make dist` ships it (`data/<code>.txt`: the sentence rules'
/// word lists) to a build that does not bundle it. The word lists are checked first (see
/// [`lang::add_data`]); a refused file adds nothing. A language's names come in its names pack
/// ([`ner::pack::add`]).
///
/// ```
/// let file = "# baca sentence segmenter data for 'de'.\n[abbreviations]\nz.b\n";
/// assert!(baca::text::add_language_data("de", file).is_ok());
/// assert!(baca::text::add_language_data("de", "<!doctype html>").is_err());
/// ```
pub fn add_language_data(code: &str, text: &str) -> Result<(), String> {
    lang::add_data(code, text)
}
