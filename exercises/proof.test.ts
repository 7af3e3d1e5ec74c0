/**
 * Proof that the checker judges every exercise correctly: for each exercise the reference passes
 * (submit mode), the starter fails, and every bugs/*.ts fixture fails with the kind declared on
 * its first line (`// expect: <kind>`). Checks run in worker threads exactly like the CLI, several
 * at a time, with fixed seeds so CI is deterministic. Fixtures expected to fail the perf probe run
 * one at a time at the end: timing on a machine busy with other checks would be too noisy.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkInWorker } from "../lib/exercises/node-runner";
import { SPECS } from "../lib/exercises/specs";

const root = dirname(fileURLToPath(import.meta.url));
const SEED = 20251125;
const summary = (r: { failures: { kind: string; message: string }[] }) =>
  r.failures.map((f) => `${f.kind}: ${f.message}`).join("\n") || "(no failures)";

type Fixture = { id: string; file: string; source: string; kind: string | undefined };
const perfFixtures: Fixture[] = [];

async function expectFixtureFails({ id, source, kind }: Fixture) {
  expect(kind, "first line must be // expect: <kind>").toBeTruthy();
  const r = await checkInWorker(id, source, { seed: SEED, timeoutMs: kind === "timeout" ? 6_000 : 30_000 });
  expect(r.passed, "the fixture should fail").toBe(false);
  expect(r.failures.map((f) => f.kind), summary(r)).toContain(kind);
}

for (const id of Object.keys(SPECS)) {
  const dir = join(root, id);
  describe.concurrent(id, () => {
    test("the reference passes", { timeout: 60_000 }, async () => {
      const r = await checkInWorker(id, readFileSync(join(dir, "reference.ts"), "utf8"), { seed: SEED, timeoutMs: 30_000 });
      expect(r.passed, summary(r)).toBe(true);
    });
    test.skipIf(!existsSync(join(dir, "starter.ts")))("the starter fails", { timeout: 60_000 }, async () => {
      const r = await checkInWorker(id, readFileSync(join(dir, "starter.ts"), "utf8"), { seed: SEED, timeoutMs: 30_000 });
      expect(r.passed).toBe(false);
    });
    const bugs = existsSync(join(dir, "bugs")) ? readdirSync(join(dir, "bugs")).filter((f) => f.endsWith(".ts")) : [];
    for (const file of bugs) {
      const source = readFileSync(join(dir, "bugs", file), "utf8");
      const kind = /^\s*\/\/\s*expect:\s*(\w+)/.exec(source)?.[1];
      const fixture = { id, file, source, kind };
      if (kind === "perf") perfFixtures.push(fixture);
      else test(`bug ${file} fails with "${kind}"`, { timeout: 60_000 }, () => expectFixtureFails(fixture));
    }
  });
}

describe("perf fixtures, one at a time", () => {
  for (const f of perfFixtures) {
    test(`${f.id}: bug ${f.file} fails with "perf"`, { timeout: 60_000 }, () => expectFixtureFails(f));
  }
});
