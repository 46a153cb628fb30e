// The demo page's own-text reader: a pasted, opened or dropped text (plain or HTML) is read in
// the same reader, in the chosen or detected language, without leaving the browser.
import { test, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { readerSentences, repoRoot, watchPage } from "./helpers.mjs";

const HEADLINE = "Harbour bridge plan wins council vote";
const SENTENCES = [
  "The city council of Rotterdam approved plans for a new harbour bridge on Tuesday evening.",
  "Mayor Ahmed Aboutaleb said the bridge would cut travel times for thousands of commuters.",
  "Construction is expected to begin next spring and to last three years.",
  "Critics warned that the project could cost far more than the city has set aside.",
];
// A headline line, then one paragraph whose sentences are broken over lines (a line break
// inside a paragraph is a space).
const TEXT = `${HEADLINE}\n\n${SENTENCES[0]} ${SENTENCES[1]}\n${SENTENCES[2]}\n${SENTENCES[3]}\n`;

const reader = (page) => page.locator('[data-baca="reader"]');
const box = (page) => page.locator('[data-baca="source-input"]');
const status = (page) => page.locator('[data-baca="source-status"]');

/** The demo with the seed read and the own-text box open. */
async function openBox(page) {
  await page.goto("/");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await page.locator('[data-baca="source-panel"] > summary').click();
  await expect(box(page)).toBeVisible();
}

/** Waits until the reader shows `headline` as its headline (the new reader is on the page). */
async function readerShows(page, headline) {
  await expect(reader(page).locator('.baca-headline [data-baca="sentence"]')).toHaveText(headline);
  await expect(status(page)).toContainText("The reader shows your text");
}

test("the seed article is read by default, with the own-text box closed", async ({ page }) => {
  const watch = watchPage(page);
  await page.goto("/");
  await expect(reader(page).locator(".baca-headline")).toHaveText(/Kim ke Rusia/);
  await expect(reader(page)).toHaveAttribute("lang", "id");
  await expect(page.locator("#article")).toBeVisible();
  await expect(page.locator('[data-baca="source-view"]')).toBeHidden();
  await expect(box(page)).toBeHidden();
  // The box has a visible label, and the language list starts with "Detect".
  await page.locator('[data-baca="source-panel"] > summary').click();
  await expect(page.getByLabel("Text or HTML of an article")).toBeVisible();
  const first = page.locator('[data-baca="source-lang"] option').first();
  await expect(first).toHaveText("Detect");
  await expect(first).toHaveAttribute("value", "");
  const codes = await page.locator('[data-baca="source-lang"] option').evaluateAll((os) => os.map((o) => o.value));
  for (const code of ["id", "en", "de", "nl", "fr", "es", "it", "pt", "ru", "ar", "el"]) expect(codes).toContain(code);
  expect(watch.problems).toEqual([]);
});

test("pasted English text: its sentences in the reader, language detected, URL unchanged", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  const url = page.url();
  await box(page).fill(TEXT);
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, HEADLINE);
  const sentences = await readerSentences(page);
  expect(sentences.map((s) => s.text)).toEqual([HEADLINE, ...SENTENCES]);
  expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  expect(await reader(page).getAttribute("lang")).toMatch(/^en/);
  await expect(status(page)).toContainText("5 sentences");
  await expect(status(page)).toContainText("(detected)");
  // The text stands in the article's place; the demo article is hidden.
  await expect(page.locator("#article")).toBeHidden();
  await expect(page.locator('[data-baca="source-view"] h1')).toHaveText(HEADLINE);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => location.href)).not.toContain("Rotterdam");
  expect(watch.problems).toEqual([]);
});

