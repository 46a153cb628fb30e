// baca's reader page in the extension, shown in an iframe over the article's tab. It takes the
// article the content script extracted (by the token in its URL), parses its HTML inertly
// (DOMParser: no script runs, no image loads) and mounts the reader on it. Everything the reader
// saves (settings, translations and notes, the user's glossary, shared with the options page)
// goes to chrome.storage.local: in a frame on someone else's site the browser may block or
// partition localStorage.
import init, { mount } from "../../dist/pkg/baca.js";
import { languageData, namesData } from "../shared/language-data.js";
import { keepTabInside } from "../shared/modal-focus.js";
import { joinDatelines, markCaptions, removeAdLabels, removeLabels, removeLeadCaption, removePromoLines, removePromos, removeTeasers, restoreCaptions } from "./article-rules.js";

const api = globalThis.browser ?? globalThis.chrome;
const token = location.hash.slice(1);
const status = document.querySelector('[data-baca-ext="status"]');

function close() {
  // The content script checks that this comes from its own iframe and token.
  parent.postMessage({ baca: "close", token }, "*");
}

/** The reader's storage: baca's keys in chrome.storage.local, read once, written through. */
async function extensionStore() {
  const saved = await api.storage.local.get(null);
  const values = new Map(Object.entries(saved).filter(([k, v]) => k.startsWith("baca:") && typeof v === "string"));
  const problem = document.querySelector('[data-baca-ext="save-problem"]');
  // What another reader or the options page saves meanwhile is read from here too.
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (!key.startsWith("baca:")) continue;
      if (typeof newValue === "string") values.set(key, newValue);
      else values.delete(key);
    }
  });
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, String(value));
      api.storage.local.set({ [key]: String(value) }).then(
        () => (problem.textContent = ""),
        (error) => (problem.textContent = `Your work could not be saved: ${error?.message ?? error}`),
      );
    },
  };
}

function fail(message) {
  status.textContent = message;
  status.dataset.kind = "error";
  document.querySelector("#reader").replaceChildren(status);
  console.warn(message);
}

/** The article's opening heading: the first h1–h3 with no more than a kicker or a date (under
 * 200 characters) of text before it; null when the text starts without one. */
function openingHeading(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let node = walker.nextNode(); node && before < 200; node = walker.nextNode()) {
    const heading = node.parentElement?.closest("h1, h2, h3");
    if (heading && node.nodeValue.trim()) return heading;
    before += node.nodeValue.trim().length;
  }
  return null;
}

/** Whether two texts are the same words (case, spacing and punctuation aside). */
function sameWords(a, b) {
  const squash = (s) => String(s ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return squash(a) !== "" && squash(a) === squash(b);
}

/** The article's HTML as an element of an inert document, headed by its headline: the page's
 * visible headline the content script found (and the copy of it in the article's opening
 * dropped); without one, the article's own opening heading (Readability turns an h1 into an h2),
 * else the title Readability took from the page's <title>. The standfirst and the photo captions
 * the content script found go back in; in-body promos, date lines, bylines,
 * photo credits and the caption of a lead photo outside the body are removed, and a loose dateline opens its paragraph. */
function articleElement(article) {
  const doc = new DOMParser().parseFromString(String(article.html ?? ""), "text/html");
  const root = doc.createElement("article");
  if (article.lang) root.lang = article.lang;
  if (article.dir === "rtl" || article.dir === "ltr") root.dir = article.dir;
  root.append(...doc.body.childNodes);
  doc.body.append(root);
  // A page rule that fails on some page leaves the article as Readability gave it.
  const rules = [
    () => restoreCaptions(root, article.captions),
    () => typeof article.leadCaption === "string" && removeLeadCaption(root, article.leadCaption),
    () => removePromos(root),
    () => removePromoLines(root),
    () => removeTeasers(root),
    () => removeAdLabels(root),
    () => markCaptions(root),
    () => removeLabels(root),
    () => joinDatelines(root),
  ];
  for (const rule of rules) {
    try {
      rule();
    } catch (error) {
      console.warn("baca: a page rule failed", error);
    }
  }
  const first = openingHeading(root);
  const h1 = doc.createElement("h1");
  if (article.headline) {
    if (first && (sameWords(first.textContent, article.headline) || sameWords(first.textContent, article.title))) first.remove();
    h1.textContent = article.headline;
  } else if (first) {
    // First, ahead of a kicker or date that preceded it.
    h1.append(...first.childNodes);
    first.remove();
  } else if (article.title) {
    h1.textContent = article.title;
  }
  if (article.standfirst) {
    // The summary under the headline that Readability left out: the article's lead.
    const lead = doc.createElement("p");
    lead.className = "standfirst";
    lead.textContent = article.standfirst;
    root.prepend(lead);
  }
  if (h1.textContent) root.prepend(h1);
  return root;
}

async function start() {
  document.querySelector('[data-baca-ext="close"]').addEventListener("click", close);
  document.querySelector('[data-baca-ext="backdrop"]').addEventListener("click", close);
  // Esc closes the reader, unless something inside it took the key first (a card, a panel: the
  // reader prevents the default of an Esc it handled) or it is a field's or a note's own.
  window.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
    const target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [data-baca='note']")) return;
    if (document.querySelector('[data-baca="card"]')) return;
    // An open panel the reader did not hear the key for (the focus on the frame's own element,
    // after a press on text): it closes by its button, which takes the focus.
    const panel = document.querySelector('[data-baca$="-panel"]');
    if (panel) {
      const toggle = document.querySelector(`[data-baca="toggle-${panel.dataset.baca.replace(/-panel$/, "")}"]`);
      if (toggle) {
        event.preventDefault();
        toggle.click();
        toggle.focus();
        return;
      }
    }
    close();
  });
  // A modal dialog keeps the focus: Tab past its last control goes to its first (the Close
  // button) and Shift+Tab from the first to the last, instead of out to the page behind.
  window.addEventListener("keydown", (event) =>
    keepTabInside(event, document.querySelector(".panel"), document.querySelector('[data-baca-ext="close"]'), document.activeElement),
  );
  // The wheel on the dimmed page scrolls nothing behind it.
  document.querySelector('[data-baca-ext="backdrop"]').addEventListener("wheel", (event) => event.preventDefault(), { passive: false });

  const [, reply, storage, options] = await Promise.all([
    init({ module_or_path: new URL("baca_bg.wasm", import.meta.url) }),
    api.runtime.sendMessage({ type: "baca:take", token }),
    extensionStore(),
    api.storage.local.get("targetLang"),
  ]);
  const article = reply?.ok ? reply.value : null;
  if (!article) {
    fail("This article is no longer here. Close the reader and press the baca button again.");
    return;
  }
  document.title = `baca: ${article.title || new URL(article.url).hostname}`;
  document.querySelector('[data-baca-ext="source"]').textContent = `· ${article.siteName || new URL(article.url).hostname}`;
  const element = articleElement(article);
  const root = document.querySelector("#reader");
  const data = new URL("data/", import.meta.url);
  const mountOptions = { article: element, storage, languageData: languageData(data), namesData: namesData(data) };
  if (article.lang) mountOptions.lang = article.lang;
  if (typeof options.targetLang === "string" && options.targetLang) mountOptions.targetLang = options.targetLang;
  root.replaceChildren();
  const reader = mount(root, mountOptions);
  await reader.ready();
  const first = root.querySelector('[data-baca="sentence"][tabindex="0"]');
  (first ?? root).focus({ preventScroll: true });
}

start().catch((error) => fail(`baca could not open the reader: ${error?.message ?? error}`));
