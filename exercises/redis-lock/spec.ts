// Checker spec for redis-lock (CATALOG §14). Clients with different tokens share one fake Redis;
// store calls complete in an adversarial order and the clock may move between any two of them.
// A monitor on the store's writes checks mutual exclusion; results are checked against what the
// store saw during each call.
import fc from "fast-check";
import { drive, FakeRedis, type Decision } from "../../lib/exercises/engine/fake-redis";
import { clockEnv, CLOCK_PRELUDE } from "../../lib/exercises/engine/spec-helpers";
import type { CustomCtx, ExerciseSpec, Failure, ModuleExports } from "../../lib/exercises/engine/types";
import { render } from "../../lib/exercises/engine/values";

type Lock = { acquire(): Promise<boolean>; release(): Promise<boolean>; extend(ms: number): Promise<boolean> };
type Op = { client: number; op: "acquire" | "release" | "extend"; ms: number };
type Scenario = { ttl: number; clients: number; batches: { advance: number; ops: Op[] }[]; decisions: Decision[] };
const KEY = "lock";
const NAMES = ["a", "b", "c"];

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  ttl: fc.integer({ min: 5, max: 40 }),
  clients: fc.integer({ min: 2, max: 3 }),
  batches: fc.array(
    fc.record({
      advance: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
      ops: fc.uniqueArray(
        fc.record({ client: fc.integer({ min: 0, max: 2 }), op: fc.constantFrom<Op["op"]>("acquire", "acquire", "release", "extend"), ms: fc.integer({ min: 5, max: 40 }) }),
        { selector: (o) => o.client, minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 7 },
  ),
  // ticks move the clock between two store calls; the long ones (a GC pause, a swapped-out
  // process) outlast any TTL, so every check-then-act pair of calls sees its lock expire and
  // change hands in some schedule
  decisions: fc.array(
    fc.record({
      pick: fc.nat(5),
      tick: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 40, max: 60 }) }),
    }),
    { maxLength: 40 },
  ),
});

/**
 * A focused schedule: client a takes the lock, then runs one operation while b tries to acquire,
 * and a long pause can fall between any two of a's store calls. Random scenarios reach "a's lock
 * expires and b takes it between a's check and a's write" only rarely; this reaches it often.
 */
const holderRaceArb: fc.Arbitrary<Scenario> = fc.record({
  ttl: fc.integer({ min: 5, max: 40 }),
  clients: fc.constant(2),
  batches: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom<Op["op"]>("release", "extend", "acquire"), fc.integer({ min: 5, max: 40 })).map(([advance, op, ms]) => [
    { advance: 0, ops: [{ client: 0, op: "acquire" as const, ms }] },
    { advance, ops: [{ client: 0, op, ms }, { client: 1, op: "acquire" as const, ms }] },
  ]),
  // batch 1 needs one decision; in batch 2 a's first call completes first, then each later
  // completion may come after a pause that outlasts the TTL, with a or b going first
  decisions: fc
    .array(fc.record({ pick: fc.nat(1), tick: fc.oneof(fc.constant(0), fc.integer({ min: 40, max: 60 })) }), { minLength: 1, maxLength: 4 })
    .map((rest) => [{ pick: 0 }, { pick: 0 }, ...rest]),
});

type Outcome = { ok: true } | { ok: false; message: string; script: string };

