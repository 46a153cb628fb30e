// The browser extension (dist/extension/chromium) in Debian's Chromium, loaded unpacked with
// launchPersistentContext + --load-extension. The toolbar button is pressed the way a user
// presses it: CDP's Extensions.triggerAction (which, like a click, grants activeTab); later
// toggles on the same page go through the service worker's documented `bacaToggle(tabId)`.
import { test, expect } from "@playwright/test";
import { createServer } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { repoRoot } from "./helpers.mjs";
import { extensionTest as it } from "./extension-fixture.mjs";

const NEWS = resolve(repoRoot, "tests/e2e/data/news");

// ---- the local "web": news-like pages, served with real headers ----

/** The demo article's text as a news page with navigation, ads, related links and comments. */
function indonesianPage() {
  const lines = readFileSync(resolve(repoRoot, "www/demo/article.txt"), "utf8").split("\n");
  const line = (n) => lines[n - 1].trim();
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = [];
  for (let n = 16; n <= 45; n++) {
    const text = line(n);
    if (!text || n === 26 || n === 27) continue; // 26–27: a photo's caption and credit
    body.push(n === 29 ? `<h2>${esc(text)}</h2>` : `<p>${esc(text)}</p>`);
  }
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(line(6))} | Kabar Dunia</title></head>
<body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/langganan">Langganan hanya sepuluh ribu rupiah</a></li></ul></nav>
<div class="ad-slot" data-slot="billboard"><small>IKLAN</small><ins class="adsbygoogle" style="display:block;height:90px"></ins></div>
<main>
<article>
<h1>${esc(line(6))}</h1>
<p class="byline">Oleh Redaksi Kabar Dunia</p>
<p class="lead">${esc(line(10))}</p>
${body.join("\n")}
<p>${esc(line(47))}</p>
</article>
<section class="comments"><h2>Komentar pembaca</h2>
<article class="comment"><p><b>budi88</b>: Mantap sekali beritanya, ditunggu kelanjutannya ya min!</p></article>
<article class="comment"><p><b>siti_w</b>: Semoga saja tidak terjadi perang lagi di mana pun.</p></article>
</section>
</main>
<aside><h2>Baca juga</h2><ul><li><a href="/x">Harga cabai rawit melonjak menjelang akhir pekan</a></li><li><a href="/y">Lima tips liburan hemat bersama keluarga</a></li></ul>
<div class="iklan">SPONSOR: Kredit motor tanpa uang muka, cicilan ringan setiap bulan.</div></aside>
<footer><p>© Kabar Dunia · <a href="/kontak">Kontak redaksi</a></p></footer>
</body></html>`;
}

const FRONT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Times</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>The Harbour Times</h1>
<ul><li><a href="/a">Spain approves its largest offshore wind farm</a></li><li><a href="/b">Prices fall again</a></li>
<li><a href="/c">Ten beaches to visit</a></li></ul></body></html>`;

