// The rules by which the extension turns a page into the article it reads, beside Readability:
// each a named pass over a document, with the reason it exists. They are general (no site is
// named) and checked on the real pages of ../shared/data/pages (tests/e2e/pages.spec.mjs).
//
// - `headline(document, siteName)`: the article's visible headline. Readability drops the page's
//   <h1> when it repeats <title>, and <title> carries the site's name; what the reader saw is the
//   page's own heading that matches the title (og:title first), with a kicker in it left out.
// - `removePromos(root)`: in-body promos ("Baca juga: …", "Read more", a list of links to other
//   articles, a teaser ending in "mehr", a gallery teaser "9 FOTO"), which Readability keeps
//   when they sit inside the article's container.
// - `removePromoLines(root)`: the same promos written as a line between line breaks inside a
//   block, not as a block of their own.
// - `removeTeasers(root)`: a teaser of another article in the body: a heading that is all one
//   link to another page, with its box of short text.
// - `removeAdLabels(root)`: an ad slot's label standing alone ("ADVERTISEMENT", "Iklan").
// - `removeLabels(root)`: what is about the article, not of it: a block that is only a date and
//   time ("Stand: 28.04.2023 17:23 Uhr"), a byline or editor line ("Editor: …", "By …"), a photo credit in a caption ("© Twitter.com", "Foto: …",
//   "… / Getty Images"), a box of contributors, an embedded post's attribution line.
// - `leadCaption(doc, articleText)` and `removeLeadCaption(root, text)`: the caption of the
//   page's lead photo (its og:image) when that photo sits outside the container of the body's
//   paragraphs: it illustrates the page, not a passage (a photo inside the body keeps its
//   caption).
// - `joinDatelines(root)`: a dateline left loose before a paragraph ("<strong>Jakarta</strong> -
//   <p>…") or in a paragraph of its own, or a line in capitals above a dateline, opens the
//   paragraph after it, as on the page, instead of being a block of its own.
// - `standfirst(doc, headline, articleText)`: the summary under the headline, which
//   Readability leaves out when it sits beside the headline rather than in the body.
// - `lostCaptions(doc, articleText)` and `restoreCaptions(root, captions)`: the captions of
//   photos between two of the article's paragraphs, which Readability drops with the photo's
//   container when it holds little text.
// - `markCaptions(root)`: a photo's caption that Readability left as a paragraph (the photo and
//   its text in one block, or a block of emphasis under the photo) is shown as a caption.

