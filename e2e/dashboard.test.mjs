// Browser tests of the creditor dashboard in the system's headless Chromium: sign in with a
// staff password, read the dashboard (a KPI figure, the charts drawn), find a case by search,
// resolve a dispute, waive a fee with a reason and find it in the timeline and the audit trail,
// make and revoke an API key, edit a template with the lint shown, with axe-core (WCAG 2.x A/AA rules) on every page visited.
//
// Run by the Rust test `dashboard_browser` (crates/app/tests/dashboard_browser.rs), which starts
// a server with known data and passes: DASH_BASE (http://127.0.0.1:port), DASH_CREDITOR,
// DASH_EMAIL and DASH_PASSWORD (an admin of that creditor), DASH_OPEN_BALANCE (the open balance
// the dashboard must show), DASH_SEARCH (a name that finds the case with a fee), DASH_DISPUTED
// (a name that finds the disputed case), DASH_CSAT (the CSAT figure shown), DASH_ARTIFACTS (where screenshots go) and optionally
// CHROMIUM (the browser binary).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run this through the Rust test dashboard_browser`);
  return value;
};
const base = env("DASH_BASE");
const creditor = env("DASH_CREDITOR");
const email = env("DASH_EMAIL");
const password = env("DASH_PASSWORD");
const openBalance = env("DASH_OPEN_BALANCE");
const search = env("DASH_SEARCH");
const disputed = env("DASH_DISPUTED");
const artifacts = env("DASH_ARTIFACTS");
fs.mkdirSync(artifacts, { recursive: true });
const axeSource = fs.readFileSync(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
};

