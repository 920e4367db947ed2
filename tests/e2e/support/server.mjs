// Starting and stopping real server processes for tests that need their own
// (the outage test kills one mid-flow).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "../../../..");
export const SERVER_BIN = process.env.CPOR_SERVER_BIN ?? join(ROOT, "target/server/cpor-server");
export const DIST = process.env.CPOR_DIST ?? join(ROOT, "dist");

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const dbDir = mkdtempSync(join(tmpdir(), "cpor-e2e-"));
export function freshDbPath(name) {
  return join(dbDir, `${name}.db`);
}

async function waitUntilUp(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not come up`);
}

/** Starts a server on `port` with its own database; resolves once it answers. */
export async function startServer(port, { db = freshDbPath(`server-${port}`), fresh = true } = {}) {
  const args = ["--addr", `127.0.0.1:${port}`, "--db", db, "--dist", DIST, "--demo"];
  if (fresh) args.push("--fresh");
  const child = spawn(SERVER_BIN, args, { stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/demo/users`);
  return {
    base,
    db,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/**
 * A spec's own server and database, on the e2e port + `offset`: started
 * before its tests, stopped after them, and the tests' base URL. Returns
 * its `port` and `base` URL.
 */
export function ownServer(test, offset) {
  const port = Number(process.env.CPOR_E2E_PORT ?? 18080) + offset;
  const base = `http://127.0.0.1:${port}`;
  let running;
  test.beforeAll(async () => {
    running = await startServer(port);
  });
  test.afterAll(async () => {
    await running?.stop();
  });
  test.use({ baseURL: base });
  return { port, base };
}
