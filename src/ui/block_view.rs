//! One block of the article (headline, lead, paragraph, …) as a list of sentence rows.

use std::rc::Rc;

use yew::prelude::*;

use super::SentenceView;
use crate::text::{Analysis, BlockKind};

/// Properties of [`BlockView`].
#[derive(Properties, Clone)]
pub struct BlockViewProps {
    /// The analysis the block belongs to.
    pub analysis: Rc<Analysis>,
    /// Position of the block in `analysis.blocks`.
    pub index: usize,
}

impl PartialEq for BlockViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && self.index == other.index
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
        html! {
            <SentenceView key={sentence.index} analysis={props.analysis.clone()} block={props.index} sentence={n} />
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
