// Pages that tell the whole story: a claim's page with every fact a partner
// needs first, its history in sentences, the confirmation linking to the new
// claim, the reviewers' console (files to download, plurals, the decision
// reported), notices that end with the status they were about, page titles,
// and copy without robot phrases. Its own server.
import { test, expect } from "@playwright/test";
import { ownServer } from "../support/server.mjs";
import { openAs, tokenAt } from "../support/session.mjs";
import { CONTOSO } from "../support/page.mjs";
import { TAILSPIN, proofPdf } from "../support/wizard.mjs";

const server = ownServer(test, 14);

const tokenFor = (request, user) => tokenAt(request, server.base, user);

let n = 0;
async function submitted(request, user, input) {
  const headers = { authorization: `Bearer ${await tokenFor(request, user)}` };
  const key = `pages-${Date.now()}-${n++}`;
  const created = await (await request.post(`${server.base}/api/claims`, { headers: { ...headers, "idempotency-key": `c-${key}` }, data: input })).json();
  await request.post(`${server.base}/api/claims/${created.id}/files`, {
    headers: { ...headers, "idempotency-key": `f-${key}` },
    multipart: { file: proofPdf("acknowledgement.pdf") },
  });
  const res = await request.post(`${server.base}/api/claims/${created.id}/submit`, { headers: { ...headers, "idempotency-key": `s-${key}` } });
  expect(res.status()).toBe(200);
  return created.id;
}

const sales = {
  partner_program_id: "4810226",
  tenant_id: CONTOSO,
  domain: "contoso.com",
  solution_area: "business_applications",
  partner_role: "build_intent_advisor",
  products: [{ product_id: "d365-sales", subscription_id: "5a1e5000-0000-4000-8000-00000000c001" }],
  claim_name: "Contoso Sales pilot",
  customer_contact: { name: "Ada Lovelace", title: "CIO", email: "ada@contoso.example" },
  technical_contact: { name: "Grace Hopper", title: "Dynamics lead", email: "grace@contoso.example" },
  partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
};

const defender = (program, name) => ({
  partner_program_id: program,
  tenant_id: TAILSPIN,
  domain: "tailspintoys.onmicrosoft.com",
  solution_area: "modern_work_and_security",
  partner_role: "use_or_consume",
  products: [{ product_id: "m365-defender" }],
  claim_name: name,
  customer_contact: { name: "Ada Lovelace", title: "CIO", email: "ada@tailspintoys.example" },
  partner_contact: { name: "Partner Contact", title: "", email: "contact@partner.example" },
});


