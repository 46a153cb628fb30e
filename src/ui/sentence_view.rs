//! One numbered sentence.

use yew::prelude::*;

/// Properties of [`SentenceView`].
#[derive(Properties, Clone, PartialEq)]
pub struct SentenceViewProps {
    /// 0-based position of the sentence in reading order.
    pub index: usize,
    /// The sentence text.
    pub text: AttrValue,
}

/// A sentence row: its number (1-based, outside the sentence element so that the sentence's
/// `textContent` is exactly its text) and the sentence itself.
#[function_component]
pub fn SentenceView(props: &SentenceViewProps) -> Html {
    html! {
        <span class="baca-row">
            <span class="baca-num" aria-hidden="true">{ props.index + 1 }</span>
            <span class="baca-sentence" data-baca="sentence" data-index={props.index.to_string()}>
                { props.text.clone() }
            </span>
        </span>
    }
}
