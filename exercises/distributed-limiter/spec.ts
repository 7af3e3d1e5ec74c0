// Checker spec for distributed-limiter (CATALOG §11). Several limiter instances share one fake
// Redis; their store calls complete in an adversarial order chosen by fast-check (so it shrinks).
// Required: exactly min(attempts, limit) successes per client per window, and every key a call
// creates has a TTL when that call returns.
import fc from "fast-check";
import { drive, FakeRedis, type Decision } from "../../lib/exercises/engine/fake-redis";
import { clockEnv, CLOCK_PRELUDE } from "../../lib/exercises/engine/spec-helpers";
import type { CustomCtx, ExerciseSpec, Failure, ModuleExports } from "../../lib/exercises/engine/types";
import { render } from "../../lib/exercises/engine/values";

type Limiter = { tryAcquire(c: string): Promise<boolean> };
type Scenario = {
  limit: number;
  windowMs: number;
  instances: number;
  rounds: { advance: number; calls: { inst: number; client: string }[] }[];
  decisions: Decision[];
};

const scenarioArb = fc
  .record({ limit: fc.integer({ min: 1, max: 3 }), windowMs: fc.constantFrom(10, 100, 1000), instances: fc.integer({ min: 2, max: 3 }) })
  .chain((base) =>
    fc.record({
      limit: fc.constant(base.limit),
      windowMs: fc.constant(base.windowMs),
      instances: fc.constant(base.instances),
      rounds: fc.array(
        fc.record({
          advance: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Math.floor(base.windowMs * 1.5) })),
          calls: fc.array(fc.record({ inst: fc.integer({ min: 0, max: base.instances - 1 }), client: fc.constantFrom("x", "y") }), { minLength: 1, maxLength: 6 }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      decisions: fc.array(fc.record({ pick: fc.nat(7) }), { maxLength: 60 }),
    }),
  );

type Outcome = { ok: true } | { ok: false; message: string; script: string };

async function runScenario(mod: ModuleExports, sc: Scenario): Promise<Outcome> {
  let t = 0;
  const now = () => t;
  const store = new FakeRedis(now);
  const Ctor = mod.DistributedLimiter as new (s: unknown, l: number, w: number, n: () => number) => Limiter;
  const out: string[] = [CLOCK_PRELUDE, "const store = fakeRedis(clock); // in-memory Redis; its calls complete in the order listed below"];
  const limiters: Limiter[] = [];
  for (let i = 0; i < sc.instances; i++) {
    out.push(`const l${i} = new DistributedLimiter(store.client("l${i}"), ${sc.limit}, ${sc.windowMs}, clock.now);`);
    try {
      limiters.push(new Ctor(store.client(`l${i}`), sc.limit, sc.windowMs, now));
    } catch (e) {
      return { ok: false, message: `the constructor threw ${(e as Error)?.message}`, script: out.join("\n") };
    }
  }
  const counts: Record<string, { attempts: number; ok: number }> = {};
  let decisions = sc.decisions;
  for (const round of sc.rounds) {
    t += round.advance;
    out.push(`clock.set(${t});`);
    const byInst: { client: string; result?: string }[][] = limiters.map(() => []);
    const traceStart = store.trace.length;
    let problem: string | null = null;
    const tasks = limiters.map(async (l, i) => {
      for (const c of round.calls.filter((x) => x.inst === i)) {
        const rec: { client: string; result?: string } = { client: c.client };
        byInst[i].push(rec);
        const writesBefore = store.writes.length;
        let ok: boolean;
        try {
          ok = await l.tryAcquire(c.client);
        } catch (e) {
          rec.result = `throws ${(e as Error)?.message ?? String(e)}`;
          problem ??= `l${i}.tryAcquire(${render(c.client)}) threw: ${(e as Error)?.message ?? String(e)}`;
          continue;
        }
        rec.result = render(ok);
        if (typeof ok !== "boolean") problem ??= `l${i}.tryAcquire() resolved to ${render(ok)}, not a boolean`;
        const key = `${c.client}@${Math.floor(t / sc.windowMs)}`;
        counts[key] ??= { attempts: 0, ok: 0 };
        counts[key].attempts++;
        if (ok === true) counts[key].ok++;
        // every key this call created must have a TTL now
        for (const w of store.writes.slice(writesBefore)) {
          if (w.client !== `l${i}` || w.before !== null) continue;
          const e = store.live(w.key);
          if (e && e.expiresAt === null) problem ??= `key ${render(w.key)}, created by l${i}.tryAcquire(${render(c.client)}), has no TTL when that call returns`;
        }
      }
    });
    const status = await drive(store, tasks, decisions);
    decisions = decisions.slice(store.trace.length - traceStart);
    out.push("// run concurrently:");
    byInst.forEach((calls, i) => {
      if (calls.length) out.push(`//   l${i}: ${calls.map((c) => `await tryAcquire(${render(c.client)}) → ${c.result ?? "(never finished)"}`).join("; ")}`);
    });
    out.push("// store calls, in the order they completed:");
    for (const line of store.trace.slice(traceStart)) out.push(`//   ${line}`);
    if (status !== "ok") {
      return { ok: false, message: status === "stuck" ? "a tryAcquire() call never finished (it waits for something other than the store?)" : "a tryAcquire() call made thousands of store calls", script: out.join("\n") };
    }
    if (problem) return { ok: false, message: problem, script: out.join("\n") };
  }
  for (const [key, c] of Object.entries(counts)) {
    const [client, w] = key.split("@");
    const want = Math.min(c.attempts, sc.limit);
    if (c.ok !== want) {
      const from = Number(w) * sc.windowMs;
      return {
        ok: false,
        message: `client ${render(client)} in window [${from}, ${from + sc.windowMs}): ${c.ok} of ${c.attempts} attempts succeeded, expected exactly ${want} (limit ${sc.limit})`,
        script: out.join("\n"),
      };
    }
  }
  return { ok: true };
}

async function custom(ctx: CustomCtx): Promise<Failure[]> {
  const prop = fc.asyncProperty(scenarioArb, async (sc) => (await runScenario(ctx.learner(), sc)).ok);
  const res = await fc.check(prop, { seed: ctx.seed, numRuns: 150, interruptAfterTimeLimit: 6000, markInterruptAsFailure: false });
  if (!res.failed || !res.counterexample) return [];
  const o = await runScenario(ctx.learner(), res.counterexample[0]);
  if (o.ok) return [{ kind: "property", message: `A generated interleaving failed but passed when re-run (seed ${ctx.seed}).` }];
  return [{ kind: "property", message: `Under a concurrent interleaving (seed ${ctx.seed}, shrunk): ${o.message}.`, counterexample: o.script }];
}


export const spec: ExerciseSpec = {
  id: "distributed-limiter",
  exports: ["DistributedLimiter"],
  makeEnv: () => {
    const env = clockEnv(0);
    const clock = env.refs.clock as { now: () => number };
    // examples run one call at a time: an auto-completing store
    const store = new FakeRedis(clock.now);
    const auto = (name: string) => {
      const c = store.client(name);
      const wrap =
        <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
        (...a: A) => {
          const p = f(...a);
          store.complete(0);
          return p;
        };
      return { get: wrap(c.get), set: wrap(c.set), incr: wrap(c.incr), pexpire: wrap(c.pexpire), pttl: wrap(c.pttl), del: wrap(c.del), atomic: wrap(c.atomic) };
    };
    return { ...env, refs: { ...env.refs, storeA: auto("a"), storeB: auto("b"), redis: store } };
  },
  prelude: [CLOCK_PRELUDE, "const storeA = ..., storeB = ...; // two connections to one in-memory Redis"],
  examples: [
    {
      name: "limit per client per window, shared by two instances",
      script: `
        const a = new DistributedLimiter(storeA, 2, 1000, clock.now);
        const b = new DistributedLimiter(storeB, 2, 1000, clock.now);
        await a.tryAcquire("x") // => true
        await b.tryAcquire("x") // => true
        await a.tryAcquire("x") // => false
        await b.tryAcquire("y") // => true
        clock.set(999);
        await b.tryAcquire("x") // => false
        clock.set(1000);
        await b.tryAcquire("x") // => true
        await a.tryAcquire("x") // => true
        await a.tryAcquire("x") // => false`,
    },
  ],
  custom,
};