/** A German news page written for this test: German abbreviations and ordinals in its text. */
const GERMAN = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Regeln für Schulen | Stadtbote</title></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<main><article><h1>Neue Regeln für die Schulen der Stadt</h1>
<p>Die Landesregierung plant u. a. neue Regeln für die Schulen der Stadt. Laut Prof. Schmidt von der Universität ist das ein sinnvoller Schritt, der lange erwartet wurde.</p>
<p>Das erste Treffen der Schulleitungen ist am 3. Oktober im Rathaus. Dort sollen die Pläne vorgestellt und mit den Eltern besprochen werden, bevor der Landtag darüber abstimmt.</p>
<p>Das Programm kostet ca. 5 Mio. Euro im Jahr, z. B. für neue Lehrkräfte und für die Sanierung alter Gebäude. Die Opposition hält die Summe für zu gering und fordert mehr Geld.</p>
<p>Viele Eltern begrüßen die Pläne. Sie hoffen, dass die Klassen kleiner werden und der Unterricht seltener ausfällt als in den vergangenen Jahren.</p>
<p>Danach reist die Delegation nach Frankreich.</p>
</article></main><footer>Impressum · Datenschutz</footer></body></html>`;

const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

function pages() {
  const en = readFileSync(join(NEWS, "en.html"), "utf8");
  const id = indonesianPage();
  return {
    "/news/en.html": [en],
    "/news/en-csp.html": [en, { "Content-Security-Policy": "script-src 'self'" }],
    "/news/id.html": [id],
    "/news/id-csp.html": [id, { "Content-Security-Policy": "script-src 'self'" }],
    "/news/optout.html": [en.replace("<head>", '<head>\n<meta name="baca" content="off">')],
    "/news/front.html": [FRONT],
    "/news/de.html": [GERMAN],
    "/news/embed.html": [
      en.replace("</article>", '</article>\n<baca-reader for="article" mode="overlay"></baca-reader>\n<script type="module" src="/embed/baca.js"></script>'),
    ],
  };
}

let server;
let origin;

test.beforeAll(async () => {
  const routes = pages();
  server = createServer((req, res) => {
    const path = new URL(req.url, "http://127.0.0.1").pathname;
    const page = routes[path];
    if (page) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...(page[1] ?? {}) });
      return res.end(page[0]);
    }
    const embed = /^\/embed\/(baca\.js|baca_bg\.wasm|data\/[\w-]+\.(?:txt|bin))$/.exec(path);
    if (embed) {
      res.writeHead(200, { "Content-Type": TYPES[extname(embed[1])] ?? "application/octet-stream" });
      return res.end(readFileSync(resolve(repoRoot, "dist/embed", embed[1])));
    }
    if (path === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(() => new Promise((ok) => server.close(ok)));

// ---- what the extension is ----

test("the manifests ask for activeTab, scripting and storage only, and Firefox's has its id", () => {
  for (const browser of ["chromium", "firefox"]) {
    const manifest = JSON.parse(readFileSync(resolve(repoRoot, `dist/extension/${browser}/manifest.json`), "utf8"));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(["activeTab", "scripting", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    // Only the reader page may be framed by a site; its scripts and the wasm load from it.
    expect(manifest.web_accessible_resources).toEqual([expect.objectContaining({ resources: ["reader.html"] })]);
    expect(manifest.commands["toggle-reader"].suggested_key.default).toBe("Alt+Shift+R");
    expect(manifest.content_security_policy.extension_pages).toContain("'wasm-unsafe-eval'");
    if (browser === "firefox") expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    else expect(manifest.background.service_worker).toBe("background.js");
  }
  const zips = readdirSync(resolve(repoRoot, "dist/extension")).filter((f) => f.endsWith(".zip"));
  expect(zips.sort()).toEqual([expect.stringMatching(/^baca-chromium-/), expect.stringMatching(/^baca-firefox-/)]);
});

// ---- reading news pages ----

const NEWS_CASES = [
  {
    name: "Indonesian",
    path: "/news/id.html",
    headline: "Kim ke Rusia, Didampingi Delegasi Pejabat Industri Senjata",
    body: ["Kim Jong Un telah tiba di Rusia", "tegas Peskov"],
    furniture: ["IKLAN", "SPONSOR", "Beranda", "Komentar", "Mantap sekali", "Harga cabai", "Kontak redaksi", "Langganan"],
  },
  {
    name: "English",
    path: "/news/en.html",
    headline: "Spain approves its largest offshore wind farm, off the coast of Galicia",
    body: ["approved the construction of a floating wind farm", "Work on the first platforms is due to begin"],
    furniture: ["ADVERTISEMENT", "SPONSORED", "Subscribe", "Comments", "Finally some good news", "Related stories", "Ten beaches", "Privacy"],
  },
];

for (const csp of [false, true]) {
  for (const c of NEWS_CASES) {
    const path = csp ? c.path.replace(".html", "-csp.html") : c.path;
    it(`${c.name} news page${csp ? " with CSP script-src 'self'" : ""}: the article's sentences with marks and cards, no page furniture`, async ({ ext }, testInfo) => {
      const { page, press, reader, problems } = ext;
      await page.goto(origin + path);
      if (csp) {
        // The page's own world may not run wasm: this is the case a content script cannot serve.
        const wasm = await page.evaluate(() =>
          WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "runs", () => "blocked"),
        );
        expect(wasm).toBe("blocked");
      }
      await press();
      const frame = await reader();
      const text = (await frame.locator('[data-baca="reader"]').innerText());
      for (const phrase of c.body) expect(text).toContain(phrase);
      // The headline comes first, once.
      await expect(frame.locator('[data-baca="sentence"]').first()).toHaveText(c.headline);
      expect(text.split(c.headline).length - 1).toBe(1);
      for (const phrase of c.furniture) expect(text).not.toContain(phrase);
      expect(await frame.locator('[data-baca="sentence"]').count()).toBeGreaterThan(8);
      // The frame may use the on-device translator and the clipboard (delegated by the page).
      const policy = await frame.evaluate(() =>
        ["translator", "clipboard-write"].map((f) => !document.featurePolicy.features().includes(f) || document.featurePolicy.allowsFeature(f)),
      );
      expect(policy).toEqual([true, true]);

      // Marks: names carry translate="no", and a mark opens its card.
      const marks = frame.locator('[data-baca="entity"]');
      expect(await marks.count()).toBeGreaterThan(4);
      await expect(marks.first()).toHaveAttribute("translate", "no");
      await marks.first().click();
      const card = frame.locator('[data-baca="card"]');
      await expect(card).toBeVisible();
      await expect(card).toContainText((await marks.first().innerText()).trim().split(/\s+/)[0]);
      await page.screenshot({ path: testInfo.outputPath("extension-reader.png") });
      // Esc closes the card, a second Esc the reader.
      await page.keyboard.press("Escape");
      await expect(card).toHaveCount(0);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("[data-baca-extension]").count()).toBe(0);
      expect(problems).toEqual([]);
    });
  }
}

