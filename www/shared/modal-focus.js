// The focus of baca's modal dialogs (the embed's overlay, the extension's reader frame): Tab and
// Shift+Tab stay inside, as a modal dialog's must.

/** What takes the focus in a dialog. */
const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps a Tab key press inside `dialog`: Tab past its last control goes to `first` (its Close
 * button), Shift+Tab from `first`, or from outside its controls, to the last; `active` is the
 * focused element as the dialog's document or shadow root sees it. The last control is looked
 * for from the end: a long article has many.
 */
export function keepTabInside(event, dialog, first, active) {
  if (event.key !== "Tab" || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
  const all = dialog.querySelectorAll(FOCUSABLE);
  let last = null;
  for (let i = all.length - 1; i >= 0 && !last; i--) {
    if (!all[i].disabled && all[i].getClientRects().length > 0) last = all[i];
  }
  if (!last) return;
  const outside = !active || !dialog.contains(active) || active === dialog;
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || (outside && active !== dialog))) {
    event.preventDefault();
    first.focus();
  }
}
