// Where a first load's main-thread time goes, by function: a CPU profile
// (Chromium's sampling profiler, 50 µs) of fresh loads of `/` until the
// first claim row's frame, or of `/new` until a malformed tenant ID's
// message is on screen after typing it and leaving the field (as the peer
// benchmark measures "step 1 usable"). Prints the time of each mark, then
// self time by crate and by function, and inclusive time for the app's
// own functions and its calls into the browser, averaged over the loads.
//
//   CPOR_WASM_NAMES=1 node scripts/build-app.mjs target/dist-names   # once: names kept
//   node scripts/profile-load.mjs --dist target/dist-names [--route new|list]
//        [--loads 3] [--slow] [--top 40] [--port 18195]
//
// target/dist-names needs Trunk's files first: `rm -rf target/dist-names &&
// cp -r dist target/dist-names` before the build (scripts/build.sh makes dist). Without names (the
// release build) wasm functions show as numbers. --slow: 4x CPU and the
// peer benchmark's slow 4G. Figures only; no budget.
import { resolve } from "node:path";
import { chromium, option, root, startBenchServer, textOption } from "./lib/bench-server.mjs";

const route = textOption("route", "new");
const loads = option("loads", 3);
const top = option("top", 40);
const slow = process.argv.includes("--slow");
const base = await startBenchServer(option("port", 18195), [], resolve(root, textOption("dist", "dist")));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// Marks, set in the page: the field or row seen, the value typed and the
// field left, the message in the DOM, the next frame.
function instrument({ list }) {
  localStorage.setItem("cpor-claims.demo-user", "user-megan");
  const marks = (window.__marks = {});
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const frame = () => requestAnimationFrame(() => (marks.frame = performance.now()));
  const check = () => {
    if (list) {
      if (!marks.row && document.querySelector("table tbody tr")) {
        marks.row = performance.now();
        frame();
      }
      return;
    }
    const field = document.querySelector("#cpor-tenant_id");
    if (field && !marks.field) {
      marks.field = performance.now();
      setTimeout(() => {
        field.focus();
        setter.call(field, "6a1f3c52-0b7e-4d2a-9f14");
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.blur();
        marks.left = performance.now();
        check();
      }, 0);
    }
    if (marks.left && !marks.message && document.querySelector("#cpor-tenant_id-error")) {
      marks.message = performance.now();
      frame();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

const self = {};
const crates = {};
const inclusive = {};
const add = (o, k, ms) => (o[k] = (o[k] ?? 0) + ms / loads);
for (let n = 0; n < loads; n++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (slow) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  }
  await page.addInitScript(instrument, { list: route === "list" });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await page.goto(base + (route === "list" ? "/" : "/new"));
  await page.waitForFunction(() => window.__marks.frame, null, { timeout: 60_000, polling: 20 });
  const marks = await page.evaluate(() => window.__marks);
  const { profile } = await cdp.send("Profiler.stop");
  console.log(`load ${n + 1}: ${Object.entries(marks).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ")}`);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(id).callFrame;
    const name = frame.functionName || `(${frame.url.split("/").pop() || "anonymous"})`;
    add(self, name, ms);
    add(crates, /^<?([a-z_][a-z_0-9]*)::/.exec(name)?.[1] ?? (name.startsWith("(") ? name : "JavaScript and the browser"), ms);
    // Each function on the stack once, for its inclusive time.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const fn = nodes.get(at).callFrame.functionName;
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        add(inclusive, fn, ms);
      }
    }
  });
  await context.close();
}
await browser.close();
const list = (o, k, keep = () => true) =>
  Object.entries(o)
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 160)}`)
    .join("\n");
console.log(`\nself time by crate (mean of ${loads} loads)\n${list(crates, 20)}`);
console.log(`\nself time by function\n${list(self, top)}`);
console.log(`\ninclusive time: the app's functions and its calls into the browser (__wbg_…)\n${list(inclusive, top, (name) => /cpor_|__wbg_/.test(name))}`);
process.exit(0);