it("a German page is read with German rules, loaded from the extension's own data files", async ({ ext }) => {
  const { page, press, reader, requests, problems } = ext;
  await page.goto(`${origin}/news/de.html`);
  await press();
  const frame = await reader();
  const sentences = await frame.locator('[data-baca="sentence"]').allInnerTexts();
  // "Prof.", "3." and "Mio." do not end sentences under German rules.
  expect(sentences).toContain("Laut Prof. Schmidt von der Universität ist das ein sinnvoller Schritt, der lange erwartet wurde.");
  expect(sentences).toContain("Das erste Treffen der Schulleitungen ist am 3. Oktober im Rathaus.");
  expect(sentences.some((s) => s.startsWith("Das Programm kostet ca. 5 Mio. Euro im Jahr, z. B. für"))).toBe(true);
  // German's names pack brings the German country names the wasm does not carry.
  await expect(frame.locator('[data-baca="entity"][data-type="place"]', { hasText: "Frankreich" })).toHaveCount(1);
  expect(requests.filter((u) => u.includes("/data/")).sort()).toEqual([
    expect.stringMatching(/^chrome-extension:\/\/[a-z]+\/data\/de\.txt$/),
    expect.stringMatching(/^chrome-extension:\/\/[a-z]+\/data\/names-de\.bin$/),
  ]);
  expect(problems).toEqual([]);
});

it("toggling twice restores the page and its focus", async ({ ext }) => {
  const { page, press, toggle, reader } = ext;
  await page.goto(`${origin}/news/en.html`);
  await page.locator('a[href="/climate"]').first().focus();
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await press();
  await reader();
  expect(await page.locator("[data-baca-extension]").count()).toBe(1);
  expect(await toggle()).toBe("closed");
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/climate");
  // And again: the button works on the same page any number of times. Two presses at once
  // never make two readers: the second joins the opening (both "opened") or, arriving after it,
  // closes the reader.
  const both = await Promise.all([toggle(), toggle()]);
  expect([["opened", "opened"], ["opened", "closed"]]).toContainEqual(both);
  if (both[1] === "opened") {
    await reader();
    expect(await page.locator("[data-baca-extension]").count()).toBe(1);
    expect(await toggle()).toBe("closed");
  }
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  // A page element named like baca's content-script state does not confuse it.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div id="bacaContent"></div>'));
  const withElement = await page.evaluate(() => document.documentElement.outerHTML);
  expect(await toggle()).toBe("opened");
  expect(await toggle()).toBe("closed");
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(withElement);
});

