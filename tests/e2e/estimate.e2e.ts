import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import type { Queue, QueueCard } from "../../lib/review/get-queue";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

/**
 * Brings the first estimate card that asks for a unit to the front of the review queue: raises
 * the daily new-card limit and suspends every card before it (new cards come in content order).
 */
async function reachEstimateCard(page: Page): Promise<QueueCard> {
  expect((await page.request.patch(`${baseURL}/api/settings`, { data: { newPerDay: 500 } })).status()).toBe(200);
  const queue = (await (await page.request.get(`${baseURL}/api/review/queue?limit=200`)).json()) as Queue;
  const index = queue.cards.findIndex((c) => c.type === "estimate" && c.content.estimate?.spec.unit);
  expect(index).toBeGreaterThan(0);
  for (const c of queue.cards.slice(0, index)) {
    expect((await page.request.post(`${baseURL}/api/cards/suspend`, { data: { cardId: c.cardId } })).status()).toBe(200);
  }
  return queue.cards[index];
}

describe("estimation drills in the browser", () => {
  it("answers an estimate card with units in review, sees the worked solution, and meets one in a mock interview", { timeout: 300_000 }, async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `estimator-${Date.now()}@example.com`);
    const target = await reachEstimateCard(page);
    const face = target.content.estimate!;
    // The browser gets the drawn face, never the template it came from.
    expect(target.content.estimateTemplate).toBeUndefined();

    await page.goto(`${baseURL}/review`);
    const card = page.getByTestId("review-card");
    await expect.poll(() => card.getAttribute("data-card-id")).toBe(target.cardId);
    expect(await page.getByTestId("card-prompt").textContent()).toMatch(/\d/);

    // An unreadable answer says why and is not graded.
    const input = page.getByLabel("Your estimate");
    await input.fill("about a lot");
    await page.keyboard.press("Enter");
    expect(await page.getByTestId("estimate-problem").textContent()).toContain("does not start with a number");
    expect(await page.getByTestId("card-answer").count()).toBe(0);

    // The worked answer typed in a smaller unit of the same dimension (GB → MB, else as asked).
    const unit = face.spec.unit!;
    const typed = unit === "GB" ? `${Number((face.answer * 1000).toPrecision(4))} MB` : `${Number(face.answer.toPrecision(4))} ${unit}`;
    await input.fill(typed);
    await page.keyboard.press("Enter");
    const verdict = page.getByTestId("estimate-verdict");
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain(`You said ${typed}: Exact`);
    await page.getByTestId("easy-chip").waitFor();
    // The worked solution, step by step, with its assumptions.
    const solution = (await page.getByTestId("card-answer").textContent())!;
    expect(solution).toContain("Assumptions");
    expect(solution).toContain(face.answerText);
    expect(await page.locator('[data-testid="card-answer"] ol li').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('button[data-suggested="true"]').textContent()).toContain("Good");

    await page.keyboard.press("3");
    await expect.poll(() => card.getAttribute("data-card-id")).not.toBe(target.cardId);
    await expect.poll(() => page.getByText("Saving").count()).toBe(0);
    const exported = (await (await page.request.get(`${baseURL}/api/export`)).json()) as { reviews: { cardId: string; rating: number }[] };
    expect(exported.reviews).toEqual([expect.objectContaining({ cardId: target.cardId, rating: 3 })]);

    // A mock interview always asks an estimate question; the server reads the answer.
    await page.goto(`${baseURL}/quiz`);
    await page.getByTestId("quiz-start-form").waitFor();
    await page.getByLabel("Mock interview", { exact: true }).check();
    await page.getByLabel("10 questions").check();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
    const question = page.getByTestId("quiz-question");
    await question.waitFor();
    for (let n = 1; n < 10 && (await question.getAttribute("data-kind")) !== "estimate"; n++) {
      await page.keyboard.press("s");
      await expect.poll(() => question.getAttribute("data-position")).toBe(String(n + 1));
    }
    expect(await question.getAttribute("data-kind")).toBe("estimate");
    const position = await question.getAttribute("data-position");
    await page.getByLabel("Your estimate").fill("1e-30");
    await page.keyboard.press("Enter");
    await expect.poll(() => question.getAttribute("data-position")).not.toBe(position);
    await page.getByRole("button", { name: /Finish now/ }).click();
    await page.waitForURL(/\/results$/);
    // The mock may hold other, unanswered estimate questions: find the one answered.
    const missed = page.getByTestId("missed-question").filter({ hasText: "You said 1e-30" });
    expect(await missed.getByTestId("quiz-estimate-verdict").textContent()).toMatch(/You said 1e-30: Off by .*× too low/);
    expect(await missed.textContent()).toContain("Assumptions");
    await page.close();
  });
});
