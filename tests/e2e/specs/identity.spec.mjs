// The app inside a partner dashboard that signs its users in with a real
// OpenID Connect provider (the certified oidc-provider package, on
// loopback): the dashboard is on another origin than the claims server, signs
// in with oidc-client-ts (authorization code + PKCE), and mounts the app with
// `getToken`. The server trusts the provider through its identity file only.
// A claim is created; the provider's signing key is rotated mid-session and
// the app carries on; a token about to expire is asked for again rather than
// sent; a dashboard on an origin the server doesn't allow gets nothing.
import { test, expect } from "@playwright/test";
import { createServer } from "node:http";
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Provider from "oidc-provider";
import { createMemoryAdapter } from "oidc-provider/lib/adapters/memory_adapter.js";
import { SERVER_BIN, DIST, freshDbPath } from "../support/server.mjs";
import { CONTOSO, expectNoSeriousA11yViolations } from "../support/page.mjs";
import { proofPdf } from "../support/wizard.mjs";

const OFFSET = Number(process.env.CPOR_E2E_PORT ?? 18080);
const API_PORT = OFFSET + 16;
const OIDC_PORT = OFFSET + 17;
const HOST_PORT = OFFSET + 18;
const STRANGER_PORT = OFFSET + 19;
const API = `http://127.0.0.1:${API_PORT}`;
const ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
// The dashboard is on another origin (and another site) than the API.
const HOST = `http://localhost:${HOST_PORT}`;
const STRANGER = `http://localhost:${STRANGER_PORT}`;
const AUDIENCE = "api://cpor-claims";
const TENANT = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const OUTSIDER_TENANT = "99999999-8888-4777-8666-555555555555";
const GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
// Access tokens live 45 s: any request made after 15 s sees a token that
// expires within 30 s, which the app must ask for again.
const TOKEN_TTL = 45;

const here = resolve(fileURLToPath(import.meta.url), "..");
const OIDC_CLIENT_JS = readFileSync(join(here, "../node_modules/oidc-client-ts/dist/browser/oidc-client-ts.min.js"));

const signingKey = (kid) => ({ ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" });
const FIRST_KEY = signingKey("dashboard-key-1");
const SECOND_KEY = signingKey("dashboard-key-2");

// Sessions, grants and refresh tokens, shared by every provider this file
// starts: a provider started again with rotated keys still knows them.
const GRANTS = createMemoryAdapter();

/** The provider, signing with the first of `keys`. */
function provider(keys) {
  const oidc = new Provider(ISSUER, {
    adapter: GRANTS,
    clients: [
      {
        client_id: "partner-dashboard",
        token_endpoint_auth_method: "none",
        redirect_uris: [`${HOST}/callback`],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
      },
    ],
    jwks: { keys },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, name: "Sara Davis" }) }),
    ttl: { AccessToken: TOKEN_TTL },
    clientBasedCORS: (_ctx, origin) => origin === HOST,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => AUDIENCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: "claims",
          audience: AUDIENCE,
          accessTokenTTL: TOKEN_TTL,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    // What Microsoft Entra ID puts in its access tokens: the tenant and the
    // directory roles. "outsider" belongs to a tenant the server doesn't know.
    extraTokenClaims: async (_ctx, token) =>
      token.kind === "AccessToken"
        ? {
            tid: token.accountId === "outsider" ? OUTSIDER_TENANT : TENANT,
            wids: [GLOBAL_ADMINISTRATOR],
            name: "Sara Davis",
            preferred_username: "sara@fourthcoffee.example",
          }
        : undefined,
  });
  // A refused grant says why in the test's output.
  oidc.on("grant.error", (_ctx, err) => console.error(`provider refused a grant: ${err.error_detail ?? err.message}`));
  return new Promise((done) => {
    const listening = oidc.listen(OIDC_PORT, "127.0.0.1", () => done(listening));
  });
}

