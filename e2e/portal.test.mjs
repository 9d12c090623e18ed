// Browser tests of the debtor portal in the system's headless Chromium (never a downloaded
// browser): sign in by link, read a breakdown, accept a plan, dispute a claim, switch to Arabic
// and check the right-to-left layout, with axe-core (WCAG 2.x A/AA rules) on every page.
//
// Run by the Rust test `portal_browser` (crates/app/tests/portal_browser.rs), which starts a
// server with known data and passes: PORTAL_BASE (http://127.0.0.1:port), PORTAL_LINK (a sign-in
// link path), PORTAL_CLAIM and PORTAL_CLAIM2 (two claim paths of that debtor), PORTAL_ARTIFACTS
// (where screenshots go) and optionally CHROMIUM (the browser binary).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run this through the Rust test portal_browser`);
  return value;
};
const base = env("PORTAL_BASE");
const link = env("PORTAL_LINK");
const claim = env("PORTAL_CLAIM");
const claim2 = env("PORTAL_CLAIM2");
const artifacts = env("PORTAL_ARTIFACTS");
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
  // axe is evaluated in the page through the debugging protocol, so the portal's strict CSP stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  const details = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  check(result.violations.length === 0, `axe: no violations on ${name}${details.length ? ` (${details.join("; ")})` : ""}`);
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
  viewport: { width: 390, height: 844 },
  locale: "en-GB",
});
try {
  const page = context.pages()[0] ?? (await context.newPage());

  // Signed out: the code login page and a friendly error page.
  const home = link.split("/link/")[0] + "/";
  await page.goto(base + home + "?lang=en");
  check((await page.locator("h1").textContent()).includes("Sign in"), "the login page shows when signed out");
  await audit(page, "login");
  await page.goto(base + home + "no-such-page");
  check((await page.locator("h1").textContent()).includes("not found"), "an unknown page is a friendly 404");
  await audit(page, "not-found");

  // Sign in by link.
  await page.goto(base + link);
  await audit(page, "link");
  await page.getByRole("button", { name: "Continue to your claims" }).click();
  await page.waitForSelector(".cards");
  // The debtor's stored language is Swedish; choose English for the checks below (remembered).
  await page.goto(base + home + "?lang=en");
  check((await page.locator(".card").count()) === 2, "the debtor's two claims are listed");
  await audit(page, "claims");

  // The breakdown.
  await page.goto(base + claim);
  const sections = await page.locator("section.breakdown h3").allTextContents();
  check(sections.length === 3, `principal, fees and interest are separate (${sections.join(" | ")})`);
  check((await page.locator("#section-fees .law").count()) > 0, "each fee carries the law's reason");
  check((await page.locator("#section-fees .statute").first().textContent()).includes("1981:739"), "the statute is named");
  await audit(page, "breakdown");

  // How to pay: the copy buttons appear with JavaScript.
  await page.goto(base + claim + "/pay");
  check(await page.locator("button.copy").first().isVisible(), "copy buttons are shown as an enhancement");
  check((await page.locator("figure.qr svg").count()) === 1, "a payment QR code is drawn");
  await audit(page, "pay");

  // Accept a plan after seeing its whole schedule.
  await page.goto(base + claim + "/plan");
  await audit(page, "plan");
  await page.selectOption("#months", "3");
  await page.getByRole("button", { name: "Show the schedule" }).click();
  await page.waitForSelector("table.schedule");
  check((await page.locator("table.schedule tbody tr").count()) === 3, "the schedule has three instalments");
  await audit(page, "plan-schedule");
  await page.getByRole("button", { name: "Accept this plan" }).click();
  await page.waitForSelector(".note");
  check((await page.locator(".note").textContent()).includes("plan is agreed"), "the plan is confirmed");
  check((await page.locator(".summary dd").first().textContent()).includes("Payment plan"), "the claim is on a plan");
  await audit(page, "plan-accepted");

  // Dispute the other claim, with a receipt.
  await page.goto(base + claim2 + "/dispute");
  await audit(page, "dispute");
  await page.check("#reason-paid");
  await page.fill("#details", "I paid this by bank transfer.");
  await page.setInputFiles("#file", { name: "receipt.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Send the dispute" }).click();
  await page.waitForSelector(".note");
  check((await page.locator(".note").textContent()).includes("dispute is registered"), "the dispute is confirmed");
  check((await page.locator(".summary dd").first().textContent()).includes("Disputed"), "the claim is disputed");
  await audit(page, "disputed");

  // Other pages.
  for (const [name, url] of [["message", "/message"], ["contact", "/contact"]]) {
    await page.goto(base + home + url.slice(1));
    await audit(page, name);
  }

  // The assistant: a question typed in, an answer with the portal's own page, and a handover.
  await page.goto(base + home + "assistant");
  await page.getByLabel("Your question").fill("can I pay this in monthly instalments?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await page.waitForSelector(".answer");
  check((await page.locator(".answer a[href$='/plan']").count()) >= 1, "the assistant offers the plan page");
  await audit(page, "assistant-answer");
  await page.getByLabel("Your question").fill("tell me a joke about the weather");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await page.waitForSelector(".answer");
  check((await page.locator(".answer a").count()) === 0, "an unclear question gets no action");
  check((await page.getByRole("button", { name: "Send my question to a person" }).count()) === 1, "an unclear question can go to a person");
  await audit(page, "assistant-unsure");

  // Switch to Arabic with the language menu: right to left, remembered.
  await page.goto(base + home);
  await page.selectOption("#lang", "ar");
  await page.getByRole("button", { name: "Change" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  check((await page.getAttribute("html", "dir")) === "rtl", "Arabic pages are right to left");
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector("main")).direction);
  check(direction === "rtl", "the main content runs right to left");
  const box = await page.locator(".top .creditor").boundingBox();
  check(box.x + box.width > 390 / 2, "the header starts on the right");
  await audit(page, "arabic-claims");
  await page.goto(base + claim);
  check((await page.getAttribute("html", "lang")) === "ar", "the language is remembered across pages");
  await audit(page, "arabic-breakdown");
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`screenshots in ${artifacts}`);
if (failures.length) {
  console.error(`${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("all portal browser checks passed");
