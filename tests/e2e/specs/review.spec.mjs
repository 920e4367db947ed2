// The reviewers' side: the queue by due date with its SLA, a review from
// start to approval (with the customer's opt-out link), a request for
// information, and an arbitration between two partners.
import { test, expect } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/page.mjs";

const TAILSPIN = "0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5";

async function tokenFor(request, user) {
  return (await (await request.post("/api/demo/sign-in", { data: { user_id: user } })).json()).token;
}

/** A submitted Modern Work claim by `user` of `program` (Tailspin's Defender workload, or another). */
async function submitted(request, user, program, name, customer = { tenant: TAILSPIN, domain: "tailspintoys.onmicrosoft.com", product: "m365-defender" }) {
  const headers = { authorization: `Bearer ${await tokenFor(request, user)}` };
  const contact = { name: "Ada Lovelace", title: "CIO", email: "ada@tailspintoys.example" };
  const input = {
    partner_program_id: program,
    tenant_id: customer.tenant,
    domain: customer.domain,
    solution_area: "modern_work_and_security",
    partner_role: "use_or_consume",
    products: [{ product_id: customer.product }],
    claim_name: name,
    customer_contact: contact,
    partner_contact: { name: "Partner Contact", title: "", email: "contact@partner.example" },
  };
  const key = `${name.replace(/\W+/g, "-")}-${Date.now()}`;
  const created = await (await request.post("/api/claims", { headers: { ...headers, "idempotency-key": `c-${key}` }, data: input })).json();
  await request.post(`/api/claims/${created.id}/files`, {
    headers: { ...headers, "idempotency-key": `f-${key}` },
    multipart: { file: { name: "acknowledgement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nsigned\n") } },
  });
  const res = await request.post(`/api/claims/${created.id}/submit`, { headers: { ...headers, "idempotency-key": `s-${key}` } });
  expect(res.status()).toBe(200);
  return created.id;
}

async function asReviewer(page, path) {
  await page.goto(path);
  await page.evaluate(() => localStorage.setItem("cpor-claims.demo-user", "user-isaiah"));
  await page.reload();
}

test("two partners claim one workload: the reviewer compares them and approves one; the other is told why", async ({ page }, testInfo) => {
  const ours = await submitted(page.request, "user-megan", "4810225", "Tailspin Defender rollout");
  const theirs = await submitted(page.request, "user-alex", "6100342", "Tailspin Defender adoption");
  await asReviewer(page, "/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const row = page.locator(".cpor-table tbody tr").filter({ hasText: ours });
  await expect(row).toContainText("On time");
  await expect(row).toContainText("Arbitration");
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/review/${ours}$`));
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("list", { name: "About this claim" }).getByText("Status: Under review")).toBeVisible();
  await expect(page.locator(".cpor-compare-card")).toHaveCount(2);
  await expect(page.locator(".cpor-compare")).toContainText("Adatum Partners");
  await expect(page.locator(".cpor-compare-card").first()).toContainText(/Submitted\s*\d+ \w+ \d{4}/);
  await expect(page.locator(".cpor-compare-card").last()).toContainText(/Submitted\s*\d+ \w+ \d{4}/);
  await expect(page.locator(".cpor-compare-card").first()).toContainText("1 file, latest added");
  await page.screenshot({ path: testInfo.outputPath("arbitration.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Why this claim wins (shown to the other partners)").fill("The signed acknowledgement is the most recent.");
  await page.getByRole("button", { name: "Approve this claim and reject the others" }).click();
  await expect(page.getByText("Status: Approved")).toBeVisible();
  // The decision is reported as what it did.
  await expect(page.getByRole("status").filter({ hasText: "Approved after arbitration." })).toContainText(
    "1 competing claim was rejected, and its partner was told why.",
  );
  await expect(page.getByText("Demo: the link the customer gets to decline this association:")).toBeVisible();

  // The other partner sees the rejection and its reason.
  const token = await tokenFor(page.request, "user-alex");
  const other = await (await page.request.get(`/api/claims/${theirs}`, { headers: { authorization: `Bearer ${token}` } })).json();
  expect(other.status).toBe("rejected");
  expect(other.rejection).toBe("competing_claim_approved");
  // ... and reads it on the claim's page, with the winning reason.
  await page.evaluate(() => localStorage.setItem("cpor-claims.demo-user", "user-alex"));
  await page.goto(`/claims/${theirs}`);
  await expect(page.getByText("Rejected: Another partner's claim for this product was approved")).toBeVisible();
  await expect(page.locator(".cpor-comment-body").filter({ hasText: "The signed acknowledgement is the most recent." })).toBeVisible();
});

test("a reviewer asks for more information with the reasons from the list", async ({ page }) => {
  const fabrikam = { tenant: "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e", domain: "fabrikam.com", product: "m365-business-premium" };
  const id = await submitted(page.request, "user-alex", "6100342", "Fabrikam Business Premium", fabrikam);
  await asReviewer(page, `/review/${id}`);
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByLabel("Proof of execution doesn't name the claimed products").check();
  await page.getByLabel("What the partner should do").fill("Please add the product names to the document.");
  await page.getByRole("button", { name: "Request information" }).click();
  await expect(page.getByText("Status: Partner action required")).toBeVisible();
  await expect(page.locator(".cpor-comments")).toContainText("Please add the product names to the document.");
});

test("a partner can't open the review console", async ({ page }) => {
  await page.goto("/review");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews are for Microsoft reviewers" })).toBeVisible();
});
