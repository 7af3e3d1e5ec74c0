/**
 * An in-memory Redis-like store for the distributed exercises, with a test-controlled scheduler:
 * every async command stays pending until the scheduler completes it, in an order chosen by the
 * test (fast-check choices, so it shrinks). Commands take effect when they complete.
 * Semantics as in Redis: a key expires when now >= expiresAt; INCR keeps the TTL; SET without
 * px clears it; PTTL is -2 for no key, -1 for no expiry.
 */
import { render } from "./values";

type Entry = { value: string; expiresAt: number | null };
export type WriteEvent = {
  client: string;
  key: string;
  command: string;
  /** the live entry before the write (null when absent or expired) */
  before: Entry | null;
  after: Entry | null;
  at: number;
};

export class FakeRedis {
  private data: Record<string, Entry> = Object.create(null);
  readonly writes: WriteEvent[] = [];
  /** the completed commands, rendered for counterexamples */
  readonly trace: string[] = [];
  private pending: { client: string; label: string; run: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];

  constructor(readonly now: () => number) {}

  live(key: string): Entry | null {
    const e = this.data[key];
    if (!e) return null;
    if (e.expiresAt !== null && this.now() >= e.expiresAt) {
      delete this.data[key];
      return null;
    }
    return e;
  }
  keys(): string[] {
    return Object.keys(this.data).filter((k) => this.live(k));
  }

  private write(client: string, command: string, key: string, after: Entry | null) {
    const before = this.live(key);
    if (after) this.data[key] = after;
    else delete this.data[key];
    this.writes.push({ client, key, command, before: before && { ...before }, after: after && { ...after }, at: this.now() });
  }

  /** The synchronous commands, attributed to `client` (used inside atomic() too). */
  sync(client: string) {
    return {
      get: (key: string): string | null => this.live(key)?.value ?? null,
      set: (key: string, value: string, opts?: { px?: number; nx?: boolean }): boolean => {
        if (opts?.nx && this.live(key)) return false;
        if (opts?.px !== undefined && !(Number.isInteger(opts.px) && opts.px > 0)) throw new Error("ERR invalid expire time in 'set' command");
        this.write(client, "set", key, { value: String(value), expiresAt: opts?.px !== undefined ? this.now() + opts.px : null });
        return true;
      },
      incr: (key: string): number => {
        const e = this.live(key);
        const n = e ? Number(e.value) : 0;
        if (!Number.isInteger(n)) throw new Error("ERR value is not an integer or out of range");
        this.write(client, "incr", key, { value: String(n + 1), expiresAt: e ? e.expiresAt : null });
        return n + 1;
      },
      pexpire: (key: string, ms: number): boolean => {
        const e = this.live(key);
        if (!e) return false;
        if (ms <= 0) {
          this.write(client, "pexpire", key, null);
          return true;
        }
        this.write(client, "pexpire", key, { value: e.value, expiresAt: this.now() + ms });
        return true;
      },
      pttl: (key: string): number => {
        const e = this.live(key);
        if (!e) return -2;
        return e.expiresAt === null ? -1 : e.expiresAt - this.now();
      },
      del: (key: string): number => {
        if (!this.live(key)) return 0;
        this.write(client, "del", key, null);
        return 1;
      },
    };
  }

  /** An async client: every command waits for the scheduler. */
  client(name: string) {
    const s = this.sync(name);
    const cmd =
      <A extends unknown[], R>(cmdName: string, f: (...a: A) => R) =>
      (...args: A): Promise<R> =>
        new Promise<R>((resolve, reject) => {
          this.pending.push({
            client: name,
            label: `${cmdName}(${args.map((a) => render(a)).join(", ")})`,
            run: () => f(...args),
            resolve: resolve as (v: unknown) => void,
            reject,
          });
        });
    return {
      get: cmd("get", s.get),
      set: cmd("set", s.set),
      incr: cmd("incr", s.incr),
      pexpire: cmd("pexpire", s.pexpire),
      pttl: cmd("pttl", s.pttl),
      del: cmd("del", s.del),
      atomic: <T>(script: (x: typeof s) => T): Promise<T> => cmd("atomic", () => script(s))(),
    };
  }

  get pendingCount() {
    return this.pending.length;
  }

  /** Completes the pending command number `i` (modulo the number pending). */
  complete(i: number) {
    const [op] = this.pending.splice(i % this.pending.length, 1);
    let result: unknown;
    try {
      result = op.run();
    } catch (e) {
      this.trace.push(`${op.client}: ${op.label} → throws ${(e as Error)?.message ?? String(e)}`);
      op.reject(e);
      return;
    }
    this.trace.push(`${op.client}: ${op.label}${op.label.startsWith("atomic") ? "" : ` → ${render(result)}`}`);
    op.resolve(result);
  }
}

/** Lets every microtask run (the solution's code between two store commands). */
export async function settle(rounds = 60): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** Waits for the next macrotask, to notice solutions that wait on timers. */
export function macrotask(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

export type Decision = { pick: number; tick?: number };

/**
 * Runs started tasks to completion, completing one pending store command at a time as the
 * decisions say (then first-come order once they run out). `onTick` moves the clock.
 */
export async function drive(
  store: FakeRedis,
  tasks: Promise<unknown>[],
  decisions: Decision[],
  onTick?: (ms: number) => void,
): Promise<"ok" | "stuck" | "runaway"> {
  let done = false;
  void Promise.allSettled(tasks).then(() => (done = true));
  let idle = 0;
  let d = 0;
  for (let steps = 0; steps < 5000; steps++) {
    await settle();
    if (done) return "ok";
    if (store.pendingCount === 0) {
      if (++idle > 3) return "stuck";
      await macrotask();
      continue;
    }
    idle = 0;
    const dec = decisions[d++] ?? { pick: 0 };
    if (dec.tick && onTick) onTick(dec.tick);
    store.complete(dec.pick);
  }
  return "runaway";
}
