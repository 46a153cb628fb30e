// The page rules of www/extension/article-rules.js, each on a small article of its own: what it
// takes out and, beside it, what it must leave (the real pages test them whole:
// pages.spec.mjs for the extension, embed-pages.spec.mjs for the embed).
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "./helpers.mjs";

const RULES = readFileSync(resolve(repoRoot, "www/extension/article-rules.js"), "utf8");

/** The text left (its text nodes joined by spaces) after the rule `name` ran on the article `html`, and what
 * the rule returned. */
async function ruled(page, name, html) {
  await page.route("**/rules/article-rules.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: RULES }),
  );
  await page.goto("/");
  return page.evaluate(
    async ([name, html]) => {
      const rules = await import("/rules/article-rules.js");
      const doc = document.implementation.createHTMLDocument("");
      const root = doc.createElement("article");
      root.innerHTML = html;
      doc.body.append(root);
      const result = rules[name](root);
      // Each text node apart: blocks' texts do not run together.
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent);
      const captions = [...root.querySelectorAll('[data-baca-block="caption"]')].map((e) => e.textContent.trim());
      return { result, text: texts.join(" ").replace(/\s+/g, " ").trim(), captions };
    },
    [name, html],
  );
}

test("a lead-in heading goes with the links after it, also where they stand in no list of their own", async ({ page }) => {
  const { text } = await ruled(
    page,
    "removePromos",
    `<p>Para tamu diundang ke pesta.</p>
     <h2>Jangan Lewatkan!</h2><a href="/a">Rumah Mewah Sang Artis</a><br><a href="/b">Intip Kamar Sang Penyanyi</a><br>
     <p>Pesta berakhir pagi.</p>`,
  );
  expect(text).toBe("Para tamu diundang ke pesta. Pesta berakhir pagi.");
});

test("a lead-in heading's links end at a blank line or a line that is more than a link", async ({ page }) => {
  const { text } = await ruled(
    page,
    "removePromos",
    `<h2>Jangan Lewatkan!</h2><a href="/a">Rumah Mewah</a><br><a href="/b">Kamar Artis</a><br><br><a href="/tag/cc">Charlotte Church</a> mengaku malu.<br>
     <h2>Baca Juga</h2><a href="/c">Berita Lain</a><br><a href="/tag/dj">Dewi Jones</a> ikut mengeluh.`,
  );
  expect(text).toBe("Charlotte Church mengaku malu. Dewi Jones ikut mengeluh.");
});

test("a lead-in heading takes no text that is not links with it", async ({ page }) => {
  const { text } = await ruled(
    page,
    "removePromos",
    `<h3>Baca juga</h3>Warga mengeluh, kata <a href="/polisi">polisi</a> setempat.<p>Pesta berakhir pagi.</p>`,
  );
  expect(text).toBe("Warga mengeluh, kata polisi setempat. Pesta berakhir pagi.");
});

test("a promo written as a line between line breaks is taken out of its block", async ({ page }) => {
  const { result, text } = await ruled(
    page,
    "removePromoLines",
    `<div>Harga aset kripto turun tajam.<br><br><strong>Simak Video "<span>Pendiri Bursa Kripto Meninggal</span>"</strong><br>
     <a href="https://video.example/embed/1">[Gambas:Video 20detik]</a><br><strong>(abc/def)</strong></div>`,
  );
  expect(result).toBe(2);
  expect(text).toBe("Harga aset kripto turun tajam. (abc/def)");
});

