import { describe, expect, it } from "vitest";
import { RedisLock, type Store, type SyncStore } from "./reference";

function makeStore(now: () => number) {
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
    del: (k) => (live(k) ? (data.delete(k), 1) : 0),
  };
  const store: Store = {
    get: async (k) => sync.get(k),
    set: async (k, v, o) => sync.set(k, v, o),
    incr: async (k) => sync.incr(k),
    pexpire: async (k, ms) => sync.pexpire(k, ms),
    pttl: async (k) => sync.pttl(k),
    del: async (k) => sync.del(k),
    atomic: async (script) => script(sync),
  };
  return { store, sync };
}

describe("redis-lock reference", () => {
  it("mutual exclusion, no re-entrance, expiry", async () => {
    let t = 0;
    const { store, sync } = makeStore(() => t);
    const a = new RedisLock(store, "L", 100, "A");
    const b = new RedisLock(store, "L", 100, "B");
    expect(await a.acquire()).toBe(true);
    expect(sync.pttl("L")).toBe(100);
    expect(await a.acquire()).toBe(false); // not re-entrant
    expect(await b.acquire()).toBe(false);
    t = 99;
    expect(await b.acquire()).toBe(false);
    t = 100; // expired
    expect(await b.acquire()).toBe(true);
  });

  it("release and extend never touch another token's lock", async () => {
    let t = 0;
    const { store, sync } = makeStore(() => t);
    const a = new RedisLock(store, "L", 100, "A");
    const b = new RedisLock(store, "L", 100, "B");
    expect(await a.acquire()).toBe(true);
    t = 150; // A's lock expired
    expect(await b.acquire()).toBe(true);
    expect(await a.release()).toBe(false);
    expect(await a.extend(1000)).toBe(false);
    expect(sync.get("L")).toBe("B");
    expect(sync.pttl("L")).toBe(100);
    expect(await b.extend(500)).toBe(true);
    expect(sync.pttl("L")).toBe(500);
    expect(await b.release()).toBe(true);
    expect(sync.get("L")).toBeNull();
    expect(await b.release()).toBe(false);
    expect(await a.acquire()).toBe(true);
  });
});
