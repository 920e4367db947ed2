#!/usr/bin/env bash
# Measures what cpor-core adds to the app's wasm: the code of its functions
# (twiggy on the release module, optimised like the real build but with names
# kept) and the bytes of its string literals found in the module. Measures
# the app as one module (built here without the split, in target/unsplit,
# so the release build's own artefacts stay as they are). Installs twiggy
# if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CARGO_TARGET_DIR=target/unsplit cargo build --release --target wasm32-unknown-unknown --bin cpor-claims
wasm-bindgen --target web --keep-debug --out-dir "$work" target/unsplit/wasm32-unknown-unknown/release/cpor-claims.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$work/cpor-claims_bg.wasm" -o "$work/named.wasm"
twiggy top -n 1000000 --format csv "$work/named.wasm" > "$work/items.csv"
python3 - "$work" <<'PY'
import csv, glob, re, sys, zlib
work = sys.argv[1]
rows = list(csv.DictReader(open(f"{work}/items.csv")))
def counted(r):
    return not r["Name"].startswith("custom section") and "names" not in r["Name"]
total = sum(int(r["ShallowSize"]) for r in rows if counted(r))
code = sum(int(r["ShallowSize"]) for r in rows if counted(r) and "cpor_core" in r["Name"])
wasm = open(f"{work}/named.wasm", "rb").read()
literals = set()
for path in glob.glob("crates/cpor-core/src/*.rs"):
    src = open(path).read().split("#[cfg(test)]")[0]
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', src):
        for piece in re.split(r"\{[^}]*\}", m.group(1)):
            if len(piece) >= 8 and "\\" not in piece:
                literals.add(piece)
strings = sum(len(s.encode()) for s in literals if s.encode() in wasm)
ratio = 0.336  # brotli/raw of the whole release module (BENCHMARKS.md)
print(f"module code+data (named build): {total/1024:.1f} KB")
print(f"cpor-core functions:            {code/1024:.1f} KB")
print(f"cpor-core string literals:      {strings/1024:.1f} KB")
print(f"cpor-core total:                {(code+strings)/1024:.1f} KB raw, about {(code+strings)*ratio/1024:.1f} KB brotli")
PY
