// expect: example
// bug: workerId 1024 is accepted (the check is > 1024)
// Reference: Twitter's Snowflake id generator.
//
// 64-bit layout: 1 unused sign bit | 41 bits of ms since the epoch | 10 bits worker id |
// 12 bits sequence. Ids from one worker strictly increase; ids from different workers never
// collide. Up to 4096 ids per ms per worker; when a millisecond is exhausted the generator
// waits for the next one. A clock that moves backwards would risk duplicates, so it refuses.

const SEQUENCE_MASK = 4095;

export class Snowflake {
  private readonly workerId: number;
  private readonly now: () => number;
  private readonly epochMs: number;
  private lastMs = -Infinity;
  private sequence = 0;

  constructor(workerId: number, now: () => number, epochMs: number = 1288834974657) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > 1024) {
      throw new RangeError("workerId must be an integer 0..1023");
    }
    this.workerId = workerId;
    this.now = now;
    this.epochMs = epochMs;
  }

  nextId(): bigint {
    let ms = this.now();
    if (ms < this.lastMs) throw new Error(`clock moved backwards by ${this.lastMs - ms} ms`);
    let sequence = 0;
    if (ms === this.lastMs) {
      sequence = (this.sequence + 1) & SEQUENCE_MASK;
      if (sequence === 0) {
        // 4096 ids used in this millisecond: spin until the clock reaches the next one.
        while (ms <= this.lastMs) ms = this.now();
      }
    }
    this.lastMs = ms;
    this.sequence = sequence;
    return (
      (BigInt(ms - this.epochMs) << 22n) |
      (BigInt(this.workerId) << 12n) |
      BigInt(sequence)
    );
  }
}