/** Words of a text for matching: lower case, letters and digits only. */
function words(text) {
  return String(text ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Dice overlap of two texts' word multisets: 1 for the same words, 0 for none in common. */
function overlap(a, b) {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return 0;
  const counts = new Map();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of x) {
    const c = counts.get(w) ?? 0;
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const clean = (text) => String(text ?? "").replace(/\s+/g, " ").trim();

/** Separators between a headline and a site's name in <title> and og:title. */
const SEPARATOR = /\s+(?:[-–—|_·•»:]|::)\s+/u;

/** Whether `part` of a title names the site: its name, a host label of it, or a domain. */
function namesSite(part, siteName, host) {
  const squash = (s) => String(s ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const p = squash(part);
  if (!p) return false;
  if (/\b[\w-]+\.(?:com|net|org|co|id|de|fr|it|es|ru|uk|us|info|news|tv)\b/i.test(part)) return true;
  const site = squash(siteName);
  if (site && (p.includes(site) || site.includes(p))) return true;
  // A host label of four letters or more ("kompas" of regional.kompas.com).
  return String(host ?? "")
    .toLowerCase()
    .split(".")
    .filter((label) => label.length >= 4 && !["www", "news", "berita"].includes(label))
    .some((label) => p.includes(label));
}

/**
 * A title without the site's name before or after it: "Headline - Site.com" and
 * "Site: Section - Headline" give "Headline". The parts around the separators are dropped only
 * where they name the site (see `namesSite`), so a headline with a dash in it stays whole.
 */
export function withoutSiteName(title, siteName, host) {
  let parts = clean(title).split(SEPARATOR);
  if (parts.length < 2) return clean(title);
  // Trailing parts naming the site, and the section label before such a part ("- Health :: Okezone").
  while (parts.length > 1 && namesSite(parts.at(-1), siteName, host)) {
    parts.pop();
    if (parts.length > 1 && words(parts.at(-1)).length <= 2 && words(parts.slice(0, -1).join(" ")).length > 3) parts.pop();
  }
  // Leading parts naming the site, and a section label after it ("Site: Musik - …").
  while (parts.length > 1 && namesSite(parts[0], siteName, host)) {
    parts.shift();
    if (parts.length > 1 && words(parts[0]).length <= 2 && words(parts.slice(1).join(" ")).length > 3) parts.shift();
  }
  // The separators inside what is left are the headline's own: take it from the original text.
  const text = clean(title);
  const start = text.indexOf(parts[0]);
  const last = parts.at(-1);
  const end = text.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? text.slice(start, end) : parts.join(" - ");
}

/** Class words of a kicker (the line above a headline, sometimes inside its <h1>). */
const KICKER = /(?:^|[\s_-])(?:kicker|topline|dachzeile|overline|eyebrow|supertitle|overtitle|roofline|rubric)(?:$|[\s_-])/i;

function visible(element) {
  if (typeof element.checkVisibility === "function") return element.checkVisibility();
  return element.getClientRects().length > 0;
}

/** A heading's text without a kicker in it: a child marked as one, or a first child that the
 * reference title shows as "Kicker: Headline". */
function headingText(heading, reference) {
  const children = [...heading.children].filter((c) => clean(c.textContent));
  if (children.length >= 2) {
    const first = children[0];
    const kicker = KICKER.test(first.className?.baseVal ?? first.className ?? "");
    const colon = new RegExp(`^${clean(first.textContent).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`, "i").test(clean(reference));
    if (kicker || colon) {
      const copy = heading.cloneNode(true);
      copy.children[[...heading.children].indexOf(first)].remove();
      return clean(copy.textContent);
    }
  }
  return clean(heading.textContent);
}

/**
 * The article's visible headline: of the page's visible <h1>/<h2> elements, the one whose words
 * best match the page's title (og:title, twitter:title or <title>), when it matches at all;
 * else that title without the site's name. `null` when the page has neither.
 */
export function headline(doc, siteName = "") {
  const meta = (selector) => clean(doc.querySelector(selector)?.getAttribute("content"));
  const host = doc.location?.hostname ?? "";
  const titles = [meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), clean(doc.title)].filter(Boolean);
  if (!titles.length) return null;
  const references = titles.map((t) => withoutSiteName(t, siteName, host));
  let best = null;
  let bestScore = 0.5; // at least half the words in common
  let seen = 0;
  for (const heading of doc.querySelectorAll("h1, h2")) {
    if (++seen > 200) break;
    const text = clean(heading.textContent);
    if (!text || text.length > 400 || !visible(heading)) continue;
    const score = Math.max(...references.map((r) => overlap(text, r)));
    // The first of equal matches: the page's headline comes before teasers repeating it.
    if (score > bestScore + 1e-9) {
      best = heading;
      bestScore = score;
    }
  }
  if (best) return headingText(best, titles[0]);
  return references[0] || null;
}

/** Lead-ins of in-body promos, at the start of a block ("Baca juga: …", "Read more"), in the
 * languages baca reads. A block that starts so and is short, or links on, is a promo. */
const PROMO_LEAD_IN = new RegExp(
  // After at most a two-word label with a colon ("Reproduciendo: Mira esto: …").
  "^[\\s\\[(]*(?:[\\p{L}]+(?: [\\p{L}]+)?:\\s*)?(?:" +
    [
      "baca (?:juga|pula|selengkapnya)",
      "lihat (?:juga|video)",
      "simak (?:juga|video|selengkapnya)",
      "tonton (?:juga|video)",
      "jangan lewatkan",
      "gambas:",
      "berita terkait",
      "artikel terkait",
      "read (?:more|also|next)",
      "see also",
      "related(?: coverage| stories| articles)?:",
      "more on this",
      "watch:",
      "lesen sie (?:auch|mehr)",
      "mehr zum thema",
      "lire aussi",
      "à lire aussi",
      "sur le même sujet",
      "voir aussi",
      "leggi anche",
      "potrebbe interessarti",
      "lee también",
      "mira esto",
      "artículos relacionados",
      "leia também",
      "veja também",
      "lees ook",
      "читайте также",
    ].join("|") +
    ")",
  "iu",
);

const BLOCKS = "p, div, li, h2, h3, h4, h5, h6, section, aside, blockquote, ul, ol, table, figure";

/** The most elements a pass looks at: each reads its element's text, so a page of a great many
 * nested blocks would otherwise cost the square of its size. An article has far fewer. */
const MAX_ELEMENTS = 3000;

/** The first `MAX_ELEMENTS` elements under `root` that match `selector`. */
const some = (root, selector) => [...root.querySelectorAll(selector)].slice(0, MAX_ELEMENTS);

/** Words of a "more" link that ends a teaser ("… mehr", "… selengkapnya"). */
const MORE = /^(?:mehr|more|read more|selengkapnya|lanjut|lire la suite|la suite|leggi(?: tutto)?|leer más|ler mais|lees meer|подробнее|далее)\W*$/iu;

/** A gallery teaser's count label ("9 FOTO", "12 photos"). */
const GALLERY_COUNT = /^\d+\s+(?:foto|fotos|photos?|bilder|images?|gambar|video|videos)$/iu;

/** The share of an element's text that is link text. */
function linkShare(element) {
  const all = clean(element.textContent).length;
  if (!all) return 0;
  let links = 0;
  for (const a of element.querySelectorAll("a")) links += clean(a.textContent).length;
  return Math.min(1, links / all);
}

/**
 * Removes in-body promos from an article's root element (Readability's output): a block that
 * opens with a promo lead-in (with what it introduces when that is a list of links), and a list
 * of two or more links to other pages with no text of its own. Returns the number removed.
 */
export function removePromos(root) {
  let removed = 0;
  const blocks = some(root, BLOCKS);
  for (const block of blocks) {
    if (!block.isConnected) continue;
    const text = clean(block.textContent);
    if (!text) continue;
    // The innermost block that opens so: not a container whose first words happen to be a promo.
    const opens = PROMO_LEAD_IN.test(text);
    const inner = opens && some(block, BLOCKS).some((b) => PROMO_LEAD_IN.test(clean(b.textContent)));
    if (opens && !inner && (text.length < 300 || linkShare(block) > 0.5)) {
      // A lead-in heading ("Jangan Lewatkan!") introduces the links after it.
      if (/^H\d$/.test(block.tagName)) for (const node of linksAfter(block)) node.remove();
      block.remove();
      removed++;
      continue;
    }
    if (/^(?:UL|OL|DIV|SECTION|ASIDE|TABLE)$/.test(block.tagName) && block.querySelectorAll("a").length >= 2 && linkShare(block) > 0.85) {
      block.remove();
      removed++;
      continue;
    }
    // A list whose every item links elsewhere: a box of links ("What to know: …"), with the
    // bold title line before it.
    const items = /^(?:UL|OL)$/.test(block.tagName) ? [...block.children].filter((li) => li.tagName === "LI") : [];
    if (items.length >= 2 && items.every((li) => li.querySelector("a[href]:not([href^='#'])"))) {
      const title = block.previousElementSibling;
      if (title && words(title.textContent).length <= 12 && boldOnly(title)) title.remove();
      block.remove();
      removed++;
    }
  }
  // A teaser: a block that ends in a "more" link or label.
  for (const more of some(root, "a, span")) {
    if (!more.isConnected || !MORE.test(clean(more.textContent))) continue;
    const block = more.closest("p, li, div");
    if (block && block !== root && clean(block.textContent).endsWith(clean(more.textContent)) && clean(block.textContent).length < 400) {
      block.remove();
      removed++;
    }
  }
  // A gallery teaser: the count label and the block it labels.
  for (const label of some(root, "div, span, p")) {
    if (!label.isConnected || label.children.length > 1 || !GALLERY_COUNT.test(clean(label.textContent))) continue;
    let box = label.parentElement;
    while (box && box !== root && clean(box.textContent).length < 300 && !box.querySelector("a[href], img")) box = box.parentElement;
    const target = box && box !== root && clean(box.textContent).length < 300 ? box : label;
    target.remove();
    removed++;
  }
  return removed;
}

/** What a lead-in heading introduces: the block of links after it, or, where the links stand
 * side by side with line breaks and no block of their own (`<h2>…</h2><a>…</a><br><a>…</a>`),
 * the lines after it that are each one link, up to the first line that is not or a blank
 * line. */
function linksAfter(heading) {
  const next = heading.nextElementSibling;
  if (next && next.tagName !== "A" && linkShare(next) > 0.8) return [next];
  const run = [];
  let line = [];
  let links = 0;
  for (let node = heading.nextSibling; node; node = node.nextSibling) {
    if (node.nodeName === "BR") {
      // A blank line ends the run; a line that is one link joins it.
      if (links !== 1) break;
      run.push(...line, node);
      line = [];
      links = 0;
    } else if (node.nodeType === 3 && !node.textContent.trim()) {
      line.push(node);
    } else if (node.nodeName === "A" && node.hasAttribute("href")) {
      line.push(node);
      links++;
    } else {
      break;
    }
  }
  if (links === 1 && line.length > 0 && !line[line.length - 1].nextSibling) run.push(...line);
  return run.some((node) => node.nodeName === "A") ? run : [];
}

/** Elements that end a line of text as a line break does. */
const BLOCK_TAG = /^(?:P|DIV|LI|UL|OL|DL|H[1-6]|SECTION|ASIDE|BLOCKQUOTE|TABLE|FIGURE|ARTICLE|HEADER|FOOTER|NAV|PRE|HR|FORM)$/;

/**
 * Removes in-body promos written as a line of a block rather than as a block of their own:
 * between line breaks, a line that opens with a promo lead-in and is short or mostly a link
 * (`<br><br><strong>Simak Video "…"</strong><br><a>[Gambas:Video 20detik]</a><br>`), as
 * `removePromos` judges a block. Only blocks that break their own lines are read. Returns the
 * number of lines removed.
 */
export function removePromoLines(root) {
  let removed = 0;
  for (const block of [root, ...some(root, "p, div, td, li, blockquote, section, article")]) {
    if (!block.isConnected || ![...block.children].some((child) => child.tagName === "BR")) continue;
    let line = [];
    const flush = () => {
      const text = clean(line.map((node) => node.textContent).join(""));
      const links = line.reduce((n, node) => n + (node.nodeName === "A" ? clean(node.textContent).length : node.nodeType === 1 ? [...node.querySelectorAll("a")].reduce((m, a) => m + clean(a.textContent).length, 0) : 0), 0);
      // A line with a line break inside one of its elements cannot be judged as one line.
      const nested = line.some((node) => node.nodeType === 1 && node.querySelector("br"));
      if (text && !nested && PROMO_LEAD_IN.test(text) && (text.length < 300 || links > text.length / 2)) {
        for (const node of line) node.remove();
        removed++;
      }
      line = [];
    };
    for (const node of [...block.childNodes]) {
      // A comment ends a line too: the embed's place of a block the publisher protects.
      if (node.nodeName === "BR" || node.nodeType === 8 || (node.nodeType === 1 && BLOCK_TAG.test(node.nodeName))) flush();
      else if (node.nodeType === 1 || node.nodeType === 3) line.push(node);
    }
    flush();
  }
  return removed;
}

/** Whether an element holds more than `limit` characters of text a reader sees (not counting
 * scripts, styles and what shows without scripts); stops counting there. */
function textOver(element, limit) {
  let n = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest("script, style, noscript, template")) continue;
    n += clean(text.textContent).length;
    if (n > limit) return true;
  }
  return false;
}

/** Headings, for a teaser's box. */
const HEADINGS = "h1, h2, h3, h4, h5, h6";

/**
 * Removes teasers of other articles inside the body: a heading that is all one link to another
 * page, with the box of short text it heads (`<div><a href="/other"><h3>…</h3></a><p>Two
 * lines.</p></div>`): the largest block around it with no other heading and under 400
 * characters, below the article's root and not a list's item, holding text besides the
 * heading. A heading linked to a place in the page itself (`#…`), or linked standing alone
 * among the paragraphs, stays. Returns the number removed.
 */
export function removeTeasers(root) {
  let removed = 0;
  for (const heading of some(root, "h2, h3, h4, h5, h6")) {
    if (!heading.isConnected) continue;
    const outer = heading.closest("a[href]");
    const inner = [...heading.querySelectorAll("a[href]")];
    const link = outer && root.contains(outer) ? outer : inner.length === 1 ? inner[0] : null;
    const text = clean(heading.textContent);
    if (!link || !text || link.getAttribute("href").trim().startsWith("#")) continue;
    if (link === inner[0] && clean(link.textContent) !== text) continue;
    const own = outer && root.contains(outer) ? outer : heading;
    let box = own;
    while (
      box.parentElement &&
      box.parentElement !== root &&
      box.parentElement.tagName !== "LI" &&
      !textOver(box.parentElement, 400) &&
      box.parentElement.querySelectorAll(HEADINGS).length === 1
    ) {
      box = box.parentElement;
    }
    // A teaser is a box of its own with its short text: a linked subheading standing among the
    // article's paragraphs, or heading a list's item, stays.
    if (box === own || !textOver(box, text.length)) continue;
    box.remove();
    removed++;
  }
  return removed;
}

/** Whether all of an element's text is bold (a box's title line). */
function boldOnly(element) {
  const bold = [...element.querySelectorAll("b, strong")].reduce((n, b) => n + clean(b.textContent).length, 0);
  return bold > 0 && bold >= clean(element.textContent).length;
}

/** Month names and time words of the date lines of the languages baca reads. */
const DATE_WORDS = new RegExp(
  "^(?:" +
    [
      "jan(?:uary|uari|vier|uar|eiro)?", "gennaio", "enero", "febrero", "fevereiro", "feb(?:ruary|ruari|ruar|braio)?", "mar(?:ch|et|s|zo|ço)?", "märz", "apr(?:il|ile)?", "avril", "abril",
      "may|mei|mai|maggio|mayo|maio", "jun(?:e|i|io|ho)?", "juin", "giugno", "jul(?:y|i|io|ho)?", "juillet", "luglio",
      "aug(?:ust|ustus)?", "agu(?:stus)?", "août", "agosto", "sep(?:t|tember|tembre|tiembre|tembro)?", "settembre",
      "oct(?:ober|obre)?", "okt(?:ober)?", "ottobre", "octubre", "outubro", "nov(?:ember|embre|embro)?", "dec(?:ember)?", "des(?:ember)?", "dez(?:ember)?", "décembre", "dicembre", "diciembre",
      "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu",
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun",
      "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
      "uhr|wib|wita|wit|gmt|utc|cet|cest|est|edt|pst|pdt|am|pm|a\\.m|p\\.m|h",
      "stand|updated|update|diperbarui|published|dipublikasikan|aktualisiert|mis à jour|publié|le|am|on|at|pukul|de|del|um",
      "noviembre|setembro|dezembro",
      "modifica|modificato|aggiornato|pubblicato|il|alle|ore|actualizado|publicado|atualizado|el|a|las|em|às",
    ].join("|") +
    ")$",
  "iu",
);

/** Whether a block is only a date, a time, or both, with at most a label ("Stand: …"). */
function dateOnly(text) {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const rest = text
    .replace(/\d{1,4}(?:[./:-]\d{1,4}){0,2}/g, " ")
    .split(/[\s,.:|·•/()–—-]+/u)
    .filter(Boolean);
  return /(?:19|20)\d\d|\d{1,2}[:.]\d\d/.test(text) && rest.every((w) => DATE_WORDS.test(w));
}

/** The word for an ad standing alone as an ad slot's label ("ADVERTISEMENT", "Iklan",
 * "Anzeige"), in the languages baca reads. */
const AD_LABEL = /^(?:advertisement|advertising|iklan|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|реклама)$/iu;

/** Removes the labels of ad slots: a block whose whole text is the word for an ad. Returns the
 * number removed. */
export function removeAdLabels(root) {
  let removed = 0;
  for (const block of some(root, "p, div, span, li")) {
    if (block.isConnected && !block.querySelector("p, div, li") && AD_LABEL.test(clean(block.textContent))) {
      block.remove();
      removed++;
    }
  }
  return removed;
}

/** A photo credit: a line that is only one, or the credit at a caption's end. */
const CREDIT_LINE = /^(?:foto|photo|photograph|credit|bild|fotó|фото|image|sumber foto)\s*:|^©|(?:getty images|afp|reuters|ap photo|epa|dpa|istimewa)\s*$/iu;
const CREDIT_END = /\s*(?:©|\(c\)\s)[^©]*$/u;
const CREDIT_TAIL = /(?<=[.!?"”»]|^)\s*(?:Foto|Photo|Credit|Bild|Фото)\s*:\s*[^.:!?]{1,40}$/u;
/** Whether a line is a photo credit and no more: a few words, no sentence before the credit
 * ("Ilustrasi banjir. Foto: Istimewa" keeps its sentence; `CREDIT_TAIL` takes the credit). */
const isCredit = (text) => CREDIT_LINE.test(text) && words(text).length <= 8 && !/[.!?]\s/u.test(text);
/** A byline or editor line: a label ("Editor:", "By", "di") and capitalised names. */
const BYLINE_LABEL = /^(?:(?:editor|penulis|pewarta|reporter|redaktur|fotografer|writer|author|autor|autore|auteur|redaktion)\s*:|(?:by|oleh|von|par|di|por|door|от)\s)\s*/iu;
const NAMES = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|dan|und|et|e|y|en|и))+$/u;
/** Whether a block's text is a byline or editor line. */
const isByline = (text) => BYLINE_LABEL.test(text) && NAMES.test(text.replace(BYLINE_LABEL, ""));
const ATTRIBUTION = /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*\S.{0,40}\d{4}$/u;

/** The most words a box of contributors holds (a few names and "contributed"). */
const CONTRIBUTORS_WORDS = 20;

/**
 * Removes what is about the article rather than of it from its root element: blocks that are
 * only a date and time, photo credits in and under captions, a box of contributors, and an
 * embedded post's attribution line ("— Name (@handle) February 16, 2016"). Returns the number of
 * changes.
 */
export function removeLabels(root) {
  let changed = 0;
  for (const block of some(root, "p, div, span, time, li")) {
    if (!block.isConnected || block.querySelector("p, div, li")) continue;
    const text = clean(block.textContent);
    if (text && dateOnly(text)) {
      block.remove();
      changed++;
    }
  }
  for (const caption of some(root, `figcaption, ${CAPTION}, [data-baca-block='caption']`)) {
    for (const part of [...caption.querySelectorAll("*")]) {
      if (part.isConnected && !part.children.length && isCredit(clean(part.textContent))) {
        part.remove();
        changed++;
      }
    }
    // "… © Twitter.com" at the end of the caption's last text.
    const walker = caption.ownerDocument.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue.trim()) last = node;
    if (last && CREDIT_END.test(last.nodeValue) && words(last.nodeValue.replace(CREDIT_END, "")).length + words(caption.textContent).length > 0) {
      last.nodeValue = last.nodeValue.replace(CREDIT_END, "");
      changed++;
    }
  }
  // "… Foto: Grammy" at the end of a block's last text.
  for (const block of some(root, "p, div, em, span, figcaption")) {
    const last = block.lastChild;
    if (last?.nodeType === 3 && CREDIT_TAIL.test(last.nodeValue) && last.nodeValue.replace(CREDIT_TAIL, "").trim()) {
      last.nodeValue = last.nodeValue.replace(CREDIT_TAIL, "");
      changed++;
    }
  }
  // An embedded post's attribution after its text: "— Name (@handle) <a>date</a>".
  for (const quote of root.querySelectorAll("blockquote")) {
    const paragraphs = quote.querySelectorAll(":scope > p");
    const after = [];
    for (let node = paragraphs[paragraphs.length - 1]?.nextSibling; node; node = node.nextSibling) after.push(node);
    if (after.length && ATTRIBUTION.test(clean(after.map((n) => n.textContent).join("")))) {
      for (const node of after) node.remove();
      changed++;
    }
  }
  // A box of the people who contributed, as its class says, beside the author's box
  // ("Abigail Williams and Beomsu Jo contributed."): about the article, like a byline.
  for (const box of some(root, "div[class*='contributor'], p[class*='contributor'], section[class*='contributor']")) {
    if (box.isConnected && !box.parentElement?.closest("p") && words(box.textContent).length <= CONTRIBUTORS_WORDS) {
      box.remove();
      changed++;
    }
  }
  for (const block of some(root, "p, div")) {
    if (!block.isConnected) continue;
    const text = clean(block.textContent);
    // A byline or editor line standing alone ("Editor: …", "di Viviana Mazza", "By …").
    if (text && isByline(text) && words(text).length <= 7 && !/[.!?]$/.test(text) && !block.querySelector("p, div")) {
      block.remove();
      changed++;
      continue;
    }
    // Credit lines standing alone ("Foto: Grammy").
    if (text && isCredit(text) && !block.querySelector("p, div")) {
      block.remove();
      changed++;
      continue;
    }
    // An embedded post's attribution, the last line of its quote.
    if (ATTRIBUTION.test(text)) {
      block.remove();
      changed++;
    }
  }
  return changed;
}

