//! The glossary card of an entity: who or what it is, in English, where the description comes
//! from, which mention this is, and (pinned) buttons to walk the mentions or keep the entity in
//! the user's glossary.
//!
//! Opened by hover or focus it is a tooltip (`role="tooltip"`, referenced by the mark's
//! `aria-describedby`); opened by a click, tap or Enter it holds buttons and is a non-modal
//! dialog. Esc closes it; it stays while the pointer is on the mark or the card (WCAG 2.1 SC
//! 1.4.13). Below 600 px it is a bottom sheet (CSS).

use std::rc::Rc;

use yew::prelude::*;

use super::context::ReaderContext;
use super::sentence_view::kind_icon;
use super::state::{CardState, ReaderAction};
use crate::text::{Analysis, DescriptionSource, EntityKind, Glossary, GlossaryEntry};

/// Properties of [`Card`].
#[derive(Properties, Clone)]
pub struct CardProps {
    pub analysis: Rc<Analysis>,
    pub card: CardState,
    /// Where to show it, relative to the reader: `(top, left)` in pixels; `None` until it is
    /// placed under its mark (it is transparent to the eye and the pointer meanwhile).
    pub position: Option<(i32, i32)>,
    /// The user's glossary (to tell "add" from "edit").
    pub glossary: Rc<Glossary>,
    /// Saves an entry to the user's glossary.
    pub on_save: Callback<GlossaryEntry>,
}

impl PartialEq for CardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.card == other.card
            && self.position == other.position
            && Rc::ptr_eq(&self.glossary, &other.glossary)
    }
}

fn source_label(source: DescriptionSource) -> &'static str {
    match source {
        DescriptionSource::Article => "from the article",
        DescriptionSource::Glossary => "from your glossary",
        DescriptionSource::Gazetteer => "from the gazetteer (CLDR, GeoNames)",
    }
}

