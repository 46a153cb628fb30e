// baca's options page: the default translation language, the user's glossary (import, export,
// list, delete) and the sites baca never runs on, all in chrome.storage.local. A glossary file is
// checked by baca's own parser (the wasm core) before anything is saved, so a bad import names
// the line and the problem and changes nothing.
import init, { convertGlossary } from "../../dist/pkg/baca.js";

const api = globalThis.browser ?? globalThis.chrome;
const GLOSSARY = "baca:glossary"; // the reader's key for the user's glossary
const $ = (name) => document.querySelector(`[data-baca-options="${name}"]`);
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SITE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function say(name, text, kind = "ok") {
  const p = $(name);
  p.textContent = text;
  p.dataset.kind = kind;
}

/** The saved glossary's entries (baca's JSON), [] when there is none. */
async function entries() {
  const { [GLOSSARY]: glossary } = await api.storage.local.get(GLOSSARY);
  return parseEntries(glossary);
}

function parseEntries(glossary) {
  if (typeof glossary !== "string") return [];
  try {
    const list = JSON.parse(glossary);
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

// What the lists show now, so that a change this page made and then announced is drawn once
// (a second drawing would take the focus off the row the user is on).
let shownGlossary = {};
let shownSites = {};

/** Saves entries after baca's parser accepted them; returns the saved JSON. */
async function saveEntries(list) {
  const json = convertGlossary(JSON.stringify(list), "json");
  await api.storage.local.set({ [GLOSSARY]: json });
  return json;
}

async function showGlossary() {
  const { [GLOSSARY]: glossary } = await api.storage.local.get(GLOSSARY);
  if (glossary === shownGlossary) return;
  shownGlossary = glossary;
  const list = parseEntries(glossary);
  const body = $("glossary").tBodies[0];
  body.replaceChildren();
  for (const entry of list) {
    const row = body.insertRow();
    for (const key of ["source", "target", "type", "description"]) {
      row.insertCell().textContent = typeof entry[key] === "string" ? entry[key] : "";
    }
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Delete";
    button.setAttribute("aria-label", `Delete “${entry.source}”`);
    button.dataset.bacaOptions = "delete";
    button.addEventListener("click", async () => {
      await saveEntries((await entries()).filter((e) => e.source !== entry.source));
      say("glossary-message", `Deleted “${entry.source}”.`);
      await showGlossary();
      (body.querySelector("button") ?? $("import")).focus();
    });
    row.insertCell().append(button);
  }
  $("glossary-empty").hidden = list.length > 0;
}

async function importFile(file) {
  let imported;
  try {
    imported = JSON.parse(convertGlossary(await file.text(), "json"));
  } catch (error) {
    say("glossary-message", `${file.name}: ${String(error?.message ?? error).replace(/^baca: /, "")}. Nothing was changed.`, "error");
    return;
  }
  // Imported entries replace saved ones with the same term (case-insensitive); others stay.
  const key = (e) => e.source.toLocaleLowerCase();
  const incoming = new Set(imported.map(key));
  const merged = [...(await entries()).filter((e) => !incoming.has(key(e))), ...imported];
  await saveEntries(merged);
  say("glossary-message", `Imported ${imported.length} ${imported.length === 1 ? "entry" : "entries"} from ${file.name}.`);
  await showGlossary();
}

async function download(format) {
  const list = await entries();
  const text = convertGlossary(JSON.stringify(list), format);
  const type = format === "json" ? "application/json" : "text/tab-separated-values";
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `baca-glossary.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function showSites() {
  const { neverRun = [] } = await api.storage.local.get("neverRun");
  const key = JSON.stringify(neverRun);
  if (key === shownSites) return;
  shownSites = key;
  const list = $("sites");
  list.replaceChildren();
  for (const site of neverRun) {
    const item = document.createElement("li");
    item.textContent = site;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Remove";
    button.setAttribute("aria-label", `Remove ${site}`);
    button.addEventListener("click", async () => {
      const { neverRun: now = [] } = await api.storage.local.get("neverRun");
      await api.storage.local.set({ neverRun: now.filter((s) => s !== site) });
      say("sites-message", `baca may run on ${site} again.`);
      await showSites();
      document.querySelector("#site").focus();
    });
    item.append(button);
    list.append(item);
  }
}

/** "https://www.Example.com/news/1" → "www.example.com"; null when it is not a host name. */
function siteOf(text) {
  let host = text.trim().toLowerCase();
  if (!host) return null;
  try {
    if (host.includes("/")) host = new URL(host.includes("://") ? host : `https://${host}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, "");
  return SITE.test(host) ? host : null;
}

async function start() {
  await init({ module_or_path: new URL("baca_bg.wasm", import.meta.url) });
  const { targetLang = "" } = await api.storage.local.get("targetLang");
  const lang = document.querySelector("#target-lang");
  lang.value = targetLang;
  lang.addEventListener("change", async () => {
    const value = lang.value.trim();
    if (value && !LANG.test(value)) {
      say("lang-message", `“${value}” is not a language tag (try en, id or pt-BR). Nothing was changed.`, "error");
      return;
    }
    await api.storage.local.set({ targetLang: value });
    say("lang-message", value ? `New readers start translating into ${value}.` : "New readers use the language you last chose in the reader.");
  });

  $("import").addEventListener("change", async (event) => {
    const [file] = event.target.files;
    event.target.value = "";
    if (file) await importFile(file);
  });
  $("export-json").addEventListener("click", () => download("json"));
  $("export-tsv").addEventListener("click", () => download("tsv"));

  $("site-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = document.querySelector("#site");
    const site = siteOf(input.value);
    if (!site) {
      say("sites-message", `“${input.value.trim()}” is not a site name such as example.com.`, "error");
      return;
    }
    const { neverRun = [] } = await api.storage.local.get("neverRun");
    if (!neverRun.includes(site)) await api.storage.local.set({ neverRun: [...neverRun, site].sort() });
    input.value = "";
    say("sites-message", `baca will not run on ${site}.`);
    await showSites();
  });

  // What a reader (or another options tab) saves meanwhile shows here at once.
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    if (GLOSSARY in changes) showGlossary();
    if ("neverRun" in changes) showSites();
    if ("targetLang" in changes && document.activeElement !== lang) lang.value = changes.targetLang.newValue ?? "";
  });
  await Promise.all([showGlossary(), showSites()]);
  document.documentElement.dataset.ready = "";
}

start().catch((error) => {
  document.body.prepend(Object.assign(document.createElement("p"), {
    textContent: `baca's options could not start: ${error?.message ?? error}`,
  }));
});
