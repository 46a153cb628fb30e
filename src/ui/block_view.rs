//! One block of the article (headline, lead, paragraph, …) as sentence rows.

use std::rc::Rc;

use yew::prelude::*;

use super::state::View;
use super::SentenceView;
use crate::text::{Analysis, BlockKind};

/// Properties of [`BlockView`].
#[derive(Properties, Clone)]
pub struct BlockViewProps {
    /// The analysis the block belongs to.
    pub analysis: Rc<Analysis>,
    /// Position of the block in `analysis.blocks`.
    pub index: usize,
    /// The sentence with the focus line, if it is in this block.
    #[prop_or_default]
    pub current: Option<usize>,
    /// The entity whose card is open, if it is marked in this block.
    #[prop_or_default]
    pub card: Option<usize>,
    #[prop_or_default]
    pub view: View,
    /// Translations of the whole article, by sentence index.
    #[prop_or_default]
    pub translations: Rc<Vec<String>>,
    /// The reader's notes on the whole article, by sentence index.
    #[prop_or_default]
    pub notes: Rc<Vec<String>>,
    /// The sentence whose note field is open, if it is in this block.
    #[prop_or_default]
    pub note_open: Option<usize>,
}

impl PartialEq for BlockViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && (
                self.index,
                self.current,
                self.card,
                self.view,
                self.note_open,
            ) == (
                other.index,
                other.current,
                other.card,
                other.view,
                other.note_open,
            )
            && self.block_slice(&self.translations) == other.block_slice(&other.translations)
            && self.block_slice(&self.notes) == other.block_slice(&other.notes)
    }
}

impl BlockViewProps {
    /// The part of a per-sentence list that belongs to this block.
    fn block_slice<'a>(&self, all: &'a [String]) -> &'a [String] {
        let Some(block) = self.analysis.blocks.get(self.index) else {
            return &[];
        };
        match (block.sentences.first(), block.sentences.last()) {
            (Some(a), Some(b)) => all.get(a.index..=b.index).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// A block: a section whose class names its kind, holding one row per sentence.
#[function_component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    let Some(block) = props.analysis.blocks.get(props.index) else {
        return Html::default();
    };
    let kind = block.kind.as_str();
    let rows = block.sentences.iter().enumerate().map(|(n, sentence)| {
        let card = props.card.filter(|e| sentence.marks.iter().any(|m| m.entity == *e));
        html! {
            <SentenceView
                key={sentence.index}
                analysis={props.analysis.clone()}
                block={props.index}
                sentence={n}
                current={props.current == Some(sentence.index)}
                {card}
                view={props.view}
                translation={AttrValue::from(props.translations.get(sentence.index).cloned().unwrap_or_default())}
                note={AttrValue::from(props.notes.get(sentence.index).cloned().unwrap_or_default())}
                note_open={props.note_open == Some(sentence.index)}
            />
        }
    });
    let class = classes!("baca-block", format!("baca-{kind}"));
    // Headings stay headings for assistive technology, one level below the host page's title.
    match block.kind {
        BlockKind::Headline => html! { <h2 {class} data-kind={kind}>{ for rows }</h2> },
        BlockKind::Subheading => html! { <h3 {class} data-kind={kind}>{ for rows }</h3> },
        _ => html! { <div {class} data-kind={kind}>{ for rows }</div> },
    }
}
