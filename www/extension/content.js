// baca's content script, injected into a tab only when the user presses the toolbar button or
// the shortcut (activeTab). Each injection reuses the first one's state: `bacaContent.toggle()`
// opens the reader or closes it.
//
// Opening: a page that opts out (`<meta name="baca" content="off">`) or a site on the user's
// never-run list gets a short notice; a page that already embeds baca gets that reader; otherwise
// Mozilla's Readability extracts the article from a clone of the document (the page itself is
// not touched) and the reader opens in an extension-page iframe over the page — wasm may not run
// here under the page's CSP, but it always may in an extension page. Closing removes everything
// baca added and gives the focus back.
import { Readability, isProbablyReaderable } from "@mozilla/readability";
import { headline, leadCaption, lostCaptions, standfirst } from "./article-rules.js";

const api = globalThis.browser ?? globalThis.chrome;

/** The open reader: { host, iframe, token, previousFocus, onMessage }. */
let open = null;
/** The toggle in progress, if any: a second press while the first is opening waits for it. */
let pending = null;
/** The notice on screen, if any: { host, timer }. */
let notice = null;

/** Sets inline styles with !important, so that no page rule can override them. */
function style(element, properties) {
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value, "important");
}

/** A page element of baca's own, reset, with its content in a shadow root that page CSS cannot
 * reach (open, like the embed's, so assistive tools and tests see into it). */
function ownHost(properties, mode = "open") {
  // An HTML element even in an SVG or XHTML document.
  const host = document.createElementNS("http://www.w3.org/1999/xhtml", "div");
  host.setAttribute("data-baca-extension", "");
  style(host, { all: "initial", position: "fixed", "z-index": "2147483647", display: "block", ...properties });
  return [host, host.attachShadow({ mode })];
}

function removeNotice() {
  if (!notice) return;
  clearTimeout(notice.timer);
  notice.host.remove();
  notice = null;
}

/** Tells the user something for a few seconds, in a corner of the page. */
function tell(message) {
  removeNotice();
  const [host, shadow] = ownHost({ right: "16px", bottom: "16px", "max-width": "min(420px, calc(100vw - 32px))" });
  const box = document.createElement("div");
  box.setAttribute("role", "status");
  style(box, {
    display: "flex", gap: "12px", "align-items": "start", padding: "12px 14px", "border-radius": "8px",
    background: "#1d2430", color: "#fff", font: "15px/1.4 system-ui, sans-serif",
    "box-shadow": "0 4px 16px rgb(0 0 0 / 0.3)",
  });
  const text = document.createElement("span");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", "Dismiss");
  style(close, { all: "initial", cursor: "pointer", color: "#fff", font: "20px/1 system-ui, sans-serif", padding: "0 4px" });
  close.addEventListener("click", removeNotice);
  box.append(text, close);
  shadow.append(box);
  document.documentElement.append(host);
  notice = { host, timer: setTimeout(removeNotice, 8000) };
}

/** A one-time token in UUID form. (`crypto.randomUUID` exists only in secure contexts; news
 * sites on plain http are not.) */
