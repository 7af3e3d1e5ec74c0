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

/** One observed value after the failing step, for the learner and for the reference. */
export type StateRow = { label: string; learner: string; reference: string; differs: boolean };

/** One rung of a perf measurement: size, time of one run on each side, and their ratio. */
export type GrowthRow = { n: number; learnerMs: number; referenceMs: number; ratio: number };

export type Failure = {
  kind: FailureKind;
  message: string;
  /** the minimal script, as TypeScript, with the failing line annotated */
  counterexample?: string;
  /** everything below as plain text, for the CLI (the page renders the structured fields) */
  details?: string;
  /** observable state side by side after the failing step */
  state?: StateRow[];
  /** perf failures: the measured ladder, and the likely cause in one sentence */
  growth?: GrowthRow[];
  likelyCause?: string;
};

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
  /**
   * sizes[0]: a size where a solution one order of growth slower is already clearly slower than
   * the reference; the ladder runs from sizes[0]/2 up (docs/decisions/0005). sizes[1] is kept
   * for reference (the old probe's large size).
   */
  sizes: [number, number];
  /** builds the timed closure for module `mod` at size n (setup is not timed) */
  prepare: (mod: ModuleExports, n: number) => () => unknown;
  /** one sentence: what a solution failing this case most likely does, e.g. "get() scans the list" */
  likelyCause?: string;
  /**
   * Move the prepared inputs out of V8's young generation before each timed block (Node only;
   * lib/exercises/perf-heap.ts). For inputs large enough that the first scavenge inside the
   * block would copy all of them, e.g. timing-wheel's wheels of n slots. Not a default: with
   * small, pointer-linked inputs (an LRU's nodes) promotion makes every link to a new node a
   * remembered-set write, and the reference's own speed became bimodal (150 or 550 ns per op).
   */
  promoteInputs?: boolean;
  /** @deprecated ignored since the verdict judges the growth of the learner/reference ratio */
  minGrowth?: number;
  /** @deprecated ignored: repetitions are calibrated by time */
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
  /**
   * What to show side by side after a failing step, per script variable: zero-argument methods
   * as "keys()", properties as "size". Default: the read-only observers the script itself uses.
   */
  observe?: string[];
  /** error label used when comparing thrown errors (default: RangeError → "RangeError", other → name) */
  errorLabel?: (e: unknown) => string;
};

export type CustomCtx = {
  learner: () => ModuleExports;
  reference: () => ModuleExports;
  seed: number;
};
