// The app as a guest of the demo partner dashboard (/dashboard/associations):
// the whole flow embedded, its events, deep links, host navigation, style
// isolation both ways, the strict CSP with Trusted Types, unmount, two
// mounts, the token callback. Its own server and database, so nothing here
// touches the claims the other specs count on.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ownServer } from "../support/server.mjs";
import { CONTOSO } from "../support/page.mjs";
import { product, proofPdf, tokenFor } from "../support/wizard.mjs";

const server = ownServer(test, 11);
const PORT = server.port;
const BASE = "/dashboard/associations";
const SALES_1 = "5a1e5000-0000-4000-8000-00000000c001";
const EVENTS = ["cpor:navigate", "cpor:draft-saved", "cpor:claim-submitted", "cpor:session-expired"];


// Every page records CSP violations and the app's events from its first
// script on; every test ends with no violation it did not cause itself.
test.beforeEach(async ({ page }) => {
  await page.addInitScript((names) => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
    window.__events = [];
    for (const name of names) {
      document.addEventListener(name, (e) => window.__events.push({ type: e.type, target: e.target.id, detail: e.detail }));
    }
  }, EVENTS);
});
test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.title.includes("policy is enforced")) return;
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

const app = (page) => page.locator("#cpor-main");
const side = (page) => page.locator("#cpor-side");
const appHeading = (page, name) => app(page).getByRole("heading", { level: 1, name });
const next = (page) => app(page).getByRole("button", { name: "Next" });
const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t), type);

/** Opens the demo dashboard at `path` and waits for its mounts. */
async function openDemo(page, path = BASE) {
  await page.goto(path);
  await page.evaluate(() => window.cporDemo.ready);
}

/** Step 1 to step 3 of a Contoso claim, embedded. */
async function toProducts(page) {
  await app(page).getByRole("link", { name: "New customer association" }).click();
  await expect(page).toHaveURL(`${BASE}/new`);
  await expect(appHeading(page, "Partner and customer")).toBeFocused();
  await app(page).getByRole("radio", { name: /Seattle/ }).check();
  await app(page).getByLabel("Customer tenant ID").fill(CONTOSO);
  await app(page).getByLabel("Customer domain").fill("contoso.com");
  await expect(app(page).getByRole("status").first()).toContainText("Confirmed:");
  await next(page).click();
  await expect(appHeading(page, "Solution area and role")).toBeFocused();
  await app(page).getByLabel("Business Applications", { exact: true }).check();
  await app(page).getByRole("radio", { name: /Build intent - Advisor/ }).check();
  await next(page).click();
  await expect(appHeading(page, "Products")).toBeFocused();
}

