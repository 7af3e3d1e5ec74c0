import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser, signUpInBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

/** How far the page is wider than the phone's screen (0: no horizontal scroll). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("mobile first (390×844) and tablets", () => {
  it("shows every main page without horizontal scroll, and grades by tap and swipe", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const path of ["/", "/signin", "/signup"]) {
      await page.goto(`${baseURL}${path}`);
      expect({ path, overflow: await overflow(page) }).toEqual({ path, overflow: 0 });
    }
    await signUpInBrowser(page, baseURL, `phone-${Date.now()}@example.com`);
    const chapter = await page.locator('a[href^="/chapters/"]').first().getAttribute("href");
    await page.goto(`${baseURL}${chapter}`);
    const section = await page.locator(`a[href^="${chapter}/"]`).first().getAttribute("href");
    const exercise = "/exercises/lru-cache";
    for (const path of ["/", "/review", "/progress", "/quiz", "/exercises", exercise, "/settings", chapter!, section!]) {
      await page.goto(`${baseURL}${path}`);
      await page.waitForLoadState("networkidle");
      expect({ path, overflow: await overflow(page) }).toEqual({ path, overflow: 0 });
    }

    await page.goto(`${baseURL}/review`);
    const card = page.getByTestId("review-card");
    await card.waitFor();
    // Big tap targets: every grade button at least 48 px tall.
    const first = await card.getAttribute("data-card-id");
    await page.getByTestId("card-prompt").tap();
    await page.getByTestId("card-answer").waitFor();
    for (const button of await page.getByRole("group", { name: "Grade your recall" }).getByRole("button").all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    }
    // A swipe right grades Good: the next card comes.
    const box = (await card.boundingBox())!;
    const y = box.y + 40;
    await card.dispatchEvent("pointerdown", { pointerId: 7, pointerType: "touch", clientX: box.x + 40, clientY: y, isPrimary: true });
    await card.dispatchEvent("pointerup", { pointerId: 7, pointerType: "touch", clientX: box.x + 40 + 200, clientY: y + 5, isPrimary: true });
    await expect.poll(() => card.getAttribute("data-card-id")).not.toBe(first);
    await expect.poll(() => page.getByText(/Saving \d/).count(), { timeout: 30_000 }).toBe(0);
    const data = (await (await context.request.get(`${baseURL}/api/export`)).json()) as { reviews: { cardId: string; rating: number }[] };
    expect(data.reviews).toEqual([expect.objectContaining({ cardId: first, rating: 3 })]);
    await context.close();
  });

  it("keeps the exercise editor usable on a tablet (820×1180, touch): tap into the code, type, run, see the verdict", async () => {
    const context = await browser().newContext({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signUpInBrowser(page, baseURL, `tablet-${Date.now()}@example.com`);
    await page.goto(`${baseURL}/exercises/lru-cache`);
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    await page.waitForLoadState("networkidle");
    expect(await overflow(page)).toBe(0);
    // The editor takes most of the width and shows a good part of the code.
    const box = (await page.locator(".cm-editor").boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(820 * 0.8);
    expect(box.height).toBeGreaterThanOrEqual(240);
    // Tap to focus (a tablet with a keyboard: select all, type the solution).
    await editor.tap();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(readFileSync("exercises/lru-cache/reference.ts", "utf8"));
    const run = page.getByRole("button", { name: "Run examples" });
    expect((await run.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await run.tap();
    await expect.poll(() => page.getByTestId("check-results").getAttribute("data-passed"), { timeout: 60_000 }).toBe("true");
    await context.close();
  });
});
