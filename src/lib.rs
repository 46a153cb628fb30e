//! baca: a reading assistant for the web.
//!
//! - [`text`] turns page text into an [`text::Analysis`] (pure Rust).
//! - `ui` renders an analysis with Yew.
//! - `web` (wasm32 only) is the JavaScript API: `mount(element, options)`.
//!
//! ```
//! let analysis = baca::text::analyze(&baca::text::Page::from_plain_text("Halo. Apa kabar?", None));
//! assert_eq!(analysis.sentence_count(), 2);
//! ```

mod support;
pub mod text;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

// Talc in place of the standard library's dlmalloc on the web: smaller and faster there (see
// BENCHMARKS.md, "Size").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
