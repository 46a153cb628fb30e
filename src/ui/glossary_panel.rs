//! Every entity of the article, grouped by kind, with how often it is mentioned; choosing one
//! opens its card at its first mention, from where the card walks through the rest. Below them,
//! the names baca was unsure of and left unmarked ([`crate::text::Candidate`]): choosing one
//! shows its sentence, and "Add" puts it in the reader's glossary, which marks it everywhere.

use std::rc::Rc;

use yew::prelude::*;

use super::context::ReaderContext;
use super::sentence_view::kind_icon;
use super::state::{CardState, ReaderAction, ReaderState};
use crate::text::{Analysis, EntityKind, GlossaryEntry};

/// Properties of [`GlossaryPanel`].
#[derive(Properties, Clone)]
pub struct GlossaryPanelProps {
    pub analysis: Rc<Analysis>,
    /// Why names may be missing, where no trained model read the article (see
    /// `ReaderProps::names_note`).
    #[prop_or_default]
    pub names_note: Option<AttrValue>,
    /// Adds an unmarked name to the reader's glossary.
    pub on_add: Callback<GlossaryEntry>,
}

impl PartialEq for GlossaryPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.names_note == other.names_note
            && self.on_add == other.on_add
    }
}

/// "a person", "an organisation": a kind after "as" or "perhaps".
fn kind_phrase(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "a person",
        EntityKind::Place => "a place",
        EntityKind::Organization => "an organisation",
        EntityKind::Other => "a name",
    }
}

/// The names baca was unsure of, each with a button that shows its sentence and one that adds
/// it to the reader's glossary as the kind it was listed as. Adding one says so in the status
/// line and puts the focus on the panel's title (the name leaves the list).
fn candidates(
    props: &GlossaryPanelProps,
    dispatch: &UseReducerDispatcher<ReaderState>,
    title: &NodeRef,
) -> Html {
    let list = props.analysis.candidates.iter().map(|c| {
        let show = {
            let (dispatch, analysis, m) = (dispatch.clone(), props.analysis.clone(), c.mention);
            Callback::from(move |_: MouseEvent| {
                if let Some(s) = analysis.sentence_of(m) {
                    dispatch.dispatch(ReaderAction::Focus(s));
                }
            })
        };
        let phrase = kind_phrase(c.kind);
        let add = {
            let (on_add, name, kind) = (props.on_add.clone(), c.name.clone(), c.kind);
            let (dispatch, title) = (dispatch.clone(), title.clone());
            Callback::from(move |_: MouseEvent| {
                on_add.emit(GlossaryEntry {
                    source: name.clone(),
                    target: None,
                    comment: None,
                    kind: Some(kind),
                });
                dispatch.dispatch(ReaderAction::Message(Some(format!(
                    "{name} is in your glossary now, as {phrase}: it is marked wherever the article names it."
                ))));
                if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            })
        };
        html! {
            <li class="baca-candidate" key={format!("{}:{}", c.kind.as_str(), c.name)}>
                <button type="button" class="baca-candidate-name" onclick={show} aria-label={format!("{} (perhaps {phrase}): show it in the text", c.name)} title={format!("Perhaps {phrase}: show it in the text")}>
                    <span class="baca-icon" aria-hidden="true">{ kind_icon(c.kind) }</span>
                    <span translate="no">{ c.name.clone() }</span>
                </button>
                <button type="button" data-baca="add-candidate" onclick={add} aria-label={format!("Add {} to my glossary as {phrase}", c.name)}>{ "Add" }</button>
            </li>
        }
    });
    html! {
        <section class="baca-group" data-baca="candidates">
            <h3>{ format!("Perhaps names, not marked ({})", props.analysis.candidates.len()) }</h3>
            <p class="baca-panel-note">{ "baca was not sure of these. Add one to your glossary to mark it everywhere." }</p>
            <ul>{ for list }</ul>
        </section>
    }
}

/// The glossary panel.
#[function_component]
pub fn GlossaryPanel(props: &GlossaryPanelProps) -> Html {
    let ctx = use_context::<ReaderContext>().expect("a panel lives in a reader");
    let title = use_node_ref();
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
                if let Some(s) = first.and_then(|m| analysis.sentence_of(m)) {
                    dispatch.dispatch(ReaderAction::Focus(s));
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
            <h2 class="baca-panel-title" tabindex="-1" ref={title.clone()}>{ "Glossary" }</h2>
            // One child each, whatever is shown: Yew matches unkeyed children from the end, and
            // a child that came or went would rebuild the title and lose its focus.
            <div class="baca-panel-body">
                if let Some(note) = props.names_note.clone() {
                    <p class="baca-panel-note" data-baca="no-names-model">{ note }</p>
                } else if props.analysis.entities.is_empty() {
                    <p>{ "No names or places found." }</p>
                }
                { for sections }
                if !props.analysis.candidates.is_empty() {
                    { candidates(props, &ctx.dispatch, &title) }
                }
            </div>
        </section>
    }
}
