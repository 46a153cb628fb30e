// Builds the browser extension from www/extension and the wasm in dist/pkg:
// dist/extension/chromium and dist/extension/firefox (unpacked) and a zip of each.
// One source; the browsers differ only in how the manifest names the background script and in
// Firefox's add-on id. Run by scripts/build.sh after the wasm is built.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync, deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "www/extension");
const out = join(root, "dist/extension");
const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];

const BACKGROUND = {
  chromium: { service_worker: "background.js" },
  firefox: { scripts: ["background.js"] },
};
// Firefox 140 (the ESR) is the first to read data_collection_permissions; on Android, 142.
const GECKO = {
  id: "reader@baca.example",
  strict_min_version: "140.0",
  data_collection_permissions: { required: ["none"] },
};
const GECKO_ANDROID = { strict_min_version: "142.0" };

// ---- icons: a rounded blue square with a white "b", drawn here so no binary lives in git ----

function png(size, rgba) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(size) {
  const n = 4; // samples per axis, for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  // In a 1×1 square: the tile, and the letter as a stem plus a ring.
  const tile = (x, y) => {
    const r = 0.2, dx = Math.max(r - x, 0, x - (1 - r)), dy = Math.max(r - y, 0, y - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  const letter = (x, y) => {
    const stem = x >= 0.27 && x <= 0.41 && y >= 0.16 && y <= 0.82;
    const d = Math.hypot(x - 0.52, y - 0.6);
    return stem || (d <= 0.24 && d >= 0.1 && x >= 0.34);
  };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0, white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size, y = (py + (sy + 0.5) / n) / size;
          if (tile(x, y)) {
            cover++;
            if (letter(x, y)) white++;
          }
        }
      }
      const a = cover / (n * n), w = cover ? white / cover : 0;
      const i = (py * size + px) * 4;
      rgba[i] = Math.round(0x0b + (255 - 0x0b) * w);
      rgba[i + 1] = Math.round(0x5c + (255 - 0x5c) * w);
      rgba[i + 2] = Math.round(0xad + (255 - 0xad) * w);
      rgba[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, rgba);
}

// ---- zip (stored names, deflated data), enough for a browser's extension package ----

function zip(dir, file) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  const locals = [], centrals = [];
  let offset = 0;
  for (const path of files) {
    const name = Buffer.from(relative(dir, path).split("\\").join("/"));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01, so builds are reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, directory, end]));
}

// ---- the build ----

rmSync(out, { recursive: true, force: true });
const staging = join(out, ".common");
mkdirSync(join(staging, "icons"), { recursive: true });
const bundle = (entry, format) =>
  build({
    entryPoints: [join(src, entry)],
    outfile: join(staging, entry),
    bundle: true,
    format,
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    target: ["chrome120", "firefox128"],
  });
await Promise.all([
  bundle("content.js", "iife"),
  bundle("reader.js", "esm"),
  bundle("options.js", "esm"),
  bundle("background.js", "iife"),
]);
for (const file of ["reader.html", "reader.css", "options.html", "options.css"]) copyFileSync(join(src, file), join(staging, file));
copyFileSync(join(root, "dist/pkg/baca_bg.wasm"), join(staging, "baca_bg.wasm"));
copyFileSync(join(root, "dist/pkg/baca.css"), join(staging, "baca.css"));
mkdirSync(join(staging, "data"), { recursive: true });
for (const name of readdirSync(join(root, "dist/pkg/data"))) copyFileSync(join(root, "dist/pkg/data", name), join(staging, "data", name));
for (const size of [16, 32, 48, 128]) writeFileSync(join(staging, `icons/${size}.png`), icon(size));
writeFileSync(
  join(staging, "THIRD-PARTY-NOTICES.txt"),
  [
    "baca bundles Mozilla's Readability (https://github.com/mozilla/readability) in content.js.",
    "",
    readFileSync(join(root, "node_modules/@mozilla/readability/LICENSE.md"), "utf8"),
    "",
    "Place names: GeoNames (https://www.geonames.org/), CC BY 4.0; the Unicode CLDR (Unicode License).",
    "",
  ].join("\n"),
);

const manifest = JSON.parse(readFileSync(join(src, "manifest.json"), "utf8"));
for (const browser of ["chromium", "firefox"]) {
  const dir = join(out, browser);
  const copy = (from) => {
    for (const name of readdirSync(from)) {
      const path = join(from, name);
      const to = join(dir, relative(staging, path));
      if (statSync(path).isDirectory()) {
        mkdirSync(to, { recursive: true });
        copy(path);
      } else copyFileSync(path, to);
    }
  };
  mkdirSync(dir, { recursive: true });
  copy(staging);
  const m = { ...manifest, version, background: BACKGROUND[browser] };
  if (browser === "firefox") m.browser_specific_settings = { gecko: GECKO, gecko_android: GECKO_ANDROID };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(m, null, 2)}\n`);
  zip(dir, join(out, `baca-${browser}-${version}.zip`));
}
rmSync(staging, { recursive: true });
console.log(`extension: dist/extension/{chromium,firefox} and their zips (version ${version})`);