test("a line that only mentions a lead-in's words, or a block without line breaks, stays", async ({ page }) => {
  const html = `<div>Ia berkata: simak video itu baik-baik, katanya, sebelum percaya pada kabar apa pun yang beredar di media sosial tentang bursa itu, karena banyak yang keliru dan sebagian sengaja dibuat untuk menipu para pemilik aset yang panik, kata dia kepada wartawan di Jakarta pada hari Selasa sore setelah rapat dengan para pejabat dan pengawas pasar modal yang membahas kasus ini.<br>Ia lalu pergi.</div>
    <p>Baca juga pendapat para ahli.</p>`;
  const { result, text } = await ruled(page, "removePromoLines", html);
  expect(result).toBe(0);
  expect(text).toContain("Ia lalu pergi.");
  expect(text).toContain("Baca juga pendapat para ahli.");
  // A line whose element holds a line break of its own is not judged as one line.
  const nested = await ruled(
    page,
    "removePromoLines",
    `<p>Harga turun.<br><span>Baca juga: <a href="/x">Kabar lain</a><br>Para pedagang mengeluh sejak pagi.</span></p>`,
  );
  expect(nested.result).toBe(0);
  expect(nested.text).toContain("Para pedagang mengeluh sejak pagi.");
});

test("a teaser of another article, a linked heading with its short text, is taken out with its box", async ({ page }) => {
  const { result, text } = await ruled(
    page,
    "removeTeasers",
    `<p>Die Ministerpräsidentin sagte erneut vor dem Ausschuss aus.</p>
     <div class="box"><div><img src="data:," alt=""><noscript>${"&lt;img src=x&gt;".repeat(60)}</noscript></div>
       <div><a href="https://other.example/story"><h3><span>Flutkatastrophe</span> Opposition fordert Rücktritt</h3></a></div>
       <p>Die zweite Befragung brachte wenig Neues.</p></div>
     <p>Der Ausschuss tagt im Mai wieder.</p>`,
  );
  expect(result).toBe(1);
  expect(text).toBe("Die Ministerpräsidentin sagte erneut vor dem Ausschuss aus. Der Ausschuss tagt im Mai wieder.");
});

test("a heading linked within the page, linked only in part, standing among the paragraphs or heading a list's item, is no teaser", async ({ page }) => {
  const { result, text } = await ruled(
    page,
    "removeTeasers",
    `<h2><a href="#hintergrund">Hintergrund</a></h2><p>Die Flut kam in der Nacht.</p>
     <h2>Was <a href="/ausschuss">der Ausschuss</a> prüft</h2><p>Er prüft die Warnungen.</p>
     <h2><a href="/thema/flut">Die Flut</a></h2><p>Sie kam schnell.</p>
     <div><h3><a href="/thema/hilfe">Die Hilfe</a></h3></div><p>Sie kam spät.</p>
     <ul><li><h3><a href="https://shop.example/pumpe">Pumpe</a></h3><p>Eine kleine Pumpe.</p></li></ul>`,
  );
  expect(result).toBe(0);
  expect(text).toBe(
    "Hintergrund Die Flut kam in der Nacht. Was der Ausschuss prüft Er prüft die Warnungen. Die Flut Sie kam schnell. Die Hilfe Sie kam spät. Pumpe Eine kleine Pumpe.",
  );
});

test("a photo's text in its block, or a block of emphasis right after a photo, is its caption; emphasis after a paragraph is none", async ({ page }) => {
  const { result, captions } = await ruled(
    page,
    "markCaptions",
    `<p>Dalam tayangan langsung, para penyanyi berdiri.</p>
     <p><img src="a.jpg" alt=""></p><div><br></div>
     <p><em>Penyanyi memberikan standing ovation. Foto: Grammy</em></p>
     <p>Paragraf berikutnya.</p>
     <p><i>Sebuah kutipan dalam huruf miring.</i></p>
     <p><img src="b.jpg" alt="Tamu diundang"><span>Lebih dari 100 orang diundang © Twitter.com</span></p>
     <p>Teks dengan ikon <img src="c.png" alt=""> di tengah kalimat.</p>
     <p><img src="e.jpg" alt=""> Jakarta - Polisi menangkap dua orang.</p>
     <div><img src="f.jpg" alt=""></div>
     <p><em>Bagaimana banjir mengubah desa Anda?</em></p>
     <p><img class="emoji" src="g.svg" alt="👉"><span>Baca putusan lengkapnya di sini.</span></p>
     <div><img src="d.jpg" alt=""></div>
     <p>Teks <em>biasa</em> setelah foto.</p>`,
  );
  expect(result).toBe(2);
  expect(captions).toEqual(["Penyanyi memberikan standing ovation. Foto: Grammy", "Lebih dari 100 orang diundang © Twitter.com"]);
});

