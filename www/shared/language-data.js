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
    if (!files.has(code)) files.set(code, fetchText(new URL(`${code}.txt`, base)));
    return files.get(code);
  };
  /** Starts fetching the file of a declared language while the wasm compiles. */
  load.prefetch = (tag) => {
    const code = String(tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
    if (BESIDE.includes(code)) load(code).catch(() => {});
  };
  return load;
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}
