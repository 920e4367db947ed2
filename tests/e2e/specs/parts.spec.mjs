// The release build's wasm split by page (scripts/build-app.mjs,
// src/parts.rs): the first page downloads its own part only, the other parts
// follow in the background, every route works from them, and a part that
// does not download leaves the app alive with a Retry.
import { test, expect } from "@playwright/test";
import { expectNoSeriousA11yViolations, openFresh, CONTOSO } from "../support/page.mjs";
import { startServer } from "../support/server.mjs";
import { next, expectStep, product, detailsStep, evidenceStep } from "../support/wizard.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name });
// A part's own module, or its pack (every module it needs, in one file).
const part = (url) => url.match(/\/code-[0-9a-f]{16}\/(?:split_(\w+)\.wasm|pack_(\w+)\.bin)$/)?.slice(1).find(Boolean);

function partsFetched(page) {
  const fetched = [];
  page.on("request", (req) => {
    const name = part(req.url());
    if (name) fetched.push(name);
  });
  return fetched;
}

/** Signs the page in as demo user `user` from its first load on. */
const asUser = (page, user) => page.addInitScript((id) => localStorage.setItem("cpor-claims.demo-user", id), user);

/** Opens `path` as `user` until `heading` shows; the parts fetched on the way, in order. */
async function openRecordingParts(page, user, path, heading) {
  await asUser(page, user);
  const fetched = partsFetched(page);
  await page.goto(path);
  await expect(h1(page, heading)).toBeVisible();
  return fetched;
}

test("the list downloads its own part first, the others follow, and every route opens from them", async ({ page }) => {
  const fetched = await openRecordingParts(page, "user-megan", "/", "Customer associations");
  expect(fetched[0]).toBe("associations");
  // The rest arrive in the background once the list is on screen.
  // The standalone page's tools (language and demo-user pickers) are one.
  await expect.poll(() => [...new Set(fetched)].sort()).toEqual(["associations", "claim", "claim_forms", "later_steps", "new_claim", "notices", "review", "review_page", "tools"]);
  await expect(page.getByRole("combobox", { name: "Demo user" })).toHaveValue("user-megan");

  const before = fetched.length;
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(h1(page, "Partner and customer")).toBeVisible();
  await expect(h1(page, "Partner and customer")).toBeFocused();
  await page.getByRole("link", { name: "Customer associations" }).click();
  await page.locator(".cpor-table tbody tr a").first().click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Nothing was fetched again: each page came from the part already here.
  expect(fetched.slice(before)).toEqual([]);
});

test("a reviewer's first page is the review part; a claim's review page is a part of its own", async ({ page }) => {
  const fetched = await openRecordingParts(page, "user-isaiah", "/review", "Review queue");
  expect(fetched[0]).toBe("review");
  // The review page follows in the background.
  await expect.poll(() => fetched).toContain("review_page");
});

test("the pages few users see (not found, the role notices) are a part of their own, fetched first when one is the first page", async ({ page }) => {
  const fetched = await openRecordingParts(page, "user-megan", "/nowhere", "Page not found");
  expect(fetched[0]).toBe("notices");
  await expect(h1(page, "Page not found")).toBeFocused();
  await expect(page.getByRole("link", { name: "Go to your customer associations" })).toBeVisible();
});

test("a user who may not claim gets the notice's part alone: nothing else of the app is fetched behind it", async ({ page }) => {
  const fetched = await openRecordingParts(page, "user-diego", "/", "You need another role to claim customers");
  // The list's part is asked for with the page, before anyone is known to
  // be signed in; the other parts would start 300 ms after a page is on
  // screen. The standalone page's tools follow any page, a notice too: the
  // demo user picker is how this user becomes another.
  await page.waitForTimeout(1500);
  expect([...fetched].sort()).toEqual(["associations", "notices", "tools"]);
  await page.getByRole("combobox", { name: "Demo user" }).selectOption("user-megan");
  await expect(h1(page, "Customer associations")).toBeVisible();
});

