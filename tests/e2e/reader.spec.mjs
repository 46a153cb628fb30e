// The reader as a person uses it: keyboard, glossary cards, translations, files, settings,
// persistence and accessibility. Runs against the demo page (dist/).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readerSentences, repoRoot, watchPage } from "./helpers.mjs";

const reader = (page) => page.locator('[data-baca="reader"]');
const sentence = (page, i) => page.locator(`[data-baca="sentence"][data-index="${i}"]`);
const card = (page) => page.locator('[data-baca="card"]');

async function open(page) {
  await page.goto("/");
  await expect(sentence(page, 0)).toBeVisible();
  // Once the names are found: a test that puts the focus on a sentence earlier lost it now and
  // then (1 clean-clone run in about 20), the cause not yet known.
  await expect(page.locator('[data-baca="count"]')).toContainText(/\d+ names?\b/);
}

/** The index of the focused sentence, or null. */
const focusedSentence = (page) =>
  page.evaluate(() => {
    const el = document.activeElement?.closest('[data-baca="sentence"]');
    return el && el === document.activeElement ? Number(el.dataset.index) : null;
  });

/** The text of a download triggered by `click`. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("keyboard only: Tab reaches the reader, arrows and j/k move the focus line", async ({ page }) => {
  const watch = watchPage(page);
  await open(page);
  // Tab from the top of the page until a sentence has the focus: the roving tabindex gives the
  // list one stop.
  let found = null;
  for (let i = 0; i < 40 && found === null; i++) {
    await page.keyboard.press("Tab");
    found = await focusedSentence(page);
  }
  expect(found).toBe(0);
  await expect(page.locator('[data-baca="sentence"][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("j");
  await page.keyboard.press("ArrowDown");
  expect(await focusedSentence(page)).toBe(2);
  await expect(sentence(page, 2)).toHaveAttribute("aria-current", "true");
  await expect(sentence(page, 2)).toHaveAttribute("tabindex", "0");
  await expect(sentence(page, 0)).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("k");
  expect(await focusedSentence(page)).toBe(1);
  await page.keyboard.press("End");
  const last = (await readerSentences(page)).length - 1;
  expect(await focusedSentence(page)).toBe(last);
  await page.keyboard.press("ArrowDown");
  expect(await focusedSentence(page)).toBe(last);
  await page.keyboard.press("Home");
  expect(await focusedSentence(page)).toBe(0);
  // The focus line is visible: the current row is styled apart from the others.
  const [current, other] = await page.evaluate(() => {
    const bg = (i) =>
      getComputedStyle(document.querySelector(`[data-baca="sentence"][data-index="${i}"]`).closest(".baca-row"))
        .backgroundColor;
    return [bg(0), bg(1)];
  });
  expect(current).not.toBe(other);
  expect(watch.problems).toEqual([]);
});

test("a card opens on keyboard focus, describes its mark, and closes on Esc", async ({ page }) => {
  await open(page);
  await sentence(page, 0).focus();
  await page.keyboard.press("Tab"); // the sentence's first mark
  await expect(page.locator(":focus")).toHaveAttribute("data-baca", "entity");
  const mention = await page.locator(":focus").getAttribute("data-mention");
  const mark = page.locator(`[data-baca="entity"][data-mention="${mention}"]`);
  await expect(mark).toBeFocused();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute("role", "tooltip");
  const id = await card(page).getAttribute("id");
  await expect(mark).toHaveAttribute("aria-describedby", id);
  await expect(card(page)).toContainText(await mark.textContent());
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  await expect(mark).toBeFocused();
  // Enter pins the card as a dialog, which takes the focus; its buttons come next.
  await page.keyboard.press("Enter");
  await expect(card(page)).toHaveAttribute("role", "dialog");
  await expect(card(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", "Close");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", "Previous mention");
  // Esc closes it and gives the focus back to the mark, without reopening the card.
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  await expect(mark).toBeFocused();
  await page.waitForTimeout(300);
  await expect(card(page)).toHaveCount(0);
});

test("a card opens on hover, stays open at least 10 s while hovered, and shows what it knows", async ({ page }) => {
  test.setTimeout(40_000);
  await open(page);
  const mark = page.locator('[data-baca="entity"][data-type="person"]', { hasText: "Putin" }).first();
  await mark.hover();
  await expect(card(page)).toBeVisible();
  const c = card(page);
  await expect(c).toContainText("Putin");
  await expect(c).toContainText(/person/i);
  await expect(c).toContainText(/Mention \d+ of \d+/);
  // Still open after 10 s with the pointer resting on the mark…
  await page.waitForTimeout(10_500);
  await expect(c).toBeVisible();
  // …and the pointer can move onto the card without it closing (SC 1.4.13: hoverable).
  await c.hover();
  await page.waitForTimeout(1_000);
  await expect(c).toBeVisible();
  // Leaving both closes it.
  await page.mouse.move(5, 5);
  await expect(card(page)).toHaveCount(0);
  // A brief pass over a mark (less than the dwell) opens nothing.
  const box = await mark.boundingBox();
  await page.mouse.move(box.x + 3, box.y + box.height / 2);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  await expect(card(page)).toHaveCount(0);
});

test("Esc dismisses a hover card: the pointer resting on its mark does not bring it back until it leaves (SC 1.4.13)", async ({ page }) => {
  await open(page);
  const mark = page.locator('[data-baca="entity"][data-type="person"]', { hasText: "Putin" }).first();
  await mark.hover();
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  // The browser may send the resting pointer's enter event again (after a layout change, say).
  await mark.dispatchEvent("mouseenter");
  await mark.dispatchEvent("mouseover");
  await page.waitForTimeout(500);
  await expect(card(page)).toHaveCount(0);
  // Leaving and coming back opens it again.
  await page.mouse.move(5, 5);
  await mark.hover();
  await expect(card(page)).toBeVisible();
});

test("after Esc dismissed a card, another name's card opens on hover, and Esc dismisses that one", async ({ page }) => {
  await open(page);
  const first = page.locator('[data-baca="entity"][data-type="person"]', { hasText: "Putin" }).first();
  const other = page.locator('[data-baca="entity"]', { hasText: "Peskov" }).first();
  await first.hover();
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  // Straight to another name, without resting anywhere else.
  await other.hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText("Peskov");
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  // The first name's card opens again too.
  await first.hover();
  await expect(card(page)).toBeVisible();
});

test("a pinned card walks through an entity's mentions and adds it to my glossary", async ({ page }) => {
  await open(page);
  const mark = page.locator('[data-baca="entity"]', { hasText: "Peskov" }).first();
  await mark.click();
  const c = card(page);
  await expect(c).toHaveAttribute("role", "dialog");
  await expect(c).toContainText(/Mention 1 of [2-9]/);
  await c.getByRole("button", { name: /next/i }).click();
  await expect(c).toContainText(/Mention 2 of/);
  await c.getByRole("button", { name: /previous/i }).click();
  await expect(c).toContainText(/Mention 1 of/);
  await c.getByRole("button", { name: /add to my glossary|edit/i }).click();
  await c.getByLabel(/English/i).fill("Dmitry Peskov (Kremlin spokesman)");
  await c.getByLabel(/note|description/i).fill("spokesman of the Russian president");
  await c.getByRole("button", { name: /save/i }).click();
  await page.locator('[data-baca="entity"]', { hasText: "Peskov" }).first().click();
  await expect(card(page)).toContainText("Dmitry Peskov (Kremlin spokesman)");
  await expect(card(page)).toContainText(/your glossary/i);
  // A click outside closes it.
  await page.mouse.click(5, 5);
  await expect(card(page)).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap opens the card as a bottom sheet; a tap outside closes it", async ({ page }, testInfo) => {
    await open(page);
    const mark = page.locator('[data-baca="entity"]').nth(3);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const c = card(page);
    await expect(c).toBeVisible();
    await expect(c).toHaveAttribute("role", "dialog");
    const box = await c.boundingBox();
    expect(Math.round(box.x)).toBe(0);
    expect(Math.round(box.width)).toBe(390);
    expect(Math.round(box.y + box.height)).toBe(844);
    const path = testInfo.outputPath("bottom-sheet-390.png");
    await page.screenshot({ path });
    await testInfo.attach("bottom-sheet-390", { path, contentType: "image/png" });
    await page.touchscreen.tap(200, 40);
    await expect(card(page)).toHaveCount(0);
  });
});

test("the glossary panel lists entities by type with counts and walks through mentions", async ({ page }) => {
  await open(page);
  await page.locator('[data-baca="toggle-glossary"]').click();
  const panel = page.locator('[data-baca="glossary-panel"]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { name: /people/i })).toBeVisible();
  await expect(panel.getByRole("heading", { name: /places/i })).toBeVisible();
  const kim = panel.locator("button", { hasText: /Kim Jong Un/ }).first();
  await expect(kim).toContainText(/\d+/);
  await kim.click();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText(/Mention 1 of/);
  await expect(page.locator(".baca-mark.baca-open").first()).toBeInViewport();
});

/** Whether the whole of `locator`'s box is on screen, below the reader's sticky toolbar. */
async function wholly_in_view(page, locator) {
  const box = await locator.boundingBox();
  const bar = await page.locator(".baca-bar").boundingBox();
  // The demo's reader column scrolls on its own beside the article: its box clips too.
  const column = await page.locator(".reader-column").boundingBox();
  const bottom = Math.min(page.viewportSize().height, column ? column.y + column.height : Infinity);
  return box.y >= bar.y + bar.height - 1 && box.y + box.height <= bottom + 1;
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`scrolled down the reader at ${viewport.width} px: a panel opens in view, a name picked in it and each "Next" mention shows its card and mark`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page);
    // Far down the article, where the panels (at the reader's top) are out of sight.
    const last = page.locator('[data-baca="sentence"]').last();
    await last.scrollIntoViewIfNeeded();
    await page.locator('[data-baca="toggle-settings"]').click();
    const settings = page.locator('[data-baca="settings-panel"]');
    await expect(settings).toBeInViewport();
    await last.scrollIntoViewIfNeeded();
    await page.locator('[data-baca="toggle-glossary"]').click();
    const panel = page.locator('[data-baca="glossary-panel"]');
    await expect(panel).toBeInViewport();
    expect(await wholly_in_view(page, panel.locator("h2"))).toBe(true);
    // A name near the article's end: its card and its mark on screen, below the toolbar.
    // A name of the article's second half, named twice.
    await panel.locator(".baca-entity-button", { hasText: "Peskov" }).click();
    const c = card(page);
    await expect(c).toBeVisible();
    const mark = page.locator(".baca-mark.baca-open").first();
    await expect.poll(() => wholly_in_view(page, mark)).toBe(true);
    if (viewport.width > 600) {
      await expect.poll(() => wholly_in_view(page, c)).toBe(true);
    } else {
      // On a phone the card is a sheet at the bottom: the mark is above it, below the toolbar,
      // also after "Next" and back with "Previous".
      const aboveSheet = async () => {
        const [m, sheet, bar] = [
          await page.locator(".baca-mark.baca-open").first().boundingBox(),
          await c.boundingBox(),
          await page.locator(".baca-bar").boundingBox(),
        ];
        return m.y + m.height <= sheet.y + 1 && m.y >= bar.y + bar.height - 1;
      };
      await expect.poll(aboveSheet).toBe(true);
      const entity = (await page.locator(".baca-mark.baca-open").first().getAttribute("data-mention")).split(":")[0];
      const markOf = (i) => page.locator(`[data-mention="${entity}:${i}"]`);
      const inSight = async (i) => {
        const [m, sheet, bar] = [await markOf(i).boundingBox(), await c.boundingBox(), await page.locator(".baca-bar").boundingBox()];
        return m.y + m.height <= sheet.y + 1 && m.y >= bar.y + bar.height - 1;
      };
      await expect(c).toContainText("Mention 1 of 2");
      {
        await c.getByRole("button", { name: /next/i }).click();
        await expect.poll(() => inSight(1)).toBe(true);
        await page.evaluate(() => window.scrollBy(0, 3000));
        await c.getByRole("button", { name: /previous/i }).click();
        await expect.poll(() => inSight(0)).toBe(true);
      }
    }
  });
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width} px a panel closed again takes the reader back to where it was`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page);
    // A sentence near the article's end, far below the panels.
    const count = await page.locator('[data-baca="sentence"]').count();
    const sentence = page.locator('[data-baca="sentence"]').nth(count - 3);
    await sentence.scrollIntoViewIfNeeded();
    const before = (await sentence.boundingBox()).y;
    for (const name of ["glossary", "settings"]) {
      await page.locator(`[data-baca="toggle-${name}"]`).click();
      await expect(page.locator(`[data-baca="${name}-panel"]`)).toBeInViewport();
      await page.locator(`[data-baca="toggle-${name}"]`).click();
      await expect(page.locator(`[data-baca="${name}-panel"]`)).toHaveCount(0);
      await expect.poll(async () => Math.round((await sentence.boundingBox()).y)).toBe(Math.round(before));
    }
    // From one panel to the other, then closed: back too.
    await page.locator('[data-baca="toggle-glossary"]').click();
    await page.locator('[data-baca="toggle-settings"]').click();
    await expect(page.locator('[data-baca="settings-panel"]')).toBeInViewport();
    await page.locator('[data-baca="toggle-settings"]').click();
    await expect.poll(async () => Math.round((await sentence.boundingBox()).y)).toBe(Math.round(before));
    // A larger text chosen meanwhile: the sentence that was being read (the first below the
    // toolbar) comes back to its height.
    const reading = await page.evaluate(() => {
      const bar = document.querySelector(".baca-bar").getBoundingClientRect().bottom;
      const all = [...document.querySelectorAll('[data-baca="sentence"]')];
      const s = all.find((e) => e.getBoundingClientRect().bottom > bar);
      return { index: all.indexOf(s), y: s.getBoundingClientRect().top };
    });
    const read = page.locator('[data-baca="sentence"]').nth(reading.index);
    await page.locator('[data-baca="toggle-settings"]').click();
    await page.locator('select[name="font-size"]').selectOption("130");
    await page.locator('[data-baca="toggle-settings"]').click();
    await expect.poll(async () => Math.abs((await read.boundingBox()).y - reading.y)).toBeLessThan(3);
    await page.locator('[data-baca="toggle-settings"]').click();
    await page.locator('select[name="font-size"]').selectOption("100");
    await page.locator('[data-baca="toggle-settings"]').click();
    // Scrolled while the panel was open: the reader stays where it was taken, what is on
    // screen kept in place as the panel goes.
    await page.locator('[data-baca="toggle-glossary"]').click();
    await expect(page.locator('[data-baca="glossary-panel"]')).toBeInViewport();
    const other = page.locator('[data-baca="sentence"]').nth(Math.floor(count / 2));
    await other.scrollIntoViewIfNeeded();
    const there = (await other.boundingBox()).y;
    await page.locator('[data-baca="toggle-glossary"]').click();
    await expect(page.locator('[data-baca="glossary-panel"]')).toHaveCount(0);
    await expect.poll(async () => Math.abs((await other.boundingBox()).y - there)).toBeLessThan(2);
    // A name picked in the glossary whose mention is already on screen: the reader stays there.
    const mark = page.locator('[data-baca="entity"]').last();
    await mark.scrollIntoViewIfNeeded();
    const name = (await mark.textContent()).trim();
    await page.locator('[data-baca="toggle-glossary"]').click();
    await page.locator('[data-baca="glossary-panel"] .baca-entity-button', { hasText: name }).first().click();
    await expect(card(page)).toBeVisible();
    const mention = await page.locator(".baca-mark.baca-open").first().getAttribute("data-mention");
    const picked = page.locator(`[data-mention="${mention}"]`);
    const at = (await picked.boundingBox()).y;
    await page.locator('[data-baca="toggle-glossary"]').click();
    await expect(page.locator('[data-baca="glossary-panel"]')).toHaveCount(0);
    await expect.poll(async () => Math.abs((await picked.boundingBox()).y - at)).toBeLessThan(2);
  });
}

test("Esc closes an open panel (a card first) and gives the focus back to the panel's button", async ({ page }) => {
  await open(page);
  await page.locator('[data-baca="toggle-glossary"]').click();
  const glossary = page.locator('[data-baca="glossary-panel"]');
  await glossary.locator(".baca-entity-button").first().focus();
  await page.keyboard.press("Escape");
  await expect(glossary).toHaveCount(0);
  await expect(page.locator('[data-baca="toggle-glossary"]')).toBeFocused();
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="font-size"]').focus();
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-baca="settings-panel"]')).toHaveCount(0);
  await expect(page.locator('[data-baca="toggle-settings"]')).toBeFocused();
  // A card open over a panel: the first Esc closes the card, the second the panel.
  await page.locator('[data-baca="toggle-glossary"]').click();
  await glossary.locator(".baca-entity-button").first().click();
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card(page)).toHaveCount(0);
  await expect(glossary).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(glossary).toHaveCount(0);
});

test("a panel opened from the keyboard takes the focus; opened by the pointer it leaves it", async ({ page }) => {
  await open(page);
  const toggle = page.locator('[data-baca="toggle-settings"]');
  const panel = page.locator('[data-baca="settings-panel"]');
  // Keys: the panel's first control is next, not the rest of the toolbar.
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(toggle).toBeFocused();
  // The pointer: the focus stays where the press put it.
  await page.locator('[data-baca="toggle-glossary"]').click();
  await expect(page.locator('[data-baca="glossary-panel"]')).toBeVisible();
  await expect(page.locator('[data-baca="toggle-glossary"]')).toBeFocused();
});

test("a pinned card's Next keeps the card and its mark in view", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const first = page.locator('[data-baca="entity"]', { hasText: "Putin" }).first();
  const [entity] = (await first.getAttribute("data-mention")).split(":");
  await first.click();
  const c = card(page);
  await expect(c).toContainText(/Mention 1 of ([3-9]|\d\d)/);
  for (let i = 2; i <= 3; i++) {
    await c.getByRole("button", { name: /next/i }).click();
    await expect(c).toContainText(new RegExp(`Mention ${i} of`));
    await expect.poll(() => wholly_in_view(page, c)).toBe(true);
    const mark = page.locator(`[data-mention="${entity}:${i - 1}"]`);
    await expect.poll(() => wholly_in_view(page, mark)).toBe(true);
  }
});

test("a press on a mark pins its card on a slow machine: no card is seen or pressed before it is placed under its own mark, nor on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  // A slow machine (the press and its release may fall between the card's render and its placing).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  // Each time the reader's DOM changes: a card that can be seen or pressed stands under its mark.
  await page.evaluate(() => {
    window.__misplaced = [];
    const check = () => {
      const c = document.querySelector('[data-baca="card"]');
      const mark = window.__pressed && document.querySelector(`[data-mention="${window.__pressed}"]`);
      if (!c || !mark) return;
      const style = getComputedStyle(c);
      if (style.opacity === "0" && style.pointerEvents === "none") return;
      // Right under the pressed mark (6 px below it).
      const [cr, mr] = [c.getBoundingClientRect(), mark.getBoundingClientRect()];
      if (Math.abs(cr.top - (mr.bottom + 6)) > 3) window.__misplaced.push(`${mark.textContent} at ${mr.top.toFixed(0)}-${mr.bottom.toFixed(0)}, card at ${cr.top.toFixed(0)}`);
    };
    new MutationObserver(check).observe(document.querySelector('[data-baca="reader"]'), { subtree: true, childList: true, attributes: true });
  });
  const marks = page.locator('[data-baca="entity"]');
  const n = await marks.count();
  for (const i of [0, Math.floor(n / 2), 1, n - 1]) {
    const pressed = await marks.nth(i).getAttribute("data-mention");
    await page.evaluate((m) => (window.__pressed = m), pressed);
    await marks.nth(i).click();
    await expect(card(page)).toHaveAttribute("role", "dialog");
    await page.keyboard.press("Escape");
    await expect(card(page)).toHaveCount(0);
  }
  expect(await page.evaluate(() => window.__misplaced)).toEqual([]);
  // On a phone the card is a sheet at the bottom of the screen: a press on a mark there opens
  // it pinned too (the focus the press gives the mark opens no card to lie over it).
  await page.setViewportSize({ width: 390, height: 800 });
  const low = marks.nth(Math.floor(n / 3));
  await low.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().bottom - innerHeight + 12));
  expect((await low.boundingBox()).y).toBeGreaterThan(700);
  await low.click();
  await expect(card(page)).toHaveAttribute("role", "dialog");
});

test("a card the keyboard's focus opened closes when the focus leaves its mark", async ({ page }) => {
  await open(page);
  await sentence(page, 0).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("data-baca", "entity");
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(card(page)).toHaveCount(0);
  // A pinned card stays open while the focus is in it.
  await page.keyboard.press("Tab");
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(card(page)).toHaveAttribute("role", "dialog");
  await page.keyboard.press("Tab");
  await expect(card(page)).toBeVisible();
});

test("on-device translation says what it is doing at once, then counts the sentences done", async ({ page }) => {
  // A stand-in for the browser's Translator API: its model must be downloaded, and the
  // download stays at its start until the test lets it finish (as offline, it may never).
  await page.addInitScript(() => {
    let finish;
    window.finishDownload = () => finish();
    window.Translator = {
      availability: async () => "downloadable",
      create: (options) =>
        new Promise((resolve) => {
          finish = () => resolve({ translate: async (text) => `[en] ${text}` });
        }),
    };
  });
  await open(page);
  // An older message is replaced at once.
  await page.locator('[data-baca="copy"]').click();
  await expect(page.locator('[data-baca="message"]')).toBeVisible();
  await page.locator('[data-baca="translate-device"]').click();
  await expect(page.locator('[data-baca="message"]')).toContainText("Downloading the translation model");
  // No word of the download for a while: the reader says what it waits for.
  await expect(page.locator('[data-baca="message"]')).toContainText("needs a connection", { timeout: 12_000 });
  await page.evaluate(() => window.finishDownload());
  await expect(page.locator('[data-baca="message"]')).toContainText(/Translated (\d+) of \1 sentences/);
  // Hidden before, the translations asked for are shown.
  await expect(page.locator('[data-baca="translation"]').first()).toBeVisible();
  await expect(page.locator('[data-baca="translation"]').first()).toHaveValue(/^\[en\] /);
});

test("side by side needs the reader's width: in a narrow column the translation goes under its sentence", async ({ page }) => {
  const place = async () => {
    const [text, box] = [
      await sentence(page, 2).boundingBox(),
      await page.locator('[data-baca="translation"]').nth(2).boundingBox(),
    ];
    return box.x >= text.x + text.width - 1 ? "beside" : box.y >= text.y + text.height - 1 ? "under" : "overlapping";
  };
  // The demo's reader column beside the article (at most 440 px).
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="view"]').selectOption("side-by-side");
  await expect.poll(place).toBe("under");
  // Under the article, the reader as wide as the page: side by side.
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(place).toBe("beside");
});

test("translations typed by the reader are exported with the segments", async ({ page }) => {
  await open(page);
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="view"]').selectOption("interleaved");
  const rows = page.locator('[data-baca="translation"]');
  await expect(rows.first()).toBeVisible();
  await rows.nth(1).fill("Analysts believe Putin will ask for artillery.");
  await sentence(page, 3).click();
  await expect(sentence(page, 3)).toHaveAttribute("aria-current", "true");
  await page.locator('[data-baca="note-toggle"]').click();
  await page.locator('[data-baca="note"][data-index="3"]').fill("Vladivostok: city in the Russian Far East");
  await page.locator('[data-baca="toggle-files"]').click();
  const sentences = await readerSentences(page);

  const tsv = await download(page, () => page.locator('[data-baca="export-tsv"]').click());
  expect(tsv.name).toMatch(/\.tsv$/);
  const lines = tsv.text.trimEnd().split("\n");
  expect(lines.length).toBe(sentences.length);
  expect(lines[0].split("\t")).toEqual(["0", sentences[0].text, ""]);
  expect(lines[1].split("\t")).toEqual(["1", sentences[1].text, "Analysts believe Putin will ask for artillery."]);

  const json = await download(page, () => page.locator('[data-baca="export-json"]').click());
  const segments = JSON.parse(json.text).segments ?? JSON.parse(json.text);
  expect(segments.length).toBe(sentences.length);
  expect(segments[1]).toMatchObject({ index: 1, source: sentences[1].text, translation: "Analysts believe Putin will ask for artillery." });
  expect(segments[3]).toMatchObject({ index: 3, note: "Vladivostok: city in the Russian Far East" });
  expect(segments[0].note).toBeUndefined();

  const xliff = await download(page, () => page.locator('[data-baca="export-xliff"]').click());
  expect(xliff.name).toMatch(/\.xlf$/);
  expect(xliff.text).toMatch(/<xliff [^>]*version="2\.1"/);
  expect(xliff.text).toContain('srcLang="id"');
  expect((xliff.text.match(/<segment/g) ?? []).length).toBe(sentences.length);
  expect(xliff.text).toContain("<target>Analysts believe Putin will ask for artillery.</target>");
  expect(xliff.text).toContain("<notes><note>Vladivostok: city in the Russian Far East</note></notes>");
  // Well-formed XML.
  const errors = await page.evaluate(
    (x) => new DOMParser().parseFromString(x, "application/xml").getElementsByTagName("parsererror").length,
    xliff.text,
  );
  expect(errors).toBe(0);
});

test("importing a glossary: a good file is used, a bad one is refused with a clear error", async ({ page }, testInfo) => {
  await open(page);
  await page.locator('[data-baca="toggle-files"]').click();
  const input = page.locator('[data-baca="import-glossary"]');
  await input.setInputFiles({ name: "mine.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from("Korut\tNorth Korea\tshort form\n") });
  await expect(page.locator('[data-baca="import-status"]')).toContainText(/1 entr/);
  const before = await download(page, () => page.locator('[data-baca="export-glossary-tsv"]').click());
  expect(before.text).toBe("Korut\tNorth Korea\tshort form\n");

  await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('[{"target": "no source"}]') });
  const status = page.locator('[data-baca="import-status"]');
  await expect(status).toHaveAttribute("role", "alert");
  await expect(status).toContainText(/broken\.json/);
  await expect(status).toContainText(/source/);
  const after = await download(page, () => page.locator('[data-baca="export-glossary-tsv"]').click());
  expect(after.text).toBe(before.text);
  const json = await download(page, () => page.locator('[data-baca="export-glossary-json"]').click());
  expect(JSON.parse(json.text)).toEqual([{ source: "Korut", target: "North Korea", description: "short form" }]);
  const path = testInfo.outputPath("import-error.png");
  await reader(page).screenshot({ path });
  await testInfo.attach("import-error", { path, contentType: "image/png" });
});

test("translations, the reading position, settings and my glossary survive a reload", async ({ page }) => {
  await open(page);
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="theme"]').selectOption("dark");
  await page.locator('select[name="font-size"]').selectOption("130");
  await page.locator('select[name="view"]').selectOption("side-by-side");
  await page.locator('[data-baca="translation"]').nth(2).fill("Tersimpan: the meeting took place in Vladivostok.");
  await sentence(page, 0).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("j");
  // n opens a note on the current sentence and gives it the focus; Esc gives the focus back.
  await page.keyboard.press("n");
  await expect(page.locator('[data-baca="note"][data-index="5"]')).toBeFocused();
  await page.keyboard.type("check the date");
  await page.keyboard.press("Escape");
  expect(await focusedSentence(page)).toBe(5);
  await page.locator('[data-baca="toggle-files"]').click();
  await page.locator('[data-baca="import-glossary"]').setInputFiles({
    name: "g.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify([{ source: "Pyongyang", target: "Pyongyang (capital of North Korea)" }])),
  });
  await page.waitForTimeout(600); // the debounced save

  await page.reload();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(reader(page)).toHaveAttribute("data-theme", "dark");
  await expect(reader(page)).toHaveClass(/baca-view-side-by-side/);
  expect(await reader(page).getAttribute("style")).toContain("130%");
  await expect(page.locator('[data-baca="translation"]').nth(2)).toHaveValue("Tersimpan: the meeting took place in Vladivostok.");
  await expect(sentence(page, 5)).toHaveAttribute("aria-current", "true");
  await expect(page.locator('[data-baca="note"][data-index="5"]')).toHaveValue("check the date");
  await page.locator('[data-baca="entity"]', { hasText: "Pyongyang" }).first().click();
  await expect(card(page)).toContainText("capital of North Korea");
});

test("unreadable saved data is ignored with a message, never a crash", async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    localStorage.setItem("baca:settings", "{not json");
    localStorage.setItem("baca:glossary", "\u0000\u0001 garbage");
  });
  await open(page);
  // Find this article's key by saving once, then corrupt it.
  await sentence(page, 0).focus();
  await page.keyboard.press("j");
  await page.waitForTimeout(600);
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith("baca:article:")));
  expect(key).toBeTruthy();
  await page.evaluate((k) => localStorage.setItem(k, "[1,2"), key);
  await page.reload();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(page.locator('[data-baca="message"]')).toContainText(/could not be read/);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe("[1,2");
  expect(watch.problems.filter((p) => !p.startsWith("console error"))).toEqual([]);
});

test("no serious or critical axe-core violations, with panels and a card open", async ({ page }) => {
  await open(page);
  const axe = readFileSync(resolve(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");
  const run = async (what) => {
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('[data-baca="reader"]'), {
        resultTypes: ["violations"],
      });
      return r.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(result, what).toEqual([]);
  };
  await run("reader");
  await page.locator('[data-baca="toggle-settings"]').click();
  await page.locator('select[name="view"]').selectOption("interleaved");
  await run("settings and translation rows");
  await page.locator('[data-baca="toggle-glossary"]').click();
  await run("glossary panel");
  await page.locator('[data-baca="toggle-files"]').click();
  await page.locator('[data-baca="entity"]').first().click();
  await run("files panel and a pinned card");
  await page.locator('[data-baca="toggle-settings"]').click();
  for (const theme of ["dark", "sepia"]) {
    await page.locator('select[name="theme"]').selectOption(theme);
    await run(`${theme} theme`);
  }
});

test("the demo page loads, then shows a readable message if the reader fails", async ({ page }) => {
  await page.route("**/pkg/baca_bg.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not wasm") }));
  await page.goto("/");
  const error = page.locator(".reader-error");
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toContainText(/baca could not start/);
});

test("a loading state shows while the wasm starts", async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/pkg/baca_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator("#baca-reader [role=status]")).toContainText(/Memuat/);
  release();
  await expect(sentence(page, 0)).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`screenshots of the reader in use at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const shot = async (name) => {
      const path = testInfo.outputPath(`${name}-${width}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
    };
    await reader(page).scrollIntoViewIfNeeded();
    await page.locator('[data-baca="toggle-settings"]').click();
    await page.locator('select[name="view"]').selectOption("interleaved");
    await page.locator('[data-baca="translation"]').nth(1).fill("Analysts believe Putin will ask North Korea for artillery and anti-tank missiles.");
    await page.locator('[data-baca="toggle-settings"]').click();
    await page.locator('[data-baca="entity"]', { hasText: "Putin" }).first().click();
    await expect(card(page)).toBeVisible();
    await shot("card-interleaved");
    await page.keyboard.press("Escape");
    await page.locator('[data-baca="toggle-glossary"]').click();
    await shot("glossary-panel");
    await page.locator('[data-baca="toggle-settings"]').click();
    await page.locator('select[name="theme"]').selectOption("dark");
    await page.locator('select[name="view"]').selectOption("side-by-side");
    await shot("dark-side-by-side");
  });
}