// The dashboard: one page for every path under /dashboard, its script, the
// sign-in library and its callback.
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fourth Coffee dashboard</title>
<script src="/oidc-client-ts.js"></script><script type="module" src="/dashboard.js"></script></head>
<body><header><h2>Fourth Coffee partner dashboard</h2><button id="sign-in" hidden>Sign in</button></header>
<main><div id="claims"></div></main></body></html>`;
const HOST_SCRIPT = `
const users = new oidc.UserManager({
  authority: ${JSON.stringify(ISSUER)},
  client_id: "partner-dashboard",
  redirect_uri: location.origin + "/callback",
  response_type: "code",
  scope: "openid claims",
  automaticSilentRenew: false,
});
window.tokenCalls = [];
window.renew = () => users.signinSilent();
if (location.pathname === "/callback") {
  await users.signinRedirectCallback();
  location.replace("/dashboard/associations");
} else if (!(await users.getUser())) {
  const button = document.getElementById("sign-in");
  button.hidden = false;
  button.onclick = () => users.signinRedirect();
} else {
  const { mount } = await import(${JSON.stringify(`${API}/cpor-embed.js`)});
  window.app = await mount(document.getElementById("claims"), {
    apiBase: ${JSON.stringify(API)},
    basePath: "/dashboard/associations",
    // The sign-in library's token; a fresh one when the app asks for it.
    getToken: async ({ forceRefresh }) => {
      let user = await users.getUser();
      if (forceRefresh || !user || user.expired) user = await users.signinSilent();
      window.tokenCalls.push({ forceRefresh, token: user.access_token });
      return user.access_token;
    },
  });
}
`;

function hostServer(port) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const [type, body] =
      path === "/dashboard.js"
        ? ["text/javascript", HOST_SCRIPT]
        : path === "/oidc-client-ts.js"
          ? ["text/javascript", OIDC_CLIENT_JS]
          : ["text/html", HOST_PAGE];
    res.writeHead(200, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
    res.end(body);
  });
  return new Promise((done) => server.listen(port, "localhost", () => done(server)));
}

async function startClaimsServer() {
  const dir = mkdtempSync(join(tmpdir(), "cpor-identity-"));
  const identity = join(dir, "identity.toml");
  writeFileSync(
    identity,
    `[[issuer]]
name = "dashboard"
issuer = "${ISSUER}"
audience = "${AUDIENCE}"

[[organisation]]
id = "org-fourth-coffee"
name = "Fourth Coffee Partners"
tenant = "${TENANT}"

[[organisation.program]]
id = "5500123"
name = "Fourth Coffee Partners Seattle"
country = "United States"
enrolled = true
partner_type = "Solutions Partner"
`,
  );
  const args = ["--addr", `127.0.0.1:${API_PORT}`, "--db", freshDbPath("identity"), "--dist", DIST, "--fresh"];
  args.push("--seed", "demo", "--identity", identity, "--allowed-origin", HOST, "--keys-min-refresh-secs", "1");
  const child = spawn(SERVER_BIN, args, { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${API}/api/openapi.json`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

let issuer;
let claimsServer;
let host;
let stranger;
test.beforeAll(async () => {
  issuer = await provider([FIRST_KEY]);
  claimsServer = await startClaimsServer();
  host = await hostServer(HOST_PORT);
  stranger = await hostServer(STRANGER_PORT);
});
test.afterAll(async () => {
  claimsServer?.kill("SIGKILL");
  await Promise.all([issuer, host, stranger].map((s) => s && new Promise((r) => s.close(r))));
});

const kid = (token) => JSON.parse(Buffer.from(token.split(".")[0], "base64url")).kid;
const claimsOf = (token) => JSON.parse(Buffer.from(token.split(".")[1], "base64url"));
const heading = (page, name) => page.getByRole("heading", { level: 1, name });
const next = (page) => page.getByRole("button", { name: "Next" });

