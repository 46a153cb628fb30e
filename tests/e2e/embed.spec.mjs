// The embed (dist/embed): one script tag on a publisher's page. Host pages are made up per test
// and served through page.route on the test server's origin; the embed's files come from dist.
import { test, expect } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readerSentences, repoRoot, watchPage } from "./helpers.mjs";

const ARTICLE = `<article id="story" lang="id">
  <h1>Kim ke Rusia, Didampingi Delegasi Pejabat Industri Senjata</h1>
  <p>Pemimpin Korea Utara (Korut) Kim Jong Un telah tiba di Rusia pada hari Selasa (12/09), kata militer Korea Selatan.
  Diperkirakan, Kim akan mengadakan pertemuan dengan Presiden Rusia Vladimir Putin itu.</p>
  <p>Juru bicara Kremlin Dmitry Peskov mengatakan bahwa ada kemungkinan jika Putin dan Kim akan bertemu.</p>
</article>`;

/** A host page: `head` and `body` HTML, the embed loaded from `src`. */
function hostPage({ head = "", body = "", src = "/embed/baca.js" } = {}) {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>host</title>${head}
<script type="module" src="${src}"></script></head><body>${body}</body></html>`;
}

/** Serves `html` at `path` on the test origin, with extra response headers. */
async function serve(page, path, html, headers = {}) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers, body: html }),
  );
}

/** Collects the baca events the page sees. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__bacaEvents = [];
    for (const type of ["baca:ready", "baca:error", "baca:entity-open"]) {
      document.addEventListener(type, (e) => window.__bacaEvents.push({ type, detail: e.detail }));
    }
  });
}
const events = (page) => page.evaluate(() => window.__bacaEvents);
const waitForEvent = (page, type, n = 1) =>
  page.waitForFunction(([t, n]) => window.__bacaEvents.filter((e) => e.type === t).length >= n, [type, n]);

test("one script tag and <baca-reader>: the reader in a shadow root, events, no globals but Baca", async ({ page }) => {
  const watch = watchPage(page);
  await recordEvents(page);
  await page.addInitScript(() => {
    window.__globalsBefore = Object.getOwnPropertyNames(window);
  });
  await serve(page, "/host/clean.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story"></baca-reader>` }));
  await page.goto("/host/clean.html");
  await waitForEvent(page, "baca:ready");
  const ready = (await events(page)).find((e) => e.type === "baca:ready");
  expect(ready.detail.sentences).toBe(4);
  const inShadow = await page.evaluate(() => {
    const host = document.querySelector("baca-reader");
    return {
      shadow: host.shadowRoot?.mode,
      sentences: host.shadowRoot.querySelectorAll('[data-baca="sentence"]').length,
      lightChildren: host.childNodes.length,
      documentSentences: document.querySelectorAll('[data-baca="sentence"]').length,
      newGlobals: Object.getOwnPropertyNames(window).filter((k) => !window.__globalsBefore.includes(k) && !k.startsWith("__")),
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
    };
  });
  expect(inShadow).toEqual({ shadow: "open", sentences: 4, lightChildren: 0, documentSentences: 0, newGlobals: ["Baca"], styleSheets: 0, adopted: 0 });
  await page.locator('[data-baca="entity"]', { hasText: "Peskov" }).first().click();
  await waitForEvent(page, "baca:entity-open");
  const opened = (await events(page)).find((e) => e.type === "baca:entity-open").detail;
  expect(opened).toMatchObject({ name: expect.stringContaining("Peskov"), type: "person" });
  await expect(page.locator(`[data-baca="entity"][data-entity="${opened.id}"]`).first()).toBeVisible();
  for (const mark of await page.locator('[data-baca="entity"]').all()) {
    await expect(mark).toHaveAttribute("translate", "no");
  }
  expect(watch.problems).toEqual([]);
});

