//! An opened panel is in view: the toolbar stays at the top of the screen while the reader
//! scrolls, but the panels open under it at the top of the reader, which may have scrolled far
//! away. Closed again, the reader goes back to where it was, unless it was scrolled meanwhile
//! (a name picked in the glossary shows its mention: the reader stays there).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use crate::ui::browser::{self, Spots};
use crate::ui::state::Panel;

/// Scrolls the panel `panel` (when one opens) of the reader `root` into view below its toolbar,
/// and back when it closes. Returns whether the browser's scroll anchoring is to be off in the
/// reader (`baca-panel-open`): from the panel's coming until the reader is back, so that the
/// panel's height coming and going moves no scroll position but ours; on again as soon as the
/// reader is scrolled or a card opens (`card_open`: a name picked in the glossary, its mention
/// maybe already on screen), which then keeps what is on screen in place as usual.
#[hook]
pub fn use_panel_in_view(panel: Panel, card_open: bool, root: &NodeRef) -> bool {
    let root = root.clone();
    // Where the reader was before the first panel opened, and where showing the panel left it;
    // none once the reader was scrolled from there.
    let spots = use_mut_ref(|| None::<(Spots, Spots)>);
    let (returning, scrolled) = (use_state_eq(|| false), use_state_eq(|| false));
    let off = (panel != Panel::None && !*scrolled) || *returning;
    {
        let (spots, returning, scrolled) = (spots.clone(), returning.clone(), scrolled.clone());
        use_effect_with(card_open, move |&open| {
            if open && spots.borrow_mut().take().is_some() {
                returning.set(false);
                scrolled.set(true);
            }
        });
    }
    {
        let (returning, scrolled) = (returning.clone(), scrolled.clone());
        use_effect_with(panel, move |&panel| {
            let mut listeners = Vec::new();
            if panel == Panel::None {
                if let Some((before, shown)) = spots.borrow_mut().take() {
                    if !shown.moved() {
                        before.restore();
                    }
                }
                returning.set(false);
                scrolled.set(false);
            } else if let Some(root) = root.cast::<web_sys::Element>() {
                if let Ok(Some(section)) = root.query_selector(".baca-panel") {
                    let before = spots.borrow_mut().take().map(|(before, _)| before);
                    let before = before.unwrap_or_else(|| Spots::before_panel(&root, &section));
                    browser::show(&root, &section, web_sys::ScrollLogicalPosition::Nearest);
                    focus_panel_from_keys(&root, &section, panel);
                    *spots.borrow_mut() = Some((before, Spots::of(&root)));
                    returning.set(true);
                    scrolled.set(false);
                    listeners = watch_scrolls(&root, spots, returning, scrolled);
                }
            }
            move || drop(listeners)
        });
    }
    off
}

/// Opened from the keyboard (its button focused as keys focus), the panel takes the focus: its
/// controls come after the rest of the toolbar in the Tab order. Esc gives it back to the
/// button (the reader's `onpanelkey`); opened by the pointer, the focus stays.
fn focus_panel_from_keys(root: &web_sys::Element, section: &web_sys::Element, panel: Panel) {
    use wasm_bindgen::JsCast;
    let Some(active) = browser::focused_in(root) else {
        return;
    };
    let from_keys = active.get_attribute("data-baca").as_deref() == Some(panel.toggle())
        && active.matches(":focus-visible").unwrap_or(false);
    if !from_keys {
        return;
    }
    let first = section
        .query_selector("button, select, input, textarea, a[href]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}

/// Listens for scrolls of the page and of the boxes in the reader's tree (scroll events do not
/// bubble: caught on the way down) and forgets where to go back to once one moved the reader.
fn watch_scrolls(
    root: &web_sys::Element,
    spots: Rc<RefCell<Option<(Spots, Spots)>>>,
    returning: UseStateHandle<bool>,
    scrolled: UseStateHandle<bool>,
) -> Vec<EventListener> {
    let on_scroll = Rc::new(move || {
        let moved = spots
            .borrow()
            .as_ref()
            .is_some_and(|(_, shown)| shown.moved());
        if moved {
            spots.borrow_mut().take();
            returning.set(false);
            scrolled.set(true);
        }
    });
    let options = EventListenerOptions::run_in_capture_phase();
    let mut targets: Vec<web_sys::EventTarget> = vec![root.get_root_node().into()];
    targets.extend(web_sys::window().map(Into::into));
    targets
        .iter()
        .map(|target| {
            let on_scroll = on_scroll.clone();
            EventListener::new_with_options(target, "scroll", options, move |_| on_scroll())
        })
        .collect()
}
