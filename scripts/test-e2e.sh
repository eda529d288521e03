#!/usr/bin/env bash
# Browser end-to-end tests of the page (www/index.html), its offline use (www/sw.js) and the
# widget (<tomtat-summary>) in Debian's Chromium via playwright-core. Builds the package first
# if it is missing or older than the Rust sources or npm/. Screenshots: tests/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

wasm=www/pkg/tomtat_bg.wasm
if [ ! -f "$wasm" ] || [ ! -f www/sw-version.js ] ||
  [ -n "$(find src npm Cargo.toml Cargo.lock scripts/build-pkg.sh -newer "$wasm" -print -quit)" ]; then
  echo "building the WebAssembly package"
  bash scripts/build-pkg.sh
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -x node_modules/.bin/http-server ]; then
  npm ci --no-audit --no-fund
fi

node --test --test-concurrency=1 tests/js/page.test.mjs tests/js/widget.test.mjs tests/js/offline.test.mjs
