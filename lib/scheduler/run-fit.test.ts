import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { dayKey } from "../time/day";
import { buildFsrsItems } from "./build-fsrs-items";
import { runFitInWorker } from "./run-fit";
import { simulateSyntheticLearner } from "./synthetic-learner";

describe("runFitInWorker", () => {
  it("fits in a worker thread, reporting progress from 0 to 1 in order", async () => {
    const history = simulateSyntheticLearner({ cards: 300, days: 60, seed: 3, newPerDay: 10, start: new Date("2026-01-01T00:00:00Z") });
    const items = buildFsrsItems(history.reviews.map((r) => ({ cardId: String(r.cardIndex), rating: r.rating, day: dayKey(r.review, "UTC"), review: r.review })));
    const progress: number[] = [];
    const outcome = await runFitInWorker(items, default_w, (value) => progress.push(value));
    expect(outcome.parameters).toHaveLength(21);
    expect(Number.isFinite(outcome.current.logLoss) && Number.isFinite(outcome.fitted.logLoss)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]))).toBe(true);
  }, 60_000);

  it("turns an optimizer error into a rejected promise with fsrs-rs's reason", async () => {
    await expect(runFitInWorker([], default_w, () => undefined)).rejects.toThrow(/the optimizer failed/);
  }, 60_000);
});
