/**
 * Shared types of the exercise checker engine. The engine is isomorphic: it runs in Node
 * (CLI, tests) and inside a browser Web Worker, so nothing here may import `node:` modules.
 */
import type { Arbitrary } from "fast-check";

export type FailureKind =
  | "example"
  | "property"
  | "invariant"
  | "perf"
  | "timeout"
  | "compile"
  | "forbidden"
  | "runtime";

export type Failure = { kind: FailureKind; message: string; counterexample?: string };

export type CheckMode = "run" | "submit";

export type CheckResult = {
  exercise: string;
  passed: boolean;
  failures: Failure[];
  /** names of the visible examples that passed */
  examplesPassed?: string[];
  /** seed of the generated tests (reproduce with the same seed) */
  seed?: number;
  durationMs?: number;
};

/** The exports object of a module (learner's or reference). */
export type ModuleExports = Record<string, unknown>;

/** A symbolic argument: rendered as `name`, resolved from the run's environment. */
export class Ref {
  constructor(readonly name: string) {}
}
export const ref = (name: string) => new Ref(name);

/** One statement of a test script. */
export type Step =
  | { t: "new"; v: string; cls: string; args: unknown[] }
  | { t: "call"; v: string; m: string; args: unknown[]; await?: boolean; ignore?: boolean; repeat?: number }
  | { t: "prop"; v: string; p: string }
  | { t: "fn"; f: string; args: unknown[]; await?: boolean }
  | { t: "clock"; to: number };

/** What a step produced: a value, or a thrown error described by a label such as "RangeError". */
export type Outcome = { value: unknown } | { threw: string; message: string };

/**
 * Per-run environment: fake clock, seeded random, helper functions handed to constructors.
 * `refs` resolves Ref arguments; `prelude` lines are printed above a rendered script.
 */
export type Env = {
  refs: Record<string, unknown>;
  setClock?: (t: number) => void;
  /** called before each step (e.g. to reset per-call spin counters) */
  beforeStep?: () => void;
};

export type Example = { name: string; script: string };

export type PerfCase = {
  /** what is measured, in words, e.g. "get()" */
  what: string;
  /** sizes to compare; the second is usually 8x the first */
  sizes: [number, number];
  /** builds the timed closure for module `mod` at size n (setup is not timed) */
  prepare: (mod: ModuleExports, n: number) => () => unknown;
  /**
   * growth factor (time at the large size / time at the small size) below which the learner
   * never fails; default 0.35·k² for size ratio k (the closure does work proportional to n).
   * Closures doing a fixed number of queries on a structure of size n use a small value, e.g. 4.
   */
  minGrowth?: number;
  /** how many times the timed closure is repeated (best time wins); default 3 */
  reps?: number;
};

export type ScriptSpec = {
  /** arbitrary of whole scripts (first step usually a "new") */
  scripts: Arbitrary<Step[]>;
  /** number of generated scripts (default 200) */
  numRuns?: number;
  /** validate the learner's state after every step; return an error message or null */
  invariant?: (vars: Record<string, unknown>, env: Env) => string | null;
};

export type ExerciseSpec = {
  id: string;
  /** names the learner module must export */
  exports: string[];
  /** the learner runs without Map, Set, WeakMap, WeakSet */
  noMapSet?: boolean;
  /** a fresh environment per run; `prelude` describes it in rendered scripts */
  makeEnv: () => Env;
  prelude?: string[];
  /** visible examples, written as TypeScript-like scripts with literal expectations */
  examples: Example[];
  /** generated lockstep scripts */
  property?: ScriptSpec;
  /** bespoke generated tests (distributed exercises); return failures */
  custom?: (ctx: CustomCtx) => Promise<Failure[]>;
  perf?: PerfCase[];
  /** error label used when comparing thrown errors (default: RangeError → "RangeError", other → name) */
  errorLabel?: (e: unknown) => string;
};

export type CustomCtx = {
  learner: () => ModuleExports;
  reference: () => ModuleExports;
  seed: number;
};
