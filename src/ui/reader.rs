//! The reader: the article as numbered sentences with marked names, glossary cards, panels and
//! translation rows; one reducer holds its state, and a reader's work is saved per article.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::{self, Store};
use super::context::ReaderContext;
use super::hooks::{
    load_settings, use_card, use_focus_line, use_glossary_edits, use_incremental_render,
    use_panel_in_view, use_saved_settings, use_saved_work,
};
use super::marks::MarkHandlers;
use super::state::{Panel, ReaderAction, ReaderState, View};
use super::{Card, ChunkView, FilesPanel, GlossaryPanel, SettingsPanel, Toolbar};
use crate::text::{Analysis, Glossary};

/// Properties of [`Reader`].
#[derive(Properties, Clone)]
pub struct ReaderProps {
    /// What to show.
    pub analysis: Rc<Analysis>,
    /// The user's glossary.
    #[prop_or_default]
    pub glossary: Rc<Glossary>,
    /// Called with the user's new glossary (after an import or a card's "save"); the owner saves
    /// it and analyses the page again.
    #[prop_or_default]
    pub on_glossary: Callback<Glossary>,
    /// Called with an entity's `[id, name, kind]` when its card opens.
    #[prop_or_default]
    pub on_entity_open: Callback<[String; 3]>,
    /// Prefix of element ids, unique per reader on a page.
    #[prop_or(AttrValue::Static("baca"))]
    pub id: AttrValue,
    /// The language translations start in, over the saved setting (the extension's default).
    #[prop_or_default]
    pub target_lang: Option<AttrValue>,
    /// Where the reader loads and saves its settings and work.
    #[prop_or_default]
    pub store: Store,
    /// Whether the analysis has its names yet.
    #[prop_or(Names::Found)]
    pub names: Names,
    /// Where the names come from: the language's names pack's credit (its model's corpora and
    /// their licences).
    #[prop_or_default]
    pub names_credit: Option<AttrValue>,
    /// Whether a trained model found the names of the article's language (the credit then
    /// names a tagger).
    #[prop_or(true)]
    pub names_model: bool,
    /// Why names may be missing, where no trained model read the article: the glossary panel
    /// says it, so that an empty glossary is not read as an article without names.
    #[prop_or_default]
    pub names_note: Option<AttrValue>,
}

/// Where finding the names of an analysis is: the reader shows the sentences first and adds the
/// marks when they are found; a text whose names would take too long to find keeps its
/// sentences without marks, with a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Names {
    /// Still being found: the analysis has sentences only.
    Finding,
    /// Found: the analysis has them.
    Found,
    /// Given up on: finding them took too long.
    Skipped,
}

// Pointer equality: a new analysis is always a new `Rc`, and comparing whole articles on every
// render would cost more than re-rendering.
impl PartialEq for ReaderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.glossary, &other.glossary)
            && self.on_glossary == other.on_glossary
            && self.on_entity_open == other.on_entity_open
            && self.id == other.id
            && self.target_lang == other.target_lang
            && self.names == other.names
            && self.names_credit == other.names_credit
            && self.names_model == other.names_model
            && self.names_note == other.names_note
            && self.store == other.store
    }
}

