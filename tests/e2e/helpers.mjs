// Shared helpers for the end-to-end specs.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
export const sharedDir = resolve(repoRoot, "../shared");

/** Debian's Chromium (Playwright never downloads a browser here) and the flags every test uses:
 * no GPU, and none of the browser's own background traffic. */
export const CHROMIUM = process.env.BACA_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Parsed JSON from ../shared/data/…, or null (with the standard skip message) when absent. */
export function sharedJson(relative) {
  const path = resolve(sharedDir, "data", relative);
  if (!existsSync(path)) {
    console.log(`skipped: ../shared absent (${relative})`);
    return null;
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * Watches a page for what must never happen: console errors, uncaught exceptions, and requests
 * to anything but the local server. Call `assertClean()` at the end of a test.
 */
export function watchPage(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on("request", (req) => {
    const url = new URL(req.url());
    const local = url.hostname === "127.0.0.1" && (url.protocol === "http:" || url.protocol === "https:");
    if (!local && url.protocol !== "data:" && url.protocol !== "blob:") {
      problems.push(`request left 127.0.0.1: ${req.url()}`);
    }
  });
  return { problems };
}

/** The reader's sentences as `{ index, text }`, in DOM order. */
export async function readerSentences(page) {
  return page.$$eval('[data-baca="sentence"]', (els) =>
    els.map((el) => ({ index: Number(el.dataset.index), text: el.textContent })),
  );
}
