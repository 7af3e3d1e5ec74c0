import { describe, expect, test } from "vitest";
import { combineRungs, growthExponent, judgeCombined, judgeGrowth, rungRatio, type Rung } from "./judge-growth";

/** A ladder from n = 500 whose ratio at size n is ratioAt(n); the reference takes 1 ms per run. */
function ladder(ratioAt: (n: number) => number, rungs = 5, noise: number[] = [1, 1.3, 1.1]): Rung[] {
  return Array.from({ length: rungs }, (_, i) => {
    const n = 500 * 2 ** i;
    return { n, repsReference: 1, repsLearner: 1, reference: noise.map((x) => x), learner: noise.map((x) => ratioAt(n) * x * 1.05) };
  });
}

describe("judging the growth of the learner/reference ratio", () => {
  test("the rung ratio compares the least-disturbed sample of each side", () => {
    const r: Rung = { n: 1, repsReference: 1, repsLearner: 1, reference: [2, 9, 3], learner: [10, 4, 40] };
    expect(rungRatio(r)).toBe(2);
  });

  test("a constant ratio (same order of growth, even 20x slower) passes", () => {
    expect(judgeGrowth(ladder(() => 20))).toMatchObject({ verdict: "pass", spread: 16 });
    expect(growthExponent(ladder(() => 20)).exponent).toBeCloseTo(0, 5);
  });

  test("a ratio growing like n (an O(n) scan where O(1) is required) fails with e ≈ 1", () => {
    const j = judgeGrowth(ladder((n) => n / 100));
    expect(j.verdict).toBe("fail");
    expect(j.exponent).toBeCloseTo(1, 5);
  });

  test("a ratio growing like n / log n (O(n) where O(log n) is required) fails", () => {
    expect(judgeGrowth(ladder((n) => n / Math.log2(n))).verdict).toBe("fail");
  });

  test("only the top window (spread ≤ 16) is judged: a slow solution below its crossover is not diluted", () => {
    // flat at 2 up to n = 2000, then linear growth
    const rungs = ladder((n) => Math.max(2, n / 1000), 8);
    const g = growthExponent(rungs);
    expect(g.spread).toBe(16);
    expect(rungs[g.from].n).toBe(4000);
    expect(judgeGrowth(rungs).verdict).toBe("fail");
  });

  test("a short ladder needs a clearer exponent; a single rung cannot be judged", () => {
    expect(judgeGrowth(ladder((n) => n ** 0.6, 3)).verdict).toBe("unsure"); // k = 4, e = 0.6
    expect(judgeGrowth(ladder((n) => n ** 0.8, 3)).verdict).toBe("fail"); // k = 4, e = 0.8
    expect(judgeGrowth(ladder((n) => n, 1)).verdict).toBe("unsure");
  });

  test("between the thresholds the first look is unsure, and pooled evidence decides at 0.4", () => {
    expect(judgeGrowth(ladder((n) => n ** 0.35)).verdict).toBe("unsure");
    expect(judgeCombined(ladder((n) => n ** 0.3)).verdict).toBe("pass");
    expect(judgeCombined(ladder((n) => n ** 0.45)).verdict).toBe("fail");
  });

  test("after a clear first-look fail, only a clear pass on the pooled samples overturns it", () => {
    // pooled e = 0.3: between the pass line (0.25) and the usual cut (0.33)
    expect(judgeCombined(ladder((n) => n ** 0.3)).verdict).toBe("pass");
    expect(judgeCombined(ladder((n) => n ** 0.3), "fail").verdict).toBe("fail");
    // a disturbed first look of a correct solution: the pooled ratio is flat again
    expect(judgeCombined(ladder(() => 2), "fail").verdict).toBe("pass");
    expect(judgeCombined(ladder((n) => n ** 0.2), "fail").verdict).toBe("pass");
  });

  test("one disturbed rung does not decide the exponent on its own", () => {
    const slow = ladder((n) => n / 100);
    slow[1] = { ...slow[1], reference: slow[1].reference.map((x) => x * 10) }; // a GC hit every reference sample
    expect(judgeGrowth(slow).verdict).toBe("fail");
    const flat = ladder(() => 1);
    flat[3] = { ...flat[3], learner: flat[3].learner.map((x) => x * 3) };
    expect(judgeGrowth(flat).verdict).toBe("pass");
  });

  test("pooling two measurements merges the samples of equal sizes", () => {
    const a = ladder(() => 1, 2);
    const b = ladder(() => 1, 3);
    const pooled = combineRungs(a, b);
    expect(pooled.map((r) => r.n)).toEqual([500, 1000, 2000]);
    expect(pooled[0].learner).toHaveLength(6);
    expect(pooled[2].learner).toHaveLength(3);
  });
});
