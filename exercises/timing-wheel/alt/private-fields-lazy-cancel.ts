// Alternative correct solution: a hashed wheel in a class with private #fields whose slots are
// plain arrays in insertion order, with lazy cancellation: cancel() only marks the timer dead
// (O(1)), and a sweep drops dead timers from the slot it visits. A slot keeps the timers of
// later revolutions ("rounds") for the next pass. Each id maps to its live timer through a
// Map, so re-adding an id marks the old timer dead and appends a new one.

type Timer = { id: string; dueTick: number; dead: boolean };

export class TimingWheel {
  readonly #tickMs: number;
  readonly #slots: Timer[][];
  readonly #live = new Map<string, Timer>();
  #overdue: Timer[] = []; // due at a tick already swept: fire at the next advance
  #now: number;
  #nextTick: number; // the first tick not yet swept

  constructor(tickMs: number, wheelSize: number, startMs: number) {
    const positiveInt = (x: number) => Number.isInteger(x) && x >= 1;
    if (!positiveInt(tickMs) || !positiveInt(wheelSize) || !Number.isInteger(startMs) || startMs < 0) {
      throw new RangeError("tickMs and wheelSize must be positive integers, startMs an integer >= 0");
    }
    this.#tickMs = tickMs;
    this.#slots = Array.from({ length: wheelSize }, () => []);
    this.#now = startMs;
    this.#nextTick = Math.floor(startMs / tickMs) + 1;
  }

  add(id: string, delayMs: number): void {
    if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError("delayMs must be >= 0");
    this.cancel(id);
    const t: Timer = { id, dueTick: Math.ceil((this.#now + delayMs) / this.#tickMs), dead: false };
    if (t.dueTick < this.#nextTick) this.#overdue.push(t);
    else this.#slots[t.dueTick % this.#slots.length].push(t);
    this.#live.set(id, t);
  }

  cancel(id: string): boolean {
    const t = this.#live.get(id);
    if (!t) return false;
    t.dead = true;
    this.#live.delete(id);
    return true;
  }

  advance(toMs: number): string[] {
    if (!(toMs >= this.#now)) throw new RangeError("toMs is below the current time");
    const fired: string[] = [];
    for (const t of this.#overdue) if (!t.dead) this.#fire(t, fired);
    this.#overdue = [];
    const lastTick = Math.floor(toMs / this.#tickMs);
    for (let tick = this.#nextTick; tick <= lastTick && this.#live.size > 0; tick++) {
      const i = tick % this.#slots.length;
      const keep: Timer[] = [];
      for (const t of this.#slots[i]) {
        if (t.dead) continue;
        if (t.dueTick === tick) this.#fire(t, fired);
        else keep.push(t);
      }
      this.#slots[i] = keep;
    }
    this.#nextTick = Math.max(this.#nextTick, lastTick + 1);
    this.#now = toMs;
    return fired;
  }

  #fire(t: Timer, fired: string[]): void {
    t.dead = true;
    this.#live.delete(t.id);
    fired.push(t.id);
  }
}
