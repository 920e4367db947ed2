// A demo server for a benchmark: the release binary and dist/ (built by
// scripts/build.sh) on a fresh SQLite file in a temporary folder, killed and
// removed when the process exits. Resolves once it answers.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Playwright's Chromium driver, from the end-to-end tests' packages. */
export const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright");

/** The word after `--name` on the command line, or `fallback`. */
export function textOption(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

/** The number after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const text = textOption(name, undefined);
  return text === undefined ? fallback : Number(text);
}

/** Starts the server on `port` serving `dist` (default: the release build's). */
export async function startBenchServer(port, extraArgs = [], dist = join(root, "dist")) {
  const base = `http://127.0.0.1:${port}`;
  const work = mkdtempSync(join(tmpdir(), "cpor-bench-"));
  const server = spawn(
    join(root, "target/server/cpor-server"),
    ["--addr", `127.0.0.1:${port}`, "--db", join(work, "bench.db"), "--dist", dist, "--fresh", "--demo", "--write-rate", "1000000", "--write-burst", "1000000", ...extraArgs],
    { stdio: "ignore" },
  );
  // The server must not keep Node alive: a benchmark ends when its work
  // does, and the exit handler below stops the server.
  server.unref();
  process.on("exit", () => {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/demo/users`)).ok) return base;
    } catch {}
    if (i > 300) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}
