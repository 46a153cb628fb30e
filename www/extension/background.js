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
  // The outcome travels as a value: a script error is not reported the same way by every browser.
  const [injection] = await api.scripting.executeScript({
    target: { tabId },
    func: async () => {
      try {
        return { value: await globalThis.bacaContent.toggle() };
      } catch (error) {
        return { error: String(error?.message ?? error) };
      }
    },
  });
  const outcome = injection?.result;
  if (!outcome || outcome.error) throw new Error(outcome?.error ?? injection?.error?.message ?? "the page did not answer");
  return outcome.value;
}

/** Toggles the reader; when the page cannot be scripted, says so on the button. */
async function toggleFromUser(tab) {
  if (tab?.id === undefined) return;
  try {
    await toggle(tab.id);
    await api.action.setBadgeText({ tabId: tab.id, text: "" });
    await api.action.setTitle({ tabId: tab.id, title: "" }); // back to the manifest's title
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
  while (articles.size > MAX_WAITING) {
    const oldest = articles.keys().next().value;
    articles.delete(oldest);
    api.storage.session?.remove(`article:${oldest}`).catch(() => {});
  }
  try {
    await api.storage.session.set({ [`article:${token}`]: article });
  } catch {
    // Session storage is only a fallback for a worker that slept in between.
  }
}

/** The article for a reader; the session copy goes once taken (the Map keeps it while the
 * worker lives, for a reader frame that reloads). */
async function take(token) {
  const key = `article:${token}`;
  let article = articles.get(token) ?? null;
  try {
    article ??= (await api.storage.session.get(key))[key] ?? null;
    await api.storage.session.remove(key);
  } catch {
    // No session storage: the Map is all there is.
  }
  return article;
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
