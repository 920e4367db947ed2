// The app in the partner's language: chosen by the browser's languages, by
// the host's `locale` mount option and at runtime (the standalone page's
// picker, a host's setLocale), with what was typed kept; only the chosen
// language's catalogue downloads; the pseudo-locale at 360 px; axe clean in
// German and Japanese. The server's problems follow Accept-Language.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { CONTOSO, expectNoSeriousA11yViolations } from "../support/page.mjs";
import { ownServer } from "../support/server.mjs";
import { tokenFor } from "../support/wizard.mjs";

const server = ownServer(test, 16);

const root = (page) => page.locator(".cpor-app").first();
// Contoso's two Sales subscriptions: one claim each (German, Japanese).
const SALES = { de: "5a1e5000-0000-4000-8000-00000000c001", ja: "5a1e5000-0000-4000-8000-00000000c002" };

/** A one-line message of `lang`'s catalogue, as the app shows it. */
function say(lang, id) {
  const file = readFileSync(new URL(`../../../locales/${lang}.ftl`, import.meta.url), "utf8");
  const line = file.split("\n").find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${lang}.ftl has no one-line ${id}`);
  return line.slice(id.length + 3);
}

/**
 * The whole claim flow in `lang`, from step 1 to the confirmation, inside
 * `app` (a mount's root), axe clean on every step.
 */
/** The app's elements whose content runs past the page's right edge. */
const overflowing = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".cpor-app *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0)
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((el) => `${el.tagName}.${el.className}`),
  );

async function wholeFlow(page, app, lang, claimName, scope = null) {
  // axe on the app (`scope`: the mount's element, on a host page).
  const expectNoSeriousA11yViolations = async () => {
    const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
    const results = await (scope ? axe.include(scope) : axe).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
    // Nothing clipped: no text runs out of its box past the page's width
    // (German's long words, Japanese without spaces).
    expect(await overflowing(page)).toEqual([]);
  };
  const h1 = (id) => app.getByRole("heading", { level: 1, name: say(lang, id) });
  const next = () => app.getByRole("button", { name: say(lang, "flow-next"), exact: true });
  await expect(h1("step-customer-title")).toBeVisible();
  await app.getByRole("radio", { name: /Seattle/ }).check();
  await app.locator("#cpor-tenant_id").fill(CONTOSO);
  await app.locator("#cpor-domain").fill("contoso.com");
  await expect(app.getByRole("status").first()).toContainText("Contoso");
  await expectNoSeriousA11yViolations(page);
  await next().click();
  await expect(h1("step-role-title")).toBeVisible();
  await app.getByLabel(say(lang, "area-business-applications"), { exact: true }).check();
  await app.getByRole("radio", { name: say(lang, "role-build-intent-advisor") }).check();
  await expectNoSeriousA11yViolations(page);
  await next().click();
  await expect(h1("step-products-title")).toBeVisible();
  await app.locator(".cpor-product").filter({ hasText: "Dynamics 365 Sales" }).getByRole("checkbox").check();
  await app.getByLabel(say(lang, "field-subscription_id")).fill(SALES[lang]);
  await app.getByLabel(say(lang, "field-subscription_id")).press("Tab");
  await expectNoSeriousA11yViolations(page);
  await next().click();
  await expect(h1("step-details-title")).toBeVisible();
  await app.locator("#cpor-claim_name").fill(claimName);
  for (const [who, name, email] of [["customer_contact", "Ada Lovelace", "ada"], ["technical_contact", "Grace Hopper", "grace"]]) {
    await app.locator(`#cpor-${who}-name`).fill(name);
    await app.locator(`#cpor-${who}-title`).fill("CIO");
    await app.locator(`#cpor-${who}-email`).fill(`${email}@customer.example`);
  }
  await expectNoSeriousA11yViolations(page);
  await next().click();
  await expect(h1("step-evidence-title")).toBeVisible();
  await app.locator("#cpor-proof_of_execution").setInputFiles({
    name: "signed-acknowledgement.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n% signed by the customer\n"),
  });
  await expect(app.locator(".cpor-file").filter({ hasText: "signed-acknowledgement.pdf" }).getByRole("button")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await next().click();
  await expect(h1("step-answers-title")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await app.getByRole("button", { name: say(lang, "flow-submit") }).click();
  await expect(h1("flow-submitted")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}
const tenant = (page) => page.locator("#cpor-tenant_id");
const tenantError = (page) => page.locator("#cpor-tenant_id-error");

/** Records the catalogues the page downloads. */
function catalogues(page) {
  const asked = [];
  page.on("request", (req) => {
    const m = req.url().match(/\/locale_([\w-]+)\.txt$/);
    if (m) asked.push(m[1]);
  });
  return asked;
}

/** Opens /new on a clean slate and waits for step 1's tenant field. */
async function openNew(page) {
  await page.goto("/new");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(tenant(page)).toBeVisible();
}

/** A tenant ID one digit short, then Tab: step 1's own message. */
async function shortTenant(page) {
  await tenant(page).fill(CONTOSO.slice(0, -1));
  await tenant(page).press("Tab");
}

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("reads German, and downloads only the German catalogue", async ({ page }) => {
    const asked = catalogues(page);
    await openNew(page);
    await expect(root(page)).toHaveAttribute("lang", "de");
    await expect(page.getByLabel("Sprache")).toHaveValue("de");
    await shortTenant(page);
    await expect(tenantError(page)).toContainText("32");
    await expect(tenantError(page)).not.toContainText("hexadecimal digits");
    await expect(page.getByLabel("Kundenmandanten-ID")).toBeVisible();
    expect([...new Set(asked)]).toEqual(["de"]);
    // The standalone page's own header follows, with the document's language.
    await expect(page.locator(".standalone-crumbs")).toHaveText("Incentives › Kundenzuordnungen");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expectNoSeriousA11yViolations(page);
  });
});

