import { describe, expect, test } from "vitest";
import { checkInWorker } from "./node-runner";

describe("checkInWorker", () => {
  // The limit is the worker thread's CPU time, so on a loaded machine this takes longer in wall
  // time but still ends with the same verdict.
  test("terminates an infinite loop and reports a timeout", { timeout: 120_000 }, async () => {
    const src = `export class LRUCache { constructor(c: number) { while (true) {} } }`;
    const r = await checkInWorker("lru-cache", src, { mode: "run", timeoutMs: 1500 });
    expect(r.failures).toEqual([{ kind: "timeout", message: expect.stringContaining("timed out — an infinite loop?") }]);
  });

  test("returns the engine's result", { timeout: 120_000 }, async () => {
    const r = await checkInWorker("lru-cache", "export const x = 1;", { mode: "run" });
    expect(r.passed).toBe(false);
    expect(r.exercise).toBe("lru-cache");
  });
});
