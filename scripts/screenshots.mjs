// Screenshots of every page of the app, light and dark, 1280 px and 360 px
// wide, standalone and embedded in the demo dashboard, written to
// docs/screenshots/ (<mode>-<page>-<theme>-<width>.png); and the pages in
// German, French, Japanese and the pseudo-locale (lang-<language>-…).
//
//   node scripts/screenshots.mjs [--port 18190] [--only <text>]
//
// Run after scripts/build.sh: starts its own demo server on the release
// build with a fresh SQLite file, makes the claims the pages need through
// the API (submitted, asked for more, approved, rejected, in arbitration,
// drafts), then walks the pages in Debian's Chromium.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, option, root, startBenchServer, textOption } from "./lib/bench-server.mjs";

const port = option("port", 18190);
const only = textOption("only", null);
const out = join(root, "docs/screenshots");
mkdirSync(out, { recursive: true });

let base;
const CONTOSO = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const TAILSPIN = "0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5";
const FABRIKAM = "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e";

async function token(user) {
  const res = await fetch(`${base}/api/demo/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user_id: user }),
  });
  return (await res.json()).token;
}

async function call(user, method, path, body, extra = {}) {
  const headers = { authorization: `Bearer ${await token(user)}`, ...extra };
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${base}${path}`, { method, headers, body: payload });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

let keys = 0;
const key = () => `shot-${Date.now()}-${keys++}`;

/** A claim of `user` through the API; submitted unless `draft`. */
async function claim(user, { program, tenant, domain, area, role, product, name, draft = false, technical = false }) {
  const input = {
    partner_program_id: program,
    tenant_id: tenant,
    domain,
    solution_area: area,
    partner_role: role,
    products: product ? [{ product_id: product }] : [],
    claim_name: name,
    customer_contact: { name: "Ada Lovelace", title: "Chief Information Officer", email: "ada@customer.example" },
    technical_contact: technical ? { name: "Grace Hopper", title: "Dynamics lead", email: "grace@customer.example" } : null,
    partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
  };
  const created = await call(user, "POST", "/api/claims", input, { "idempotency-key": key() });
  if (draft) return created.id;
  const form = new FormData();
  form.append("file", new Blob(["%PDF-1.7\nsigned by the customer\n"], { type: "application/pdf" }), "signed-acknowledgement.pdf");
  await call(user, "POST", `/api/claims/${created.id}/files`, form, { "idempotency-key": key() });
  await call(user, "POST", `/api/claims/${created.id}/submit`, undefined, { "idempotency-key": key() });
  return created.id;
}

const review = (id, action, body = {}) => call("user-isaiah", "POST", `/api/review/claims/${id}/${action}`, body);

let askedForMore, approved, rejected, contested;

/** A fresh server with the demo data and the claims the pages show. */
async function prepare(n) {
  base = await startBenchServer(port + n);
  // The claims the pages show.
  const northwind = { program: "4810225" };
  askedForMore = await claim("user-megan", {
    ...northwind,
    tenant: CONTOSO,
    domain: "contoso.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-teams",
    name: "Contoso Teams adoption",
  });
  await review(askedForMore, "start");
  await review(askedForMore, "request-information", {
    reasons: ["poe_products_not_named"],
    comment: "Please name Microsoft Teams in the signed acknowledgement.",
  });
  approved = await claim("user-megan", {
    ...northwind,
    tenant: FABRIKAM,
    domain: "fabrikam.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-business-premium",
    name: "Fabrikam Business Premium rollout",
  });
  await review(approved, "start");
  await review(approved, "approve", { comment: "" });
  rejected = await claim("user-megan", {
    ...northwind,
    tenant: CONTOSO,
    domain: "contoso.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-e5",
    name: "Contoso E5 security rollout",
  });
  await review(rejected, "start");
  await review(rejected, "reject", { reason: "poe_insufficient", comment: "The document is not signed by the customer." });
  contested = await claim("user-megan", {
    ...northwind,
    tenant: TAILSPIN,
    domain: "tailspintoys.onmicrosoft.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-defender",
    name: "Tailspin Defender rollout",
  });
  await claim("user-alex", {
    program: "6100342",
    tenant: TAILSPIN,
    domain: "tailspintoys.onmicrosoft.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-defender",
    name: "Tailspin Defender adoption",
  });
  await claim("user-megan", { ...northwind, tenant: CONTOSO, domain: "contoso.com", area: "business_applications", role: "build_intent_advisor", product: null, name: "", draft: true });

}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

let shots = 0;
async function shot(page, name) {
  if (only && !name.includes(only)) return;
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  shots += 1;
}

const heading = (scope, name) => scope.getByRole("heading", { level: 1, name });

/** Walks the claim flow in `app` (the page or the embedded mount), with a shot of each step. */
async function flow(page, app, name) {
  await app.getByRole("radio", { name: /Seattle/ }).check();
  await app.getByLabel("Customer tenant ID").fill(TAILSPIN);
  await app.getByLabel("Customer domain").fill("tailspintoys.onmicrosoft.com");
  await app.getByText("Confirmed:").waitFor();
  await shot(page, name("new-1-customer"));
  await app.getByRole("button", { name: "Next" }).click();
  await heading(app, "Solution area and role").waitFor();
  await app.getByLabel("Business Applications", { exact: true }).check();
  await app.getByRole("radio", { name: /Build intent/ }).check();
  await shot(page, name("new-2-role"));
  await app.getByRole("button", { name: "Next" }).click();
  await heading(app, "Products").waitFor();
  const finance = app.locator(".cpor-product").filter({ hasText: "Dynamics 365 Finance" });
  await finance.getByRole("checkbox").check();
  await app.getByLabel("Subscription ID").fill("f1a2ce00-0000-4000-8000-00000000a002");
  await finance.getByText("Can be claimed").waitFor();
  await shot(page, name("new-3-products"));
  await app.getByRole("button", { name: "Next" }).click();
  await heading(app, "Claim details and contacts").waitFor();
  await app.getByRole("button", { name: "Next" }).click();
  await app.locator(".cpor-error-summary").waitFor();
  await shot(page, name("new-4-details-errors"));
  await app.getByLabel("Claim name").fill("Tailspin Finance renewal");
  for (const [id, value] of [
    ["customer_contact-name", "Ada Lovelace"],
    ["customer_contact-title", "Chief Information Officer"],
    ["customer_contact-email", "ada@tailspintoys.example"],
    ["technical_contact-name", "Grace Hopper"],
    ["technical_contact-title", "Dynamics lead"],
    ["technical_contact-email", "grace@tailspintoys.example"],
  ]) {
    await app.locator(`[id$="${id}"]`).fill(value);
  }
  await app.getByRole("button", { name: "Next" }).click();
  await heading(app, "Proof of execution").waitFor();
  await app.locator('input[type="file"]').setInputFiles({
    name: "signed-acknowledgement.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\nsigned\n"),
  });
  await app.getByRole("button", { name: "Remove signed-acknowledgement.pdf" }).waitFor();
  await shot(page, name("new-5-proof"));
  await app.getByRole("button", { name: "Next" }).click();
  await heading(app, "Check your answers").waitFor();
  await shot(page, name("new-6-answers"));
  await app.getByRole("button", { name: "Submit claim" }).click();
  await heading(app, "Claim submitted").waitFor();
  await shot(page, name("new-7-confirmation"));
}