test("an English browser downloads no catalogue", async ({ page }) => {
  const asked = catalogues(page);
  await openNew(page);
  await expect(root(page)).toHaveAttribute("lang", "en");
  await shortTenant(page);
  await expect(tenantError(page)).toContainText("A tenant ID has 32 hexadecimal digits; this has 31 digits.");
  expect(asked).toEqual([]);
});

test("switching to Japanese keeps what was typed and the messages shown, and back to English", async ({ page }, testInfo) => {
  await openNew(page);
  await shortTenant(page);
  await page.locator("#cpor-domain").fill("contoso.com");
  await expect(tenantError(page)).toContainText("hexadecimal digits");
  // Next: the step's problems in the error summary too.
  await page.getByRole("button", { name: "Next" }).click();
  const summary = page.locator(".cpor-error-summary");
  await expect(summary).toContainText("hexadecimal digits");
  await page.getByLabel("Language").selectOption("ja");
  await expect(root(page)).toHaveAttribute("lang", "ja");
  await expect(tenant(page)).toHaveValue(CONTOSO.slice(0, -1));
  await expect(page.locator("#cpor-domain")).toHaveValue("contoso.com");
  await expect(page.getByLabel("顧客テナント ID")).toBeVisible();
  await expect(page.locator(".standalone-crumbs")).toHaveText("インセンティブ › 顧客の関連付け");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  // The messages that were shown are shown again, in Japanese, without
  // the partner touching the answer again.
  await expect(tenantError(page)).toContainText("31");
  await expect(tenantError(page)).toContainText("テナント ID");
  await expect(tenantError(page)).not.toContainText("hexadecimal digits");
  await expect(summary).toContainText("テナント ID");
  // Fixing the answer still clears its message.
  await tenant(page).fill(CONTOSO);
  await expect(tenantError(page)).toHaveCount(0);
  await shortTenant(page);
  await expect(tenantError(page)).toContainText("31");
  await page.screenshot({ path: testInfo.outputPath("japanese.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("言語").selectOption("en");
  await expect(root(page)).toHaveAttribute("lang", "en");
  await expect(tenant(page)).toHaveValue(CONTOSO.slice(0, -1));
  await expect(tenantError(page)).toContainText("hexadecimal digits");
  await expect(page.locator(".standalone-crumbs")).toHaveText("Incentives › Customer associations");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a host's locale option and setLocale choose the language of every mount", async ({ page }) => {
  const asked = catalogues(page);
  await page.goto("/dashboard/associations?locale=fr-CA");
  await page.evaluate(() => window.cporDemo.ready);
  const main = page.locator("#cpor-main .cpor-app");
  await expect(main).toHaveAttribute("lang", "fr");
  await expect(page.locator("#cpor-side .cpor-app")).toHaveAttribute("lang", "fr");
  // A host has its own language setting: no picker in a mount.
  await expect(page.locator("#cpor-main select[id$=language]")).toHaveCount(0);
  // The app's requests carry its language, not the browser's (en-US).
  const languages = [];
  page.on("request", (req) => req.url().includes("/api/claims") && languages.push(req.headers()["accept-language"]));
  await page.evaluate(() => window.cporDemo.handles.main.setLocale("de"));
  await expect(main).toHaveAttribute("lang", "de");
  await expect(page.locator("#cpor-side .cpor-app")).toHaveAttribute("lang", "de");
  expect([...new Set(asked)]).toEqual(["fr", "de"]);
  await page.locator("#cpor-main select[id$=filter-status]").selectOption("eligible");
  await expect.poll(() => languages.length).toBeGreaterThan(0);
  expect([...new Set(languages)]).toEqual(["de"]);
});

test("a catalogue that doesn't download leaves the app in English, working", async ({ page }) => {
  await page.route(/\/locale_de\.txt$/, (route) => route.abort());
  await page.goto("/dashboard/associations?locale=de");
  await page.evaluate(() => window.cporDemo.ready);
  const main = page.locator("#cpor-main .cpor-app");
  await expect(main).toHaveAttribute("lang", "en");
  await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the pseudo-locale at 360 px: accented, longer, nothing clipped", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openNew(page);
  await page.getByLabel("Language").selectOption("en-XA");
  await expect(root(page)).toHaveAttribute("lang", "en-XA");
  await shortTenant(page);
  await expect(tenantError(page)).toContainText("[");
  // Nothing wider than the column: no text runs out of its box.
  expect(await overflowing(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath("pseudo-360.png"), fullPage: true });
});

test("the server's problems follow Accept-Language", async ({ request }) => {
  const ask = (lang) =>
    request.get(`${server.base}/api/claims/CL-NOPE`, { headers: { "accept-language": lang } });
  const de = await ask("de-DE,de;q=0.9,en;q=0.5");
  expect(de.status()).toBeGreaterThanOrEqual(400);
  expect(de.headers()["content-language"]).toBe("de");
  const body = await de.json();
  const en = await (await ask("en")).json();
  expect(body.code).toBe(en.code);
  expect(body.title).not.toBe(en.title);
});

test("a rule's refusal from the server is worded in the Accept-Language", async ({ request }) => {
  const token = await tokenFor(request);
  const check = (lang) =>
    request.post("/api/checks/customer", {
      headers: { authorization: `Bearer ${token}`, "accept-language": lang },
      data: { tenant_id: CONTOSO.slice(0, -1), domain: "contoso.com" },
    });
  const en = await (await check("en-US")).json();
  expect(en.detail).toBe("A tenant ID has 32 hexadecimal digits; this has 31 digits.");
  const ja = await check("ja-JP,ja;q=0.9");
  expect(ja.status()).toBe(422);
  const body = await ja.json();
  expect(body.code).toBe(en.code);
  expect(body.detail).toContain("31");
  expect(body.detail).toContain("テナント ID");
  expect(body.title).not.toBe(en.title);
});

test.describe("the whole flow in German, by the browser's language, 360 px wide", () => {
  test.use({ locale: "de-DE", viewport: { width: 360, height: 800 } });
  test("from step 1 to the confirmation, axe clean and nothing clipped on every step", async ({ page }, testInfo) => {
    await openNew(page);
    await wholeFlow(page, root(page), "de", "Contoso Vertrieb");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: testInfo.outputPath("german-confirmation-360.png"), fullPage: true });
  });
});

test("the whole flow in Japanese, by the host's locale option, in a 360 px column", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/dashboard/associations/new?locale=ja");
  await page.evaluate(() => window.cporDemo.ready);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.evaluate(() => window.cporDemo.ready);
  const app = page.locator("#cpor-main");
  await wholeFlow(page, app, "ja", "Contoso 営業", "#cpor-main");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath("japanese-confirmation-360.png"), fullPage: true });
});
