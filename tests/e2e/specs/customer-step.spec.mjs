// Step 1, "Partner and customer", end to end: browser-side validation that
// sends nothing, the server's verdicts, an outage, draft recovery and
// accessibility.
import { test, expect } from "@playwright/test";
import {
  CONTOSO,
  UNKNOWN,
  openFresh,
  recordChecks,
  tenantField,
  domainField,
  checkStatus,
  expectNoSeriousA11yViolations,
} from "../support/page.mjs";
import { startServer } from "../support/server.mjs";

test("a malformed tenant ID shows its message at once and sends no request", async ({ page }, testInfo) => {
  const sent = recordChecks(page);
  await openFresh(page);
  await tenantField(page).fill("6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a1");
  await domainField(page).fill("contoso.com");
  await domainField(page).press("Tab");
  await tenantField(page).focus();
  await tenantField(page).press("Tab");
  const error = page.locator("#cpor-tenant_id-error");
  await expect(error).toContainText("A tenant ID has 32 hexadecimal digits; this has 31 digits.");
  await expect(error).toContainText("Microsoft Entra admin center");
  await expect(tenantField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(tenantField(page)).toHaveAttribute("aria-describedby", /cpor-tenant_id-error/);
  await page.screenshot({ path: testInfo.outputPath("malformed-tenant.png"), fullPage: true });

  // Other malformed forms get their own words.
  await tenantField(page).fill("contoso.onmicrosoft.com");
  await expect(error).toHaveCount(0); // typing clears the error at once
  await tenantField(page).press("Tab");
  await expect(error).toContainText("looks like a domain or an email address");
  await tenantField(page).fill("6g1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10");
  await tenantField(page).press("Tab");
  await expect(error).toContainText("can't contain \u201Cg\u201D");

  // Well past the debounce: still nothing was sent for a value that cannot be right.
  await page.waitForTimeout(1200);
  expect(sent).toEqual([]);
});

test("braces, spaces, quotes and capitals are accepted and normalised", async ({ page }) => {
  const sent = recordChecks(page);
  await openFresh(page);
  await tenantField(page).fill(` "{${CONTOSO.toUpperCase()}}" `);
  await tenantField(page).press("Tab");
  await expect(tenantField(page)).toHaveValue(CONTOSO);
  await domainField(page).fill("HTTPS://Contoso.OnMicrosoft.com./");
  await domainField(page).press("Tab");
  await expect(domainField(page)).toHaveValue("contoso.onmicrosoft.com");
  await expect(checkStatus(page)).toHaveText("Confirmed: contoso.onmicrosoft.com belongs to Contoso Ltd.");
  expect(sent.at(-1)).toEqual({ tenant_id: CONTOSO, domain: "contoso.onmicrosoft.com" });
});

test("a matching domain is confirmed with the customer's name", async ({ page }, testInfo) => {
  await openFresh(page);
  await tenantField(page).fill(CONTOSO);
  await domainField(page).fill("contoso.com");
  await expect(checkStatus(page)).toHaveText("Confirmed: contoso.com belongs to Contoso Ltd.");
  await expect(checkStatus(page)).toHaveAttribute("aria-live", "polite");
  await page.screenshot({ path: testInfo.outputPath("match.png"), fullPage: true });
});

test("a domain-tenant mismatch says the two don't belong together and to confirm both with the customer", async ({ page }, testInfo) => {
  await openFresh(page);
  await tenantField(page).fill(CONTOSO);
  await domainField(page).fill("fabrikam.com");
  const error = page.locator("#cpor-domain-error");
  await expect(error).toContainText(`fabrikam.com doesn't belong to the tenant ${CONTOSO}.`);
  await expect(error).toContainText("Contact your customer to confirm both the tenant ID and the domain");
  await expect(checkStatus(page)).toHaveText(`fabrikam.com doesn't belong to the tenant ${CONTOSO}.`);
  await page.screenshot({ path: testInfo.outputPath("mismatch.png"), fullPage: true });
  // Typing clears it at once.
  await domainField(page).press("Backspace");
  await expect(error).toHaveCount(0);
});

test("an unknown tenant says so, with a link to support", async ({ page }) => {
  await openFresh(page);
  await tenantField(page).fill(UNKNOWN);
  await domainField(page).fill("contoso.com");
  const error = page.locator("#cpor-tenant_id-error");
  await expect(error).toContainText(`There's no customer tenant with the ID ${UNKNOWN}.`);
  await expect(error.getByRole("link", { name: /Contact support/ })).toHaveAttribute(
    "href",
    /partner\.microsoft\.com\/dashboard\/v2\/support\/incentives\/servicerequests/,
  );
});

test("a server outage says the check couldn't run, never blames the partner, and Retry recovers", async ({ page }, testInfo) => {
  const port = 18090;
  let server = await startServer(port);
  try {
    await openFresh(page, server.base);
    await tenantField(page).fill(CONTOSO);
    await domainField(page).fill("contoso.com");
    await expect(checkStatus(page)).toHaveText("Confirmed: contoso.com belongs to Contoso Ltd.");

    await server.stop();
    await domainField(page).fill("contoso.onmicrosoft.com");
    await expect(checkStatus(page)).toHaveText(
      "We couldn't check the customer right now. This isn't a problem with what you entered.",
    );
    await expect(page.locator("#cpor-domain-error")).toHaveCount(0);
    await expect(domainField(page)).toHaveAttribute("aria-invalid", "false");
    await expect(domainField(page)).toHaveValue("contoso.onmicrosoft.com");
    await page.screenshot({ path: testInfo.outputPath("outage.png"), fullPage: true });

    server = await startServer(port, { db: server.db, fresh: false });
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(checkStatus(page)).toHaveText("Confirmed: contoso.onmicrosoft.com belongs to Contoso Ltd.");
  } finally {
    await server.stop();
  }
});

test("a program that isn't enrolled shows a warning with the enrolment link", async ({ page }, testInfo) => {
  await openFresh(page);
  const munich = page.getByRole("radio", { name: /Northwind Solutions Munich/ });
  await expect(munich).toHaveAccessibleName(/Partner program ID 4810227 · Germany Solutions Partner Not enrolled in incentives/);
  await expect(page.getByRole("radio", { name: /Dublin/ })).toHaveAccessibleName(/FRP FastTrack.*Enrolled in incentives/);
  await munich.check();
  const warning = page.getByRole("note");
  await expect(warning).toContainText("Northwind Solutions Munich isn't enrolled in an incentive program");
  // The hint says it once for every program: ask the global admin.
  await expect(page.getByText("Not sure which one? Ask your global admin.")).toHaveCount(1);
  await expect(warning.getByRole("link", { name: /Incentives overview/ })).toHaveAttribute(
    "href",
    "https://partner.microsoft.com/dashboard/incentives/enrollment/summary",
  );
  await page.screenshot({ path: testInfo.outputPath("not-enrolled.png"), fullPage: true });
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("Next with problems shows a focused error summary that links to each field", async ({ page }, testInfo) => {
  await openFresh(page);
  await page.getByRole("button", { name: "Next" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  const links = summary.getByRole("link");
  await expect(links).toHaveText([
    "Choose the partner program ID this claim is for.",
    "Enter the customer tenant ID.",
    "Enter the customer domain.",
  ]);
  // The same words inline.
  await expect(page.locator("#cpor-tenant_id-error")).toContainText("Enter the customer tenant ID.");
  await page.screenshot({ path: testInfo.outputPath("error-summary.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await links.nth(1).click();
  await expect(tenantField(page)).toBeFocused();
  await links.nth(0).click();
  await expect(page.getByRole("radio").first()).toBeFocused();
});

test("a complete step goes on to step 2, and Back returns with every value kept", async ({ page }) => {
  await openFresh(page);
  await page.getByRole("radio", { name: /Dublin/ }).check();
  await tenantField(page).fill(CONTOSO);
  await domainField(page).fill("contoso.com");
  // Next pressed while the check is still pending completes when it answers.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Solution area and role" })).toBeFocused();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await expect(page).toHaveTitle(/Solution area and role/);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeVisible();
  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  await expect(tenantField(page)).toHaveValue(CONTOSO);
  await expect(domainField(page)).toHaveValue("contoso.com");
  await expect(page.getByRole("radio", { name: /Dublin/ })).toBeChecked();
});

test("a reload keeps everything typed, even values that are still wrong", async ({ page }) => {
  await openFresh(page);
  await page.getByRole("radio", { name: /Munich/ }).check();
  await tenantField(page).fill("6a1f3c52-0b7e");
  await domainField(page).fill("bücher.ch");
  await page.reload();
  await expect(tenantField(page)).toHaveValue("6a1f3c52-0b7e");
  await expect(domainField(page)).toHaveValue("bücher.ch");
  await expect(page.getByRole("radio", { name: /Munich/ })).toBeChecked();
});

test("an internationalised domain is checked in its Punycode form and shown in Unicode", async ({ page }) => {
  const sent = recordChecks(page);
  await openFresh(page);
  await tenantField(page).fill("c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f");
  await domainField(page).fill("BÜCHER.ch");
  await expect(checkStatus(page)).toHaveText("Confirmed: bücher.ch belongs to Bücher AG.");
  expect(sent.at(-1).domain).toBe("xn--bcher-kva.ch");
});

test("the page loads under its strict CSP with no violation and no console error", async ({ page }) => {
  const problems = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  page.on("pageerror", (err) => problems.push(err.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  const response = await page.goto("/new");
  expect(response.headers()["content-security-policy"]).not.toContain("unsafe-inline");
  await expect(page.getByRole("radio").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(problems).toEqual([]);
});

test("step 1's programs and the drafts are asked for together with the user, not after them", async ({ page }) => {
  const sent = {};
  const answered = {};
  const key = (request) => {
    const url = new URL(request.url());
    return url.pathname === "/api/claims" ? `/api/claims${url.search}` : url.pathname;
  };
  page.on("request", (request) => key(request).startsWith("/api/") && (sent[key(request)] ??= []).push(Date.now()));
  page.on("response", (response) => (answered[key(response.request())] ??= []).push(Date.now()));
  // The user's details held back: step 1's data must not wait for them.
  await page.route("**/api/me", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/new");
  await expect(page.getByRole("radio", { name: /Seattle/ })).toBeVisible();
  const drafts = "/api/claims?status=editing&sort=updated&per_page=20";
  expect(sent["/api/demo/sign-in"], "one sign-in serves every request").toHaveLength(1);
  for (const path of ["/api/partner-programs", drafts]) {
    expect(sent[path], `${path}: the page takes the answer asked for ahead`).toHaveLength(1);
    expect(sent[path][0], `${path} leaves before the user's details arrive`).toBeLessThan(answered["/api/me"][0]);
  }
});
