// The page installed for offline use (www/sw.js, www/manifest.webmanifest) in Chromium, and the
// warm-up of its engine. Run: bash scripts/test-e2e.sh
//   - after one visit, with the server stopped and the browser offline, a reload opens the page
//     from the service worker's cache and it summarizes;
//   - a new version (a new sw-version.js and changed files) replaces the old cache on the next
//     visit, and the page then uses the new files;
//   - the manifest names the page in Vietnamese, with icons and theme colours that load;
//   - the first summary after the page opens is not slower than later ones.
// Each test serves its own copy of www/ on its own port (its own origin, so its own worker).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, ROOT } from "./helpers/server.mjs";
import { serveStatic } from "./helpers/static-server.mjs";
import { assertNoProblems, launch, watch, screenshotPath } from "./helpers/browser.mjs";
import { nodeEngine } from "./helpers/engine-node.mjs";
import { writtenArticles } from "./helpers/articles.mjs";

const WAIT = { timeout: 60000 };
let engine, articles;
const cleanup = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, "www/sw-version.js")), "www/sw-version.js: run bash scripts/build-pkg.sh");
  engine = await nodeEngine();
  articles = writtenArticles();
});

after(async () => {
  for (const f of cleanup.reverse()) await f();
});

/** A copy of www/ in a temp folder, served: { dir, server }. */
async function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tomtat-offline-"));
  fs.cpSync(path.join(ROOT, "www"), dir, { recursive: true });
  const server = await serve(dir);
  cleanup.push(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, server };
}

async function browser() {
  const b = await launch();
  cleanup.push(() => b.close());
  return b;
}

/** Opens the page and waits until the engine is ready and the service worker controls it. */
async function openControlled(context, origin) {
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  // The worker installs after load (caching every file), then claims the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, WAIT);
  return page;
}

async function summarizeOnPage(page, text) {
  await page.fill("#text", text);
  await page.waitForFunction(
    (n) => {
      const card = document.getElementById("summary-card");
      return document.getElementById("text").value.length === n && card.getAttribute("aria-busy") === "false" && card.dataset.state === "done";
    },
    text.length,
    WAIT,
  );
  return page.evaluate(() => ({
    list: [...document.querySelectorAll("#summary-list li")].map((li) => li.textContent),
    ms: Number(document.getElementById("stat-time").dataset.ms),
  }));
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit the page opens and summarizes with the network off", async () => {
  const { server } = await site();
  const { context } = await browser();
  const problems = watch(context, server.origin);
  let page = await openControlled(context, server.origin);
  const version = fs.readFileSync(path.join(ROOT, "www/sw-version.js"), "utf8").match(/"([^"]+)"/)[1];
  assert.deepEqual(await cacheNames(page), [`tomtat-${version}`]);
  await page.close();

  // No server, no network: only the service worker's cache can answer.
  await server.close();
  await context.setOffline(true);
  page = await context.newPage();
  const failed = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  await page.goto(server.origin + "/", WAIT);
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  const article = articles.find((a) => a.id === "bao-mien-trung");
  const shown = await summarizeOnPage(page, article.article);
  const want = engine.summarize(article.article, { sentences: 3 }).sentences.map((s) => s.text);
  assert.deepEqual(shown.list, want, "the offline page gives the library's summary");
  assert.deepEqual(failed, []);
  await page.screenshot({ path: screenshotPath("offline.png"), fullPage: false });
  assertNoProblems(problems);
  await context.setOffline(false);
});

test("a second visit asks the server for nothing before its first summary", async () => {
  // Served by a server that logs what it is asked; the first visit installs the service worker.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tomtat-offline-"));
  fs.cpSync(path.join(ROOT, "www"), dir, { recursive: true });
  const server = await serveStatic(dir);
  cleanup.push(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const { context } = await browser();
  const problems = watch(context, server.origin);
  const first = await context.newPage();
  await first.goto(server.origin + "/");
  const article = articles.find((a) => a.id === "thi-tot-nghiep");
  const want = engine.summarize(article.article, { sentences: 3 }).sentences.map((s) => s.text);
  assert.deepEqual((await summarizeOnPage(first, article.article)).list, want);
  // The worker is registered after the first summary; it installs, then takes control.
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, WAIT);
  await first.close();

  const asked = server.log.length;
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  assert.deepEqual((await summarizeOnPage(page, article.article)).list, want);
  // The browser may check sw.js for a new version meanwhile (in the background, after the
  // navigation): that is the update, not the page waiting on the network.
  const meanwhile = server.log.slice(asked).map((r) => r.path).filter((p) => p !== "/sw.js" && p !== "/sw-version.js");
  assert.deepEqual(meanwhile, [], "what the second visit asked the server before its first summary");
  assertNoProblems(problems);
});

