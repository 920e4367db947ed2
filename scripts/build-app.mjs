// Builds the release app's code into dist/ after Trunk has written the
// page, its stylesheets and icons (scripts/build.sh runs both):
//
//   1. cargo builds the wasm with `--cfg cpor_split` and relocations kept;
//   2. wasm-split-cli cuts it at the app's parts (src/parts.rs): a main
//      module, one module per page and modules the pages share, and the
//      loader __wasm_split.js;
//   3. wasm-bindgen writes the main module's JS glue (--keep-lld-exports:
//      the parts import the main module's functions by their linker names);
//   4. wasm-opt -Oz optimises every module;
//   5. the glue and the loader are minified (terser, scripts/minify.mjs);
//   6. the languages' catalogues are written beside them (cpor-catalogues);
//   7. everything goes into dist/code-<hash>/ (the hash of all of it: the
//      files refer to one another by plain names, so the folder carries the
//      fingerprint and is served immutable), with each part's modules also
//      in one pack_<part>.bin; dist/parts.json says which files each page
//      needs (scripts/bench-size.mjs reads it);
//   8. the loaders are written, minified too (scripts/loaders.mjs), and
//      every file is precompressed (scripts/precompress.mjs).
//
//   node scripts/build-app.mjs [dist]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { writeLoaders } from "./loaders.mjs";
import { minifyModule } from "./minify.mjs";

const dist = process.argv[2] ?? "dist";
const work = "target/app-split";
const wasmIn = "target/wasm32-unknown-unknown/release/cpor-claims.wasm";
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
const step = (what) => console.log(`\n\x1b[1m==> ${what}\x1b[0m`);
const fail = (why) => {
  console.error(`build-app: ${why}`);
  process.exit(1);
};

step("Building the app's wasm (cargo, release, split build)");
// Source paths in panic locations name the crate, not this machine's
// folders (shorter, and nothing of the build machine in the shipped code).
const registry = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "registry", "src");
const remaps = [[process.cwd(), "."], ...(existsSync(registry) ? readdirSync(registry).map((d) => [join(registry, d), "crates"]) : [])].filter(
  ([from]) => !/\s/.test(from),
);
run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "cpor-claims"], {
  // Replaces .cargo/config.toml's flags for this target, so they are repeated.
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: [
    "--cfg erase_components --cfg cpor_split -Clink-args=--emit-relocs",
    ...remaps.map(([from, to]) => `--remap-path-prefix=${from}=${to}`),
  ].join(" "),
});

step("Splitting the wasm at the app's parts (wasm-split-cli)");
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "split"), { recursive: true });
run("wasm-split-cli", [wasmIn, join(work, "split"), "--out-name", "cpor-claims"]);
run("wasm-bindgen", [
  "--target=web",
  "--keep-lld-exports",
  "--no-typescript",
  "--out-name=cpor-claims",
  `--out-dir=${join(work, "out")}`,
  join(work, "split", "cpor-claims.wasm"),
]);

step("Optimising every module (wasm-opt -Oz)");
const out = join(work, "out");
for (const f of readdirSync(join(work, "split"))) {
  if (f.endsWith(".wasm") && f !== "cpor-claims.wasm") cpSync(join(work, "split", f), join(out, f));
}
// CPOR_WASM_NAMES=1 keeps the functions' names in every module, for a
// profile that names them (DevTools, or the CPU profile in BENCHMARKS.md's
// "Where the main thread's time went"); the modules are then about half as
// large again, so such a build is for reading profiles, not for shipping.
const names = process.env.CPOR_WASM_NAMES === "1";
const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
for (const f of readdirSync(out).filter((f) => f.endsWith(".wasm"))) {
  run("wasm-opt", ["-Oz", names ? "-g" : "--strip-debug", "--strip-producers", ...features.map((x) => `--enable-${x}`), join(out, f), "-o", join(out, f)]);
}

