//! Every entity of the article, grouped by kind, with how often it is mentioned; choosing one
//! opens its card at its first mention, from where the card walks through the rest.

use std::rc::Rc;

use yew::prelude::*;

use super::context::ReaderContext;
use super::sentence_view::kind_icon;
use super::state::{CardState, ReaderAction};
use crate::text::{Analysis, EntityKind};

/// Properties of [`GlossaryPanel`].
#[derive(Properties, Clone)]
pub struct GlossaryPanelProps {
    pub analysis: Rc<Analysis>,
    /// Why names may be missing, where no trained model read the article (see
    /// `ReaderProps::names_note`).
    #[prop_or_default]
    pub names_note: Option<AttrValue>,
}

impl PartialEq for GlossaryPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && self.names_note == other.names_note
    }
}

/// The glossary panel.
#[function_component]
pub fn GlossaryPanel(props: &GlossaryPanelProps) -> Html {
    let ctx = use_context::<ReaderContext>().expect("a panel lives in a reader");
    let groups = [
        (EntityKind::Person, "People"),
        (EntityKind::Place, "Places"),
        (EntityKind::Organization, "Organisations"),
        (EntityKind::Other, "Other"),
    ];
    let sections = groups.iter().filter_map(|(kind, title)| {
        let mut items: Vec<(usize, &crate::text::Entity)> =
            props.analysis.entities.iter().enumerate().filter(|(_, e)| e.kind == *kind).collect();
        if items.is_empty() {
            return None;
        }
        items.sort_by_key(|(_, e)| std::cmp::Reverse(e.mentions.len()));
        let list = items.into_iter().map(|(i, e)| {
            let dispatch = ctx.dispatch.clone();
            let analysis = props.analysis.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                let first = analysis.entities[i].mentions.first().copied();
                if let Some(m) = first {
                    if let Some(s) = analysis.blocks.get(m.block).and_then(|b| b.sentences.iter().find(|s| s.span.start <= m.span.start && m.span.end <= s.span.end)) {
                        dispatch.dispatch(ReaderAction::Focus(s.index));
                    }
                }
                dispatch.dispatch(ReaderAction::OpenCard(CardState { entity: i, mention: 0, pinned: true }));
            });
            html! {
                <li>
                    <button type="button" class={classes!("baca-entity-button", format!("baca-{}", kind.as_str()))} data-entity={e.id.clone()} {onclick}>
                        <span class="baca-icon" aria-hidden="true">{ kind_icon(*kind) }</span>
                        <span translate="no">{ e.name.clone() }</span>
                        <span class="baca-count-badge" aria-label={format!("{} mentions", e.mentions.len())}>{ e.mentions.len() }</span>
                    </button>
                </li>
            }
        });
        Some(html! {
            <section class="baca-group">
                <h3>{ format!("{title} ({})", props.analysis.entities.iter().filter(|e| e.kind == *kind).count()) }</h3>
                <ul>{ for list }</ul>
            </section>
        })
    });
    html! {
        <section class="baca-panel" data-baca="glossary-panel" aria-label="Glossary of this article">
            <h2 class="baca-panel-title">{ "Glossary" }</h2>
            if let Some(note) = props.names_note.clone() {
                <p class="baca-panel-note" data-baca="no-names-model">{ note }</p>
            } else if props.analysis.entities.is_empty() {
                <p>{ "No names or places found." }</p>
            }
            { for sections }
        </section>
    }
}
