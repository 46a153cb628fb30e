// Starts the baca reader beside the demo article. The reader reads the article from the page.
import init, { mount } from "../pkg/baca.js";
import { languageData, namesData } from "./language-data.js";

// Where the reader's start-up is measured from, and its phases (tests/e2e/speed.spec.mjs).
performance.mark("baca:start");

const host = document.getElementById("baca-reader");
const data = new URL("../pkg/data/", import.meta.url);
const names = namesData(data);
// The demo article declares its language: its names pack loads while the wasm compiles.
names.prefetch(document.getElementById("article")?.closest("[lang]")?.getAttribute("lang"));

try {
  await init();
  performance.mark("baca:compiled");
  // A new task for reading the page: compiling the wasm has just taken one, and a long article's
  // DOM takes a while to read.
  await (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
  mount(host, { article: "#article", languageData: languageData(data), namesData: names });
  performance.mark("baca:mounted");
} catch (error) {
  host.replaceChildren();
  const message = document.createElement("p");
  message.className = "reader-status reader-error";
  message.setAttribute("role", "alert");
  message.textContent = `baca could not start: ${error && error.message ? error.message : error}`;
  host.append(message);
  console.error(error);
}