test("a link straight to a claim's review page downloads that page's part first, not the queue's", async ({ page }) => {
  const fetched = await openRecordingParts(page, "user-isaiah", "/review/CL-SEED00000002", "Tailspin Finance adoption");
  expect(fetched[0]).toBe("review_page");
});

test("a page whose part doesn't download says so with Retry, keeps the app alive, and opens on Retry", async ({ page }) => {
  await asUser(page, "user-megan");
  // The network drops for the claim flow's part (and for the other parts'
  // background fetch, which would otherwise bring it first).
  let offline = true;
  await page.route(/\/code-[0-9a-f]{16}\/(split_|chunk_|pack_)\w+\.(wasm|bin)$/, (route) =>
    offline && part(route.request().url()) !== "associations" && !route.request().url().includes("chunk_")
      ? route.abort("internetdisconnected")
      : route.continue(),
  );
  await page.goto("/");
  await expect(h1(page, "Customer associations")).toBeVisible();
  await page.getByRole("link", { name: "New customer association" }).click();
  const alert = page.getByRole("alert");
  await expect(h1(page, "New customer association")).toBeVisible();
  await expect(alert).toContainText("This page didn't download. Check your connection, then retry. Nothing you entered is lost.");
  await expectNoSeriousA11yViolations(page);

  // The rest of the app still works: back to the list and its filters.
  await page.getByRole("link", { name: "Go to your customer associations" }).click();
  await expect(h1(page, "Customer associations")).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Eligible" });
  await expect(page).toHaveURL(/\?status=eligible$/);

  let asked = 0;
  page.on("request", (req) => {
    if (part(req.url()) === "new_claim") asked += 1;
  });
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(alert).toBeVisible();
  // Still offline: Retry asks again and says so again.
  const before = asked;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect.poll(() => asked).toBeGreaterThan(before);
  await expect(alert).toContainText("didn't download");
  offline = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(h1(page, "Partner and customer")).toBeVisible();
  await expect(h1(page, "Partner and customer")).toBeFocused();
  await page.getByLabel("Customer tenant ID").fill("not-a-guid");
  await page.getByLabel("Customer tenant ID").blur();
  await expect(page.locator("#cpor-tenant_id-error")).toBeVisible();
});

test("the first requests leave while the app's code downloads, and the app sends none of them again", async ({ page }) => {
  await asUser(page, "user-megan");
  const sent = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith("/api/")) sent.push(`${req.method()} ${url.pathname}${url.search}`);
  });
  // The main module takes a second to arrive.
  let wasmHeld = false;
  await page.route(/\/code-[0-9a-f]{16}\/cpor-claims_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    wasmHeld = [...sent];
    await route.continue();
  });
  await page.goto("/");
  await expect(h1(page, "Customer associations")).toBeVisible();
  await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
  expect(wasmHeld).toEqual(["POST /api/demo/sign-in", "GET /api/me", "GET /api/claims?&per_page=20"]);
  expect(sent.filter((r) => r !== "GET /api/demo/users")).toEqual(wasmHeld);

  // Another demo user signs in afresh.
  await page.getByLabel("Demo user").selectOption({ label: "Alex Wilber (Incentives admin)" });
  await expect.poll(() => sent.filter((r) => r === "POST /api/demo/sign-in").length).toBe(2);
});

