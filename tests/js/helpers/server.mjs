// Serves a folder with the project's http-server (a child process on a free 127.0.0.1 port).
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const HTTP_SERVER = path.join(ROOT, "node_modules/.bin/http-server");

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(origin, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`http-server exited with ${child.exitCode}`);
    try {
      const res = await fetch(origin + "/", { method: "HEAD" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`http-server did not start at ${origin}`);
}

/** Starts http-server on `dir`; resolves to { origin, close() }. */
export async function serve(dir) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(HTTP_SERVER, [dir, "-a", "127.0.0.1", "-p", String(port), "-c-1", "--silent"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const origin = `http://127.0.0.1:${port}`;
    try {
      await waitUntilUp(origin, child);
      return {
        origin,
        close: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      };
    } catch (err) {
      lastError = err;
      child.kill("SIGTERM");
    }
  }
  throw lastError;
}
