//! What every part of the reader shares without re-rendering: the dispatcher and the hover
//! timing of glossary cards.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::state::{CardState, ReaderAction, ReaderState};

/// How long the pointer rests on a mark before its card opens (ms).
pub const HOVER_DWELL: u32 = 150;
/// How long a card waits after the pointer leaves mark and card before closing (ms), so the
/// pointer can cross the gap between them (WCAG 2.1 SC 1.4.13: hoverable).
pub const HOVER_GRACE: u32 = 300;

/// Shared, stable across renders.
#[derive(Clone)]
pub struct ReaderContext {
    pub dispatch: UseReducerDispatcher<ReaderState>,
    /// Prefix for element ids, unique per reader on the page.
    pub id: AttrValue,
    timers: Rc<RefCell<(Option<Timeout>, Option<Timeout>)>>,
    /// Set when the keyboard moved the focus line, so the sentence takes the focus.
    pub keyboard: Rc<RefCell<bool>>,
    /// The mark (entity, mention) whose next focus opens no card: the reader gives the focus
    /// back to it after closing its card, or a press on it gives it the focus (the click opens
    /// the card). Taken by the next focus on any mark, and by a click: a window without the
    /// focus delivers the event late, so it is not reset after `focus()`.
    pub quiet_focus: Rc<RefCell<Option<(usize, usize)>>>,
    /// The mark (entity, mention) whose card Esc dismissed: the pointer resting on it does not
    /// bring it back (WCAG 2.1 SC 1.4.13, dismissible) until the pointer leaves. Another mark's
    /// card opens as usual.
    dismissed: Rc<RefCell<Option<(usize, usize)>>>,
}

impl PartialEq for ReaderContext {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && Rc::ptr_eq(&self.timers, &other.timers)
    }
}

impl ReaderContext {
    pub fn new(dispatch: UseReducerDispatcher<ReaderState>, id: AttrValue) -> ReaderContext {
        ReaderContext {
            dispatch,
            id,
            timers: Rc::default(),
            keyboard: Rc::default(),
            quiet_focus: Rc::default(),
            dismissed: Rc::default(),
        }
    }

    /// The pointer entered a mark: open its card after the dwell time.
    pub fn hover(&self, card: CardState) {
        let key = (card.entity, card.mention);
        if *self.dismissed.borrow() == Some(key) {
            return;
        }
        *self.dismissed.borrow_mut() = None;
        let mut t = self.timers.borrow_mut();
        t.1 = None;
        let dispatch = self.dispatch.clone();
        t.0 = Some(Timeout::new(HOVER_DWELL, move || {
            dispatch.dispatch(ReaderAction::OpenCard(card))
        }));
    }

    /// The pointer left a mark or a card: close unpinned cards after the grace time.
    pub fn leave(&self) {
        *self.dismissed.borrow_mut() = None;
        let mut t = self.timers.borrow_mut();
        t.0 = None;
        let dispatch = self.dispatch.clone();
        t.1 = Some(Timeout::new(HOVER_GRACE, move || {
            dispatch.dispatch(ReaderAction::CloseHoverCard)
        }));
    }

    /// The pointer is on the card: keep it open.
    pub fn stay(&self) {
        self.timers.borrow_mut().1 = None;
    }

    /// Cancels pending hover timers (a click or a key took over).
    pub fn cancel(&self) {
        *self.timers.borrow_mut() = (None, None);
    }

    /// Esc closed the card of `open` (the open card's mark): no timer may reopen it, nor the
    /// pointer resting on that mark.
    pub fn dismiss(&self, open: Option<(usize, usize)>) {
        self.cancel();
        *self.dismissed.borrow_mut() = open;
    }
}
