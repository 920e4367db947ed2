// Prints what the browser downloads for each route of the built app, raw,
// gzip -9 and brotli (maximum quality, as served from dist/*.br), per file,
// and checks each route's brotli total against its budget. Exits non-zero
// when a route is over budget (or a file is missing).
//
//   node scripts/bench-size.mjs [dist] [--report]
//
// --report prints the figures without failing (scripts/test.sh, where the
// budgets are not a test). Every route loads the page, its boot script and
// stylesheets and the main module (dist/parts.json, written by
// scripts/build-app.mjs), then the part of its first page; the embedded
// compact view loads cpor-embed.js instead of the page and its boot script.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const report = args.includes("--report");
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";

// Budgets in KB (1024 bytes) of brotli, from the issue that set them.
const ROUTES = [
  { route: "/", part: "associations", budget: 110 },
  { route: "/new", part: "new_claim", budget: 150 },
  { route: "/claims/<id>", part: "claim", budget: 150 },
  { route: "/review", part: "review", budget: 150 },
  { route: "/review/<id>", part: "review_page", budget: 150 },
  { route: "compact view (embedded)", part: "recent", budget: 150, embedded: true },
];

const fail = (why) => {
  console.error(`bench-size: ${why}`);
  process.exit(1);
};
if (!existsSync(join(dist, "parts.json"))) fail(`no ${join(dist, "parts.json")}: build with scripts/build.sh first`);
const { dir, main, parts } = JSON.parse(readFileSync(join(dist, "parts.json"), "utf8"));
const html = readFileSync(join(dist, "index.html"), "utf8");
const pageFiles = [...html.matchAll(/(?:src|href)=(?:"\/([^"]+)"|\/([^\s>]+))/g)]
  .map((m) => m[1] ?? m[2])
  .filter((f) => /\.(js|css)$/.test(f) && !f.startsWith(`${dir}/`));
const stylesheets = pageFiles.filter((f) => f.endsWith(".css"));

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const path = join(dist, file);
    if (!existsSync(path)) fail(`missing ${path}`);
    const data = readFileSync(path);
    sizes.set(file, {
      raw: data.length,
      gz: gzipSync(data, { level: 9 }).length,
      br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const over = [];
for (const { route, part, budget, embedded } of ROUTES) {
  if (!parts[part]) fail(`parts.json has no part "${part}"`);
  const shell = embedded ? ["cpor-embed.js", stylesheets.find((f) => f.startsWith("app-"))] : ["index.html", ...pageFiles];
  // The part arrives as its pack (one file holding its modules).
  const files = [...shell, ...main.map((f) => `${dir}/${f}`), `${dir}/pack_${part}.bin`];
  console.log(`\n${route}`);
  console.log(`  ${"file".padEnd(44)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)} ${"br KB".padStart(7)}`);
  const total = { raw: 0, gz: 0, br: 0 };
  for (const f of files) {
    const s = size(f);
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(`  ${f.replace(/^code-[0-9a-f]{16}\//, "code-…/").padEnd(44)} ${kb(s.raw)} ${kb(s.gz)} ${kb(s.br)}`);
  }
  const verdict = total.br <= budget * 1024 ? "within" : "OVER";
  if (verdict === "OVER") over.push(route);
  console.log(`  ${"total".padEnd(44)} ${kb(total.raw)} ${kb(total.gz)} ${kb(total.br)}   ${verdict} the ${budget} KB budget`);
}

// Everything a visit downloads when it stays long enough for the other
// parts to arrive in the background (module by module, once each).
const all = [...new Set([...sizes.keys(), ...Object.values(parts).flat().map((f) => `${dir}/${f}`)])].filter((f) => !f.endsWith(".bin"));
const whole = all.reduce((t, f) => t + size(f).br, 0);
console.log(`\nthe whole app (every part's modules once, no packs), brotli: ${(whole / 1024).toFixed(1)} KB`);
if (over.length) {
  console.log(`over budget: ${over.join(", ")}`);
  if (!report) process.exit(1);
}