/// The card.
#[function_component]
pub fn Card(props: &CardProps) -> Html {
    let ctx = use_context::<ReaderContext>().expect("a card lives in a reader");
    let editing = use_state(|| false);
    let node = use_node_ref();
    // Placed through the CSSOM, which a page's CSP allows where it may forbid inline styles.
    {
        let node = node.clone();
        use_effect_with(props.position, move |&position| {
            if let Some(card) = node.cast::<web_sys::Element>() {
                // Shown with its place, in one step.
                let vars = match position {
                    Some((top, left)) => [
                        ("--baca-card-top", format!("{top}px")),
                        ("--baca-card-left", format!("{left}px")),
                        ("--baca-card-shown", "1".to_owned()),
                        ("--baca-card-events", "auto".to_owned()),
                    ],
                    None => [
                        ("--baca-card-top", "48px".to_owned()),
                        ("--baca-card-left", "16px".to_owned()),
                        ("--baca-card-shown", "0".to_owned()),
                        ("--baca-card-events", "none".to_owned()),
                    ],
                };
                super::browser::set_css_vars(&card, &vars);
            }
        });
    }
    let Some(entity) = props.analysis.entities.get(props.card.entity) else {
        return Html::default();
    };
    let kind = entity.kind.as_str();
    let id = format!("{}-card", ctx.id);
    let n = entity.mentions.len();
    let entry = props
        .glossary
        .entries()
        .iter()
        .find(|g| g.source.eq_ignore_ascii_case(&entity.name))
        .cloned();
    let onmouseenter = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.stay())
    };
    let onmouseleave = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.leave())
    };
    let step = |d: isize| {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(ReaderAction::CardStep(d)))
    };
    let close = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(ReaderAction::CloseCard))
    };
    let english = entity.english.as_ref().filter(|e| **e != entity.name).map(|e| {
        html! { <p class="baca-card-english"><span class="baca-label">{ "English: " }</span><span translate="no">{ e.clone() }</span></p> }
    });
    let description = entity.description.as_ref().map(|d| {
        html! {
            <p class="baca-card-description">
                { d.text.clone() }
                <span class="baca-card-source">{ format!(" — {}", source_label(d.source)) }</span>
            </p>
        }
    });
    let aliases = (!entity.aliases.is_empty()).then(|| {
        html! { <p class="baca-card-aliases"><span class="baca-label">{ "Also: " }</span>{ entity.aliases.join(", ") }</p> }
    });
    let counter = html! { <p class="baca-card-count">{ format!("Mention {} of {}", props.card.mention + 1, n) }</p> };
    let body = if !props.card.pinned {
        html! { <p class="baca-card-hint">{ "Click or press Enter for more" }</p> }
    } else if *editing {
        let on_save = props.on_save.clone();
        let editing_done = editing.clone();
        let name = entity.name.clone();
        let entry = entry.clone();
        let onsubmit = Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e.target_dyn_into::<web_sys::HtmlElement>() else {
                return;
            };
            let field = |name: &str| {
                form.query_selector(&format!("[name={name}]"))
                    .ok()
                    .flatten()
                    .and_then(|el| {
                        use wasm_bindgen::JsCast;
                        el.dyn_ref::<web_sys::HtmlInputElement>()
                            .map(|i| i.value())
                            .or_else(|| {
                                el.dyn_ref::<web_sys::HtmlSelectElement>()
                                    .map(|s| s.value())
                            })
                    })
                    .unwrap_or_default()
            };
            let target = field("target");
            let comment = field("comment");
            on_save.emit(GlossaryEntry {
                source: name.clone(),
                target: (!target.trim().is_empty()).then(|| target.trim().to_owned()),
                comment: (!comment.trim().is_empty()).then(|| comment.trim().to_owned()),
                kind: EntityKind::from_name(&field("type")),
            });
            editing_done.set(false);
        });
        let cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(false))
        };
        let current_kind = entry.as_ref().and_then(|e| e.kind).unwrap_or(entity.kind);
        html! {
            <form class="baca-card-form" {onsubmit}>
                <label>{ "English or target term" }
                    <input name="target" value={entry.as_ref().and_then(|e| e.target.clone()).or(entity.english.clone()).unwrap_or_default()} />
                </label>
                <label>{ "Note" }
                    <input name="comment" value={entry.as_ref().and_then(|e| e.comment.clone()).or(entity.description.as_ref().map(|d| d.text.clone())).unwrap_or_default()} />
                </label>
                <label>{ "Type" }
                    <select name="type">
                        { for [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Other].iter().map(|k| html! {
                            <option value={k.as_str()} selected={*k == current_kind}>{ k.as_str() }</option>
                        }) }
                    </select>
                </label>
                <div class="baca-card-buttons">
                    <button type="submit">{ "Save" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            </form>
        }
    } else {
        let edit = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(true))
        };
        html! {
            <div class="baca-card-buttons">
                <button type="button" onclick={step(-1)} aria-label="Previous mention">{ "‹ Previous" }</button>
                <button type="button" onclick={step(1)} aria-label="Next mention">{ "Next ›" }</button>
                <button type="button" onclick={edit}>{ if entry.is_some() { "Edit" } else { "Add to my glossary" } }</button>
            </div>
        }
    };
    let role = if props.card.pinned {
        "dialog"
    } else {
        "tooltip"
    };
    html! {
        <div
            {id}
            class={classes!("baca-card", format!("baca-{kind}"), props.card.pinned.then_some("baca-pinned"))}
            data-baca="card"
            data-entity={entity.id.clone()}
            role={role}
            aria-label={props.card.pinned.then(|| entity.name.clone())}
            tabindex={props.card.pinned.then_some("-1")}
            ref={node}
            {onmouseenter}
            {onmouseleave}
        >
            <p class="baca-card-title">
                <span class="baca-icon" aria-hidden="true">{ kind_icon(entity.kind) }</span>
                <strong translate="no">{ entity.name.clone() }</strong>
                <span class="baca-card-kind">{ kind }</span>
                if props.card.pinned {
                    <button type="button" class="baca-card-close" onclick={close} aria-label="Close">{ "×" }</button>
                }
            </p>
            { english.unwrap_or_default() }
            { description.unwrap_or_default() }
            { aliases.unwrap_or_default() }
            { counter }
            { body }
        </div>
    }
}
