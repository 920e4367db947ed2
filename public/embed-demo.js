// The demo partner dashboard's script (external: the page's policy allows no
// inline script). It mounts the claims app in the content area under the
// dashboard's base path, and a second, small mount in the side widget: the
// compact view of the partner's recent claims, with memory routing so it
// never touches the URL (its links open claims in the main mount).
// `?nomount` shows the dashboard without the app; `?theme=dark` (or light)
// forces the app's colours instead of following the user's preference.
import { mount } from "/cpor-embed.js";

const BASE = "/dashboard/associations";
// The dashboard's sticky top bar; the app keeps focused fields clear of it.
const STICKY_BAR = 64;
// In demo mode the dashboard signs its user in through the server's demo
// sign-in; a real host returns its own access token here.
const DEMO_USER = "user-megan";

let token = null;

/** The user's access token: the one kept, unless the app asks for a fresh
 * one (after a 401, or when the kept one is about to expire). */
async function getToken({ forceRefresh } = {}) {
  if (token && !forceRefresh) return token;
  const res = await fetch("/api/demo/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ user_id: DEMO_USER }),
  });
  if (!res.ok) return null;
  token = (await res.json()).token;
  setTimeout(() => (token = null), 5 * 60 * 1000);
  return token;
}

const crumbs = document.getElementById("hub-crumbs");
const title = document.getElementById("hub-title");
const intro = document.getElementById("hub-intro");

function setCrumbs(items) {
  crumbs.replaceChildren(
    ...items.map(([text, href], i) => {
      const li = document.createElement("li");
      if (href && i < items.length - 1) {
        const a = document.createElement("a");
        a.href = href;
        a.textContent = text;
        li.append(a);
      } else {
        li.textContent = text;
        li.setAttribute("aria-current", "page");
      }
      return li;
    }),
  );
}

const section = location.pathname === BASE || location.pathname.startsWith(`${BASE}/`) ? "associations" : null;
for (const link of document.querySelectorAll(".hub-nav a")) {
  if (link.pathname === location.pathname || (section && link.dataset.section === section)) {
    link.setAttribute("aria-current", "page");
  }
}

const main = document.getElementById("cpor-main");
const side = document.getElementById("cpor-side");
const params = new URLSearchParams(location.search);

// The handles, for the console (and the end-to-end tests).
const demo = { mount, handles: {}, BASE, getToken };
window.cporDemo = demo;

const scheme = params.get("theme");
// The dashboard's language (?locale=de-DE), as a host passes its user's.
const locale = params.get("locale") ?? "en-GB";
const theme = scheme === "dark" || scheme === "light" ? { scheme } : {};

demo.mountMain = (options = {}) =>
  mount(main, { apiBase: "", getToken, basePath: BASE, locale, scrollOffset: STICKY_BAR + 8, theme, ...options });
demo.mountSide = (options = {}) =>
  mount(side, {
    getToken,
    basePath: BASE,
    history: false,
    view: "compact",
    locale,
    theme: { ...theme, "--cpor-brand": "light-dark(#5b2d90, #c6b1de)" },
    ...options,
  });

// Breadcrumbs follow the main app's pages.
main.addEventListener("cpor:navigate", (ev) => {
  const { path, title: page } = ev.detail;
  const items = [["Home", "/dashboard"], ["Customer associations", BASE]];
  if (path !== BASE && !path.startsWith(`${BASE}?`)) items.push([page, path]);
  setCrumbs(items);
  document.title = `${page} – Contoso Partner Hub`;
});
document.addEventListener("cpor:session-expired", () => {
  token = null;
});

if (section === "associations" && !params.has("nomount")) {
  title.textContent = "Incentives";
  intro.textContent = "Claim your customers under the Claiming Partner of Record model.";
  setCrumbs([["Home", "/dashboard"], ["Customer associations", BASE]]);
  demo.ready = Promise.all([
    demo.mountMain().then((h) => (demo.handles.main = h)),
    demo.mountSide().then((h) => (demo.handles.side = h)),
  ]);
} else {
  const name = section === "associations" ? "Customer associations" : (document.querySelector(`.hub-nav a[aria-current]`)?.textContent ?? "Home");
  title.textContent = name;
  intro.textContent = section === "associations" ? "The app is not mounted (?nomount)." : `The hub's own ${name.toLowerCase()} page.`;
  setCrumbs(name === "Home" ? [["Home"]] : [["Home", "/dashboard"], [name]]);
  main.textContent = "";
  if (section !== "associations") document.querySelector(".hub-content").classList.add("hub-content--no-app");
  demo.ready = Promise.resolve();
}
