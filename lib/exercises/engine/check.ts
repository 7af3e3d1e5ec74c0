/**
 * The checker's entry point: a pure async function a Web Worker (browser) or a worker thread
 * (Node) calls. It never handles timeouts itself — the host terminates the worker.
 */
import fc from "fast-check";
import { compileSolution } from "./compile";
import { findForbiddenUses } from "./forbidden";
import { runPerf } from "./perf";
import { renderDivergence, runExample, runLockstep } from "./script";
import { withDetails } from "./describe-failure";
import { compareState, observersFor } from "./observe-state";
import type { PerfClock, PerfSettle } from "./time-sample";
import type { CheckMode, CheckResult, ExerciseSpec, Failure, ModuleExports, Step } from "./types";

export type CheckOptions = {
  mode: CheckMode;
  seed?: number;
  skipPerf?: boolean;
  /** the perf probe's clock: the thread's CPU time in Node (see thread-cpu-clock.ts), else wall time */
  perfClock?: PerfClock;
  /** Node: promotes a perf case's prepared inputs before timing them, for cases that ask (perf-heap.ts) */
  perfSettle?: PerfSettle;
  /**
   * wall-time cap on the generated tests (default 6 s, so a page stays responsive). Node hosts
   * pass null: then every generated test runs whatever the machine's load, and a verdict cannot
   * depend on how busy the machine was (the runner's CPU-time limit still stops endless loops).
   */
  propertyTimeLimitMs?: number | null;
};

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

export async function checkSolution(
  spec: ExerciseSpec,
  source: string,
  reference: ModuleExports,
  options: CheckOptions,
): Promise<CheckResult> {
  const t0 = now();
  const seed = options.seed ?? (Math.random() * 2 ** 31) >>> 0;
  const result = (failures: Failure[], extra: Partial<CheckResult> = {}): CheckResult => ({
    exercise: spec.id,
    passed: failures.length === 0,
    failures: failures.map(withDetails),
    ...extra,
    ...(options.mode === "submit" ? { seed } : {}),
    durationMs: Math.round(now() - t0),
  });

  const compiled = compileSolution(source, { noMapSet: spec.noMapSet });
  if ("failure" in compiled) return result([compiled.failure]);

  if (spec.noMapSet) {
    const uses = findForbiddenUses(source);
    if (uses.length) {
      const where = uses.slice(0, 5).map((u) => `${u.name} at line ${u.line}, column ${u.column}`).join("; ");
      return result([
        {
          kind: "forbidden",
          message: `This exercise must be solved without Map, Set, WeakMap or WeakSet (build the structure yourself). Found: ${where}.`,
        },
      ]);
    }
  }

  // Evaluating the module once up front reports top-level errors and missing exports clearly.
  const learner = compiled.factory;
  try {
    const mod = learner();
    const missing = spec.exports.filter((n) => !(n in mod));
    if (missing.length) {
      return result([{ kind: "runtime", message: `The module must export ${missing.map((m) => `\`${m}\``).join(", ")}.` }]);
    }
  } catch (e) {
    return result([{ kind: "runtime", message: `Loading the module threw: ${(e as Error)?.message ?? String(e)}` }]);
  }

  const failures: Failure[] = [];
  const examplesPassed: string[] = [];
  for (const ex of spec.examples) {
    const f = await runExample(spec, learner(), ex, reference);
    if (!f) examplesPassed.push(ex.name);
    else if (failures.length < 3) {
      failures.push({ kind: f.runtime ? "runtime" : "example", message: f.message, counterexample: f.counterexample, ...(f.state.length ? { state: f.state } : {}) });
    }
  }
  if (options.mode === "run") return result(failures, { examplesPassed });

  if (spec.property) {
    const f = await runPropertyTests(spec, learner, reference, seed, options.propertyTimeLimitMs === undefined ? 6000 : options.propertyTimeLimitMs);
    if (f) failures.push(f);
  }
  if (spec.custom) {
    failures.push(...(await spec.custom({ learner, reference: () => reference, seed })));
  }
  if (spec.perf && failures.length === 0 && !options.skipPerf) {
    failures.push(...runPerf(spec.perf, learner(), reference, { clock: options.perfClock, settle: options.perfSettle, source }));
  }
  return result(failures, { examplesPassed });
}

async function runPropertyTests(
  spec: ExerciseSpec,
  learner: () => ModuleExports,
  reference: ModuleExports,
  seed: number,
  timeLimitMs: number | null,
): Promise<Failure | null> {
  const p = spec.property!;
  // Each script gets a fresh learner module (module-level state cannot leak between scripts).
  const prop = fc.asyncProperty(p.scripts, async (steps: Step[]) => {
    return (await runLockstep(spec, learner(), reference, steps)) === null;
  });
  const out = await fc.check(prop, {
    seed,
    numRuns: p.numRuns ?? 200,
    ...(timeLimitMs === null ? {} : { interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false }),
  });
  if (!out.failed || !out.counterexample) return null;
  const steps = out.counterexample[0] as Step[];
  const d = await runLockstep(spec, learner(), reference, steps);
  if (!d) {
    return { kind: "property", message: `A generated test failed but did not fail again when re-run (seed ${seed}); is the solution deterministic?` };
  }
  const script = await renderDivergence(spec, reference, steps, d);
  const what =
    d.kind === "invariant"
      ? `The structure is invalid after a generated sequence of operations: ${d.invariant}.`
      : d.kind === "runtime"
        ? `A generated test threw ${"threw" in d.learner ? d.learner.threw : "an error"}${"threw" in d.learner && d.learner.message ? ` ("${d.learner.message}")` : ""}.`
        : "A generated test found a difference from the expected behaviour.";
  // (a structure already found invalid is not asked further questions: they might never return)
  const state = d.kind === "invariant" ? [] : compareState(d.vars.learner, d.vars.reference, observersFor(spec, steps));
  return {
    kind: d.kind,
    message: `${what} Minimal script (seed ${seed}, shrunk from a random test):`,
    counterexample: script,
    ...(state.length ? { state } : {}),
  };
}
