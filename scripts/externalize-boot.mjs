// Post-build step (run by Trunk's post_build hook, before precompression):
// moves Trunk's inline module bootstrap out of index.html into an external,
// fingerprinted boot-<hash>.js, so the page runs under a Content-Security-
// Policy without 'unsafe-inline' or script hashes; and writes cpor-embed.js,
// the stable module host pages import to mount the app.
//
// Both scripts first install the Trusted Types default policy the app needs:
// Leptos creates the static parts of the app's markup by assigning HTML to a
// <template> element (innerHTML, a Trusted Types sink). The policy lets that
// markup through and refuses any HTML carrying script.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/externalize-boot.mjs <dir> (or TRUNK_STAGING_DIR)");
  process.exit(2);
}
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error(`externalize-boot: no inline module bootstrap in ${indexPath}`);
  process.exit(1);
}
const bootstrap = found[1];
const js = bootstrap.match(/from '\/([\w.-]+\.js)'/)?.[1];
const wasm = bootstrap.match(/module_or_path: '\/([\w.-]+\.wasm)'/)?.[1];
const css = html.match(/href="?\/(app-[0-9a-f]{16}\.css)/)?.[1];
if (!js || !wasm || !css) {
  console.error("externalize-boot: index.html does not name the app's .js, .wasm and app-<hash>.css files");
  process.exit(1);
}

const trustedTypes = `// The Trusted Types default policy: the app's static markup (Leptos
// templates) passes, HTML with script in it is refused. A page that has its
// own default policy keeps it; it must then let the app's markup through.
if (globalThis.trustedTypes && !globalThis.trustedTypes.defaultPolicy) {
  const scripted = /<(script|iframe|object|embed|frame|base|meta)\\b|\\son[a-z]+\\s*=|javascript:/i;
  globalThis.trustedTypes.createPolicy("default", {
    createHTML: (html) => (scripted.test(html) ? null : html),
  });
}
`;

const boot = `${trustedTypes}${bootstrap.trim()}\n`;
const bootName = `boot-${createHash("sha256").update(boot).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html.replace(inline, ""))) {
  console.error("externalize-boot: index.html has another inline script");
  process.exit(1);
}
writeFileSync(indexPath, html.replace(inline, `<script type=module src=/${bootName}></script>`));

const embed = `// cpor-claims for host pages (written by the build): import { mount } from
// this module, then \`const app = await mount(element, options)\` and later
// \`app.unmount()\`. See EMBEDDING.md.
import init, { mount as mountApp } from "./${js}";

${trustedTypes}
const stylesheet = new URL("./${css}", import.meta.url).href;
let ready;
let styled;
let added = null;
let live = 0;

// The app's stylesheet (every rule under .cpor-app), added to the page's
// head once, before the first mount paints; taken away after the last
// unmount. A host that links it itself keeps its own link.
function addStylesheet() {
  const own = [...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === stylesheet);
  if (own) return Promise.resolve();
  added = document.createElement("link");
  added.rel = "stylesheet";
  added.href = stylesheet;
  const loaded = new Promise((resolve, reject) => {
    added.addEventListener("load", resolve, { once: true });
    added.addEventListener("error", () => reject(new Error(\`cpor mount: the app's stylesheet \${stylesheet} did not load\`)), { once: true });
  });
  document.head.append(added);
  return loaded;
}

/** Mounts the app into \`element\`; resolves to a handle with \`unmount()\`. */
export async function mount(element, options) {
  ready ??= init({ module_or_path: new URL("./${wasm}", import.meta.url) });
  styled ??= addStylesheet();
  await Promise.all([ready, styled]);
  const handle = mountApp(element, options);
  live += 1;
  let open = true;
  return {
    /** Removes the app from \`element\`: its nodes, listeners and timers. */
    unmount() {
      if (!open) return;
      open = false;
      handle.unmount();
      handle.free();
      live -= 1;
      if (live === 0 && added) {
        added.remove();
        added = null;
        styled = undefined;
      }
    },
    /** Whether the app is still mounted. */
    get mounted() {
      return open;
    },
  };
}
`;
writeFileSync(join(dir, "cpor-embed.js"), embed);
console.log(`externalize-boot: ${bootName} and cpor-embed.js written`);
