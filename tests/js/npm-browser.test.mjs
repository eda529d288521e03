// The npm package in headless Chromium: a tiny app importing "tomtat" bundled by Vite (and by
// esbuild, which needs the .wasm copied by hand), and a plain page that imports the package's
// tomtat.js with <script type="module">, no build step. Each page's results must equal what the
// package gives in Node on the same texts. Run: bash scripts/test-npm.sh
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, pack, projectWith, removeDir, serve, launch, runPage, writtenArticles, cargoVersion } from "./fixtures-npm/util.mjs";
import { appSource, articlesSource, indexHtml } from "./fixtures-npm/app.mjs";

let packed, project, browser, articles, expected;

before(async () => {
  packed = pack();
  project = projectWith(packed.tarball, "browser");
  articles = writtenArticles().slice(0, 8).map((a) => a.article);
  const lib = await import(pathToFileURL(path.join(project, "node_modules", "tomtat", "node.js")).href);
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
  for (const failure of [result.panic, result.abort]) {
    assert.equal(failure.isError, true);
    assert.equal(failure.kind, "internal");
  }
  assert.deepEqual(result.afterPanic, expected[0].summary, "usable after a panic");
  assert.deepEqual(result.afterAbort, expected[0].summary, "usable after a trap");
}

test("a Vite app that imports 'tomtat' builds and runs in Chromium", async () => {
  const app = path.join(project, "vite-app");
  mkdirSync(app);
  writeFileSync(path.join(app, "index.html"), indexHtml("./main.js"));
  writeFileSync(path.join(app, "main.js"), appSource("tomtat"));
  writeFileSync(path.join(app, "articles.js"), articlesSource(articles));
  const { build } = await import(pathToFileURL(path.join(ROOT, "node_modules", "vite", "dist", "node", "index.js")).href);
  await build({ root: app, logLevel: "warn", configFile: false, build: { outDir: "dist", emptyOutDir: true } });
  const assets = readdirSync(path.join(app, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `Vite emitted the .wasm: ${assets}`);
  const server = await serve(path.join(app, "dist"));
  try {
    assertPageResult(await runPage(browser.context, server.origin + "/index.html"));
  } finally {
    await server.close();
  }
});

test("an esbuild bundle runs in Chromium with the .wasm copied next to it", async () => {
  const app = path.join(project, "esbuild-app");
  mkdirSync(app);
  writeFileSync(path.join(app, "index.html"), indexHtml("./out/main.js"));
  writeFileSync(path.join(app, "main.js"), appSource("tomtat"));
  writeFileSync(path.join(app, "articles.js"), articlesSource(articles));
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
  const server = await serve(app);
  try {
    assertPageResult(await runPage(browser.context, server.origin + "/index.html"));
  } finally {
    await server.close();
  }
});

test("a plain page imports tomtat.js with <script type=module>, no bundler", async () => {
  const site = path.join(project, "plain-site");
  mkdirSync(site);
  cpSync(path.join(project, "node_modules", "tomtat"), path.join(site, "tomtat"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), indexHtml("./main.js"));
  writeFileSync(path.join(site, "main.js"), appSource("./tomtat/tomtat.js"));
  writeFileSync(path.join(site, "articles.js"), articlesSource(articles));
  const server = await serve(site);
  try {
    const run = await runPage(browser.context, server.origin + "/index.html");
    assert.deepEqual(run.wasm, [server.origin + "/tomtat/tomtat_bg.wasm"]);
    assertPageResult(run);
  } finally {
    await server.close();
  }
});
