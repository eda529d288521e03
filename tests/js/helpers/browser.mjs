// Launches Debian's Chromium through playwright-core with a fresh profile in a temp dir.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT } from "./server.mjs";

export const SCREENSHOTS = path.join(ROOT, "tests/e2e/screenshots");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Resolves to { context, close() }; options go to launchPersistentContext. */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tomtat-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Asserts that `watch` saw no console error, page error, failed response or foreign request. */
export function assertNoProblems(problems) {
  assert.deepEqual(problems.failedResponses, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
}

/** Collects console errors, page errors, failed responses and requests to other origins. */
export function watch(context, origin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] };
  context.on("response", (res) => {
    if (res.status() >= 400) problems.failedResponses.push(`${res.status()} ${res.url()}`);
  });
  context.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin + "/") && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.foreignRequests.push(url);
    }
  });
  const onPage = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => problems.pageErrors.push(String(err)));
  };
  context.pages().forEach(onPage);
  context.on("page", onPage);
  return problems;
}

export function screenshotPath(name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/**
 * Opens `url` in a browser of its own (no service worker, no cache) with the answer for `held`
 * held back until every path of `needed` has been asked for. Returns { page, seen: the paths
 * asked for meanwhile, requests: every path asked for (growing), close() }. A file asked for only once another has arrived (a chain) would never be asked for
 * while that one is held: then this fails after a generous wait, which is no measure of speed.
 */
export async function askedWhileHeld(url, held, needed) {
  const b = await launch({ serviceWorkers: "block" });
  try {
    const page = await b.context.newPage();
    const seen = [];
    let release;
    const all = new Promise((resolve) => (release = resolve));
    const ready = Promise.race([all, new Promise((resolve) => setTimeout(resolve, 20000))]);
    page.on("request", (r) => {
      seen.push(new URL(r.url()).pathname);
      if (needed.every((p) => seen.includes(p))) release();
    });
    let whileHeld = null;
    await page.route(`**${held}`, async (route) => {
      await ready;
      whileHeld ??= [...seen];
      await route.continue();
    });
    await page.goto(url);
    await ready;
    return { page, seen: whileHeld ?? [...seen], requests: seen, close: () => b.close() };
  } catch (err) {
    await b.close();
    throw err;
  }
}