test("a new version replaces the old cache on the next visit", async () => {
  const { dir, server } = await site();
  const { context } = await browser();
  const problems = watch(context, server.origin);
  const page = await openControlled(context, server.origin);
  const old = await cacheNames(page);
  assert.equal(old.length, 1);
  assert.equal(await page.title(), "Tóm tắt — tóm tắt văn bản tiếng Việt trong trình duyệt");

  // A new build: a changed page and a new version.
  const index = path.join(dir, "index.html");
  fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace("<title>Tóm tắt —", "<title>Tóm tắt (bản mới) —"));
  fs.writeFileSync(path.join(dir, "sw-version.js"), 'self.TOMTAT_VERSION = "test-2";\n');

  // This visit is still served by the old cache; the browser finds the new worker meanwhile.
  await page.reload();
  assert.equal(await page.title(), "Tóm tắt — tóm tắt văn bản tiếng Việt trong trình duyệt");
  // Chromium checks for an update a few seconds after a navigation.
  const updated = () =>
    page.evaluate(async () => {
      const keys = await caches.keys();
      const reg = await navigator.serviceWorker.getRegistration();
      return (
        keys.join() === "tomtat-test-2" &&
        (await (await caches.open(keys[0])).keys()).length > 10 &&
        reg.active?.state === "activated" &&
        !reg.installing &&
        !reg.waiting
      );
    });
  for (const until = Date.now() + 60000; !(await updated()); ) {
    assert.ok(Date.now() < until, "the new version was not installed within a minute");
    await new Promise((r) => setTimeout(r, 200));
  }
  // The next visit uses the new files, from the new cache, even offline.
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.title(), "Tóm tắt (bản mới) — tóm tắt văn bản tiếng Việt trong trình duyệt");
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  const article = articles.find((a) => a.id === "metro-tp-hcm");
  const shown = await summarizeOnPage(page, article.article);
  assert.deepEqual(shown.list, engine.summarize(article.article, { sentences: 3 }).sentences.map((s) => s.text));
  await context.setOffline(false);
  assertNoProblems(problems);
});

test("the manifest: Vietnamese name, standalone, theme colours, icons that load", async () => {
  const { server } = await site();
  const { context } = await browser();
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
  const manifest = await (await fetch(href)).json();
  assert.equal(manifest.lang, "vi");
  assert.equal(manifest.short_name, "Tóm tắt");
  assert.match(manifest.name, /tiếng Việt/);
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.start_url, "./");
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  for (const want of ["192x192 any", "512x512 any", "512x512 maskable", "any any"]) assert.ok(sizes.includes(want), want);
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, href).href;
    const size = await page.evaluate(async (u) => {
      const img = new Image();
      img.src = u;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, url);
    if (icon.sizes !== "any") assert.equal(`${size[0]}x${size[1]}`, icon.sizes, icon.src);
  }
});

test("the engine is warmed up before the page says it is ready, and the first summary is not delayed", async () => {
  const { server } = await site();
  const { context } = await browser();
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await page.waitForFunction(() => document.getElementById("version").textContent.startsWith("v"), null, WAIT);
  // The worker summarizes its sample at least 4 times before it reports ready (www/worker.js):
  // without that, the reader's first summary runs on the browser's baseline code and costs
  // 20-40 ms instead of under 1. Counted, not timed: a timing bound flakes on a busy machine.
  const warmUps = Number(await page.$eval("#version", (el) => el.dataset.warmUps));
  assert.ok(warmUps >= 4 && warmUps <= 40, `warm-up calls: ${warmUps}`);
  const texts = articles.slice(0, 9).map((a) => a.article);
  const ms = [];
  for (const t of texts) ms.push((await summarizeOnPage(page, t)).ms);
  const later = ms.slice(1).sort((a, b) => a - b);
  // Printed for whoever reads the log; not asserted (benchmarks measure speed: bench/).
  console.log(`${warmUps} warm-up calls; first summary ${ms[0].toFixed(2)} ms; later ones: median ${later[later.length >> 1].toFixed(2)} ms`);
});