async function runScenario(mod: ModuleExports, sc: Scenario): Promise<Outcome> {
  let t = 0;
  const now = () => t;
  const store = new FakeRedis(now);
  const Ctor = mod.RedisLock as new (s: unknown, k: string, ttl: number, token: string) => Lock;
  const token = (i: number) => `token-${NAMES[i]}`;
  const out: string[] = [CLOCK_PRELUDE, "const store = fakeRedis(clock); // in-memory Redis; its calls complete in the order listed below"];
  const locks: Lock[] = [];
  for (let i = 0; i < sc.clients; i++) {
    out.push(`const ${NAMES[i]} = new RedisLock(store.client("${NAMES[i]}"), "${KEY}", ${sc.ttl}, "${token(i)}");`);
    locks.push(new Ctor(store.client(NAMES[i]), KEY, sc.ttl, token(i)));
  }
  let decisions = sc.decisions;
  let problem: string | null = null;
  const fail = (msg: string) => void (problem ??= msg);
  let checkedWrites = 0;
  // mutual exclusion: nobody writes the lock while another token holds it unexpired
  const monitor = () => {
    for (; checkedWrites < store.writes.length; checkedWrites++) {
      const w = store.writes[checkedWrites];
      if (w.key !== KEY || !w.before) continue;
      const holder = w.before.value;
      const mine = `token-${w.client}`;
      if (holder !== mine) {
        const what = w.command === "del" ? "deleted" : w.command === "pexpire" ? "changed the expiry of" : "overwrote";
        fail(`${w.client} ${what} the lock held by "${holder}" (unexpired until ${w.before.expiresAt ?? "forever"}, now ${w.at})`);
      }
    }
  };
  for (const batch of sc.batches.map((b) => ({ ...b, ops: b.ops.filter((o) => o.client < sc.clients) })).filter((b) => b.ops.length)) {
    t += batch.advance;
    out.push(`clock.set(${t});`);
    const traceStart = store.trace.length;
    const alone = batch.ops.length === 1;
    const results: string[] = [];
    const tasks = batch.ops.map(async (o, idx) => {
      const name = NAMES[o.client];
      const me = token(o.client);
      const call = o.op === "extend" ? `${name}.extend(${o.ms})` : `${name}.${o.op}()`;
      const startEntry = store.live(KEY);
      const startT = t;
      const writesBefore = store.writes.length;
      let r: unknown;
      try {
        r = await (o.op === "extend" ? locks[o.client].extend(o.ms) : locks[o.client][o.op]());
      } catch (e) {
        results[idx] = `${call} → throws ${(e as Error)?.message ?? String(e)}`;
        fail(`${call} threw: ${(e as Error)?.message ?? String(e)}`);
        return;
      }
      results[idx] = `await ${call} → ${render(r)}`;
      monitor();
      if (typeof r !== "boolean") return fail(`${call} resolved to ${render(r)}, not a boolean`);
      const mine = store.writes.slice(writesBefore).filter((w) => w.key === KEY && w.client === name);
      const clockMoved = t !== startT;
      const heldByMe = !!startEntry && startEntry.value === me;
      const free = !startEntry;
      if (o.op === "acquire") {
        const took = mine.find((w) => w.after?.value === me && (!w.before || w.before.value !== me));
        if (r && !took && !(heldByMe && mine.some((w) => w.after?.value === me))) fail(`${call} returned true but never took the lock`);
        if (r && heldByMe && startEntry!.expiresAt !== null && t < startEntry!.expiresAt) fail(`${call} returned true while ${name} already held the lock (not re-entrant: expected false)`);
        if (r && took && took.after && took.after.expiresAt !== took.at + sc.ttl) fail(`${call} took the lock for ${took.after.expiresAt === null ? "ever (no TTL)" : `${took.after.expiresAt - took.at} ms`}, expected ttlMs = ${sc.ttl}`);
        if (!r && alone && free) fail(`${call} returned false although nobody held the lock`);
      } else if (o.op === "release") {
        const deleted = mine.some((w) => w.command === "del" || (w.command === "pexpire" && !w.after));
        if (r && !deleted) fail(`${call} returned true but did not delete the lock`);
        if (alone && heldByMe && !clockMoved && (!r || store.live(KEY))) fail(`${call} should have deleted ${name}'s own lock and returned true`);
        if (mine.some((w) => !w.before && w.after)) fail(`${call} created the lock key`);
      } else {
        if (mine.some((w) => !w.before && w.after)) fail(`${call} created the lock key (extend must not acquire)`);
        if (r && !mine.some((w) => w.after?.value === me && w.after.expiresAt === w.at + o.ms)) fail(`${call} returned true but did not set the expiry to ${o.ms} ms`);
        if (alone && heldByMe && !clockMoved && !r) fail(`${call} returned false although ${name} held the lock`);
        if (alone && free && r) fail(`${call} returned true although nobody held the lock`);
      }
    });
    const status = await drive(store, tasks, decisions, (ms) => {
      t += ms;
      store.trace.push(`clock.set(${t})`);
    });
    monitor();
    decisions = decisions.slice(store.trace.length - traceStart);
    out.push(alone ? `${results[0] ?? "(never finished)"};` : "// run concurrently:");
    if (!alone) for (const r of batch.ops.map((_, i) => results[i] ?? `${NAMES[batch.ops[i].client]}.${batch.ops[i].op}() (never finished)`)) out.push(`//   ${r}`);
    out.push("// store calls, in the order they completed (clock moves included):");
    for (const line of store.trace.slice(traceStart)) out.push(`//   ${line}`);
    if (status !== "ok") return { ok: false, message: status === "stuck" ? "a call never finished (it waits for something other than the store?)" : "a call made thousands of store calls", script: out.join("\n") };
    if (problem) return { ok: false, message: problem, script: out.join("\n") };
  }
  return { ok: true };
}

