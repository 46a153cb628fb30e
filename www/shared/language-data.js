// Word lists of the languages the wasm does not bundle live beside it as `data/<code>.txt`; the
// reader asks for one through mount's `languageData` option when a page is in that language.
// Shared by the embed, the demo and the extension.

// The languages whose data files ship beside the wasm (src/text/lang/mod.rs, `bundled`; a unit
// test there checks this list).
export const BESIDE = ["ar", "de", "el", "es", "fr", "it", "nl", "pt", "ru"];

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
    const code = String(tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
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
