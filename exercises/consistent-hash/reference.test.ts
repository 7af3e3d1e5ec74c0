import { describe, expect, it } from "vitest";
import { ConsistentHashRing } from "./reference";

/** A hash table given explicitly: unknown strings hash to 0. */
const table = (m: Record<string, number>) => (s: string) => m[s] ?? 0;

describe("consistent-hash reference", () => {
  it("validates replicas", () => {
    for (const r of [0, -1, 1.5, NaN]) expect(() => new ConsistentHashRing(r, () => 0)).toThrow(RangeError);
  });

  it("clockwise lookup with wraparound", () => {
    const h = table({ "A#0": 100, "A#1": 300, "B#0": 200, "B#1": 400, k50: 50, k100: 100, k101: 101, k250: 250, k401: 401, kmax: 4294967295 });
    const r = new ConsistentHashRing(2, h);
    expect(r.getNode("k50")).toBeUndefined();
    r.addNode("B");
    r.addNode("A");
    r.addNode("A"); // no-op
    expect(r.nodes()).toEqual(["A", "B"]);
    expect(r.getNode("k50")).toBe("A");
    expect(r.getNode("k100")).toBe("A"); // point >= hash: equal counts
    expect(r.getNode("k101")).toBe("B");
    expect(r.getNode("k250")).toBe("A");
    expect(r.getNode("k401")).toBe("A"); // wraps to 100
    expect(r.getNode("kmax")).toBe("A");
    r.removeNode("A");
    r.removeNode("Z"); // no-op
    expect(r.getNode("k50")).toBe("B");
    expect(r.getNode("k401")).toBe("B");
    expect(r.nodes()).toEqual(["B"]);
    r.removeNode("B");
    expect(r.getNode("k50")).toBeUndefined();
    expect(r.nodes()).toEqual([]);
  });

  it("equal points: the smaller node name wins, whatever the add order", () => {
    const h = table({ "n2#0": 500, "n10#0": 500, "z#0": 500, key: 400, late: 600 });
    const r = new ConsistentHashRing(1, h);
    r.addNode("z");
    r.addNode("n2");
    r.addNode("n10");
    expect(r.getNode("key")).toBe("n10"); // "n10" < "n2" < "z"
    expect(r.getNode("late")).toBe("n10"); // wraps to point 500
    r.removeNode("n10");
    expect(r.getNode("key")).toBe("n2");
  });
});
