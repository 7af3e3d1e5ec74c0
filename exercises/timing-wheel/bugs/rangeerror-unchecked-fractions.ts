// expect: example
// bug: the constructor only checks the lower bounds (tickMs < 1, wheelSize < 1, startMs < 0), so fractional and NaN arguments are accepted instead of throwing RangeError
// Reference: a hashed timing wheel with rounds (Netty's HashedWheelTimer, Kafka's purgatory,
// the Linux kernel's timer wheel) — how a server tracks heartbeat timeouts for 100k+ TCP
// connections without a heap.
//
// The wheel has `wheelSize` slots of `tickMs` each; a timer due at tick D sits in slot
// D % wheelSize in a doubly linked list, so add and cancel are O(1). Advancing sweeps only
// the slots of the ticks it passes: in the slot of tick T it fires the timers whose due tick
// is T and leaves the others (due a whole number of revolutions later: the "rounds").
// Tick T is swept once the time reaches T * tickMs.

type Timer = { id: string; dueTick: number; prev: Timer; next: Timer };

function newList(): Timer {
  const s = { id: "", dueTick: -1 } as Timer;
  s.prev = s;
  s.next = s;
  return s;
}

function append(list: Timer, t: Timer): void {
  t.next = list;
  t.prev = list.prev;
  list.prev.next = t;
  list.prev = t;
}

function unlink(t: Timer): void {
  t.prev.next = t.next;
  t.next.prev = t.prev;
}

function isPositiveInt(x: number): boolean {
  return Number.isInteger(x) && x >= 1;
}

export class TimingWheel {
  private readonly tickMs: number;
  private readonly slots: Timer[];
  private readonly timers = new Map<string, Timer>();
  // Timers due at a tick that was already swept (added with delay 0 exactly on a tick
  // boundary): they fire at the start of the next advance.
  private readonly overdue = newList();
  private current: number;
  private nextTick: number; // the first tick not yet swept

  constructor(tickMs: number, wheelSize: number, startMs: number) {
    if (tickMs < 1 || wheelSize < 1 || startMs < 0) throw new RangeError("tickMs and wheelSize must be >= 1, startMs >= 0");
    this.tickMs = tickMs;
    this.slots = Array.from({ length: wheelSize }, newList);
    this.current = startMs;
    this.nextTick = Math.floor(startMs / tickMs) + 1;
  }

  add(id: string, delayMs: number): void {
    if (!(delayMs >= 0) || !Number.isFinite(delayMs)) throw new RangeError("delayMs must be >= 0");
    this.cancel(id); // re-adding replaces the timer (and counts as a new addition)
    const dueTick = Math.ceil((this.current + delayMs) / this.tickMs);
    const t = { id, dueTick } as Timer;
    append(dueTick < this.nextTick ? this.overdue : this.slots[dueTick % this.slots.length], t);
    this.timers.set(id, t);
  }

  cancel(id: string): boolean {
    const t = this.timers.get(id);
    if (t === undefined) return false;
    unlink(t);
    this.timers.delete(id);
    return true;
  }

  advance(toMs: number): string[] {
    if (!(toMs >= this.current)) throw new RangeError("toMs is below the current time");
    const fired: string[] = [];
    for (let t = this.overdue.next; t !== this.overdue; t = t.next) {
      fired.push(t.id);
      this.timers.delete(t.id);
    }
    this.overdue.next = this.overdue.prev = this.overdue;

    const lastTick = Math.floor(toMs / this.tickMs);
    for (let tick = this.nextTick; tick <= lastTick && this.timers.size > 0; tick++) {
      const slot = this.slots[tick % this.slots.length];
      for (let t = slot.next; t !== slot; ) {
        const next = t.next;
        if (t.dueTick === tick) {
          unlink(t);
          this.timers.delete(t.id);
          fired.push(t.id);
        }
        t = next;
      }
    }
    this.nextTick = Math.max(this.nextTick, lastTick + 1);
    this.current = toMs;
    return fired;
  }
}
