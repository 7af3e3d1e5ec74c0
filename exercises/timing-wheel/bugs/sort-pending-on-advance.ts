// expect: perf
// bug: no wheel at all: pending timers sit in one array that advance() sorts by due tick and then scans, O(n log n) per advance instead of visiting only the slots it passes

type Timer = { id: string; dueTick: number; seq: number; cancelled: boolean };

export class TimingWheel {
  private readonly tickMs: number;
  private pending: Timer[] = [];
  private readonly byId: Record<string, Timer> = Object.create(null);
  private seq = 0;
  private current: number;
  private sweptTick: number; // the last tick already swept

  constructor(tickMs: number, wheelSize: number, startMs: number) {
    if (!Number.isInteger(tickMs) || tickMs < 1) throw new RangeError("tickMs must be a positive integer");
    if (!Number.isInteger(wheelSize) || wheelSize < 1) throw new RangeError("wheelSize must be a positive integer");
    if (!Number.isInteger(startMs) || startMs < 0) throw new RangeError("startMs must be an integer >= 0");
    this.tickMs = tickMs;
    this.current = startMs;
    this.sweptTick = Math.floor(startMs / tickMs);
  }

  add(id: string, delayMs: number): void {
    if (!(delayMs >= 0) || !Number.isFinite(delayMs)) throw new RangeError("delayMs must be >= 0");
    this.cancel(id);
    const t = { id, dueTick: Math.ceil((this.current + delayMs) / this.tickMs), seq: this.seq++, cancelled: false };
    this.pending.push(t);
    this.byId[id] = t;
  }

  cancel(id: string): boolean {
    const t = this.byId[id];
    if (!t) return false;
    t.cancelled = true;
    delete this.byId[id];
    return true;
  }

  advance(toMs: number): string[] {
    if (!(toMs >= this.current)) throw new RangeError("toMs is below the current time");
    this.current = toMs;
    this.sweptTick = Math.max(this.sweptTick, Math.floor(toMs / this.tickMs));
    this.pending = this.pending.filter((t) => !t.cancelled).sort((a, b) => a.dueTick - b.dueTick || a.seq - b.seq);
    let k = 0;
    while (k < this.pending.length && this.pending[k].dueTick <= this.sweptTick) k++;
    const fired = this.pending.slice(0, k);
    this.pending = this.pending.slice(k);
    for (const t of fired) delete this.byId[t.id];
    return fired.map((t) => t.id);
  }
}
