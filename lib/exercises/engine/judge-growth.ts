/**
 * The perf verdict, a pure function of measured rungs (see docs/decisions/0005). It looks only
 * at how the learner/reference time ratio grows with the size, never at milliseconds: e is the
 * slope of log(ratio) against log(n) (see growthExponent). A correct solution keeps e near 0; one order
 * of growth slower (an O(n) scan where O(1) or O(log n) is required) drives e towards 1.
 */

export type Rung = {
  n: number;
  /** closure runs per reference sample and per learner sample */
  repsReference: number;
  repsLearner: number;
  /** time of one closure run, per interleaved sample (ms) */
  learner: number[];
  reference: number[];
};

export type GrowthVerdict = "pass" | "fail" | "unsure";

/** e above this with k ≥ 8 fails at once (correct solutions measured ≤ 0.2; slow fixtures ≥ 0.5) */
export const FAIL_EXPONENT = 0.42;
/** e below this passes at once */
export const PASS_EXPONENT = 0.25;
/** after a second measurement, the pooled evidence is cut here (the Map-iterator LRU trap sits near 0.43, correct solutions near 0) */
export const FINAL_EXPONENT = 0.33;
/** the smallest size spread that may be judged; a shorter ladder needs a clearer exponent */
export const MIN_SPREAD = 4;
const SHORT_LADDER_FAIL_EXPONENT = 0.6;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Load from other processes only ever adds time to a sample, so the least-disturbed sample of
 * each side is the best estimate of its own cost: the rung's ratio is min(learner) / min(reference).
 * (Both sides are sampled interleaved over the same stretch of time.)
 */
export const bestMs = (xs: number[]) => Math.max(Math.min(...xs), 1e-4);
export const rungRatio = (r: Rung) => bestMs(r.learner) / bestMs(r.reference);

/** The widest size spread judged at once: below the top of a long ladder, a slow solution may
 *  not yet have passed its crossover with the reference, which would dilute its exponent. */
export const WINDOW_SPREAD = 16;

/**
 * Growth exponent of the ratio over the top window of the ladder (spread ≤ 16), and that spread.
 * With two rungs it is log(q_top / q_base) / log(k); with more, the median of the slopes between
 * every pair of rungs in the window (Theil–Sen), so that one disturbed rung — a garbage
 * collection landing in every sample of one side — cannot decide the verdict alone.
 */
export function growthExponent(rungs: Rung[]): { exponent: number; spread: number; from: number } {
  const top = rungs[rungs.length - 1];
  const from = Math.max(0, rungs.findIndex((r) => top.n / r.n <= WINDOW_SPREAD));
  const spread = top.n / rungs[from].n;
  if (spread <= 1) return { exponent: 0, spread: 1, from };
  const slopes: number[] = [];
  for (let i = from; i < rungs.length; i++) {
    for (let j = i + 1; j < rungs.length; j++) {
      slopes.push(Math.log(rungRatio(rungs[j]) / rungRatio(rungs[i])) / Math.log(rungs[j].n / rungs[i].n));
    }
  }
  return { exponent: median(slopes), spread, from };
}

/**
 * First look: "fail" when e is clearly high over a spread of at least 8 (or very high over 4, when
 * the learner was too slow to climb further), "pass" when clearly low, else "unsure".
 */
export function judgeGrowth(rungs: Rung[]): { verdict: GrowthVerdict; exponent: number; spread: number } {
  const { exponent, spread } = growthExponent(rungs);
  if (spread < MIN_SPREAD) return { verdict: "unsure", exponent, spread };
  if (exponent < PASS_EXPONENT) return { verdict: "pass", exponent, spread };
  const failAt = spread >= 8 ? FAIL_EXPONENT : SHORT_LADDER_FAIL_EXPONENT;
  if (exponent > failAt) return { verdict: "fail", exponent, spread };
  return { verdict: "unsure", exponent, spread };
}

/** Pools the samples of two measurements of the same sizes (rungs matched by n). */
export function combineRungs(a: Rung[], b: Rung[]): Rung[] {
  const byN = new Map<number, Rung>();
  for (const r of [...a, ...b]) {
    const prev = byN.get(r.n);
    byN.set(r.n, prev ? { ...prev, learner: [...prev.learner, ...r.learner], reference: [...prev.reference, ...r.reference] } : r);
  }
  return [...byN.values()].sort((x, y) => x.n - y.n);
}

/**
 * The final word on pooled evidence: one cut, no "unsure" left. After a first look that was a
 * clear fail, the pooled evidence overturns it only when it is a clear pass (e < PASS_EXPONENT):
 * a disturbance that inflated one look's rungs is gone from the pooled minimum, and a correct
 * solution then measures near 0, while a slow solution with a small exponent (lru-k's array
 * history, pooled 0.41–0.57) must not slip under the 0.33 cut on a second, disturbed look.
 */
export function judgeCombined(rungs: Rung[], firstLook: GrowthVerdict = "unsure"): { verdict: "pass" | "fail"; exponent: number; spread: number } {
  const { exponent, spread } = growthExponent(rungs);
  if (spread < MIN_SPREAD) return { verdict: firstLook === "fail" ? "fail" : "pass", exponent, spread }; // too little evidence to fail anyone who was not failed already
  const cut = firstLook === "fail" ? PASS_EXPONENT : FINAL_EXPONENT;
  return { verdict: exponent >= cut ? "fail" : "pass", exponent, spread };
}
