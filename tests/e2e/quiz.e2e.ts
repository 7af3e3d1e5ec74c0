import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import type { Queue } from "../../lib/review/get-queue";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

async function startQuiz(page: Page, mode: "Practice" | "Mock interview") {
  await page.goto(`${baseURL}/quiz`);
  await page.getByTestId("quiz-start-form").waitFor();
  await page.getByLabel(mode, { exact: true }).check();
  await page.getByLabel("10 questions").check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
  await page.getByTestId("quiz-question").waitFor();
  return page.url().split("/").pop()!;
}

/** Answers the question on screen with the keyboard: option 1 for mcq, alternately "knew it" / "didn't" for recall, "1" for an estimate. */
async function answerWithKeyboard(page: Page, n: number) {
  const question = page.getByTestId("quiz-question");
  await expect.poll(() => question.getAttribute("data-position")).toBe(String(n));
  expect(await question.getAttribute("data-answered")).toBe("false");
  // Predict questions (traces of an exercise's reference) are answered like multiple choice.
  const kind = (await question.getAttribute("data-kind")) ?? "";
  if (kind === "estimate") {
    // Estimation questions (every mock interview has one) take a typed number; a bare one is in the asked unit.
    await page.getByLabel("Your estimate").fill("1");
    await page.keyboard.press("Enter");
  } else if (["mcq", "predict"].includes(kind)) {
    // Options are shown without any hint of which is right.
    expect(await page.locator('[data-testid="quiz-question"] [aria-label="Options"] li').count()).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("1");
    await expect.poll(() => page.locator('[aria-pressed="true"]').count()).toBe(1);
    await page.keyboard.press("Enter");
  } else {
    await page.keyboard.press("Space");
    await page.getByTestId("quiz-recall-answer").waitFor();
    await page.keyboard.press(n % 2 ? "n" : "y");
  }
}

describe("interview quiz in the browser", () => {
  it("takes a practice quiz, a mock interview with a reload, and sends missed cards to review", { timeout: 300_000 }, async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `quizzer-${Date.now()}@example.com`);

    // Practice: feedback after every question.
    const practiceId = await startQuiz(page, "Practice");
    for (let n = 1; n <= 10; n++) {
      await answerWithKeyboard(page, n);
      const feedback = page.getByTestId("quiz-feedback");
      await feedback.waitFor();
      expect(await feedback.textContent()).toMatch(/^.*(Correct|Incorrect).*Why/s);
      expect(await page.locator("p[aria-live=polite].sr-only").textContent()).toMatch(new RegExp(`Question ${n}: (correct|incorrect)`));
      await page.keyboard.press("Enter");
    }
    await page.waitForURL(`${baseURL}/quiz/${practiceId}/results`);
    const score = await page.getByTestId("quiz-score").textContent();
    const [correct, total] = score!.match(/(\d+)\/(\d+)/)!.slice(1).map(Number);
    expect(total).toBe(10);
    const breakdown = await page.locator('[data-testid="chapter-breakdown"] tbody tr').allTextContents();
    expect(breakdown.reduce((sum, row) => sum + Number(row.match(/(\d+)\/(\d+)$/)![2]), 0)).toBe(10);
    const missedIds = await page.getByTestId("missed-question").evaluateAll((els) => els.map((e) => e.getAttribute("data-card-id")!));
    expect(missedIds.length).toBe(10 - correct);
    expect(missedIds.length).toBeGreaterThan(0); // every odd recall question was "I didn't"
    await page.getByTestId("send-missed").click();
    await expect.poll(() => page.getByTestId("send-missed-result").textContent()).toContain(`Sent ${missedIds.length}`);
    const sentAt = Date.now();

    // Mock interview: timed, no feedback, survives a reload.
    const mockId = await startQuiz(page, "Mock interview");
    const countdown = page.getByTestId("quiz-countdown");
    await countdown.waitFor();
    for (let n = 1; n <= 3; n++) {
      await answerWithKeyboard(page, n);
      await expect.poll(() => page.getByTestId("quiz-question").getAttribute("data-position")).toBe(String(n + 1));
      expect(await page.getByTestId("quiz-feedback").count()).toBe(0);
    }
    await page.reload();
    await expect.poll(() => page.getByTestId("quiz-question").getAttribute("data-position")).toBe("4");
    const left = Number(await countdown.getAttribute("data-remaining-ms"));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(10 * 60_000);
    expect(await page.getByTestId("quiz-progress").textContent()).toContain("3 answered");

    // The quiz list offers to resume it.
    await page.goto(`${baseURL}/quiz`);
    const unfinished = page.getByTestId("unfinished-quizzes");
    await unfinished.waitFor();
    await unfinished.getByRole("link", { name: "Resume" }).click();
    await page.waitForURL(`${baseURL}/quiz/${mockId}`);
    for (let n = 4; n <= 10; n++) await answerWithKeyboard(page, n);
    await page.waitForURL(`${baseURL}/quiz/${mockId}/results`);
    expect(await page.getByTestId("quiz-score").textContent()).toMatch(/\d+\/10/);
    expect(await page.getByText("Mock interview").first().textContent()).toBeTruthy();

    // History lists both quizzes with a chart point each.
    await page.goto(`${baseURL}/quiz`);
    await page.getByTestId("score-chart").waitFor();
    expect(await page.locator('[data-testid="score-chart"] circle').count()).toBe(2);
    expect(await page.locator("#quiz-history-table tbody tr").count()).toBe(2);
    expect(await page.getByTestId("unfinished-quizzes").count()).toBe(0);

    // The API hides unknown quizzes, and sending missed cards again changes nothing.
    expect((await page.request.get(`${baseURL}/api/quizzes/00000000-0000-4000-8000-000000000000`)).status()).toBe(404);
    const again = await page.request.post(`${baseURL}/api/quizzes/${practiceId}/send-missed`);
    expect(await again.json()).toEqual({ sent: missedIds.length, skipped: 0 });
    const bad = await page.request.post(`${baseURL}/api/quizzes`, { data: { chapterIds: [], length: 7, mode: "practice" } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID_INPUT", message: expect.stringContaining("length") } });

    // Once the first learning step (1 minute) has passed, the missed cards are due as learning cards.
    await new Promise((r) => setTimeout(r, Math.max(0, sentAt + 62_000 - Date.now())));
    const queue = (await (await page.request.get(`${baseURL}/api/review/queue?limit=200`)).json()) as Queue;
    const learning = queue.cards.filter((c) => c.state?.state === "Learning").map((c) => c.cardId);
    expect(learning.sort()).toEqual([...missedIds].sort());
    expect(queue.counts.learning).toBe(missedIds.length);
    await page.close();
  });
});
