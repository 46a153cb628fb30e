// Lints the Firefox build of the extension with Mozilla's web-ext (addons-linter) and fails on
// any error. Warnings are listed: the known ones are innerHTML writes inside bundled libraries
// (Readability's work on its document clone, the wasm-bindgen glue), never baca's own code.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
let output;
try {
  output = execFileSync(
    resolve(root, "node_modules/.bin/web-ext"),
    ["lint", "--source-dir", resolve(root, "dist/extension/firefox"), "--output", "json", "--no-config-discovery"],
    { env: { ...process.env, NO_UPDATE_NOTIFIER: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors
}
const report = JSON.parse(output);
for (const kind of ["errors", "warnings", "notices"]) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""}${m.line ? `:${m.line}` : ""} ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint (Firefox build): ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
