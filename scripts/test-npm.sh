#!/usr/bin/env bash
# The npm package as users get it: builds pkg/ (and the native CLI for the agreement test), then
# `npm pack` + install into fresh projects, Node import, TypeScript, a Vite app and a plain page
# in headless Chromium, and agreement with the native engine: tests/js/npm-*.test.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build-pkg.sh
cargo build --release --bin tomtat
if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/vite ]; then
  npm ci --no-audit --no-fund
fi
node --test --test-concurrency=1 tests/js/npm-*.test.mjs
