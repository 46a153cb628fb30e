// Starts the baca reader beside the demo article, and reads a text of the visitor's own instead
// when asked: pasted into the "Read your own text" box, opened, or dropped on the page. The reader
// reads the article from the page; an own text is turned into an article element here (plain
// text into paragraphs, HTML parsed inertly and rebuilt from a short list of harmless elements)
// and the reader is mounted again on it. Nothing leaves the browser and the URL never holds it.
import init, { mount } from "../pkg/baca.js";
import { languageData, namesData, primary } from "./language-data.js";

// Where the reader's start-up is measured from, and its phases (tests/e2e/speed.spec.mjs).
performance.mark("baca:start");

const host = document.getElementById("baca-reader");
const data = new URL("../pkg/data/", import.meta.url);
const names = namesData(data);
// One loader for every reader on the page, so that a language's file is fetched once.
const words = languageData(data);
// The demo article declares its language: its names pack loads while the wasm compiles.
names.prefetch(document.getElementById("article")?.closest("[lang]")?.getAttribute("lang"));

/** The reader on the page (replaced when another text is read), or null. */
let reader = null;

// The own-text controls work from the start; reading waits for the wasm.
const starting = init();
setUpOwnText();

try {
  await starting;
  performance.mark("baca:compiled");
  // A new task for reading the page: compiling the wasm has just taken one, and a long article's
  // DOM takes a while to read.
  await (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
  // An own text read while the wasm compiled has the reader already.
  reader ??= mount(host, { article: "#article", languageData: words, namesData: names });
  performance.mark("baca:mounted");
} catch (error) {
  startFailed(error);
}

function startFailed(error) {
  host.replaceChildren();
  const message = document.createElement("p");
  message.className = "reader-status reader-error";
  message.setAttribute("role", "alert");
  message.textContent = `baca could not start: ${describe(error)}`;
  host.append(message);
  console.error(error);
}

function describe(error) {
  return error && error.message ? error.message : String(error);
}

// ---- Own text ----------------------------------------------------------------------------------

/** The most the demo reads (UTF-8 bytes): the reader's own benchmarks stop at 2 MB. */
const LIMIT = 2 * 1024 * 1024;

/** Elements whose content is never article text: dropped with everything in them. `header` is
 * dropped only outside an article (a site banner); an article's own header holds its headline. */
const DROP = new Set([
  "script", "style", "noscript", "iframe", "nav", "footer", "aside", "form", "template", "head",
  "title", "meta", "link", "base", "object", "embed", "frame", "frameset", "svg", "math", "canvas",
  "img", "picture", "source", "track", "video", "audio", "map", "button", "input", "select",
  "textarea", "dialog", "menu",
]);

/** Elements rebuilt as themselves (without their links, sources or styles); any other element is
 * replaced by its content. None of these loads anything or runs anything. */
const KEEP = new Set([
  "article", "main", "section", "div", "header", "hgroup", "p", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
  "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "address", "hr", "br", "wbr", "a", "span",
  "em", "strong", "b", "i", "u", "s", "small", "sub", "sup", "mark", "abbr", "cite", "dfn", "q",
  "code", "kbd", "samp", "var", "time", "bdi", "bdo", "del", "ins",
]);

/** Attributes the reader's extraction reads (src/web/dom.rs) and the text's language and
 * direction; nothing else is copied (no href, src, style or event handlers). */
const ATTRIBUTES = ["class", "role", "itemprop", "rel", "hidden", "aria-hidden", "data-baca-block", "lang", "dir"];

/** A well-formed language tag as mount's `lang` takes one (src/web/options.rs). */
const TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;

function setUpOwnText() {
  const $ = (hook) => document.querySelector(`[data-baca="${hook}"]`);
  const panel = $("source-panel");
  const input = $("source-input");
  const fileInput = $("source-file");
  const select = $("source-lang");
  const readButton = $("source-read");
  const status = $("source-status");
  const view = $("source-view");
  const viewName = $("source-name");
  const resetButton = $("source-reset");
  const seed = document.getElementById("article");
  if (!panel || !input || !readButton || !status || !view) return;

  // "html" or "text" while the box holds a file's text as opened (its name decides), else null
  // (then text that starts with "<" is HTML).
  let fileKind = null;
  let fileName = "";
  // Bumped by every read and by going back: a read that sees another number stops.
  let generation = 0;

  const say = (message, error = false) => {
    status.textContent = message;
    status.classList.toggle("is-error", error);
    if (error) panel.open = true;
  };

  async function read() {
    const text = input.value;
    if (!text.trim()) {
      say("There is no text to read: paste an article into the box, or open or drop a .txt or .html file.", true);
      return;
    }
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > LIMIT) {
      say(`This text is ${megabytes(bytes)}; the demo reads at most 2 MB. Paste a shorter part of it.`, true);
      return;
    }
    const html = fileKind ? fileKind === "html" : text.trimStart().startsWith("<");
    const built = html ? articleFromHtml(text) : { article: articleFromText(text), lang: "" };
    if (!built.article.textContent.trim()) {
      say("This HTML holds no readable text once scripts, styles, navigation, headers and footers are left out.", true);
      return;
    }
    const chosen = select.value;
    const lang = chosen || built.lang;
    const from = chosen ? "chosen" : built.lang ? "declared by the page" : "detected";
    const n = ++generation;
    say("baca is reading your text…");
    try {
      await starting;
    } catch (error) {
      say(`baca could not start: ${describe(error)}`, true);
      return;
    }
    if (n !== generation) return;

    // The text in the article's place, in a copy: the reader reads its own detached element.
    // An unknown language is lang="" (not the page's "id") until the reader has detected it.
    const shown = built.article.cloneNode(true);
    shown.className = "article own-article";
    shown.setAttribute("lang", lang);
    view.querySelector(".own-view-article").replaceChildren(shown);
    viewName.textContent = fileKind && fileName ? `Your text: ${fileName}` : "Your text";
    seed.hidden = true;
    view.hidden = false;

    replaceReader({ article: built.article, ...(lang ? { lang } : {}) });
    const current = reader;
    if (!current) return;
    await current.ready();
    if (n !== generation) return;
    const detected = host.querySelector('[data-baca="reader"]')?.getAttribute("lang") ?? "";
    // A chosen or declared language is a hint: a text clearly in another is read in that one.
    const overruled = lang && detected && primary(detected) !== primary(lang);
    if ((!lang || overruled) && detected) shown.setAttribute("lang", detected);
    const count = current.sentenceCount;
    const how = overruled ? `detected; the text is clearly not ${lang}, ${from}` : from;
    const language = detected ? `language ${detected} (${how})` : "language-neutral rules";
    say(`The reader shows your text: ${count} ${count === 1 ? "sentence" : "sentences"}, ${language}.`);
  }

  /** Unmounts the reader and mounts one on the same host with `options`. */
  function replaceReader(options) {
    if (reader) {
      reader.destroy();
      reader.free();
      reader = null;
    }
    const waiting = document.createElement("p");
    waiting.className = "reader-status";
    waiting.textContent = "baca is reading the article…";
    host.replaceChildren(waiting);
    try {
      reader = mount(host, { ...options, languageData: words, namesData: names });
    } catch (error) {
      host.replaceChildren();
      say(`baca could not read this text: ${describe(error)}`, true);
      console.error(error);
    }
  }

  async function openFile(file) {
    const name = file.name || "The file";
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? "";
    const type = (file.type || "").toLowerCase();
    const kind = ["html", "htm", "xhtml"].includes(extension) ? "html"
      : ["txt", "text"].includes(extension) ? "text"
      : type === "text/html" || type === "application/xhtml+xml" ? "html"
      : type === "text/plain" ? "text"
      : null;
    if (!kind) {
      say(`“${name}” is not a .txt or .html file; the demo reads those two kinds.`, true);
      return;
    }
    if (file.size > LIMIT) {
      say(`“${name}” is ${megabytes(file.size)}; the demo reads files of at most 2 MB.`, true);
      return;
    }
    let text;
    try {
      text = await file.text();
    } catch (error) {
      say(`“${name}” could not be read: ${describe(error)}`, true);
      return;
    }
    panel.open = true;
    input.value = text.replace(/^\uFEFF/, "");
    fileKind = kind;
    fileName = name;
    await read();
  }

  input.addEventListener("input", () => {
    fileKind = null;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      read();
    }
  });
  readButton.addEventListener("click", () => read());
  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    // Emptied so that choosing the same file again reads it again; the status names it.
    fileInput.value = "";
    if (file) openFile(file);
  });
  resetButton?.addEventListener("click", async () => {
    const n = ++generation;
    try {
      await starting;
    } catch {
      return;
    }
    if (n !== generation) return;
    seed.hidden = false;
    view.hidden = true;
    view.querySelector(".own-view-article").replaceChildren();
    replaceReader({ article: "#article" });
    say("The reader shows the demo article again.");
    // The button just pressed is hidden now: the focus goes back to the box's summary.
    panel.querySelector("summary")?.focus();
  });

  // A file dropped anywhere on the page is read. Only drags that carry files are taken over;
  // text dragged into the box behaves as usual.
  let depth = 0;
  const carriesFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const dropping = (on) => document.body.classList.toggle("is-dropping", on);
  document.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    dropping(true);
  });
  document.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file in place of the demo.
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("dragleave", (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropping(false);
  });
  document.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    dropping(false);
    const file = event.dataTransfer.files?.[0];
    if (file) openFile(file);
  });
}

