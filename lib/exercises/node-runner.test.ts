import { describe, expect, test } from "vitest";
import { checkInWorker } from "./node-runner";

describe("checkInWorker", () => {
  test("terminates an infinite loop and reports a timeout", { timeout: 20_000 }, async () => {
    const src = `export class LRUCache { constructor(c: number) { while (true) {} } }`;
    const t0 = Date.now();
    const r = await checkInWorker("lru-cache", src, { mode: "run", timeoutMs: 1500 });
    expect(r.failures).toEqual([{ kind: "timeout", message: expect.stringContaining("timed out — an infinite loop?") }]);
    expect(Date.now() - t0).toBeLessThan(8000);
  });

  test("returns the engine's result", { timeout: 20_000 }, async () => {
    const r = await checkInWorker("lru-cache", "export const x = 1;", { mode: "run" });
    expect(r.passed).toBe(false);
    expect(r.exercise).toBe("lru-cache");
  });
});
