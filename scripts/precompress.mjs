// Writes a gzip copy (`<file>.gz`, made with Zopfli: about 6 % smaller than `gzip -9`, and any
// gzip reader decodes it) and a Brotli copy (`<file>.br`, quality 11: what every current browser
// accepts, about 12 % smaller again) beside every file of dist/embed, dist/pkg and dist/demo, for
// servers that send precompressed files (nginx `gzip_static on` / `brotli_static on`, Caddy
// `precompressed br gzip`, scripts/serve.mjs). Then prints the embed's transfer size. Run by
// scripts/build.sh. Node's own zlib makes the Brotli copies: nothing to install.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import zopfli from "@gfx/zopfli";

const root = fileURLToPath(new URL("..", import.meta.url));
const gzip = (data) =>
  new Promise((resolve, reject) =>
    zopfli.gzip(data, { numiterations: 15 }, (error, out) => (error ? reject(error) : resolve(out))),
  );

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!name.endsWith(".gz") && !name.endsWith(".br")) yield path;
  }
}

const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

const sizes = new Map(); // path → [raw, zopfli, gzip -9, brotli]
for (const dir of ["dist/embed", "dist/pkg", "dist/demo"]) {
  for (const path of files(join(root, dir))) {
    const data = readFileSync(path);
    const packed = await gzip(data);
    writeFileSync(`${path}.gz`, packed);
    const br = brotli(data);
    writeFileSync(`${path}.br`, br);
    sizes.set(path.slice(root.length), [data.length, packed.length, gzipSync(data, { level: 9 }).length, br.length]);
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (paths, i) => paths.reduce((s, p) => s + sizes.get(p)[i], 0);
const core = ["dist/embed/baca.js", "dist/embed/baca_bg.wasm"];
const [wasmRaw, wasmZ, wasmGz] = sizes.get("dist/pkg/baca_bg.wasm");
const data = [...sizes.keys()].filter((p) => p.startsWith("dist/embed/data/")).sort();
const words = data
  .filter((p) => /\/\w+\.txt$/.test(p) && !p.endsWith("/detect.txt"))
  .map((p) => `${p.match(/(\w+)\.txt$/)[1]} ${kb(sizes.get(p)[1])}`)
  .join(", ");
const packs = data.filter((p) => /names-\w+\.bin$/.test(p));
const pack = (code) => sizes.get(`dist/embed/data/names-${code}.bin`);
const lines = [
  `wasm size: ${wasmRaw} bytes raw (${kb(wasmRaw)}), ${wasmZ} bytes gzipped (${kb(wasmZ)}; gzip -9: ${kb(wasmGz)})`,
  `first paint's transfer, language packs apart (dist/embed: loader with glue, wasm with its stylesheet): ${kb(sum(core, 3))} with Brotli as shipped in .br files, ${kb(sum(core, 1))} gzipped`,
  `names packs (Brotli; raw): ${packs.map((p) => `${p.match(/names-(\w+)\.bin$/)[1]} ${kb(sizes.get(p)[3])} (${kb(sizes.get(p)[0])})`).join(", ")}`,
  `an Indonesian page in all (first paint and its names pack), Brotli: ${kb(sum(core, 3) + pack("id")[3])}; an English page: ${kb(sum(core, 3) + pack("en")[3])}`,
  `a page in another language adds its sentence rules (gzipped): ${words}`,
  `a page that declares no language adds the detection profile (gzipped): ${kb(sizes.get("dist/embed/data/detect.txt")[1])}`,
];
writeFileSync(join(root, "dist/size.txt"), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
// Issue 18's ceiling: no language's names pack over 300 KB with Brotli.
const heavy = packs.filter((p) => sizes.get(p)[3] > 300 * 1024);
if (heavy.length > 0) {
  console.error(`names packs over 300 KB with Brotli: ${heavy.join(", ")}`);
  process.exit(1);
}
