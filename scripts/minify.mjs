// The JavaScript the app ships (the wasm-bindgen glue, the parts' loader,
// the standalone page's boot script, cpor-embed.js), minified with terser
// as ES modules: comments, whitespace and local names go, every export and
// every property name stays (the wasm imports the glue's functions by
// property name). About 3 KB brotli off every route (BENCHMARKS.md).
import { minify_sync } from "terser";

/** `code`, an ES module, minified; `name` says which in an error. */
export function minifyModule(code, name) {
  const result = minify_sync(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!result.code || result.code.length >= code.length) throw new Error(`minify: terser gave nothing smaller for ${name}`);
  return result.code;
}
