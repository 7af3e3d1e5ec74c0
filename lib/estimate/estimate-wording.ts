/**
 * What a graded or unreadable estimate says, as a code with its parameters, so the UI words it
 * in its own language (lib/i18n/word-estimate.ts, the `estimate` catalog namespace). The English
 * `verdict` and `reason` strings stay beside these for API clients.
 */
export type EstimateProblem =
  | { code: "empty" }
  | { code: "notANumber"; input: string }
  | { code: "notPositive" }
  | { code: "countNotQuantity"; noun: string | null; unit: string }
  | { code: "notAUnitForCount"; noun: string | null; unit: string }
  | { code: "notAUnit"; unit: string }
  | { code: "unitMismatch"; unit: string; expected: string };

export type EstimateVerdictWording =
  | { code: "exact" }
  /** `size`: how many times off (two significant figures), null past 1000× */
  | { code: "good" | "close" | "off"; size: number | null; high: boolean }
  | { code: "wrongUnit"; problem: EstimateProblem };
