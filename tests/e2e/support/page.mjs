// Shared steps on the "Partner and customer" page.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const CONTOSO = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
export const UNKNOWN = "11111111-2222-4333-8444-555555555555";

/** Opens the app on a clean slate (no stored draft) and waits for it. */
export async function openFresh(page, base = "") {
  await page.goto(`${base}/new`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Partner and customer" })).toBeVisible();
  await expect(page.getByRole("radio").first()).toBeVisible();
}

/** Records every request the page sends to the customer check. */
export function recordChecks(page) {
  const sent = [];
  page.on("request", (req) => {
    if (req.url().includes("/api/checks/customer")) sent.push(req.postDataJSON());
  });
  return sent;
}

export const tenantField = (page) => page.getByLabel("Customer tenant ID");
export const domainField = (page) => page.getByLabel("Customer domain");
export const checkStatus = (page) => page.getByRole("status");

/** Runs axe on the page; fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}
