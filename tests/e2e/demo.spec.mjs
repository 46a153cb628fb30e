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

test("names and places are marked and kept from machine translation", async ({ page }) => {
  await page.goto("/");
  const marks = page.locator('[data-baca="entity"]');
  await expect(marks.first()).toBeVisible();
  const all = await marks.evaluateAll((els) =>
    els.map((el) => ({
      translate: el.getAttribute("translate"),
      notranslate: el.classList.contains("notranslate"),
      type: el.dataset.type,
      entity: el.dataset.entity,
      text: el.textContent,
    })),
  );
  expect(all.length).toBeGreaterThan(40);
  for (const m of all) {
    expect(m.translate).toBe("no");
    expect(m.notranslate).toBe(true);
    expect(["person", "place", "organization", "other"]).toContain(m.type);
    expect(m.entity).toBeTruthy();
  }
  const byText = (t) => all.filter((m) => m.text === t);
  expect(byText("Vladimir Putin")[0].type).toBe("person");
  expect(byText("Vladivostok")[0].type).toBe("place");
  expect(new Set(byText("Kim").map((m) => m.entity))).toEqual(new Set(byText("Kim Jong Un").map((m) => m.entity)));
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

test("on a phone, where the reader comes after the article, a link at the top leads to it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.locator('[data-baca="sentence"]').first()).toBeAttached();
  const link = page.locator('[data-baca="to-reader"]');
  await expect(link).toBeInViewport();
  await link.click();
  await expect(page.locator('[data-baca="reader"] .baca-bar')).toBeInViewport();
  // Beside the article (wide screens) the reader is in sight: no link.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(link).toBeHidden();
});
