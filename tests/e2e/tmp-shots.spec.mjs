import { test, expect } from "@playwright/test";
const sentence = (page, i) => page.locator(`[data-baca="sentence"][data-index="${i}"]`);
for (const [w, h] of [[1280, 800], [390, 844]]) {
  test(`shots ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/");
    await expect(sentence(page, 0)).toBeVisible();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/demo-${w}.png` });
    const mark = page.locator('[data-baca="entity"]').nth(3);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect(page.locator('[data-baca="card"]')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/card-${w}.png` });
    const m2 = page.locator('[data-baca="entity"]').nth(12);
    await m2.scrollIntoViewIfNeeded();
    await m2.hover();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/card2-${w}.png` });
  });
}
