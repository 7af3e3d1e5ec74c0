/**
 * Answers one CheckRequest: looks up the spec and reference, runs checkSolution. Shared by the
 * browser Web Worker entry and the Node worker thread (isomorphic: no `node:` imports).
 */
import { checkSolution } from "./engine/check";
import type { PerfClock, PerfSettle } from "./engine/time-sample";
import type { CheckRequest, CheckResponse } from "./engine/protocol";
import { SPECS } from "./specs";

/**
 * `host`: what the Node worker adds — a thread CPU-time clock for perf samples, an emptied young
 * generation before each sample, and no wall-time cap on generated tests (verdicts independent
 * of load). The browser passes nothing.
 */
export async function runCheckRequest(
  req: CheckRequest,
  host: { perfClock?: PerfClock; perfSettle?: PerfSettle; propertyTimeLimitMs?: number | null } = {},
): Promise<CheckResponse> {
  const entry = SPECS[req.exerciseId];
  if (!entry) return { type: "error", exerciseId: req.exerciseId, message: `unknown exercise "${req.exerciseId}"` };
  try {
    const [spec, reference] = await Promise.all([entry.spec(), entry.reference()]);
    const result = await checkSolution(spec, req.source, reference, { mode: req.mode, seed: req.seed, ...host });
    return { type: "result", result };
  } catch (e) {
    return { type: "error", exerciseId: req.exerciseId, message: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
}
