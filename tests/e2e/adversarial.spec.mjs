// Text nobody planned for, in the browser: a page whose article holds a 100,000-letter token, a
// base64 blob, runs of Title Case, chains of initials and a minified script. The reader must show
// every sentence, never freeze the tab, and give up on names (with a notice) rather than work on.
import { test, expect } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot, watchPage } from "./helpers.mjs";

/** A deterministic generator, so that every run reads the same page. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const WORDS = ["Polisi", "Tangkap", "Pencuri", "Motor", "di", "Pasar", "Baru", "Presiden", "Rusia", "Kim", "Jong", "Un", "Bank", "Indonesia"];

/** The adversarial paragraphs, each about `size` characters. */
function adversarial(size) {
  const r = rng(7);
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("");
  const token = many(100_000, () => "abcdefghijklmnopqrstuvwxyz"[r(26)]);
  const base64 = many(size, (i) => (i % 77 === 76 ? "\n" : B64[r(64)]));
  const title = many(size / 7, () => `${WORDS[r(WORDS.length)]} `);
  const initials = many(size / 3, () => `${B64[r(26)]}. `);
  const script = many(size / 12, () => ["function(a,b){", "return a.b", "}", ";var e=", '"Kim Jong Un"', "window.Baca", "||"][r(7)]);
  return [`Kata ${token} selesai.`, base64, title, initials, script];
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The demo page with its article's paragraphs replaced by `paragraphs` after the first. */
function demoWith(paragraphs) {
  const html = readFileSync(resolve(repoRoot, "dist/index.html"), "utf8");
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n");
  return html.replace(/(<\/figure>\s*)(<p>[\s\S]*?)(?=<footer class="article-footer">)/, `$1${body}\n`);
}

const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

test("an adversarial article: every sentence, the tab never frozen, no errors @speed", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  const paragraphs = adversarial(60_000);
  await page.route("**/adversarial.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: demoWith(paragraphs) }),
  );
  await page.addInitScript(OBSERVE);
  await page.goto("/adversarial.html");
  await page.waitForFunction(
    () => document.querySelector('[data-baca="reader"]')?.getAttribute("aria-busy") === "false",
    null,
    { polling: 250, timeout: 100_000 },
  );
  const result = await page.evaluate(() => ({
    tasks: window.__longTasks,
    start: performance.getEntriesByName("baca:start")[0]?.startTime ?? 0,
    sentences: document.querySelectorAll('[data-baca="sentence"]').length,
    text: [...document.querySelectorAll('[data-baca="sentence"]')].map((s) => s.textContent).join(" "),
    count: document.querySelector('[data-baca="count"]')?.textContent,
    done: performance.now() - (performance.getEntriesByName("baca:start")[0]?.startTime ?? 0),
  }));
  // Nothing lost: the huge token and the last words of every paragraph are in the reader.
  expect(result.text).toContain(paragraphs[0].slice(5, 100));
  for (const p of paragraphs) expect(result.text).toContain(p.trim().split(/\s+/).pop());
  const ours = result.tasks.filter((t) => t.start >= result.start);
  const longest = Math.max(0, ...ours.map((t) => t.duration));
  const size = paragraphs.reduce((n, p) => n + p.length, 0);
  const line = [
    `Adversarial article (${(size / 1000).toFixed(0)} KB: a 100,000-letter token, base64, Title Case, initials, a minified script) in headless Chromium:`,
    `  sentences ${result.sentences}, toolbar "${result.count}"; script start → reader done ${result.done.toFixed(0)} ms`,
    `  longest main-thread task after baca starts (goal ≤ 50 ms): ${longest ? `${longest.toFixed(0)} ms` : "none over 50 ms"}` +
      ` (${ours.length} over 50 ms)`,
  ].join("\n");
  mkdirSync(resolve(repoRoot, "target/reports"), { recursive: true });
  writeFileSync(resolve(repoRoot, "target/reports/reader-adversarial.txt"), line + "\n");
  console.log(line);
  expect(watch.problems).toEqual([]);
  // The goal is 50 ms; this bound catches a freeze (the 100,000-letter token once held the tab
  // for 6.6 s) without failing on a busy machine's noise.
  expect(longest).toBeLessThan(500);
});