function newToken() {
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function optedOut() {
  return [...document.querySelectorAll("meta[name]")].some(
    (meta) => meta.name.trim().toLowerCase() === "baca" && meta.content.trim().toLowerCase() === "off",
  );
}

async function neverRunHere() {
  const host = location.hostname.toLowerCase();
  let sites = [];
  try {
    sites = (await api.storage.local.get("neverRun")).neverRun ?? [];
  } catch {
    // No list: run.
  }
  const site = Array.isArray(sites) && sites.find((s) => host === s || host.endsWith(`.${s}`));
  return site || null;
}

/** The page's own baca reader when it has one that started: opens or closes it. */
function useEmbedded() {
  for (const element of document.querySelectorAll("baca-reader, [data-baca-host]")) {
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    const overlay = shadow.querySelector(".baca-overlay");
    if (overlay) {
      if (overlay.hidden) {
        shadow.querySelector(".baca-open-button")?.click();
        return "embedded";
      }
      shadow.querySelector(".baca-overlay-close")?.click();
      return "closed";
    }
    if (shadow.querySelector('[data-baca="reader"]')) {
      element.scrollIntoView({ block: "start" });
      shadow.querySelector('[data-baca="sentence"][tabindex="0"]')?.focus({ preventScroll: true });
      return "embedded";
    }
  }
  return null;
}

/** The article as Readability sees it, or null when the page does not look like one. Classes
 * are kept: the reader's page rules skip bylines, credits, screen-reader labels and the like by
 * them. The headline is the page's visible one (article-rules.js). */
function extract() {
  if (!isProbablyReaderable(document)) return null;
  const parsed = new Readability(document.cloneNode(true), { keepClasses: true }).parse();
  if (!parsed?.content || (parsed.textContent ?? "").trim().length < 140) return null;
  // A page rule that fails on some page leaves Readability's result as it is.
  const attempt = (rule, fallback) => {
    try {
      return rule() ?? fallback;
    } catch (error) {
      console.warn("baca: a page rule failed", error);
      return fallback;
    }
  };
  const text = parsed.textContent ?? "";
  const title = attempt(() => headline(document, parsed.siteName ?? ""), "");
  return {
    title: parsed.title ?? document.title ?? "",
    headline: title,
    standfirst: title ? attempt(() => standfirst(document, title, text), "") : "",
    captions: attempt(() => lostCaptions(document, text), []),
    leadCaption: attempt(() => leadCaption(document, text), ""),
    byline: parsed.byline ?? "",
    siteName: parsed.siteName ?? "",
    html: parsed.content,
    lang: parsed.lang || document.documentElement.lang || "",
    dir: parsed.dir ?? "",
    url: location.href,
  };
}

async function openReader() {
  if (optedOut()) {
    tell("This site has turned baca off for its pages.");
    return "opted-out";
  }
  const site = await neverRunHere();
  if (site) {
    tell(`baca is set never to run on ${site}. You can change that in baca's options.`);
    return "never-run";
  }
  const embedded = useEmbedded();
  if (embedded) return embedded;
  const article = extract();
  if (!article) {
    tell("baca found no article on this page. Open a single article (not a front page or a list) and press the baca button again.");
    return "no-article";
  }
  const token = newToken();
  const stored = await api.runtime.sendMessage({ type: "baca:put", token, article });
  if (!stored?.ok) throw new Error(`baca could not pass the article to its reader: ${stored?.error}`);

  removeNotice();
  // Closed: the page cannot read the frame's address (and its token) from the shadow root.
  const [host, shadow] = ownHost({ inset: "0", width: "100vw", height: "100vh" }, "closed");
  const iframe = document.createElementNS("http://www.w3.org/1999/xhtml", "iframe");
  iframe.src = `${api.runtime.getURL("reader.html")}#${token}`;
  iframe.title = "baca reader";
  // Copy and the on-device translator work in a cross-origin frame only when delegated.
  iframe.setAttribute("allow", "clipboard-write; translator");
  style(iframe, { border: "0", width: "100%", height: "100%", display: "block", background: "transparent", "color-scheme": "normal" });
  shadow.append(iframe);
  const extensionOrigin = api.runtime.getURL("").replace(/\/$/, "");
  const onMessage = (event) => {
    if (event.source === iframe.contentWindow && event.origin === extensionOrigin && event.data?.baca === "close" && event.data.token === token && open?.token === token) {
      // Asked from inside the frame (Esc, Close): hide it now and remove it after the key or
      // click that asked has finished there.
      closeReader({ later: true });
    }
  };
  window.addEventListener("message", onMessage);
  iframe.addEventListener("load", () => iframe.focus(), { once: true });
  open = { host, iframe, token, previousFocus: document.activeElement, onMessage };
  document.documentElement.append(host);
  return "opened";
}

function closeReader({ later = false } = {}) {
  if (!open) return;
  const { host, token, previousFocus, onMessage } = open;
  open = null;
  window.removeEventListener("message", onMessage);
  if (later) {
    style(host, { display: "none" });
    setTimeout(() => host.remove(), 250);
  } else {
    host.remove();
  }
  api.runtime.sendMessage({ type: "baca:drop", token }).catch(() => {});
  if (typeof previousFocus?.focus === "function" && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
}

function toggle() {
  if (pending) return pending;
  if (open) {
    closeReader();
    return Promise.resolve("closed");
  }
  removeNotice();
  pending = openReader().finally(() => (pending = null));
  return pending;
}

// The first injection's state serves every later one (a page element with id "bacaContent" is
// not ours; an instance left by an updated extension has lost its runtime).
if (typeof globalThis.bacaContent?.toggle !== "function" || !globalThis.bacaContent.live?.()) {
  globalThis.bacaContent = { toggle, live: () => Boolean(api.runtime?.id) };
}