async function signIn(page, user) {
  await page.goto(`${base}/`);
  await page.evaluate((u) => {
    localStorage.clear();
    localStorage.setItem("cpor-claims.demo-user", u);
  }, user);
}

let round = 0;
for (const theme of ["light", "dark"]) {
  for (const width of [1280, 360]) {
    if (only && !`${theme}-${width}`.includes(only) && !only.includes(`${theme}-${width}`)) continue;
    await prepare(round++);
    const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 }, colorScheme: theme });
    const page = await context.newPage();
    const tag = (mode, name) => `${mode}-${name}-${theme}-${width}`;

    // Standalone, as a partner admin.
    await signIn(page, "user-megan");
    await page.goto(`${base}/`);
    await heading(page, "Customer associations").waitFor();
    await page.locator(".cpor-table tbody tr").first().waitFor();
    await shot(page, tag("standalone", "list"));
    await page.goto(`${base}/claims/${askedForMore}`);
    await heading(page, "Contoso Teams adoption").waitFor();
    await page.locator(".cpor-history-item").first().waitFor();
    await shot(page, tag("standalone", "claim-action-required"));
    await page.goto(`${base}/claims/${rejected}`);
    await heading(page, "Contoso E5 security rollout").waitFor();
    await page.locator(".cpor-history-item").first().waitFor();
    await shot(page, tag("standalone", "claim-rejected"));
    await page.goto(`${base}/claims/${approved}`);
    await heading(page, "Fabrikam Business Premium rollout").waitFor();
    await page.locator(".cpor-history-item").first().waitFor();
    await shot(page, tag("standalone", "claim-approved"));
    await page.goto(`${base}/new`);
    await heading(page, "Partner and customer").waitFor();
    await page.getByRole("radio").first().waitFor();
    await page.getByText(/Your drafts/).click();
    await shot(page, tag("standalone", "new-0-drafts"));
    await flow(page, page, (name) => tag("standalone", name));
    // A CSP customer in Business Applications.
    await page.goto(`${base}/new`);
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cpor-claims.draft")).forEach((k) => localStorage.removeItem(k)));
    await page.reload();
    await page.getByRole("radio", { name: /Seattle/ }).check();
    await page.getByLabel("Customer tenant ID").fill(FABRIKAM);
    await page.getByLabel("Customer domain").fill("fabrikam.com");
    await page.getByText("Confirmed:").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Business Applications", { exact: true }).check();
    await page.getByText(/roles aren't open/).waitFor();
    await shot(page, tag("standalone", "new-2-csp-customer"));
    await page.goto(`${base}/no/such/page`);
    await heading(page, "Page not found").waitFor();
    await shot(page, tag("standalone", "not-found"));

    // A partner user without a claiming role, and a reviewer.
    await signIn(page, "user-diego");
    await page.goto(`${base}/`);
    await heading(page, /another role/).waitFor();
    await shot(page, tag("standalone", "roles-needed"));
    await signIn(page, "user-isaiah");
    await page.goto(`${base}/review`);
    await heading(page, "Review queue").waitFor();
    await page.locator(".cpor-table tbody tr").first().waitFor();
    await shot(page, tag("standalone", "review-queue"));
    await page.goto(`${base}/review/${contested}`);
    await page.locator(".cpor-compare-card").first().waitFor();
    await shot(page, tag("standalone", "review-arbitration"));

    // Embedded in the demo dashboard, with the compact view beside it.
    await signIn(page, "user-megan");
    await page.goto(`${base}/dashboard/associations`);
    await page.evaluate(() => window.cporDemo.ready);
    const main = page.locator("#cpor-main");
    await heading(main, "Customer associations").waitFor();
    await main.locator(".cpor-table tbody tr").first().waitFor();
    await page.locator("#cpor-side .cpor-recent-item").first().waitFor();
    await shot(page, tag("embedded", "list"));
    await page.goto(`${base}/dashboard/associations/claims/${askedForMore}`);
    await page.evaluate(() => window.cporDemo.ready);
    await heading(main, "Contoso Teams adoption").waitFor();
    await main.locator(".cpor-history-item").first().waitFor();
    await shot(page, tag("embedded", "claim-action-required"));
    await page.goto(`${base}/dashboard/associations/new`);
    await page.evaluate(() => window.cporDemo.ready);
    await heading(main, "Partner and customer").waitFor();
    await main.getByRole("radio").first().waitFor();
    await shot(page, tag("embedded", "new-1-customer"));
    await context.close();
  }
}

