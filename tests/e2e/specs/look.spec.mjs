// How the app looks and reads: Fluent 2 (its font stack, tokens, icons),
// light and dark (the user's preference or the theme option), axe-clean on
// every page and state in both, visible focus rings on every control
// (fields in error too), reduced motion, reflow at 320 px, and the list
// following the width of its container, not the window's, with status and
// deadline always in view. Its own server.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { startServer } from "../support/server.mjs";
import { openAs, tokenAt } from "../support/session.mjs";
import { CONTOSO } from "../support/page.mjs";
import { proofPdf } from "../support/wizard.mjs";

const PORT = Number(process.env.CPOR_E2E_PORT ?? 18080) + 15;
let server;
let claimId;
test.beforeAll(async ({ request }) => {
  server = await startServer(PORT);
  const token = await tokenAt(request, server.base);
  const headers = { authorization: `Bearer ${token}` };
  const created = await (
    await request.post(`${server.base}/api/claims`, {
      headers: { ...headers, "idempotency-key": `look-${Date.now()}` },
      data: {
        partner_program_id: "4810225",
        tenant_id: CONTOSO,
        domain: "contoso.com",
        solution_area: "modern_work_and_security",
        partner_role: "use_or_consume",
        products: [{ product_id: "m365-teams" }],
        claim_name: "Contoso Teams look",
        customer_contact: { name: "Ada Lovelace", title: "CIO", email: "ada@contoso.example" },
        partner_contact: { name: "Megan Bowen", title: "", email: "megan@northwind.example" },
      },
    })
  ).json();
  claimId = created.id;
  await request.post(`${server.base}/api/claims/${claimId}/files`, {
    headers: { ...headers, "idempotency-key": `look-file-${Date.now()}` },
    multipart: { file: proofPdf("acknowledgement.pdf") },
  });
  await request.post(`${server.base}/api/claims/${claimId}/submit`, { headers: { ...headers, "idempotency-key": `look-submit-${Date.now()}` } });
});
test.afterAll(async () => {
  await server?.stop();
});
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every axe violation (any impact) in the app's mounts. */
async function axe(page, label) {
  const results = await new AxeBuilder({ page }).include(".cpor-app").withTags(TAGS).analyze();
  const found = results.violations.map((v) => `${label}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
  expect(found).toEqual([]);
}


const h1 = (page, name) => page.getByRole("heading", { level: 1, name });

for (const scheme of ["light", "dark"]) {
  test(`every page and state is axe-clean, ${scheme}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openAs(page, "user-megan", "/");
    await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
    await axe(page, "list");
    await page.goto(`/claims/${claimId}`);
    await expect(page.locator(".cpor-history-item").first()).toBeVisible();
    await axe(page, "claim");
    await page.getByRole("button", { name: "Edit claim" }).click();
    await expect(page.getByRole("checkbox", { name: "Microsoft Teams" })).toBeChecked();
    await axe(page, "edit");
    await page.getByRole("button", { name: "Withdraw", exact: true }).click();
    await page.getByRole("button", { name: "Withdraw claim" }).click();
    await expect(page.locator(".cpor-error-summary")).toBeFocused();
    await axe(page, "withdraw with an error");

    await page.goto("/new");
    await expect(page.getByRole("radio").first()).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(".cpor-error-summary")).toBeFocused();
    await axe(page, "step 1 with errors");
    await page.getByRole("radio", { name: /Dublin/ }).check();
    await page.getByLabel("Customer tenant ID").fill(CONTOSO);
    await page.getByLabel("Customer domain").fill("fabrikam.com");
    await expect(page.locator("#cpor-domain-error")).toBeVisible();
    await axe(page, "step 1 refused");
    await page.getByLabel("Customer domain").fill("contoso.com");
    await expect(page.getByText("Confirmed:")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Business Applications", { exact: true }).check();
    await expect(page.getByRole("radio", { name: /Build intent/ })).toBeVisible();
    await axe(page, "step 2");
    await page.getByRole("radio", { name: /Build intent/ }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Customer Service" }).getByRole("checkbox").check();
    await page.locator(".cpor-product").filter({ hasText: "Dynamics 365 Field Service" }).getByRole("checkbox").check();
    await expect(page.locator(".cpor-product .cpor-bar--info")).toBeVisible();
    await axe(page, "step 3 with a wait and a refusal");
    await page.goto(`/dashboard/associations`);
    await page.evaluate(() => window.cporDemo.ready);
    await expect(page.locator("#cpor-side .cpor-recent-item").first()).toBeVisible();
    await axe(page, "embedded with the compact view");

    await openAs(page, "user-isaiah", "/review");
    await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
    await axe(page, "review queue");
    await page.goto(`/review/${claimId}`);
    await expect(page.getByRole("button", { name: "Start review" })).toBeVisible();
    await axe(page, "review page");
    await openAs(page, "user-diego", "/");
    await expect(h1(page, /another role/)).toBeVisible();
    await axe(page, "roles needed");
  });
}

