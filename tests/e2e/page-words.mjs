// What the real-page specs share: expected.html's blocks, a text's words, and the promo labels
// no article sentence holds; the pages' reports.

import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Lead-ins and labels of promos and ads that no article sentence holds, in the languages of
 * the pages (general patterns, not any page's text). */
export const PROMOS = [
  /\bbaca juga\b/i,
  /\blihat juga\b/i,
  /\bsimak (juga )?video\b/i,
  /\[gambas:/i,
  /\bjangan lewatkan\b/i,
  /\bread more\b/i,
  /\brelated coverage\b/i,
  /^advertisement$/im,
  /\bscroll to resume\b/i,
  /\bsur le même sujet\b/i,
  /\bartículos relacionados\b/i,
];

/** The text of expected.html's blocks, in order, with the kind of each. */
export function expectedBlocks(html) {
  const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...html.matchAll(/<(h1|h2|p|figcaption)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    kind: m[1],
    cls: /class="([^"]*)"/.exec(m[2])?.[1] ?? "",
    text: decode(m[3].replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim(),
  }));
}

/** A text's words: split at white space, punctuation trimmed from both ends, lower case. */
export function words(text) {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter(Boolean);
}

/** How many words of `a` are in `b`, as multisets. */
export function common(a, b) {
  const counts = new Map();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of a) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
}


/**
 * Leaves one page's figures in `dir` as `<slug>.json`, written whole or not at all: workers run
 * pages in parallel, and whichever ends reads every page's file (`pageReports`).
 */
export function writePageReport(dir, slug, data) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 1));
  renameSync(`${file}.tmp`, file);
}

/** The pages' figures left in `dir` so far, `[slug, figures]` by slug. */
export function pageReports(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), "utf8"))]);
}
