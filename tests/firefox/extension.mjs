// The Firefox build of the extension (dist/extension/firefox) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (Playwright drives only its own patched Firefox). Installed
// as a temporary add-on, as `about:debugging` does. Firefox gives automation no way to press an
// extension's toolbar button, so the page side (content script, activeTab) is covered by the
// Chromium tests; this checks what is Firefox's own: the manifest loads, the background script
// relays an article, the reader page runs the wasm under the extension's CSP, the options page
// saves a glossary the reader then uses, all in chrome.storage.local.
//
//   node tests/firefox/extension.mjs   (a line per check, then cargo test's summary line; exit 1 on failure)
import puppeteer from "puppeteer-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const FIREFOX = process.env.BACA_FIREFOX ?? "/usr/bin/firefox-esr";
const ID = "reader@baca.example";
// A fixed internal UUID, so the test knows the extension's moz-extension:// origin.
const UUID = "5a1e7c1e-0000-4000-8000-00000000baca";

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAILED - ${name}: ${error?.message ?? error}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// Puppeteer over BiDi sees a moz-extension page load but not its navigation finish: poll it.
async function until(page, fn, arg) {
  let last;
  for (let i = 0; i < 100; i++) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${fn}${last ? ` (${last.message})` : ""}`);
}
const open = (page, url) => page.goto(url, { timeout: 3000 }).catch(() => {});

const work = mkdtempSync(join(tmpdir(), "baca-firefox-"));
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: FIREFOX,
  headless: true,
  extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [ID]: UUID }) },
});
const problems = [];
const watch = (page) => {
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message ?? e}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
};

try {
  await check("the Firefox build installs", async () => {
    assert((await browser.installExtension(resolve(root, "dist/extension/firefox"))) === ID, "unexpected add-on id");
  });

  const options = await browser.newPage();
  watch(options);
  await check("the options page starts the wasm and imports a TSV glossary", async () => {
    await open(options, `moz-extension://${UUID}/options.html`);
    await until(options, () => document.documentElement.hasAttribute("data-ready"));
    const file = join(work, "mine.tsv");
    writeFileSync(file, "Korut\tNorth Korea\tshort for Korea Utara\n");
    await (await options.$('[data-baca-options="import"]')).uploadFile(file);
    await until(options, () => document.querySelector('[data-baca-options="glossary"] tbody')?.textContent.includes("North Korea"));
  });

  await check("a bad glossary file names its line and changes nothing", async () => {
    const file = join(work, "broken.tsv");
    writeFileSync(file, "Putin\tPutin\nno tab here\n");
    await (await options.$('[data-baca-options="import"]')).uploadFile(file);
    const message = await until(options, () => document.querySelector('[data-baca-options="glossary-message"]')?.textContent.includes("line 2") && document.querySelector('[data-baca-options="glossary-message"]').textContent);
    assert(message.includes("Nothing was changed"), message);
    const rows = await options.evaluate(() => document.querySelectorAll('[data-baca-options="glossary"] tbody tr').length);
    assert(rows === 1, `${rows} rows`);
  });

  const token = "12345678-1234-4234-8234-123456789abc";
  await check("the background script keeps an article for its reader", async () => {
    const reply = await options.evaluate(
      (token) =>
        browser.runtime.sendMessage({
          type: "baca:put",
          token,
          article: {
            title: "Kim ke Rusia",
            html: "<p>Pemimpin Korea Utara (Korut) Kim Jong Un tiba di Rusia pada hari Selasa. Korut menolak berkomentar.</p><p>&lt;img src=x onerror=alert(1)&gt; tetap teks.</p>",
            lang: "id",
            url: "https://example.org/berita",
            siteName: "Contoh",
          },
        }),
      token,
    );
    assert(reply?.ok === true, JSON.stringify(reply));
  });

  const reader = await browser.newPage();
  watch(reader);
  await check("the reader page shows the article's sentences with marks, as text", async () => {
    await open(reader, `moz-extension://${UUID}/reader.html#${token}`);
    await until(reader, () => document.querySelectorAll('[data-baca="sentence"]').length > 0);
    const seen = await reader.evaluate(() => ({
      sentences: [...document.querySelectorAll('[data-baca="sentence"]')].map((s) => s.textContent),
      marks: [...document.querySelectorAll('[data-baca="entity"]')].map((m) => m.textContent),
      images: document.querySelectorAll("img").length,
    }));
    assert(seen.sentences[0] === "Kim ke Rusia", JSON.stringify(seen.sentences));
    assert(seen.sentences.includes("Korut menolak berkomentar."), JSON.stringify(seen.sentences));
    assert(seen.marks.includes("Kim Jong Un") && seen.marks.includes("Korut"), JSON.stringify(seen.marks));
    assert(seen.sentences.some((s) => s.includes("<img src=x")) && seen.images === 0, "markup in the text must stay text");
  });

  await check("a card shows the options page's glossary entry", async () => {
    await reader.evaluate(() => [...document.querySelectorAll('[data-baca="entity"]')].find((m) => m.textContent === "Korut").click());
    const card = await until(reader, () => document.querySelector('[data-baca="card"]')?.textContent);
    assert(card.includes("short for Korea Utara") && card.includes("from your glossary"), card);
  });

  await check("no console errors, no request outside the extension", async () => {
    assert(problems.length === 0, problems.join("; "));
    // Each page's own record of what it fetched (Firefox lists web requests there, not the
    // extension's own files).
    for (const page of [options, reader]) {
      const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      const outside = loaded.filter((u) => !u.startsWith(`moz-extension://${UUID}/`));
      assert(outside.length === 0, `requests outside the extension: ${outside.join(", ")}`);
    }
  });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
const version = (await import("node:child_process")).execFileSync(FIREFOX, ["--version"]).toString().trim();
// The summary in cargo test's words, which scripts/test.sh counts.
console.log(`${version}\ntest result: ${failed ? "FAILED" : "ok"}. ${passed} passed; ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
