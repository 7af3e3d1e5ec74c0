// Checker spec for feed-timeline (CATALOG §18): push and pull modes behave the same.
import fc from "fast-check";
import { call, construct, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports, Step } from "../../lib/exercises/engine/types";

type F = { post(a: string, id: string, ts: number): void; follow(a: string, b: string): void; timeline(u: string, l: number, b?: number): unknown };
const user = fc.constantFrom("ann", "bob", "cy", "dee");
const POST_TS = -1; // placeholder: post steps get strictly increasing timestamps below

const timeline = fc
  .tuple(user, fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }))
  .map(([u, l, b]): Step => ({ t: "call", v: "f", m: "timeline", args: b === undefined ? [u, l] : [u, l, b] }));

const scripts = script(construct("f", "FeedService", fc.constantFrom("push", "pull")), [
  call("f", "post", user, fc.constant(""), fc.constant(POST_TS)),
  call("f", "follow", user, user),
  call("f", "unfollow", user, user),
  timeline,
], { weights: [4, 3, 1, 3], maxLength: 40 }).map((steps) => {
  let ts = 0;
  return steps.map((s) => (s.t === "call" && s.m === "post" ? { ...s, args: [s.args[0], `p${(ts += 10)}`, ts] } : s));
});

/**
 * The caller owns what timeline() returns: rewriting the returned items and the array must not
 * change any later timeline. Checked for every user after every step.
 */
function timelinesAreCopies(vars: Record<string, unknown>): string | null {
  const f = vars.f as { timeline?: (u: string, l: number) => unknown } | undefined;
  if (!f || typeof f.timeline !== "function") return null;
  for (const u of ["ann", "bob", "cy", "dee"]) {
    let got: unknown;
    try {
      got = f.timeline(u, 1000);
    } catch {
      return null; // a throwing timeline() is reported by the lockstep comparison
    }
    if (!Array.isArray(got)) return null;
    const before = JSON.stringify(got);
    for (const it of got) if (it && typeof it === "object") Object.assign(it, { postId: "edited", author: "edited", ts: -1 });
    got.reverse();
    const again = JSON.stringify(f.timeline(u, 1000));
    if (again !== before) return `timeline(${JSON.stringify(u)}) returned items the service still uses: after the caller edited them, timeline(${JSON.stringify(u)}) returned ${again} instead of ${before} (return copies)`;
  }
  return null;
}

export const spec: ExerciseSpec = {
  id: "feed-timeline",
  exports: ["FeedService"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "own posts and followees' posts, newest first",
      script: `
        const f = new FeedService("pull");
        f.post("bob", "b1", 10);
        f.post("ann", "a1", 20);
        f.post("cy", "c1", 30);
        f.follow("ann", "bob");
        f.timeline("ann", 10) // => [{ postId: "a1", author: "ann", ts: 20 }, { postId: "b1", author: "bob", ts: 10 }]
        f.post("bob", "b2", 40);
        f.timeline("ann", 2) // => [{ postId: "b2", author: "bob", ts: 40 }, { postId: "a1", author: "ann", ts: 20 }]
        f.timeline("ann", 10, 20) // => [{ postId: "b1", author: "bob", ts: 10 }]
        f.timeline("ann", 0) // => []
        f.unfollow("ann", "bob");
        f.timeline("ann", 10) // => [{ postId: "a1", author: "ann", ts: 20 }]`,
    },
    {
      name: "push mode: following later shows earlier posts too; self-follow is a no-op",
      script: `
        const f = new FeedService("push");
        f.post("bob", "b1", 10);
        f.follow("ann", "bob");
        f.follow("ann", "ann");
        f.follow("ann", "bob");
        f.timeline("ann", 10) // => [{ postId: "b1", author: "bob", ts: 10 }]
        f.post("ann", "a1", 20);
        f.unfollow("ann", "bob");
        f.timeline("ann", 10) // => [{ postId: "a1", author: "ann", ts: 20 }]
        f.timeline("zed", 10) // => []`,
    },
  ],
  property: { scripts, numRuns: 300, invariant: timelinesAreCopies },
  perf: [
    {
      what: "timeline() in pull mode",
      likelyCause: "timeline() gathers and sorts every followee's posts on each call instead of merging only the newest few per followee",
      sizes: [3000, 24000],
      minGrowth: 4,
      prepare: (mod: ModuleExports, n: number) => {
        const f = new (mod.FeedService as new (m: string) => F)("pull");
        for (let a = 0; a < 50; a++) f.follow("reader", `author${a}`);
        for (let i = 0; i < n; i++) f.post(`author${(i * 7) % 50}`, `p${i}`, i + 1);
        return () => {
          for (let q = 0; q < 300; q++) {
            f.timeline("reader", 10);
            f.timeline("reader", 10, n - q * 3);
          }
        };
      },
    },
  ],
};
