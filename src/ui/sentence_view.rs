//! One numbered sentence, with its entity mentions marked, and its translation row. The marks'
//! events are handled by the text's container (`marks.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::context::ReaderContext;
use super::state::{ReaderAction, View};
use crate::text::{Analysis, EntityKind, MentionRef};

/// Properties of [`SentenceView`].
#[derive(Properties, Clone)]
pub struct SentenceViewProps {
    /// The analysis the sentence belongs to.
    pub analysis: Rc<Analysis>,
    /// Index of the block in `analysis.blocks`.
    pub block: usize,
    /// Index of the sentence in the block.
    pub sentence: usize,
    /// Whether the sentence has the focus line (and is the list's tab stop).
    #[prop_or_default]
    pub current: bool,
    /// The entity whose card is open, if it is marked in this sentence.
    #[prop_or_default]
    pub card: Option<usize>,
    /// How translations show.
    #[prop_or_default]
    pub view: View,
    /// The sentence's translation.
    #[prop_or_default]
    pub translation: AttrValue,
    /// The reader's note on the sentence.
    #[prop_or_default]
    pub note: AttrValue,
    /// Whether the note field is open (it also shows whenever the note is not empty).
    #[prop_or_default]
    pub note_open: bool,
}

impl PartialEq for SentenceViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && (
                self.block,
                self.sentence,
                self.current,
                self.card,
                self.view,
            ) == (
                other.block,
                other.sentence,
                other.current,
                other.card,
                other.view,
            )
            && (&self.translation, &self.note, self.note_open)
                == (&other.translation, &other.note, other.note_open)
    }
}

/// An icon for an entity kind: shape as well as colour, so the kind reads in greyscale.
pub fn kind_icon(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "●",
        EntityKind::Place => "▲",
        EntityKind::Organization => "■",
        EntityKind::Other => "◆",
    }
}

/// A sentence row: its number (outside the sentence element, so that the sentence's
/// `textContent` is exactly its text), the sentence with each entity mention a `<mark>` that
/// machine translation leaves alone (`translate="no"`, `notranslate`), and, unless the view is
/// source only, the translation.
#[function_component]
pub fn SentenceView(props: &SentenceViewProps) -> Html {
    let ctx = use_context::<ReaderContext>();
    let Some(block) = props.analysis.blocks.get(props.block) else {
        return Html::default();
    };
    let Some(sentence) = block.sentences.get(props.sentence) else {
        return Html::default();
    };
    let index = sentence.index;
    let text = &block.text;
    let mut parts: Vec<Html> = Vec::with_capacity(sentence.marks.len() * 2 + 1);
    let mut at = sentence.span.start;
    for mark in &sentence.marks {
        let Some(entity) = props.analysis.entities.get(mark.entity) else {
            continue;
        };
        if mark.span.start < at || mark.span.end > sentence.span.end {
            continue;
        }
        parts.push(Html::from(text[at..mark.span.start].to_owned()));
        let kind = entity.kind.as_str();
        let mention = entity
            .mentions
            .binary_search(&MentionRef {
                block: props.block,
                span: mark.span,
            })
            .unwrap_or(0);
        let open = props.card == Some(mark.entity);
        let described = open
            .then(|| ctx.as_ref().map(|c| format!("{}-card", c.id)))
            .flatten();
        parts.push(html! {
            <mark
                class={classes!("baca-mark", "notranslate", format!("baca-{kind}"), open.then_some("baca-open"))}
                translate="no"
                data-baca="entity"
                data-entity={entity.id.clone()}
                data-type={kind}
                data-mention={format!("{}:{}", mark.entity, mention)}
                tabindex={if props.current { "0" } else { "-1" }}
                aria-describedby={described}
            >
                { text[mark.span.start..mark.span.end].to_owned() }
            </mark>
        });
        at = mark.span.end;
    }
    parts.push(Html::from(text[at..sentence.span.end].to_owned()));
    let onfocus = ctx.as_ref().map(|ctx| {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: FocusEvent| {
            // Only when the sentence itself gets the focus, not one of its marks. (Yew delegates
            // events, so `current_target` is the app's root, not this element.)
            let itself = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|t| t.get_attribute("data-baca").as_deref() == Some("sentence"));
            if itself {
                dispatch.dispatch(ReaderAction::Focus(index));
            }
        })
    });
    let translation = (props.view != View::Source).then(|| {
        let field = Field {
            hook: "translation",
            rows: "2",
            label: "Translation of",
            placeholder: "Translation…",
            action: ReaderAction::Translate,
        };
        field.render(ctx.as_ref(), index, &props.translation)
    });
    let note = (props.note_open || !props.note.is_empty()).then(|| {
        let field = Field {
            hook: "note",
            rows: "1",
            label: "Note on",
            placeholder: "Note…",
            action: ReaderAction::Note,
        };
        field.render(ctx.as_ref(), index, &props.note)
    });
    html! {
        <span class={classes!("baca-row", props.current.then_some("baca-current"))}>
            <span class="baca-num" aria-hidden="true">{ index + 1 }</span>
            <span
                class="baca-sentence"
                data-baca="sentence"
                data-index={index.to_string()}
                tabindex={if props.current { "0" } else { "-1" }}
                aria-current={props.current.then_some("true")}
                {onfocus}
            >
                { for parts }
            </span>
            { translation.unwrap_or_default() }
            { note.unwrap_or_default() }
        </span>
    }
}

/// A text field under a sentence (its translation or the reader's note) that reports each edit.
struct Field {
    /// `data-baca` hook, also the class after `baca-`.
    hook: &'static str,
    rows: &'static str,
    /// The accessible name's start: "… sentence N".
    label: &'static str,
    placeholder: &'static str,
    action: fn(usize, String) -> ReaderAction,
}

impl Field {
    fn render(&self, ctx: Option<&ReaderContext>, index: usize, value: &AttrValue) -> Html {
        let oninput = ctx.map(|ctx| {
            let dispatch = ctx.dispatch.clone();
            let action = self.action;
            Callback::from(move |e: InputEvent| {
                if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                    dispatch.dispatch(action(index, t.value()));
                }
            })
        });
        html! {
            <textarea
                class={format!("baca-{}", self.hook)}
                data-baca={self.hook}
                data-index={index.to_string()}
                rows={self.rows}
                aria-label={format!("{} sentence {}", self.label, index + 1)}
                placeholder={self.placeholder}
                value={value.clone()}
                {oninput}
            />
        }
    }
}
