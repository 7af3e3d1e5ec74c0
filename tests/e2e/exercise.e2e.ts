import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

async function replaceCode(page: Page, code: string) {
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
  await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("Saved");
}

describe("coding exercises in the browser", () => {
  it("shows a counterexample for a wrong solution, accepts a right one, and schedules the exercise", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `coder-${Date.now()}@example.com`);

    await page.goto(`${baseURL}/exercises`);
    await page.getByTestId("exercise-lru-cache").click();
    await page.locator(".cm-content").waitFor();

    // The starter fails the examples with a readable message.
    await page.getByRole("button", { name: "Run examples" }).click();
    await expect.poll(() => page.getByTestId("check-results").getAttribute("data-passed"), { timeout: 30_000 }).toBe("false");

    // A plausible bug: get() does not refresh recency. The checker shows a minimal script.
    const buggy = readFileSync("exercises/lru-cache/bugs/semantic.ts", "utf8");
    await replaceCode(page, buggy);
    await page.getByRole("button", { name: "Submit" }).click();
    const results = page.getByTestId("check-results");
    await expect.poll(() => results.getAttribute("data-passed"), { timeout: 60_000 }).toBe("false");
    expect(await results.textContent()).toMatch(/expected .*, got /);

    // The autosaved code comes back after a reload.
    await page.reload();
    await page.locator(".cm-content").waitFor();
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain(buggy.split("\n").find((l) => l.includes("class LRUCache"))!.trim());

    // The right solution passes; after a failed submission the suggestion is Hard.
    await replaceCode(page, readFileSync("exercises/lru-cache/reference.ts", "utf8"));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => page.getByTestId("check-results").getAttribute("data-passed"), { timeout: 60_000 }).toBe("true");
    const rate = page.getByRole("group", { name: "Schedule this exercise" });
    await rate.waitFor();
    expect(await rate.textContent()).toContain("suggested: Hard");
    await rate.getByRole("button", { name: "Hard" }).click();
    await page.getByTestId("exercise-scheduled").waitFor();
    await page.getByRole("button", { name: "Show the reference solution" }).click();
    await page.getByTestId("reference-solution").waitFor();

    const exported = (await (await page.request.get(`${baseURL}/api/export`)).json()) as { cards: { cardId: string; state: string }[] };
    expect(exported.cards.find((c) => c.cardId === "exercise-lru-cache")).toMatchObject({ state: expect.stringMatching(/Learning|Review/) });
    const list = (await (await page.request.get(`${baseURL}/api/exercises`)).json()) as { exercises: { id: string; status: string }[] };
    expect(list.exercises.find((e) => e.id === "lru-cache")?.status).toBe("solved");
    await page.close();
  });

  it("shows the learner's and the reference's state side by side, differing rows highlighted", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `differ-${Date.now()}@example.com`);
    await page.goto(`${baseURL}/exercises/lru-cache`);
    await page.locator(".cm-content").waitFor();
    // get() forgets to refresh recency: after the failing step the two caches hold different keys
    await replaceCode(page, readFileSync("exercises/lru-cache/bugs/semantic.ts", "utf8"));
    await page.getByRole("button", { name: "Submit" }).click();
    const results = page.getByTestId("check-results");
    await expect.poll(() => results.getAttribute("data-passed"), { timeout: 60_000 }).toBe("false");
    const diff = results.getByTestId("state-diff").first();
    await diff.waitFor();
    expect(await diff.textContent()).toMatch(/Your solution.*Reference/);
    const differing = diff.locator('tr[data-differs="true"]');
    expect(await differing.count()).toBeGreaterThan(0);
    expect(await differing.first().textContent()).toMatch(/c\.keys\(\)\s*\[3, 2\]\s*\[3, 1\]/);
    // rows that agree are shown too, without the highlight
    expect(await diff.locator('tr[data-differs="false"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it("stops an infinite loop with a clear message, and the code cannot reach the network", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `looper-${Date.now()}@example.com`);
    await page.goto(`${baseURL}/exercises/short-url`);
    await page.locator(".cm-content").waitFor();
    await replaceCode(page, `const typo: number = "not a number";\nexport const ALPHABET = "x" + typo;\nexport function encodeBase62(n: bigint): string { for (;;) {} }\nexport function decodeBase62(s: string): bigint { return 0n; }\nexport class Shortener { shorten(u: string) { return u; } resolve(c: string) { return c; } }\n`);
    // The lazily loaded TypeScript checker reports the type error; it does not stop the run.
    await expect.poll(() => page.getByTestId("type-errors").getAttribute("data-count"), { timeout: 30_000 }).toBe("1");
    expect(await page.getByTestId("type-errors").textContent()).toMatch(/1:7 Type 'string' is not assignable to type 'number'/);
    await page.getByRole("button", { name: "Run examples" }).click();
    const results = page.getByTestId("check-results");
    await expect.poll(() => results.textContent(), { timeout: 40_000 }).toContain("timed out — an infinite loop?");

    // Learner code runs in an opaque-origin sandbox: no cookies, no fetch.
    await replaceCode(page, `let leaked = "no";\ntry { leaked = String(document.cookie); } catch { leaked = "blocked"; }\nexport const ALPHABET = leaked;\nexport function encodeBase62(n: bigint): string { return String(n); }\nexport function decodeBase62(s: string): bigint { return 0n; }\nexport class Shortener { shorten(u: string) { return u; } resolve(c: string) { return c; } }\n`);
    await page.getByRole("button", { name: "Run examples" }).click();
    await expect.poll(() => results.textContent(), { timeout: 30_000 }).not.toContain("timed out");
    expect(await results.textContent()).not.toContain("next-auth");
    await page.close();
  });
});