/** Elements that caption a photo, by their class. */
const CAPTION = "[class*='caption'], [class*='photodesc'], [class*='photo-desc'], [class*='image-desc'], [class*='img-desc']";

/** Class words of a standfirst (the summary under a headline). */
const STANDFIRST = /(?:^|[\s_-])(?:standfirst|dek|deck|lead|lede|intro|summary|subtitle|subheadline|subheader|sub-headline|teaser|description|chapo|chapeau|sottotitolo|occhiello)(?:$|[\s_-])/i;

/**
 * The standfirst under the headline when the article's text lacks it: the first visible block
 * after the headline element (within a few elements) that repeats the page's description
 * (og:description) or is marked as a standfirst by its class, and is not already in
 * `articleText`. `null` when there is none.
 */
export function standfirst(doc, headlineText, articleText) {
  const heading = [...doc.querySelectorAll("h1, h2")].find((h) => visible(h) && clean(h.textContent).includes(headlineText));
  if (!heading) return null;
  const description = clean(
    doc.querySelector('meta[property="og:description"]')?.getAttribute("content") ??
      doc.querySelector('meta[name="description"]')?.getAttribute("content"),
  );
  const inArticle = (text) => clean(articleText).includes(text);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = heading;
  let looked = 0;
  for (let node = walker.nextNode(); node && looked < 200; node = walker.nextNode()) {
    if (heading.contains(node)) continue;
    looked++;
    if (!/^(?:P|H2|H3|DIV|SPAN)$/.test(node.tagName) || node.querySelector("p, div, h2, h3, ul, img")) continue;
    // A photo's caption is not the standfirst.
    if (node.closest(`figure, figcaption, ${CAPTION}`)) continue;
    const text = clean(node.textContent);
    if (text.length < 40 || text.length > 600 || !visible(node)) continue;
    const marked =
      STANDFIRST.test(node.className?.baseVal ?? node.className ?? "") || /\b(?:description|abstract)\b/.test(node.getAttribute("itemprop") ?? "");
    if ((marked || (description && overlap(text, description) >= 0.8)) && !inArticle(text)) return text;
    // The body has begun.
    if (inArticle(text)) return null;
  }
  return null;
}


