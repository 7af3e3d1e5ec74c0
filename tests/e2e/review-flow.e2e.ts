import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseURL}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("due-counts").waitFor();
}

describe("daily review in the browser", () => {
  it("signs up, reviews with the keyboard, undoes, signs out and in, and keeps the progress", async () => {
    const page = await browser().newPage();
    const email = `learner-${Date.now()}@example.com`;
    const password = "a long password";

    await page.goto(`${baseURL}/review`);
    await page.waitForURL(/\/signin/); // pages need a session

    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByText("Password must be at least 8 characters.").waitFor();
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByTestId("due-counts").waitFor();
    expect(await page.getByTestId("streak").textContent()).toContain("0");

    await page.getByRole("link", { name: "Start review" }).click();
    const card = page.getByTestId("review-card");
    await card.waitFor();

    const reviewed: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await card.getAttribute("data-card-id");
      reviewed.push(id!);
      await page.keyboard.press("Space");
      await page.getByTestId("card-answer").waitFor();
      // Every grade button shows the interval it would give.
      expect(await page.getByRole("group", { name: "Grade your recall" }).textContent()).toMatch(/Again.*\d+(s|m|h|d|mo|y).*Easy/);
      await page.keyboard.press(i === 1 ? "1" : "3");
      await expect.poll(() => card.getAttribute("data-card-id")).not.toBe(id);
    }
    expect(new Set(reviewed).size).toBe(4);

    // Undo brings the last card back.
    await page.keyboard.press("u");
    await expect.poll(() => card.getAttribute("data-card-id")).toBe(reviewed[3]);
    await expect.poll(() => page.getByText("Saving").count()).toBe(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Start learning" }).waitFor();

    await signIn(page, email, password);
    // Three reviews survived (the fourth was undone); one is a learning card from the Again.
    expect(await page.getByTestId("streak").textContent()).toContain("1");
    const response = await page.request.get(`${baseURL}/api/export`);
    const data = (await response.json()) as { reviews: { cardId: string }[] };
    expect(data.reviews.map((r) => r.cardId)).toEqual(reviewed.slice(0, 3));

    await page.goto(`${baseURL}/review`);
    await card.waitFor();
    // The undone card is new again and comes first, unless the Again card's 1-minute step has passed.
    expect([reviewed[3], reviewed[1]]).toContain(await card.getAttribute("data-card-id"));
    await page.close();
  });

  it("shows the next card without waiting: prints the worst of 50 consecutive grades", async () => {
    const page = await browser().newPage();
    const email = `pace-${Date.now()}@example.com`;
    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByTestId("due-counts").waitFor();
    // Enough new cards for 50 grades in one sitting.
    expect((await page.request.patch(`${baseURL}/api/settings`, { data: { newPerDay: 200 } })).status()).toBe(200);
    await page.goto(`${baseURL}/review`);
    await page.getByTestId("review-card").waitFor();

    const waits: number[] = [];
    for (let i = 0; i < 50; i++) {
      // Reveal, then time from the grade key to the first frame painted with another card.
      await page.keyboard.press("Space");
      await page.getByTestId("card-answer").waitFor();
      const waited = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const shown = () => document.querySelector<HTMLElement>("[data-testid=review-card]")?.dataset.cardId ?? null;
            const before = shown();
            const start = performance.now();
            window.dispatchEvent(new KeyboardEvent("keydown", { key: "3" }));
            const check = () => (shown() !== before ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
            check();
          }),
      );
      waits.push(waited);
    }
    waits.sort((a, b) => a - b);
    // Printed, not asserted: browser timing on a shared machine is too noisy for a verdict.
    console.log(`next card after a grade, 50 grades: median ${waits[25].toFixed(1)} ms, worst ${waits[49].toFixed(1)} ms`);
    expect(waits).toHaveLength(50);
    await page.close();
  });
});