test("a second visit downloads no app file: the page is revalidated, everything it names comes from the cache", async ({ page, context }) => {
  await asUser(page, "user-megan");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const seen = new Map();
  const cached = new Set();
  // The status on the wire (a revalidated page is a 304 there).
  const wire = new Map();
  cdp.on("Network.requestServedFromCache", ({ requestId }) => cached.add(requestId));
  cdp.on("Network.responseReceivedExtraInfo", ({ requestId, statusCode }) => wire.set(requestId, statusCode));
  cdp.on("Network.responseReceived", ({ requestId, response }) => {
    const url = new URL(response.url);
    if (url.protocol !== "http:" || url.pathname.startsWith("/api/")) return;
    seen.set(url.pathname, { requestId, cached: response.fromDiskCache || response.fromPrefetchCache || cached.has(requestId) });
  });
  await page.goto("/");
  await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
  // Every part has arrived in the background (the standalone page's tools
  // too; only the compact view's is never needed here).
  await expect.poll(() => [...seen.keys()].filter((p) => /\/(split_\w+\.wasm|pack_\w+\.bin)$/.test(p)).length).toBe(9);
  await page.waitForTimeout(500);
  const first = [...seen.keys()];
  seen.clear();
  await page.goto("/");
  await expect(page.locator(".cpor-table tbody tr").first()).toBeVisible();
  await page.waitForTimeout(500);
  const again = Object.fromEntries(seen);
  expect(wire.get(again["/"]?.requestId)).toBe(304);
  // Everything but the page comes from the cache, not even revalidated.
  const downloaded = Object.entries(again).filter(([path, r]) => path !== "/" && !r.cached);
  expect(downloaded).toEqual([]);
  expect(Object.keys(again).filter((p) => p.includes("/code-")).length).toBeGreaterThan(3);
  expect(first.length).toBeGreaterThan(5);
});

test("steps 2 to 6 and their rules come in a part of their own: a step that didn't download says so, Retry brings it with its rules, and a submit waits for them", async ({ page }) => {
  // A server of its own: this test submits a claim the other specs' would refuse.
  const server = await startServer(Number(process.env.CPOR_E2E_PORT ?? 18080) + 20);
  try {
    await asUser(page, "user-megan");
    const later = [];
    page.on("request", (req) => {
      if (part(req.url()) === "later_steps") later.push(req.url());
    });
    let offline = true;
    await page.route(/\/code-[0-9a-f]{16}\/(split_later_steps\.wasm|pack_later_steps\.bin)$/, (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    // Step 1 needs none of it.
    await openFresh(page, server.base);
    await page.getByRole("radio", { name: /Seattle/ }).check();
    await page.getByLabel("Customer tenant ID").fill(CONTOSO);
    await page.getByLabel("Customer domain").fill("contoso.com");
    await expect(page.getByText("Confirmed:")).toBeVisible();
    expect(later.length).toBeGreaterThan(0);
    await next(page).click();
    const alert = page.getByRole("alert");
    await expect(h1(page, "Solution area and role")).toBeVisible();
    await expect(alert).toContainText("This step didn't download. Check your connection, then retry. Nothing you entered is lost.");
    await expectNoSeriousA11yViolations(page);

    // Retry brings the step and the rules that ask for the customer's
    // roles and judge the answers.
    offline = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.getByLabel("Modern Work and Security", { exact: true }).check();
    await page.getByRole("radio", { name: /Use or consume/ }).check();
    await next(page).click();
    await expectStep(page, 3, "Products");
    await next(page).click();
    await expect(page.locator("#cpor-products-error")).toBeVisible();
    await product(page, "Microsoft Teams").getByRole("checkbox").check();
    await expect(product(page, "Microsoft Teams")).toContainText("Can be claimed");
    await next(page).click();
    await detailsStep(page, "Contoso Teams without the steps' part");
    await evidenceStep(page);

    // Reopened on step 6 while the part can't download: Submit says it
    // couldn't send, keeps everything, and Try again sends it once.
    offline = true;
    await page.reload();
    await expect(h1(page, "Check your answers")).toBeVisible();
    await expect(alert).toContainText("This step didn't download.");
    await page.getByRole("button", { name: "Submit claim" }).click();
    await expect(page.getByText("Saved, not sent yet: we couldn't reach the service.")).toBeVisible();
    const statuses = async () => {
      const signIn = await page.request.post(`${server.base}/api/demo/sign-in`, { data: { user_id: "user-megan" } });
      const headers = { authorization: `Bearer ${(await signIn.json()).token}` };
      const found = await page.request.get(`${server.base}/api/claims?q=${encodeURIComponent("without the steps")}`, { headers });
      return (await found.json()).items.map((c) => c.status);
    };
    expect(await statuses()).toEqual(["editing"]);
    offline = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(h1(page, "Claim submitted")).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your claim \u201CContoso Teams without the steps' part\u201D" })).toBeVisible();
    expect(await statuses()).toEqual(["submitted"]);
  } finally {
    await server.stop();
  }
});
