//! The focus follows the reader's focus line: the sentence the keyboard moved to, an opened
//! note field, and back.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::context::ReaderContext;
use crate::ui::state::ReaderState;

/// Moves the focus with the focus line and the note field of `state`.
#[hook]
pub fn use_focus_line(state: &UseReducerHandle<ReaderState>, root: &NodeRef, ctx: &ReaderContext) {
    // The keyboard moved the focus line: the sentence takes the focus.
    {
        let root = root.clone();
        let keyboard = ctx.keyboard.clone();
        use_effect_with(state.current, move |&current| {
            if std::mem::take(&mut *keyboard.borrow_mut()) {
                if let Some(el) = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| {
                        r.query_selector(&format!(
                            r#"[data-baca="sentence"][data-index="{current}"]"#
                        ))
                        .ok()
                        .flatten()
                    })
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    // An opened note field takes the focus; a closed one gives it back to its sentence.
    {
        let root = root.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(state.note_open, move |&open| {
            let selector = match open {
                Some(i) => format!(r#"[data-baca="note"][data-index="{i}"]"#),
                None => r#"[data-baca="sentence"][tabindex="0"]"#.to_owned(),
            };
            // Only a field that was open gives the focus back (not the first render).
            let closing =
                open.is_none() && std::mem::replace(&mut *was_open.borrow_mut(), open.is_some());
            *was_open.borrow_mut() = open.is_some();
            let lost = root
                .cast::<web_sys::Element>()
                .and_then(|r| browser::focused_in(&r))
                .is_none_or(|a| a.get_attribute("data-baca").as_deref() == Some("note"));
            if open.is_some() || (closing && lost) {
                if let Some(el) = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| r.query_selector(&selector).ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
}
