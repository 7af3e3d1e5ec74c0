/**
 * Proof that the checker judges every exercise correctly: for each folder exercises/<id>/ the
 * reference and every alt/*.ts (alternative correct solutions) pass in submit mode, the starter
 * fails, and every bugs/*.ts fixture fails with the kind declared on its first line
 * (`// expect: <kind>`). Checks run in worker threads exactly like the CLI, as many at a time as
 * there are cores, with fixed seeds. Perf verdicts judge the learner/reference ratio's growth on
 * the thread's CPU time (docs/decisions/0005), so time-slicing with other processes does not
 * count; more check threads than cores did, though: each switch between them refills the
 * caches, a cost that grows with the measured structure's size, and a correct timing wheel
 * was judged an order slower with five checks on two cores.
 * `npm run proof:stress` runs this file repeatedly next to CPU hogs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listExerciseFolders } from "../lib/exercises/exercise-folders";
import { checkInWorker } from "../lib/exercises/node-runner";

const SEED = 20251125;
// Each check is limited to 30 s of its worker's CPU time (node-runner); the wall-time limit of a
// test only catches a hung runner, and is generous because the machine may be shared.
const WALL_LIMIT = 900_000;
const summary = (r: { failures: { kind: string; message: string }[] }) =>
  r.failures.map((f) => `${f.kind}: ${f.message}`).join("\n") || "(no failures)";
const tsFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ts")).sort() : []);

const CHECK_SLOTS = Math.max(1, availableParallelism());
let checksRunning = 0;
const waitingChecks: (() => void)[] = [];

/** Runs at most one check per core at a time (see the top of this file). */
async function check(...args: Parameters<typeof checkInWorker>): ReturnType<typeof checkInWorker> {
  while (checksRunning >= CHECK_SLOTS) await new Promise<void>((resume) => waitingChecks.push(resume));
  checksRunning++;
  try {
    return await checkInWorker(...args);
  } finally {
    checksRunning--;
    waitingChecks.shift()?.();
  }
}

async function expectPasses(id: string, file: string) {
  const r = await check(id, readFileSync(file, "utf8"), { seed: SEED, timeoutMs: 30_000 });
  expect(r.passed, summary(r)).toBe(true);
}

async function expectFixtureFails(id: string, source: string, kind: string | undefined) {
  expect(kind, "first line must be // expect: <kind>").toBeTruthy();
  const r = await check(id, source, { seed: SEED, timeoutMs: kind === "timeout" ? 6_000 : 45_000 });
  expect(r.passed, "the fixture should fail").toBe(false);
  expect(r.failures.map((f) => f.kind), summary(r)).toContain(kind);
}

for (const { id, dir } of listExerciseFolders(import.meta.dirname)) {
  describe.concurrent(id, () => {
    test("the reference passes", { timeout: WALL_LIMIT }, () => expectPasses(id, join(dir, "reference.ts")));
    for (const file of tsFiles(join(dir, "alt"))) {
      test(`alternative ${file} passes`, { timeout: WALL_LIMIT }, () => expectPasses(id, join(dir, "alt", file)));
    }
    test("the starter fails", { timeout: WALL_LIMIT }, async () => {
      const r = await check(id, readFileSync(join(dir, "starter.ts"), "utf8"), { seed: SEED, timeoutMs: 30_000 });
      expect(r.passed).toBe(false);
    });
    for (const file of tsFiles(join(dir, "bugs"))) {
      const source = readFileSync(join(dir, "bugs", file), "utf8");
      const kind = /^\s*\/\/\s*expect:\s*(\w+)/.exec(source)?.[1];
      test(`bug ${file} fails with "${kind}"`, { timeout: WALL_LIMIT }, () => expectFixtureFails(id, source, kind));
    }
  });
}