function megabytes(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * An article element from plain text: paragraphs are separated by blank lines (a line break
 * inside one is a space), and a short first paragraph without a final period is the headline.
 * The text goes in as text, never as markup.
 */
function articleFromText(text) {
  const article = document.createElement("article");
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  paragraphs.forEach((paragraph, i) => {
    const headline = i === 0 && paragraphs.length > 1 && paragraph.length < 200
      && !/[.。]["'”’»)\]]*$/.test(paragraph);
    const block = document.createElement(headline ? "h1" : "p");
    block.textContent = paragraph;
    article.append(block);
  });
  return article;
}

/**
 * An article element from an HTML document or fragment, and the language it declares ("" for
 * none or a malformed one). DOMParser's document is inert (no scripts run, nothing loads); the
 * article is rebuilt from it element by element (see KEEP, DROP, ATTRIBUTES), so nothing of the
 * page but its text and structure reaches this document. The article is the page's longest
 * <article>, else its <main>, else its <body>.
 */
function articleFromHtml(source) {
  const doc = new DOMParser().parseFromString(source, "text/html");
  const articles = Array.from(doc.querySelectorAll("article"));
  const longest = articles.sort((a, b) => b.textContent.length - a.textContent.length)[0];
  const root = longest ?? doc.querySelector("main") ?? doc.body;
  const article = document.createElement("article");
  if (!root) return { article, lang: "" };
  copyChildren(root, article, root.localName === "article");
  const declared = (root.closest("[lang]")?.getAttribute("lang") ?? "").trim();
  return { article, lang: TAG.test(declared) ? declared : "" };
}

function copyChildren(from, to, inArticle) {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      to.append(document.createTextNode(node.data));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.localName;
    if (DROP.has(tag) || (tag === "header" && !inArticle)) continue;
    const inside = inArticle || tag === "article";
    if (KEEP.has(tag) && node.namespaceURI === "http://www.w3.org/1999/xhtml") {
      const copy = document.createElement(tag);
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value !== null) copy.setAttribute(name, value);
      }
      copyChildren(node, copy, inside);
      to.append(copy);
    } else {
      copyChildren(node, to, inside);
    }
  }
}
