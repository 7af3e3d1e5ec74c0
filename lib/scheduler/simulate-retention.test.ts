import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../random/seeded-random";
import { CHART_DAYS, CHART_RETENTIONS } from "./simulate-schemas";
import { simulateRetention, type SimulationInput } from "./simulate-retention";

/** 5,000 reviewed cards with spread-out memory states, some overdue, plus a stream of new ones. */
function learnerWith5000Cards(): SimulationInput {
  const random = seededRandom(5);
  return {
    w: [...default_w],
    maximumInterval: 36500,
    newPerDay: 20,
    newCards: 1000,
    cards: Array.from({ length: 5000 }, () => {
      const stability = Math.exp(random() * 5); // 1 to ~150 days
      const since = Math.floor(random() * stability);
      return [stability, 1 + random() * 9, since, Math.round(stability - since) - 2];
    }),
    secondsPerReview: 9,
    firstRatings: [0.2, 0.1, 0.6, 0.1],
    recallRatings: [0.1, 0.8, 0.1],
  };
}

describe("retention simulator", () => {
  it("forecasts more reviews and more remembered cards as retention rises (5,000 cards, 90 days)", () => {
    const input = learnerWith5000Cards();
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    const series = CHART_RETENTIONS.map((r) => simulateRetention(input, r, CHART_DAYS));
    const [ms, cpuMs] = [performance.now() - started, process.cpuUsage(cpu).user / 1000];
    // printed, never asserted: the machine's load decides wall time (CPU time is the steadier figure)
    console.log(`simulated ${CHART_RETENTIONS.length} retentions × ${CHART_DAYS} days for 5,000 cards: ${Math.round(ms)} ms wall, ${Math.round(cpuMs)} ms CPU (goal: under 2,000 ms)`);
    for (const s of series) {
      const total = s.reviewsPerDay.reduce((a, b) => a + b, 0);
      console.log(`  ${s.retention.toFixed(2)}: ${total} reviews, ${s.minutesPerDay.toFixed(1)} min/day, ${(s.remembered * 100).toFixed(1)}% remembered`);
    }
    const totals = series.map((s) => s.reviewsPerDay.reduce((a, b) => a + b, 0));
    expect(series.every((s) => s.reviewsPerDay.length === CHART_DAYS)).toBe(true);
    expect(totals.at(-1)!).toBeGreaterThan(totals[0] * 1.5);
    expect(series.at(-1)!.remembered).toBeGreaterThan(series[0].remembered + 0.1);
    // remembered climbs with retention at every step
    for (let i = 1; i < series.length; i++) expect(series[i].remembered).toBeGreaterThan(series[i - 1].remembered);
  });

  it("is deterministic for a seed and ignores nothing: overdue cards are reviewed on day one", () => {
    const input: SimulationInput = { ...learnerWith5000Cards(), cards: [[10, 5, 30, -20]], newCards: 0 };
    const a = simulateRetention(input, 0.9, 10);
    expect(simulateRetention(input, 0.9, 10)).toEqual(a);
    expect(a.reviewsPerDay[0]).toBeGreaterThanOrEqual(1);
  });
});
