// Real saved news pages (../shared/data/pages, its README says how their expected.html was made)
// read by the extension as a user reads them: the page served with its own markup, scripts and
// ads (anything outside 127.0.0.1 is refused, as no network is here), the toolbar button
// pressed, the reader's text compared with the page's hand-made expected article.
//
// Per page: the reader opens; its language is the article's; its headline is the page's visible
// headline; no in-body promo or ad label is left; and of expected.html's words (headline,
// standfirst, paragraphs, captions, sign-off; punctuation trimmed, case folded) at least 99 % are
// in the reader (recall), and at least 97 % of the reader's words are expected (precision); each
// of its photo captions is shown as a caption (a paragraph of a caption's words is no caption).
// Every page's figures go to target/reports/pages.txt (BENCHMARKS.md, "Real pages").
import { expect } from "@playwright/test";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot, sharedDir } from "./helpers.mjs";
import { extensionTest as it } from "./extension-fixture.mjs";
import { PROMOS, common, expectedBlocks, pageReports, words, writePageReport } from "./page-words.mjs";

const PAGES = resolve(sharedDir, "data/pages");
const SLUGS = existsSync(PAGES)
  ? readdirSync(PAGES).filter((s) => existsSync(join(PAGES, s, "source.html"))).sort()
  : [];

let server;
let origin;
const REPORTS = resolve(repoRoot, "target/reports/pages");

it.beforeAll(async () => {
  server = createServer((req, res) => {
    const slug = /^\/pages\/([\w-]+)\/$/.exec(new URL(req.url, "http://127.0.0.1").pathname)?.[1];
    if (slug && SLUGS.includes(slug)) {
      // Every file is UTF-8 whatever its <meta charset> says (the pages' README).
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return res.end(readFileSync(join(PAGES, slug, "source.html")));
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${server.address().port}`;
});

it.afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  // Workers run pages in parallel: each page leaves its figures in a file, and whichever worker
  // ends writes the table of every page read so far.
  const rows = pageReports(REPORTS);
  if (rows.length === 0) return;
  const lines = [
    "Real pages read by the extension (../shared/data/pages): language, headline, recall and precision of expected.html's words, its captions shown as captions",
    ...rows.map(
      ([slug, r]) =>
        `  ${slug}: ${r.lang} (declared ${r.declared ?? "none"}, article ${r.expectedLang}) · headline ${r.headlineRight ? "right" : `WRONG: ${JSON.stringify(r.headline)}`} · recall ${r.recall.toFixed(3)} · precision ${r.precision.toFixed(3)} · captions ${r.captions ?? "?"}${r.promos.length ? ` · promos: ${r.promos.join(", ")}` : ""}`,
    ),
  ];
  mkdirSync(resolve(repoRoot, "target/reports"), { recursive: true });
  writeFileSync(resolve(repoRoot, "target/reports/pages.txt"), `${lines.join("\n")}\n`);
});

if (SLUGS.length === 0) {
  it("real pages: skipped: ../shared absent", () => console.log("skipped: ../shared absent"));
}

for (const slug of SLUGS) {
  it(`real page ${slug}: the reader shows the article, its language and its headline, without promos`, async ({ ext }) => {
    const { context, page, press, reader } = ext;
    // No network here: whatever the page asks of other hosts is refused at once.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    const meta = JSON.parse(readFileSync(join(PAGES, slug, "expected-metadata.json"), "utf8"));
    const expected = expectedBlocks(readFileSync(join(PAGES, slug, "expected.html"), "utf8"));
    await page.goto(`${origin}/pages/${slug}/`, { waitUntil: "domcontentloaded" });
    await press();
    const frame = await reader();
    await expect(frame.locator('[data-baca="reader"][aria-busy="false"]')).toHaveCount(1, { timeout: 15_000 });
    const lang = await frame.locator('[data-baca="reader"]').getAttribute("lang");
    // The headline's sentences (a row's number is not its text).
    const headline = (await frame.locator('[data-kind="headline"]').first().locator('[data-baca="sentence"]').allTextContents())
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const text = (await frame.locator('[data-baca="sentence"]').allTextContents()).join("\n");
    const got = words(text);
    const want = words(expected.map((b) => b.text).join("\n"));
    const shared = common(want, got);
    // Each photo caption expected.html has is shown as a caption, not as a paragraph.
    // A caption's sentences (its row's number is not its text).
    const captionTexts = await frame
      .locator('[data-kind="caption"]')
      .evaluateAll((blocks) => blocks.map((b) => [...b.querySelectorAll('[data-baca="sentence"]')].map((s) => s.textContent).join(" ")));
    const captions = captionTexts.map(words);
    const captionsExpected = expected.filter((b) => b.kind === "figcaption").length;
    const captionsShown = expected
      .filter((b) => b.kind === "figcaption")
      .map((b) => words(b.text))
      .filter((c) => captions.some((shown) => common(c, shown) >= 0.9 * c.length)).length;
    const result = {
      lang,
      declared: meta.htmlLang,
      expectedLang: meta.language,
      headline,
      headlineRight: headline === meta.title.replace(/\s+/g, " ").trim(),
      recall: shared / Math.max(1, want.length),
      precision: shared / Math.max(1, got.length),
      promos: PROMOS.filter((p) => p.test(text)).map(String),
      captions: `${captionsShown}/${captionsExpected}`,
    };
    const missing = want.filter((w) => !got.includes(w));
    const extra = got.filter((w) => !want.includes(w));
    writePageReport(REPORTS, slug, { ...result, missing, extra, text, captionTexts });
    // What a user sees (target/screenshots, kept with the other screenshots of the product).
    mkdirSync(resolve(repoRoot, "target/screenshots"), { recursive: true });
    await page.screenshot({ path: resolve(repoRoot, `target/screenshots/extension-page-${slug}.png`) });
    const detail = `missing ${JSON.stringify(missing.slice(0, 40))}; extra ${JSON.stringify(extra.slice(0, 40))}`;
    expect(lang?.split("-")[0], "the article's language").toBe(meta.language);
    expect(headline, "the visible headline").toBe(meta.title.replace(/\s+/g, " ").trim());
    expect(result.promos, "promo lead-ins left").toEqual([]);
    expect(captionsShown, "expected.html's captions shown as captions").toBe(captionsExpected);
    expect(result.recall, `recall of expected words: ${detail}`).toBeGreaterThanOrEqual(0.99);
    expect(result.precision, `precision of the reader's words: ${detail}`).toBeGreaterThanOrEqual(0.97);
  });
}
