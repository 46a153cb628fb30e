// Starts the baca reader beside the demo article. The reader reads the article from the page.
import init, { mount } from "../pkg/baca.js";

const host = document.getElementById("baca-reader");

try {
  await init();
  mount(host, { article: "#article" });
} catch (error) {
  host.replaceChildren();
  const message = document.createElement("p");
  message.className = "reader-status reader-error";
  message.setAttribute("role", "alert");
  message.textContent = `baca could not start: ${error && error.message ? error.message : error}`;
  host.append(message);
  console.error(error);
}
