// The page's service worker: it keeps the page, its modules and the WebAssembly in a cache of
// this version, so that after one visit the page opens and summarizes with no network.
//
// Versions: sw-version.js (written by scripts/build-pkg.sh: the package version and a hash of
// every file of www/) names the cache. The browser compares sw.js and the scripts it imports
// byte for byte on each visit (the page registers with updateViaCache "none"), so a new build
// installs a new worker: it caches the new files, takes over at once and deletes the old
// caches. The page then loads the new files from the next visit (a reload) on.
//
// Requests: the cached files are answered from the cache first (the same version together, never
// a new glue with an old .wasm), so a second visit asks the network for nothing before its
// first summary; anything else goes to the network as usual. Updates happen in the background:
// the browser's check of sw.js after a visit installs the next version for the visit after.
//
// The page registers this worker only after its first summary (www/app.js): installing it
// downloads every file below, which would compete with that summary on a slow network.
importScripts("./sw-version.js");

const CACHE = `tomtat-${self.TOMTAT_VERSION}`;
const FILES = [
  "./",
  "index.html",
  "app.js",
  "app.css",
  "summarizer.js",
  "worker.js",
  "sample.js",
  "manifest.webmanifest",
  "icons/icon.svg",
  "icons/icon-192.png",
  "icons/icon-512.png",
  "icons/icon-maskable-512.png",
  "pkg/engine.js",
  "pkg/api.js",
  "pkg/tomtat_bg.js",
  "pkg/tomtat_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "no-cache": the server is asked whether the browser's copy (from the visit that is
      // installing this worker) is current, so the files are those of this version, and the
      // ones already downloaded are not downloaded again.
      await cache.addAll(FILES.map((f) => new Request(f, { cache: "no-cache" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("tomtat-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) || fetch(request))(),
  );
});