async function custom(ctx: CustomCtx): Promise<Failure[]> {
  const check = (arb: fc.Arbitrary<Scenario>, numRuns: number) =>
    fc.check(
      fc.asyncProperty(arb, async (sc) => (await runScenario(ctx.learner(), sc)).ok),
      { seed: ctx.seed, numRuns, interruptAfterTimeLimit: 6000, markInterruptAsFailure: false },
    );
  let res = await check(scenarioArb, 250);
  if (!res.failed) res = await check(holderRaceArb, 150);
  if (!res.failed || !res.counterexample) return [];
  const o = await runScenario(ctx.learner(), res.counterexample[0]);
  if (o.ok) return [{ kind: "property", message: `A generated interleaving failed but passed when re-run (seed ${ctx.seed}).` }];
  return [{ kind: "property", message: `Under a concurrent interleaving (seed ${ctx.seed}, shrunk): ${o.message}.`, counterexample: o.script }];
}

export const spec: ExerciseSpec = {
  id: "redis-lock",
  exports: ["RedisLock"],
  makeEnv: () => {
    const env = clockEnv(0);
    const clock = env.refs.clock as { now: () => number };
    const store = new FakeRedis(clock.now);
    // examples run one call at a time: every command completes as soon as it is sent
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
    return { ...env, refs: { ...env.refs, storeA: auto("a"), storeB: auto("b") } };
  },
  prelude: [CLOCK_PRELUDE, "const storeA = ..., storeB = ...; // two connections to one in-memory Redis"],
  examples: [
    {
      name: "acquire, not re-entrant, release",
      script: `
        const a = new RedisLock(storeA, "lock", 100, "token-a");
        const b = new RedisLock(storeB, "lock", 100, "token-b");
        await a.acquire() // => true
        await a.acquire() // => false
        await b.acquire() // => false
        await b.release() // => false
        await b.extend(500) // => false
        await a.release() // => true
        await a.release() // => false
        await b.acquire() // => true`,
    },
    {
      name: "expiry and extend",
      script: `
        const a = new RedisLock(storeA, "lock", 100, "token-a");
        const b = new RedisLock(storeB, "lock", 100, "token-b");
        await a.acquire() // => true
        clock.set(50);
        await a.extend(100) // => true
        clock.set(120);
        await b.acquire() // => false
        clock.set(150);
        await b.acquire() // => true
        await a.extend(100) // => false
        await a.release() // => false
        await b.release() // => true`,
    },
  ],
  custom,
};
