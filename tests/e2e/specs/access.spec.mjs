// Who sees the flow: the three partner admin roles; a partner user without
// one sees which roles are needed and whom to ask; a reviewer is told
// reviewers don't create claims. Drafts belong to the user who typed them.
import { test, expect } from "@playwright/test";
import { CONTOSO, openFresh, tenantField, expectNoSeriousA11yViolations } from "../support/page.mjs";

const picker = (page) => page.getByLabel("Demo user");

test("a partner user without an admin role sees the roles needed, not the flow", async ({ page }, testInfo) => {
  await openFresh(page);
  await picker(page).selectOption({ label: "Diego Siciliani (Partner user)" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need another role to claim customers");
  await expect(page.getByText("Customer associations need one of these roles: Global admin, Billing admin, Incentives admin. Ask your global admin to give you one.")).toBeVisible();
  await expect(page.getByLabel("Customer tenant ID")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("roles-needed.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need another role to claim customers");
});

test("a reviewer is told reviewers don't create claims", async ({ page }) => {
  await openFresh(page);
  await picker(page).selectOption({ label: "Isaiah Langer (Reviewer)" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners create customer associations");
  await expect(page.getByLabel("Customer tenant ID")).toHaveCount(0);
});

test("each claiming role gets the flow, and a draft belongs to whoever typed it", async ({ page }) => {
  await openFresh(page);
  await tenantField(page).fill(CONTOSO);
  await picker(page).selectOption({ label: "Lee Gu (Billing admin)" });
  await expect(page.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeVisible();
  await expect(tenantField(page)).toHaveValue("");
  await picker(page).selectOption({ label: "Megan Bowen (Global admin)" });
  await expect(tenantField(page)).toHaveValue(CONTOSO);
});
