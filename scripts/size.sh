#!/usr/bin/env bash
# Size report of the npm package: each file raw and gzipped (-9), the .wasm's sections, the
# embedded word lists, the npm tarball, and (if twiggy is installed: cargo install twiggy) the
# largest functions of the .wasm before wasm-opt. Builds pkg/ if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/tomtat_bg.wasm ] || bash scripts/build-pkg.sh >/dev/null

gz() { gzip -9c "$1" | wc -c; }
printf '%-18s %9s %9s\n' file raw gzip
total_raw=0 total_gz=0
for f in pkg/*; do
  r=$(wc -c <"$f") g=$(gz "$f")
  total_raw=$((total_raw + r)) total_gz=$((total_gz + g))
  printf '%-18s %9d %9d\n' "$(basename "$f")" "$r" "$g"
done
printf '%-18s %9d %9d\n' "all files" "$total_raw" "$total_gz"
js_gz=$(cat pkg/tomtat.js pkg/api.js pkg/tomtat_bg.js | gzip -9c | wc -c)
printf '%-18s %9s %9d\n' "JS a browser loads" "" "$js_gz"
# What a page downloads: the entry, wrapper and glue (one gzip stream above, each file alone
# here, as a server sends them) and the .wasm. The goal of issue 13 is 100,000 bytes.
browser_gz=$(($(gz pkg/tomtat.js) + $(gz pkg/api.js) + $(gz pkg/tomtat_bg.js) + $(gz pkg/tomtat_bg.wasm)))
printf '%-18s %9s %9d\n' "a browser gets" "" "$browser_gz"

echo
echo "sections of tomtat_bg.wasm (bytes raw, and gzip -9 of the section alone):"
node -e '
  const b = require("fs").readFileSync("pkg/tomtat_bg.wasm");
  const gzip = (x) => require("zlib").gzipSync(x, { level: 9 }).length;
  const names = ["custom","type","import","function","table","memory","global","export","start","element","code","data","datacount"];
  let i = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = b[i++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r >>> 0; };
  while (i < b.length) {
    const id = b[i++], n = leb();
    if (n > 1000) console.log("  " + names[id].padEnd(10) + String(n).padStart(8) + String(gzip(b.subarray(i, i + n))).padStart(8));
    i += n;
  }'
echo
echo "embedded word lists (part of the data section):"
for f in src/data/idf.txt src/data/stopwords.txt; do
  printf '  %-24s %7d raw %7d gzip\n' "$f" "$(wc -c <"$f")" "$(gz "$f")"
done

echo
tarball=$(npm pack ./pkg --pack-destination "${TMPDIR:-/tmp}" --silent)
printf 'npm tarball %s: %d bytes\n' "$tarball" "$(wc -c <"${TMPDIR:-/tmp}/$tarball")"
rm -f "${TMPDIR:-/tmp}/$tarball"

if command -v twiggy >/dev/null && [ -f target/pkg-gen/tomtat_bg.wasm ]; then
  echo
  echo "largest items before wasm-opt (twiggy top):"
  twiggy top -n 15 target/pkg-gen/tomtat_bg.wasm
  echo
  echo "code by family before wasm-opt (bytes; twiggy top, matched by function name):"
  twiggy top -n 100000 target/pkg-gen/tomtat_bg.wasm >"${TMPDIR:-/tmp}/tomtat-twiggy.txt"
  for family in "tomtat::" "slice::sort" "hashbrown" "talc|dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)" \
    "wasm_bindgen|js_sys" "serde" "unicode_segmentation" "unicode_normalization" "fmt" "unicode::|to_lowercase"; do
    printf '  %-50s %7d\n' "$family" "$(grep -E -- "$family" "${TMPDIR:-/tmp}/tomtat-twiggy.txt" | awk '{ s += $1 } END { print s + 0 }')"
  done
fi
