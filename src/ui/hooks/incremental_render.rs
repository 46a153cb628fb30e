//! Long articles render a step at a time, yielding to the browser in between.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::ui::state::{ReaderAction, ReaderState};

/// Renders the rest of the article of `state` a step at a time.
#[hook]
pub fn use_incremental_render(state: &UseReducerHandle<ReaderState>) {
    // Long articles: render the rest a step at a time (after moving the rendered blocks to a new
    // analysis), yielding to the browser in between.
    {
        let dispatch = state.dispatcher();
        let total = state.analysis.blocks.len();
        let upgrading = state.previous.is_some();
        use_effect_with(
            (state.rendered_blocks, state.upgraded, upgrading),
            move |&(rendered, _, upgrading)| {
                let timer = (rendered < total || upgrading)
                    .then(|| Timeout::new(0, move || dispatch.dispatch(ReaderAction::RenderMore)));
                move || drop(timer)
            },
        );
    }
}
