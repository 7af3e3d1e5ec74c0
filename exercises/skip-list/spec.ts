// Checker spec for skip-list (CATALOG §7). Levels are drawn from the injected random, so layers()
// is fully determined: examples use a fixed list of rolls, generated tests a seeded PRNG.
import fc from "fast-check";
import { call, construct, prop, script, seededRandom, seededRandomSource } from "../../lib/exercises/engine/spec-helpers";
import { ref, type ExerciseSpec, type ModuleExports } from "../../lib/exercises/engine/types";

type S = { insert(k: number, v: unknown): void; search(k: number): unknown; delete(k: number): boolean };
const ROLLS = [0.3, 0.7, 0.1, 0.2, 0.9, 0.6];
const PRNG_SEED = 20240601;
const key = fc.integer({ min: 0, max: 15 });

export const spec: ExerciseSpec = {
  id: "skip-list",
  exports: ["SkipList"],
  makeEnv: () => {
    let i = 0;
    return { refs: { rolls: () => ROLLS[i++ % ROLLS.length], random: seededRandom(PRNG_SEED) } };
  },
  prelude: [
    `const ROLLS = [${ROLLS.join(", ")}]; let i = 0; const rolls = () => ROLLS[i++ % ROLLS.length];`,
    seededRandomSource(PRNG_SEED),
  ],
  examples: [
    {
      name: "levels come from random() (rolls: 0.3, 0.7, 0.1, 0.2, 0.9, 0.6, …)",
      script: `
        const s = new SkipList(rolls);
        s.layers() // => [[]]
        s.insert(5, "a");
        s.insert(1, "b");
        s.insert(9, "c");
        s.layers() // => [[1, 5, 9], [1, 5], [1]]
        s.insert(5, "x");
        s.search(5) // => "x"
        s.search(4) // => undefined
        s.size // => 3
        s.range(2, 9) // => [[5, "x"], [9, "c"]]
        s.range(9, 2) // => []
        s.delete(1) // => true
        s.delete(1) // => false
        s.layers() // => [[5, 9], [5]]
        s.size // => 2`,
    },
    {
      name: "maxLevel caps the level",
      script: `
        const s = new SkipList(rolls, 2, 0.5);
        s.insert(1, "a");
        s.insert(2, "b");
        s.layers() // => [[1, 2], [1]]`,
    },
    {
      name: "p changes the draw",
      script: `
        const s = new SkipList(rolls, 16, 0.25);
        s.insert(1, "a");
        s.layers() // => [[1]]
        s.insert(2, "b");
        s.layers() // => [[1, 2]]
        s.insert(3, "c");
        s.layers() // => [[1, 2, 3], [3], [3]]`,
    },
  ],
  property: {
    scripts: script(
      construct("s", "SkipList", fc.constant(ref("random")), fc.integer({ min: 1, max: 5 }), fc.constantFrom(0.5, 0.25, 0.75)),
      [
        call("s", "insert", key, fc.constantFrom("a", "b")),
        call("s", "search", key),
        call("s", "delete", key),
        call("s", "range", key, key),
        prop("s", "size"),
        call("s", "layers"),
      ],
      { weights: [5, 1, 3, 1, 1, 3], maxLength: 50 },
    ),
    numRuns: 250,
  },
  perf: [
    {
      what: "insert()/search()/delete() with ascending and descending keys",
      likelyCause: "a search restarts from the head on each layer instead of continuing from the node reached on the layer above",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        const s = new (mod.SkipList as new (r: () => number) => S)(seededRandom(7));
        for (let i = 0; i < n; i++) s.insert(i, i);
        for (let i = 3 * n; i > 2 * n; i--) s.insert(i, i);
        for (let i = 0; i < n; i++) s.search(i);
        for (let i = 0; i < n; i++) s.delete(i);
        for (let i = 3 * n; i > 2 * n; i--) s.delete(i);
      },
    },
  ],
};