test("pasted HTML: the h1 is the headline; scripts neither run nor are read; the page's lang counts", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  const html = `<!doctype html>
<html lang="en-GB"><head><title>Storm news</title><style>p { color: red }</style>
<script>window.__ownScriptRan = true; console.error("SCRIPT RAN");</script></head>
<body><header><a href="https://example.com/">Example News</a><nav>Home World Sport</nav></header>
<main><h1>Storm closes three ports along the coast</h1>
<p>Strong winds closed three ports on Friday. Officials expect them to reopen on Sunday.</p>
<script>document.title = "SCRIPT TEXT";</script>
<img src="https://example.com/photo.jpg" onerror="window.__ownScriptRan = true">
<p>Ferries will resume <a href="https://example.com/ferries">their usual timetable</a> after the storm.</p></main>
<footer>Copyright Example News</footer></body></html>`;
  await box(page).fill(html);
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, "Storm closes three ports along the coast");
  const texts = (await readerSentences(page)).map((s) => s.text);
  expect(texts).toEqual([
    "Storm closes three ports along the coast",
    "Strong winds closed three ports on Friday.",
    "Officials expect them to reopen on Sunday.",
    "Ferries will resume their usual timetable after the storm.",
  ]);
  const all = texts.join("\n") + (await page.locator('[data-baca="source-view"]').innerText());
  for (const absent of ["SCRIPT", "__ownScriptRan", "Home World Sport", "Example News", "color: red"]) {
    expect(all).not.toContain(absent);
  }
  expect(await page.evaluate(() => window.__ownScriptRan)).toBeUndefined();
  expect(await page.title()).not.toBe("SCRIPT TEXT");
  // No link of the pasted page reaches the demo.
  await expect(page.locator('[data-baca="source-view"] [href], [data-baca="source-view"] [src]')).toHaveCount(0);
  await expect(reader(page)).toHaveAttribute("lang", "en-GB");
  await expect(status(page)).toContainText("declared by the page");
  expect(watch.problems).toEqual([]);
});

test("pasted HTML: a site banner is left out, the article's own header is read", async ({ page }) => {
  await openBox(page);
  await box(page).fill(`<body><header><p>Example News, the site banner.</p></header>
<article><header><h1>Ferry links restored after the storm</h1><p class="lead">All three ports opened again on Sunday.</p></header>
<p>The first ferry left at dawn. Passengers cheered as it sailed.</p><footer><p>Reporting by the news desk.</p></footer></article>
<aside><p>Related: more storm news.</p></aside></body>`);
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, "Ferry links restored after the storm");
  await expect(reader(page).locator('.baca-lead [data-baca="sentence"]')).toHaveText("All three ports opened again on Sunday.");
  const texts = (await readerSentences(page)).map((s) => s.text).join("\n");
  for (const absent of ["Example News", "Reporting by", "Related:"]) expect(texts).not.toContain(absent);
});

test("a chosen language is passed to the reader", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  // Too short for detection to be sure: the reader takes the choice.
  await box(page).fill(`${HEADLINE}\n\n${SENTENCES[0]}`);
  await page.locator('[data-baca="source-lang"]').selectOption("nl");
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, HEADLINE);
  await expect(reader(page)).toHaveAttribute("lang", "nl");
  await expect(status(page)).toContainText("(chosen)");
  await expect(page.locator('[data-baca="source-view"] article')).toHaveAttribute("lang", "nl");
  expect(watch.problems).toEqual([]);
});

test("a chosen language that the text clearly is not gives way to the detected one", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  // An English text of enough function words, read as Indonesian by choice.
  const long = `${HEADLINE}\n\n${[...SENTENCES, ...SENTENCES, ...SENTENCES].join(" ")}`;
  await box(page).fill(long);
  await page.locator('[data-baca="source-lang"]').selectOption("id");
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, HEADLINE);
  await expect(reader(page)).toHaveAttribute("lang", "en");
  await expect(status(page)).toContainText("clearly not id");
  await expect(page.locator('[data-baca="source-view"] article')).toHaveAttribute("lang", "en");
  expect(watch.problems).toEqual([]);
});

test("a .txt file chosen in the file input is read", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  await page.locator('[data-baca="source-file"]').setInputFiles({
    name: "bridge.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`\uFEFF${TEXT.replace(/\n/g, "\r\n")}`, "utf8"),
  });
  await readerShows(page, HEADLINE);
  expect((await readerSentences(page)).map((s) => s.text)).toEqual([HEADLINE, ...SENTENCES]);
  await expect(box(page)).toHaveValue(/^Harbour bridge plan/);
  await expect(page.locator('[data-baca="source-name"]')).toHaveText("Your text: bridge.txt");
  expect(watch.problems).toEqual([]);
});