test("the whole claim flow works embedded: events, breadcrumbs, sticky header, deep link reload", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  expect(await events(page, "cpor:navigate")).toContainEqual({
    type: "cpor:navigate",
    target: "cpor-main",
    detail: { path: BASE, title: "Customer associations" },
  });

  await toProducts(page);
  // The host's breadcrumbs follow the app's pages.
  await expect(page.locator("#hub-crumbs")).toHaveText(/Home\s*\/?\s*Customer associations\s*\/?\s*New customer association/);
  expect(await events(page, "cpor:navigate")).toContainEqual({
    type: "cpor:navigate",
    target: "cpor-main",
    detail: { path: `${BASE}/new`, title: "New customer association" },
  });
  // The draft was saved between steps, and the host heard of it.
  const saved = await events(page, "cpor:draft-saved");
  expect(saved.length).toBeGreaterThan(0);
  expect(saved[0].target).toBe("cpor-main");
  expect(saved[0].detail.claimId).toMatch(/^CL-/);
  expect(Date.parse(saved[0].detail.savedAt)).toBeGreaterThan(Date.now() - 60_000);

  await product(page, "Dynamics 365 Sales").getByRole("checkbox").check();
  await app(page).getByLabel("Subscription ID").fill(SALES_1);
  await app(page).getByLabel("Subscription ID").press("Tab");
  await expect(product(page, "Dynamics 365 Sales")).toContainText("Can be claimed");
  await next(page).click();
  await expect(appHeading(page, "Claim details and contacts")).toBeFocused();

  // Next on empty answers: the summary is focused below the sticky bar, and
  // a field it links to, focused from far down the page, lands below it too.
  const bar = await page.locator(".hub-topbar").boundingBox();
  const barBottom = bar.y + bar.height;
  for (const id of ["#cpor-customer_contact-name", "#cpor-customer_contact-title", "#cpor-customer_contact-email"]) {
    await app(page).locator(id).fill("");
  }
  await next(page).click();
  const summary = app(page).locator(".cpor-error-summary");
  await expect(summary).toBeFocused();
  expect((await summary.boundingBox()).y).toBeGreaterThanOrEqual(barBottom);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const link = summary.getByRole("link").first();
  const target = (await link.getAttribute("href")).slice(1);
  await link.evaluate((a) => a.click());
  const field = app(page).locator(`#${target}`);
  await expect(field).toBeFocused();
  const box = await field.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(barBottom);
  expect(box.y + box.height).toBeLessThanOrEqual(720);

  await app(page).getByLabel("Claim name").fill("Embedded Contoso Sales");
  await app(page).locator("#cpor-customer_contact-name").fill("Ada Lovelace");
  await app(page).locator("#cpor-customer_contact-title").fill("Chief Information Officer");
  await app(page).locator("#cpor-customer_contact-email").fill("ada@customer.example");
  await app(page).locator("#cpor-technical_contact-name").fill("Grace Hopper");
  await app(page).locator("#cpor-technical_contact-title").fill("Dynamics lead");
  await app(page).locator("#cpor-technical_contact-email").fill("grace@customer.example");
  await next(page).click();
  await expect(appHeading(page, "Proof of execution")).toBeFocused();
  await app(page).locator("#cpor-proof_of_execution").setInputFiles(proofPdf());
  await expect(app(page).locator(".cpor-file").filter({ hasText: "signed-acknowledgement.pdf" })).toBeVisible();
  await next(page).click();
  await expect(appHeading(page, "Check your answers")).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath("embed-demo-answers.png"), fullPage: true });
  await app(page).getByRole("button", { name: "Submit claim" }).click();
  await expect(appHeading(page, "Claim submitted")).toBeVisible();

  const submitted = await events(page, "cpor:claim-submitted");
  expect(submitted).toHaveLength(1);
  expect(submitted[0].target).toBe("cpor-main");
  expect(submitted[0].detail).toEqual({ claimId: saved[0].detail.claimId, status: "submitted" });
  // The app never set the host's title; the host did, from cpor:navigate.
  await expect(page).toHaveTitle(/Contoso Partner Hub$/);

  // A deep link to the claim, and its reload, land on the claim.
  const id = submitted[0].detail.claimId;
  await page.goto(`${BASE}/claims/${id}`);
  await expect(appHeading(page, "Embedded Contoso Sales")).toBeVisible();
  await page.reload();
  await expect(appHeading(page, "Embedded Contoso Sales")).toBeVisible();
  await expect(page.locator("#hub-crumbs")).toContainText(`Claim ${id}`);
  // The compact view beside it lists it among the recent claims.
  await expect(side(page).getByRole("link", { name: "Embedded Contoso Sales" })).toBeVisible();
});

