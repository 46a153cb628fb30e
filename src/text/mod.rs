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
pub mod case;
pub mod chars;
mod entity;
pub mod export;
mod glossary;
pub mod json;
pub mod lang;
pub mod ner;
mod page;
mod segment;
pub mod sort;
mod span;

pub use analysis::{analyze, analyze_with, Analysis, Analyzer, Block, Sentence};
pub use entity::{Description, DescriptionSource, Entity, EntityKind, Mark, MentionRef};
pub use glossary::{Glossary, GlossaryEntry, GlossaryError};
pub use page::{paragraphs, BlockKind, Page, PageBlock, PageNode, Paragraphs, TreeNode};
pub use segment::{sentence_spans, Segmenter, SentenceSpans};
pub use span::Span;
