/**
 * The message protocol between a checker host (browser page / Node runner) and the worker that
 * runs `checkSolution`. The host posts one CheckRequest, the worker answers with one
 * CheckResponse; on timeout the host terminates the worker and reports `timeoutResult`.
 */
import type { CheckMode, CheckResult } from "./types";

export type CheckRequest = {
  type: "check";
  exerciseId: string;
  source: string;
  mode: CheckMode;
  seed?: number;
};

export type CheckResponse =
  | { type: "result"; result: CheckResult }
  | { type: "error"; exerciseId: string; message: string };

export const DEFAULT_TIMEOUT_MS = 10_000;

export function timeoutResult(exerciseId: string, limitMs: number): CheckResult {
  return {
    exercise: exerciseId,
    passed: false,
    failures: [{ kind: "timeout", message: `timed out — an infinite loop? (no result after ${Math.round(limitMs / 1000)} s)` }],
  };
}

/** Turns a worker's reply (or a crash) into a CheckResult. */
export function responseToResult(exerciseId: string, r: CheckResponse): CheckResult {
  if (r.type === "result") return r.result;
  return { exercise: exerciseId, passed: false, failures: [{ kind: "runtime", message: `The checker crashed: ${r.message}` }] };
}
