//! The reader's settings: loaded when it starts, saved when they change, and the text size and
//! spacing applied as CSS variables.

use yew::prelude::*;

use crate::ui::browser::{self, Store};
use crate::ui::state::{ReaderAction, ReaderState, Settings};

const SETTINGS_KEY: &str = "baca:settings";

/// Loads saved settings, or the defaults (with a message if storage failed).
pub fn load_settings(store: &Store) -> (Settings, Option<String>) {
    match store.load(SETTINGS_KEY) {
        Ok(Some(json)) => match Settings::from_json(&json) {
            Some(s) => (s, None),
            None => (Settings::default(), {
                store.keep_unreadable(SETTINGS_KEY, &json);
                Some(format!("Saved settings could not be read; the defaults apply (they are kept as {SETTINGS_KEY}:unreadable)."))
            }),
        },
        Ok(None) => (Settings::default(), None),
        Err(e) => (
            Settings::default(),
            Some(format!("Settings are not saved: {e}.")),
        ),
    }
}

/// Saves the settings of `state` in `store` when they change, and applies their text size and spacing to
/// the reader's root.
#[hook]
pub fn use_saved_settings(state: &UseReducerHandle<ReaderState>, root: &NodeRef, store: &Store) {
    {
        let dispatch = state.dispatcher();
        let store = store.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.settings.clone(), move |settings| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            if let Err(e) = store.save(SETTINGS_KEY, &settings.to_json()) {
                dispatch.dispatch(ReaderAction::Message(Some(format!(
                    "Settings are not saved: {e}."
                ))));
            }
        });
    }
    // Text size and spacing as CSS variables, set through the CSSOM (see `set_css_vars`).
    {
        let root = root.clone();
        let (size, spacing) = (state.settings.font_size, state.settings.line_height);
        use_effect_with((size, spacing), move |_| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                browser::set_css_vars(
                    &root,
                    &[
                        ("--baca-font-size", format!("{size}%")),
                        (
                            "--baca-line-height",
                            format!("{}.{:02}", spacing / 100, spacing % 100),
                        ),
                    ],
                );
            }
        });
    }
}
