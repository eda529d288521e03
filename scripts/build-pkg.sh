#!/usr/bin/env bash
# Builds pkg/ (the npm package tomtat) and copies it to www/pkg/ for the page and widget.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --lib --target wasm32-unknown-unknown --profile wasm
rm -rf pkg && mkdir -p pkg
wasm-bindgen target/wasm32-unknown-unknown/wasm/tomtat.wasm --out-dir pkg --out-name tomtat --target web
rm -rf www/pkg && cp -r pkg www/pkg
