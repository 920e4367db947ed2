// A claim's life after submit, both sides in the browser: the reviewer asks
// for information, the partner edits, adds proof, answers and resubmits, the
// reviewer approves, the demo clock ends the opt-out window (eligible); a
// rejection disputed and decided; an expired subscription reclaimed.
// These tests move the demo clock, so they run on a server of their own.
import { test, expect } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/page.mjs";
import { startServer } from "../support/server.mjs";
import { BUECHER, FABRIKAM, expectStep, next, proofPdf } from "../support/wizard.mjs";

let server;
test.beforeAll(async () => {
  server = await startServer(Number(process.env.CPOR_E2E_PORT ?? 18080) + 12);
});
test.afterAll(async () => {
  await server?.stop();
});

async function tokenFor(request, user) {
  const res = await request.post(`${server.base}/api/demo/sign-in`, { data: { user_id: user } });
  return (await res.json()).token;
}

/** A claim submitted through the API by Megan (Northwind); returns its id. */
async function submitted(request, { name, tenant, domain, area, role, product, technical = false }) {
  const headers = { authorization: `Bearer ${await tokenFor(request, "user-megan")}` };
  const contact = { name: "Ada Lovelace", title: "CIO", email: "ada@customer.example" };
  const input = {
    partner_program_id: "4810225",
    tenant_id: tenant,
    domain,
    solution_area: area,
    partner_role: role,
    products: [{ product_id: product }],
    claim_name: name,
    customer_contact: contact,
    technical_contact: technical ? { name: "Grace Hopper", title: "IT lead", email: "grace@customer.example" } : null,
    partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
  };
  const key = `${name.replace(/\W+/g, "-")}-${Date.now()}`;
  const created = await request.post(`${server.base}/api/claims`, { headers: { ...headers, "idempotency-key": `c-${key}` }, data: input });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const file = await request.post(`${server.base}/api/claims/${id}/files`, {
    headers: { ...headers, "idempotency-key": `f-${key}` },
    multipart: { file: { name: "acknowledgement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nsigned\n") } },
  });
  expect(file.status()).toBe(201);
  const res = await request.post(`${server.base}/api/claims/${id}/submit`, { headers: { ...headers, "idempotency-key": `s-${key}` } });
  expect(res.status()).toBe(200);
  return id;
}

/** Opens `path` signed in as `user` (the demo user picker's choice). */
async function openAs(page, user, path) {
  await page.goto(`${server.base}${path}`);
  await page.evaluate((u) => localStorage.setItem("cpor-claims.demo-user", u), user);
  await page.reload();
}

const status = (page, text) => page.locator(".cpor-status").filter({ hasText: `Status: ${text}` });

