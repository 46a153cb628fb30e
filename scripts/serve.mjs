// A small static file server for dist/ (no dependencies): binds 127.0.0.1 only, serves .wasm as
// application/wasm, sends a file's precompressed `.br` or `.gz` copy (scripts/precompress.mjs) to
// clients that accept Brotli or gzip, as a publisher's server with `brotli_static` or
// `gzip_static` would, and never caches. Usage: node scripts/serve.mjs [--root dist] [--port 8080]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option("--root", "dist"));
const port = Number(option("--port", "8080"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
};

const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: "ENOENT" });
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      Vary: "Accept-Encoding",
    };
    let body;
    // A precompressed copy (.br first, then .gz) only if the client takes its encoding
    // ("br;q=0" refuses it) and it is not older than the file (a file edited since the build is
    // sent as it is).
    const accepts = (coding) =>
      (req.headers["accept-encoding"] ?? "")
        .split(",")
        .some((e) => new RegExp(`^\\s*${coding}\\s*(;\\s*q=(?!0(\\.0*)?\\s*$)[\\d.]+)?\\s*$`).test(e));
    for (const [coding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      const packed = accepts(coding) ? await stat(`${file}${ext}`).catch(() => null) : null;
      if (packed && packed.mtimeMs >= (await stat(file)).mtimeMs) {
        body = await readFile(`${file}${ext}`);
        headers["Content-Encoding"] = coding;
        break;
      }
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  } catch (error) {
    const missing = error.code === "ENOENT" || error.code === "ENOTDIR" || error instanceof URIError;
    res.writeHead(missing ? 404 : 500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(missing ? "not found\n" : "server error\n");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`baca demo: http://127.0.0.1:${port}/  (serving ${root}; Ctrl-C stops)`);
});
process.on("SIGINT", () => server.close(() => process.exit(0)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
