// The whole claim flow end to end, one test per situation of the
// troubleshooting document, against the real server and the release build.
import { test, expect } from "@playwright/test";
import { CONTOSO } from "../support/page.mjs";
import {
  TAILSPIN,
  FABRIKAM,
  BUECHER,
  heading,
  next,
  expectStep,
  customerStep,
  roleStep,
  product,
  detailsStep,
  evidenceStep,
  proofPdf,
  claimsMatching,
  expectNoSeriousA11yViolations,
} from "../support/wizard.mjs";

const SALES_1 = "5a1e5000-0000-4000-8000-00000000c001";

test("a claim from nothing to submitted: every step accessible, Back, reload and Change keep everything", async ({ page }, testInfo) => {
  const shot = (name) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await customerStep(page, { tenant: CONTOSO, domain: "contoso.com" });
  await shot("step-2-empty");
  await expectNoSeriousA11yViolations(page);

  // Step 2: the help, each role's meaning, then the choice.
  await page.getByLabel("Business Applications", { exact: true }).check();
  await page.getByText("Which role do I choose?").click();
  await expect(page.getByText("A wrong role can mean missed eligibility")).toBeVisible();
  await expect(page.getByText("presale incentives")).toBeVisible();
  await page.getByRole("radio", { name: /Build intent - Advisor/ }).check();
  await shot("step-2");
  await expectNoSeriousA11yViolations(page);
  await next(page).click();
  await expectStep(page, 3, "Products");

  // The browser's Back goes to the previous step, Forward comes back.
  await page.goBack();
  await expectStep(page, 2, "Solution area and role");
  await expect(page.getByRole("radio", { name: /Build intent - Advisor/ })).toBeChecked();
  await page.goForward();
  await expectStep(page, 3, "Products");

  // Step 3: several Sales subscriptions, so the partner says which.
  await product(page, "Dynamics 365 Sales").getByRole("checkbox").check();
  await page.getByLabel("Subscription ID").fill(SALES_1.toUpperCase());
  await page.getByLabel("Subscription ID").press("Tab");
  await expect(page.getByLabel("Subscription ID")).toHaveValue(SALES_1);
  await expect(product(page, "Dynamics 365 Sales")).toContainText(`Can be claimed (subscription ${SALES_1}).`);
  await shot("step-3");
  await expectNoSeriousA11yViolations(page);
  await next(page).click();

  // Step 4: Next on empty answers lists each one, in words that match inline
  // (contacts another test's claim for Contoso prefilled are cleared first).
  await expectStep(page, 4, "Claim details and contacts");
  for (const who of ["customer_contact", "technical_contact"]) {
    for (const part of ["name", "title", "email"]) await page.locator(`#cpor-${who}-${part}`).fill("");
  }
  await next(page).click();
  const summary = page.locator(".cpor-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter a claim name." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter the customer technical contact's email address." })).toBeVisible();
  await expect(page.locator("#cpor-claim_name-error")).toContainText("Enter a claim name.");
  await shot("step-4-errors");
  await summary.getByRole("link", { name: "Enter the customer contact's job title." }).click();
  await expect(page.locator("#cpor-customer_contact-title")).toBeFocused();
  await page.locator("#cpor-customer_contact-email").fill("ada@");
  await page.locator("#cpor-customer_contact-email").press("Tab");
  await expect(page.locator("#cpor-customer_contact-email-error")).toBeVisible();
  await page.locator("#cpor-customer_contact-email").fill("ada@customer.example");
  await expect(page.locator("#cpor-customer_contact-email-error")).toHaveCount(0);

  // A reload mid-flow restores the step and every answer.
  await page.getByLabel("Claim name").fill("Contoso Sales rollout");
  await page.reload();
  await expect(heading(page, "Claim details and contacts")).toBeVisible();
  await expect(page.getByLabel("Claim name")).toHaveValue("Contoso Sales rollout");
  await expect(page.locator("#cpor-customer_contact-email")).toHaveValue("ada@customer.example");
  await expect(page.locator(".cpor-saved")).toHaveText(/^Saved \d\d:\d\d$/);
  await detailsStep(page, "Contoso Sales rollout", { technical: true });
  await shot("step-5-empty");
  await expectNoSeriousA11yViolations(page);

  // Step 5: a document refused by content before any upload, one accepted.
  await expect(page.getByRole("link", { name: "Download template" })).toHaveAttribute("href", "/public/poe-template.rtf");
  await next(page).click();
  await expect(page.locator(".cpor-error-summary")).toContainText("Add at least one proof-of-execution document.");
  await page.locator("#cpor-proof_of_execution").setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script>") });
  await expect(page.locator(".cpor-file--error")).toContainText("invoice.pdf");
  await page.getByLabel("Comment for the reviewers").fill("The signed acknowledgement is on page 2.");
  await shot("step-5");
  await expectNoSeriousA11yViolations(page);
  await evidenceStep(page);

  // Step 6: every answer, and Change goes back to its step.
  const answers = page.locator(".cpor-answers");
  await expect(answers.filter({ hasText: "Partner and customer" })).toContainText("Northwind Solutions Seattle (4810225)");
  await expect(answers.filter({ hasText: "Products" })).toContainText(`Dynamics 365 Sales, subscription ${SALES_1}`);
  await expect(answers.filter({ hasText: "Proof of execution" })).toContainText("signed-acknowledgement.pdf");
  await expect(page.getByText("Your customer will be notified about this association.")).toBeVisible();
  await shot("step-6");
  await expectNoSeriousA11yViolations(page);
  await answers.filter({ hasText: "Claim details and contacts" }).getByRole("link", { name: /Change/ }).click();
  await expectStep(page, 4, "Claim details and contacts");
  await expect(page.getByLabel("Claim name")).toHaveValue("Contoso Sales rollout");
  await next(page).click();
  await expectStep(page, 5, "Proof of execution");
  await next(page).click();
  await expectStep(page, 6, "Check your answers");

  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(heading(page, "Claim submitted")).toBeVisible();
  await expect(page.locator(".cpor-confirmation")).toContainText("Status: Submitted");
  await expect(page.getByText(/Microsoft starts reviewing it within 5 business days, by \d+ \w+ \d{4}\./)).toBeVisible();
  await shot("confirmation");
  await expectNoSeriousA11yViolations(page);

  // The local copy is gone; the server has exactly this one claim.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cpor-claims.draft")))).toEqual([]);
  const claims = await claimsMatching(page.request, "Contoso Sales rollout");
  expect(claims.map((c) => c.status)).toEqual(["submitted"]);
});

test("every subscription reason is explained with its fix, and checked in the browser first", async ({ page }, testInfo) => {
  const checks = [];
  page.on("request", (r) => r.url().includes("/api/checks/subscription") && checks.push(r.postDataJSON()));
  await customerStep(page, { tenant: CONTOSO, domain: "contoso.onmicrosoft.com" });
  await roleStep(page, "Business Applications", /Usage recognition/);
  const sales = product(page, "Dynamics 365 Sales");
  const field = page.getByLabel("Subscription ID");

  // Several subscriptions: the field appears, and Next says it is needed.
  await sales.getByRole("checkbox").check();
  await expect(field).toBeVisible();
  await next(page).click();
  await expect(page.locator("#cpor-subscription_id-d365-sales-error")).toContainText("The customer has 2 subscriptions of this product.");

  // Not a subscription ID: said at once, nothing sent.
  await field.fill("contoso.com");
  await field.press("Tab");
  await expect(page.locator("#cpor-subscription_id-d365-sales-error")).toContainText("not a subscription ID");
  await page.waitForTimeout(800);
  expect(checks).toEqual([]);

  const expectReason = async (value, text, { support }) => {
    await field.fill(value);
    const error = page.locator("#cpor-subscription_id-d365-sales-error");
    await expect(error).toContainText(text);
    await expect(error.getByRole("link", { name: /Contact support/ })).toHaveCount(support ? 1 : 0);
  };
  await expectReason("e5e5e5e5-0000-4000-8000-00000000c005", "isn't for a Dynamics 365 product", { support: true });
  await expectReason("5a1e5000-0000-4000-8000-00000000f001", "isn't a subscription of the selected product on the customer's tenant", { support: true });
  await sales.getByRole("checkbox").uncheck();

  // Provisioned two days ago: the date it becomes claimable.
  await product(page, "Dynamics 365 Customer Service").getByRole("checkbox").check();
  await expect(product(page, "Dynamics 365 Customer Service")).toContainText(/provisioned less than 7 days ago\. You can claim it from \d+ \w+ \d{4}\./);
  // A wait, not a mistake: an information bar with the date, the field not marked invalid.
  await expect(product(page, "Dynamics 365 Customer Service").locator(".cpor-bar--info")).toContainText(/Dynamics 365 Customer Service can be claimed from \d+ \w+ \d{4}\./);
  await expect(product(page, "Dynamics 365 Customer Service").locator(".cpor-error-message")).toHaveCount(0);
  await product(page, "Dynamics 365 Field Service").getByRole("checkbox").check();
  await expect(product(page, "Dynamics 365 Field Service")).toContainText("hasn't activated or provisioned the products of this subscription yet");
  await page.screenshot({ path: testInfo.outputPath("subscription-reasons.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await next(page).click();
  await expect(page.locator(".cpor-error-summary li")).toHaveCount(2);

  // Expired: the new subscription ID to claim instead; suspended: can't earn.
  await customerStep(page, { tenant: TAILSPIN, domain: "tailspintoys.onmicrosoft.com" });
  await roleStep(page, "Business Applications", /Build intent/);
  await product(page, "Dynamics 365 Finance").getByRole("checkbox").check();
  await field.fill("f1a2ce00-0000-4000-8000-00000000a001");
  await expect(page.locator("#cpor-subscription_id-d365-finance-error")).toContainText("its new subscription ID is f1a2ce00-0000-4000-8000-00000000a002");
  await product(page, "Dynamics 365 Sales").getByRole("checkbox").check();
  await expect(product(page, "Dynamics 365 Sales")).toContainText("suspended or disabled");

  // Bought through CSP while the customer's other purchase was Web-Direct.
  await customerStep(page, { tenant: BUECHER, domain: "bücher.ch" });
  await roleStep(page, "Business Applications", /Build intent/);
  await product(page, "Dynamics 365 Sales").getByRole("checkbox").check();
  await expect(product(page, "Dynamics 365 Sales")).toContainText("bought through CSP. CSP customer associations are a different program.");
  await product(page, "Dynamics 365 Business Central").getByRole("checkbox").check();
  await expect(product(page, "Dynamics 365 Business Central")).toContainText("Can be claimed");
});

test("a CSP customer is told once why the Business Applications roles are closed, and what to do instead", async ({ page }, testInfo) => {
  await customerStep(page, { tenant: FABRIKAM, domain: "fabrikam.com" });
  await page.getByLabel("Business Applications", { exact: true }).check();
  const bar = page.getByRole("note").filter({ hasText: "Business Applications roles aren't open for Fabrikam" });
  await expect(bar).toContainText("Fabrikam Inc bought Business Applications through CSP.");
  await expect(bar).toContainText("choose Modern Work and Security above");
  // No role nobody can choose, and the reason is said once.
  await expect(page.getByRole("radio", { name: /Build intent/ })).toHaveCount(0);
  await expect(page.getByText("Not available: this customer bought through CSP.")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("csp-roles.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  // Next points at what the partner can change: the solution area.
  await next(page).click();
  const summary = page.locator(".cpor-error-summary");
  await expect(summary).toContainText("bought Business Applications through CSP, so none of its partner roles can be claimed here");
  await expect(summary).not.toContainText("Choose your partner role.");
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Business Applications", { exact: true })).toBeFocused();
  await page.getByLabel("Modern Work and Security", { exact: true }).check();
  await expect(page.getByRole("radio", { name: /Use or consume/ })).toBeEnabled();
  await expect(summary).toBeHidden();
});

test("a product another partner holds shows the arbitration notice before submit, and a double click submits once", async ({ page }, testInfo) => {
  await customerStep(page, { tenant: CONTOSO, domain: "contoso.com", program: /Dublin/ });
  await roleStep(page, "Modern Work and Security", /Use or consume/);
  const e5 = product(page, "Microsoft 365 E5");
  await expect(e5).toContainText("Another partner holds or claims this");
  await e5.getByRole("checkbox").check();
  await expect(e5).toContainText("This claim will go to arbitration");
  await expect(e5).toContainText("Evidence that helps");
  await page.screenshot({ path: testInfo.outputPath("arbitration-notice.png"), fullPage: true });
  await next(page).click();
  // Contacts come from the partner's last claim for Contoso (the first test
  // of this file submitted it), and the partner is told so.
  await expect(page.locator("#cpor-customer_contact-name")).toHaveValue("Ada Lovelace");
  await expect(page.getByText("We filled in the customer's contacts from your claim")).toBeVisible();
  await detailsStep(page, "Contoso E5 adoption");
  await evidenceStep(page);
  await page.getByRole("button", { name: "Submit claim" }).dblclick();
  await expect(heading(page, "Claim submitted")).toBeVisible();
  await expect(page.getByText("This claim is in arbitration")).toBeVisible();
  const claims = await claimsMatching(page.request, "Contoso E5 adoption");
  expect(claims.length).toBe(1);
  expect(claims[0].in_arbitration).toBe(true);
});

test("offline, a submit is saved and not sent; back online it is sent exactly once", async ({ page, context }) => {
  await customerStep(page, { tenant: TAILSPIN, domain: "tailspintoys.onmicrosoft.com" });
  await roleStep(page, "Business Applications", /Build intent/);
  await product(page, "Dynamics 365 Finance").getByRole("checkbox").check();
  await page.getByLabel("Subscription ID").fill("f1a2ce00-0000-4000-8000-00000000a002");
  await expect(product(page, "Dynamics 365 Finance")).toContainText("Can be claimed");
  await next(page).click();
  await detailsStep(page, "Tailspin Finance renewal", { technical: true });
  await evidenceStep(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.getByText("Saved, not sent yet: you're offline.")).toBeVisible();
  await page.getByRole("button", { name: "Submit claim" }).click();
  expect((await claimsMatching(page.request, "Tailspin Finance renewal")).map((c) => c.status)).toEqual(["editing"]);

  await context.setOffline(false);
  await expect(heading(page, "Claim submitted")).toBeVisible({ timeout: 15_000 });
  const claims = await claimsMatching(page.request, "Tailspin Finance renewal");
  expect(claims.map((c) => c.status)).toEqual(["submitted"]);
});

test("drafts are saved to the server and can be resumed", async ({ page }) => {
  await customerStep(page, { tenant: CONTOSO, domain: "contoso.com", program: /Munich/ });
  await roleStep(page, "Modern Work and Security", /Use or consume/);
  await product(page, "Microsoft Teams").getByRole("checkbox").check();
  await next(page).click();
  await page.getByLabel("Claim name").fill("Teams rollout draft");
  await page.getByRole("button", { name: "Back" }).click();
  await expectStep(page, 3, "Products");
  // Another browser (no local copy) finds it in the drafts list.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(heading(page, "Partner and customer")).toBeVisible();
  await page.getByText(/Your drafts \(\d+\)/).click();
  await page.getByRole("button", { name: "Continue Teams rollout draft" }).click();
  await expect(page.getByRole("radio", { name: /Munich/ })).toBeChecked();
  await expect(page.getByLabel("Customer domain")).toHaveValue("contoso.com");
  await next(page).click();
  await expectStep(page, 2, "Solution area and role");
  await expect(page.getByRole("radio", { name: /Use or consume/ })).toBeChecked();
  await next(page).click();
  await expectStep(page, 3, "Products");
  await expect(product(page, "Microsoft Teams").getByRole("checkbox")).toBeChecked();
});

test("Step 1 problems and refusals block with their messages; a file over the limits is refused before upload", async ({ page }) => {
  await customerStep(page, { tenant: CONTOSO, domain: "contoso.com" });
  await roleStep(page, "Modern Work and Security", /Use or consume/);
  await product(page, "Microsoft Teams").getByRole("checkbox").check();
  await expect(product(page, "Microsoft Teams")).toContainText("Can be claimed");
  await next(page).click();
  await detailsStep(page, "Limits check");
  const uploads = [];
  page.on("request", (r) => r.url().includes("/files") && r.method() === "POST" && uploads.push(r.url()));
  await page.locator("#cpor-proof_of_execution").setInputFiles([
    { name: "notes.html", mimeType: "text/html", buffer: Buffer.from("<p>hi</p>") },
    { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) },
  ]);
  await expect(page.locator(".cpor-file--error")).toHaveCount(2);
  await expect(page.locator(".cpor-file--error").first()).toContainText("notes.html");
  await expect(page.locator(".cpor-file--error").nth(1)).toContainText("empty.pdf");
  expect(uploads).toEqual([]);
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf("acknowledgement.pdf"));
  await expect(page.locator(".cpor-file").filter({ hasText: "acknowledgement.pdf" }).getByRole("button", { name: "Remove acknowledgement.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Remove acknowledgement.pdf" }).click();
  await expect(page.locator(".cpor-file").filter({ hasText: "acknowledgement.pdf" })).toHaveCount(0);
});
