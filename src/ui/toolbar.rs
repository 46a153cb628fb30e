//! The reader's toolbar: panels, reading aloud, copying, on-device translation.

use yew::prelude::*;

use super::context::ReaderContext;
use super::state::{Panel, ReaderAction};
use super::Names;

/// Properties of [`Toolbar`].
#[derive(Properties, Clone, PartialEq)]
pub struct ToolbarProps {
    pub panel: Panel,
    pub sentences: usize,
    pub entities: usize,
    /// Whether the names are found yet.
    #[prop_or(Names::Found)]
    pub names: Names,
    /// Whether a trained model looked for the names (`ReaderProps::names_model`): the count
    /// says so where none did, so that "0 names" is not read as an article without any.
    #[prop_or(true)]
    pub names_model: bool,
    /// Whether the browser has an on-device translator.
    pub can_translate: bool,
    pub onspeak: Callback<()>,
    pub oncopy: Callback<()>,
    pub ontranslate: Callback<()>,
    /// Whether the current sentence's note field is open.
    #[prop_or_default]
    pub note_open: bool,
}

/// The toolbar.
#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let ctx = use_context::<ReaderContext>().expect("a toolbar lives in a reader");
    let toggle = |panel: Panel, label: &'static str| {
        let dispatch = ctx.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(ReaderAction::TogglePanel(panel))
        });
        let pressed = if props.panel == panel {
            "true"
        } else {
            "false"
        };
        html! { <button type="button" data-baca={panel.toggle()} aria-expanded={pressed} {onclick}>{ label }</button> }
    };
    let simple = |cb: &Callback<()>,
                  label: &'static str,
                  hook: &'static str,
                  title: &'static str| {
        let cb = cb.clone();
        html! { <button type="button" data-baca={hook} {title} onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ label }</button> }
    };
    let note = {
        let dispatch = ctx.dispatch.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatch.dispatch(ReaderAction::ToggleNote));
        let pressed = if props.note_open { "true" } else { "false" };
        html! { <button type="button" data-baca="note-toggle" title="Write a note on the current sentence (n)" aria-pressed={pressed} {onclick}>{ "Note" }</button> }
    };
    html! {
        <div class="baca-bar" role="toolbar" aria-label="baca">
            <span class="baca-brand">{ "baca" }</span>
            <span class="baca-count" data-baca="count">{ count(props) }</span>
            <span class="baca-tools">
                { toggle(Panel::Glossary, "Glossary") }
                { toggle(Panel::Settings, "Settings") }
                { toggle(Panel::Files, "Files") }
                { simple(&props.onspeak, "Read aloud", "speak", "Read the current sentence aloud") }
                { simple(&props.oncopy, "Copy", "copy", "Copy the current sentence") }
                { note }
                if props.can_translate {
                    { simple(&props.ontranslate, "Translate on this device", "translate-device", "Translate with the browser's on-device model; nothing leaves your computer") }
                }
            </span>
        </div>
    }
}

/// "12 sentences · 3 names", or how far the names are.
fn count(props: &ToolbarProps) -> String {
    let sentences = format!(
        "{} {}",
        props.sentences,
        plural(props.sentences, "sentence", "sentences")
    );
    match props.names {
        Names::Found => format!(
            "{sentences} · {} {}{}",
            props.entities,
            plural(props.entities, "name", "names"),
            if props.names_model {
                ""
            } else {
                " (no names model)"
            }
        ),
        Names::Finding => format!("{sentences} · finding names…"),
        Names::Skipped => format!("{sentences} · names not marked"),
    }
}

/// The singular or plural form for a count.
fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
