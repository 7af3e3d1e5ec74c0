import { z } from "zod";

export const MAX_CODE_LENGTH = 100_000;

export const codeSchema = z.strictObject({
  code: z.string().max(MAX_CODE_LENGTH, `code must be at most ${MAX_CODE_LENGTH} characters`),
});

const failureSchema = z.strictObject({
  kind: z.enum(["example", "property", "invariant", "perf", "timeout", "compile", "forbidden", "runtime"]),
  message: z.string().max(20_000),
  counterexample: z.string().max(20_000).optional(),
  details: z.string().max(40_000).optional(),
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
  code: z.string().max(MAX_CODE_LENGTH),
});
