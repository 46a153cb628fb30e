#!/usr/bin/env bash
# Builds dist/: the demo page and its assets, the wasm bundle (dist/pkg), the embed (dist/embed)
# and the browser extension (dist/extension). Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --quiet --profile wasm-release --lib --target wasm32-unknown-unknown
rm -rf dist
mkdir -p dist/pkg dist/demo
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir dist/pkg --out-name baca target/wasm32-unknown-unknown/wasm-release/baca.wasm
# rustc's default wasm features; wasm-opt must be told to accept them.
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/pkg/baca_bg.wasm -o dist/pkg/baca_bg.wasm
cp src/ui/reader.css dist/pkg/baca.css
cp index.html dist/
cp www/demo/demo.js www/demo/demo.css www/demo/*.svg dist/demo/

# The embed: one ES module (the loader with the wasm-bindgen glue bundled in) and the wasm; the
# stylesheet comes from the wasm. esbuild keeps import.meta.url, so the folder works from any path.
mkdir -p dist/embed dist/examples
node_modules/.bin/esbuild www/embed/baca.js --bundle --format=esm --minify --legal-comments=none \
  --log-level=warning --outfile=dist/embed/baca.js
cp dist/pkg/baca_bg.wasm dist/embed/baca_bg.wasm
cp www/embed/example.html dist/examples/embed.html

# The browser extension (Chromium and Firefox, unpacked and zipped).
node scripts/build-extension.mjs

embed_gz=$(for f in dist/embed/baca.js dist/embed/baca_bg.wasm; do gzip -9 -c "$f" | wc -c; done | awk '{ s += $1 } END { print s }')
raw=$(wc -c < dist/pkg/baca_bg.wasm)
gz=$(gzip -9 -c dist/pkg/baca_bg.wasm | wc -c)
js_gz=$(gzip -9 -c dist/pkg/baca.js | wc -c)
awk -v raw="$raw" -v gz="$gz" -v js="$js_gz" -v embed="$embed_gz" 'BEGIN {
  printf "wasm size: %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB); JS glue %d bytes gzipped\n", raw, raw / 1024, gz, gz / 1024, js
  printf "embed transfer (dist/embed: loader and glue, wasm with its data and stylesheet), gzipped: %.1f KB (budget 200 KB, goal 150 KB)\n", embed / 1024
}' | tee dist/size.txt
