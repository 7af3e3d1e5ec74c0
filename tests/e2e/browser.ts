import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";

// Debian's Chromium; these flags keep it from reaching for the network or a GPU.
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** One browser for the tests of a file, launched before them and closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // A failed browser test says what its pages showed: a locator timing out says only what was
  // missing, and CI keeps nothing else.
  afterEach(async ({ task }) => {
    if (task.result?.state !== "fail" || !browser) return;
    const pages = browser.contexts().flatMap((context) => context.pages());
    const seen = await Promise.all(pages.map(describePage));
    if (seen.length > 0) throw new Error(`what the open pages showed when the test failed:\n${seen.join("\n")}`);
  });
  return () => {
    if (!browser) throw new Error("the browser is only available inside tests");
    return browser;
  };
}

/** Signs up a new learner through the form and waits for the home page. */
export async function signUpInBrowser(page: Page, baseURL: string, email: string, password = "a long password") {
  await page.goto(`${baseURL}/signup`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByTestId("due-counts").waitFor();
}

/** A page's address, title and the start of its text, for a failure message. */
async function describePage(page: Page): Promise<string> {
  const text = await page
    .evaluate(() => document.body?.innerText ?? "(no body)")
    .then((t) => t.replace(/\s+/g, " ").slice(0, 600))
    .catch((e: Error) => `(unreadable: ${e.message})`);
  const title = await page.title().catch(() => "?");
  return `- ${page.url()} "${title}": ${text}`;
}