test("the example page: the seed article with the embed", async ({ page }, testInfo) => {
  const watch = watchPage(page);
  await recordEvents(page);
  await page.goto("/examples/embed.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="sentence"]').first()).toHaveText(/Kim ke Rusia/);
  expect((await events(page)).find((e) => e.type === "baca:ready").detail.sentences).toBeGreaterThan(15);
  const path = testInfo.outputPath("embed-example-1280.png");
  await page.screenshot({ path });
  await testInfo.attach("embed-example-1280", { path, contentType: "image/png" });
  expect(watch.problems).toEqual([]);
});

const HOSTILE = `<style>
  * { all: unset !important; }
  span { display: none !important; }
  body { font-size: 40px; }
  html { font-size: 30px; }
  mark, button, textarea { color: red !important; background: lime !important; }
</style>`;

/** Layout boxes of the reader's parts relative to its host, and a screenshot of the host. */
async function readerLayout(page) {
  // Measured once every block is rendered: `baca:ready` comes before the last render on a
  // loaded machine.
  await page.locator('baca-reader [data-baca="reader"][aria-busy="false"]').waitFor();
  const host = page.locator("baca-reader");
  const boxes = await host.evaluate((el) => {
    const origin = el.getBoundingClientRect();
    return [...el.shadowRoot.querySelectorAll("[data-baca], .baca-row, .baca-num, button")].map((n) => {
      const r = n.getBoundingClientRect();
      const style = getComputedStyle(n);
      return [n.dataset.baca ?? n.className, Math.round(r.x - origin.x), Math.round(r.y - origin.y), Math.round(r.width), Math.round(r.height), style.color, style.fontSize];
    });
  });
  return { boxes, shot: await page.locator('[data-baca="reader"]').screenshot() };
}

test("hostile page CSS does not reach the reader: same layout and pixels as on a clean page", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 900, height: 1200 });
  const body = `${ARTICLE}<baca-reader for="#story"></baca-reader>`;
  await recordEvents(page);
  await serve(page, "/host/clean.html", hostPage({ head: "<style>body { margin: 0 }</style>", body }));
  await serve(page, "/host/hostile.html", hostPage({ head: HOSTILE, body }));
  await page.goto("/host/clean.html");
  await waitForEvent(page, "baca:ready");
  const clean = await readerLayout(page);
  await page.goto("/host/hostile.html");
  await waitForEvent(page, "baca:ready");
  const hostile = await readerLayout(page);
  for (const [name, shot] of [["clean", clean.shot], ["hostile", hostile.shot]]) {
    const path = testInfo.outputPath(`embed-${name}.png`);
    writeFileSync(path, shot);
    await testInfo.attach(`embed-${name}`, { path, contentType: "image/png" });
  }
  expect(hostile.boxes.length).toBeGreaterThan(10);
  // Same parts, same places (within a pixel of rounding), same colours and sizes.
  expect(hostile.boxes.length).toBe(clean.boxes.length);
  for (const [i, box] of hostile.boxes.entries()) {
    const other = clean.boxes[i];
    expect([box[0], box[5], box[6]]).toEqual([other[0], other[5], other[6]]);
    for (let k = 1; k <= 4; k++) expect(Math.abs(box[k] - other[k]), `${box[0]} ${k}`).toBeLessThanOrEqual(1);
  }
  // And the same pixels, but for anti-aliasing at a sub-pixel offset.
  const differing = await page.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((ok) => { const img = new Image(); img.onload = () => ok(img); img.src = src; });
    const [x, y] = await Promise.all([load(a), load(b)]);
    // A fractional position can round the clip one pixel differently.
    if (Math.abs(x.width - y.width) > 1 || Math.abs(x.height - y.height) > 1) return 1;
    const [w, h] = [Math.min(x.width, y.width), Math.min(x.height, y.height)];
    const pixels = (img) => {
      const c = document.createElement("canvas");
      c.width = w; c.height = h;
      const g = c.getContext("2d"); g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, w, h).data;
    };
    const [p, q] = [pixels(x), pixels(y)];
    // The best match over one-pixel shifts (the clip's rounding), inside a one-pixel margin.
    let best = 1;
    for (const dy of [-1, 0, 1]) {
      for (const dx of [-1, 0, 1]) {
        let n = 0;
        let all = 0;
        for (let r = 1; r < h - 1; r++) {
          for (let c = 1; c < w - 1; c++) {
            const i = (r * w + c) * 4;
            const j = ((r + dy) * w + (c + dx)) * 4;
            all++;
            if (Math.abs(p[i] - q[j]) + Math.abs(p[i + 1] - q[j + 1]) + Math.abs(p[i + 2] - q[j + 2]) > 96) n++;
          }
        }
        best = Math.min(best, n / all);
      }
    }
    return best;
  }, [`data:image/png;base64,${hostile.shot.toString("base64")}`, `data:image/png;base64,${clean.shot.toString("base64")}`]);
  expect(differing).toBeLessThan(0.01);
});

test("two instances work independently; destroy() removes everything baca added", async ({ page }) => {
  const watch = watchPage(page);
  await recordEvents(page);
  const second = ARTICLE.replace('id="story"', 'id="other" lang="en"').replace(/<h1>.*<\/h1>/, "<h1>Second story</h1>");
  await serve(page, "/host/two.html", hostPage({ body: `${ARTICLE}${second}<div id="a"></div><div id="b"></div>` }));
  await page.goto("/host/two.html");
  await page.waitForFunction(() => window.Baca);
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(async () => {
    window.r1 = await Baca.mount(document.getElementById("a"), { article: "#story" });
    window.r2 = await Baca.mount(document.getElementById("b"), { article: "#other", lang: "en" });
  });
  const counts = await page.evaluate(() =>
    ["a", "b"].map((id) => {
      const host = document.querySelector(`#${id} [data-baca-host]`);
      return [host.shadowRoot.querySelectorAll('[data-baca="sentence"]').length, host.shadowRoot.querySelector('[data-baca="reader"]').lang];
    }),
  );
  expect(counts).toEqual([[4, "id"], [4, "en"]]);
  // One reader's state does not leak into the other.
  await page.locator("#a").locator('[data-baca="toggle-settings"]').click();
  await expect(page.locator("#a").locator('[data-baca="settings-panel"]')).toBeVisible();
  await expect(page.locator("#b").locator('[data-baca="settings-panel"]')).toHaveCount(0);
  await page.evaluate(() => window.r1.destroy());
  await expect(page.locator("#a [data-baca-host]")).toHaveCount(0);
  await expect(page.locator("#b").locator('[data-baca="sentence"]').first()).toBeVisible();
  await page.evaluate(() => {
    window.r2.destroy();
    window.r2.destroy();
  });
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  expect(watch.problems).toEqual([]);
});

