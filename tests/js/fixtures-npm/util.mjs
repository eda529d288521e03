// Helpers of the npm package tests (tests/js/npm-*.test.mjs): pack pkg/ and install the tarball
// into a fresh project, serve a folder, launch Chromium, read articles (helpers/articles.mjs).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const PKG = path.join(ROOT, "pkg");

export function cargoVersion() {
  const toml = readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  return toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)[1];
}

export { writtenArticles, devArticlesOr } from "../helpers/articles.mjs";

export function tempDir(name) {
  return mkdtempSync(path.join(os.tmpdir(), `tomtat-${name}-`));
}

/** `npm pack` of pkg/ into a temp folder: { tarball, files } (files as npm lists them). */
export function pack() {
  if (!existsSync(path.join(PKG, "package.json"))) {
    throw new Error("pkg/ is not built: run bash scripts/build-pkg.sh (scripts/test-npm.sh does)");
  }
  const dest = tempDir("pack");
  const out = execFileSync("npm", ["pack", PKG, "--json", "--pack-destination", dest], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [info] = JSON.parse(out);
  return { tarball: path.join(dest, info.filename), files: info.files.map((f) => f.path), info };
}

/** A fresh ES-module project with the tarball installed (offline: it has no dependencies). */
export function projectWith(tarball, name) {
  const dir = tempDir(name);
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: `tomtat-${name}-check`, private: true, type: "module" }, null, 2),
  );
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
    cwd: dir,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return dir;
}

export function removeDir(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Serves a folder on a free port: { origin, close() } (shared with the e2e tests). */
export { serve } from "../helpers/server.mjs";

/** Headless Chromium with a fresh profile: { context, close() } (shared with the e2e tests). */
export { launch } from "../helpers/browser.mjs";

/**
 * Opens `url`, waits for `window.__done`, returns `window.__result`; fails on page errors and
 * failed requests.
 */
export async function runPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__done === true, null, { timeout: 60000 }).catch((e) => {
    throw new Error(`${e.message}\n${problems.join("\n")}`);
  });
  // An API page leaves window.__result; a widget page (widgetPage) leaves its events.
  const result = await page.evaluate(
    () =>
      window.__result ?? {
        events: window.__events,
        items: [...document.querySelectorAll("tomtat-summary")].map((w) =>
          [...w.shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
        ),
      },
  );
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => e.name),
  );
  await page.close();
  return { result, problems, wasm };
}
