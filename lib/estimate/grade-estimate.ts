import type { EstimateProblem, EstimateVerdictWording } from "./estimate-wording";

/** Within these factors of the right answer: Good, then Hard; beyond, Again. */
export const GOOD_FACTOR = 1.5;
export const HARD_FACTOR = 3;
/** "Exact" (the Easy chip): right to two significant figures. */
export const EXACT_FACTOR = 1.05;

export type EstimateGrade = {
  /** how far off, as a factor ≥ 1 (2 = twice or half the answer) */
  factor: number;
  suggestedRating: 1 | 2 | 3;
  exact: boolean;
  /** English, for API clients; the UI words `wording` in its language */
  verdict: string;
  wording: EstimateVerdictWording;
};

/** Grades on the log error, so 2× too high and 2× too low are equally wrong. */
export function gradeEstimate(value: number, answer: number): EstimateGrade {
  const factor = Math.exp(Math.abs(Math.log(value / answer)));
  const exact = factor <= EXACT_FACTOR;
  const suggestedRating = factor <= GOOD_FACTOR ? 3 : factor <= HARD_FACTOR ? 2 : 1;
  // Past 1000× the exact factor stops meaning anything (1e-30 typed for 0.4 GB).
  const size = factor >= 1000 ? null : Number(factor.toPrecision(2));
  const high = value > answer;
  const off = `${size ?? "more than 1000"}× ${high ? "too high" : "too low"}`;
  const verdict = exact ? "Exact" : suggestedRating === 3 ? `Good: within 1.5× (${off})` : suggestedRating === 2 ? `Close: within 3× (${off})` : `Off by ${off}`;
  const wording: EstimateVerdictWording = exact ? { code: "exact" } : { code: suggestedRating === 3 ? "good" : suggestedRating === 2 ? "close" : "off", size, high };
  return { factor, suggestedRating, exact, verdict, wording };
}

/** What a wrong-dimension answer gets: Again, with the reason. */
export function wrongUnitGrade(reason: string, problem: EstimateProblem): EstimateGrade {
  return { factor: Infinity, suggestedRating: 1, exact: false, verdict: `Wrong unit: ${reason}`, wording: { code: "wrongUnit", problem } };
}