// A fresh instance of the app (the embedding module's recovery after a
// failure) imports the glue with a query (?instance=2); the loader and the
// glue must then be that instance's too, not the first one's. Their static
// imports of each other become dynamic ones carrying the importer's query:
// the glue imports the loader when it starts the module (no top-level
// await, so a page's load event still waits for the app's modules), the
// loader imports the glue when a part is first fetched. (The glue's
// initSync then only answers an instance already started; the app never
// starts one with it.)
const glue = readFileSync(join(out, "cpor-claims.js"), "utf8");
const staticSplit = /^import \* as (\w+) from "\.\/__wasm_split\.js"$/gm;
const splitNames = [...glue.matchAll(staticSplit)].map((m) => m[1]);
const initOnce = "async function __wbg_init_once(module_or_path) {\n";
if (!splitNames.length || !glue.includes(initOnce)) fail("the glue does not import ./__wasm_split.js as expected");
// The app's one inline snippet (src/i18n.rs, the folder of its files)
// goes into the glue, where that folder is the glue's own: one request
// less before the app starts.
const snippet = /^import \{ filesBase \} from '\.\/snippets\/cpor-claims-[0-9a-f]+\/inline0\.js';$/m;
if (!snippet.test(glue) || (glue.match(/\/snippets\//g) ?? []).length !== 1) fail("the glue does not import src/i18n.rs's snippet as expected");
rmSync(join(out, "snippets"), { recursive: true, force: true });
writeFileSync(
  join(out, "cpor-claims.js"),
  glue
    .replace(snippet, 'const filesBase = () => new URL("./", import.meta.url).href;')
    .replace(staticSplit, (_, name) => `let ${name};`)
    .replace(
      initOnce,
      `${initOnce}    ${splitNames.join(" = ")} = await import("./__wasm_split.js" + new URL(import.meta.url).search);\n`,
    ),
);
const loader = readFileSync(join(work, "split", "__wasm_split.js"), "utf8");
const shared = /^import \{ initSync \} from "\.\/cpor-claims\.js";\n\nlet sharedImports = undefined;\nfunction getSharedImports\(\) \{\n[\s\S]*?const \{ ([\w, ]+) \} = initSync\(undefined, undefined\);[\s\S]*?\n\}\n/;
const exportsUsed = loader.match(shared)?.[1];
if (!exportsUsed) fail("__wasm_split.js does not start as expected (see the patch in build-app.mjs)");
// Which files each part needs: its own module, then the shared modules the
// loader loads with it (in that order), as many as the comments in the
// loader name it for.
const partLoad = /^export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/split_\1\.wasm", import\.meta\.url\)\);\n {4}src\.catch\(\(\) => \{\}\);\n {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[((?:__chunk_\d+(?:, )?)*)\]\)\);$/gm;
const deps = {};
for (const m of loader.matchAll(partLoad)) deps[m[1]] = m[2] ? m[2].split(", ").map((c) => Number(c.slice("__chunk_".length))) : [];
const named = {};
for (const m of loader.matchAll(/\/\* ([\w, ]+) \*\/\nconst __chunk_(\d+)/g)) {
  for (const part of m[1].split(", ")) (named[part] ??= []).push(Number(m[2]));
}
const parts = {};
for (const [part, chunks] of Object.entries(deps)) {
  if ([...chunks].sort((a, b) => a - b).join() !== (named[part] ?? []).sort((a, b) => a - b).join()) {
    fail(`__wasm_split.js: the modules loaded with ${part} are not the ones its comments name`);
  }
  parts[part] = [`split_${part}.wasm`, ...chunks.map((c) => `chunk_${c}.wasm`)];
}
if (!Object.keys(parts).length || Object.keys(named).some((p) => !parts[p])) fail("__wasm_split.js: its parts are not loaded as expected");

// Each part's modules in one file, pack_<part>.bin: the first page's part
// (and any part a page needs before the first page is on screen) arrives
// in one response instead of one per module. Once the first page is on
// screen, parts take their modules one by one, each module once; before
// that, two packs can carry the same shared module (a reviewer sent to the
// list's part first, say), which is then downloaded twice. A part only
// ever fetched after a first page is on screen (src/parts.rs) has no pack.
const afterFirstPage = new Set(["claim_forms"]);
// The loader's index of the packs, small: each module's length once (a
// pack holds its part's modules in the order the loader loads them).
const packs = {};
const lengths = {};
for (const [part, modules] of Object.entries(parts)) {
  if (afterFirstPage.has(part)) continue;
  const bytes = modules.map((f) => {
    const data = readFileSync(join(out, f));
    lengths[f.replace(/^chunk_(\d+)\.wasm$/, "$1").replace(/^split_(\w+)\.wasm$/, "$1")] = data.length;
    return data;
  });
  writeFileSync(join(out, `pack_${part}.bin`), Buffer.concat(bytes));
  packs[part] = true;
}
const packing = `
// Each part's shared modules, in the order its pack holds them after the
// part's own (scripts/build-app.mjs); the parts that have a pack; every
// module's length.
const deps = ${JSON.stringify(deps)};
const packs = new Set(${JSON.stringify(Object.keys(packs))});
const lengths = ${JSON.stringify(lengths)};
const packed = {};
let packing = null;
// Where \`file\` is in \`part\`'s pack: [offset, length], or undefined.
function inPack(part, file) {
    if (!packs.has(part)) return undefined;
    let offset = 0;
    for (const m of [part, ...deps[part]]) {
        const name = typeof m === "number" ? \`chunk_\${m}.wasm\` : \`split_\${m}.wasm\`;
        if (name === file) return [offset, lengths[m]];
        offset += lengths[m];
    }
    return undefined;
}
function fetchModule(file) {
    const place = packing !== null && !globalThis.cporPartsInBackground ? inPack(packing, file) : undefined;
    if (place === undefined) return fetch(new URL("./" + file, import.meta.url));
    const part = packing;
    if (packed[part] === undefined) {
        const pack = fetch(new URL(\`./pack_\${part}.bin\`, import.meta.url))
            .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(\`pack_\${part}.bin: \${r.status}\`))));
        pack.catch(() => { if (packed[part] === pack) packed[part] = undefined; });
        packed[part] = pack;
    }
    // A module from a pack is compiled from its bytes, not streamed: the
    // pack has arrived whole, and a streaming compile per module costs
    // the page's main thread several tasks each (about 110 ms at 4x CPU
    // slowdown for the 60 modules before the list's first row).
    const [offset, length] = place;
    return packed[part].then((b) => b.slice(offset, offset + length));
}
`;

// The main module's exports the parts link to, asked for once (every load
// waits for the same promise).
const patched = loader
  .replace(
    shared,
    `const glue = () => import("./cpor-claims.js" + new URL(import.meta.url).search);
let sharedImports = undefined;
function getSharedImports() {
    if (sharedImports === undefined) {
        const asked = glue().then((main) => {
            const { ${exportsUsed} } = main.initSync(undefined, undefined);
            return { __wasm_split: { ${exportsUsed} } };
        });
        asked.catch(() => { if (sharedImports === asked) sharedImports = undefined; });
        sharedImports = asked;
    }
    return sharedImports;
}
`,
  )
  .replace("function wrapAsyncCb(callee) {", `${packing}function wrapAsyncCb(part, callee) {`)
  .replace("            await callee();", "            packing = part;\n            const loading = callee();\n            packing = null;\n            await loading;")
  .replace(/^export const __wasm_split_load_(\w+) = wrapAsyncCb\(/gm, 'export const __wasm_split_load_$1 = wrapAsyncCb("$1", ')
  .replace(/fetch\(new URL\("\.\/((?:split|chunk)_\w+\.wasm)", import\.meta\.url\)\)/g, 'fetchModule("$1")')
  .replaceAll("const sharedImports = getSharedImports();", "const sharedImports = await getSharedImports();")
  .replaceAll("const imports = getSharedImports();", "const imports = await getSharedImports();")
  // Every module is loaded the same way: a shared one once, when the first
  // part that needs it loads; a part with its shared modules (\`deps\`).
  // One line per part instead of seven per module (what they said was read
  // above).
  .replace("function makeLoad(fetcher, deps) {", `function load(file, needs) {
    return makeLoad(() => {
        const src = fetchModule(file);
        src.catch(() => {});
        return async (imports) => {
            const got = await src;
            return got instanceof Response ? WebAssembly.instantiateStreaming(got, imports) : WebAssembly.instantiate(got, imports);
        };
    }, needs);
}
const sharedLoads = {};
const chunk = (n) => (sharedLoads[n] ??= load(\`chunk_\${n}.wasm\`, []));
const part = (name) => load(\`split_\${name}.wasm\`, deps[name].map(chunk));
function makeLoad(fetcher, deps) {`)
  .replace(/\/\* [\w, ]+ \*\/\nconst __chunk_(\d+) = makeLoad\(\(\) => \{\n {4}const src = fetchModule\("chunk_\1\.wasm"\);\n {4}src\.catch\(\(\) => \{\}\);\n {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[\]\);\n/g, "")
  .replace(
    /^export const __wasm_split_load_(\w+) = wrapAsyncCb\("\1", makeLoad\(\(\) => \{\n {4}const src = fetchModule\("split_\1\.wasm"\);\n {4}src\.catch\(\(\) => \{\}\);\n {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[(?:__chunk_\d+(?:, )?)*\]\)\);$/gm,
    'export const __wasm_split_load_$1 = wrapAsyncCb("$1", part("$1"));',
  );
if (/^import |= getSharedImports\(\)|[^.]initSync\(|fetch\(new URL\("\.\/\w|wrapAsyncCb\(makeLoad|await callee\(\)/m.test(patched)) {
  fail("__wasm_split.js is not shaped as expected (see the patch in build-app.mjs)");
}
if (/__chunk_|wrapAsyncCb\("\w+", makeLoad/.test(patched) || (patched.match(/^export const __wasm_split_load_\w+ = wrapAsyncCb\("\w+", part\("\w+"\)\);$/gm) ?? []).length !== Object.keys(parts).length) {
  fail("__wasm_split.js loads its modules in a way build-app.mjs doesn't know (see the patch of its loads)");
}
writeFileSync(join(out, "__wasm_split.js"), patched);

step("Minifying the glue and the loader (terser)");
for (const f of ["cpor-claims.js", "__wasm_split.js"]) {
  writeFileSync(join(out, f), minifyModule(readFileSync(join(out, f), "utf8"), f));
}

// Each language but English (built into the main module) in a file of
// its own, downloaded only by those who read it (src/i18n.rs).
step("Writing the languages' catalogues (cpor-catalogues)");
run("cargo", ["run", "--quiet", "-p", "cpor-i18n", "--features", "compile", "--bin", "cpor-catalogues", "--", out]);

const files = readdirSync(out).sort();
const hash = createHash("sha256");
for (const f of files) hash.update(f).update(readFileSync(join(out, f)));
const appDir = `code-${hash.digest("hex").slice(0, 16)}`;
rmSync(join(dist, appDir), { recursive: true, force: true });
cpSync(out, join(dist, appDir), { recursive: true });
writeFileSync(
  join(dist, "parts.json"),
  `${JSON.stringify({ dir: appDir, main: ["cpor-claims.js", "__wasm_split.js", "cpor-claims_bg.wasm"], parts, packs: Object.keys(packs) }, null, 2)}\n`,
);

step("Writing the loaders and precompressing");
writeLoaders(dist, appDir);
run("node", ["scripts/precompress.mjs", dist]);