test("bad options are reported by name, in baca:error and the console, and the page is left as it was", async ({ page }) => {
  await recordEvents(page);
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await serve(page, "/host/options.html", hostPage({ body: `${ARTICLE}<div id="a"></div><baca-reader for="#story" mode="sideways"></baca-reader>` }));
  await page.goto("/host/options.html");
  await waitForEvent(page, "baca:error");
  const before = await page.evaluate(() => document.body.innerHTML);
  const results = await page.evaluate(async () => {
    const el = document.getElementById("a");
    const out = [];
    for (const options of [{ colour: "red" }, { lang: 42 }, { article: "#nope" }, { article: "##bad" }, { glossary: "/missing.tsv" }]) {
      try {
        await Baca.mount(el, options);
        out.push("mounted");
      } catch (e) {
        out.push(e.message);
      }
    }
    return out;
  });
  expect(results[0]).toContain('unknown option "colour"');
  expect(results[1]).toContain('option "lang" must be a string');
  expect(results[2]).toContain('no article element matches "#nope"');
  expect(results[3]).toContain("not a valid CSS selector");
  expect(results[4]).toMatch(/glossary .*missing\.tsv.*404/);
  const errors = (await events(page)).filter((e) => e.type === "baca:error").map((e) => e.detail.message);
  expect(errors[0]).toContain('option "mode" must be either "inline" or "overlay"');
  expect(errors.slice(1)).toEqual(results);
  for (const message of results) expect(consoleErrors.some((c) => c.includes(message))).toBe(true);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  expect(await page.evaluate(() => document.querySelector("baca-reader").shadowRoot)).toBeNull();
});

test("a page whose CSP blocks wasm: baca:error, the article intact, no uncaught exception", async ({ page }) => {
  const watch = watchPage(page);
  await recordEvents(page);
  const html = hostPage({ body: `${ARTICLE}<baca-reader for="#story"></baca-reader>` });
  await serve(page, "/host/csp.html", html, { "Content-Security-Policy": "script-src 'self'" });
  await page.goto("/host/csp.html");
  await waitForEvent(page, "baca:error");
  const error = (await events(page)).find((e) => e.type === "baca:error");
  expect(error.detail.message).toMatch(/baca could not start/);
  expect(await page.evaluate(() => document.querySelector("baca-reader").shadowRoot)).toBeNull();
  await expect(page.locator("#story h1")).toHaveText(/Kim ke Rusia/);
  expect(watch.problems.filter((p) => p.startsWith("uncaught"))).toEqual([]);
});

test("under a strict CSP that allows wasm but no inline styles, the reader is styled and its settings apply", async ({ page }) => {
  const watch = watchPage(page);
  await recordEvents(page);
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  await serve(page, "/host/strict.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story"></baca-reader>` }), { "Content-Security-Policy": csp });
  await page.goto("/host/strict.html");
  await waitForEvent(page, "baca:ready");
  const size = () => page.locator('[data-baca="sentence"][data-index="1"]').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await size();
  expect(before).toBeGreaterThan(15); // the reader's own stylesheet applies
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="font-size"]').selectOption("130");
  await expect.poll(size).toBeGreaterThan(before * 1.2);
  await page.locator('[data-baca="entity"]').nth(2).click();
  const [card, mark] = await Promise.all([
    page.locator('[data-baca="card"]').boundingBox(),
    page.locator('[data-baca="entity"]').nth(2).boundingBox(),
  ]);
  expect(Math.abs(card.y - (mark.y + mark.height + 6))).toBeLessThan(3); // placed under its mark
  expect(watch.problems).toEqual([]);
});

test("a wasm file that cannot be fetched: baca:error and the page as it was", async ({ page }) => {
  await recordEvents(page);
  await page.route("**/embed/baca_bg.wasm", (route) => route.fulfill({ status: 404, body: "not here" }));
  await serve(page, "/host/404.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story"></baca-reader>` }));
  await page.goto("/host/404.html");
  await waitForEvent(page, "baca:error");
  expect((await events(page)).find((e) => e.type === "baca:error").detail.message).toMatch(/baca could not start/);
  expect(await page.evaluate(() => document.querySelector("baca-reader").shadowRoot)).toBeNull();
  await expect(page.locator("#story p").first()).toBeVisible();
});