test("the lead photo's caption outside the body is found also where a lazy loader holds the photo's address", async ({ page }) => {
  await page.route("**/rules/article-rules.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: RULES }),
  );
  await page.goto("/");
  const long = (n) => `Paragraf ${n} ${"berisi kata-kata yang cukup panjang untuk sebuah paragraf berita. ".repeat(2)}`;
  const found = await page.evaluate(
    async ([long1, long2]) => {
      const rules = await import("/rules/article-rules.js");
      const html = `<html><head><meta property="og:image" content="http://cdn.example/big/069-poster.jpg"></head><body>
        <figure><img src="blank.png" data-original="http://cdn.example/portrait/069-poster.jpg" alt=""><figcaption>Poster film</figcaption></figure>
        <div class="body"><p>${long1}</p><p>${long2}</p></div></body></html>`;
      const doc = new DOMParser().parseFromString(html, "text/html");
      const withLazy = rules.leadCaption(doc, `${long1} ${long2}`);
      doc.querySelector("img").removeAttribute("data-original");
      return [withLazy, rules.leadCaption(doc, `${long1} ${long2}`)];
    },
    [long(1), long(2)],
  );
  expect(found).toEqual(["Poster film", ""]);
});

test("a block that is only a date and time, perhaps with its label, goes; a sentence with a date stays", async ({ page }) => {
  const { result, text } = await ruled(
    page,
    "removeLabels",
    `<p>Stand: 28.04.2023 17:23 Uhr</p>
     <p>5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)</p>
     <p>Pubblicato il 5 gennaio 2025 alle ore 15:24</p>
     <p>Actualizado el 5 de noviembre de 2024 a las 10:00</p>
     <p>Atualizado em 3 de dezembro de 2024 às 09:15</p>
     <p>Pada 5 Januari 2025 Meloni terbang ke Florida.</p>`,
  );
  expect(result).toBe(5);
  expect(text).toBe("Pada 5 Januari 2025 Meloni terbang ke Florida.");
});

test("a box of contributors goes; a paragraph that names a contributor stays", async ({ page }) => {
  const { result, text } = await ruled(
    page,
    "removeLabels",
    `<p>The vote passed on Saturday.</p>
     <div class="expanded-contributors"><p>Abigail Williams</p><p> and </p><p>Beomsu Jo</p><p>contributed</p><p>.</p></div>
     <p>Reuters contributed to this report from Seoul, where the vote was counted.</p>
     <p>As <a class="contributor-link" href="/jane">Jane Doe</a> wrote, the count was close.</p>
     <div class="contributor-essay"><p>${"A guest essay of many words that is the article itself. ".repeat(3)}</p></div>`,
  );
  expect(result).toBe(1);
  expect(text).toBe(
    `The vote passed on Saturday. Reuters contributed to this report from Seoul, where the vote was counted. As Jane Doe wrote, the count was close. ${"A guest essay of many words that is the article itself. ".repeat(3).trim()}`,
  );
});

test("a caption's sentence before its credit stays when the credit goes", async ({ page }) => {
  const { text } = await ruled(
    page,
    "removeLabels",
    `<p data-baca-block="caption"><em>Ilustrasi banjir di Bekasi. Foto: Istimewa</em></p>
     <figure><figcaption>Warga mengungsi <span>Foto: ANTARA/Budi</span></figcaption></figure>`,
  );
  expect(text).toBe("Ilustrasi banjir di Bekasi. Warga mengungsi");
});
