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
  // Long checker output is cut rather than refused: the learner's run still counts.
  message: z.string().max(20_000).transform((s) => s.slice(0, MAX_FAILURE_TEXT)),
  counterexample: z.string().max(20_000).transform((s) => s.slice(0, MAX_FAILURE_TEXT)).optional(),
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
