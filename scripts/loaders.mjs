// Writes the app's two loaders into a built dist/ (scripts/build-app.mjs
// calls it after the code is in dist/<code>/):
//
// - boot-<hash>.js, the standalone page's external module (the page runs
//   under a Content-Security-Policy without 'unsafe-inline' or script
//   hashes), referenced from index.html with preloads for the main module
//   and, chosen by the page's path, the files of the first page's part;
// - cpor-embed.js, the stable module host pages import to mount the app.
//
// Both first install the Trusted Types default policy the app needs:
// Leptos creates the static parts of the app's markup by assigning HTML to a
// <template> element (innerHTML, a Trusted Types sink). The policy lets that
// markup through and refuses any HTML carrying script.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minifyModule } from "./minify.mjs";

export function writeLoaders(dir, code) {
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const { parts } = JSON.parse(readFileSync(join(dir, "parts.json"), "utf8"));
const css = html.match(/href="?\/(app-[0-9a-f]{16}\.css)/)?.[1];
if (!css) {
  console.error("loaders: index.html does not name the app-<hash>.css file");
  process.exit(1);
}
if (/<script\b/.test(html)) {
  console.error("loaders: index.html already has a script");
  process.exit(1);
}
const js = `${code}/cpor-claims.js`;
const wasm = `${code}/cpor-claims_bg.wasm`;

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

// When the app fails (see src/host/crash.rs), its notice's button reloads
// the page it has to itself.
const recoverStandalone = `
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-cpor-recover]")) location.reload();
});
`;

// The first page's part (its pack: every module it needs, in one file), by
// the page's path (src/router.rs, src/parts.rs), fetched while the main
// module downloads.
const routeParts = {
  associations: "^/(index\\.html)?$",
  new_claim: "^/new/?$",
  claim: "^/claims/[^/]+/?$",
  review: "^/review/?$",
  review_page: "^/review/[^/]+/?$",
};
const firstPart = `
const packs = ${JSON.stringify(Object.fromEntries(Object.entries(routeParts).filter(([p]) => parts[p]).map(([p, re]) => [re, `pack_${p}.bin`])))};
for (const [path, pack] of Object.entries(packs)) {
  if (!new RegExp(path).test(location.pathname)) continue;
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = "/${code}/" + pack;
  document.head.append(link);
}
`;
// The first requests, sent while the app downloads (src/api.rs takes them
// when it signs in as the same user): the demo sign-in, then the user's
// details and, on the list without filters, its first page. A server
// outside demo mode refuses the sign-in, and the app says so as it would
// have. The list's path is the app's (pages/associations.rs, list_path).
const early = `
window.cporEarly = (() => {
  let user = null;
  try {
    user = localStorage.getItem("cpor-claims.demo-user");
  } catch {}
  const json = { accept: "application/json" };
  const signIn = fetch("/api/demo/sign-in", {
    method: "POST",
    headers: { ...json, "content-type": "application/json" },
    body: JSON.stringify({ user_id: user }),
  });
  const token = signIn.then((r) => (r.ok ? r.clone().json() : {})).then((b) => b.token, () => undefined);
  const get = (path) =>
    token.then((t) => (t ? fetch(path, { headers: { ...json, authorization: "Bearer " + t } }) : Promise.reject(new Error("not signed in"))));
  const answers = { user, "sign-in": signIn, "/api/me": get("/api/me") };
  if (/^\\/(index\\.html)?$/.test(location.pathname) && !location.search) {
    answers["/api/claims?&per_page=20"] = get("/api/claims?&per_page=20");
  }
  // The claim flow: step 1's programs and the user's drafts (the paths of
  // pages/steps/customer.rs, PROGRAMS_PATH, and pages/drafts.rs, DRAFTS_PATH).
  if (/^\\/new\\/?$/.test(location.pathname)) {
    for (const path of ["/api/partner-programs", "/api/claims?status=editing&sort=updated&per_page=20"]) answers[path] = get(path);
  }
  for (const a of Object.values(answers)) if (a instanceof Promise) a.catch(() => {});
  return answers;
})();
`;
// A dynamic import, so that everything above runs before the glue arrives.
const start = `
const bindings = await import("/${js}");
await bindings.default({ module_or_path: fetch("/${wasm}") });
window.wasmBindings = bindings;
`;
const boot = minifyModule(`${trustedTypes}${recoverStandalone}${firstPart}${early}${start}`, "boot.js");
const bootName = `boot-${createHash("sha256").update(boot).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
const preloads =
  `<script type=module src=/${bootName}></script>` +
  `<link rel=modulepreload href=/${js}><link rel=modulepreload href=/${code}/__wasm_split.js>` +
  `<link rel=preload as=fetch crossorigin href=/${wasm} type=application/wasm>`;
writeFileSync(indexPath, html.replace("</title>", `</title>${preloads}`));

const embed = `// cpor-claims for host pages (written by the build): import { mount } from
// this module, then \`const app = await mount(element, options)\` and later
// \`app.unmount()\`. See EMBEDDING.md.
import init, { mount as mountApp, simulateCrash as crashApp } from "./${js}";

${trustedTypes}
const glue = new URL("./${js}", import.meta.url).href;
const wasm = new URL("./${wasm}", import.meta.url);
const stylesheet = new URL("./${css}", import.meta.url).href;
let ready;
let styled;
let added = null;
// The instance's mount function (a fresh instance's after a failure), and
// every live mount with the options it was given.
let current = { mount: mountApp, crash: crashApp };
const mounts = new Set();
let recovering = null;
let instances = 0;

// The app's stylesheet (every rule under .cpor-app), added to the page's
// head once, before the first mount paints; taken away after the last
// unmount. A host that links it itself keeps its own link.
function addStylesheet() {
  const own = [...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === stylesheet);
  if (own) return Promise.resolve();
  added = document.createElement("link");
  added.rel = "stylesheet";
  // From another origin the app's server shares it with allowed host
  // pages through CORS only (see --allowed-origin).
  if (new URL(stylesheet).origin !== location.origin) added.crossOrigin = "anonymous";
  added.href = stylesheet;
  const loaded = new Promise((resolve, reject) => {
    added.addEventListener("load", resolve, { once: true });
    added.addEventListener("error", () => reject(new Error(\`cpor mount: the app's stylesheet \${stylesheet} did not load\`)), { once: true });
  });
  document.head.append(added);
  return loaded;
}

// After a failure (the app dispatched cpor:error and showed its notice in
// every mount), "Reload customer associations" starts a fresh instance of
// the app and mounts it again in each element, with the same options. The
// failed instance is never called again.
async function recover() {
  recovering ??= (async () => {
    instances += 1;
    const fresh = await import(\`\${glue}?instance=\${instances}\`);
    await fresh.default({ module_or_path: wasm });
    current = { mount: fresh.mount, crash: fresh.simulateCrash };
    for (const m of mounts) {
      m.element.removeAttribute("data-cpor-mount");
      m.handle = current.mount(m.element, m.options);
    }
  })().finally(() => {
    recovering = null;
  });
  return recovering;
}

function onRecoverClick(event) {
  if (event.target instanceof Element && event.target.closest("[data-cpor-recover]")) recover();
}

/** Mounts the app into \`element\`; resolves to a handle with \`unmount()\`. */
export async function mount(element, options) {
  // The module's download starts now, not after the glue has imported the
  // parts' loader.
  ready ??= init({ module_or_path: fetch(wasm) });
  styled ??= addStylesheet();
  await Promise.all([ready, styled]);
  if (recovering) await recovering;
  const m = { element, options, handle: current.mount(element, options) };
  mounts.add(m);
  element.addEventListener("click", onRecoverClick);
  let open = true;
  return {
    /** Removes the app from \`element\`: its nodes, listeners and timers. */
    unmount() {
      if (!open) return;
      open = false;
      mounts.delete(m);
      element.removeEventListener("click", onRecoverClick);
      try {
        m.handle.unmount();
        m.handle.free();
      } catch {
        // A handle of a failed instance: its nodes are the notice's.
        element.textContent = "";
        element.removeAttribute("data-cpor-mount");
      }
      if (mounts.size === 0 && added) {
        added.remove();
        added = null;
        styled = undefined;
      }
    },
    /** Changes the language of the page's mounts (a language tag, like
     * \`de-DE\`); what was typed stays. A fresh instance after a failure
     * mounts in it too. */
    setLocale(locale) {
      if (!open) return;
      for (const other of mounts) other.options = { ...other.options, locale };
      m.handle.setLocale(String(locale));
    },
    /** Whether the app is still mounted. */
    get mounted() {
      return open;
    },
  };
}

/** Makes the app fail on purpose, to try a page's cpor:error handling. */
export function simulateCrash() {
  current.crash();
}
`;
writeFileSync(join(dir, "cpor-embed.js"), minifyModule(embed, "cpor-embed.js"));
console.log(`loaders: ${bootName} and cpor-embed.js written`);
}
