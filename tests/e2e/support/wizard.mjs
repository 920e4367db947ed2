// Steps through the claim flow the way a partner does, for the wizard specs.
import { expect } from "@playwright/test";
import { openFresh, tenantField, domainField, checkStatus, expectNoSeriousA11yViolations } from "./page.mjs";

export const TAILSPIN = "0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5";
export const FABRIKAM = "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e";
export const BUECHER = "c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f";

export const heading = (page, name) => page.getByRole("heading", { level: 1, name });
export const next = (page) => page.getByRole("button", { name: "Next" });

/** Waits for step `n` named `name`: its heading focused, the step text and the page title. */
export async function expectStep(page, n, name) {
  await expect(heading(page, name)).toBeFocused();
  await expect(page.getByText(`Step ${n} of 6`)).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${name}`));
}

/** Step 1 filled in and confirmed, then on to step 2. */
export async function customerStep(page, { tenant, domain, program = /Seattle/ }) {
  await openFresh(page);
  await page.getByRole("radio", { name: program }).check();
  await tenantField(page).fill(tenant);
  await domainField(page).fill(domain);
  await expect(checkStatus(page).first()).toContainText("Confirmed:");
  await next(page).click();
  await expectStep(page, 2, "Solution area and role");
}

/** Step 2: the area and role, then on to step 3. */
export async function roleStep(page, area, role) {
  await page.getByLabel(area, { exact: true }).check();
  await page.getByRole("radio", { name: role }).check();
  await next(page).click();
  await expectStep(page, 3, "Products");
}

/** The card of a product on step 3. */
export const product = (page, name) => page.locator(".cpor-product").filter({ hasText: name });

/** Step 4: every answer the claim needs. */
export async function detailsStep(page, claimName, { technical = false } = {}) {
  await expect(heading(page, "Claim details and contacts")).toBeVisible();
  await page.getByLabel("Claim name").fill(claimName);
  await page.locator("#cpor-customer_contact-name").fill("Ada Lovelace");
  await page.locator("#cpor-customer_contact-title").fill("Chief Information Officer");
  await page.locator("#cpor-customer_contact-email").fill("ada@customer.example");
  if (technical) {
    await page.locator("#cpor-technical_contact-name").fill("Grace Hopper");
    await page.locator("#cpor-technical_contact-title").fill("Dynamics lead");
    await page.locator("#cpor-technical_contact-email").fill("grace@customer.example");
  }
  // The partner's own contact comes from the signed-in user.
  await expect(page.locator("#cpor-partner_contact-name")).toHaveValue("Megan Bowen");
  await next(page).click();
  await expectStep(page, 5, "Proof of execution");
}

/** A small PDF that passes the content check. */
export const proofPdf = (name = "signed-acknowledgement.pdf") => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.7\n% signed by the customer\n"),
});

/** Step 5: one document uploaded, then on to step 6. */
export async function evidenceStep(page) {
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf());
  await expect(page.locator(".cpor-file").filter({ hasText: "signed-acknowledgement.pdf" }).getByRole("button", { name: /Remove/ })).toBeVisible();
  await next(page).click();
  await expectStep(page, 6, "Check your answers");
}

/** Signs in as a demo user through the API and returns a bearer token. */
export async function tokenFor(request, userId = "user-megan") {
  const res = await request.post("/api/demo/sign-in", { data: { user_id: userId } });
  return (await res.json()).token;
}

/** The caller's claims whose name or domain contains `text`. */
export async function claimsMatching(request, text, userId = "user-megan") {
  const token = await tokenFor(request, userId);
  const res = await request.get(`/api/claims?q=${encodeURIComponent(text)}&per_page=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()).items;
}

export { expectNoSeriousA11yViolations };
