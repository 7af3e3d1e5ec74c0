import { describe, expect, it } from "vitest";
import { DistributedLimiter, type Store, type SyncStore } from "./reference";

/** A small Redis-like in-memory store with a controllable clock and random interleaving. */
function makeStore(now: () => number, rand: () => number) {
  const data = new Map<string, { value: string; expiresAt: number | null }>();
  const live = (k: string) => {
    const e = data.get(k);
    if (e && e.expiresAt !== null && now() >= e.expiresAt) {
      data.delete(k);
      return undefined;
    }
    return e;
  };
  const sync: SyncStore = {
    get: (k) => live(k)?.value ?? null,
    set: (k, v, o) => {
      if (o?.nx && live(k)) return false;
      data.set(k, { value: v, expiresAt: o?.px !== undefined ? now() + o.px : null });
      return true;
    },
    incr: (k) => {
      const e = live(k);
      const n = (e ? Number(e.value) : 0) + 1;
      data.set(k, { value: String(n), expiresAt: e ? e.expiresAt : null });
      return n;
    },
    pexpire: (k, ms) => {
      const e = live(k);
      if (!e) return false;
      e.expiresAt = now() + ms;
      return true;
    },
    pttl: (k) => {
      const e = live(k);
      if (!e) return -2;
      return e.expiresAt === null ? -1 : e.expiresAt - now();
    },
  };
  const delay = () => new Promise<void>((r) => setTimeout(r, Math.floor(rand() * 3)));
  const wrap = async <T>(f: () => T): Promise<T> => {
    await delay();
    const v = f();
    await delay();
    return v;
  };
  const store: Store = {
    get: (k) => wrap(() => sync.get(k)),
    set: (k, v, o) => wrap(() => sync.set(k, v, o)),
    incr: (k) => wrap(() => sync.incr(k)),
    pexpire: (k, ms) => wrap(() => sync.pexpire(k, ms)),
    pttl: (k) => wrap(() => sync.pttl(k)),
    atomic: (script) => wrap(() => script(sync)),
  };
  return { store, sync, data };
}

describe("distributed-limiter reference", () => {
  it("admits exactly min(attempts, limit) per window across concurrent instances", async () => {
    let t = 1_000_050;
    let x = 7;
    const rand = () => (x = (x * 48271) % 2147483647) / 2147483647;
    const { store, sync } = makeStore(() => t, rand);
    const instances = [0, 1, 2].map(() => new DistributedLimiter(store, 5, 1000, () => t));
    for (const attempts of [12, 3, 5]) {
      const results = await Promise.all(
        Array.from({ length: attempts }, (_, i) => instances[i % 3].tryAcquire("alice")),
      );
      expect(results.filter(Boolean).length).toBe(Math.min(attempts, 5));
      // every key has a TTL once the calls return
      const key = `rl:alice:${Math.floor(t / 1000)}`;
      expect(sync.pttl(key)).toBeGreaterThan(0);
      t += 1000; // next window
    }
  });

  it("windows are aligned to k*windowMs and clients are independent", async () => {
    let t = 900;
    const { store } = makeStore(() => t, () => 0.5);
    const l = new DistributedLimiter(store, 2, 1000, () => t);
    expect(await l.tryAcquire("a")).toBe(true);
    expect(await l.tryAcquire("a")).toBe(true);
    expect(await l.tryAcquire("a")).toBe(false);
    expect(await l.tryAcquire("b")).toBe(true);
    t = 1000; // new window, although only 100 ms passed
    expect(await l.tryAcquire("a")).toBe(true);
    expect(await l.tryAcquire("a")).toBe(true);
    expect(await l.tryAcquire("a")).toBe(false);
  });
});
