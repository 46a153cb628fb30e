//! The reader's edits of the user's glossary: an entry saved from a card or the glossary panel,
//! a file imported. Each edit applies to the glossary as the reader last left it, not to the
//! props' until new props come: two names added before the page is analysed again both stay
//! (the props' glossary is the one the last analysis read).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::text::{Glossary, GlossaryEntry};

/// The callbacks that edit the user's glossary; the same ones until the page gives the reader
/// a new `on_glossary` (with each analysis it shows), so that a panel given them is not drawn
/// again on every render.
#[derive(Clone, PartialEq)]
pub struct GlossaryEdits {
    /// Adds an entry, or replaces the one of the same source term.
    pub save_entry: Callback<GlossaryEntry>,
    /// Adds an imported glossary's entries (theirs win).
    pub import: Callback<Glossary>,
}

/// The props' glossary last seen, and the glossary as the reader's edits since left it.
type Latest = Rc<RefCell<(Rc<Glossary>, Rc<Glossary>)>>;

/// [`GlossaryEdits`] over `glossary` (the props'), each new glossary sent to `on_glossary`.
#[hook]
pub fn use_glossary_edits(
    glossary: &Rc<Glossary>,
    on_glossary: &Callback<Glossary>,
) -> GlossaryEdits {
    let latest: Latest = use_mut_ref(|| (glossary.clone(), glossary.clone()));
    // New props: the page's glossary changed or was read again; edits start from it.
    if !Rc::ptr_eq(&latest.borrow().0, glossary) {
        *latest.borrow_mut() = (glossary.clone(), glossary.clone());
    }
    let edits = use_memo(on_glossary.clone(), |on_glossary| {
        let apply = {
            let (latest, on_glossary) = (latest.clone(), on_glossary.clone());
            Rc::new(move |edit: &dyn Fn(&Glossary) -> Option<Glossary>| {
                let base = latest.borrow().1.clone();
                if let Some(g) = edit(&base) {
                    latest.borrow_mut().1 = Rc::new(g.clone());
                    on_glossary.emit(g);
                }
            })
        };
        let save_entry = {
            let apply = apply.clone();
            Callback::from(move |entry: GlossaryEntry| {
                apply(&|g: &Glossary| {
                    let mut entries: Vec<GlossaryEntry> = g
                        .entries()
                        .iter()
                        .filter(|e| !e.source.eq_ignore_ascii_case(&entry.source))
                        .cloned()
                        .collect();
                    entries.push(entry.clone());
                    Glossary::new(entries).ok()
                })
            })
        };
        let import = Callback::from(move |imported: Glossary| {
            apply(&|g: &Glossary| Some(g.merged(&imported)))
        });
        GlossaryEdits { save_entry, import }
    });
    (*edits).clone()
}
