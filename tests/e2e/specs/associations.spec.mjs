// "Customer associations", the home page: the organisation's claims with
// their deadlines, filters in the URL, CSV export that matches the list, the
// way into a new claim and back into drafts.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoSeriousA11yViolations } from "../support/page.mjs";

async function openList(page, query = "") {
  await page.goto(`/${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
}

const rows = (page) => page.locator(".cpor-table tbody tr");

test("the list shows each claim with its status and next deadline, and filters live in the URL", async ({ page }, testInfo) => {
  await openList(page);
  await expect(page.getByText(/^\d+ customer associations? · soonest deadline first$/)).toBeVisible();
  const seeded = rows(page).filter({ hasText: "CL-SEED00000002" });
  await expect(seeded).toContainText("tailspintoys.onmicrosoft.com");
  await expect(seeded).toContainText("Eligible");
  await expect(seeded).toContainText("Usage recognition - Non-Incentivized");
  await page.screenshot({ path: testInfo.outputPath("associations.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // A filter changes the URL; a reload and Back keep their place.
  await page.getByLabel("Status").selectOption({ label: "Eligible" });
  await expect(page).toHaveURL(/\?status=eligible$/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("eligible");
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel("Search").fill("no such claim anywhere");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/status=eligible&q=no%20such%20claim%20anywhere/);
  await expect(page.getByText("No customer associations match these filters.")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?status=eligible$/);
  await expect(rows(page)).toHaveCount(1);
  // A deep link straight to a filter.
  await openList(page, "?solution_area=modern_work_and_security");
  await expect(page.getByLabel("Solution area")).toHaveValue("modern_work_and_security");
});

test("the list is asked for together with the user, not after them: one round trip to the first row", async ({ page }) => {
  const sent = {};
  const answered = {};
  const at = (map, request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/api/")) (map[path] ??= []).push(Date.now());
  };
  page.on("request", (request) => at(sent, request));
  page.on("response", (response) => at(answered, response.request()));
  // The user's details held back: the list must not wait for them.
  await page.route("**/api/me", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/");
  await expect(rows(page).first()).toBeVisible();
  expect(sent["/api/demo/sign-in"], "one sign-in serves both requests").toHaveLength(1);
  expect(sent["/api/claims"], "the page takes the answer asked for ahead").toHaveLength(1);
  expect(sent["/api/claims"][0]).toBeLessThan(answered["/api/me"][0]);
  await expect(page.getByText(/^\d+ customer associations? · soonest deadline first$/)).toBeVisible();
});

test("Export CSV downloads exactly the filtered list", async ({ page }) => {
  await openList(page);
  await expect(rows(page).first()).toBeVisible();
  const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector(".cpor-cell-meta").textContent));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^customer-associations-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toBe("Claim ID,Claim name,Customer,Customer domain,Solution area,Partner role,Products,Status,Next deadline,In arbitration");
  expect(lines.slice(1).map((l) => JSON.parse(`[${l}]`)[0])).toEqual(shown);
});

test("New customer association opens the flow, and its breadcrumb comes back", async ({ page }) => {
  await openList(page);
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeFocused();
  await page.getByRole("link", { name: "Customer associations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customer associations" })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeVisible();
});

test("a draft in the list continues in the flow", async ({ page }) => {
  await page.goto("/new");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("radio", { name: /Munich/ }).check();
  await page.getByLabel("Customer tenant ID").fill("0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5");
  await page.getByLabel("Customer domain").fill("tailspintoys.onmicrosoft.com");
  await expect(page.getByRole("status").first()).toContainText("Confirmed:");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".cpor-saved")).toHaveText(/^Saved \d\d:\d\d$/);
  await page.evaluate(() => localStorage.clear());
  await openList(page, "?status=editing&q=tailspintoys");
  await rows(page).first().getByRole("button", { name: /^Continue/ }).click();
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByLabel("Customer domain")).toHaveValue("tailspintoys.onmicrosoft.com");
  await expect(page.getByRole("radio", { name: /Munich/ })).toBeChecked();
});

test("an unknown address under the app says so and links home", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found \u2013 Customer associations");
  await expect(page.getByText("There's nothing at this address.")).toBeVisible();
  await page.getByRole("link", { name: "Go to your customer associations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
});

/** A submitted claim of Megan's, made through the API (Contoso, Sales, the second subscription). */
async function submittedClaim(request) {
  const token = (await (await request.post("/api/demo/sign-in", { data: { user_id: "user-megan" } })).json()).token;
  const headers = { authorization: `Bearer ${token}` };
  const contact = { name: "Ada Lovelace", title: "CIO", email: "ada@contoso.com" };
  const input = {
    partner_program_id: "4810225",
    tenant_id: "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10",
    domain: "contoso.com",
    solution_area: "business_applications",
    partner_role: "build_intent_advisor",
    products: [{ product_id: "d365-sales", subscription_id: "5a1e5000-0000-4000-8000-00000000c002" }],
    claim_name: "Contoso second Sales subscription",
    customer_contact: contact,
    technical_contact: { ...contact, name: "Grace Hopper" },
    partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
  };
  const created = await (await request.post("/api/claims", { headers: { ...headers, "idempotency-key": `e2e-${Date.now()}` }, data: input })).json();
  const upload = await request.post(`/api/claims/${created.id}/files`, {
    headers: { ...headers, "idempotency-key": `e2e-file-${Date.now()}` },
    multipart: { file: { name: "acknowledgement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nsigned\n") } },
  });
  expect(upload.status()).toBe(201);
  const submitted = await request.post(`/api/claims/${created.id}/submit`, { headers: { ...headers, "idempotency-key": `e2e-submit-${Date.now()}` } });
  expect(submitted.status()).toBe(200);
  return created.id;
}

test("a claim's page shows its answers with locks, files, comments as text and history; withdrawing needs a reason", async ({ page }, testInfo) => {
  const id = await submittedClaim(page.request);
  await openList(page, "?q=second%20Sales");
  await page.getByRole("link", { name: "Contoso second Sales subscription" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Contoso second Sales subscription" })).toBeVisible();
  await expect(page.getByText("Status: Submitted")).toBeVisible();
  await expect(page.locator(".cpor-answer").filter({ hasText: /^Customer \(locked\)/ })).toContainText("6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10");
  await expect(page.locator(".cpor-answer").filter({ hasText: /^Partner program/ })).not.toContainText("(locked)");
  await expect(page.getByRole("button", { name: "Download acknowledgement.pdf" })).toBeVisible();
  await expect(page.locator(".cpor-timeline")).toContainText("Submitted");
  await expect(page.locator(".cpor-timeline")).toContainText(/Next deadline\s*\d+ \w+ \d{4}/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download acknowledgement.pdf" }).click()]);
  expect(file.suggestedFilename()).toBe("acknowledgement.pdf");

  // A comment with markup is shown as text, never run.
  const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Please see page 2.`;
  await page.getByLabel("Add a comment").fill(evil);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".cpor-comment-body").filter({ hasText: "Please see page 2." })).toHaveText(evil);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator(".cpor-history")).toContainText("submitted the claim");

  // A deep link reload lands on the same claim.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Contoso second Sales subscription" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("claim-page.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.locator("#cpor-action-note-error")).toContainText("Say why you're withdrawing this claim.");
  await page.getByLabel("Why are you withdrawing this claim?").fill("Claimed by mistake: another location did this work.");
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.getByText("Status: Withdrawn")).toBeVisible();
  await expect(page.locator(".cpor-timeline")).toContainText("Withdrawn");
});

