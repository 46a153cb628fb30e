// baca embed: one ES module that gives a publisher's article the baca reader.
//
//   <script type="module" src="/static/baca/baca.js"></script>
//   <baca-reader for="article"></baca-reader>
//
// or from script: `const r = await Baca.mount(element, { article: "article" })`, `r.update(…)`,
// `r.destroy()`. The reader lives in an open shadow root with its own styles; the publisher's
// article stays in the page as it is. Nothing is added to the page until the wasm has started,
// so a browser that cannot run it (a CSP without 'wasm-unsafe-eval', a 404, an old browser)
// gets a `baca:error` event and the page exactly as it was. In overlay mode only the button is
// added, and nothing is fetched until the reader is wanted (see `#startOverlay`). The module finds its files next to
// itself (import.meta.url) and makes no requests but for them and a glossary the page names.
//
// Events, dispatched on the element (bubbling, composed): `baca:ready` (detail: { sentences }),
// `baca:error` (detail: { message }), `baca:entity-open` (detail: { id, name, type }).
import init, { checkOptions, mount as mountCore, stylesheet } from "../../dist/pkg/baca.js";
import { languageData, namesData } from "../shared/language-data.js";
import { keepTabInside } from "../shared/modal-focus.js";
import { joinDatelines, removeAdLabels, removeLabels, removePromoLines, removePromos, removeTeasers } from "../extension/article-rules.js";

const VERSION = "0.1.0";
const WASM = new URL("baca_bg.wasm", import.meta.url);
const languages = languageData(new URL("data/", import.meta.url));
const names = namesData(new URL("data/", import.meta.url));

/** The language the page declares for the article (option, element or page `lang`), if any. */
// Read before the wasm is here, without judging the options: the core checks them.
function declaredLang(options) {
  if (typeof options?.lang === "string" && options.lang.trim()) return options.lang;
  const article = pageArticle(options?.article);
  return (article instanceof Element ? article : document.documentElement).closest("[lang]")?.getAttribute("lang");
}

/**
 * The page's element the `article` option names (an Element, a selector, or none:
 * `defaultArticle()`), or `null`; a bad selector is `null` too, for the core to name.
 */
function pageArticle(option) {
  try {
    if (option === undefined || option === null) return defaultArticle();
    if (typeof option === "string") return document.querySelector(option);
    return option instanceof Element ? option : null;
  } catch {
    return null;
  }
}

// Host-level rules win over any page rule on the host element: in the cascade, a shadow tree's
// !important declarations beat the page's !important ones.

const HOST_CSS = `
:host { all: initial !important; display: block !important; }
:host([hidden]) { display: none !important; }
.baca-open-button { all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 8px;
  font: 600 15px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #0b5cad;
  border-radius: 999px; padding: 10px 16px; cursor: pointer; }
.baca-open-button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 3px; }
.baca-overlay { position: fixed; inset: 0; z-index: 2147483000; display: flex; justify-content: center;
  background: rgb(0 0 0 / 0.45); padding: 24px 12px; box-sizing: border-box; }
.baca-overlay-panel { position: relative; width: min(760px, 100%); max-height: 100%; display: flex;
  flex-direction: column; overflow: hidden; border-radius: 10px; background: #fffdf8; }
.baca-overlay-head { display: flex; justify-content: flex-end; flex: none; padding: 6px; border-bottom: 1px solid #ddd; }
.baca-overlay-body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.baca-overlay-close { font: 600 15px system-ui, sans-serif;
  border: 1px solid #ccc; border-radius: 6px; background: #fff; padding: 4px 10px; cursor: pointer; }
.baca-overlay[hidden] { display: none; }
.baca-overlay-panel:focus { outline: none; }
@media (max-width: 600px) { .baca-overlay { padding: 0; } .baca-overlay-panel { border-radius: 0; } }
`;

class BacaError extends Error {}

/**
 * The article a page holds when the options name none: its `[itemprop~=articleBody]` that has
 * text (not a <meta>), else its <article> with the most text (a page may have an <article> per
 * menu entry or teaser); each element's text measured once.
 */
