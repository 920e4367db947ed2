// Writes a brotli (.br) and a gzip (.gz) copy, at maximum compression, next
// to every compressible file of a built app. Trunk runs it as a post-build
// hook (TRUNK_STAGING_DIR); it can also be given a directory.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/precompress.mjs <dir> (or TRUNK_STAGING_DIR)");
  process.exit(2);
}
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".txt", ".csv", ".bin"]);

function walk(d) {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) {
      walk(path);
    } else if (COMPRESSIBLE.has(extname(name))) {
      const data = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }));
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    }
  }
}
walk(dir);