it("the reader keeps the focus and the wheel to itself, Esc closes a panel before the reader, and its frame takes the reader's theme", async ({ ext }) => {
  const { page, press, reader } = ext;
  await page.goto(`${origin}/news/en.html`);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await press();
  const frame = await reader();
  const focused = () => frame.evaluate(() => document.activeElement?.getAttribute("data-baca-ext") ?? document.activeElement?.getAttribute("data-baca") ?? document.activeElement?.tagName);
  // Shift+Tab from the first control (Close) goes to the last, Tab from the last to Close: the
  // focus never reaches the page behind.
  await frame.locator('[data-baca-ext="close"]').focus();
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).not.toBe("close");
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-baca-extension"))).toBe(true);
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("close");
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-baca-extension"))).toBe(true);
  }
  // The wheel over the dimmed page beside the reader scrolls nothing behind it.
  await page.mouse.move(20, 400);
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Esc closes an open panel, and the reader stays; a second Esc closes the reader.
  await frame.locator('[data-baca="toggle-glossary"]').click();
  await expect(frame.locator('[data-baca="glossary-panel"]')).toBeVisible();
  // The theme chosen in the settings colours the frame's bar too.
  await frame.locator('[data-baca="toggle-settings"]').click();
  await frame.locator('select[name="theme"]').selectOption("dark");
  await expect.poll(() => frame.locator(".panel").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(22, 24, 27)");
  await frame.locator('select[name="theme"]').selectOption("light");
  await expect.poll(() => frame.locator(".panel").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 253, 248)");
  await frame.locator('[data-baca="toggle-settings"]').focus();
  await page.keyboard.press("Escape");
  await expect(frame.locator('[data-baca="settings-panel"]')).toHaveCount(0);
  expect(await page.locator("[data-baca-extension]").count()).toBe(1);
  // Also with the focus on the frame's own scroller (a press on text outside the reader's
  // controls), Esc closes the panel first and gives its button the focus.
  await frame.locator('[data-baca="toggle-glossary"]').click();
  await frame.locator("#reader").focus();
  await page.keyboard.press("Escape");
  await expect(frame.locator('[data-baca="glossary-panel"]')).toHaveCount(0);
  expect(await focused()).toBe("toggle-glossary");
  expect(await page.locator("[data-baca-extension]").count()).toBe(1);
  await page.keyboard.press("Escape");
  await expect.poll(() => page.locator("[data-baca-extension]").count()).toBe(0);
});

it("a glossary saved in the options page is used by the reader on the next page, and a bad import changes nothing", async ({ ext }) => {
  const { context, page, press, reader, id } = ext;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator("html[data-ready]").waitFor();
  const glossary = [{ source: "Kremlin", target: "the Kremlin", type: "organisation", description: "Seat of the Russian presidency in Moscow" }];
  await options.locator('[data-baca-options="import"]').setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(glossary)) });
  await expect(options.locator('[data-baca-options="glossary-message"]')).toContainText("Imported 1 entry");
  await expect(options.locator('[data-baca-options="glossary"] tbody tr')).toHaveCount(1);
  await expect(options.locator('[data-baca-options="glossary"] tbody')).toContainText("Seat of the Russian presidency");

  // A TSV with a broken second line: the error names the line; the saved glossary is as it was.
  await options.locator('[data-baca-options="import"]').setInputFiles({ name: "broken.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from("Putin\tPutin\nno tab on this line\n") });
  await expect(options.locator('[data-baca-options="glossary-message"]')).toContainText("line 2");
  await expect(options.locator('[data-baca-options="glossary-message"]')).toContainText("Nothing was changed");
  await expect(options.locator('[data-baca-options="glossary"] tbody tr')).toHaveCount(1);

  // The default translation language.
  await options.locator("#target-lang").fill("de");
  await options.locator("#target-lang").press("Enter");
  await expect(options.locator('[data-baca-options="lang-message"]')).toContainText("de");
  await options.close();

  await page.goto(`${origin}/news/id.html`);
  await press();
  const frame = await reader();
  const mark = frame.locator('[data-baca="entity"]', { hasText: "Kremlin" }).first();
  await mark.click();
  const card = frame.locator('[data-baca="card"]');
  await expect(card).toContainText("Seat of the Russian presidency in Moscow");
  await expect(card).toContainText("from your glossary");
  await page.keyboard.press("Escape");
  await frame.locator('[data-baca="toggle-settings"]').click();
  await expect(frame.locator('[name="target-lang"]')).toHaveValue("de");
});