test("names that would take too long are given up: the sentences stay, with a notice", async ({ page }) => {
  const watch = watchPage(page);
  // namesTimeLimit 0: any article read in more than one slice gives up on its names.
  const long = Array.from({ length: 400 }, (_, i) => `Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vladivostok pada hari ke-${i}.`);
  const html = demoWith(long).replace(/<script type="module" src="demo\/demo\.js"><\/script>/, "");
  const host = html.replace(
    "</body>",
    `<script type="module">
      import init, { mount } from "/pkg/baca.js";
      import { namesData } from "/demo/language-data.js";
      await init();
      mount(document.querySelector("#baca-reader"), { article: "#article", lang: "id", namesTimeLimit: 0, namesData: namesData(new URL("/pkg/data/", location.href)) });
    </script></body>`,
  );
  await page.route("**/ceiling.html", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: host }));
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/ceiling.html");
  await expect(page.locator('[data-baca="names-notice"]')).toBeVisible();
  await page.waitForFunction(() => document.querySelector('[data-baca="reader"]')?.getAttribute("aria-busy") === "false");
  await expect(page.locator('[data-baca="count"]')).toContainText("names not marked");
  expect(await page.locator('[data-baca="sentence"]').count()).toBeGreaterThan(400);
  expect(await page.locator('[data-baca="entity"]').count()).toBe(0);
  expect(warnings.join("\n")).toContain("namesTimeLimit");
  expect(watch.problems).toEqual([]);
});

test("the embed on a 1 MB article with promos: the page rules leave the tab responsive @speed", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  const r = rng(11);
  const words = ["harga", "beras", "naik", "di", "pasar", "Jakarta", "kata", "pedagang", "pemerintah", "operasi"];
  const paragraphs = [];
  for (let size = 0; size < 1_000_000; ) {
    const text = Array.from({ length: 60 }, () => words[r(words.length)]).join(" ") + ".";
    paragraphs.push(r(20) === 0 ? `<p>Baca juga: <a href="#">${text.slice(0, 40)}</a></p>` : `<p>${text}</p>`);
    size += text.length;
  }
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><script type="module" src="/embed/baca.js"></script></head>
<body><article id="story">${paragraphs.join("\n")}</article><baca-reader for="#story"></baca-reader></body></html>`;
  await page.route("**/long-embed.html", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.addInitScript(OBSERVE);
  await page.goto("/long-embed.html");
  await page.waitForFunction(
    () => document.querySelector("baca-reader")?.shadowRoot?.querySelector('[data-baca="reader"]')?.getAttribute("aria-busy") === "false",
    null,
    { polling: 250, timeout: 100_000 },
  );
  const { tasks, parsed, promos } = await page.evaluate(() => ({
    tasks: window.__longTasks,
    parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    promos: [...document.querySelector("baca-reader").shadowRoot.querySelectorAll('[data-baca="sentence"]')].filter((s) => s.textContent.includes("Baca juga")).length,
  }));
  // The page's own parsing is the page's: the tasks after it are baca's.
  const longest = Math.max(0, ...tasks.filter((t) => t.start >= parsed).map((t) => t.duration));
  const line = `The embed on a 1 MB article with promos (headless Chromium): longest main-thread task after the page is parsed (goal ≤ 50 ms): ${longest ? `${longest.toFixed(0)} ms` : "none over 50 ms"}`;
  writeFileSync(resolve(repoRoot, "target/reports/embed-long-article.txt"), line + "\n");
  console.log(line);
  expect(promos).toBe(0);
  expect(watch.problems).toEqual([]);
  expect(longest).toBeLessThan(500);
});
