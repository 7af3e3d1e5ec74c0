import { z } from "zod";

/** One stored attempt (code and failures together) is at most this many bytes of UTF-8. */
export const MAX_ATTEMPT_BYTES = 64 * 1024;
/** The code alone: what is left once the failures' own budget is reserved. */
export const MAX_CODE_BYTES = 56 * 1024;
/** Failures beyond the attempt's budget are dropped (the first ones explain the most). */
export const MAX_FAILURE_TEXT = 2_000;

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

const codeField = z
  .string()
  .max(MAX_CODE_BYTES, `code must be at most ${MAX_CODE_BYTES / 1024} KB`)
  .refine((code) => utf8Bytes(code) <= MAX_CODE_BYTES, `code must be at most ${MAX_CODE_BYTES / 1024} KB`);

export const codeSchema = z.strictObject({ code: codeField });

const failureSchema = z.strictObject({
  kind: z.enum(["example", "property", "invariant", "perf", "timeout", "compile", "forbidden", "runtime"]),
  // Long checker output is cut rather than refused: the learner's run still counts. Stored
  // failures are then trimmed to the attempt's byte budget (failuresWithinBudget).
  message: z.string().max(20_000).transform((s) => s.slice(0, MAX_FAILURE_TEXT)),
  counterexample: z.string().max(20_000).transform((s) => s.slice(0, MAX_FAILURE_TEXT)).optional(),
  details: z.string().max(40_000).transform((s) => s.slice(0, 4 * MAX_FAILURE_TEXT)).optional(),
  state: z
    .array(z.strictObject({ label: z.string().max(200), learner: z.string().max(5_000), reference: z.string().max(5_000), differs: z.boolean() }))
    .max(50)
    .optional(),
  growth: z
    .array(z.strictObject({ n: z.number().finite(), learnerMs: z.number().finite(), referenceMs: z.number().finite(), ratio: z.number().finite() }))
    .max(20)
    .optional(),
  likelyCause: z.string().max(2_000).optional(),
});

export const attemptSchema = z.strictObject({
  mode: z.enum(["run", "submit"]),
  passed: z.boolean(),
  failures: z.array(failureSchema).max(50),
  code: codeField,
});

/** The failures as stored: as many of the first ones as fit in the attempt's byte budget next to the code. */
export function failuresWithinBudget(code: string, failures: z.infer<typeof failureSchema>[]): string {
  const budget = MAX_ATTEMPT_BYTES - utf8Bytes(code);
  const kept: typeof failures = [];
  for (const failure of failures) {
    if (utf8Bytes(JSON.stringify([...kept, failure])) > budget) break;
    kept.push(failure);
  }
  return JSON.stringify(kept);
}
