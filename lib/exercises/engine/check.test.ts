import { describe, expect, test } from "vitest";
import { spec as lruSpec } from "../../../exercises/lru-cache/spec";
import * as lruRef from "../../../exercises/lru-cache/reference";
import { spec as hashSpec } from "../../../exercises/hash-map/spec";
import * as hashRef from "../../../exercises/hash-map/reference";
import { threadCpuClock } from "../thread-cpu-clock";
import { checkSolution } from "./check";

// perf samples on the thread's CPU time, as in the CLI and the proof (other test files run beside)
const perfClock = threadCpuClock() ?? undefined;

// A correct LRU in a style different from the reference: node objects in a doubly linked list
// with null ends (no sentinel), indexed by a Map. (A Map-only LRU that evicts with
// keys().next() is O(n) per eviction in V8 after many deletions, and the perf probe says so.)
const GOOD = `
type N<K, V> = { k: K; v: V; p: N<K, V> | null; n: N<K, V> | null };
export class LRUCache<K, V> {
  private m = new Map<K, N<K, V>>();
  private head: N<K, V> | null = null; // most recent
  private tail: N<K, V> | null = null;
  constructor(private cap: number) { if (!Number.isInteger(cap) || cap < 1) throw new RangeError("capacity"); }
  private unlink(x: N<K, V>) { if (x.p) x.p.n = x.n; else this.head = x.n; if (x.n) x.n.p = x.p; else this.tail = x.p; x.p = x.n = null; }
  private front(x: N<K, V>) { x.n = this.head; x.p = null; if (this.head) this.head.p = x; this.head = x; if (!this.tail) this.tail = x; }
  get(k: K) { const x = this.m.get(k); if (!x) return undefined; this.unlink(x); this.front(x); return x.v; }
  put(k: K, v: V) {
    const x = this.m.get(k);
    if (x) { x.v = v; this.unlink(x); this.front(x); return; }
    const y: N<K, V> = { k, v, p: null, n: null }; this.m.set(k, y); this.front(y);
    if (this.m.size > this.cap) { const t = this.tail!; this.unlink(t); this.m.delete(t.k); }
  }
  delete(k: K) { const x = this.m.get(k); if (!x) return false; this.unlink(x); this.m.delete(k); return true; }
  get size() { return this.m.size; }
  keys() { const out: K[] = []; for (let x = this.head; x; x = x.n) out.push(x.k); return out; }
}`;
// Wrong only when capacity >= 3 and a key is deleted: examples pass, generated tests must find it.
const SUBTLE = GOOD.replace("delete(k: K) {", "delete(k: K) { if (this.cap >= 3 && this.m.size >= 3) { const r = this.m.has(k); this.m.clear(); this.head = this.tail = null; return r; }");
const THROWS = GOOD.replace("get size() { return this.m.size; }", "get size() { if (this.m.size > 2) throw new TypeError(\"boom\"); return this.m.size; }");

describe("checkSolution", () => {
  test("a correct solution in another style passes submit mode", async () => {
    const r = await checkSolution(lruSpec, GOOD, lruRef, { mode: "submit", seed: 1, perfClock });
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.seed).toBe(1);
  });

  test("run mode runs the examples only", async () => {
    const r = await checkSolution(lruSpec, SUBTLE, lruRef, { mode: "run", seed: 1 });
    expect(r.passed).toBe(true);
    expect(r.examplesPassed?.length).toBe(lruSpec.examples.length);
  });

  test("generated tests find a subtle bug and shrink it to a short TypeScript script", async () => {
    const r = await checkSolution(lruSpec, SUBTLE, lruRef, { mode: "submit", seed: 7 });
    const f = r.failures.find((x) => x.kind === "property");
    expect(f).toBeDefined();
    const lines = f!.counterexample!.split("\n");
    expect(lines[0]).toMatch(/^const c = new LRUCache\(3\);$/);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.at(-1)).toMatch(/\/\/ expected .*, got /);
  });

  test("a divergence shows both sides' state after the failing step, differing rows marked", async () => {
    const r = await checkSolution(lruSpec, SUBTLE, lruRef, { mode: "submit", seed: 7, skipPerf: true });
    const f = r.failures.find((x) => x.kind === "property")!;
    const keys = f.state!.find((row) => row.label === "c.keys()")!;
    const size = f.state!.find((row) => row.label === "c.size")!;
    expect(keys.differs || size.differs).toBe(true);
    expect(f.state!.filter((row) => row.differs).every((row) => row.learner !== row.reference)).toBe(true);
    expect(f.details).toContain(f.counterexample!);
    expect(f.details).toMatch(/State after the failing step:\n.*you.*reference/);
    expect(f.details).toMatch(/^≠ c\.(keys\(\)|size) /m);
  });

  test("a failing example also shows the state side by side", async () => {
    const bad = GOOD.replace("return out; }", "return out.reverse(); }");
    const r = await checkSolution(lruSpec, bad, lruRef, { mode: "run" });
    expect(r.failures[0].state).toContainEqual({ label: "c.keys()", learner: "[1, 3]", reference: "[3, 1]", differs: true });
    expect(r.failures[0].state).toContainEqual({ label: "c.size", learner: "2", reference: "2", differs: false });
  });

  test("a learner TypeError is reported as a runtime failure with its script", async () => {
    const r = await checkSolution(lruSpec, THROWS, lruRef, { mode: "submit", seed: 3 });
    const f = r.failures.find((x) => x.kind === "runtime");
    expect(f?.message).toMatch(/TypeError/);
    expect(f?.counterexample).toMatch(/threw TypeError/);
  });

  test("a failing example shows its script and the expected vs actual line", async () => {
    const bad = GOOD.replace("return out; }", "return out.reverse(); }");
    const r = await checkSolution(lruSpec, bad, lruRef, { mode: "run" });
    expect(r.passed).toBe(false);
    expect(r.failures[0].kind).toBe("example");
    expect(r.failures[0].counterexample).toContain('c.keys() // expected [3, 1], got [1, 3]');
  });

  test("syntax errors are compile failures", async () => {
    const r = await checkSolution(lruSpec, "export class LRUCache {\n  get() { return (; }\n}", lruRef, { mode: "run" });
    expect(r.failures).toEqual([{ kind: "compile", message: expect.stringMatching(/line 2/), details: expect.stringMatching(/line 2/) }]);
  });

  test("Map in a no-Map/Set exercise is forbidden", async () => {
    const src = "export function stringHash(s: string) { return 0 }\nexport class HashMap<V> { private m = new Map<string, V>(); }";
    const r = await checkSolution(hashSpec, src, hashRef, { mode: "submit" });
    expect(r.failures.map((f) => f.kind)).toEqual(["forbidden"]);
    expect(r.failures[0].message).toMatch(/Map at line 2/);
  });

  test("missing exports are reported", async () => {
    const r = await checkSolution(lruSpec, "export const x = 1;", lruRef, { mode: "run" });
    expect(r.failures[0].message).toMatch(/must export `LRUCache`/);
  });
});