test("an embedded app never downloads the standalone page's tools (the host signs in and picks the language)", async ({ page }) => {
  const parts = [];
  page.on("request", (req) => {
    const name = req.url().match(/\/code-[0-9a-f]{16}\/(?:split_(\w+)\.wasm|pack_(\w+)\.bin)$/)?.slice(1).find(Boolean);
    if (name) parts.push(name);
  });
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  // Every other part arrives in the background.
  await expect.poll(() => new Set(parts).size, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
  expect(parts).not.toContain("tools");
  await expect(page.getByRole("combobox", { name: "Demo user" })).toHaveCount(0);
});

test("host links navigate the host: the app intercepts nothing outside its routes", async ({ page }) => {
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await page.locator(".hub-nav").getByRole("link", { name: "Billing" }).click();
  await expect(page).toHaveURL("/dashboard/billing");
  await expect(page.locator("#hub-title")).toHaveText("Billing");
  await expect(page.locator(".cpor-app")).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(BASE);
  await page.evaluate(() => window.cporDemo.ready);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  // The breadcrumb's Home is the host's too.
  await page.locator("#hub-crumbs").getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL("/dashboard");
});

const PROPS = [
  "font-size", "font-family", "font-weight", "font-style", "line-height", "letter-spacing", "text-transform",
  "color", "background-color", "box-sizing", "padding", "margin", "border", "height", "width", "box-shadow",
];
const styles = (locator, props) =>
  locator.evaluate((el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, props);

test("the host looks the same with the app inside, and the app looks as it does standalone", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const host = {
    header: ".hub-topbar",
    "nav link": ".hub-nav a[data-section=billing]",
    button: ".hub-account",
    input: "#hub-q",
    h1: "#hub-title",
    breadcrumbs: ".hub-crumbs ol",
  };
  const read = async (selectors, props, root = page) => {
    const out = {};
    for (const [name, sel] of Object.entries(selectors)) out[name] = await styles(root.locator(sel).first(), props);
    return out;
  };
  await openDemo(page, `${BASE}?nomount`);
  const hostAlone = await read(host, PROPS);
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  expect(await read(host, PROPS)).toEqual(hostAlone);

  const appProps = PROPS.filter((p) => p !== "width" && p !== "margin");
  const keys = {
    heading: "h1.cpor-heading",
    "primary button": ".cpor-button--primary",
    "search input": "#cpor-filter-q",
    "status select": "#cpor-filter-status",
    "secondary button": "form.cpor-filters .cpor-button",
    label: "label[for=cpor-filter-q]",
  };
  const embedded = await read(keys, appProps, app(page));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
  const standalone = await read(keys, appProps, page.locator("#cpor-root"));
  expect(embedded).toEqual(standalone);
});

test("the strict policy is served, and nothing the app does violates it", async ({ page, request }) => {
  for (const path of [BASE, `${BASE}/claims/CL-0`, "/"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval';",
      "style-src 'self';",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'self'",
      "require-trusted-types-for 'script'",
      "trusted-types default",
    ]) {
      expect(csp, path).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-inline");
    expect(await res.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  }
  // The app's pages, both mounts, a move into the flow: no violation (the
  // afterEach hook checks the record).
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await toProducts(page);
  // The standalone page, which resumes the same user's draft where it was.
  await page.goto("/new");
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
});

test("the policy is enforced: inline script, eval, scripted HTML, inline style and foreign scripts are blocked", async ({ page }) => {
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  const outcome = await page.evaluate(() => {
    const tried = {};
    const attempt = (name, f) => {
      try {
        f();
        tried[name] = "ran";
      } catch (e) {
        tried[name] = e.name;
      }
    };
    attempt("inline script", () => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.body.append(s);
    });
    attempt("scripted html", () => {
      document.querySelector("#hub-intro").innerHTML = '<img src="x" onerror="window.__htmlRan = true">';
    });
    document.body.setAttribute("style", "outline: 7px solid red");
    // eval from the page's own task (code run by the test driver itself is
    // exempt from the policy).
    return new Promise((resolve) =>
      setTimeout(() => {
        attempt("eval", () => eval("window.__evalRan = true"));
        resolve({ tried, ran: [window.__evalRan, window.__inlineRan, window.__htmlRan] });
      }, 0),
    );
  });
  await page.waitForTimeout(300);
  expect(outcome.ran).toEqual([undefined, undefined, undefined]);
  expect(outcome.tried.eval).toBe("EvalError");
  expect(outcome.tried["inline script"]).toBe("TypeError");
  expect(outcome.tried["scripted html"]).toBe("TypeError");
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe("7px");
  // A script from another origin (localhost is not 127.0.0.1): script-src 'self'.
  const foreign = await page.evaluate(async (port) => {
    try {
      await import(`http://localhost:${port}/cpor-embed.js`);
      return "ran";
    } catch (e) {
      return e.name;
    }
  }, PORT);
  expect(foreign).toBe("TypeError");
  const directives = (await page.evaluate(() => window.__violations)).map((v) => v.directive);
  expect(directives).toEqual(expect.arrayContaining(["script-src-elem", "require-trusted-types-for", "style-src-attr"]));
});

// Pointer and click listeners of the test driver itself come and go on the
// window; these are the kinds a page's app might leave behind.
const WATCHED = ["popstate", "online", "offline", "hashchange", "storage", "resize", "scroll", "keydown", "keyup",
  "focus", "blur", "focusin", "focusout", "visibilitychange", "beforeunload", "pagehide", "message"];

/** The listeners on `window` and `document` by type, through the DevTools protocol. */
async function windowListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  const count = {};
  for (const expression of ["window", "document"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    for (const l of listeners.filter((l) => WATCHED.includes(l.type))) {
      count[`${expression} ${l.type}`] = (count[`${expression} ${l.type}`] ?? 0) + 1;
    }
  }
  await cdp.detach();
  return count;
}

test("unmount takes back every node and listener; mounting again works", async ({ page }) => {
  await openDemo(page, `${BASE}?nomount`);
  const before = await windowListeners(page);
  await page.evaluate(async () => {
    window.__handle = await window.cporDemo.mountMain();
  });
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await app(page).getByRole("link", { name: "New customer association" }).click();
  await expect(appHeading(page, "Partner and customer")).toBeFocused();
  const during = await windowListeners(page);
  expect(during["window popstate"] ?? 0).toBeGreaterThan(before["window popstate"] ?? 0);
  expect(during["window online"] ?? 0).toBeGreaterThan(before["window online"] ?? 0);

  await page.evaluate(() => window.__handle.unmount());
  expect(await page.evaluate(() => window.__handle.mounted)).toBe(false);
  expect(await app(page).evaluate((el) => [el.childNodes.length, el.attributes.length])).toEqual([0, 1]);
  expect(await page.locator("link[href*='/app-']").count()).toBe(0);
  expect(await windowListeners(page)).toEqual(before);

  // What the app listened to no longer reaches it: no request, no node.
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.evaluate((base) => {
    history.pushState(null, "", `${base}/new`);
    window.dispatchEvent(new PopStateEvent("popstate", { state: { cporStep: 2 } }));
    window.dispatchEvent(new Event("online"));
    document.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
  }, BASE);
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
  expect(await app(page).evaluate((el) => el.childNodes.length)).toBe(0);
  await page.evaluate(() => window.__handle.unmount()); // twice is harmless

  // Mounting again: the app comes back at the URL's route, and works.
  await page.evaluate(async () => {
    window.__handle = await window.cporDemo.mountMain();
  });
  await expect(appHeading(page, "Partner and customer")).toBeVisible();
  await app(page).getByRole("link", { name: "Customer associations" }).click();
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await expect(page).toHaveURL(BASE);
});

test("two mounts on one page work independently: the full app and the compact recent claims", async ({ page }) => {
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  // The side mount is the compact view: the recent claims, no page of its own.
  const recent = side(page).getByRole("list", { name: "Your recent claims" });
  await expect(recent.getByRole("listitem").first()).toBeVisible();
  await expect(side(page).getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(side(page).getByRole("table")).toHaveCount(0);
  // Its own theme.
  const colour = (loc) => loc.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(side(page).locator(".cpor-recent-name").first())).toBe("rgb(91, 45, 144)");
  const brand = (root) => root.locator(".cpor-button--primary").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await brand(app(page))).toBe("rgb(15, 108, 189)");

  // A claim in the compact view opens in the main mount, without reloading the page.
  await page.evaluate(() => (window.__sameDocument = true));
  const first = recent.getByRole("link").first();
  const name = (await first.textContent()).trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/claims/CL-`));
  await expect(appHeading(page, name)).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(recent.getByRole("link").first()).toBeVisible();
  // Back moves the main mount only.
  await page.goBack();
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await expect(recent.getByRole("link").first()).toBeVisible();
  // Unmounting one leaves the other working.
  await page.evaluate(() => window.cporDemo.handles.side.unmount());
  await expect(side(page).locator(".cpor-app")).toHaveCount(0);
  await app(page).getByRole("link", { name: "New customer association" }).click();
  await expect(appHeading(page, "Partner and customer")).toBeFocused();
  expect(await page.locator("link[href*='/app-']").count()).toBe(1);
});

test("getToken is asked before each request and again after a 401; a lasting 401 is cpor:session-expired", async ({ page, request }) => {
  const good = await tokenFor(request, "user-megan");
  await openDemo(page, `${BASE}?nomount`);
  const sent = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/") && r.headers().authorization) sent.push(r.headers().authorization);
  });
  // A good token: every request carries it, and getToken was asked for each.
  const calls = await page.evaluate(async (good) => {
    window.__calls = 0;
    window.__handle = await window.cporDemo.mountMain({
      getToken: () => {
        window.__calls += 1;
        return Promise.resolve(good);
      },
    });
    return window.__calls;
  }, good);
  expect(calls).toBeGreaterThanOrEqual(0);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sent)).toEqual(new Set([`Bearer ${good}`]));
  expect(await page.evaluate(() => window.__calls)).toBe(sent.length);
  await page.evaluate(() => window.__handle.unmount());

  // A stale token first: the app asks again after the 401 and goes on.
  await page.evaluate(async (good) => {
    window.__calls = 0;
    window.__handle = await window.cporDemo.mountMain({
      getToken: () => (window.__calls++ === 0 ? "stale-token" : good),
    });
  }, good);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  expect(await events(page, "cpor:session-expired")).toEqual([]);
  await page.evaluate(() => window.__handle.unmount());

  // A token the server never accepts: asked twice, then the host is told.
  await page.evaluate(async () => {
    window.__calls = 0;
    window.__handle = await window.cporDemo.mountMain({
      getToken: async () => {
        window.__calls += 1;
        return window.__good ?? "revoked-token";
      },
    });
  });
  await expect.poll(() => events(page, "cpor:session-expired")).toContainEqual({
    type: "cpor:session-expired",
    target: "cpor-main",
    detail: {},
  });
  expect(await page.evaluate(() => window.__calls)).toBeGreaterThanOrEqual(2);
  // The user is told their sign-in ended, not that the service is down;
  // signed in again, Try again asks the dashboard once more and goes on.
  await expect(appHeading(page, "Your sign-in has ended")).toBeVisible();
  await expect(app(page)).toContainText("Sign in again in your partner dashboard, then choose Try again.");
  await expect(app(page)).not.toContainText("can't reach the claims service");
  await page.evaluate((good) => {
    window.__good = good;
  }, good);
  await app(page).getByRole("button", { name: "Try again" }).click();
  await expect(appHeading(page, "Customer associations")).toBeVisible();
});

test("bad options are refused with the option's name, and nothing is mounted", async ({ page }) => {
  await openDemo(page, `${BASE}?nomount`);
  const refusal = (options) =>
    page.evaluate(async (options) => {
      try {
        await window.cporDemo.mountMain(options);
        return "mounted";
      } catch (e) {
        return e.message;
      }
    }, options);
  expect(await refusal({ basePath: "dashboard" })).toContain("basePath \"dashboard\" must be a path starting with '/'");
  expect(await refusal({ basepath: "/x" })).toContain('unknown option "basepath"');
  expect(await refusal({ theme: { color: "red" } })).toContain('theme key "color"');
  expect(await refusal({ scrollOffset: -3 })).toContain("scrollOffset must be a number");
  expect(await app(page).evaluate((el) => el.childNodes.length)).toBe(0);
});

test("the host's scrollOffset reaches the app's CSS as written, fractions included", async ({ page }) => {
  await openDemo(page, `${BASE}?nomount`);
  await page.evaluate(() => window.cporDemo.mountMain({ scrollOffset: 56.25 }));
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  const offset = await app(page).evaluate((el) => el.firstElementChild.style.getPropertyValue("--cpor-scroll-offset"));
  expect(offset).toBe("56.25px");
});

test("the dashboard with the app inside: no serious accessibility problem in the app; a screenshot", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openDemo(page);
  await expect(appHeading(page, "Customer associations")).toBeVisible();
  await expect(side(page).getByRole("list", { name: "Your recent claims" })).toBeVisible();
  const path = testInfo.outputPath("embed-demo.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("embed-demo", { path, contentType: "image/png" });
  const scan = async () => {
    const results = await new AxeBuilder({ page })
      .include("#cpor-main")
      .include("#cpor-side")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
  };
  await scan();
  await toProducts(page);
  await scan();
});
