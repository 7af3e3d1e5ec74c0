// Checker spec for b-tree (CATALOG §8). The shape is free, so height()/toJSON() are not compared
// with the reference; instead the learner's tree is validated after every step.
import fc from "fast-check";
import { call, construct, prop, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";
import { validateBTree } from "./validate";

type Tree = {
  insert(k: number): void; has(k: number): boolean; delete(k: number): boolean;
  range(lo: number, hi: number): number[]; size: number; height(): number;
  toJSON(): { keys: number[]; children: never[] };
};
const make = (mod: ModuleExports, t: number) => new (mod.BTree as new (t: number) => Tree)(t);
const key = fc.integer({ min: 0, max: 40 });

/**
 * toJSON() must return a snapshot: we empty the returned root's keys and children and check that
 * the tree still reports the same keys (catches returning the live root node).
 */
function snapshotIsACopy(b: Tree): string | null {
  const before = b.range(-Infinity, Infinity);
  const snap = b.toJSON();
  if (!snap || !Array.isArray(snap.keys) || !Array.isArray(snap.children)) return null;
  snap.keys.length = 0;
  snap.children.length = 0;
  const after = b.range(-Infinity, Infinity);
  const again = b.toJSON();
  if (after.length !== before.length || after.some((k, i) => k !== before[i]) || (again.keys.length === 0 && before.length > 0)) {
    return "the tree changed after the caller modified the object toJSON() returned: return a copy of the nodes, not the live root";
  }
  return null;
}

export const spec: ExerciseSpec = {
  id: "b-tree",
  exports: ["BTree"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "empty tree",
      script: `
        const b = new BTree(2);
        b.toJSON() // => { keys: [], children: [] }
        b.height() // => 0
        b.size // => 0
        b.range(0, 100) // => []`,
    },
    {
      name: "insert, has, range, delete",
      script: `
        const b = new BTree(2);
        b.insert(5);
        b.height() // => 1
        b.toJSON() // => { keys: [5], children: [] }
        b.insert(1);
        b.insert(9);
        b.insert(5);
        b.size // => 3
        b.has(9) // => true
        b.has(4) // => false
        b.range(1, 5) // => [1, 5]
        b.range(2, 9) // => [5, 9]
        b.range(6, 2) // => []
        b.delete(1) // => true
        b.delete(1) // => false
        b.size // => 2
        b.range(0, 10) // => [5, 9]`,
    },
    {
      name: "many keys stay sorted",
      script: `
        const b = new BTree(2);
        b.insert(10); b.insert(20); b.insert(30); b.insert(40); b.insert(50); b.insert(60); b.insert(70);
        b.range(15, 65) // => [20, 30, 40, 50, 60]
        b.delete(40) // => true
        b.delete(10) // => true
        b.range(0, 100) // => [20, 30, 50, 60, 70]
        b.size // => 5`,
    },
    {
      name: "invalid degree",
      script: `
        new BTree(1) // throws RangeError
        new BTree(2.5) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(construct("b", "BTree", fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 2, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 0, 2.5) })), [
      call("b", "insert", key),
      call("b", "delete", key),
      call("b", "has", key),
      call("b", "range", key, key),
      prop("b", "size"),
    ], { weights: [6, 3, 1, 1, 1], maxLength: 90 }),
    numRuns: 150,
    invariant: (vars) => {
      const b = vars.b as Tree | undefined;
      if (!b) return null;
      const t = (vars["b:args"] as number[])[0];
      if (!(Number.isInteger(t) && t >= 2)) return null;
      return validateBTree(b.toJSON(), t, b.height(), b.size) ?? snapshotIsACopy(b);
    },
  },
  perf: [
    {
      what: "insert()/has()/delete() with ascending and descending keys",
      likelyCause: "a lookup or an update visits far more than one node per level (e.g. searching the whole tree) instead of descending by the separator keys",
      sizes: [2000, 16000],
      prepare: (mod, n) => () => {
        const b = make(mod, 3);
        for (let i = 0; i < n; i++) b.insert(i);
        for (let i = 2 * n; i > n; i--) b.insert(i);
        for (let i = 0; i < 2 * n; i++) b.has(i);
        for (let i = 0; i < n; i++) b.delete(i);
        for (let i = 2 * n; i > n; i--) b.delete(i);
      },
    },
  ],
};

