#!/usr/bin/env bash
# The wasm-bindgen tests (tests/wasm.rs): the JavaScript API in WebAssembly, first in Node, then
# the same tests in headless Chromium through chromedriver (options in webdriver.json).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "-- wasm-bindgen tests in Node"
cargo test --target wasm32-unknown-unknown --test wasm

echo "-- wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} WASM_BINDGEN_USE_BROWSER=1 \
  cargo test --target wasm32-unknown-unknown --test wasm
