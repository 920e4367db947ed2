// What must never break: leaving a page while any kind of request is still
// on its way (every page error and console error fails the test), a failure
// of the app itself (the host is told, the mount offers a reload that
// works), a change refused because someone else changed the claim (what was
// typed is kept), a CSV export that can't load a page (it says so and
// downloads nothing), the error summary once an answer is fixed, and no
// empty drafts from merely visiting the flow. Its own server: requests are
// held on their way to it (Playwright routes that then let them through),
// never answered by anything but the real server.
import { test, expect } from "@playwright/test";
import { ownServer } from "../support/server.mjs";
import { openAs, tokenAt } from "../support/session.mjs";
import { CONTOSO } from "../support/page.mjs";
import { BUECHER, TAILSPIN, proofPdf } from "../support/wizard.mjs";

const server = ownServer(test, 13);

/** Collects the page's errors: uncaught exceptions and console errors (the
 * browser's own "Failed to load resource" lines for 4xx answers aside). */
function failures(page) {
  const seen = [];
  page.on("pageerror", (e) => seen.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

/** Holds the requests matching `match` (a URL predicate, and a method if
 * given) until `release()`; then they go on to the real server. */
async function hold(page, match, method) {
  let open;
  const gate = new Promise((resolve) => (open = resolve));
  let seen = 0;
  const handler = async (route) => {
    if (method && route.request().method() !== method) return route.fallback();
    seen += 1;
    await gate;
    await route.continue().catch(() => {});
  };
  await page.route(match, handler);
  return {
    held: () => seen,
    async release() {
      open();
      await page.unroute(match, handler);
    },
  };
}

const tokenFor = (request, user) => tokenAt(request, server.base, user);

let n = 0;
/** A claim of Megan's made through the API: a draft, or submitted. */
async function claimOf(
  request,
  { name, submit = true, tenant = TAILSPIN, domain = "tailspintoys.onmicrosoft.com", product = "m365-defender", user = "user-megan", program = "4810225", more = {} },
) {
  const headers = { authorization: `Bearer ${await tokenFor(request, user)}` };
  const input = {
    partner_program_id: program,
    tenant_id: tenant,
    domain,
    solution_area: "modern_work_and_security",
    partner_role: "use_or_consume",
    products: [{ product_id: product }],
    claim_name: name,
    customer_contact: { name: "Ada Lovelace", title: "CIO", email: "ada@customer.example" },
    partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
    ...more,
  };
  const key = `robust-${Date.now()}-${n++}`;
  const created = await (await request.post(`${server.base}/api/claims`, { headers: { ...headers, "idempotency-key": `c-${key}` }, data: input })).json();
  if (!submit) return created.id;
  await request.post(`${server.base}/api/claims/${created.id}/files`, {
    headers: { ...headers, "idempotency-key": `f-${key}` },
    multipart: { file: proofPdf("acknowledgement.pdf") },
  });
  const res = await request.post(`${server.base}/api/claims/${created.id}/submit`, { headers: { ...headers, "idempotency-key": `s-${key}` } });
  expect(res.status(), await res.text()).toBe(200);
  return created.id;
}


const h1 = (page, name) => page.getByRole("heading", { level: 1, name });
const toList = (page) => page.getByRole("link", { name: "Customer associations" }).first().click();

/** After the held request went through: no error, no failure notice, and the app still moves. */
async function stillWorks(page, seen) {
  await page.waitForTimeout(600);
  await expect(page.locator("[data-cpor-recover]")).toHaveCount(0);
  expect(seen).toEqual([]);
}

test("leaving a claim's page while it, its comments and its history load", async ({ page }) => {
  const seen = failures(page);
  const id = await claimOf(page.request, { name: "Pending loads" });
  await openAs(page, "user-megan", "/");
  await expect(h1(page, "Customer associations")).toBeVisible();
  const gate = await hold(page, (url) => url.pathname.startsWith(`/api/claims/${id}`));
  await page.evaluate((id) => {
    history.pushState(null, "", `/claims/${id}`);
    dispatchEvent(new PopStateEvent("popstate"));
  }, id);
  await expect(page.getByText("Loading the claim…")).toBeVisible();
  await expect.poll(gate.held).toBeGreaterThan(0);
  await toList(page);
  await expect(h1(page, "Customer associations")).toBeVisible();
  await gate.release();
  await stillWorks(page, seen);
  await page.getByRole("link", { name: "Pending loads" }).click();
  await expect(h1(page, "Pending loads")).toBeVisible();
});

test("leaving a claim's page while a comment, a withdrawal and an edit are being sent", async ({ page }) => {
  const seen = failures(page);
  const id = await claimOf(page.request, { name: "Pending changes", tenant: CONTOSO, domain: "contoso.com", product: "m365-e5" });
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(h1(page, "Pending changes")).toBeVisible();

  // A comment.
  let gate = await hold(page, (url) => url.pathname === `/api/claims/${id}/comments`, "POST");
  await page.getByLabel("Add a comment").fill("Sent while leaving.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  // A withdrawal.
  await page.goto(`/claims/${id}`);
  await expect(h1(page, "Pending changes")).toBeVisible();
  gate = await hold(page, (url) => url.pathname === `/api/claims/${id}/withdraw`);
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await page.getByLabel("Why are you withdrawing this claim?").fill("Leaving while it is sent.");
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect.poll(gate.held).toBe(1);
  await page.goBack();
  await gate.release();
  await stillWorks(page, seen);

  // An edit (on another claim: that one is withdrawn now).
  const other = await claimOf(page.request, { name: "Pending edit", tenant: CONTOSO, domain: "contoso.com", product: "m365-teams" });
  await page.goto(`/claims/${other}`);
  await page.getByRole("button", { name: "Edit claim" }).click();
  await page.locator("#cpor-partner_contact-email").fill("megan.bowen@northwind.example");
  gate = await hold(page, (url) => url.pathname === `/api/claims/${other}`, "PUT");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);
  await expect(h1(page, "Customer associations")).toBeVisible();
});

test("leaving the claim flow while the customer, the products, a subscription, an upload and the submit are on their way", async ({ page }) => {
  const seen = failures(page);
  await openAs(page, "user-megan", "/new");
  await expect(h1(page, "Partner and customer")).toBeVisible();
  await page.getByRole("radio", { name: /Seattle/ }).check();

  // The customer check.
  let gate = await hold(page, (url) => url.pathname === "/api/checks/customer");
  await page.getByLabel("Customer tenant ID").fill(TAILSPIN);
  await page.getByLabel("Customer domain").fill("tailspintoys.onmicrosoft.com");
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  // The customer's roles and products.
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(page.getByText("Confirmed:")).toBeVisible();
  gate = await hold(page, (url) => url.pathname.startsWith("/api/customers/"));
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Business Applications", { exact: true }).check();
  await expect.poll(gate.held).toBeGreaterThan(0);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  // A subscription being checked.
  await page.getByRole("link", { name: "New customer association" }).click();
  await page.getByRole("radio", { name: /Build intent/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(h1(page, "Products")).toBeVisible();
  gate = await hold(page, (url) => url.pathname === "/api/checks/subscription");
  await page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Finance" }).getByRole("checkbox").check();
  await page.getByLabel("Subscription ID").fill("f1a2ce00-0000-4000-8000-00000000a002");
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  // Through the details to an upload.
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Finance" })).toContainText("Can be claimed");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Claim name").fill("Leaving the flow");
  for (const [id, value] of [
    ["customer_contact-name", "Ada Lovelace"],
    ["customer_contact-title", "CIO"],
    ["customer_contact-email", "ada@tailspintoys.example"],
    ["technical_contact-name", "Grace Hopper"],
    ["technical_contact-title", "Dynamics lead"],
    ["technical_contact-email", "grace@tailspintoys.example"],
  ]) {
    await page.locator(`#cpor-${id}`).fill(value);
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(h1(page, "Proof of execution")).toBeVisible();
  gate = await hold(page, (url) => url.pathname.endsWith("/files"), "POST");
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf());
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  // The submit.
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(h1(page, "Proof of execution")).toBeVisible();
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf("second.pdf"));
  await expect(page.getByRole("button", { name: "Remove second.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(h1(page, "Check your answers")).toBeVisible();
  gate = await hold(page, (url) => url.pathname.endsWith("/submit"));
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);
  // The claim went in, and the local copy went with it.
  await page.reload();
  await expect(page.getByRole("link", { name: "Leaving the flow" })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cpor-claims.draft")))).toEqual([]);
});

test("leaving the drafts, the list and its export while they load, and a draft being deleted", async ({ page }) => {
  const seen = failures(page);
  await claimOf(page.request, { name: "A draft to delete", submit: false });
  await openAs(page, "user-megan", "/new");
  await expect(h1(page, "Partner and customer")).toBeVisible();
  await page.getByText(/Your drafts/).click();
  const gate = await hold(page, (url) => url.pathname.startsWith("/api/claims/"), "DELETE");
  await page.getByRole("button", { name: "Delete A draft to delete" }).click();
  await page.getByRole("button", { name: "Delete A draft to delete for good" }).click();
  await expect.poll(gate.held).toBe(1);
  await toList(page);
  await gate.release();
  await stillWorks(page, seen);

  const list = await hold(page, (url) => url.pathname === "/api/claims" && url.searchParams.get("per_page") === "100");
  await page.getByRole("button", { name: "Export CSV" }).click();
  await expect.poll(list.held).toBeGreaterThan(0);
  await page.getByRole("link", { name: "New customer association" }).click();
  await list.release();
  await stillWorks(page, seen);

  const drafts = await hold(page, (url) => url.pathname === "/api/claims" && url.searchParams.get("status") === "editing");
  await toList(page);
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect.poll(drafts.held).toBeGreaterThan(0);
  await toList(page);
  await drafts.release();
  await stillWorks(page, seen);
});

test("leaving a review while it loads and while a decision is being recorded", async ({ page }) => {
  const seen = failures(page);
  const id = await claimOf(page.request, {
    name: "Pending review",
    tenant: "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e",
    domain: "fabrikam.com",
    product: "m365-business-premium",
  });
  await openAs(page, "user-isaiah", "/review");
  await expect(h1(page, "Review queue")).toBeVisible();
  let gate = await hold(page, (url) => url.pathname === `/api/review/claims/${id}`);
  await page.getByRole("link", { name: "Pending review" }).click();
  await expect.poll(gate.held).toBe(1);
  await page.getByRole("link", { name: "Review queue" }).click();
  await gate.release();
  await stillWorks(page, seen);

  await page.getByRole("link", { name: "Pending review" }).click();
  await expect(h1(page, "Pending review")).toBeVisible();
  gate = await hold(page, (url) => url.pathname === `/api/review/claims/${id}/start`);
  await page.getByRole("button", { name: "Start review" }).click();
  await expect.poll(gate.held).toBe(1);
  await page.getByRole("link", { name: "Review queue" }).click();
  await gate.release();
  await stillWorks(page, seen);
  // The decision went through.
  await page.reload();
  await expect(page.locator(".cpor-table").getByRole("row").filter({ hasText: "Pending review" })).toContainText("Under review");
});

test("a failure of the app tells the host and both mounts come back with Reload", async ({ page }) => {
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("cpor:error", (e) => window.__errors.push({ target: e.target.id, detail: e.detail }));
  });
  const uncaught = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.goto("/dashboard/associations");
  await page.evaluate(() => window.cporDemo.ready);
  const main = page.locator("#cpor-main");
  await expect(main.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
  await main.getByRole("link", { name: "New customer association" }).click();
  await main.getByLabel("Customer tenant ID").fill(CONTOSO);

  await page.evaluate(() => import("/cpor-embed.js").then((m) => m.simulateCrash()).catch(() => {}));
  const events = await page.evaluate(() => window.__errors);
  expect(events.map((e) => e.target).sort()).toEqual(["cpor-main", "cpor-side"]);
  expect(events[0].detail).toEqual({ message: "simulated failure (simulateCrash was called)", recoverable: true });
  for (const mount of [main, page.locator("#cpor-side")]) {
    await expect(mount.getByRole("alert")).toContainText("Customer associations stopped working");
  }
  // The failed instance's own trap is the only uncaught error.
  expect(uncaught.every((m) => /unreachable/.test(m))).toBe(true);
  await expect(main.getByRole("button", { name: "Reload customer associations" })).toBeFocused();

  await main.getByRole("button", { name: "Reload customer associations" }).click();
  await expect(main.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeVisible();
  await expect(main.getByLabel("Customer tenant ID")).toHaveValue(CONTOSO);
  await expect(page.locator("#cpor-side").getByRole("list", { name: "Your recent claims" })).toBeVisible();
  await main.getByRole("link", { name: "Customer associations" }).click();
  await expect(main.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
});

test("a failure on the standalone page reloads it, with what was typed kept", async ({ page }) => {
  await openAs(page, "user-megan", "/new");
  await page.getByLabel("Customer tenant ID").fill(CONTOSO);
  await page.evaluate(() => {
    try {
      window.wasmBindings.simulateCrash();
    } catch {
      // the instance stops: expected
    }
  });
  await expect(page.getByRole("alert")).toContainText("Customer associations stopped working");
  await page.getByRole("button", { name: "Reload customer associations" }).click();
  await expect(h1(page, "Partner and customer")).toBeVisible();
  await expect(page.getByLabel("Customer tenant ID")).toHaveValue(CONTOSO);
});

test("an edit refused because someone else changed the claim says what changed and keeps what was typed", async ({ page, request }) => {
  const alex = { user: "user-alex", program: "6100342" };
  const id = await claimOf(request, { name: "Changed meanwhile", tenant: CONTOSO, domain: "contoso.com", product: "m365-teams", ...alex });
  await openAs(page, "user-alex", `/claims/${id}`);
  await page.getByRole("button", { name: "Edit claim" }).click();
  await page.locator("#cpor-partner_contact-email").fill("alex.wilber@adatum.example");

  // A colleague changes the customer contact from another device.
  const headers = { authorization: `Bearer ${await tokenFor(request, "user-alex")}` };
  const current = await request.get(`${server.base}/api/claims/${id}`, { headers });
  const claim = await current.json();
  const changed = await request.put(`${server.base}/api/claims/${id}`, {
    headers: { ...headers, "if-match": current.headers().etag },
    data: { ...claim.input, customer_contact: { name: "Ada King", title: "CIO", email: "ada.king@customer.example" } },
  });
  expect(changed.status()).toBe(200);

  await page.getByRole("button", { name: "Save changes" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "This claim changed" });
  await expect(notice).toContainText("Someone else changed this claim while you were writing: the contacts changed.");
  await expect(page.locator("#cpor-partner_contact-email")).toHaveValue("alex.wilber@adatum.example");
  // Their change is on the page and in the form; the edit is sent again only when saved again.
  await expect(page.locator(".cpor-answer").filter({ hasText: "Customer contact" })).toContainText("Ada King");
  await expect(page.locator("#cpor-customer_contact-name")).toHaveValue("Ada King");
  let now = await (await request.get(`${server.base}/api/claims/${id}`, { headers })).json();
  expect(now.input.partner_contact.email).toBe("megan@northwind.example");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator(".cpor-answer").filter({ hasText: "Partner contact" })).toContainText("alex.wilber@adatum.example");
  now = await (await request.get(`${server.base}/api/claims/${id}`, { headers })).json();
  expect(now.input.partner_contact.email).toBe("alex.wilber@adatum.example");
  expect(now.input.customer_contact.name).toBe("Ada King");
});

test("a withdrawal refused because the claim changed keeps its reason, and what is typed survives a reload", async ({ page, request }) => {
  const id = await claimOf(request, { name: "Withdrawn later", user: "user-alex", program: "6100342" });
  await openAs(page, "user-alex", `/claims/${id}`);
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  const reason = page.getByLabel("Why are you withdrawing this claim?");
  await reason.fill("Another location did this work.");
  // A reload keeps it.
  await page.reload();
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(reason).toHaveValue("Another location did this work.");

  const headers = { authorization: `Bearer ${await tokenFor(request, "user-alex")}` };
  const current = await request.get(`${server.base}/api/claims/${id}`, { headers });
  const claim = await current.json();
  const edited = await request.put(`${server.base}/api/claims/${id}`, {
    headers: { ...headers, "if-match": current.headers().etag },
    data: { ...claim.input, partner_program_id: "6100343" },
  });
  expect(edited.status()).toBe(200);
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This claim changed" })).toContainText("the partner program changed");
  await expect(reason).toHaveValue("Another location did this work.");
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.getByText("Status: Withdrawn")).toBeVisible();
});

test("an export that can't load a page says so and downloads nothing; trying again downloads it", async ({ page }) => {
  await openAs(page, "user-megan", "/");
  await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
  const exportPage = (url) => url.pathname === "/api/claims" && url.searchParams.get("per_page") === "100";
  await page.route(exportPage, (route) => route.abort("connectionfailed"));
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await page.getByRole("button", { name: "Export CSV" }).click();
  const bar = page.getByRole("note").filter({ hasText: "The export didn't finish" });
  await expect(bar).toContainText("nothing was downloaded", { timeout: 10_000 });
  expect(downloads).toBe(0);
  await page.unroute(exportPage);
  const [file] = await Promise.all([page.waitForEvent("download"), bar.getByRole("button", { name: "Try the export again" }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByText(/Exported \d+ customer associations?\./)).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test("the error summary drops an answer as soon as it is fixed", async ({ page }) => {
  await openAs(page, "user-megan", "/new");
  await page.getByRole("button", { name: "Next" }).click();
  const summary = page.locator(".cpor-error-summary");
  await expect(summary.getByRole("link")).toHaveCount(3);
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await expect(summary.getByRole("link")).toHaveCount(2);
  await expect(summary).not.toContainText("partner program");
  await page.getByLabel("Customer tenant ID").fill(CONTOSO);
  await expect(summary.getByRole("link")).toHaveCount(1);
  await page.getByLabel("Customer domain").fill("contoso.com");
  await expect(summary).toBeHidden();
});

test("visiting the flow and leaving it makes no draft; a draft says what it is and can be deleted", async ({ page, request }) => {
  const drafts = async () => {
    const res = await request.get(`${server.base}/api/claims?status=editing&per_page=100`, {
      headers: { authorization: `Bearer ${await tokenFor(request)}` },
    });
    return (await res.json()).items;
  };
  const before = (await drafts()).length;
  for (let i = 0; i < 3; i++) {
    await openAs(page, "user-megan", "/new");
    await page.getByRole("radio", { name: /Munich/ }).check();
    await toList(page);
    await expect(h1(page, "Customer associations")).toBeVisible();
  }
  expect((await drafts()).length).toBe(before);

  const id = await claimOf(request, { name: "", submit: false, tenant: CONTOSO, domain: "contoso.com", product: "m365-teams" });
  await openAs(page, "user-megan", "/new");
  await page.getByText(/Your drafts/).click();
  const entry = page.locator(".cpor-draft").filter({ hasText: "Draft for contoso.com" });
  await expect(entry).toContainText("Microsoft Teams");
  await expect(entry).toContainText("Step 4 of 6: Claim details and contacts");
  await expect(entry).toContainText(/Changed (just now|\d+ minutes? ago)/);
  await entry.getByRole("button", { name: "Delete Draft for contoso.com" }).click();
  await expect(entry.getByRole("group", { name: "Delete Draft for contoso.com?" })).toContainText("can't be undone");
  await entry.getByRole("button", { name: "Delete Draft for contoso.com for good" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was deleted" })).toBeVisible();
  await expect(page.locator(".cpor-draft").filter({ hasText: "Draft for contoso.com" })).toHaveCount(0);
  expect((await drafts()).map((d) => d.id)).not.toContain(id);
});

test("a comment or a reason hiding its order or its words is refused as it is typed, and by the server", async ({ page }) => {
  const seen = failures(page);
  const id = await claimOf(page.request, {
    name: "Hidden text",
    tenant: BUECHER,
    domain: "buecherag.onmicrosoft.com",
    more: {
      solution_area: "business_applications",
      partner_role: "build_intent_advisor",
      products: [{ product_id: "d365-business-central", subscription_id: "bc0bc0bc-0000-4000-8000-00000000b001" }],
      technical_contact: { name: "Grace Hopper", title: "IT lead", email: "grace@customer.example" },
    },
  });
  const sent = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname.startsWith(`/api/claims/${id}/`)) sent.push(r.url());
  });
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(h1(page, "Hidden text")).toBeVisible();

  // "Approved by ‮gnissim‬" displays as "Approved by missing": a right-to-left override.
  const comment = page.getByLabel("Add a comment");
  await comment.fill("Approved by \u202Egnissim\u202C");
  const message = "The comment contains a hidden right-to-left override (U+202E)";
  await expect(page.locator(".cpor-comment-form .cpor-error-text")).toContainText(message);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".cpor-comment-form .cpor-error-text")).toContainText(message);
  // Fixed, the message goes as the text is typed.
  await comment.fill("Approved by the customer's CIO.");
  await expect(page.locator(".cpor-comment-form .cpor-error-text")).toHaveCount(0);

  // A withdrawal reason with a zero-width space.
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  const reason = page.getByLabel("Why are you withdrawing this claim?");
  await reason.fill("Duplicate\u200B claim");
  await expect(page.locator(".cpor-field--error")).toContainText("The reason contains an invisible zero-width space (U+200B)");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.locator(".cpor-error-summary")).toContainText("zero-width space");
  await page.waitForTimeout(300);
  expect(sent).toEqual([]);

  // The server says the same to anyone who sends it anyway.
  const headers = { authorization: `Bearer ${await tokenFor(page.request)}`, "idempotency-key": `bidi-${Date.now()}` };
  const res = await page.request.post(`${server.base}/api/claims/${id}/comments`, { headers, data: { body: "Approved by \u202Egnissim\u202C" } });
  expect(res.status()).toBe(422);
  const problem = await res.json();
  expect(problem.code).toBe("text_bidi_control");
  expect(problem.detail).toContain(message);
  expect(seen).toEqual([]);
});
