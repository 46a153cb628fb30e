//! The reader's work on an article (translations, notes, position) restored when the article
//! opens and saved after a pause in typing; a new analysis of the same page (the glossary
//! changed) taken in.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::text::Analysis;
use crate::ui::browser::Store;
use crate::ui::state::{ReaderAction, ReaderState, Saved};

/// Restores and saves (in `store`) the reader's work on the article of `state`; takes in `analysis` when it
/// is a new one of the same page.
#[hook]
pub fn use_saved_work(
    state: &UseReducerHandle<ReaderState>,
    analysis: &Rc<Analysis>,
    store: &Store,
) {
    // A new analysis of the same page (the glossary changed).
    {
        let dispatch = state.dispatcher();
        let current = state.analysis.clone();
        use_effect_with(analysis.clone(), move |analysis| {
            if !Rc::ptr_eq(analysis, &current) {
                dispatch.dispatch(ReaderAction::Reanalysed(analysis.clone()));
            }
        });
    }
    // What the reader saved for this article, once per article.
    {
        let dispatch = state.dispatcher();
        let store = store.clone();
        use_effect_with(state.fingerprint.clone(), move |fingerprint| {
            match store.load(&format!("baca:article:{fingerprint}")) {
                Ok(Some(json)) => match Saved::from_json(&json) {
                    Some(saved) => dispatch.dispatch(ReaderAction::Restore(saved)),
                    None => {
                        let key = format!("baca:article:{fingerprint}");
                        store.keep_unreadable(&key, &json);
                        dispatch.dispatch(ReaderAction::Message(Some(format!(
                            "Your saved work on this article could not be read; it is kept as {key}:unreadable."
                        ))))
                    }
                },
                Ok(None) => {}
                Err(e) => dispatch.dispatch(ReaderAction::Message(Some(format!(
                    "Your work is not saved: {e}."
                )))),
            }
        });
    }
    // Save translations and position (after a pause in typing), and settings.
    {
        let key = format!("baca:article:{}", state.fingerprint);
        let dispatch = state.dispatcher();
        let store = store.clone();
        let timer = use_mut_ref(|| None::<Timeout>);
        let first = use_mut_ref(|| true);
        use_effect_with(
            (
                state.translations.clone(),
                state.notes.clone(),
                state.current,
            ),
            move |(translations, notes, current)| {
                // Nothing changed yet on the first render: saving would only rewrite storage.
                if std::mem::take(&mut *first.borrow_mut()) {
                    return;
                }
                let saved = Saved {
                    translations: translations.as_ref().clone(),
                    notes: notes.as_ref().clone(),
                    position: *current,
                };
                *timer.borrow_mut() = Some(Timeout::new(400, move || {
                    if let Err(e) = store.save(&key, &saved.to_json()) {
                        dispatch.dispatch(ReaderAction::Message(Some(format!("{e}."))));
                    }
                }));
            },
        );
    }
}