function defaultArticle() {
  const body = [...document.querySelectorAll("[itemprop~=articleBody]")].find(
    (e) => e.localName !== "meta" && e.textContent.trim(),
  );
  if (body) return body;
  let best = null;
  let most = -1;
  for (const e of document.querySelectorAll("article")) {
    const length = e.textContent.length;
    if (length > most) [best, most] = [e, length];
  }
  return best;
}

/**
 * The article the reader reads: a copy of the page's article element in an inert document, with
 * what the extension's page rules take out of an article taken out of it too (in-body promos,
 * date lines, ad labels, bylines, photo credits in captions; a loose dateline opens its
 * paragraph). The publisher's page is not touched; the inert document loads and runs nothing of
 * the copy (no images, no scripts). Without an option, `defaultArticle()`. Options the core
 * refuses (a bad selector, no match, not an element) are passed on for it to name.
 */
async function articleCopy(article) {
  const source = pageArticle(article);
  if (!source) return article;
  const doc = document.implementation.createHTMLDocument("");
  const copy = doc.importNode(source, true);
  const lang = source.closest("[lang]")?.getAttribute("lang");
  if (lang && !copy.hasAttribute("lang")) copy.setAttribute("lang", lang);
  doc.body.append(copy);
  if (!rulesFit(copy)) return copy;
  // What the publisher names as a block (`data-baca-block`, but "skip") is the publisher's word:
  // out of the rules' sight while they run, a placeholder in its place.
  const kept = [...copy.querySelectorAll("[data-baca-block]:not([data-baca-block=skip])")]
    .filter((e) => !e.parentElement?.closest("[data-baca-block]:not([data-baca-block=skip])"))
    .map((e) => {
      const mark = doc.createComment("baca");
      e.replaceWith(mark);
      return [mark, e];
    });
  // A rule that fails on some page leaves the article as the page has it. A task each: no
  // task of the page's over 50 ms for a long article.
  for (const rule of [removePromos, removePromoLines, removeTeasers, removeAdLabels, removeLabels, joinDatelines]) {
    await (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
    try {
      rule(copy);
    } catch (error) {
      console.warn("baca: a page rule failed", error);
    }
  }
  for (const [mark, e] of kept) if (mark.isConnected) mark.replaceWith(e);
  return copy;
}

/**
 * Whether the page rules' work on `root` is bounded as for a news article. They read the text of
 * every block, a container's too, so their work is each text's length times the blocks holding
 * it: over 4 million characters so counted, or 20,000 elements, the article is read as it is
 * (a flat 1 MB article counts about 2 million).
 */
function rulesFit(root) {
  let work = 0;
  let elements = 0;
  let depth = 1; // the blocks holding a node: `root` and those below it
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === 3) work += node.nodeValue.length * depth;
    else if (node.nodeType === 1 && ++elements > 20_000) return false;
    if (work > 4_000_000) return false;
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return true;
}

/**
 * Keeps the reader's keys from the page's own shortcuts (listened for on the shadow host, after
 * the reader's handlers in its shadow root; stopped before the document). Seen from the page, a key
 * typed in a shadow root comes from the host element, so a page's "not while typing" test cannot
 * tell a note being typed from a key pressed on the page. Stopped: every key while the overlay
 * is open (a modal dialog), a field's keys (a note, a translation), and the keys the reader
 * handled itself (j, k, n…).
 */
function containKeys(e) {
  const target = e.composedPath()[0];
  const field = target instanceof Element && (target.matches("input, textarea, select") || target.isContentEditable);
  // The keyup of a key the reader handled is the reader's too.
  const handled = e.type === "keyup" ? handledKeys.delete(e.code) : e.defaultPrevented;
  if (field || handled || e.currentTarget.shadowRoot?.querySelector(".baca-overlay:not([hidden])")) {
    if (e.type === "keydown") handledKeys.add(e.code);
    e.stopPropagation();
  }
}
/** The keys whose keydown was kept from the page, until their keyup. */
const handledKeys = new Set();