let shot = 0;
async function audit(page, name) {
  shot += 1;
  await page.screenshot({ path: path.join(artifacts, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: true });
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  const details = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  check(result.violations.length === 0, `axe: no violations on ${name}${details.length ? ` (${details.join("; ")})` : ""}`);
}

/// Opens the first case the search finds for `query`.
async function openCase(page, query) {
  await page.goto(base + "/dashboard/cases");
  await page.fill("#q", query);
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForSelector("table");
  await page.locator("table tbody a").first().click();
  await page.waitForSelector("h1:has-text('Claim')");
}

/// The notice a form's redirect shows.
async function notice(page) {
  await page.waitForSelector(".notice[role=status]");
  return page.locator(".notice[role=status]").textContent();
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "purr-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
  viewport: { width: 1280, height: 900 },
  locale: "en-GB",
});
try {
  const page = context.pages()[0] ?? (await context.newPage());

  // Signed out: the dashboard sends you to sign in; a wrong password is refused kindly.
  await page.goto(base + "/dashboard");
  check(page.url().endsWith("/dashboard/login"), "signed out, the dashboard asks you to sign in");
  await audit(page, "login");
  await page.fill("#creditor", creditor);
  await page.fill("#email", email);
  await page.fill("#password", "not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForSelector(".error[role=alert]");
  check((await page.locator(".error").textContent()).includes("is not right"), "a wrong password is refused");
  await audit(page, "login-refused");

  // Sign in.
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForSelector("h1:has-text('Collection at a glance')");
  check(new URL(page.url()).pathname === "/dashboard", "signing in leads to the dashboard");

  // The dashboard: a KPI figure and the charts, each drawn with a size.
  const balance = await page.locator(".figure:has(h3:has-text('Open balance')) .big").first().textContent();
  check(balance.trim() === openBalance, `the open balance is ${openBalance} (${balance.trim()})`);
  const charts = page.locator("svg.chart[role=img]");
  const count = await charts.count();
  check(count >= 2, `the charts are drawn (${count})`);
  for (let i = 0; i < count; i += 1) {
    const box = await charts.nth(i).boundingBox();
    check(box && box.width > 200 && box.height > 50, `chart ${i + 1} has a visible size`);
  }
  check((await page.locator("svg.chart rect").count()) > 0, "the bar charts have bars");
  check((await page.locator("section[aria-labelledby=help] dt").count()) > 0, "the figures are defined");
  check((await page.locator("#csat").textContent()).trim() === env("DASH_CSAT"), `CSAT is ${env("DASH_CSAT")}`);
  await audit(page, "home");

  // Find the disputed case and reject the dispute with a note.
  await openCase(page, disputed);
  check((await page.locator("dd").nth(1).textContent()).includes("disputed"), "the case is disputed");
  await audit(page, "case-disputed");
  await page.selectOption("#action", "reject_dispute");
  await page.fill("#action-reason", "Signed delivery note on file.");
  await page.getByRole("button", { name: "Do it" }).click();
  check((await notice(page)).includes("Done: resolve dispute"), "the dispute is resolved");
  check(!(await page.locator("dd").nth(1).textContent()).includes("disputed"), "the case is no longer disputed");
  check(
    (await page.locator("table tbody").textContent()).includes("claim.resolve_dispute by"),
    "the resolution is in the timeline",
  );
  await audit(page, "case-resolved");

  // Find the case with a fee by search and waive the fee with a reason.
  await page.goto(base + "/dashboard/cases");
  await audit(page, "search");
  await openCase(page, search);
  await audit(page, "case");
  await page.fill("#reason", "Goodwill after a phone call.");
  await page.getByRole("button", { name: "Waive the fee" }).click();
  check((await notice(page)).includes("The fee was waived."), "the fee is waived");
  const timeline = await page.locator("table tbody").textContent();
  check(timeline.includes("claim.waive_fee by"), "the waiver is in the timeline");
  check(timeline.includes("Goodwill after a phone call."), "the waiver's reason is in the timeline");
  check((await page.locator("text=There is no fee to waive.").count()) === 1, "no fee is left to waive");
  await audit(page, "case-waived");

  // The audit trail names both changes, with the reason.
  await page.getByRole("link", { name: "Audit trail" }).click();
  await page.waitForSelector("h1:has-text('Audit trail')");
  const trail = await page.locator("table tbody").textContent();
  check(trail.includes("claim.waive_fee") && trail.includes("Goodwill after a phone call."), "the waiver is audited");
  check(trail.includes("claim.resolve_dispute"), "the dispute's resolution is audited");
  await audit(page, "audit");

  // API keys (the user is an admin): make one, see it once in full, revoke it.
  await page.getByRole("link", { name: "API keys" }).click();
  await page.waitForSelector("h1:has-text('API keys')");
  await audit(page, "keys");
  await page.fill("#label", "Accounting system");
  await page.selectOption("#role", "read_only");
  await page.getByRole("button", { name: "Make the key" }).click();
  await page.waitForSelector("#key-text");
  const key = (await page.locator("#key-text").textContent()).trim();
  check(key.startsWith(`purr_${creditor}_`), "the new key is shown in full once");
  await audit(page, "key-made");
  const keyId = key.split("_")[2];
  await page.getByRole("button", { name: `Revoke key ${keyId} (Accounting system)` }).click();
  check((await notice(page)).includes("is revoked"), "the key is revoked");
  check(!(await page.content()).includes(key), "the full key is not shown again");
  await audit(page, "key-revoked");

  // Templates: Purr's default passes the lint; a broken one is refused with line and column.
  await page.getByRole("link", { name: "Templates" }).click();
  await page.waitForSelector("h1:has-text('Letter templates')");
  await audit(page, "templates");
  await page.selectOption("#step", "collection_demand");
  await page.selectOption("#channel", "letter");
  await page.selectOption("#lang", "sv");
  await page.getByRole("button", { name: "Open" }).click();
  await page.waitForSelector("#source");
  check((await page.locator("#readability").textContent()).includes("LIX"), "the readability figure is shown");
  await audit(page, "template-default");
  await page.fill("#source", "# Krav\n\nHej {{ nonsense }}\n");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForSelector("#problems");
  check((await page.locator("#problems").textContent()).includes("Line 3, column 8"), "the error has its line and column");
  await audit(page, "template-error");
  await page.fill("#source", "# Krav\n\nBetala {{ total }} senast {{ deadline }}.\n");
  await page.check("#active");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForSelector("#problems");
  check((await page.locator("#problems").textContent()).includes("cannot be made active"), "incomplete: not activated");
  await page.uncheck("#active");
  await page.getByRole("button", { name: "Save" }).click();
  check((await notice(page)).includes("Saved as a draft"), "saved as a draft");
  check((await page.locator("#missing li").count()) > 0, "the draft's missing legal content is listed");
  await audit(page, "template-draft");

  // The other pages.
  await page.goto(base + "/dashboard/payments");
  await audit(page, "payments");
  await page.goto(base + "/dashboard?from=2020-01-01&to=2030-12-31");
  await audit(page, "home-filtered");

  // Signing out ends the session.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForSelector("h1:has-text('Sign in')");
  await page.goto(base + "/dashboard");
  check(page.url().endsWith("/dashboard/login"), "after signing out the dashboard asks you to sign in again");
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`screenshots in ${artifacts}`);
if (failures.length) {
  console.error(`${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("all dashboard browser checks passed");
