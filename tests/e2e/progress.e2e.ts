import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

describe("progress page", () => {
  it("shows a new learner's first reviews in every chart, with text alternatives", async () => {
    const page = await browser().newPage();
    expect((await page.request.get(`${baseURL}/api/progress`)).status()).toBe(401);

    await signUpInBrowser(page, baseURL, `progress-${Date.now()}@example.com`);

    // Grade three new cards through the API with the browser's session: Good, Again, Easy.
    const queue = (await (await page.request.get(`${baseURL}/api/review/queue?limit=3`)).json()) as { cards: { cardId: string }[] };
    expect(queue.cards).toHaveLength(3);
    for (const [i, rating] of [3, 1, 4].entries()) {
      const response = await page.request.post(`${baseURL}/api/reviews`, { data: { reviewId: randomUUID(), cardId: queue.cards[i].cardId, rating, durationMs: 4000 } });
      expect(response.status()).toBe(200);
    }

    const api = (await (await page.request.get(`${baseURL}/api/progress`)).json()) as {
      activity: { today: string; days: { day: string; reviews: number; durationMs: number }[]; current: number };
      states: { learning: number; review: number; relearning: number };
    };
    expect(api.activity.days.at(-1)).toEqual({ day: api.activity.today, reviews: 3, durationMs: 12000 });
    expect(api.activity.current).toBe(1);
    expect(api.states.learning + api.states.review + api.states.relearning).toBe(3);

    await page.goto(`${baseURL}/progress`);
    await page.getByRole("heading", { name: "Progress", level: 1 }).waitFor();

    // Heatmap: today's cell carries the count, in its tooltip too.
    const today = page.getByTestId("heatmap-today");
    expect(await today.getAttribute("data-count")).toBe("3");
    expect(await today.locator("title").textContent()).toMatch(/\(today\): 3 reviews/);
    expect(await page.locator("#heatmap-title").textContent()).toBe("Daily reviews, last 365 days");
    expect(await page.getByTestId("current-streak").textContent()).toBe("1 day");

    // Forecast: 30 bars, some with cards (the Again card is due today, the others later).
    const bars = page.getByTestId("forecast-bar");
    expect(await bars.count()).toBe(30);
    const counts = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("data-count"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(counts[0]).toBeGreaterThanOrEqual(1);

    // Retention, states and mastery show numbers.
    expect(await page.getByTestId("retention-total").textContent()).toMatch(/\d+\/\d+ reviews?/);
    const state = async (name: string) => Number((await page.getByTestId(`state-${name}`).textContent())!.replace(/,/g, ""));
    expect((await state("learning")) + (await state("review")) + (await state("relearning"))).toBe(3);
    expect(await state("new")).toBeGreaterThan(0);
    const recall = await page.getByTestId("mastery-recall").allTextContents();
    expect(recall.some((t) => /^\d+%$/.test(t))).toBe(true);
    expect(await page.getByTestId("quizzes-empty").isVisible()).toBe(true);

    // Text alternatives: the heatmap and forecast tables open and list the data.
    await page.getByTestId("heatmap-table").locator("summary").click();
    const heatRow = page.getByTestId("heatmap-table").locator("tbody tr").first();
    expect(await heatRow.locator("td").first().textContent()).toBe("3");
    await page.getByTestId("forecast-table").locator("summary").click();
    expect(await page.getByTestId("forecast-table").locator("tbody tr").count()).toBe(30);
    expect(await page.locator("svg[role=img]").count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