test("the app follows the user's colour scheme, and the theme option overrides it", async ({ page }) => {
  const look = () =>
    page.locator("#cpor-main .cpor-app, #cpor-root .cpor-app").first().evaluate((el) => ({
      scheme: getComputedStyle(el).colorScheme,
      text: getComputedStyle(el).color,
      card: getComputedStyle(el.querySelector(".cpor-card")).backgroundColor,
    }));
  await page.emulateMedia({ colorScheme: "dark" });
  await openAs(page, "user-megan", "/");
  await expect(page.locator(".cpor-card").first()).toBeVisible();
  expect(await look()).toEqual({ scheme: "light dark", text: "rgb(255, 255, 255)", card: "rgb(41, 41, 41)" });
  await page.emulateMedia({ colorScheme: "light" });
  expect(await look()).toEqual({ scheme: "light dark", text: "rgb(36, 36, 36)", card: "rgb(255, 255, 255)" });
  // The mount option: dark whatever the user prefers, and its bad values refused.
  await page.goto("/dashboard/associations?theme=dark");
  await page.evaluate(() => window.cporDemo.ready);
  await expect(page.locator("#cpor-main .cpor-card").first()).toBeVisible();
  expect((await look()).text).toBe("rgb(255, 255, 255)");
  expect(await page.locator("#cpor-main .cpor-app").getAttribute("class")).toContain("cpor-app--dark");
  const refused = await page.evaluate(async () => {
    window.cporDemo.handles.side.unmount();
    try {
      await window.cporDemo.mountSide({ theme: "night" });
      return "mounted";
    } catch (e) {
      return e.message;
    }
  });
  expect(refused).toContain('theme scheme "night" must be "light", "dark" or "auto"');
});

test("Fluent's font stack, and icons drawn inline in the text's colour, no image to build", async ({ page }) => {
  await openAs(page, "user-megan", "/");
  const root = page.locator(".cpor-app").first();
  const font = await root.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font.startsWith('"Segoe UI Variable Text", "Segoe UI Variable", "Segoe UI"')).toBe(true);
  expect(font).not.toContain("Arial");
  const link = page.getByRole("link", { name: "New customer association" });
  const icon = link.locator("svg.cpor-icon");
  await expect(icon).toHaveAttribute("aria-hidden", "true");
  const paint = await icon.evaluate((el) => ({ fill: getComputedStyle(el.querySelector("path")).fill, color: getComputedStyle(el).color }));
  expect(paint.fill).toBe(paint.color);
  // An image in CSS (a mask or background from a URL, data: included) makes
  // the browser build an SVG document in the page's first frame: none is used.
  const images = await root.evaluate((app) =>
    [...app.querySelectorAll("*")]
      .flatMap((el) => [null, "::before", "::after", "::picker-icon"].map((p) => getComputedStyle(el, p)))
      .flatMap((cs) => [cs.maskImage, cs.backgroundImage])
      .filter((v) => v && v.includes("url(")),
  );
  expect(images).toEqual([]);
});

test("every control shows a visible focus ring, fields in error included", async ({ page }) => {
  await openAs(page, "user-megan", "/new");
  await page.getByRole("button", { name: "Next" }).click();
  const ring = (loc) =>
    loc.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
  const tenant = page.getByLabel("Customer tenant ID");
  await expect(tenant).toHaveAttribute("aria-invalid", "true");
  await tenant.focus();
  expect(await ring(tenant)).toEqual({ style: "solid", width: 2 });
  await page.keyboard.press("Tab");
  const domain = page.getByLabel("Customer domain");
  await expect(domain).toBeFocused();
  expect(await ring(domain)).toEqual({ style: "solid", width: 2 });
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  const radio = page.getByRole("radio").last();
  await expect(radio).toBeFocused();
  expect((await ring(radio)).width).toBeGreaterThanOrEqual(2);
  const next = page.getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  expect(await ring(next)).toEqual({ style: "solid", width: 2 });
});

test("motion is reduced when the user asks", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openAs(page, "user-megan", "/new");
  await page.getByRole("button", { name: "Next" }).click();
  const bar = page.getByRole("radio").first().locator("xpath=ancestor::div[contains(@class,'cpor-radio')][1]");
  expect(await bar.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe("0s");
});

test("at 320 px nothing needs sideways scrolling, and each claim keeps its status and deadline in view", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await openAs(page, "user-megan", "/");
  const row = page.locator(".cpor-table tbody tr").filter({ hasText: "Contoso Teams look" });
  await expect(row).toBeVisible();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  for (const part of [row.locator(".cpor-status"), row.locator(".cpor-cell-due")]) {
    const box = await part.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  await expect(row.locator(".cpor-cell-due")).toContainText(/Next deadline/);
  for (const path of [`/claims/${claimId}`, "/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await fits()).toBe(true);
  }
});

test("the list follows the width of its container, not the window's", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openAs(page, "user-megan", "/dashboard/associations");
  await page.evaluate(() => window.cporDemo.ready);
  const main = page.locator("#cpor-main");
  const row = main.locator(".cpor-table tbody tr").filter({ hasText: "Contoso Teams look" });
  await expect(row).toBeVisible();
  // Wide: a table row, its cells side by side.
  expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe("table-row");
  // The same window, a narrow column: each claim becomes a card, status and deadline in view.
  await main.evaluate((el) => (el.style.width = "340px"));
  await expect.poll(() => row.evaluate((el) => getComputedStyle(el).display)).toBe("grid");
  const mountBox = await main.boundingBox();
  for (const part of [row.locator(".cpor-status"), row.locator(".cpor-cell-due")]) {
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(mountBox.x + mountBox.width + 1);
  }
});
