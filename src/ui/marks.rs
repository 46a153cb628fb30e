//! One delegated set of handlers serves every marked name in the text, instead of closures made
//! for each mark on each render: the handlers sit on the text's container and find the mark an
//! event came from by its `data-mention` ("entity:mention") and its sentence's `data-index`.
//!
//! - the pointer entering a mark (`mouseover` from outside it) opens its card after the dwell
//!   time, leaving it (`mouseout` to outside it) closes an unpinned card after the grace time;
//! - the focus landing on a mark moves the focus line to its sentence and opens its card (not
//!   when the reader itself gave the focus back to it, nor when a press gave it), and the focus moving from it to an
//!   element that is no mark nor the card closes an unpinned card;
//! - a click, or Enter or Space on a mark, opens its card pinned (a dialog); the press that
//!   begins a click gives the mark the focus without opening its card, since a card opened then
//!   (a phone's sheet at the bottom of the screen) could lie over the mark at the release and
//!   take the click.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use super::context::ReaderContext;
use super::state::{CardState, ReaderAction};

/// The handlers, for the element that holds the marks.
pub struct MarkHandlers {
    pub onmouseover: Callback<MouseEvent>,
    pub onmouseout: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
    pub onmousedown: Callback<MouseEvent>,
    pub onclick: Callback<MouseEvent>,
}

/// The mark at or around `target`, with its card (unpinned) and its sentence's index.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<(Element, CardState, usize)> {
    let element = target?.dyn_into::<Element>().ok()?;
    let mark = element.closest(r#"[data-baca="entity"]"#).ok()??;
    let (entity, mention) = mark
        .get_attribute("data-mention")?
        .split_once(':')
        .and_then(|(e, m)| Some((e.parse().ok()?, m.parse().ok()?)))?;
    let index = mark
        .closest(r#"[data-baca="sentence"]"#)
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()?;
    let card = CardState {
        entity,
        mention,
        pinned: false,
    };
    Some((mark, card, index))
}

/// Whether `other` (a related target) is inside `mark`.
fn within(mark: &Element, other: Option<web_sys::EventTarget>) -> bool {
    other
        .and_then(|o| o.dyn_into::<Node>().ok())
        .is_some_and(|o| mark.contains(Some(&o)))
}

impl MarkHandlers {
    /// The handlers for the marks of the reader `ctx` belongs to.
    pub fn new(ctx: &ReaderContext) -> MarkHandlers {
        let c = ctx.clone();
        let onmouseover = Callback::from(move |e: MouseEvent| {
            if let Some((mark, card, _)) = mark_of(e.target()) {
                if !within(&mark, e.related_target()) {
                    c.hover(card);
                }
            }
        });
        let c = ctx.clone();
        let onmouseout = Callback::from(move |e: MouseEvent| {
            if let Some((mark, _, _)) = mark_of(e.target()) {
                if !within(&mark, e.related_target()) {
                    c.leave();
                }
            }
        });
        let c = ctx.clone();
        let onfocusin = Callback::from(move |e: FocusEvent| {
            if let Some((_, card, index)) = mark_of(e.target()) {
                c.dispatch.dispatch(ReaderAction::Focus(index));
                let quiet = c.quiet_focus.borrow_mut().take();
                if quiet != Some((card.entity, card.mention)) {
                    c.dispatch.dispatch(ReaderAction::OpenCard(card));
                }
            }
        });
        let c = ctx.clone();
        let onfocusout = Callback::from(move |e: FocusEvent| {
            // Only where the focus went to another element (the keyboard's Tab): a press on a
            // card's text sends it nowhere, and the pointer's own rules close cards then.
            let elsewhere = e
                .related_target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| {
                    t.closest(r#"[data-baca="entity"], [data-baca="card"]"#)
                        .ok()
                        .flatten()
                        .is_none()
                });
            if mark_of(e.target()).is_some() && elsewhere {
                c.cancel();
                c.dispatch.dispatch(ReaderAction::CloseHoverCard);
            }
        });
        let c = ctx.clone();
        let onmousedown = Callback::from(move |e: MouseEvent| {
            // The main button's press on a mark that has not the focus yet: only that press
            // gives it the focus (a focused mark hears no focusin to take the flag).
            if let Some((mark, card, _)) = mark_of(e.target()).filter(|_| e.button() == 0) {
                if !mark.matches(":focus").unwrap_or(false) {
                    *c.quiet_focus.borrow_mut() = Some((card.entity, card.mention));
                }
            }
        });
        let c = ctx.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // A press's flag is spent by its click, wherever the release landed.
            c.quiet_focus.borrow_mut().take();
            if let Some((_, card, index)) = mark_of(e.target()) {
                e.stop_propagation();
                c.cancel();
                c.dispatch.dispatch(ReaderAction::Focus(index));
                c.dispatch.dispatch(ReaderAction::OpenCard(CardState {
                    pinned: true,
                    ..card
                }));
            }
        });
        MarkHandlers {
            onmouseover,
            onmouseout,
            onfocusin,
            onfocusout,
            onmousedown,
            onclick,
        }
    }

    /// Enter or Space on a mark opens its card pinned; returns whether the key was one.
    pub fn key(ctx: &ReaderContext, e: &KeyboardEvent) -> bool {
        if e.key() != "Enter" && e.key() != " " {
            return false;
        }
        let Some((_, card, _)) = mark_of(e.target()) else {
            return false;
        };
        e.prevent_default();
        ctx.dispatch.dispatch(ReaderAction::OpenCard(CardState {
            pinned: true,
            ..card
        }));
        true
    }
}