test("a claim's page says first where it stands, then every fact: program, customer, subscription, contacts, and the way back", async ({ page }) => {
  const id = await submitted(page.request, "user-megan", sales);
  await openAs(page, "user-megan", `/claims/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Contoso Sales pilot" })).toBeVisible();
  await expect(page).toHaveTitle("Contoso Sales pilot \u2013 Customer associations");
  const facts = page.getByRole("list", { name: "About this claim" });
  await expect(facts).toContainText("Status: Submitted");
  await expect(facts).toContainText(`Claim ID ${id}`);
  await expect(facts).toContainText(/Next deadline \d+ \w+ \d{4} · \d+ business days? left/);
  await expect(page.getByRole("note").first()).toContainText("Microsoft starts reviewing this claim by");
  const answers = page.locator(".cpor-answer-list");
  await expect(answers.locator(".cpor-answer").filter({ hasText: /^Partner program/ })).toContainText("Northwind Solutions Dublin (4810226)");
  await expect(answers.locator(".cpor-answer").filter({ hasText: /^Customer/ }).first()).toContainText("Contoso Ltd");
  await expect(answers.locator(".cpor-answer").filter({ hasText: /^Customer/ }).first()).toContainText(`tenant ${CONTOSO}`);
  await expect(answers).toContainText("Dynamics 365 Sales, subscription 5a1e5000-0000-4000-8000-00000000c001");
  await expect(answers.locator(".cpor-answer").filter({ hasText: "Customer technical contact" })).toContainText("Grace Hopper, Dynamics lead, grace@contoso.example");
  await page.getByRole("link", { name: "Customer associations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customer associations" })).toBeVisible();
});

test("the history reads as sentences with names and labels, never internal values", async ({ page, request }) => {
  // A draft started with the customer only, then answered, as the flow does.
  const headers = { authorization: `Bearer ${await tokenFor(request)}` };
  const draft = await (
    await request.post(`${server.base}/api/claims`, {
      headers: { ...headers, "idempotency-key": `history-${Date.now()}` },
      data: { partner_program_id: "4810226", tenant_id: CONTOSO, domain: "contoso.com" },
    })
  ).json();
  const id = draft.id;
  const started = await request.get(`${server.base}/api/claims/${id}`, { headers });
  await request.put(`${server.base}/api/claims/${id}`, {
    headers: { ...headers, "if-match": started.headers().etag },
    data: {
      ...sales,
      claim_name: "Contoso Sales history",
      products: [{ product_id: "d365-sales", subscription_id: "5a1e5000-0000-4000-8000-00000000c002" }],
    },
  });
  await request.post(`${server.base}/api/claims/${id}/files`, {
    headers: { ...headers, "idempotency-key": `history-file-${Date.now()}` },
    multipart: { file: proofPdf("acknowledgement.pdf") },
  });
  expect((await request.post(`${server.base}/api/claims/${id}/submit`, { headers: { ...headers, "idempotency-key": `history-submit-${Date.now()}` } })).status()).toBe(200);
  const current = await request.get(`${server.base}/api/claims/${id}`, { headers });
  const claim = await current.json();
  await request.put(`${server.base}/api/claims/${id}`, {
    headers: { ...headers, "if-match": current.headers().etag },
    data: { ...claim.input, partner_contact: { name: "Megan Bowen", title: "", email: "megan.bowen@northwind.example" } },
  });
  await openAs(page, "user-megan", `/claims/${id}`);
  const history = page.locator(".cpor-history");
  await expect(history).toContainText("Megan Bowen submitted the claim");
  await expect(history).toContainText("Megan Bowen changed the partner contact's email address from megan@northwind.example to megan.bowen@northwind.example");
  await expect(history).toContainText("Megan Bowen added proof of execution: acknowledgement.pdf");
  await expect(history).toContainText("Megan Bowen set the solution area to Business Applications and set the partner role to Build intent - Advisor");
  await expect(history).toContainText("Megan Bowen set the products to Dynamics 365 Sales");
  await expect(history).toContainText("Megan Bowen named the claim \u201CContoso Sales history\u201D");
  const text = await history.textContent();
  for (const internal of ["user-megan", "(partner)", "[null", "business_applications", "d365-sales", "\u2192"]) {
    expect(text).not.toContain(internal);
  }
});

test("the confirmation links to the new claim", async ({ page }) => {
  await openAs(page, "user-megan", "/new");
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await page.getByLabel("Customer tenant ID").fill(CONTOSO);
  await page.getByLabel("Customer domain").fill("contoso.com");
  await expect(page.getByText("Confirmed:")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Modern Work and Security", { exact: true }).check();
  await page.getByRole("radio", { name: /Use or consume/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.locator(".cpor-product").filter({ hasText: "Microsoft Teams" }).getByRole("checkbox").check();
  await expect(page.locator(".cpor-product").filter({ hasText: "Microsoft Teams" })).toContainText("Can be claimed");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Claim name").fill("Contoso Teams confirmation");
  await page.locator("#cpor-customer_contact-name").fill("Ada Lovelace");
  await page.locator("#cpor-customer_contact-title").fill("CIO");
  await page.locator("#cpor-customer_contact-email").fill("ada@contoso.example");
  await page.getByRole("button", { name: "Next" }).click();
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf());
  await expect(page.getByRole("button", { name: "Remove signed-acknowledgement.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim submitted" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your claim \u201CContoso Teams confirmation\u201D" }).click();
  await expect(page).toHaveURL(/\/claims\/CL-/);
  await expect(page.getByRole("heading", { level: 1, name: "Contoso Teams confirmation" })).toBeVisible();

  // Claiming it again: the refusal links to the claim that holds it.
  await page.goto("/new");
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await page.getByLabel("Customer tenant ID").fill(CONTOSO);
  await page.getByLabel("Customer domain").fill("contoso.com");
  await expect(page.getByText("Confirmed:")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Modern Work and Security", { exact: true }).check();
  await page.getByRole("radio", { name: /Use or consume/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  const teams = page.locator(".cpor-product").filter({ hasText: "Microsoft Teams" });
  await teams.getByRole("checkbox").check();
  await expect(teams).toContainText("Your company already has a live claim on Microsoft Teams for this customer.");
  await teams.getByRole("link", { name: "Open your existing claim \u201CContoso Teams confirmation\u201D" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contoso Teams confirmation" })).toBeVisible();
});

test("the reviewer downloads proof, reads plurals, and is told what an arbitration decision did; notices end with it", async ({ page }) => {
  const ours = await submitted(page.request, "user-megan", defender("4810225", "Tailspin Defender ours"));
  const theirs = await submitted(page.request, "user-alex", defender("6100342", "Tailspin Defender theirs"));
  // Before the decision both partners are told about the arbitration.
  await openAs(page, "user-megan", `/claims/${ours}`);
  await expect(page.getByRole("note").filter({ hasText: "This claim is in arbitration" })).toBeVisible();

  await openAs(page, "user-isaiah", `/review/${ours}`);
  await expect(page).toHaveTitle(/^Review Tailspin Defender ours/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download acknowledgement.pdf" }).click()]);
  expect(file.suggestedFilename()).toBe("acknowledgement.pdf");
  await expect(page.locator(".cpor-compare")).toContainText("1 file, latest added");
  await expect(page.locator(".cpor-compare")).not.toContainText("file(s)");
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByLabel("Why this claim wins (shown to the other partners)").fill("The most recent signed acknowledgement.");
  await page.getByRole("button", { name: "Approve this claim and reject the others" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved after arbitration." })).toBeVisible();
  await expect(page.locator(".cpor-history")).toContainText("Isaiah Langer approved the claim");
  await expect(page.locator(".cpor-history")).toContainText("The most recent signed acknowledgement.");

  // After it, the winner is no longer told it's in arbitration, and the other side reads the decision.
  await openAs(page, "user-megan", `/claims/${ours}`);
  await expect(page.getByText("Status: Approved")).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "arbitration" })).toHaveCount(0);
  await openAs(page, "user-alex", `/claims/${theirs}`);
  await expect(page.getByRole("note").filter({ hasText: "Rejected: Another partner's claim for this product was approved" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "This claim is in arbitration" })).toHaveCount(0);
});

test("withdrawing is a destructive, secondary action; page titles say where the partner is", async ({ page }) => {
  const id = await submitted(page.request, "user-megan", {
    ...defender("4810227", "Withdraw styling"),
    tenant_id: CONTOSO,
    domain: "contoso.com",
    products: [{ product_id: "m365-e5" }],
  });
  await openAs(page, "user-megan", `/claims/${id}`);
  const withdraw = page.getByRole("group", { name: "Actions" }).getByRole("button", { name: "Withdraw" });
  await expect(withdraw).not.toHaveClass(/cpor-button--primary/);
  await withdraw.click();
  await expect(page.getByRole("button", { name: "Withdraw claim" })).toHaveClass(/cpor-button--danger/);
  await expect(page.getByRole("button", { name: "Withdraw claim" })).not.toHaveClass(/cpor-button--primary/);

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Reviews are for Microsoft reviewers" })).toBeVisible();
  await expect(page).toHaveTitle("Reviews are for Microsoft reviewers \u2013 Customer associations");
  await page.goto("/somewhere/else");
  await expect(page).toHaveTitle("Page not found \u2013 Customer associations");
});

test("missing answers say what to do once, without a robot's \u201CFill it in.\u201D", async ({ page }) => {
  await openAs(page, "user-megan", "/new");
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await page.getByLabel("Customer tenant ID").fill("c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f");
  await page.getByLabel("Customer domain").fill("bücher.ch");
  await expect(page.getByText("Confirmed:")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Business Applications", { exact: true }).check();
  await page.getByRole("radio", { name: /Build intent/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Business Central" }).getByRole("checkbox").check();
  await expect(page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Business Central" })).toContainText("Can be claimed");
  await page.getByRole("button", { name: "Next" }).click();
  for (const who of ["customer_contact", "technical_contact"]) {
    for (const part of ["name", "title", "email"]) await page.locator(`#cpor-${who}-${part}`).fill("");
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".cpor-error-summary")).toBeFocused();
  await expect(page.locator("#cpor-claim_name-error")).toHaveText(/Enter a claim name\.$/);
  await expect(page.getByText("Fill it in.")).toHaveCount(0);
});