it("entries added in the reader show in the options page, at once in an open one; deleting one there removes it", async ({ ext }) => {
  const { context, page, press, reader, id } = ext;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator("html[data-ready]").waitFor();
  const rows = options.locator('[data-baca-options="glossary"] tbody tr');
  await expect(rows).toHaveCount(0);
  await page.bringToFront();
  await page.goto(`${origin}/news/en.html`);
  await press();
  const frame = await reader();
  // Once the names are all found: a mark painted while they are being found is replaced.
  await expect(frame.locator('[data-baca="count"]')).toContainText(/\d+ names?\b/);
  const mark = frame.locator('[data-baca="entity"]').first();
  const name = (await mark.innerText()).trim();
  await mark.click();
  const card = frame.locator('[data-baca="card"]');
  await card.getByRole("button", { name: /add to my glossary|edit/i }).first().click();
  await card.locator('[name="target"]').fill("TARGET-TERM");
  await card.locator('form button[type="submit"], form button:has-text("Save")').first().click();
  // The open options page shows the new entry without a reload, and so does a fresh one.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("TARGET-TERM");
  await options.reload();
  await options.locator("html[data-ready]").waitFor();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name.split(/\s+/)[0]);
  await expect(rows.first()).toContainText("TARGET-TERM");
  await rows.first().getByRole("button", { name: /Delete/ }).click();
  await expect(rows).toHaveCount(0);
  expect(await options.evaluate(async () => (await chrome.storage.local.get("baca:glossary"))["baca:glossary"])).toBe("[]\n");
});

// ---- when baca does not open its own reader ----

it("a page that opts out, a site on the never-run list and a page with no article get a notice, not a reader", async ({ ext }) => {
  const { context, page, press, toggle, id } = ext;
  const notice = () => page.locator("[data-baca-extension]").getByRole("status");

  await page.goto(`${origin}/news/optout.html`);
  await press();
  await expect(notice()).toContainText("turned baca off");
  expect(await toggle()).toBe("opted-out");

  await page.goto(`${origin}/news/front.html`);
  await press();
  await expect(notice()).toContainText("found no article");
  expect(await toggle()).toBe("no-article");
  expect(page.frames().length).toBe(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator("html[data-ready]").waitFor();
  await options.locator("#site").fill("http://127.0.0.1/some/page");
  await options.getByRole("button", { name: "Add site" }).click();
  await expect(options.locator('[data-baca-options="sites"]')).toContainText("127.0.0.1");
  await options.close();
  await page.goto(`${origin}/news/en.html`);
  await press();
  await expect(notice()).toContainText("never to run on 127.0.0.1");
  expect(await toggle()).toBe("never-run");
  expect(page.frames().length).toBe(1);
});

it("a page that embeds baca gets its own reader opened, not a second one", async ({ ext }) => {
  const { page, press, toggle, problems } = ext;
  await page.goto(`${origin}/news/embed.html`);
  const button = page.locator("baca-reader .baca-open-button");
  await button.waitFor();
  await press();
  await expect(page.locator("baca-reader .baca-overlay")).toBeVisible();
  await expect(page.locator('baca-reader [data-baca="sentence"]').first()).toBeVisible();
  expect(await page.locator("[data-baca-extension]").count()).toBe(0);
  expect(await toggle()).toBe("closed");
  await expect(page.locator("baca-reader .baca-overlay")).toBeHidden();
  expect(problems).toEqual([]);
});

it("the extension makes no network request", async ({ ext }) => {
  const { context, page, press, toggle, reader, worker, requests, id } = ext;
  await page.goto(`${origin}/news/id.html`);
  await press();
  const frame = await reader();
  await frame.locator('[data-baca="entity"]').first().click();
  expect(await toggle()).toBe("closed");
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator("html[data-ready]").waitFor();
  const web = requests.filter((u) => !u.startsWith(`chrome-extension://${id}/`));
  // The only web request is the page the test opened (and the favicon the browser asks for).
  expect(web.filter((u) => !u.endsWith("/favicon.ico"))).toEqual([`${origin}/news/id.html`]);
  // Nothing from the worker, whose requests a page listener would not see.
  expect(await worker.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))).toEqual([]);
});