test("no requests beyond the embed's own files and the glossary the page names", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await page.route("**/host/glossary.tsv", (route) =>
    route.fulfill({ status: 200, contentType: "text/tab-separated-values", body: "Korut\tNorth Korea\tshort form\n" }),
  );
  await serve(page, "/host/net.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story" glossary="glossary.tsv"></baca-reader>` }));
  await page.goto("/host/net.html");
  await waitForEvent(page, "baca:ready");
  await page.locator('[data-baca="entity"]', { hasText: "Korut" }).first().click();
  await expect(page.locator('[data-baca="card"]')).toContainText("short form");
  expect([...new Set(requests)].filter((p) => p !== "/favicon.ico").sort()).toEqual([
    "/embed/baca.js",
    "/embed/baca_bg.wasm",
    "/embed/data/names-id.bin",
    "/host/glossary.tsv",
    "/host/net.html",
  ]);
});

// A German article written for these tests: five sentences under German rules ("Prof.", "3.
// Oktober", "Mio." do not end sentences); language-neutral rules would make eight.
const GERMAN = `<h1>Neue Gesetze für Schulen</h1>
  <p>Die Regierung plant u. a. neue Gesetze. Laut Prof. Schmidt ist das sinnvoll. Das Treffen ist am
  3. Oktober in Berlin. Es kostet ca. 5 Mio. Euro, z. B. für Schulen. Die Bahn fährt bzw. hält nicht.</p>`;

/** A German host page; `lang` on <html> or none (the reader then detects the language). */
const germanPage = (lang) => `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><meta charset="utf-8">
<title>Nachrichten</title><script type="module" src="/embed/baca.js"></script></head>
<body><article>${GERMAN}</article><baca-reader></baca-reader></body></html>`;

for (const [name, lang] of [["declares German", "de-DE"], ["declares no language", null]]) {
  test(`a page that ${name} gets German rules from data/de.txt and German names from data/names-de.bin beside the wasm${lang ? ", and only those files" : ", detected with data/detect.txt"}`, async ({ page }) => {
    const watch = watchPage(page);
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await recordEvents(page);
    await serve(page, "/host/de.html", germanPage(lang));
    await page.goto("/host/de.html");
    await waitForEvent(page, "baca:ready");
    // The names come with German's names pack.
    await expect(page.locator('[data-baca="entity"]', { hasText: "Berlin" })).toHaveCount(1);
    const sentences = await readerSentences(page);
    expect(sentences.map((s) => s.text)).toEqual([
      "Neue Gesetze für Schulen",
      "Die Regierung plant u. a. neue Gesetze.",
      "Laut Prof. Schmidt ist das sinnvoll.",
      "Das Treffen ist am 3. Oktober in Berlin.",
      "Es kostet ca. 5 Mio. Euro, z. B. für Schulen.",
      "Die Bahn fährt bzw. hält nicht.",
    ]);
    // The detection profile only where the page leaves the language to baca.
    expect([...new Set(requests)].filter((p) => p !== "/favicon.ico").sort()).toEqual([
      "/embed/baca.js",
      "/embed/baca_bg.wasm",
      "/embed/data/de.txt",
      ...(lang ? [] : ["/embed/data/detect.txt"]),
      "/embed/data/names-de.bin",
      "/host/de.html",
    ]);
    expect(watch.problems).toEqual([]);
  });
}

// An Indonesian article written for this test, under a page that declares English (as two of
// eight Indonesian news sites tried do).
const MISDECLARED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Berita</title>
<script type="module" src="/embed/baca.js"></script></head><body><article>
<h1>Banjir merendam tiga desa di pinggir sungai</h1>
<p>Banjir yang melanda kabupaten itu sejak Senin malam merendam tiga desa yang berada di pinggir
sungai. Menurut petugas, air mulai naik setelah hujan deras turun selama lebih dari enam jam dan
tanggul di hulu tidak mampu menahan debit air yang terus bertambah.</p>
<p>Warga yang rumahnya terendam sudah dievakuasi ke balai desa dan ke sekolah yang ada di dataran
yang lebih tinggi. Mereka mengatakan bahwa bantuan makanan dan selimut sudah datang, tetapi air
bersih masih sangat kurang. Petugas juga meminta warga untuk tetap waspada karena hujan
diperkirakan akan turun lagi pada malam ini.</p></article><baca-reader></baca-reader></body></html>`;

test("a page that declares English but whose text is clearly Indonesian is read as Indonesian, with a console note and no detection profile", async ({ page }) => {
  const watch = watchPage(page);
  const notes = [];
  page.on("console", (m) => notes.push(m.text()));
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await serve(page, "/host/misdeclared.html", MISDECLARED);
  await page.goto("/host/misdeclared.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="reader"]')).toHaveAttribute("lang", "id");
  expect(notes.some((n) => /declares the language "en" but its text is clearly "id"/.test(n))).toBe(true);
  // The declared language's pack was prefetched while the wasm compiled (before any text was
  // read: the price of a wrong declaration); the names come from Indonesian's.
  expect([...new Set(requests)].filter((p) => p !== "/favicon.ico").sort()).toEqual([
    "/embed/baca.js",
    "/embed/baca_bg.wasm",
    "/embed/data/names-en.bin",
    "/embed/data/names-id.bin",
    "/host/misdeclared.html",
  ]);
  expect(watch.problems).toEqual([]);
});

test("without its word lists (a 404 or a wrong file) a German page is read with language-neutral rules and a warning", async ({ page }) => {
  const watch = watchPage(page);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await recordEvents(page);
  for (const [status, body] of [[404, "not found"], [200, "<!doctype html><title>Login</title>"]]) {
    warnings.length = 0;
    await page.unrouteAll();
    await page.route("**/embed/data/de.txt", (route) => route.fulfill({ status, body }));
    await serve(page, "/host/de.html", germanPage("de"));
    await page.goto("/host/de.html");
    await waitForEvent(page, "baca:ready");
    expect((await events(page)).filter((e) => e.type === "baca:error")).toEqual([]);
    // Headline + eight sentences: "Prof.", "3." and "Mio." end sentences without German rules.
    await expect(page.locator('[data-baca="sentence"]')).toHaveCount(9);
    expect(warnings.join("\n")).toContain("the word lists for 'de' could not be loaded");
    expect(warnings.join("\n")).toContain(status === 404 ? "HTTP 404" : "not baca's data for 'de'");
  }
  // Nothing uncaught; the only errors are the browser's report of the 404 itself.
  expect(watch.problems.filter((p) => !/404/.test(p))).toEqual([]);
});

test("a language with no names model says so in the glossary; one with a model does not", async ({ page }) => {
  await recordEvents(page);
  const article = (lang, text) =>
    hostPage({ body: `<baca-reader for="#a"></baca-reader><article id="a" lang="${lang}"><h1>${text[0]}</h1><p>${text[1]}</p></article>` });
  await serve(page, "/host/ru.html", article("ru", ["Переговоры в Стамбуле", "Президент Владимир Путин встретился с премьер-министром Малайзии. Переговоры прошли в Кремле."]));
  await page.goto("/host/ru.html");
  await waitForEvent(page, "baca:ready");
  await page.locator('[data-baca="toggle-glossary"]').click();
  await expect(page.locator('[data-baca="no-names-model"]')).toContainText("cannot find names in this language");
  // The count says so too: "0 names" alone reads as an article without any.
  await expect(page.locator('[data-baca="count"]')).toContainText("(no names model)");
  await serve(page, "/host/en.html", article("en", ["Talks in Istanbul", "President Vladimir Putin met Malaysia's prime minister in Moscow. The talks took place in the Kremlin."]));
  await page.goto("/host/en.html");
  await waitForEvent(page, "baca:ready");
  await page.locator('[data-baca="toggle-glossary"]').click();
  await expect(page.locator('[data-baca="glossary-panel"]')).toBeVisible();
  await expect(page.locator('[data-baca="no-names-model"]')).toHaveCount(0);
  await expect(page.locator('[data-baca="count"]')).not.toContainText("no names model");
});

test("names baca was unsure of are listed apart in the glossary, unmarked; Add marks one everywhere and keeps it", async ({ page }) => {
  await recordEvents(page);
  const body = `<baca-reader for="#a"></baca-reader><article id="a" lang="en"><h1>A quiet college</h1>
    <p>Fans of Teodor Valcher waited outside.</p>
    <p>The committee met near Brevik Hollow on Tuesday.</p></article>`;
  await serve(page, "/host/unsure.html", hostPage({ body }));
  await page.goto("/host/unsure.html");
  await waitForEvent(page, "baca:ready");
  const marks = page.locator('[data-baca="entity"]');
  await expect(page.locator('[data-baca="sentence"]')).toHaveCount(3);
  await expect(marks).toHaveCount(0);
  await page.locator('[data-baca="toggle-glossary"]').click();
  const listed = page.locator('[data-baca="candidates"]');
  await expect(listed).toContainText("Teodor Valcher");
  await expect(listed).toContainText("Brevik Hollow");
  // By keyboard: the name's button shows its sentence, "Add" is the next stop.
  await listed.getByRole("button", { name: "Teodor Valcher (perhaps a person): show it in the text" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-baca="sentence"][data-index="1"]')).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Tab");
  await expect(listed.getByRole("button", { name: "Add Teodor Valcher to my glossary as a person" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Said in the status line; the focus on the panel's title, not lost with the button.
  await expect(page.locator('[data-baca="message"]')).toContainText("Teodor Valcher is in your glossary now, as a person");
  await expect(page.locator('[data-baca="glossary-panel"] h2')).toBeFocused();
  // Marked as a person, no longer listed; the other still is.
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).toHaveText("Teodor Valcher");
  await expect(marks.first()).toHaveAttribute("data-type", "person");
  await expect(page.locator('[data-baca="candidates"]')).not.toContainText("Teodor Valcher");
  await expect(page.locator('[data-baca="candidates"]')).toContainText("Brevik Hollow");
  // Two names added one after the other, before the page is read again: both kept.
  await page.locator('[data-baca="candidates"]').getByRole("button", { name: /^Add Brevik Hollow/ }).click();
  await expect(marks).toHaveCount(2);
  await expect(page.locator('[data-baca="candidates"]')).toHaveCount(0);
  // Kept: the reader's glossary marks them again on the next visit.
  await page.reload();
  await waitForEvent(page, "baca:ready");
  await expect(marks).toHaveCount(2);
});

test("the embed's transfer, measured in Chromium from a server that sends the precompressed copies", async ({ page }) => {
  await recordEvents(page);
  await serve(page, "/host/transfer.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story"></baca-reader>` }));
  await page.goto("/host/transfer.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="entity"]').first()).toBeVisible();
  const entries = await page.evaluate(() =>
    performance.getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.startsWith("/embed/"))
      .map((e) => ({ path: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
  );
  expect(entries.map((e) => e.path).sort()).toEqual(["/embed/baca.js", "/embed/baca_bg.wasm", "/embed/data/names-id.bin"]);
  const size = (path) => readFileSync(resolve(repoRoot, `dist${path}`)).length;
  for (const e of entries) {
    // Chromium accepts Brotli: sent exactly the bytes of the shipped .br copy.
    expect(e.encoded).toBe(size(`${e.path}.br`));
    expect(e.decoded).toBe(size(e.path));
  }
  // A client that takes only gzip gets the .gz copy; one that takes neither, the file itself.
  for (const [accept, coding] of [["gzip", "gzip"], ["br;q=0, gzip", "gzip"], ["identity", undefined]]) {
    const response = await page.request.get("/embed/baca_bg.wasm", { headers: { "Accept-Encoding": accept } });
    expect(response.headers()["content-encoding"]).toBe(coding);
    expect((await response.body()).length).toBe(size("/embed/baca_bg.wasm"));
  }
  const first = entries.filter((e) => !e.path.includes("/data/"));
  const total = first.reduce((s, e) => s + e.encoded, 0);
  const pack = entries.find((e) => e.path.includes("/data/"));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const line = `embed transfer measured in Chromium (Indonesian page, precompressed .br served): first paint ${kb(total)} (${first
    .map((e) => `${e.path.slice(7)} ${kb(e.encoded)}`)
    .join(", ")}), then the names pack ${kb(pack.encoded)}; ${kb(total + pack.encoded)} in all`;
  mkdirSync(resolve(repoRoot, "target/reports"), { recursive: true });
  writeFileSync(resolve(repoRoot, "target/reports/embed-transfer.txt"), `${line}\n`);
  console.log(line);
});

test("the embed works from another path (/static/baca/) on a plain static server", async ({ page }) => {
  const watch = watchPage(page);
  await recordEvents(page);
  for (const file of ["baca.js", "baca_bg.wasm"]) {
    const body = readFileSync(resolve(repoRoot, "dist/embed", file));
    const contentType = file.endsWith(".wasm") ? "application/wasm" : "text/javascript";
    await page.route(`**/static/baca/${file}`, (route) => route.fulfill({ status: 200, contentType, body }));
  }
  const seed = readFileSync(resolve(repoRoot, "dist/index.html"), "utf8");
  const article = seed.match(/<article[\s\S]*<\/article>/)[0];
  await serve(page, "/news/2023/kim.html", hostPage({ src: "/static/baca/baca.js", body: `${article}<baca-reader></baca-reader>` }));
  await page.goto("/news/2023/kim.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="sentence"]')).toHaveCount(21);
  // The article's photos are not on this made-up server: their 404s are not the embed's.
  expect(watch.problems.filter((p) => !/HTTP 404|status of 404/.test(p))).toEqual([]);
});

test("overlay mode: a button opens the reader over the page and closes it", async ({ page }) => {
  await recordEvents(page);
  await serve(page, "/host/overlay.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story" mode="overlay"></baca-reader>` }));
  await page.goto("/host/overlay.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="sentence"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Read with baca" }).click();
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await expect(page.getByRole("dialog", { name: "baca reader" })).toBeVisible();
  // On a phone too, Close has a row of its own: the reader's toolbar below it keeps its width.
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const [bar, closeBox, dialog] = [
      await page.locator(".baca-bar").boundingBox(),
      await page.getByRole("button", { name: "Close", exact: true }).boundingBox(),
      await page.getByRole("dialog", { name: "baca reader" }).boundingBox(),
    ];
    expect(bar.y).toBeGreaterThanOrEqual(closeBox.y + closeBox.height);
    expect(bar.width).toBeGreaterThan(dialog.width - 40);
  }
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "baca reader" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Read with baca" })).toBeFocused();
});

test("overlay mode is a modal dialog: Tab stays inside it, Esc closes a card first, then the overlay", async ({ page }) => {
  await recordEvents(page);
  await serve(page, "/host/overlay-keys.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story" mode="overlay"></baca-reader>` }));
  await page.goto("/host/overlay-keys.html");
  await waitForEvent(page, "baca:ready");
  await page.getByRole("button", { name: "Read with baca" }).click();
  const dialog = page.getByRole("dialog", { name: "baca reader" });
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  const close = page.getByRole("button", { name: "Close", exact: true });
  await expect(close).toBeFocused();
  // Shift+Tab from the first control goes round to the last; Tab from there back to Close.
  await page.keyboard.press("Shift+Tab");
  const inside = () => page.evaluate(() => {
    const host = document.querySelector("baca-reader");
    const active = host.shadowRoot.activeElement;
    return document.activeElement === host && !!active?.closest(".baca-overlay-panel");
  });
  expect(await inside()).toBe(true);
  await page.keyboard.press("Tab");
  await expect(close).toBeFocused();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    expect(await inside()).toBe(true);
  }
  // A press on text that takes no focus keeps the keys in the dialog.
  await page.locator(".baca-credits").click();
  await page.keyboard.press("Shift+Tab");
  expect(await inside()).toBe(true);
  // Esc in a note closes the note, not the overlay.
  await page.locator('[data-baca="sentence"]').first().focus();
  await page.keyboard.press("n");
  await expect(page.locator('[data-baca="note"]').first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();
  // A card open: Esc closes it, and the overlay stays; Esc again closes the overlay.
  await page.locator('[data-baca="entity"]').first().click();
  await expect(page.locator('[data-baca="card"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-baca="card"]')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Read with baca" })).toBeFocused();
});

/** A page with its own keyboard shortcuts, as news sites have: keys on the document, but not
 * while the reader types in a field (as the page sees it), and "/" to its search box. */
const SHORTCUTS = `<input id="search" aria-label="Search the site">
<script>
  window.__pageKeys = [];
  document.addEventListener("keydown", (e) => {
    if (e.target.matches("input, textarea")) return;
    window.__pageKeys.push(e.key);
    if (e.key === "/") { e.preventDefault(); document.getElementById("search").focus(); }
  });
</script>`;
const pageKeys = (page) => page.evaluate(() => window.__pageKeys);

for (const mode of ["overlay", "inline"]) {
  test(`${mode === "overlay" ? "overlay mode" : "the reader in the page"}: what is typed in a note and the reader's own keys do not reach the page's shortcuts`, async ({ page }) => {
    await recordEvents(page);
    const attr = mode === "overlay" ? ' mode="overlay"' : "";
    await serve(page, `/host/keys-${mode}.html`, hostPage({ body: `${SHORTCUTS}${ARTICLE}<baca-reader for="#story"${attr}></baca-reader>` }));
    await page.goto(`/host/keys-${mode}.html`);
    await waitForEvent(page, "baca:ready");
    if (mode === "overlay") await page.getByRole("button", { name: "Read with baca" }).click();
    const first = page.locator('[data-baca="sentence"]').first();
    await expect(first).toBeVisible();
    await first.focus();
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await page.keyboard.press("n");
    const note = page.locator('[data-baca="note"]').first();
    await expect(note).toBeFocused();
    await page.keyboard.type("lihat w/ Jokowi");
    await expect(note).toHaveValue("lihat w/ Jokowi");
    expect(await pageKeys(page)).toEqual([]);
    await expect(page.locator("#search")).toHaveValue("");
    // A card open: Esc, heard by the reader, closes it.
    await page.locator('[data-baca="entity"]').first().click();
    await expect(page.locator('[data-baca="card"]')).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator('[data-baca="card"]')).toHaveCount(0);
    if (mode === "inline") {
      // The page's shortcuts still work on the page, and on a key the reader leaves alone.
      await first.focus();
      await page.keyboard.press("x");
      expect(await pageKeys(page)).toEqual(["x"]);
    } else {
      expect(await pageKeys(page)).toEqual([]);
    }
  });
}

test("the embed reads a copy of the article without its promos, ad labels, bylines and photo credits, and leaves the page as it was", async ({ page }) => {
  await recordEvents(page);
  const article = `<article id="story" lang="id">
  <p>Penulis: Budi Santoso</p>
  <p>JAKARTA - Harga beras naik lagi di pasar tradisional pekan ini.</p>
  <div>ADVERTISEMENT</div>
  <p>Baca juga: <a href="/a">Harga cabai turun</a></p>
  <figure><img alt=""><figcaption>Pedagang beras di pasar. Foto: Agensi Berita</figcaption></figure>
  <p>Pemerintah menyiapkan operasi pasar untuk menahan harga.</p>
  <ul data-baca-block="list-item"><li><a href="/s1">Sumber data Badan Pusat Statistik</a></li><li><a href="/s2">Sumber data Bulog</a></li></ul>
</article>`;
  // What the article loads and runs, the page's own: the copy loads and runs none of it again.
  const loads = {};
  await page.route("**/media/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    loads[path] = (loads[path] ?? 0) + 1;
    const css = path.endsWith(".css");
    route.fulfill({ status: 200, headers: { "Cache-Control": "no-store" }, contentType: css ? "text/css" : "image/svg+xml", body: css ? "p{}" : "<svg xmlns='http://www.w3.org/2000/svg'/>" });
  });
  const media = `<img src="/media/a.svg"><picture><source srcset="/media/b.svg"><img src="/media/c.svg"></picture>
  <video poster="/media/d.svg"></video><link rel="stylesheet" href="/media/e.css">
  <script>window.__ran = (window.__ran ?? 0) + 1;</script>`;
  await serve(page, "/host/copy.html", hostPage({ body: `${article.replace("</article>", `${media}</article>`)}<baca-reader for="#story"></baca-reader>` }));
  await page.goto("/host/copy.html");
  const before = await page.locator("#story").evaluate((e) => e.outerHTML);
  await waitForEvent(page, "baca:ready");
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__ran)).toBe(1);
  for (const path of ["/media/a.svg", "/media/b.svg", "/media/d.svg", "/media/e.css"]) expect(loads[path] ?? 0, path).toBeLessThanOrEqual(1);
  expect(loads["/media/a.svg"]).toBe(1);
  const text = (await page.locator('baca-reader [data-baca="sentence"]').allTextContents()).join("\n");
  expect(text).toContain("Harga beras naik lagi");
  expect(text).toContain("Pedagang beras di pasar.");
  expect(text).toContain("operasi pasar");
  for (const gone of ["Budi Santoso", "ADVERTISEMENT", "Baca juga", "Harga cabai", "Agensi Berita"]) expect(text).not.toContain(gone);
  // A list of links the page rules would take for a promo, kept where the publisher names it a block.
  expect(text).toContain("Sumber data Bulog");
  expect(await page.locator("#story").evaluate((e) => e.outerHTML)).toBe(before);
});

test("without an article option the embed reads the page's article with text, not a menu's <article> or an empty articleBody", async ({ page }) => {
  await recordEvents(page);
  const body = `<meta itemprop="articleBody" content="">
<nav><article class="menu-item"><a href="/x">Menu pertama</a></article></nav>
${ARTICLE}<baca-reader></baca-reader>`;
  await serve(page, "/host/default.html", hostPage({ body }));
  await page.goto("/host/default.html");
  await waitForEvent(page, "baca:ready");
  const text = (await page.locator('baca-reader [data-baca="sentence"]').allTextContents()).join("\n");
  expect(text).toContain("Kim Jong Un");
  expect(text).not.toContain("Menu pertama");
});

test("overlay mode fetches nothing but the loader before intent: the wasm and the language's files load when the pointer reaches the button, the reader opens on the press", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await serve(page, "/host/intent.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story" mode="overlay"></baca-reader>` }));
  await page.goto("/host/intent.html");
  await waitForEvent(page, "baca:ready");
  const button = page.getByRole("button", { name: "Read with baca" });
  await expect(button).toBeVisible();
  await page.waitForTimeout(500);
  const fetched = () => [...new Set(requests)].filter((p) => p !== "/favicon.ico").sort();
  expect(fetched()).toEqual(["/embed/baca.js", "/host/intent.html"]);
  await button.hover();
  await expect.poll(fetched).toEqual(["/embed/baca.js", "/embed/baca_bg.wasm", "/embed/data/names-id.bin", "/host/intent.html"]);
  await expect(page.locator('[data-baca="sentence"]')).toHaveCount(0);
  await button.click();
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await expect(page.locator('[data-baca="entity"]').first()).toBeVisible();
});