test("a full lifecycle: information requested, edited and resubmitted, approved, eligible once the opt-out window passes", async ({ page }, testInfo) => {
  const id = await submitted(page.request, {
    name: "Bücher Business Central rollout",
    tenant: BUECHER,
    domain: "xn--bcher-kva.ch",
    area: "business_applications",
    role: "build_intent_advisor",
    product: "d365-business-central",
    technical: true,
  });

  // The reviewer starts the review and asks for more.
  await openAs(page, "user-isaiah", `/review/${id}`);
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByText("Status: Under review")).toBeVisible();
  await page.getByLabel("Proof of execution doesn't name the claimed products").check();
  await page.getByLabel("What the partner should do").fill("Please name Business Central in the acknowledgement.");
  await page.getByRole("button", { name: "Request information" }).click();
  await expect(page.getByText("Status: Partner action required")).toBeVisible();

  // The partner sees the pinned request, edits a contact, adds proof and resubmits.
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(status(page, "Partner action required")).toBeVisible();
  await expect(page.locator(".cpor-comment--pinned")).toContainText("Please name Business Central");
  const actions = page.getByRole("group", { name: "Actions" });
  await expect(actions.getByRole("button")).toHaveText(["Edit claim", "Answer and resubmit", "Withdraw"]);
  await actions.getByRole("button", { name: "Edit claim" }).click();
  await expect(page.getByRole("checkbox", { name: "Dynamics 365 Business Central" })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath("edit.png"), fullPage: true });
  const email = page.locator("#cpor-partner_contact-email");
  await email.fill("megan.bowen@northwind");
  await email.blur();
  await expect(page.locator("#cpor-partner_contact-email-error")).toBeVisible();
  await email.fill("megan.bowen@northwind.example");
  await page.getByLabel("Comment for the reviewer (optional)").fill("Updated my contact address.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator(".cpor-answer").filter({ hasText: "Partner contact" })).toContainText("megan.bowen@northwind.example");
  await expect(page.locator(".cpor-history")).toContainText("changed the partner contact's email address from megan@northwind.example to megan.bowen@northwind.example");

  await actions.getByRole("button", { name: "Answer and resubmit" }).click();
  await expect(page.getByRole("heading", { name: /Answer the request and resubmit by \d+ \w+ \d{4}/ })).toBeVisible();
  await page.locator("#cpor-more_proof").setInputFiles(proofPdf("acknowledgement-business-central.pdf"));
  await expect(page.getByRole("button", { name: "Download acknowledgement-business-central.pdf" })).toBeVisible();
  await page.getByLabel("Your answer to the reviewer (optional)").fill("The new acknowledgement names Business Central.");
  await page.screenshot({ path: testInfo.outputPath("resubmit.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Resubmit claim" }).click();
  await expect(status(page, "Under review")).toBeVisible();
  await expect(page.locator(".cpor-comment-body").filter({ hasText: "The new acknowledgement names Business Central." })).toBeVisible();

  // The reviewer approves; the customer's opt-out window runs.
  await openAs(page, "user-isaiah", `/review/${id}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Status: Approved")).toBeVisible();

  // Seven days later (the demo clock), the claim is eligible.
  const reviewer = await tokenFor(page.request, "user-isaiah");
  const moved = await page.request.post(`${server.base}/api/demo/clock`, {
    data: { days: 8 },
    headers: { authorization: `Bearer ${reviewer}` },
  });
  expect(moved.status()).toBe(200);
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(status(page, "Eligible")).toBeVisible();
  await expect(page.locator(".cpor-timeline")).toContainText("Eligible");
  // The deadline's move is the product's, in the reader's words.
  await expect(page.locator(".cpor-history")).toContainText("Partner Center ended the customer's opt-out window: the claim is eligible");
  await expect(page.getByRole("group", { name: "Actions" }).getByRole("button")).toHaveText(["Withdraw"]);
});

test("a rejection is disputed with a justification and decided again", async ({ page }) => {
  const id = await submitted(page.request, {
    name: "Fabrikam Business Premium adoption",
    tenant: FABRIKAM,
    domain: "fabrikam.com",
    area: "modern_work_and_security",
    role: "use_or_consume",
    product: "m365-business-premium",
  });
  await openAs(page, "user-isaiah", `/review/${id}`);
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByLabel("Reason", { exact: true }).selectOption({ label: "The proof of execution is insufficient" });
  await page.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(page.getByText("Status: Rejected")).toBeVisible();

  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(status(page, "Rejected")).toBeVisible();
  await expect(page.getByText("Rejected: The proof of execution is insufficient")).toBeVisible();
  await page.getByRole("button", { name: "Dispute the decision" }).click();
  await page.getByRole("button", { name: "Send dispute" }).click();
  await expect(page.locator("#cpor-action-note-error")).toContainText("Give the business justification for the dispute, or add updated proof of execution.");
  await expect(page.locator(".cpor-error-summary")).toBeFocused();
  await page.getByLabel("Business justification").fill("The signed statement of work from March 2026 covers this deployment.");
  await page.getByRole("button", { name: "Send dispute" }).click();
  await expect(status(page, "Disputed")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The reviewer decides the dispute: approved.
  await openAs(page, "user-isaiah", `/review/${id}`);
  await expect(page.getByText("Status: Disputed")).toBeVisible();
  await expect(page.locator(".cpor-comment-body").filter({ hasText: "signed statement of work" })).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Status: Approved")).toBeVisible();
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(status(page, "Approved")).toBeVisible();
});

test("an expired subscription is reclaimed: a new draft in the flow, with the renewed subscription", async ({ page }) => {
  // Seeded: Northwind's eligible claim on Tailspin's Finance subscription,
  // which has since expired and been renewed.
  await openAs(page, "user-megan", "/claims/CL-SEED00000002");
  await expect(status(page, "Eligible")).toBeVisible();
  await page.getByRole("button", { name: "Reclaim with the new subscription" }).click();
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByLabel("Customer tenant ID")).toHaveValue("0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5");
  await next(page).click();
  await expectStep(page, 2, "Solution area and role");
  await next(page).click();
  await expectStep(page, 3, "Products");
  await expect(page.getByLabel("Subscription ID")).toHaveValue("f1a2ce00-0000-4000-8000-00000000a002");
});