/// The reader component.
///
/// ```
/// use std::rc::Rc;
/// use baca::text::{analyze, Page};
/// use baca::ui::{Reader, ReaderProps};
/// let analysis = Rc::new(analyze(&Page::from_plain_text("Halo. Apa kabar?", Some("id"))));
/// let props = yew::props!(ReaderProps { analysis });
/// let html = block_on(yew::LocalServerRenderer::<Reader>::with_props(props).hydratable(false).render());
/// assert!(html.contains(r#"data-baca="reader""#));
/// assert!(html.contains("Apa kabar?"));
/// # fn block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(tokio::task::LocalSet::new().run_until(f))
/// # }
/// ```
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let state = use_reducer({
        let analysis = props.analysis.clone();
        let target_lang = props.target_lang.clone();
        let store = props.store.clone();
        move || {
            let (mut settings, message) = load_settings(&store);
            if let Some(lang) = target_lang {
                settings.target_lang = lang.to_string();
            }
            let mut s = ReaderState::new(analysis, settings);
            s.message = message;
            s
        }
    });
    let ctx = use_memo(props.id.clone(), {
        let dispatch = state.dispatcher();
        move |id| ReaderContext::new(dispatch, id.clone())
    });
    let root = use_node_ref();

    use_saved_work(&state, &props.analysis, &props.store);
    use_saved_settings(&state, &root, &props.store);
    use_incremental_render(&state);
    use_focus_line(&state, &root, &ctx);
    let anchoring_off = use_panel_in_view(state.panel, state.card.is_some(), &root);
    let card_position = use_card(&state, &root, &ctx, &props.on_entity_open);

    let marks = MarkHandlers::new(&ctx);
    let onkeydown = {
        let dispatch = state.dispatcher();
        let keyboard = ctx.keyboard.clone();
        let ctx = (*ctx).clone();
        Callback::from(move |e: KeyboardEvent| {
            if MarkHandlers::key(&ctx, &e) {
                return;
            }
            let target = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if e.key() == "Escape"
                && target
                    .as_ref()
                    .and_then(|t| t.get_attribute("data-baca"))
                    .as_deref()
                    == Some("note")
            {
                dispatch.dispatch(ReaderAction::CloseNote);
                return;
            }
            let in_field = target
                .is_some_and(|t| matches!(t.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
            if in_field || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let step = match e.key().as_str() {
                "ArrowDown" | "j" => Some(1),
                "ArrowUp" | "k" => Some(-1),
                "PageDown" => Some(10),
                "PageUp" => Some(-10),
                "Home" => Some(isize::MIN / 2),
                "End" => Some(isize::MAX / 2),
                "n" => {
                    e.prevent_default();
                    dispatch.dispatch(ReaderAction::ToggleNote);
                    None
                }
                _ => None,
            };
            if let Some(step) = step {
                e.prevent_default();
                *keyboard.borrow_mut() = true;
                dispatch.dispatch(ReaderAction::CloseCard);
                dispatch.dispatch(ReaderAction::Step(step));
            }
        })
    };

    let s = &*state;
    let analysis = &s.analysis;
    // Work over the whole article happens on a click, not on every render.
    let current_text = {
        let (analysis, current) = (analysis.clone(), s.current);
        move || {
            analysis
                .sentence_texts()
                .nth(current)
                .unwrap_or_default()
                .to_owned()
        }
    };
    let lang = analysis.lang.clone().unwrap_or_else(|| "und".into());
    let onspeak = {
        let (text, lang, dispatch) = (current_text.clone(), lang.clone(), state.dispatcher());
        Callback::from(move |_| {
            if browser::can_speak(&lang) {
                browser::speak(&text(), &lang);
            } else {
                dispatch.dispatch(ReaderAction::Message(Some(format!(
                    "This browser has no voice for the article's language ({lang})."
                ))));
            }
        })
    };
    let oncopy = {
        let (text, dispatch) = (current_text, state.dispatcher());
        Callback::from(move |_| {
            browser::copy(&text());
            dispatch.dispatch(ReaderAction::Message(Some("Sentence copied.".into())));
        })
    };
    let ontranslate = {
        let dispatch = state.dispatcher();
        let target = s.settings.target_lang.clone();
        let (analysis, translations) = (analysis.clone(), s.translations.clone());
        let source = lang.clone();
        Callback::from(move |_| {
            let todo: Vec<(usize, String)> = analysis
                .sentence_texts()
                .enumerate()
                .filter(|(i, _)| translations.get(*i).is_none_or(|t| t.is_empty()))
                .map(|(i, t)| (i, t.to_owned()))
                .collect();
            let (dispatch, target, source) = (dispatch.clone(), target.clone(), source.clone());
            // At once, in place of any older message: the translator may take long to start.
            dispatch.dispatch(ReaderAction::Message(Some(format!(
                "Translating into {target} on this device…"
            ))));
            wasm_bindgen_futures::spawn_local(async move {
                let d = dispatch.clone();
                let result = browser::translate(source, target, todo, move |p| {
                    d.dispatch(ReaderAction::Message(Some(p)))
                })
                .await;
                match result {
                    Ok(items) => dispatch.dispatch(ReaderAction::FillTranslations(items)),
                    Err(e) => dispatch.dispatch(ReaderAction::Message(Some(format!(
                        "Translation failed: {e}."
                    )))),
                }
            });
        })
    };
    let edits = use_glossary_edits(&props.glossary, &props.on_glossary);
    let (on_save_entry, on_import) = (edits.save_entry, edits.import);

    let current_block = s.block_of(s.current);
    let card_entity = s.card.map(|c| c.entity);
    let rendered = s.rendered_blocks.min(analysis.blocks.len());
    let chunks = s
        .chunks
        .windows(2)
        .take_while(|w| w[0] < rendered)
        .map(|w| {
            let (start, end) = (w[0], w[1].min(rendered));
            let inside = |b: usize| (start..end).contains(&b);
            // The card's entity, if one of its mentions is in this chunk (mentions are sorted).
            let card = card_entity.filter(|&e| {
                let mentions = &analysis.entities[e].mentions;
                let k = mentions.partition_point(|m| m.block < start);
                mentions.get(k).is_some_and(|m| m.block < end)
            });
            // Blocks not moved to a new analysis yet show the previous one (the same text), and no
            // card of the new one.
            let (shown, card) = match &s.previous {
                Some(previous) if start >= s.upgraded => (previous.clone(), None),
                _ => (analysis.clone(), card),
            };
            html! {
                <ChunkView
                    key={start}
                    analysis={shown}
                    {start}
                    {end}
                    current={current_block.filter(|&b| inside(b)).map(|b| (b, s.current))}
                    {card}
                    view={s.settings.view}
                    translations={s.translations.clone()}
                    notes={s.notes.clone()}
                    note_open={s.note_open.filter(|_| current_block.is_some_and(inside))}
                />
            }
        });
    let panel = match s.panel {
        Panel::None => Html::default(),
        Panel::Glossary => html! {
            <GlossaryPanel analysis={analysis.clone()} names_note={props.names_note.clone()} on_add={on_save_entry.clone()} />
        },
        Panel::Settings => html! { <SettingsPanel settings={s.settings.clone()} /> },
        Panel::Files => html! {
            <FilesPanel
                analysis={analysis.clone()}
                fingerprint={s.fingerprint.clone()}
                translations={s.translations.clone()}
                notes={s.notes.clone()}
                glossary={props.glossary.clone()}
                target_lang={AttrValue::from(s.settings.target_lang.clone())}
                on_import={on_import}
            />
        },
    };
    let card = s.card.map(|card| html! {
        <Card analysis={analysis.clone()} {card} position={card_position} glossary={props.glossary.clone()} on_save={on_save_entry} />
    });
    let message = s.message.clone().map(|m| {
        let dispatch = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(ReaderAction::Message(None)));
        html! {
            <p class="baca-message" role="status" data-baca="message">
                { m }
                <button type="button" class="baca-dismiss" aria-label="Dismiss" {onclick}>{ "×" }</button>
            </p>
        }
    });
    // Esc closes an open panel (a card first, which its own listener closes), from the panel or
    // the text, and gives the focus back to the panel's button.
    let onpanelkey = {
        let dispatch = state.dispatcher();
        let (panel, card_open, root) = (state.panel, state.card.is_some(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && panel != Panel::None && !card_open {
                let in_note =
                    browser::path_has(&e, r#"[data-baca="note"], [data-baca="translation"]"#);
                if !in_note {
                    e.prevent_default();
                    dispatch.dispatch(ReaderAction::TogglePanel(panel));
                    if let Some(button) = root
                        .cast::<web_sys::Element>()
                        .and_then(|r| {
                            r.query_selector(&format!(r#"[data-baca="{}"]"#, panel.toggle()))
                                .ok()
                                .flatten()
                        })
                        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = button.focus();
                    }
                }
            }
        })
    };
    let theme = s.settings.theme.map_or("auto", |t| t.as_str());
    let view = match s.settings.view {
        View::Source => "source",
        View::Interleaved => "interleaved",
        View::SideBySide => "side-by-side",
    };
    // Optional children are always one child (an empty one when absent): a child that comes and
    // goes would shift its unkeyed siblings, and Yew would rebuild them, losing the focus.
    html! {
        <ContextProvider<ReaderContext> context={(*ctx).clone()}>
            <div
                ref={root}
                class={classes!(
                    "baca-reader",
                    format!("baca-view-{view}"),
                    anchoring_off.then_some("baca-panel-open")
                )}
                data-baca="reader"
                aria-busy={if s.rendered_blocks < analysis.blocks.len() || s.previous.is_some() || props.names == Names::Finding { "true" } else { "false" }}
                data-theme={theme}
                lang={analysis.lang.clone()}
                onkeydown={onpanelkey}
            >
                <Toolbar
                    panel={s.panel}
                    sentences={s.count()}
                    entities={analysis.entities.len()}
                    names={props.names}
                    names_model={props.names_model}
                    can_translate={browser::translator_exists()}
                    {onspeak}
                    {oncopy}
                    {ontranslate}
                    note_open={s.note_open.is_some()}
                />
                { message.unwrap_or_default() }
                if props.names == Names::Skipped {
                    <p class="baca-message" role="status" data-baca="names-notice">
                        { "Names are not marked: this text would take too long to read for names. Every sentence is here." }
                    </p>
                } else {
                    <></>
                }
                { panel }
                <div
                    class="baca-text"
                    {onkeydown}
                    onmouseover={marks.onmouseover}
                    onmouseout={marks.onmouseout}
                    onfocusin={marks.onfocusin}
                    onfocusout={marks.onfocusout}
                    onmousedown={marks.onmousedown}
                    onclick={marks.onclick}
                >
                    { for chunks }
                </div>
                { card.unwrap_or_default() }
                <footer class="baca-credits">
                    { "Places: Unicode CLDR; GeoNames (CC BY 4.0)." }
                    if let Some(credit) = props.names_credit.clone() {
                        if props.names_model {
                            { format!(" Names: a tagger {credit}.") }
                        } else {
                            { format!(" Names: {credit}.") }
                        }
                    }
                </footer>
            </div>
        </ContextProvider<ReaderContext>>
    }
}