/** A caption's text without its credit (an element marked as one, or "Credit: …"). */
function captionText(caption) {
  const copy = caption.cloneNode(true);
  for (const part of copy.querySelectorAll("*")) {
    const marks = `${part.className?.baseVal ?? part.className ?? ""} ${part.getAttribute("itemprop") ?? ""}`;
    if (/credit|copyright|source|(?:^|[\s_-])src(?:$|[\s_-])|author|photographer/i.test(marks)) part.remove();
  }
  return clean(copy.textContent).replace(CREDIT_TAIL, "").replace(CREDIT_END, "").trim();
}

/** The page's paragraphs of 80 characters or more, outside figures, in document order. */
function longParagraphs(doc) {
  return some(doc, "p").filter((p) => clean(p.textContent).length >= 80 && !p.closest("figure, figcaption"));
}

/** Of `paragraphs` (document order), the nearest before `node` and the nearest after it. */
function neighbours(paragraphs, node) {
  let before = null;
  let after = null;
  for (const p of paragraphs) {
    const position = node.compareDocumentPosition(p);
    if (position & Node.DOCUMENT_POSITION_PRECEDING) before = p;
    else if (position & Node.DOCUMENT_POSITION_FOLLOWING && !after) after = p;
  }
  return { before, after };
}

/**
 * The captions of the page's photos that sit between two paragraphs of the article (both in
 * `articleText`) but are not in it themselves: `[{ after, text }]`, `after` being the text of
 * the paragraph before the photo. Each caption once (pages repeat them in hidden lightboxes).
 */