test("overlay mode by keyboard: the focus on the button starts the loading, Enter opens the reader", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await serve(page, "/host/intent-keys.html", hostPage({ body: `${ARTICLE}<baca-reader for="#story" mode="overlay"></baca-reader>` }));
  await page.goto("/host/intent-keys.html");
  await waitForEvent(page, "baca:ready");
  expect(requests.filter((p) => p.endsWith(".wasm"))).toEqual([]);
  await page.getByRole("button", { name: "Read with baca" }).focus();
  await expect.poll(() => requests.filter((p) => p.endsWith(".wasm")).length).toBe(1);
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Close", exact: true })).toBeFocused();
});

test("overlay mode with a bad option: nothing fetched before intent, then the option named in baca:error and the button gone", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await serve(page, "/host/intent-bad.html", hostPage({ body: `${ARTICLE}<div id="a"></div>` }));
  await page.goto("/host/intent-bad.html");
  await page.waitForFunction(() => window.Baca);
  await page.evaluate(() => Baca.mount(document.getElementById("a"), { mode: "overlay", colour: "red" }));
  const button = page.getByRole("button", { name: "Read with baca" });
  await expect(button).toBeVisible();
  expect(requests.filter((p) => p.endsWith(".wasm"))).toEqual([]);
  await button.hover();
  await button.click();
  await waitForEvent(page, "baca:error");
  const errors = (await events(page)).filter((e) => e.type === "baca:error").map((e) => e.detail.message);
  expect(errors[0]).toContain('unknown option "colour"');
  await expect(button).toHaveCount(0);
});

