// A small static file server with gzip, as a static host serves the page: for the cold-start
// benchmark (bench/cold-start.mjs) and the tests that need to see or shape what the server
// sends (what a visit asks for, a wrong MIME type for .wasm). Not for production.
//   - gzip (zlib's default level, as most hosts) when the request accepts it, with
//     Vary: Accept-Encoding; wasm, JS, CSS, HTML, SVG, JSON and text alike;
//   - ETag and Last-Modified, answered with 304; Cache-Control as given (default "no-cache":
//     the browser may keep a copy but asks before using it, as many static hosts do);
//   - "/dir/" serves dir/index.html; HEAD is answered;
//   - wasmType: the Content-Type of .wasm files (default application/wasm; a test serves them
//     as application/octet-stream, as some servers do, to check the fallback);
//   - log: every answer, { method, path, status, bytes }.
// Usage in code: const s = await serveStatic(dir, options); s.origin; s.log; await s.close();
// From the shell:  node tests/js/helpers/static-server.mjs DIR [PORT]
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".svg", ".txt", ".wasm", ".ts"]);

/**
 * Serves `dir` on 127.0.0.1 (a free port unless `port` is given). Options: cacheControl,
 * wasmType, gzip (default true). Resolves to { origin, close(), log } where log lists
 * { method, path, status, bytes } of every answer (bytes: the body as sent).
 */
export async function serveStatic(dir, { port = 0, cacheControl = "no-cache", wasmType = "application/wasm", gzip = true } = {}) {
  const root = path.resolve(dir);
  const cache = new Map(); // path -> { mtime, body, gz, etag }
  const log = [];

  async function load(file) {
    const info = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtime === info.mtimeMs && hit.size === info.size) return hit;
    const body = await readFile(file);
    const ext = path.extname(file);
    const entry = {
      mtime: info.mtimeMs,
      size: info.size,
      modified: info.mtime.toUTCString(),
      body,
      gz: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
      etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`,
    };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "/";
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    const answer = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      log.push({ method: req.method, path: url.pathname, status, bytes: body && req.method !== "HEAD" ? body.length : 0 });
    };
    if (!file.startsWith(root + path.sep) || (req.method !== "GET" && req.method !== "HEAD")) {
      answer(req.method === "GET" || req.method === "HEAD" ? 403 : 405, { "Content-Type": "text/plain" }, Buffer.from("no\n"));
      return;
    }
    let entry;
    try {
      entry = await load(file);
    } catch {
      answer(404, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("not found\n"));
      return;
    }
    const ext = path.extname(file);
    const headers = {
      "Content-Type": ext === ".wasm" ? wasmType : TYPES[ext] || "application/octet-stream",
      "Cache-Control": cacheControl,
      ETag: entry.etag,
      "Last-Modified": entry.modified,
    };
    if (entry.gz) headers.Vary = "Accept-Encoding";
    if (req.headers["if-none-match"] === entry.etag) {
      answer(304, headers, null);
      return;
    }
    let body = entry.body;
    if (gzip && entry.gz && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      headers["Content-Encoding"] = "gzip";
      body = entry.gz;
    }
    headers["Content-Length"] = body.length;
    answer(200, headers, body);
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = ".", port = "8080"] = process.argv.slice(2);
  const s = await serveStatic(dir, { port: Number(port) });
  console.log(`serving ${path.resolve(dir)} at ${s.origin}/ with gzip (Ctrl-C stops)`);
}
