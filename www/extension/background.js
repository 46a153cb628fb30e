// baca's background: the service worker in Chromium, an event page in Firefox.
//
// The toolbar button and the `toggle-reader` command (Alt+Shift+R) open baca's reader for the
// tab's article, or close it. Both grant `activeTab`, so baca touches a page only when the user
// asks. The same toggle is `globalThis.bacaToggle(tabId)` for automation: it resolves to what
// happened ("opened", "closed", "embedded", "opted-out", "never-run", "no-article") or rejects
// when the page cannot be scripted (a browser page, or no `activeTab` grant for the tab).
//
// It also hands each article from the page's content script to the reader page (an extension
// page in an iframe, where wasm may run whatever the site's CSP says): the content script puts
// it under a one-time token, the reader takes it. Nothing here makes a network request.

const api = globalThis.browser ?? globalThis.chrome;

/** Articles waiting for their reader, by token (also in session storage: the worker may sleep). */
const articles = new Map();
const MAX_WAITING = 8;

async function toggle(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
  const [result] = await api.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.bacaContent.toggle(),
  });
  return result?.result;
}

/** Toggles the reader; when the page cannot be scripted, says so on the button. */
async function toggleFromUser(tab) {
  if (tab?.id === undefined) return;
  try {
    await toggle(tab.id);
    await api.action.setBadgeText({ tabId: tab.id, text: "" });
  } catch (error) {
    console.warn(`baca: ${error.message}`);
    await api.action.setBadgeText({ tabId: tab.id, text: "!" });
    await api.action.setTitle({ tabId: tab.id, title: `baca cannot read this page (${error.message})` });
  }
}

globalThis.bacaToggle = toggle;

api.action.onClicked.addListener((tab) => toggleFromUser(tab));

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "toggle-reader") return;
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  await toggleFromUser(tab);
});

async function put(token, article) {
  articles.set(token, article);
  while (articles.size > MAX_WAITING) articles.delete(articles.keys().next().value);
  try {
    await api.storage.session.set({ [`article:${token}`]: article });
  } catch {
    // Session storage is only a fallback for a worker that slept in between.
  }
}

async function take(token) {
  if (articles.has(token)) return articles.get(token);
  try {
    const key = `article:${token}`;
    return (await api.storage.session.get(key))[key] ?? null;
  } catch {
    return null;
  }
}

async function drop(token) {
  articles.delete(token);
  try {
    await api.storage.session.remove(`article:${token}`);
  } catch {
    // Nothing was stored.
  }
}

const TOKEN = /^[0-9a-f-]{36}$/;

api.runtime.onMessage.addListener((message, sender, respond) => {
  // Only this extension's own scripts can reach this listener (no externally_connectable).
  if (sender.id !== api.runtime.id || typeof message !== "object" || !TOKEN.test(message?.token ?? "")) {
    return false;
  }
  const work = {
    "baca:put": () => put(message.token, message.article),
    "baca:take": () => take(message.token),
    "baca:drop": () => drop(message.token),
  }[message.type];
  if (!work) return false;
  work().then(
    (value) => respond({ ok: true, value: value ?? null }),
    (error) => respond({ ok: false, error: String(error?.message ?? error) }),
  );
  return true;
});
