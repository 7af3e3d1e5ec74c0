// Checker spec for leaderboard (CATALOG §15): Redis ZREVRANGE order (score desc, then member desc).
import fc from "fast-check";
import { call, construct, fn, prop, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type Entry = { member: string; score: number };
type B = { setScore(m: string, s: number): void; incrBy(m: string, d: number): number; rank(m: string): unknown; top(n: number): unknown; around(m: string, k: number): unknown };
const member = fc.constantFrom("a", "b", "c", "d", "e", "bb");
const score = fc.integer({ min: -3, max: 3 });
const better = (x: Entry, y: Entry) => (x.score !== y.score ? y.score - x.score : x.member > y.member ? -1 : 1);
// shards: distinct members split in up to 3 lists, each sorted best first
const shards = fc
  .uniqueArray(fc.record({ member: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), score }), { selector: (e) => e.member, maxLength: 7 })
  .chain((es) => fc.tuple(fc.constant(es), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: es.length, maxLength: es.length })))
  .map(([es, where]) => [0, 1, 2].map((s) => es.filter((_, i) => where[i] === s).sort(better)));

/**
 * The caller owns what top() and around() return: editing the returned entries must not change
 * the leaderboard. Checked after every step on the whole board (top(1000)).
 */
function entriesAreCopies(vars: Record<string, unknown>): string | null {
  const b = vars.b as { top?: (n: number) => unknown } | undefined;
  if (!b || typeof b.top !== "function") return null;
  let got: unknown;
  try {
    got = b.top(1000);
  } catch {
    return null; // a throwing top() is reported by the lockstep comparison
  }
  if (!Array.isArray(got)) return null;
  const before = JSON.stringify(got);
  for (const e of got) if (e && typeof e === "object") Object.assign(e, { member: "edited", score: 1e9 });
  got.reverse();
  const again = JSON.stringify(b.top(1000));
  if (again === before) return null;
  return `top() returned entries the leaderboard still uses: after the caller edited them, top(1000) returned ${again} instead of ${before} (return copies)`;
}

export const spec: ExerciseSpec = {
  id: "leaderboard",
  exports: ["Leaderboard", "mergeTopK"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "ranks: higher score first, ties by the greater member name",
      script: `
        const b = new Leaderboard();
        b.setScore("alice", 10); b.setScore("bob", 20); b.setScore("carol", 10);
        b.rank("bob") // => 0
        b.rank("carol") // => 1
        b.rank("alice") // => 2
        b.top(2) // => [{ member: "bob", score: 20 }, { member: "carol", score: 10 }]
        b.top(0) // => []
        b.size // => 3`,
    },
    {
      name: "incrBy, around, remove",
      script: `
        const b = new Leaderboard();
        b.setScore("alice", 10); b.setScore("bob", 20); b.setScore("carol", 10);
        b.incrBy("alice", 15) // => 25
        b.incrBy("dave", -5) // => -5
        b.top(10) // => [{ member: "alice", score: 25 }, { member: "bob", score: 20 }, { member: "carol", score: 10 }, { member: "dave", score: -5 }]
        b.around("bob", 1) // => [{ member: "alice", score: 25 }, { member: "bob", score: 20 }, { member: "carol", score: 10 }]
        b.around("alice", 1) // => [{ member: "alice", score: 25 }, { member: "bob", score: 20 }]
        b.around("zed", 1) // => []
        b.score("zed") // => undefined
        b.rank("zed") // => undefined
        b.remove("bob") // => true
        b.remove("bob") // => false
        b.score("carol") // => 10
        b.size // => 3`,
    },
    {
      name: "mergeTopK",
      script: `
        mergeTopK([[{ member: "a", score: 9 }, { member: "b", score: 5 }], [{ member: "c", score: 7 }, { member: "d", score: 5 }], []], 3) // => [{ member: "a", score: 9 }, { member: "c", score: 7 }, { member: "d", score: 5 }]
        mergeTopK([[{ member: "a", score: 1 }]], 5) // => [{ member: "a", score: 1 }]
        mergeTopK([], 2) // => []`,
    },
  ],
  property: {
    scripts: script(construct("b", "Leaderboard"), [
      call("b", "setScore", member, score),
      call("b", "incrBy", member, fc.integer({ min: -2, max: 2 })),
      call("b", "remove", member),
      call("b", "score", member),
      call("b", "rank", member),
      call("b", "top", fc.integer({ min: 0, max: 7 })),
      call("b", "around", member, fc.integer({ min: 0, max: 3 })),
      prop("b", "size"),
      fn("mergeTopK", shards, fc.integer({ min: 0, max: 8 })),
    ], { weights: [5, 3, 2, 1, 2, 2, 2, 1, 1], maxLength: 40 }),
    numRuns: 300,
    invariant: entriesAreCopies,
  },
  perf: [
    {
      what: "setScore()/incrBy()/rank()/top()/around()",
      likelyCause: "rank() or around() walks the members in order instead of using counts kept in an ordered structure (skip list spans or a balanced tree)",
      sizes: [4000, 32000],
      minGrowth: 4,
      prepare: (mod: ModuleExports, n: number) => {
        const b = new (mod.Leaderboard as new () => B)();
        for (let i = 0; i < n; i++) b.setScore(`m${i}`, (i * 7919) % n);
        return () => {
          for (let i = 0; i < 1000; i++) {
            const m = `m${(i * 104729) % n}`;
            b.rank(m);
            b.incrBy(m, 3);
            b.setScore(`m${i}`, i % 17);
            b.around(m, 2);
          }
          b.top(10);
        };
      },
    },
  ],
};
