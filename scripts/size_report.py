#!/usr/bin/env python3
"""Where the wasm's bytes go: code by crate and module, the largest functions, and the data
segments, measured on a build that keeps function names (the shipped one strips them).

Usage: python3 scripts/size_report.py [--groups N] [--functions N]
Builds target/size-report/baca_bg.wasm with the shipped settings (scripts/build-wasm.sh,
wasm-bindgen, wasm-opt as scripts/build.sh runs it, plus -g to keep names), so run it after
`make dist` has set up the tools. Sizes are raw bytes of function bodies and segments; gzip
shares context across them, so read them as shares, not as what removing a part would save.
"""
import argparse
import collections
import gzip
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "size-report"
FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
            "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"]


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def sections(b):
    """(id, body) of each section of a wasm module."""
    i = 8
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        yield sid, b[i:i + n]
        i += n


def functions(b):
    """(name, body size) of each defined function, names from the name section."""
    imported, bodies, names = 0, [], {}
    for sid, sec in sections(b):
        if sid == 2:  # imports: count the imported functions, which come first in the index space
            count, j = leb(sec, 0)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(sec, j)
                    j += n
                kind = sec[j]
                j += 1
                if kind == 0:
                    imported += 1
                    _, j = leb(sec, j)
                elif kind in (1, 2):  # table, memory: limits
                    if kind == 1:
                        j += 1
                    flags, j = leb(sec, j)
                    _, j = leb(sec, j)
                    if flags & 1:
                        _, j = leb(sec, j)
                else:  # global
                    j += 2
        elif sid == 10:
            count, j = leb(sec, 0)
            for _ in range(count):
                size, j = leb(sec, j)
                bodies.append(size)
                j += size
        elif sid == 0:
            n, j = leb(sec, 0)
            if sec[j:j + n] != b"name":
                continue
            j += n
            while j < len(sec):
                sub = sec[j]
                size, j = leb(sec, j + 1)
                end = j + size
                if sub == 1:
                    count, j = leb(sec, j)
                    for _ in range(count):
                        index, j = leb(sec, j)
                        n, j = leb(sec, j)
                        names[index] = sec[j:j + n].decode("utf-8", "replace")
                        j += n
                j = end
    return [(names.get(k + imported, f"#{k}"), size) for k, size in enumerate(bodies)]


def group(name):
    """"baca::text::ner", "yew::dom_bundle", "hashbrown", ...: the crate and, for baca and the
    big crates, the module."""
    name = name.lstrip("<")
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    m = re.match(r"([A-Za-z0-9_]+)::([A-Za-z0-9_]+)(?:::([a-z_]+))?", name)
    if not m:
        return name.split(" ")[0][:40]
    crate, module, sub = m.groups()
    if crate == "baca":
        return f"baca::{module}::{sub}" if sub else f"baca::{module}"
    if crate in ("yew", "core", "alloc", "std", "web_sys", "wasm_bindgen", "js_sys"):
        return f"{crate}::{module}"
    return crate


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--groups", type=int, default=30)
    ap.add_argument("--functions", type=int, default=25)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    built = subprocess.run([str(ROOT / "scripts/build-wasm.sh")], cwd=ROOT, check=True,
                           stdout=subprocess.PIPE, text=True).stdout.strip()
    subprocess.run(["wasm-bindgen", "--target", "web", "--no-typescript", "--out-dir", str(OUT),
                    "--out-name", "baca", built], cwd=ROOT, check=True)
    wasm = OUT / "baca_bg.wasm"
    subprocess.run([str(ROOT / "node_modules/.bin/wasm-opt"), "-g", "--flatten", "--rereloop", "-Oz",
                    "-Oz", *FEATURES, str(wasm), "-o", str(wasm)], check=True)
    b = wasm.read_bytes()
    names = {0: "custom (names)", 1: "types", 2: "imports", 3: "functions", 7: "exports",
             9: "elements", 10: "code", 11: "data"}
    print("sections (raw, gzip -9 alone):")
    for sid, sec in sections(b):
        if len(sec) > 1000:
            print(f"  {names.get(sid, sid):16} {len(sec):8} {len(gzip.compress(sec, 9)):8}")
    funcs = functions(b)
    groups = collections.defaultdict(lambda: [0, 0])
    for name, size in funcs:
        g = groups[group(name)]
        g[0] += size
        g[1] += 1
    total = sum(s for _, s in funcs)
    print(f"\ncode by crate and module ({total} bytes in {len(funcs)} functions; wasm-opt inlines,"
          " so a caller carries its inlined callees):")
    for g, (size, count) in sorted(groups.items(), key=lambda x: -x[1][0])[:args.groups]:
        print(f"  {size:8} {count:5}  {g}")
    print("\nlargest functions:")
    for name, size in sorted(funcs, key=lambda f: -f[1])[:args.functions]:
        print(f"  {size:8}  {name[:120]}")


if __name__ == "__main__":
    main()