test("options that throw when read are a baca:error; an overlay's update() fetches nothing before intent", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await recordEvents(page);
  await serve(page, "/host/odd-options.html", hostPage({ body: `${ARTICLE}<div id="a"></div><div id="b"></div>` }));
  await page.goto("/host/odd-options.html");
  await page.waitForFunction(() => window.Baca);
  const message = await page.evaluate(async () => {
    const options = {};
    Object.defineProperty(options, "lang", { enumerable: true, get() { throw new Error("no lang today"); } });
    try {
      await Baca.mount(document.getElementById("a"), options);
      return "mounted";
    } catch (e) {
      return e.message;
    }
  });
  expect(message).toContain("no lang today");
  const errors = (await events(page)).filter((e) => e.type === "baca:error");
  expect(errors.length).toBe(1);
  await page.evaluate(async () => {
    window.r = await Baca.mount(document.getElementById("b"), { mode: "overlay" });
    await window.r.update({ lang: "en" });
  });
  await expect(page.getByRole("button", { name: "Read with baca" })).toHaveCount(1);
  expect(requests.filter((p) => p.endsWith(".wasm") || p.includes("/data/"))).toEqual([]);
});

test("the embed takes the core's options through the one schema: targetLang is accepted, the storage is read", async ({ page }) => {
  await recordEvents(page);
  await serve(page, "/host/core-options.html", hostPage({ body: `${ARTICLE}<div id="a"></div>` }));
  await page.goto("/host/core-options.html");
  await page.waitForFunction(() => window.Baca);
  const message = await page.evaluate(async () => {
    window.reads = [];
    const storage = { getItem: (k) => { window.reads.push(k); return null; }, setItem: () => {} };
    await Baca.mount(document.getElementById("a"), { article: "#story", targetLang: "de", storage });
    try {
      await Baca.mount(document.createElement("div"), { article: "#story", glossary: "/g.tsv", glossaryText: "a\tb" });
      return "mounted";
    } catch (e) {
      return e.message;
    }
  });
  expect(message).toContain('either option "glossary" (a URL) or "glossaryText"');
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.reads.length)).toBeGreaterThan(0);
});

