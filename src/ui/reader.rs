//! The reader: the whole analysis as numbered sentences, block by block.

use std::rc::Rc;

use yew::prelude::*;

use super::BlockView;
use crate::text::Analysis;

/// Properties of [`Reader`].
#[derive(Properties, Clone)]
pub struct ReaderProps {
    /// What to show.
    pub analysis: Rc<Analysis>,
}

// Pointer equality: a new analysis is always a new `Rc`, and comparing whole articles on every
// render would cost more than re-rendering.
impl PartialEq for ReaderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

/// The reader component.
///
/// ```
/// use std::rc::Rc;
/// use baca::text::{analyze, Page};
/// use baca::ui::{Reader, ReaderProps};
/// let analysis = Rc::new(analyze(&Page::from_plain_text("Halo. Apa kabar?", Some("id"))));
/// let html = futures_lite_block_on(yew::LocalServerRenderer::<Reader>::with_props(ReaderProps { analysis }).hydratable(false).render());
/// assert!(html.contains(r#"data-baca="reader""#));
/// assert!(html.contains("Apa kabar?"));
/// # fn futures_lite_block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(tokio::task::LocalSet::new().run_until(f))
/// # }
/// ```
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let analysis = &props.analysis;
    let count = analysis.sentence_count();
    let blocks = (0..analysis.blocks.len()).map(|index| {
        html! { <BlockView key={index} analysis={analysis.clone()} {index} /> }
    });
    html! {
        <div class="baca-reader" data-baca="reader" lang={analysis.lang.clone()}>
            <header class="baca-bar">
                <span class="baca-brand">{ "baca" }</span>
                <span class="baca-count">{ format!("{count} sentences") }</span>
            </header>
            <div class="baca-text">{ for blocks }</div>
            <footer class="baca-credits">
                { "Places: Unicode CLDR; GeoNames (CC BY 4.0). Names: a tagger trained on NERGRIT and idner-news-2k." }
            </footer>
        </div>
    }
}
