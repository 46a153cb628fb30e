//! Yew components that render an [`Analysis`](crate::text::Analysis). No text logic lives here:
//! everything shown comes from the analysis.
//!
//! Stable hooks for tests and host pages: the root is `[data-baca="reader"]`; every sentence is
//! `[data-baca="sentence"]` with `data-index` (0-based, reading order) and exactly the sentence
//! text as its `textContent` (the visible number sits outside it).

mod block_view;
mod reader;
mod sentence_view;

pub use block_view::{BlockView, BlockViewProps};
pub use reader::{Reader, ReaderProps};
pub use sentence_view::{SentenceView, SentenceViewProps};

/// The reader's stylesheet. Hosts add it next to the reader (the demo links the copy `make dist`
/// writes to `pkg/baca.css`).
pub const STYLESHEET: &str = include_str!("reader.css");
