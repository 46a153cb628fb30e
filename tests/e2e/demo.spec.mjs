// The demo page: the reader reads the article from the page and shows its sentences.
import { test, expect } from "@playwright/test";
import { readerSentences, sharedJson, watchPage } from "./helpers.mjs";

// Gold sentences of the seed that are not body text in the demo page: the skip links, the
// category tag, the date, the share URL, the photos' alt texts and the sources line.
const NOT_IN_READER = new Set([0, 1, 2, 3, 5, 8, 9, 17, 29]);

test("the reader shows the seed article's sentences in order, numbered from 0", async ({ page }) => {
  const watch = watchPage(page);
  await page.goto("/");
  await expect(page.locator('[data-baca="reader"]')).toBeVisible();
  const sentences = await readerSentences(page);
  expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));

  const gold = sharedJson("seed/sentences.gold.json");
  if (gold) {
    // The demo page sets photo credits apart from their captions; the reader leaves them out.
    const expected = gold[0].expected
      .filter((_, i) => !NOT_IN_READER.has(i))
      .map((s) => s.replace(/Foto: .*$/, ""));
    expect(sentences.map((s) => s.text)).toEqual(expected);
  }
  expect(watch.problems).toEqual([]);
});

test("navigation, dates, the URL line, credits and the sources line are not sentences", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-baca="reader"]')).toBeVisible();
  const texts = (await readerSentences(page)).map((s) => s.text).join("\n");
  for (const absent of ["Buka konten", "Beranda", "12 September 2023", "https://", "Foto:", "picture alliance", "kp/rs"]) {
    expect(texts).not.toContain(absent);
  }
  await expect(page.locator('[data-baca="reader"] .baca-headline')).toHaveText(
    /Kim ke Rusia, Didampingi Delegasi Pejabat Industri Senjata/,
  );
  await expect(page.locator('[data-baca="reader"] .baca-caption')).toHaveCount(2);
  await expect(page.locator('[data-baca="reader"] .baca-subheading')).toHaveText(/Apa saja yang akan dibahas\?/);
});

for (const width of [1280, 390]) {
  test(`full-page screenshot at ${width} px`, async ({ page }, testInfo) => {
    const watch = watchPage(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(page.locator('[data-baca="sentence"]').first()).toBeVisible();
    const path = testInfo.outputPath(`demo-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`demo-${width}`, { path, contentType: "image/png" });
    // Nothing spills sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(watch.problems).toEqual([]);
  });
}
