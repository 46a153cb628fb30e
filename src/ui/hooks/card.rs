//! The glossary card: placed under its mark, a dialog that takes the focus and gives it back,
//! closed by Esc or a press outside, and heard by the host page when it opens.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::context::ReaderContext;
use crate::ui::state::{CardState, ReaderAction, ReaderState};

/// The open card's behaviour; returns where it sits (top, left) in the reader once it is placed
/// under the mark it is open for, `None` before.
#[hook]
pub fn use_card(
    state: &UseReducerHandle<ReaderState>,
    root: &NodeRef,
    ctx: &ReaderContext,
    on_entity_open: &Callback<[String; 3]>,
) -> Option<(i32, i32)> {
    // With the mark it was measured for: a card shown where the previous one stood (or at the
    // reader's top) could cover its own mark between a press and its release, and the click
    // that pins it would be lost.
    let placed = use_state(|| None::<((usize, usize), (i32, i32))>);
    // Place the card under its mark.
    {
        let root = root.clone();
        let placed = placed.clone();
        use_effect_with(state.card, move |card| {
            // A closed card's place is forgotten: the same mark's card may open elsewhere later.
            if card.is_none() && placed.is_some() {
                placed.set(None);
            }
            if let (Some(card), Some(root)) = (card, root.cast::<web_sys::Element>()) {
                let selector = format!(r#"[data-mention="{}:{}"]"#, card.entity, card.mention);
                // Without its mark (not rendered yet) at the stylesheet's place, under the bar.
                let mut position = (48, 16);
                if let Ok(Some(mark)) = root.query_selector(&selector) {
                    let (r, m) = (
                        root.get_bounding_client_rect(),
                        mark.get_bounding_client_rect(),
                    );
                    // The stylesheet keeps the card inside the reader's width.
                    let left = m.left() - r.left();
                    position = ((m.bottom() - r.top() + 6.0) as i32, left as i32);
                }
                placed.set(Some(((card.entity, card.mention), position)));
            }
        });
    }
    // A pinned card stepping to another mention of its entity stays where it was, shown and
    // pressable ("Next ›" twice), until it is placed again.
    let card_position = (*placed)
        .filter(|(key, _)| {
            state
                .card
                .is_some_and(|c| (c.entity, c.mention) == *key || c.pinned && c.entity == key.0)
        })
        .map(|(_, position)| position);
    // A pinned card (opened by a click, a key, the glossary panel or "Next") is in view with
    // its mark once placed: under the mark, or on a phone in a sheet at the bottom of the
    // screen, above which the mark is moved where the sheet would cover it.
    {
        let root = root.clone();
        use_effect_with((state.card, card_position), move |&(card, position)| {
            let Some(card) = card.filter(|c| c.pinned && position.is_some()) else {
                return;
            };
            let Some(root) = root.cast::<web_sys::Element>() else {
                return;
            };
            let find = |selector: &str| root.query_selector(selector).ok().flatten();
            let (Some(sheet), Some(mark)) = (
                find(r#"[data-baca="card"]"#),
                find(&format!(
                    r#"[data-mention="{}:{}"]"#,
                    card.entity, card.mention
                )),
            ) else {
                return;
            };
            if browser::is_fixed(&sheet) {
                // Under the sheet, or above the screen's top and the toolbar ("Previous").
                let bar = find(".baca-bar").map_or(0.0, |b| b.get_bounding_client_rect().bottom());
                let m = mark.get_bounding_client_rect();
                if m.bottom() > sheet.get_bounding_client_rect().top() || m.top() < bar.max(0.0) {
                    browser::show(&root, &mark, web_sys::ScrollLogicalPosition::Start);
                }
            } else {
                browser::show(&root, &mark, web_sys::ScrollLogicalPosition::Nearest);
                browser::show(&root, &sheet, web_sys::ScrollLogicalPosition::Nearest);
            }
        });
    }
    // A card that becomes a dialog takes the focus (its buttons come next in the Tab order);
    // when it closes, the focus goes back to its mark unless the user put it elsewhere.
    {
        let root = root.clone();
        let quiet = ctx.quiet_focus.clone();
        let previous = use_mut_ref(|| None::<CardState>);
        use_effect_with(state.card, move |&card| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), card);
            let Some(root) = root.cast::<web_sys::Element>() else {
                return;
            };
            let find = |selector: &str| {
                root.query_selector(selector)
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            };
            let focus_lost = browser::focused_in(&root).is_none();
            match (before, card) {
                (_, Some(now))
                    if now.pinned && before.is_none_or(|b| !b.pinned || b.entity != now.entity) =>
                {
                    // (In view with its mark: the effect above, once it is placed.)
                    // Without scrolling: the card may not be placed yet; the effect above
                    // brings it into view once it is.
                    if let Some(dialog) = find(r#"[data-baca="card"]"#) {
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = dialog.focus_with_options(&options);
                    }
                }
                (Some(was), None) if was.pinned && focus_lost => {
                    if let Some(mark) = find(&format!(
                        r#"[data-mention="{}:{}"]"#,
                        was.entity, was.mention
                    )) {
                        *quiet.borrow_mut() = Some((was.entity, was.mention));
                        let _ = mark.focus();
                    }
                }
                _ => {}
            }
        });
    }
    // The host page hears which entity's card opened.
    {
        let on_open = on_entity_open.clone();
        let analysis = state.analysis.clone();
        use_effect_with(state.card.map(|c| c.entity), move |&entity| {
            if let Some(e) = entity.and_then(|e| analysis.entities.get(e)) {
                on_open.emit([e.id.clone(), e.name.clone(), e.kind.as_str().to_owned()]);
            }
        });
    }
    // Esc closes a card; a click or tap outside closes a pinned one.
    {
        let dispatch = state.dispatcher();
        let root = root.clone();
        let ctx2 = ctx.clone();
        // Keyed by the open card's mark, so that Esc dismisses the card that is open.
        let open_mark = state.card.map(|c| (c.entity, c.mention));
        use_effect_with(open_mark, move |&open_mark| {
            let listeners = open_mark.is_some().then(|| {
                let document = gloo::utils::document();
                // Esc heard where the reader's tree ends (its shadow root in the embed, where the
                // embed keeps the keys it handles from the page's shortcuts), and on the page
                // too: a card opened by the pointer while the focus is on the page closes on Esc.
                let tree: web_sys::EventTarget = root
                    .cast::<web_sys::Node>()
                    .map_or_else(|| document.clone().into(), |r| r.get_root_node().into());
                let d1 = dispatch.clone();
                let ctx1 = ctx2.clone();
                let on_key = std::rc::Rc::new(move |e: &web_sys::Event| {
                    let escape = e
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape");
                    // Handled once: prevented here, it is not handled again on the page.
                    if escape && !e.default_prevented() {
                        e.prevent_default();
                        ctx1.dismiss(open_mark);
                        d1.dispatch(ReaderAction::CloseCard);
                    }
                });
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                let mut targets = vec![tree.clone()];
                if !js_sys::Object::is(&tree, &document) {
                    targets.push(document.clone().into());
                }
                let keys: Vec<EventListener> = targets
                    .iter()
                    .map(|t| {
                        let on_key = on_key.clone();
                        EventListener::new_with_options(t, "keydown", options, move |e| on_key(e))
                    })
                    .collect();
                let clicks = EventListener::new(&document, "pointerdown", move |e| {
                    // The event's path, not its target: in a shadow DOM the document sees the
                    // host as the target.
                    let inside =
                        browser::path_has(e, r#"[data-baca="card"], [data-baca="entity"]"#);
                    let in_reader = root.cast::<web_sys::Node>().is_some();
                    if !inside && in_reader {
                        ctx2.cancel();
                        dispatch.dispatch(ReaderAction::CloseCard);
                    }
                });
                (keys, clicks)
            });
            move || drop(listeners)
        });
    }

    card_position
}
