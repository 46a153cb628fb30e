//! An opened panel is in view: the toolbar stays at the top of the screen while the reader
//! scrolls, but the panels open under it at the top of the reader, which may have scrolled far
//! away.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::state::Panel;

/// Scrolls the panel `panel` (when one opens) of the reader `root` into view below its toolbar.
#[hook]
pub fn use_panel_in_view(panel: Panel, root: &NodeRef) {
    let root = root.clone();
    use_effect_with(panel, move |&panel| {
        if panel == Panel::None {
            return;
        }
        if let Some(root) = root.cast::<web_sys::Element>() {
            if let Ok(Some(section)) = root.query_selector(".baca-panel") {
                browser::show(&root, &section, web_sys::ScrollLogicalPosition::Nearest);
            }
        }
    });
}
