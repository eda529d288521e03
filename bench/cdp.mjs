// A minimal client of the Chrome DevTools Protocol over a pipe (--remote-debugging-pipe): for
// bench/cold-start.mjs, which needs every target (the page, its workers, the service worker)
// throttled before it runs, and so talks to the browser directly rather than through
// playwright. Messages are JSON, one per NUL-terminated chunk, on file descriptors 3 (to the
// browser) and 4 (from it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Starts headless Chromium with a fresh profile. Resolves to a client with
 *   send(method, params, sessionId) -> Promise of the result (rejects with the protocol error),
 *   on(method, (params, sessionId) => …)  for events of every session,
 *   close()  which ends the browser and removes the profile.
 */
export async function launchChromium({ executable = process.env.CHROMIUM || "/usr/bin/chromium", args = [] } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tomtat-cold-"));
  const proc = spawn(
    executable,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-extensions",
      "--remote-debugging-pipe",
      `--user-data-dir=${profile}`,
      ...args,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  proc.stderr.on("data", (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const toBrowser = proc.stdio[3];
  const fromBrowser = proc.stdio[4];
  let nextId = 1;
  const pending = new Map();
  const handlers = new Map();
  let buffer = "";
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (!p) continue;
        if (message.error) p.reject(new Error(`${p.method}: ${message.error.message}`));
        else p.resolve(message.result);
      } else {
        for (const h of handlers.get(message.method) ?? []) h(message.params, message.sessionId);
      }
    }
  });
  const exited = new Promise((resolve) => proc.once("exit", resolve));
  exited.then(() => {
    for (const p of pending.values()) p.reject(new Error(`chromium exited: ${stderr.slice(-800)}`));
    pending.clear();
  });

  const client = {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      const message = { id, method, params };
      if (sessionId) message.sessionId = sessionId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        toBrowser.write(JSON.stringify(message) + "\0");
      });
    },
    on(method, handler) {
      if (!handlers.has(method)) handlers.set(method, []);
      handlers.get(method).push(handler);
    },
    async close() {
      try {
        await Promise.race([client.send("Browser.close"), new Promise((r) => setTimeout(r, 3000))]);
      } catch {
        // already gone
      }
      if (proc.exitCode === null) proc.kill("SIGKILL");
      await exited;
      // The browser's helper processes may still write for a moment after it has exited.
      for (let i = 0; ; i++) {
        try {
          fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
          break;
        } catch (err) {
          if (i >= 20) {
            console.error(`could not remove ${profile}: ${err.message}`);
            break;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
  };
  await client.send("Browser.getVersion");
  return client;
}
