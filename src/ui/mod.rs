//! Yew components that render an [`Analysis`](crate::text::Analysis). No text logic lives here:
//! everything shown comes from the analysis; the reader's own state (focus line, cards, panels,
//! translations, settings) is one reducer ([`state`]).
//!
//! Stable hooks for tests and host pages: the root is `[data-baca="reader"]`; every sentence is
//! `[data-baca="sentence"]` with `data-index` (0-based, reading order) and exactly the sentence
//! text as its `textContent` (the visible number sits outside it); every mention is
//! `[data-baca="entity"]` with `data-entity` and `data-type`; the open card is
//! `[data-baca="card"]` with role `tooltip` or `dialog`.

mod block_view;
pub mod browser;
mod card;
mod chunk_view;
mod context;
mod files_panel;
mod glossary_panel;
mod hooks;
mod marks;
mod reader;
mod sentence_view;
mod settings_panel;
pub mod state;
mod toolbar;

pub use block_view::{BlockView, BlockViewProps};
pub use card::{Card, CardProps};
pub use chunk_view::{ChunkView, ChunkViewProps};
pub use files_panel::{FilesPanel, FilesPanelProps};
pub use glossary_panel::{GlossaryPanel, GlossaryPanelProps};
pub use reader::{Names, Reader, ReaderProps};
pub use sentence_view::{SentenceView, SentenceViewProps};
pub use settings_panel::{SettingsPanel, SettingsPanelProps};
pub use toolbar::{Toolbar, ToolbarProps};

/// The reader's stylesheet. Hosts add it next to the reader (the demo links the copy `make dist`
/// writes to `pkg/baca.css`).
pub const STYLESHEET: &str = include_str!("reader.css");
