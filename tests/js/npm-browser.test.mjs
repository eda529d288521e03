// The npm package in headless Chromium: a tiny app importing "tomtat" bundled by Vite (and by
// esbuild, which needs the .wasm copied by hand), and a plain page that imports the package's
// tomtat.js with <script type="module">, no build step. Each page's results must equal what the
// package gives in Node on the same texts. Then the same three ways for the widget
// (import "tomtat/widget", and widget.js of the package folder served as is): every
// <tomtat-summary> shows the summary the package gives in Node. Run: bash scripts/test-npm.sh
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, pack, projectWith, removeDir, serve, launch, runPage, writtenArticles, cargoVersion } from "./fixtures-npm/util.mjs";
import { appSource, articlesSource, indexHtml, widgetPage } from "./fixtures-npm/app.mjs";

let packed, project, browser, articles, expected, lib;

before(async () => {
  packed = pack();
  project = projectWith(packed.tarball, "browser");
  articles = writtenArticles().slice(0, 8).map((a) => a.article);
  lib = await import(pathToFileURL(path.join(project, "node_modules", "tomtat", "node.js")).href);
  expected = articles.map((text) => ({ summary: lib.summarize(text, { sentences: 3 }), units: lib.sentences(text) }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  removeDir(project);
  removeDir(packed && path.dirname(packed.tarball));
});

function assertPageResult({ result, problems, wasm }) {
  assert.deepEqual(problems, []);
  assert.equal(wasm.length, 1, "the page loaded one .wasm");
  assert.equal(result.version, cargoVersion());
  assert.equal(result.sliceOk, true, "text.slice(start, end) === text for every sentence and unit");
  assert.deepEqual(result.results, expected, "same results as the package in Node");
  assert.deepEqual(result.errors.empty, { isError: true, kind: "empty-text", message: result.errors.empty.message });
  assert.equal(result.errors.unknown.kind, "invalid-option");
  assert.match(result.errors.unknown.message, /unknown option `sentence`/);
  assert.equal(result.errors.ratio.kind, "invalid-option");
  // Several articles on one story, as in Node.
  assert.deepEqual(result.story, lib.summarize([articles[0], { title: "Tin thứ hai", text: articles[1] }], { sentences: 4 }));
  assert.ok(result.story.sentences.every((s) => s.document === 0 || s.document === 1));
  assert.deepEqual(result.storyError, { kind: "empty-text", document: 1 });
  for (const failure of [result.panic, result.abort]) {
    assert.equal(failure.isError, true);
    assert.equal(failure.kind, "internal");
  }
  assert.deepEqual(result.afterPanic, expected[0].summary, "usable after a panic");
  assert.deepEqual(result.afterAbort, expected[0].summary, "usable after a trap");
}

/** A folder `name` of the test project with the API test page: index.html loading `entry`,
 * main.js importing the package as `specifier`, and the articles. */
function apiApp(name, entry, specifier) {
  const app = path.join(project, name);
  mkdirSync(app);
  writeFileSync(path.join(app, "index.html"), indexHtml(entry));
  writeFileSync(path.join(app, "main.js"), appSource(specifier));
  writeFileSync(path.join(app, "articles.js"), articlesSource(articles));
  return app;
}

test("a Vite app that imports 'tomtat' builds and runs in Chromium", async () => {
  const app = apiApp("vite-app", "./main.js", "tomtat");
  assertPageResult(await pageAt(await buildWithVite(app), "/index.html"));
});

/** Builds `app` with Vite (it must emit the .wasm) and returns the folder to serve. */
async function buildWithVite(app) {
  const { build } = await import(pathToFileURL(path.join(ROOT, "node_modules", "vite", "dist", "node", "index.js")).href);
  await build({ root: app, logLevel: "warn", configFile: false, build: { outDir: "dist", emptyOutDir: true } });
  const assets = readdirSync(path.join(app, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `Vite emitted the .wasm: ${assets}`);
  return path.join(app, "dist");
}

/** Serves `dir`, opens `file` of it in Chromium and returns what the page found. */
async function pageAt(dir, file) {
  const server = await serve(dir);
  try {
    return await runPage(browser.context, server.origin + file);
  } finally {
    await server.close();
  }
}

/** Bundles `app`/main.js with esbuild into `app`/out/ and copies the .wasm next to the bundle. */
async function bundleWithEsbuild(app) {
  const esbuild = await import(pathToFileURL(path.join(ROOT, "node_modules", "esbuild", "lib", "main.js")).href);
  await esbuild.build({
    entryPoints: [path.join(app, "main.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: path.join(app, "out"),
    absWorkingDir: app,
    logLevel: "warning",
  });
  copyFileSync(path.join(project, "node_modules", "tomtat", "tomtat_bg.wasm"), path.join(app, "out", "tomtat_bg.wasm"));
}

test("an esbuild bundle runs in Chromium with the .wasm copied next to it", async () => {
  const app = apiApp("esbuild-app", "./out/main.js", "tomtat");
  await bundleWithEsbuild(app);
  assertPageResult(await pageAt(app, "/index.html"));
});

test("a plain page imports tomtat.js with <script type=module>, no bundler", async () => {
  const site = apiApp("plain-site", "./main.js", "./tomtat/tomtat.js");
  cpSync(path.join(project, "node_modules", "tomtat"), path.join(site, "tomtat"), { recursive: true });
  const server = await serve(site);
  try {
    const run = await runPage(browser.context, server.origin + "/index.html");
    assert.deepEqual(run.wasm, [server.origin + "/tomtat/tomtat_bg.wasm"]);
    assertPageResult(run);
  } finally {
    await server.close();
  }
});

/** Every widget of a widgetPage answered with the summary the package gives in Node. */
function assertWidgets({ result, problems, wasm }, texts) {
  assert.deepEqual(problems, []);
  assert.equal(wasm.length, 1, "the widgets share one .wasm");
  const events = [...result.events].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  assert.deepEqual(events.map((e) => [e.type, e.id]), texts.map((_, i) => ["tomtat-summarized", `w${i}`]));
  for (const [i, e] of events.entries()) {
    assert.equal(e.detail.text, texts[i], "the widget summarized its article's text");
    const want = lib.summarize(texts[i], { sentences: 3 });
    assert.deepEqual(e.detail.sentences, want.sentences);
    assert.deepEqual(e.detail.keywords, want.keywords);
    assert.deepEqual(result.items[i], want.sentences.map((s) => s.text), "the box lists the sentences");
  }
}

const WIDGET_TEXTS = () => articles.slice(0, 3);

test("widget: a Vite app with import 'tomtat/widget' shows summaries in Chromium", async () => {
  const app = path.join(project, "vite-widget");
  mkdirSync(app);
  writeFileSync(path.join(app, "index.html"), widgetPage(WIDGET_TEXTS(), "./main.js"));
  writeFileSync(path.join(app, "main.js"), 'import "tomtat/widget";\n');
  assertWidgets(await pageAt(await buildWithVite(app), "/index.html"), WIDGET_TEXTS());
});

test("widget: an esbuild bundle of import 'tomtat/widget' shows summaries (the .wasm copied next to it)", async () => {
  const app = path.join(project, "esbuild-widget");
  mkdirSync(app);
  writeFileSync(path.join(app, "index.html"), widgetPage(WIDGET_TEXTS(), "./out/main.js"));
  writeFileSync(path.join(app, "main.js"), 'import "tomtat/widget";\n');
  await bundleWithEsbuild(app);
  assertWidgets(await pageAt(app, "/index.html"), WIDGET_TEXTS());
});

test("widget: a plain page loads widget.js of the package folder served as is", async () => {
  const site = path.join(project, "plain-widget");
  mkdirSync(site);
  // As a CDN that mirrors npm serves it: the installed package folder, untouched.
  cpSync(path.join(project, "node_modules", "tomtat"), path.join(site, "npm", "tomtat@" + cargoVersion()), { recursive: true });
  writeFileSync(path.join(site, "index.html"), widgetPage(WIDGET_TEXTS(), `./npm/tomtat@${cargoVersion()}/widget.js`));
  const server = await serve(site);
  try {
    const run = await runPage(browser.context, server.origin + "/index.html");
    assert.deepEqual(run.wasm, [`${server.origin}/npm/tomtat@${cargoVersion()}/tomtat_bg.wasm`]);
    assertWidgets(run, WIDGET_TEXTS());
  } finally {
    await server.close();
  }
});
