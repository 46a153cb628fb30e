//! One numbered sentence, with its entity mentions marked.

use std::rc::Rc;

use yew::prelude::*;

use crate::text::Analysis;

/// Properties of [`SentenceView`].
#[derive(Properties, Clone)]
pub struct SentenceViewProps {
    /// The analysis the sentence belongs to.
    pub analysis: Rc<Analysis>,
    /// Index of the block in `analysis.blocks`.
    pub block: usize,
    /// Index of the sentence in the block.
    pub sentence: usize,
}

impl PartialEq for SentenceViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.block == other.block
            && self.sentence == other.sentence
    }
}

/// A sentence row: its number (1-based, outside the sentence element so that the sentence's
/// `textContent` is exactly its text) and the sentence, each entity mention a `<mark>` that
/// machine translation leaves alone (`translate="no"`, `notranslate`).
#[function_component]
pub fn SentenceView(props: &SentenceViewProps) -> Html {
    let Some(block) = props.analysis.blocks.get(props.block) else {
        return Html::default();
    };
    let Some(sentence) = block.sentences.get(props.sentence) else {
        return Html::default();
    };
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
        let mut title = format!("{} ({kind})", entity.name);
        if let Some(english) = entity.english.as_ref().filter(|e| **e != entity.name) {
            title.push_str(&format!(" — {english}"));
        }
        if let Some(d) = &entity.description {
            title.push_str(&format!(": {}", d.text));
        }
        parts.push(html! {
            <mark
                class={classes!("baca-mark", "notranslate", format!("baca-{kind}"))}
                translate="no"
                data-baca="entity"
                data-entity={entity.id.clone()}
                data-type={kind}
                title={title}
            >
                { text[mark.span.start..mark.span.end].to_owned() }
            </mark>
        });
        at = mark.span.end;
    }
    parts.push(Html::from(text[at..sentence.span.end].to_owned()));
    html! {
        <span class="baca-row">
            <span class="baca-num" aria-hidden="true">{ sentence.index + 1 }</span>
            <span class="baca-sentence" data-baca="sentence" data-index={sentence.index.to_string()}>
                { for parts }
            </span>
        </span>
    }
}
