// expect: example
// bug: the constructor checks only the range 0..1023, so a fractional workerId such as 1.5 is accepted instead of throwing RangeError
const SEQUENCE_MASK = 4095;

export class Snowflake {
  private readonly workerId: number;
  private readonly now: () => number;
  private readonly epochMs: number;
  private lastMs = -Infinity;
  private sequence = 0;

  constructor(workerId: number, now: () => number, epochMs: number = 1288834974657) {
    if (workerId < 0 || workerId > 1023) {
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
