// Word lists of the languages the wasm does not bundle live beside it as `data/<code>.txt`, and
// every language's names pack (its entity model, places and name lists) as
// `data/names-<code>.bin`; the reader asks for them through mount's `languageData` and
// `namesData` options when a page is in that language. Shared by the embed, the demo and the
// extension.

// The languages whose data files ship beside the wasm (src/text/lang/mod.rs, `bundled`; a unit
// test there checks this list).
export const BESIDE = ["ar", "de", "el", "es", "fr", "it", "nl", "pt", "ru"];

// The languages with a names pack (src/text/ner/data/packs.tsv; a unit test checks this list).
export const PACKS = ["de", "en", "es", "fr", "id", "it", "nl", "pt"];

/** The primary subtag of a language tag, lower case ("id" for "id-ID"). */
export function primary(tag) {
  return String(tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
}

/**
 * A `namesData` function reading `names-<code>.bin` under `base` (as a `Uint8Array`), each pack
 * fetched once; `null` for a language without one.
 */
export function namesData(base) {
  const packs = new Map();
  const load = (code) => {
    if (!PACKS.includes(code)) return Promise.resolve(null);
    if (!packs.has(code)) {
      const bytes = fetchBytes(new URL(`names-${code}.bin`, base));
      bytes.catch(() => packs.delete(code));
      packs.set(code, bytes);
    }
    return packs.get(code);
  };
  /** Starts fetching, while the wasm compiles, the pack of a declared language. */
  load.prefetch = (tag) => {
    const code = primary(tag);
    if (PACKS.includes(code)) load(code).catch(() => {});
  };
  return load;
}

/** A `languageData` function reading `<code>.txt` under `base`, each file fetched once. */
export function languageData(base) {
  const files = new Map();
  const load = (code) => {
    if (!files.has(code)) {
      // A failed fetch is not kept: the next reader on the page tries again.
      const text = fetchText(new URL(`${code}.txt`, base));
      text.catch(() => files.delete(code));
      files.set(code, text);
    }
    return files.get(code);
  };
  /**
   * Starts fetching, while the wasm compiles, the file of a declared language, or for a page
   * that declares none the detection profile (`detect.txt`) the reader detects it with.
   */
  load.prefetch = (tag) => {
    const code = primary(tag);
    if (!code) load("detect").catch(() => {});
    else if (BESIDE.includes(code)) load(code).catch(() => {});
  };
  return load;
}

// A stalled server must not keep the reader from appearing: after this long it reads with
// language-neutral rules.
const TIMEOUT_MS = 8000;

async function fetchText(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

async function fetchBytes(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}
