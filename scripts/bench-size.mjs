// Prints what the browser downloads for the first page of the built app
// (the HTML and every script, stylesheet and wasm module it loads), raw,
// gzip -9 and brotli (maximum quality, as served from dist/*.br), and
// compares the brotli total with the budget.
//
//   node scripts/bench-size.mjs [dist] [--budget-kb 60]
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget-kb");
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith("--") && (budgetAt < 0 || i !== budgetAt + 1)) ?? "dist";

const html = readFileSync(join(dist, "index.html"), "utf8");
// Every same-origin asset the page references: src= and href= attributes
// (scripts, stylesheets, preloads) and the module paths in the bootstrap.
const refs = new Set();
for (const m of html.matchAll(/(?:src|href)=(?:"\/([^"]+)"|\/([^\s>]+))/g)) refs.add(m[1] ?? m[2]);
for (const m of html.matchAll(/['"]\/([^'"]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);
const files = ["index.html", ...[...refs].filter((f) => /\.(js|wasm|css)$/.test(f)).sort()];

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
let total = { raw: 0, gz: 0, br: 0 };
console.log(`${"file".padEnd(48)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)} ${"br KB".padStart(7)}`);
for (const f of files) {
  const path = join(dist, f);
  if (!existsSync(path)) {
    console.error(`missing ${path}`);
    process.exit(1);
  }
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + data.length, gz: total.gz + gz, br: total.br + br };
  console.log(`${f.padEnd(48)} ${kb(data.length)} ${kb(gz)} ${kb(br)}`);
}
console.log(`${"first page total".padEnd(48)} ${kb(total.raw)} ${kb(total.gz)} ${kb(total.br)}`);
if (budgetKb !== null) {
  const verdict = total.br <= budgetKb * 1024 ? "within" : "OVER";
  console.log(`brotli total ${(total.br / 1024).toFixed(1)} KB: ${verdict} the ${budgetKb} KB budget`);
}
