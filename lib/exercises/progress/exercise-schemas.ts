import { z } from "zod";

export const MAX_CODE_LENGTH = 100_000;

export const codeSchema = z.strictObject({
  code: z.string().max(MAX_CODE_LENGTH, `code must be at most ${MAX_CODE_LENGTH} characters`),
});

const failureSchema = z.strictObject({
  kind: z.enum(["example", "property", "invariant", "perf", "timeout", "compile", "forbidden", "runtime"]),
  message: z.string().max(20_000),
  counterexample: z.string().max(20_000).optional(),
});

export const attemptSchema = z.strictObject({
  mode: z.enum(["run", "submit"]),
  passed: z.boolean(),
  failures: z.array(failureSchema).max(50),
  code: z.string().max(MAX_CODE_LENGTH),
});
