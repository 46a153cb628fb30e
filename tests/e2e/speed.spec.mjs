// Speed of the reader as a browser sees it. Figures are reported (target/reports/reader-speed.txt,
// printed by `make test`), not asserted: timings depend on the machine.
import { test, expect } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "./helpers.mjs";

const reports = resolve(repoRoot, "target/reports");
const figures = {};

function report() {
  mkdirSync(reports, { recursive: true });
  const lines = [
    "Reader speed (headless Chromium, this machine):",
    ...Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`),
  ];
  writeFileSync(resolve(reports, "reader-speed.txt"), lines.join("\n") + "\n");
}

// Observes long tasks from the start and marks the first paint after the first sentence appears.
const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-baca="sentence"]')) {
      observer.disconnect();
      performance.mark("baca:dom");
      // The frame with the sentence is painted when a task queued from its animation frame runs.
      requestAnimationFrame(() => setTimeout(() => performance.mark("baca:painted"), 0));
    }
  }).observe(document, { childList: true, subtree: true });
};

test.describe.configure({ mode: "serial" });

test("seed article: time from script start to the reader's first paint @speed", async ({ page }) => {
  await page.addInitScript(OBSERVE);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    await page.goto("/");
    await page.waitForFunction(() => performance.getEntriesByName("baca:painted").length > 0);
    runs.push(
      await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const [start, painted] = [at("baca:start"), at("baca:painted")];
        // Phases: the wasm compiled (demo.js marks it), mount returned (snapshot and analysis),
        // the first sentence in the DOM (Yew's first render), painted.
        const phases = [at("baca:compiled") - start, at("baca:mounted") - at("baca:compiled"), at("baca:dom") - at("baca:mounted"), painted - at("baca:dom")];
        return { fromScript: painted - start, fromNavigation: painted, phases };
      }),
    );
  }
  // The first load compiles the wasm from scratch; later ones may reuse the browser's code cache.
  const [compile, mount, render, paint] = runs[0].phases.map((p) => p.toFixed(0));
  figures["seed article, script start → reader painted, first load"] =
    `${runs[0].fromScript.toFixed(0)} ms (wasm compiled ${compile}, then a yield, the page read and analysed ${mount}, first render ${render}, style, layout and paint ${paint})`;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fromScript = median(runs.map((r) => r.fromScript));
  figures["seed article, script start → reader painted (median of 5, goal ≤ 100 ms)"] = `${fromScript.toFixed(0)} ms`;
  figures["seed article, navigation → reader painted (median of 5)"] = `${median(runs.map((r) => r.fromNavigation)).toFixed(0)} ms`;
  report();
  expect(fromScript).toBeGreaterThan(0);
});

/** The demo page with its article body repeated (with numbered subheadings) to about `bytes`. */
function longPage(bytes) {
  const html = readFileSync(resolve(repoRoot, "dist/index.html"), "utf8");
  const body = html.match(/<h2>Apa saja[\s\S]*?(?=<footer class="article-footer">)/)[0];
  const paragraphs = [...html.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]).join("\n") + "\n" + body;
  const parts = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const part = `<h2>Bagian ${n}</h2>\n${paragraphs}\n`;
    parts.push(part);
    size += part.replace(/<[^>]+>/g, "").length;
  }
  return { html: html.replace(/(<\/figure>\s*)(<p>[\s\S]*?)(?=<footer class="article-footer">)/, `$1${parts.join("")}`), size };
}

test("a 1 MB article: the main thread is never blocked for long @speed", async ({ page }) => {
  test.setTimeout(120_000);
  const { html, size } = longPage(1_000_000);
  await page.route("**/long.html", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.addInitScript(OBSERVE);
  await page.goto("/long.html");
  // A plain querySelector: Playwright's own locators walk the whole (large) DOM in script on
  // every poll, which would show up as long tasks of the test's making.
  await page.waitForFunction(
    () => document.querySelector('[data-baca="reader"]')?.getAttribute("aria-busy") === "false",
    null,
    { polling: 250, timeout: 100_000 },
  );
  const result = await page.evaluate(() => ({
    tasks: window.__longTasks,
    sentences: document.querySelectorAll('[data-baca="sentence"]').length,
    painted: performance.getEntriesByName("baca:painted")[0]?.startTime - performance.getEntriesByName("baca:start")[0]?.startTime,
    done: performance.now() - performance.getEntriesByName("baca:start")[0]?.startTime,
    start: performance.getEntriesByName("baca:start")[0]?.startTime,
  }));
  // Tasks that start before baca's script are the browser parsing the 1 MB page itself.
  const ours = result.tasks.filter((t) => t.start >= result.start);
  const longest = Math.max(0, ...ours.map((t) => t.duration));
  const parsing = Math.max(0, ...result.tasks.filter((t) => t.start < result.start).map((t) => t.duration));
  figures[`${(size / 1e6).toFixed(2)} MB article: sentences rendered`] = String(result.sentences);
  figures["1 MB article: script start → first sentences painted"] = `${result.painted.toFixed(0)} ms`;
  figures["1 MB article: script start → every sentence rendered"] = `${result.done.toFixed(0)} ms`;
  figures["1 MB article: longest main-thread task after baca starts (goal ≤ 50 ms)"] = longest
    ? `${longest.toFixed(0)} ms`
    : "none over 50 ms";
  figures["1 MB article: longest task before (the browser parsing the page's HTML)"] = `${parsing.toFixed(0)} ms`;
  figures["1 MB article: tasks over 50 ms (start after script start: duration)"] = `${result.tasks.length}: ${result.tasks
    .map((t) => `${(t.start - result.start).toFixed(0)}: ${t.duration.toFixed(0)}`)
    .join(", ")} ms`;
  report();
  expect(result.sentences).toBeGreaterThan(5000);
});