/** Signs in on the dashboard through the provider's own pages. */
async function signIn(page, login = "sara") {
  await page.goto(`${HOST}/dashboard/associations`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any");
  await page.locator("button[type=submit]").click();
  await page.locator("button[type=submit]").click(); // consent
  await expect(page).toHaveURL(`${HOST}/dashboard/associations`);
}

test("a dashboard signed in with OpenID Connect creates a claim across origins, through a key rotation and expiring tokens", async ({ page }) => {
  test.setTimeout(120_000);
  const apiCalls = [];
  page.on("request", (r) => {
    if (r.url().startsWith(`${API}/api/`) && r.method() !== "OPTIONS") apiCalls.push(r.headers().authorization ?? "");
  });
  await signIn(page);
  await expect(heading(page, "Customer associations")).toBeVisible();
  const first = await page.evaluate(() => window.tokenCalls[0].token);
  expect(kid(first)).toBe("dashboard-key-1");
  expect(claimsOf(first)).toMatchObject({ iss: ISSUER, aud: AUDIENCE, tid: TENANT });

  // Step 1 and 2 with the first key.
  await page.getByRole("link", { name: "New customer association" }).click();
  await expect(heading(page, "Partner and customer")).toBeVisible();
  await page.getByRole("radio", { name: /Seattle/ }).check();
  await page.getByLabel("Customer tenant ID").fill(CONTOSO);
  await page.getByLabel("Customer domain").fill("contoso.com");
  await expect(page.getByRole("status").first()).toContainText("Confirmed:");
  await next(page).click();
  await expect(heading(page, "Solution area and role")).toBeVisible();

  // The provider rotates its signing key; the dashboard's next token is
  // signed with a key the claims server has never seen.
  await new Promise((r) => issuer.close(r));
  issuer = await provider([SECOND_KEY, FIRST_KEY]);
  await page.evaluate(() => window.renew());

  await page.getByLabel("Modern Work and Security", { exact: true }).check();
  await page.getByRole("radio", { name: /Use or consume/ }).check();
  await next(page).click();
  await expect(heading(page, "Products")).toBeVisible();
  const rotated = await page.evaluate(() => window.tokenCalls.at(-1).token);
  expect(kid(rotated)).toBe("dashboard-key-2");
  await page.locator(".cpor-product").filter({ hasText: "Microsoft Teams" }).getByRole("checkbox").check();
  await next(page).click();

  await expect(heading(page, "Claim details and contacts")).toBeVisible();
  await page.getByLabel("Claim name").fill("Contoso modern work, from the dashboard");
  await page.locator("#cpor-customer_contact-name").fill("Ada Lovelace");
  await page.locator("#cpor-customer_contact-title").fill("Chief Information Officer");
  await page.locator("#cpor-customer_contact-email").fill("ada@customer.example");
  await expect(page.locator("#cpor-partner_contact-name")).toHaveValue("Sara Davis");
  await next(page).click();
  await expect(heading(page, "Proof of execution")).toBeVisible();
  await page.locator("#cpor-proof_of_execution").setInputFiles(proofPdf());
  await expect(page.locator(".cpor-file").filter({ hasText: "signed-acknowledgement.pdf" }).getByRole("button", { name: /Remove/ })).toBeVisible();

  // Let the token age until it expires within 30 s: the app asks for a
  // fresh one instead of sending it.
  const aged = await page.evaluate(() => window.tokenCalls.at(-1).token);
  const wait = (claimsOf(aged).exp - 29) * 1000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  const callsBefore = await page.evaluate(() => window.tokenCalls.length);
  await next(page).click();
  await expect(heading(page, "Check your answers")).toBeVisible();
  const later = await page.evaluate((n) => window.tokenCalls.slice(n), callsBefore);
  expect(later.some((c) => c.forceRefresh)).toBe(true);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(heading(page, "Claim submitted")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // No request carried a token within 30 s of its expiry, or none at all.
  const sent = apiCalls.filter((a) => a.startsWith("Bearer ")).map((a) => a.slice(7));
  expect(sent.length).toBe(apiCalls.length);
  for (const token of sent) expect(claimsOf(token).exp - Date.now() / 1000).toBeGreaterThan(-5);
  // The app stored no token on the dashboard's origin.
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("cpor")).map((k) => localStorage.getItem(k)).join("\n"),
  );
  for (const token of sent) expect(stored).not.toContain(token);

  // The claim is the organisation's, on the server, as the dashboard's user.
  const res = await fetch(`${API}/api/claims?q=${encodeURIComponent("from the dashboard")}`, {
    headers: { authorization: `Bearer ${sent.at(-1)}` },
  });
  expect(res.status).toBe(200);
  expect((await res.json()).items.map((c) => c.status)).toEqual(["submitted"]);
});

test("a dashboard on an origin the server doesn't allow can't load the app or call the API", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const result = await page.goto(`${STRANGER}/dashboard/associations`).then(() =>
    page.evaluate(async (api) => {
      const call = await fetch(`${api}/api/me`, { headers: { authorization: "Bearer x" } }).then(
        () => "answered",
        () => "refused",
      );
      const script = await import(`${api}/cpor-embed.js`).then(
        () => "loaded",
        () => "refused",
      );
      return { call, script };
    }, API),
  );
  expect(result).toEqual({ call: "refused", script: "refused" });
  // The preflight names the allowed origin only.
  const preflight = await fetch(`${API}/api/me`, {
    method: "OPTIONS",
    headers: { origin: STRANGER, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
  });
  expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  const allowed = await fetch(`${API}/api/me`, {
    method: "OPTIONS",
    headers: { origin: HOST, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
  });
  expect(allowed.headers.get("access-control-allow-origin")).toBe(HOST);
});

test("a signed-in user of an organisation the server doesn't know is told so, not sent round a sign-in loop", async ({ page }) => {
  await page.addInitScript(() => {
    window.expired = 0;
    document.addEventListener("cpor:session-expired", () => (window.expired += 1));
  });
  await signIn(page, "outsider");
  await expect(heading(page, "Your organisation isn't registered for customer associations")).toBeVisible();
  await expect(page.getByText(`Your organisation's Microsoft Entra tenant (${OUTSIDER_TENANT}) isn't registered`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // One token for the user's details and one for the list asked for with
  // them; then nothing more: no loop.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => ({ calls: window.tokenCalls.length, expired: window.expired }))).toEqual({ calls: 2, expired: 0 });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.tokenCalls.length)).toBe(2);
});

test("the app opened on its own, outside demo mode, says to sign in through the dashboard", async ({ page }) => {
  await page.goto(`${API}/`);
  await expect(heading(page, "Sign in through your partner dashboard")).toBeVisible();
  await expect(page.getByText("Customer associations open inside your partner dashboard")).toBeVisible();
  await expect(page.getByLabel("Demo user")).toHaveCount(0); // no demo user picker
  await expectNoSeriousA11yViolations(page);
});
