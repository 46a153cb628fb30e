// The embed on real saved news pages (../shared/data/pages): each page served with its own
// markup, scripts and ads (anything outside 127.0.0.1 refused), the loader added and pointed at
// the article's body container, as a publisher would (`_tools/specs.json` names it), and the
// reader's text compared with the page's hand-made expected.html.
//
// Per page: of the expected body's words (paragraphs, subheadings, captions, sign-off; the
// headline and standfirst sit outside most body containers) at least 97 % are in the reader, at
// least 97 % of the reader's words are expected, and no promo or ad label is left; three pages
// are held to the lower floors they reach today (`KNOWN`). Every page's figures go to
// target/reports/embed-pages.txt.
import { expect, test } from "@playwright/test";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot, sharedDir } from "./helpers.mjs";
import { PROMOS, common, expectedBlocks, pageReports, words, writePageReport } from "./page-words.mjs";

const PAGES = resolve(sharedDir, "data/pages");
const SPECS = existsSync(join(PAGES, "_tools/specs.json"))
  ? JSON.parse(readFileSync(join(PAGES, "_tools/specs.json"), "utf8"))
  : [];
const REPORTS = resolve(repoRoot, "target/reports/embed-pages");

/** Pages whose body container holds what the page rules do not yet take out, with the floor
 * each reaches (BENCHMARKS.md, "Real pages"): an ad's label that is not the word for an ad
 * (detik), a programme note (tagesschau). */
const KNOWN = {
  "detik-2022-bos-kripto-ftx": { precision: 0.97, promos: true },
  "tagesschau-2023-ahrtal-ausschuss": { precision: 0.96 },
};

if (SPECS.length === 0) {
  test("the embed on real pages: skipped: ../shared absent", () => console.log("skipped: ../shared absent"));
}

test.afterAll(() => {
  const rows = pageReports(REPORTS);
  if (rows.length === 0) return;
  const lines = [
    "Real pages read by the embed pointed at the article's body (../shared/data/pages): recall of expected.html's body words, precision of the reader's",
    ...rows.map(([slug, r]) => `  ${slug}: recall ${r.recall.toFixed(3)} · precision ${r.precision.toFixed(3)}${r.promos.length ? ` · promos: ${r.promos.join(", ")}` : ""}`),
  ];
  writeFileSync(resolve(repoRoot, "target/reports/embed-pages.txt"), `${lines.join("\n")}\n`);
});

for (const spec of SPECS) {
  const slug = spec.slug;
  test(`the embed on the real page ${slug} reads its article body, without promos or credits`, async ({ page }) => {
    await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.route(`**/real/${slug}/`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: readFileSync(join(PAGES, slug, "source.html")) }),
    );
    await page.goto(`/real/${slug}/`, { waitUntil: "domcontentloaded" });
    // The body container, as the publisher's template would name it.
    const [selector, index] = Array.isArray(spec.containers[0]) ? spec.containers[0] : [spec.containers[0], 0];
    await page.evaluate(([selector, index]) => {
      document.querySelectorAll(selector)[index].setAttribute("data-test-body", "");
      const reader = document.createElement("baca-reader");
      reader.setAttribute("for", "[data-test-body]");
      document.body.append(reader);
      const script = document.createElement("script");
      script.type = "module";
      script.src = "/embed/baca.js";
      document.head.append(script);
    }, [selector, index]);
    const root = page.locator('baca-reader [data-baca="reader"][aria-busy="false"]');
    await expect(root).toHaveCount(1, { timeout: 20_000 });
    const text = (await page.locator('baca-reader [data-baca="sentence"]').allTextContents()).join("\n");
    const blocks = expectedBlocks(readFileSync(join(PAGES, slug, "expected.html"), "utf8"));
    const body = blocks.filter((b) => b.kind !== "h1" && b.cls !== "standfirst");
    const got = words(text);
    const want = words(body.map((b) => b.text).join("\n"));
    const all = words(blocks.map((b) => b.text).join("\n"));
    const result = {
      recall: common(want, got) / Math.max(1, want.length),
      precision: common(got, all) / Math.max(1, got.length),
      promos: PROMOS.filter((p) => p.test(text)).map(String),
    };
    const missing = want.filter((w) => !got.includes(w));
    const extra = got.filter((w) => !all.includes(w));
    writePageReport(REPORTS, slug, { ...result, missing, extra, text });
    const detail = `missing ${JSON.stringify(missing.slice(0, 40))}; extra ${JSON.stringify(extra.slice(0, 40))}`;
    const known = KNOWN[slug] ?? {};
    // The body reads as paragraphs: a standfirst is a sentence or three at most (Liputan6
    // marks its whole body as the page's description).
    const lead = await page.locator('baca-reader [data-kind="lead"] [data-baca="sentence"]').count();
    expect(lead, "sentences read as the standfirst").toBeLessThanOrEqual(3);
    if (!known.promos) expect(result.promos, "promo lead-ins left").toEqual([]);
    expect(result.recall, `recall of expected words: ${detail}`).toBeGreaterThanOrEqual(0.97);
    expect(result.precision, `precision of the reader's words: ${detail}`).toBeGreaterThanOrEqual(known.precision ?? 0.97);
  });
}
