#!/usr/bin/env bash
# Installs what baca needs to build (and, with --test, to test), skipping whatever is present.
# Machine: Rust stable via rustup, Node.js with npm, Debian with apt (as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

for_tests=0
[ "${1:-}" = "--test" ] && for_tests=1
step() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: scripts/build-wasm.sh rebuilds std for a smaller wasm.
if [ ! -f "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  step "rustup component add rust-src"
  rustup component add rust-src || echo "warning: no rust-src; the wasm will be built larger" >&2
fi

# wasm-bindgen's CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wb_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
wb_have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$wb_have" != "$wb_version" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "cargo install wasm-bindgen-cli --version $wb_version (takes a few minutes, once)"
  # No --locked: the CLI's own lockfile pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# npm dev dependencies (binaryen's wasm-opt, Playwright). Playwright must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Browsers for the tests: Debian's Chromium with its driver, and Firefox ESR (the extension's
# Firefox build is checked in it).
if [ "$for_tests" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ "${#missing[@]}" -gt 0 ]; then
    step "apt-get install ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get install -y -q "${missing[@]}" \
      || { $sudo_cmd apt-get update -q && $sudo_cmd apt-get install -y -q "${missing[@]}"; }
  fi
fi
exit 0
