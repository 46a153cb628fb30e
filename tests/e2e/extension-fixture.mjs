// The browser extension (dist/extension/chromium) in Debian's Chromium, loaded unpacked with
// launchPersistentContext + --load-extension: a Playwright fixture `ext`, fresh for each test.
// The toolbar button is pressed the way a user presses it: CDP's Extensions.triggerAction
// (which, like a click, grants activeTab); later toggles on the same page go through the
// service worker's documented `bacaToggle(tabId)`.
import { test, expect, chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROMIUM, CHROMIUM_FLAGS, repoRoot } from "./helpers.mjs";

const EXTENSION = resolve(repoRoot, "dist/extension/chromium");

export const extensionTest = test.extend({
  ext: async ({}, use, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), "baca-ext-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        ...CHROMIUM_FLAGS,
        "--enable-unsafe-extension-debugging",
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    const id = new URL(worker.url()).host;

    const cdp = await context.browser().newBrowserCDPSession();
    // A freshly installed extension is still being set up for a moment after launch, and a
    // toolbar press in that moment is lost (no person presses that fast): let it settle.
    await new Promise((r) => setTimeout(r, 1500));
    const log = [];
    worker.on("console", (m) => log.push(`worker ${m.type()}: ${m.text()}`));
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const problems = [];
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));

    /** Presses baca's toolbar button for the tab showing `p`. */
    const press = async (p = page) => {
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
      const tab = targetInfos.find((t) => t.url === p.url());
      expect(tab, `a tab shows ${p.url()}`).toBeTruthy();
      await cdp.send("Extensions.triggerAction", { id, targetId: tab.targetId });
    };
    /** The service worker's bacaToggle for the tab showing `p`; resolves to what happened. */
    const toggle = (p = page) =>
      worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        return globalThis.bacaToggle(tab.id);
      }, p.url());
    /** The reader's frame, once it shows sentences. */
    const reader = async (p = page) => {
      await expect.poll(() => p.frames().some((f) => f.url().startsWith(`chrome-extension://${id}/reader.html`)), { timeout: 15_000 }).toBe(true);
      const frame = p.frames().find((f) => f.url().startsWith(`chrome-extension://${id}/reader.html`));
      await frame.locator('[data-baca="sentence"]').first().waitFor();
      return frame;
    };
    await use({ context, page, worker, id, press, toggle, reader, requests, problems });
    if (testInfo.status !== testInfo.expectedStatus) console.log(`${testInfo.title}:\n${log.join("\n")}\n${problems.join("\n")}`);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
});

