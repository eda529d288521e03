#!/usr/bin/env bash
# Builds pkg/ (the npm package tomtat) and copies it to www/pkg/ for the page and widget; writes
# www/sw-version.js (the cache version of the page's service worker).
#   cargo (profile wasm) -> wasm-bindgen --target web -> wasm-opt -O3 -> pkg/ with the entry
#   files, types, README and LICENSE of npm/ and a package.json at Cargo.toml's version.
# Layout of pkg/:
#   tomtat.js       entry for browsers and bundlers (fetches tomtat_bg.wasm, top-level await)
#   node.js         entry for Node (reads tomtat_bg.wasm with fs)
#   api.js          the wrapped functions (restarts the instance after an internal error)
#   tomtat_bg.js    wasm-bindgen's glue;  tomtat_bg.wasm  the optimized module
#   tomtat.d.ts, tomtat_bg.d.ts   types
#   widget.js       "tomtat/widget": the <tomtat-summary> element, registered; widget.d.ts
#   engine.js       loads the engine on first use (the widget and the page's worker)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version *=/ { print $2; exit }' Cargo.toml)
[ -n "$version" ] || { echo "build-pkg: no version in Cargo.toml" >&2; exit 1; }

cargo build --lib --target wasm32-unknown-unknown --profile wasm

raw=target/wasm32-unknown-unknown/wasm/tomtat.wasm
gen=target/pkg-gen
rm -rf "$gen" && mkdir -p "$gen"
# The reset function lets npm/api.js replace an instance left broken by a panic or trap.
wasm-bindgen "$raw" --out-dir "$gen" --out-name tomtat --target web \
  --experimental-reset-state-function --remove-producers-section

wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || npm ci --no-audit --no-fund
# The features rustc's wasm32 target enables by default; wasm-opt must know them to validate.
# -ocimfs 50: by default wasm-opt inlines every function that has one caller, whatever its
# size, and made `summarize` one 40 KB function (with `score::analyze` and more in it) that V8
# compiles to code 15 % slower; with it, the module is also 1.1 KB gzipped smaller. -O3, not
# -Oz: 4 % faster on 10 KB texts for 20 bytes (docs/size.md, "Third round"). --converge runs
# the passes again until nothing changes: 0.15 KB gzipped smaller, the same speed.
# --low-memory-unused: addresses below 1 KB are never read or written, so that a constant
# added to a pointer can go into the load's or store's offset (0.5 KB gzipped smaller; ninth
# round). True of this module: rust-lld puts the stack first, from 1 MiB down to 0, and the
# data after it, so only a stack 1 KB short of overflowing would reach there.
"$wasm_opt" "$gen/tomtat_bg.wasm" -o "$gen/tomtat_bg.opt.wasm" -O3 -ocimfs 50 --converge \
  --low-memory-unused \
  --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue

rm -rf pkg && mkdir -p pkg
cp "$gen/tomtat_bg.opt.wasm" pkg/tomtat_bg.wasm
# wasm-bindgen's glue becomes tomtat_bg.js (its wasm imports are already named "./tomtat_bg.js").
sed 's#@ts-self-types="./tomtat.d.ts"#@ts-self-types="./tomtat_bg.d.ts"#' "$gen/tomtat.js" >pkg/tomtat_bg.js
cp "$gen/tomtat.d.ts" pkg/tomtat_bg.d.ts
cp npm/tomtat.js npm/node.js npm/api.js npm/tomtat.d.ts npm/README.md npm/LICENSE pkg/
cp npm/widget.js npm/widget.d.ts npm/engine.js pkg/
# What a page loads for the API (the entry, the wrapper, the glue) without comments and
# indentation: esbuild's whitespace minifier keeps every name and statement as written. 2.5 KB
# gzipped of the 6.9 KB a browser got for them (docs/size.md, eighth round); the sources with
# their comments are npm/ and wasm-bindgen's output in target/pkg-gen/. The glue's first line
# (@ts-self-types, for Deno and TypeScript) is kept.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || npm ci --no-audit --no-fund
for f in tomtat.js api.js tomtat_bg.js; do
  { if [ "$f" = tomtat_bg.js ]; then head -1 "pkg/$f"; fi
    "$esbuild" "pkg/$f" --minify-whitespace --format=esm --log-level=warning; } >"pkg/$f.min"
  mv "pkg/$f.min" "pkg/$f"
done
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
  p.version = process.argv[1];
  fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");
' "$version"

rm -rf www/pkg && cp -r pkg www/pkg
# The page's service worker (www/sw.js) names its cache after this: the version and a hash of
# every file the page serves, so that any change of www/ or of the package installs a new cache.
hash=$(cd www && find . -type f ! -name sw-version.js -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)
printf '// Written by scripts/build-pkg.sh: names the cache of www/sw.js.\nself.TOMTAT_VERSION = "%s";\n' "$version-$hash" >www/sw-version.js
echo "build-pkg: pkg/ tomtat@$version ($(wc -c <pkg/tomtat_bg.wasm) bytes of wasm; copied to www/pkg/)"