export function lostCaptions(doc, articleText) {
  const article = clean(articleText);
  const found = [];
  const seen = new Set();
  const paragraphs = longParagraphs(doc);
  for (const caption of [...doc.querySelectorAll("figure figcaption")].slice(0, 100)) {
    const text = captionText(caption);
    if (text.length < 15 || seen.has(text) || article.includes(text)) continue;
    const { before, after } = neighbours(paragraphs, caption);
    if (!before || !after) continue;
    const a = clean(before.textContent);
    if (!article.includes(a) || !article.includes(clean(after.textContent))) continue;
    seen.add(text);
    found.push({ after: a, text });
  }
  return found;
}

/** Puts `lostCaptions`' captions back into the article's root element as figures, each after
 * the paragraph it followed on the page. */
export function restoreCaptions(root, captions) {
  if (!Array.isArray(captions)) return;
  const paragraphs = some(root, "p");
  for (const { after, text } of captions) {
    if (typeof after !== "string" || typeof text !== "string") continue;
    const anchor = paragraphs.find((p) => clean(p.textContent) === after);
    if (!anchor) continue;
    const figure = root.ownerDocument.createElement("figure");
    const caption = root.ownerDocument.createElement("figcaption");
    caption.textContent = text;
    figure.append(caption);
    anchor.after(figure);
  }
}