// The other languages (and the pseudo-locale), light, embedded in the
// demo dashboard through its `locale` option: the list, step 1 with a
// rule's message shown, and a claim's page (lang-<language>-<page>-<width>).
for (const lang of ["de", "fr", "ja", "en-XA"]) {
  for (const width of [1280, 360]) {
    if (only && !`lang-${lang}-${width}`.includes(only) && !only.includes(`lang-${lang}`)) continue;
    await prepare(round++);
    const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 } });
    const page = await context.newPage();
    const tag = (name) => `lang-${lang}-${name}-${width}`;
    const main = page.locator("#cpor-main");
    const open = async (path) => {
      await page.goto(`${base}/dashboard/associations${path}${path.includes("?") ? "&" : "?"}locale=${lang}`);
      await page.evaluate(() => window.cporDemo.ready);
      await main.locator(`.cpor-app[lang="${lang}"]`).waitFor();
    };
    await signIn(page, "user-megan");
    await open("");
    await main.locator(".cpor-table tbody tr").first().waitFor();
    await shot(page, tag("list"));
    await open("/new");
    await main.getByRole("radio").first().waitFor();
    await main.locator("#cpor-tenant_id").fill(TAILSPIN.slice(0, -1));
    await main.locator("#cpor-tenant_id").press("Tab");
    await main.locator("#cpor-tenant_id-error").waitFor();
    await shot(page, tag("new-1-customer-error"));
    await open(`/claims/${askedForMore}`);
    await main.locator(".cpor-history-item").first().waitFor();
    await shot(page, tag("claim-action-required"));
    await context.close();
  }
}

await browser.close();
console.log(`${shots} screenshots in docs/screenshots/`);
process.exit(0);
