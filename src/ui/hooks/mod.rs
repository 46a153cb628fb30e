//! The reader's behaviour as named hooks, one concern a file (as yew's examples do): the saved
//! work, the settings, the step-by-step rendering of long articles, the focus line, the
//! glossary card, the edits of the user's glossary and the panels in view.

mod card;
mod focus_line;
mod glossary_edits;
mod incremental_render;
mod panel;
mod saved_work;
mod settings;

pub use card::use_card;
pub use focus_line::use_focus_line;
pub use glossary_edits::use_glossary_edits;
pub use incremental_render::use_incremental_render;
pub use panel::use_panel_in_view;
pub use saved_work::use_saved_work;
pub use settings::{load_settings, use_saved_settings};