/**
 * Checks options against the core's one schema (`checkOptions` in src/web/options.rs): the
 * loader judges none itself. Needs the wasm, so it runs once the core is loaded.
 */
function check(options) {
  try {
    checkOptions(options);
  } catch (e) {
    throw new BacaError(String(e?.message ?? e));
  }
}

let core = null;
/** Starts the wasm once per page; resolves to the reader's stylesheet. */
function loadCore() {
  core ??= init({ module_or_path: WASM }).then(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(stylesheet() + HOST_CSS);
    return sheet;
  });
  return core;
}

function emit(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Reports a problem where the page can hear it: a `baca:error` event and the console. */
function fail(target, error) {
  const message = error instanceof BacaError ? error.message : `baca could not start: ${error?.message ?? error}`;
  console.error(message);
  emit(target, "baca:error", { message });
  return new BacaError(message);
}

/** A reader on the page. */
class Reader {
  #target; // where events go: the custom element or the element passed to Baca.mount
  #shadowHost; // the element whose shadow root holds the reader
  #ownsHost; // whether baca created #shadowHost (and removes it on destroy)
  #options;
  #handle = null;
  #destroyed = false;
  #run = 0; // each start, update and destroy begins a new run; an older run's awaits stop

  constructor(target, shadowHost, ownsHost, options) {
    this.#target = target;
    this.#shadowHost = shadowHost;
    this.#ownsHost = ownsHost;
    this.#options = options;
  }

  /** The number of sentences shown (0 until ready). */
  get sentenceCount() {
    return this.#handle ? this.#handle.sentenceCount : 0;
  }

  /** Whether `run` is no longer the reader's current run (destroyed or started again). */
  #stale(run) {
    return this.#destroyed || run !== this.#run;
  }

  /** Fetches the language's files beside the wasm, unless the options bring their own loaders. */
  #prefetch(lang) {
    if (!this.#options?.languageData) languages.prefetch(lang);
    if (!this.#options?.namesData) names.prefetch(lang);
  }

  async start() {
    const run = ++this.#run;
    const options = this.#options;
    if (options?.mode === "overlay") return this.#startOverlay(run);
    // A language whose word lists ship beside the wasm: fetched while the wasm compiles.
    this.#prefetch(declaredLang(options));
    const sheet = await loadCore();
    // A task of its own for reading the article (compiling the wasm has just taken one).
    await (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
    const glossaryText = await this.#glossary();
    if (this.#stale(run)) return this;
    const coreOptions = await this.#coreOptions(glossaryText);
    if (this.#stale(run)) return this;
    // Only now does the page change.
    const shadow = this.#shadow();
    shadow.adoptedStyleSheets = [sheet];
    const container = document.createElement("div");
    try {
      shadow.append(container);
      this.#handle = mountCore(container, coreOptions);
      await this.#handle.ready();
    } catch (e) {
      this.#clear();
      throw new BacaError(String(e?.message ?? e));
    }
    if (!this.#stale(run)) emit(this.#target, "baca:ready", { sentences: this.sentenceCount });
    return this;
  }

  /** The options checked, then the page's glossary text when they name one. */
  async #glossary() {
    const options = this.#options;
    await loadCore();
    check(options);
    if (!options?.glossary) return undefined;
    const url = new URL(options.glossary, document.baseURI);
    let response;
    try {
      response = await fetch(url, { credentials: "same-origin" });
    } catch (e) {
      throw new BacaError(`baca: the glossary ${url} could not be loaded (${e.message})`);
    }
    if (!response.ok) throw new BacaError(`baca: the glossary ${url} could not be loaded (HTTP ${response.status})`);
    return response.text();
  }

  /** The shadow root baca draws in, emptied, its host on the page. */
  #shadow() {
    if (this.#ownsHost) this.#target.append(this.#shadowHost);
    let shadow = this.#shadowHost.shadowRoot;
    if (!shadow) {
      shadow = this.#shadowHost.attachShadow({ mode: "open" });
      for (const type of ["keydown", "keypress", "keyup"]) this.#shadowHost.addEventListener(type, containKeys);
    }
    shadow.replaceChildren();
    return shadow;
  }

  /** The core's mount options for these embed options. */
  async #coreOptions(glossaryText) {
    // The page's options as they are, but the two the loader has done with, and its loaders.
    const { glossary, mode, ...options } = this.#options ?? {};
    const coreOptions = {
      ...options,
      article: await articleCopy(options.article),
      glossaryText: glossaryText ?? options.glossaryText,
      onEntityOpen: (detail) => {
        emit(this.#target, "baca:entity-open", detail);
        options.onEntityOpen?.(detail);
      },
      languageData: options.languageData ?? languages,
      namesData: options.namesData ?? names,
    };
    for (const key of Object.keys(coreOptions)) if (coreOptions[key] === undefined) delete coreOptions[key];
    return coreOptions;
  }

  /**
   * Overlay mode: a "Read with baca" button opens the reader over the page. Nothing but this
   * module is fetched until the reader is wanted: the wasm, the language's files and the
   * glossary start loading when the pointer reaches the button or the focus lands on it (a
   * reader who never opens it pays nothing), and the reader opens on the press. If baca then
   * cannot start, the button goes and the page is as it was, with a `baca:error`.
   */
  #startOverlay(run) {
    const shadow = this.#shadow();
    // The button's own styles; the reader's come with the wasm.
    const hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
    shadow.adoptedStyleSheets = [hostSheet];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "baca-open-button";
    button.textContent = "Read with baca";
    button.setAttribute("aria-haspopup", "dialog");
    const overlay = document.createElement("div");
    overlay.className = "baca-overlay";
    overlay.hidden = true;
    const panel = document.createElement("div");
    panel.className = "baca-overlay-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-label", "baca reader");
    // A press on text in it keeps the focus in the dialog (on the panel), so that its keys work.
    panel.tabIndex = -1;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "baca-overlay-close";
    close.textContent = "Close";
    // Close in a row of its own above the reader, which scrolls below it: the reader's sticky
    // toolbar keeps its whole width and no text passes beside the button.
    const head = document.createElement("div");
    head.className = "baca-overlay-head";
    head.append(close);
    const body = document.createElement("div");
    body.className = "baca-overlay-body";
    const container = document.createElement("div");
    body.append(container);
    panel.append(head, body);
    overlay.append(panel);
    shadow.append(button, overlay);
    const lang = declaredLang(this.#options);
    let glossary = null;
    const warm = () => {
      this.#prefetch(lang);
      glossary ??= this.#glossary();
      glossary.catch(() => {}); // a bad option or glossary is reported on the press
      loadCore().catch(() => {});
    };
    for (const type of ["pointerenter", "focus", "touchstart"]) {
      button.addEventListener(type, warm, { once: true, passive: true });
    }
    let opening = null;
    const hide = () => {
      overlay.hidden = true;
      button.focus();
    };
    button.addEventListener("click", async () => {
      overlay.hidden = false;
      if (!this.#handle) {
        opening ??= (async () => {
          warm();
          const sheet = await loadCore();
          const glossaryText = await glossary;
          if (this.#stale(run)) return;
          shadow.adoptedStyleSheets = [sheet];
          const coreOptions = await this.#coreOptions(glossaryText);
          if (this.#stale(run)) return;
          this.#handle = mountCore(container, coreOptions);
          await this.#handle.ready();
        })();
        try {
          await opening;
        } catch (e) {
          if (this.#stale(run)) return;
          this.#clear();
          fail(this.#target, e instanceof BacaError ? e : new BacaError(`baca could not start: ${e?.message ?? e}`));
          return;
        }
      }
      close.focus();
    });
    close.addEventListener("click", hide);
    overlay.addEventListener("click", (e) => e.target === overlay && hide());
    // A modal dialog: the wheel on the dimmed page around it scrolls nothing behind it.
    overlay.addEventListener("wheel", (e) => e.target === overlay && e.preventDefault(), { passive: false });
    overlay.addEventListener("keydown", (e) => {
      if (e.isComposing) return;
      // Esc closes the reader's open card first (the reader hears it), and a field's own Esc
      // (a note, a translation) is the field's; else it closes the overlay.
      if (e.key === "Escape") {
        // The reader handled it (a panel closed).
        if (e.defaultPrevented) return;
        const target = e.composedPath()[0];
        const field = target instanceof Element && target.matches("input, textarea, select");
        if (!field && !panel.querySelector('[data-baca="card"]')) {
          e.preventDefault();
          hide();
        }
        return;
      }
      // A modal dialog keeps the focus.
      keepTabInside(e, panel, close, shadow.activeElement);
    });
    emit(this.#target, "baca:ready", { sentences: 0 });
    return this;
  }

  /** Applies new options (merged with the current ones) by starting the reader again. */
  async update(options = {}) {
    try {
      const merged = { ...this.#options, ...options };
      // An overlay fetches nothing before intent: its options are checked on the press.
      if (merged.mode !== "overlay") {
        await loadCore();
        check(merged);
      }
      if (this.#destroyed) return this;
      this.#handle?.destroy();
      this.#handle = null;
      this.#options = merged;
      return await this.start();
    } catch (e) {
      throw fail(this.#target, e);
    }
  }

  #clear() {
    this.#handle?.destroy();
    this.#handle = null;
    const shadow = this.#shadowHost.shadowRoot;
    if (shadow) {
      shadow.replaceChildren();
      shadow.adoptedStyleSheets = [];
    }
    if (this.#ownsHost) this.#shadowHost.remove();
  }

  /** Removes everything baca added. Calling it again does nothing. */
  destroy() {
    this.#destroyed = true;
    this.#run++;
    this.#clear();
  }
}

/**
 * Mounts a reader inside `element` (in a shadow root on a new child element). Resolves to the
 * reader; rejects, after a `baca:error` event, on bad options or when baca cannot start. In
 * overlay mode it resolves once the button is there; bad options are reported (a `baca:error`,
 * the button gone) when the button is pressed, since checking them needs the wasm.
 */
async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new BacaError("baca: mount needs an Element to put the reader in");
  const host = document.createElement("div");
  host.setAttribute("data-baca-host", "");
  let reader = null;
  try {
    // Copied inside the try: a getter that throws is reported like any bad option.
    const plain = options !== null && typeof options === "object" && !Array.isArray(options);
    reader = new Reader(element, host, true, plain ? { ...options } : options);
    return await reader.start();
  } catch (e) {
    reader?.destroy();
    throw fail(element, e);
  }
}

/** `<baca-reader for="…" lang="…" glossary="…" mode="inline|overlay">`. */
class BacaReaderElement extends HTMLElement {
  static observedAttributes = ["for", "lang", "glossary", "mode"];
  #reader = null;
  #pending = null;

  #options() {
    const options = {};
    const pairs = [["for", "article"], ["lang", "lang"], ["glossary", "glossary"], ["mode", "mode"]];
    for (const [attribute, option] of pairs) {
      const value = this.getAttribute(attribute);
      if (value !== null && value.trim() !== "") options[option] = value.trim();
    }
    return options;
  }

  connectedCallback() {
    this.#restart();
  }

  disconnectedCallback() {
    this.#reader?.destroy();
    this.#reader = null;
  }

  attributeChangedCallback() {
    if (this.isConnected && this.#reader) this.#restart();
  }

  #restart() {
    this.#reader?.destroy();
    const run = (this.#pending = (async () => {
      const reader = new Reader(this, this, false, this.#options());
      this.#reader = reader;
      try {
        await reader.start();
      } catch (e) {
        if (this.#pending === run) {
          reader.destroy();
          fail(this, e);
        }
      }
    })());
  }

  /** The reader inside this element, once started. */
  get reader() {
    return this.#reader;
  }
}

if (!customElements.get("baca-reader")) customElements.define("baca-reader", BacaReaderElement);
if (!globalThis.Baca) {
  Object.defineProperty(globalThis, "Baca", {
    value: Object.freeze({ mount, version: VERSION }),
    configurable: true,
  });
}

export { mount, VERSION as version };
