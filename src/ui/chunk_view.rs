//! A run of consecutive blocks, rendered and compared as one: a long article is a few hundred
//! chunks rather than thousands of blocks, so each render of the reader stays cheap.

use std::rc::Rc;

use yew::prelude::*;

use super::state::View;
use super::BlockView;
use crate::text::Analysis;

/// Properties of [`ChunkView`].
#[derive(Properties, Clone)]
pub struct ChunkViewProps {
    /// The analysis the blocks belong to.
    pub analysis: Rc<Analysis>,
    /// The first block.
    pub start: usize,
    /// One past the last block.
    pub end: usize,
    /// The block and sentence with the focus line, if they are in this chunk.
    #[prop_or_default]
    pub current: Option<(usize, usize)>,
    /// The entity whose card is open, if it is marked in this chunk.
    #[prop_or_default]
    pub card: Option<usize>,
    #[prop_or_default]
    pub view: View,
    /// Translations of the whole article, by sentence index.
    #[prop_or_default]
    pub translations: Rc<Vec<String>>,
    /// Notes on the whole article, by sentence index.
    #[prop_or_default]
    pub notes: Rc<Vec<String>>,
    /// The sentence whose note field is open, if it is in this chunk.
    #[prop_or_default]
    pub note_open: Option<usize>,
}

impl ChunkViewProps {
    /// The chunk's sentences, as a range of sentence indexes.
    fn sentences(&self) -> std::ops::Range<usize> {
        let blocks = self
            .analysis
            .blocks
            .get(self.start..self.end)
            .unwrap_or(&[]);
        let first = blocks
            .iter()
            .find_map(|b| b.sentences.first())
            .map(|s| s.index);
        let last = blocks
            .iter()
            .rev()
            .find_map(|b| b.sentences.last())
            .map(|s| s.index);
        match (first, last) {
            (Some(a), Some(b)) => a..b + 1,
            _ => 0..0,
        }
    }
}

impl PartialEq for ChunkViewProps {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Rc<Vec<String>>, b: &Rc<Vec<String>>| {
            let range = self.sentences();
            Rc::ptr_eq(a, b) || a.get(range.clone()) == b.get(range)
        };
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && (
                self.start,
                self.end,
                self.current,
                self.card,
                self.view,
                self.note_open,
            ) == (
                other.start,
                other.end,
                other.current,
                other.card,
                other.view,
                other.note_open,
            )
            && same(&self.translations, &other.translations)
            && same(&self.notes, &other.notes)
    }
}

/// The chunk: its blocks, in order, in an element the browser may skip laying out while it is
/// off screen (`content-visibility: auto`).
#[function_component]
pub fn ChunkView(props: &ChunkViewProps) -> Html {
    let blocks = (props.start..props.end.min(props.analysis.blocks.len())).map(|index| {
        let block = &props.analysis.blocks[index];
        let card = props.card.filter(|e| block.sentences.iter().any(|s| s.marks.iter().any(|m| m.entity == *e)));
        html! {
            <BlockView
                key={index}
                analysis={props.analysis.clone()}
                {index}
                current={props.current.filter(|(b, _)| *b == index).map(|(_, s)| s)}
                {card}
                view={props.view}
                translations={props.translations.clone()}
                notes={props.notes.clone()}
                note_open={props.note_open.filter(|i| block.sentences.iter().any(|s| s.index == *i))}
            />
        }
    });
    html! { <div class="baca-chunk">{ for blocks }</div> }
}
