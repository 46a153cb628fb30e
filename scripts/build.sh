#!/usr/bin/env bash
# Builds dist/: the demo page and its assets, the wasm bundle (dist/pkg), the embed (dist/embed)
# and the browser extension (dist/extension). Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm=$(scripts/build-wasm.sh)
rm -rf dist
mkdir -p dist/pkg dist/demo
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir dist/pkg --out-name baca "$wasm"
# rustc's default wasm features; wasm-opt must be told to accept them. Flattening and
# re-looping the control flow before two rounds of -Oz saves 1.7 KB gzipped over one -Oz
# (measured with binaryen 132); --converge and GUFA save less than 0.5 KB.
node_modules/.bin/wasm-opt --flatten --rereloop -Oz -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/pkg/baca_bg.wasm -o dist/pkg/baca_bg.wasm
cp src/ui/reader.css dist/pkg/baca.css
# Word lists of the languages the wasm does not bundle (www/shared/language-data.js, BESIDE),
# fetched by the loaders when a page needs one (src/text/lang/mod.rs).
mkdir -p dist/pkg/data
for code in ar de el es fr it nl pt ru; do
  cp "src/text/lang/data/$code.txt" "dist/pkg/data/$code.txt"
done
# The names packs: each language's entity model, places and name lists (src/text/ner/pack.rs),
# fetched for a page in that language only.
for pack in src/text/ner/data/packs/*.pack; do
  code=$(basename "$pack" .pack)
  cp "$pack" "dist/pkg/data/names-$code.bin"
done
# The language detection profile, fetched only for a page that declares no language.
cp src/text/lang/data/detect.txt dist/pkg/data/detect.txt
cp index.html dist/
cp www/demo/demo.js www/demo/demo.css www/demo/*.svg www/shared/language-data.js dist/demo/

# The embed: one ES module (the loader with the wasm-bindgen glue bundled in) and the wasm; the
# stylesheet comes from the wasm. esbuild keeps import.meta.url, so the folder works from any path.
mkdir -p dist/embed dist/examples
node_modules/.bin/esbuild www/embed/baca.js --bundle --format=esm --minify --legal-comments=none \
  --log-level=warning --outfile=dist/embed/baca.js
cp dist/pkg/baca_bg.wasm dist/embed/baca_bg.wasm
cp -r dist/pkg/data dist/embed/data
cp www/embed/example.html dist/examples/embed.html

# The browser extension (Chromium and Firefox, unpacked and zipped).
node scripts/build-extension.mjs

# Precompressed copies for servers that send them (Zopfli .gz, Brotli .br), and the size report
# (dist/size.txt).
node scripts/precompress.mjs
