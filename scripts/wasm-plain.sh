#!/usr/bin/env bash
# Builds the wasm on a plain stable toolchain (the prebuilt std, no RUSTC_BOOTSTRAP), finishes it
# as scripts/build.sh finishes the shipped one (wasm-bindgen, wasm-opt) and reports its size
# beside the shipped build's (std rebuilt for size): `make test` fails if either build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
plain=$(BACA_PLAIN_STD=1 scripts/build-wasm.sh 2>/dev/null)
out=target/wasm-plain
rm -rf "$out"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$out" --out-name baca "$plain"
node_modules/.bin/wasm-opt --flatten --rereloop -Oz -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/baca_bg.wasm" -o "$out/baca_bg.wasm"
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
size() { echo "$(kb "$(stat -c %s "$1")") raw, $(kb "$(gzip -9 -c "$1" | wc -c)") gzip -9"; }
echo "wasm, plain stable toolchain: $(size "$out/baca_bg.wasm")"
if [ -f dist/pkg/baca_bg.wasm ]; then
  echo "wasm, std rebuilt for size (shipped, dist/pkg): $(size dist/pkg/baca_bg.wasm)"
fi