/** The most words a caption runs to. */
const CAPTION_WORDS = 40;

/**
 * Marks as a caption (`data-baca-block="caption"`, which the reader honours) a block of a few
 * words that is a photo's caption left as a paragraph, where the page wrote no <figcaption> and
 * Readability dropped the class that said so:
 * - a block of the photo, then its text in an element of its own ("<p><img><span>Lebih dari
 *   100 orang … © Twitter.com</span></p>");
 * - a block of emphasis (<em>, <i>) alone right after a block that is only a photo
 *   ("<p><img></p> <p><em>Taylor Swift … Foto: Grammy</em></p>").
 * A block of emphasis after anything else (a quotation in italics after a paragraph) and a
 * paragraph with a photo inside its text stay paragraphs. Runs before `removeLabels`, which
 * then takes the credit off the caption. Returns the number marked.
 */
export function markCaptions(root) {
  let marked = 0;
  // A photo, not an emoji or an icon drawn as an image (a class that says so, or a width
  // under 100 pixels).
  const isPhoto = (node) => {
    if (node?.nodeType !== 1 || !(node.tagName === "IMG" || node.tagName === "PICTURE")) return false;
    const width = Number(node.getAttribute("width"));
    return !/emoji|icon/i.test(node.getAttribute("class") ?? "") && !(width > 0 && width < 100);
  };
  const photoOnly = (node) => !clean(node.textContent) && (isPhoto(node) || [...node.querySelectorAll("img, picture")].some(isPhoto));
  for (const block of some(root, "p, div")) {
    if (block.querySelector("p, div, figure") || block.closest("figure, [data-baca-block]")) continue;
    const text = clean(block.textContent);
    if (!text || words(text).length > CAPTION_WORDS) continue;
    // The photo first, then its text in one element of its own (loose text after a photo is a
    // paragraph's: "<p><img> Jakarta - Polisi …").
    const parts = [...block.childNodes].filter((n) => n.nodeType === 1 || n.nodeValue.trim());
    let caption = parts.length === 2 && isPhoto(parts[0]) && /^(?:SPAN|EM|I|SMALL)$/.test(parts[1].tagName ?? "");
    if (!caption && !block.querySelector("img, picture")) {
      // Every letter in emphasis, after a block that is only a photo (past empty blocks).
      const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let emphasised = true;
      for (let node = walker.nextNode(); node && emphasised; node = walker.nextNode()) {
        const emphasis = node.parentElement?.closest("em, i");
        if (node.nodeValue.trim() && !(emphasis && block.contains(emphasis))) emphasised = false;
      }
      let before = block.previousElementSibling;
      while (before && !clean(before.textContent) && !photoOnly(before)) before = before.previousElementSibling;
      // A question in italics under a photo is an interview's, not a caption.
      caption = emphasised && Boolean(before) && photoOnly(before) && !/\?["”»]?$/u.test(text);
    }
    if (caption) {
      block.setAttribute("data-baca-block", "caption");
      marked++;
    }
  }
  return marked;
}

/** A dateline: a few words (a place, a site) ending in a dash. */
const DATELINE = /^[\p{L}\p{N}.,() ]{2,60}\s(?:-|–|—|--)$/u;

/** A line in capitals (a dateline's first line, "DALLA NOSTRA CORRISPONDENTE"). */
const CAPITALS = /^[\p{Lu}\p{N}.,' -]{4,60}$/u;

/**
 * Moves a dateline into the start of the paragraph after it: loose text and inline elements
 * before a paragraph that end in a dash, or a paragraph that is only such a dateline or a short
 * line in capitals before a paragraph opening in capitals. Returns the number moved.
 */
export function joinDatelines(root) {
  let moved = 0;
  for (const p of [...root.querySelectorAll("p")].slice(0, 50)) {
    if (!p.isConnected) continue;
    const loose = [];
    for (let node = p.previousSibling; node; node = node.previousSibling) {
      if (node.nodeType === 1 && !/^(?:STRONG|B|SPAN|EM|I|A)$/.test(node.tagName)) break;
      loose.unshift(node);
    }
    const text = clean(loose.map((n) => n.textContent).join(""));
    if (text && DATELINE.test(text) && words(text).length <= 6) {
      p.prepend(...loose, p.ownerDocument.createTextNode(" "));
      moved++;
      continue;
    }
    // A paragraph of its own that is a dateline, or a line in capitals opening one.
    const own = clean(p.textContent);
    const next = p.nextElementSibling;
    if (!own || next?.tagName !== "P" || words(own).length > 6) continue;
    const nextText = clean(next.textContent);
    const capitals = CAPITALS.test(own) && words(own).length >= 2 && /^\p{Lu}{2,}/u.test(nextText);
    if (DATELINE.test(own) || capitals) {
      next.prepend(...p.childNodes, p.ownerDocument.createTextNode(" "));
      p.remove();
      moved++;
    }
  }
  return moved;
}

/** The file name of an image address, without query or fragment ("twitter-lite.jpg"). */
function fileName(url) {
  try {
    return new URL(url, "http://x/").pathname.split("/").pop().toLowerCase();
  } catch {
    return "";
  }
}

/** The lowest element holding both `a` and `b`. */
function commonAncestor(a, b) {
  for (let node = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

/** Where an image's address is: its `src`, or the attribute a lazy loader reads it from while
 * `src` holds a placeholder ("blank.png"). */
const LAZY_SOURCES = ["src", "data-src", "data-original", "data-lazy-src", "data-lazy", "data-lazyimage-src"];

/**
 * The caption of the page's lead photo when the photo is outside the body: the image named by
 * og:image, not inside the lowest element holding the first two of the article's paragraphs
 * (`articleText` is Readability's text), and its caption (a figcaption, or an element marked as
 * a caption among the next few). `""` when there is none.
 */
export function leadCaption(doc, articleText) {
  const names = new Set(
    [...doc.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')]
      .map((m) => fileName(m.getAttribute("content") ?? ""))
      .filter((n) => n.length > 4),
  );
  if (!names.size) return "";
  const article = clean(articleText);
  // Paragraphs as the page writes them: <p>, or <div>s of text (Readability turns those into <p>).
  const body = [...doc.querySelectorAll("p, div")]
    .slice(0, 3000)
    .filter(
      (p) =>
        !p.querySelector("p, div") &&
        !p.closest(`figure, ${CAPTION}`) &&
        clean(p.textContent).length >= 80 &&
        article.includes(clean(p.textContent)),
    )
    .slice(0, 2);
  if (body.length < 2) return "";
  const container = commonAncestor(body[0], body[1]);
  const image = [...doc.querySelectorAll("img")]
    .slice(0, 300)
    .find((img) =>
      LAZY_SOURCES.some((a) => {
        const url = img.getAttribute(a);
        return url && names.has(fileName(url));
      }),
    );
  if (!image || !container || container.contains(image)) return "";
  const figure = image.closest("figure");
  let caption = figure?.querySelector("figcaption") ?? null;
  if (!caption) {
    // The next few elements after the image, in document order.
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = image;
    for (let node = walker.nextNode(), n = 0; node && n < 8; node = walker.nextNode(), n++) {
      if (node.matches(`figcaption, ${CAPTION}`)) {
        caption = node;
        break;
      }
    }
  }
  if (!caption || container.contains(caption)) return "";
  return captionText(caption);
}

/** Removes from the article's root element the block whose text is the lead photo's caption
 * (`leadCaption`), with a credit after it. Returns whether one was removed. */
export function removeLeadCaption(root, text) {
  const caption = clean(text);
  if (caption.length < 15) return false;
  const block = some(root, "figcaption, p, div").find((b) => {
    const t = clean(b.textContent);
    return t.startsWith(caption) && t.length - caption.length <= 40 && !b.querySelector("p, div");
  });
  if (!block) return false;
  (block.closest("figure") ?? block).remove();
  return true;
}
