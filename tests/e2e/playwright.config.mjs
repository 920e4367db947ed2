// End-to-end tests: the real server binary, a real SQLite file and the real
// release build in dist/, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { SERVER_BIN, DIST, chromiumLaunch, freshDbPath } from "./support/server.mjs";

const PORT = Number(process.env.CPOR_E2E_PORT ?? 18080);

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunch,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `${SERVER_BIN} --addr 127.0.0.1:${PORT} --db ${freshDbPath("main")} --dist ${DIST} --fresh --demo`,
    url: `http://127.0.0.1:${PORT}/api/demo/users`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