test("a claim's page opens without its forms, which follow in a part of their own; a form that didn't download says so, and Retry opens it", async ({ page }) => {
  const id = await submittedClaim(page.request);
  const formsAsked = [];
  let offline = true;
  const forms = /\/code-[0-9a-f]{16}\/split_claim_forms\.wasm$/;
  page.on("request", (req) => forms.test(req.url()) && formsAsked.push(req.url()));
  await page.route(forms, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
  await page.goto(`/claims/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Contoso second Sales subscription" })).toBeVisible();
  await expect(page.getByText("Status: Submitted")).toBeVisible();
  // Asked for as soon as the claim offers an action, before any is pressed.
  await expect.poll(() => formsAsked.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This form didn't download. Check your connection, then retry. Nothing you entered is lost.");
  await expect(page.getByRole("heading", { level: 1, name: "Contoso second Sales subscription" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  offline = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  const reason = page.getByLabel("Why are you withdrawing this claim?");
  await reason.fill("Claimed by mistake: another location did this work.");
  // The text belongs to the page, not to the form: closed and opened again, it is still there.
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(reason).toHaveCount(0);
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(reason).toHaveValue("Claimed by mistake: another location did this work.");
  await page.getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.getByText("Status: Withdrawn")).toBeVisible();
});

test("another organisation's claim can't be opened by its URL", async ({ page }) => {
  await page.goto("/claims/CL-SEED00000001");
  await expect(page.getByRole("heading", { level: 1, name: "This claim can't be shown" })).toBeVisible();
  await expect(page.getByText("There's no claim CL-SEED00000001.")).toBeVisible();
  await expect(page.getByText("contoso.com")).toHaveCount(0);
});
