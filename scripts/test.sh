#!/usr/bin/env bash
# Runs every test layer, keeps going after a failure, and ends with "N passed, M failed".
# Layers: formatting and lints; native tests (text core, CLI, server-side rendering of the UI);
# the dist build; browser tests (wasm-bindgen-test in headless Chromium); Playwright on the demo.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

logs=target/test-logs
reports=target/reports
rm -rf "$reports"
mkdir -p "$logs" "$reports"
passed=0
failed=0
failures=()

# A check is one pass or one failure.
check() {
  local name=$1
  shift
  printf '==> %s\n' "$name"
  if "$@" >"$logs/$name.log" 2>&1; then
    passed=$((passed + 1))
    echo "    ok"
  else
    failed=$((failed + 1))
    failures+=("$name")
    tail -n 40 "$logs/$name.log"
  fi
}

# A test run counts each test; a run that fails without reporting a failed test (a build error)
# counts as one failure.
tests() {
  local name=$1
  shift
  printf '==> %s\n' "$name"
  "$@" >"$logs/$name.log" 2>&1
  local rc=$?
  local counts
  counts=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$logs/$name.log" |
    awk '{ p += $4; f += $6 } END { printf "%d %d", p, f }')
  local p=${counts% *} f=${counts#* }
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "no tests ran" >>"$logs/$name.log"; fi
  passed=$((passed + p))
  failed=$((failed + f))
  printf '    %d passed, %d failed\n' "$p" "$f"
  if [ "$f" -gt 0 ]; then
    failures+=("$name")
    tail -n 60 "$logs/$name.log"
  fi
}

check fmt cargo fmt --all --check
check clippy-native cargo clippy --all-targets -- -D warnings
check clippy-wasm32 cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
tests native cargo test --no-fail-fast
# The fuzz harness in a release build, where its time budget is checked (a short run; see
# tests/fuzz.rs for a long one), and the worst-case table (BENCHMARKS.md, "Adversarial input").
tests fuzz cargo test --release --no-fail-fast --test fuzz
# The coverage-guided fuzz targets (fuzz/, run by hand on nightly: fuzz/README.md) still build
# against today's API.
check fuzz-targets cargo check --quiet --locked --no-default-features --manifest-path fuzz/Cargo.toml
check worst-case cargo run --release --quiet --example worst_case -- --size 1000000
cp "$logs/worst-case.log" "$reports/worst-case.txt" 2>/dev/null
check dist scripts/build.sh
[ -f dist/size.txt ] && cp dist/size.txt "$reports/wasm-size.txt"
# The plain stable build works too, and what rebuilding std saves.
check wasm-plain scripts/wasm-plain.sh
cp "$logs/wasm-plain.log" "$reports/wasm-plain.txt" 2>/dev/null
# Speed is measured by the benchmark, reported here, never asserted by a timed test.
check extension-lint node scripts/lint-extension.mjs
cp "$logs/extension-lint.log" "$reports/extension-lint.txt" 2>/dev/null
check bench cargo bench --bench segment -- --quick
cp "$logs/bench.log" "$reports/bench.txt" 2>/dev/null
tests browser cargo test --no-fail-fast --target wasm32-unknown-unknown --test browser_reader

# The extension's Firefox build in Firefox ESR (the script reports like cargo test).
tests firefox-extension node tests/firefox/extension.mjs

# Playwright: everything but the speed measurements on two workers, then the speed measurements
# alone, so that no other test competes with them for the machine's cores.
e2e() {
  local name=$1 results=$2
  shift 2
  printf '==> %s (Playwright)\n' "$name"
  rm -f "$results"
  BACA_E2E_RESULTS=$results npx playwright test --config tests/e2e/playwright.config.mjs "$@" >"$logs/$name.log" 2>&1
  local rc=$? p=0 f=0
  grep -aE '✓|✘|passed|failed|skipped|Error' "$logs/$name.log" | head -n 80
  if [ -f "$results" ]; then
    read -r p f < <(node -e '
      const s = require(process.argv[1]).stats;
      console.log(s.expected + s.flaky, s.unexpected);' "$PWD/$results")
    # The tests that failed, and those that passed only on their retry, by name: they end up in
    # the last lines of the output, the part a CI log shows.
    node -e '
      const out = [];
      const walk = (suite, path) => {
        for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
        for (const spec of suite.specs ?? []) for (const t of spec.tests ?? [])
          if (t.status === "unexpected" || t.status === "flaky") out.push(`${t.status === "flaky" ? "flaky (passed on retry)" : "failed"}: ${[...path, spec.title].filter(Boolean).join(" › ")}`);
      };
      walk(require(process.argv[1]), []);
      for (const line of out) console.log(line);' "$PWD/$results" >>"$reports/e2e-tests.list"
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; tail -n 60 "$logs/$name.log"; fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -gt 0 ] && failures+=("$name")
}
e2e e2e target/playwright/results.json --grep-invert "@speed"
BACA_E2E_ARTIFACTS=target/playwright/artifacts-speed \
  e2e e2e-speed target/playwright/results-speed.json --grep "@speed" --workers 1

echo
echo "Reports:"
for r in "$reports"/*.txt; do
  [ -f "$r" ] && grep -v '^\s*\(Finished\|Running\|Compiling\)' "$r" | sed 's/^/  /'
done
echo "Screenshots: target/playwright/artifacts; logs: $logs"
[ -s "$reports/e2e-tests.list" ] && sed 's/^/Playwright /' "$reports/e2e-tests.list"
[ "${#failures[@]}" -gt 0 ] && echo "Failed layers: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
