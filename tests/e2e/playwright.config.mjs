// Playwright against the built demo (dist/), served on 127.0.0.1 by scripts/serve.mjs.
// Uses Debian's Chromium; Playwright never downloads a browser here.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { CHROMIUM, CHROMIUM_FLAGS } from "./helpers.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const port = Number(process.env.BACA_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: ".",
  // The speed run has its own folder: Playwright empties its output folder when it starts.
  outputDir: resolve(root, process.env.BACA_E2E_ARTIFACTS ?? "target/playwright/artifacts"),
  preserveOutput: "always",
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  // One retry: on this 2-core machine a test may lose a race to load. scripts/test.sh counts a
  // test that passes on its retry as passed and names it in the report ("flaky").
  retries: 1,
  reporter: [["list"], ["json", { outputFile: resolve(root, process.env.BACA_E2E_RESULTS ?? "target/playwright/results.json") }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --root dist --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