test("a file dropped on the page is put in the box and read", async ({ page }) => {
  const watch = watchPage(page);
  await page.goto("/");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  const drag = await page.evaluateHandle((html) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([html], "story.html", { type: "text/html" }));
    return transfer;
  }, `<article lang="de"><h1>Neue Brücke für Rotterdam</h1><p>Der Stadtrat hat den Plan am Dienstag gebilligt. Die Arbeiten beginnen im Frühjahr.</p></article>`);
  await page.dispatchEvent("#article", "dragenter", { dataTransfer: drag });
  await expect(page.locator("body")).toHaveClass(/is-dropping/);
  await page.dispatchEvent("#article", "drop", { dataTransfer: drag });
  await expect(page.locator("body")).not.toHaveClass(/is-dropping/);
  await readerShows(page, "Neue Brücke für Rotterdam");
  await expect(box(page)).toBeVisible();
  await expect(box(page)).toHaveValue(/^<article lang="de">/);
  await expect(reader(page)).toHaveAttribute("lang", "de");
  expect(watch.problems).toEqual([]);
});

test("empty input and input over 2 MB get a message and no read", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  await box(page).fill("  \n\n ");
  await page.locator('[data-baca="source-read"]').click();
  await expect(page.getByRole("status").filter({ hasText: "There is no text to read" })).toBeVisible();
  // The seed reader stays.
  await expect(reader(page).locator(".baca-headline")).toHaveText(/Kim ke Rusia/);
  await expect(page.locator("#article")).toBeVisible();

  await box(page).fill("A sentence of filler text. ".repeat(80_000));
  await page.locator('[data-baca="source-read"]').click();
  await expect(status(page)).toContainText("the demo reads at most 2 MB");
  await expect(reader(page).locator(".baca-headline")).toHaveText(/Kim ke Rusia/);

  await page.locator('[data-baca="source-file"]').setInputFiles({
    name: "big.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a"),
  });
  await expect(status(page)).toContainText("“big.txt” is 2.0 MB; the demo reads files of at most 2 MB.");
  await expect(reader(page).locator(".baca-headline")).toHaveText(/Kim ke Rusia/);
  expect(watch.problems).toEqual([]);
});

test("no request leaves 127.0.0.1 while a text is read, and the demo article comes back", async ({ page }) => {
  const watch = watchPage(page);
  await openBox(page);
  const requests = [];
  page.on("request", (req) => requests.push(req.url()));
  await box(page).fill(TEXT);
  await page.locator('[data-baca="source-read"]').click();
  await readerShows(page, HEADLINE);
  for (const url of requests) expect(new URL(url).hostname).toBe("127.0.0.1");

  await page.locator('[data-baca="source-reset"]').click();
  await expect(reader(page).locator(".baca-headline")).toHaveText(/Kim ke Rusia/);
  await expect(reader(page)).toHaveAttribute("lang", "id");
  await expect(page.locator("#article")).toBeVisible();
  await expect(page.locator('[data-baca="source-view"]')).toBeHidden();
  await expect(page.locator('[data-baca="source-panel"] > summary')).toBeFocused();
  expect(watch.problems).toEqual([]);
});

test("keyboard only: the box, the language and Ctrl+Enter read a text", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
  await page.locator('[data-baca="source-panel"] > summary').focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(box(page)).toBeFocused();
  await page.keyboard.insertText(TEXT);
  await page.keyboard.press("Control+Enter");
  await readerShows(page, HEADLINE);
  await expect(page.locator('[data-baca="source-read"]')).toHaveAccessibleName("Read this text");
});

for (const width of [1280, 390]) {
  test(`screenshot of a pasted text read at ${width} px`, async ({ page }) => {
    const watch = watchPage(page);
    await page.setViewportSize({ width, height: 900 });
    await openBox(page);
    await box(page).fill(TEXT);
    await page.locator('[data-baca="source-read"]').click();
    await readerShows(page, HEADLINE);
    const dir = resolve(repoRoot, "target/screenshots");
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: resolve(dir, `demo-own-text-${width}.png`), fullPage: true });
    // Nothing spills sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(watch.problems).toEqual([]);
  });
}