test("update() applies new options", async ({ page }) => {
  await recordEvents(page);
  await serve(page, "/host/update.html", hostPage({ body: `${ARTICLE}<div id="a"></div>` }));
  await page.goto("/host/update.html");
  await page.waitForFunction(() => window.Baca);
  await page.evaluate(async () => {
    window.r = await Baca.mount(document.getElementById("a"), { article: "#story" });
  });
  await expect(page.locator('[data-baca="reader"]')).toHaveAttribute("lang", "id");
  await page.evaluate(() => window.r.update({ lang: "en" }));
  await expect(page.locator('[data-baca="reader"]')).toHaveAttribute("lang", "en");
  await expect(page.locator('[data-baca="reader"]')).toHaveCount(1);
});

const PAYLOADS = readFileSync(resolve(repoRoot, "tests/e2e/data/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.replaceAll("\\u0000", "\u0000"));

test(`hostile content renders as text and nothing executes (${PAYLOADS.length} payloads)`, async ({ page }) => {
  test.setTimeout(60_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const watch = watchPage(page);
  await recordEvents(page);
  const escape = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  // Each payload is a paragraph's text, and a glossary term (matched in the text) with a
  // payload as its translation and note.
  const paragraphs = PAYLOADS.map((p, i) => `<p>Berita ${i}: Tokoh${i} berkata ${escape(p)} di Jakarta.</p>`).join("\n");
  const glossary = JSON.stringify(PAYLOADS.map((p, i) => ({ source: `Tokoh${i}`, target: p, description: p })));
  await page.route("**/host/xss-glossary.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: glossary }));
  await serve(page, "/host/xss.html", hostPage({ body: `<article id="story" lang="id">${paragraphs}</article><baca-reader for="#story" glossary="xss-glossary.json"></baca-reader>` }));
  await page.goto("/host/xss.html");
  await waitForEvent(page, "baca:ready");
  await expect(page.locator('[data-baca="reader"]')).toHaveAttribute("aria-busy", "false");
  const texts = await page.locator('[data-baca="sentence"]').allTextContents();
  for (const [i, p] of PAYLOADS.entries()) {
    expect(texts.join("\n")).toContain(`Tokoh${i} berkata`);
  }
  // Open the cards whose terms carry payloads.
  for (const i of [0, 1, 5, 9, 11, 40, 70, PAYLOADS.length - 1]) {
    await page.locator('[data-baca="entity"]', { hasText: new RegExp(`^Tokoh${i}$`) }).first().click();
    await expect(page.locator('[data-baca="card"]')).toContainText(PAYLOADS[i].replace(/\s+/g, " ").trim().slice(0, 20));
    await page.keyboard.press("Escape");
  }
  await page.waitForTimeout(500);
  const injected = await page.evaluate(() => {
    const root = document.querySelector("baca-reader").shadowRoot;
    const bad = [];
    for (const el of root.querySelectorAll("*")) {
      if (["IMG", "SCRIPT", "SVG", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO", "STYLE", "LINK", "META", "BASE", "FORM", "DETAILS", "MARQUEE", "A"].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
      for (const a of el.attributes) if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) bad.push(`${el.tagName}[${a.name}]`);
    }
    return { bad, documentImages: document.images.length, scripts: document.scripts.length };
  });
  expect(injected).toEqual({ bad: [], documentImages: 0, scripts: 1 });
  expect(dialogs).toEqual([]);
  expect(watch.problems).toEqual([]);
});
